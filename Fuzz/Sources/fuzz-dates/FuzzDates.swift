// The date parser must never crash, and every date it returns must be a real day.
import VouchDates

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let parsed = DateParser.parse(bytes) {
        let parts = parsed.day.components
        precondition(CalendarDay(year: parts.year, month: parts.month, day: parts.day) == parsed.day, "not a real day")
    }
    return 0
}
