// Profile keys: no crash, and normalising is idempotent (a key's own URL gives the same key).
import VouchIdentity

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let key = ProfileKey(bytes: bytes) {
        precondition(!key.slug.isEmpty, "empty slug")
        let special = key.slug.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "%") }
        if !special || key.slug.utf8.starts(with: "pub/".utf8) {
            precondition(ProfileKey(url: key.url) == key, "a key's URL gives another key")
        }
    }
    return 0
}
