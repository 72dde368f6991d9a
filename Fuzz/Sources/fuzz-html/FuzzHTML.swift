// Saved connections pages and HTML request lists: no crash, no hang, names come out clean.
import Foundation
import VouchDates
import VouchIngest
import VouchVetting

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let page = try? ConnectionPageReader.parse(bytes: bytes, source: "page.html", asOf: CalendarDay(iso: "2026-11-20")) {
        for person in page.people {
            precondition(!person.name.isEmpty, "empty name")
            precondition(!person.name.contains("\n"), "name with a line break")
        }
    }
    _ = try? RequestListReader.parse(data: Data(bytes), name: "list.html")
    return 0
}
