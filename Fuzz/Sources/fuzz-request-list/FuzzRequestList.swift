// Request lists in every format: no crash, every entry has something to match by.
import Foundation
import VouchVetting

let names = ["list.csv", "list.txt", "list.md", "list.tsv", "list.eml", "list.xlsx", "list.html"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let name = names[Int(size % names.count)]
    if let list = try? RequestListReader.parse(data: bytes, name: name) {
        for entry in list.entries {
            precondition(
                !entry.query.name.isEmpty || entry.query.profileURL != nil || entry.query.email != nil
                    || entry.unresolvableLink != nil, "empty entry")
        }
    }
    return 0
}
