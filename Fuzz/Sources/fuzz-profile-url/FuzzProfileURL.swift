// Profile keys: no crash, and normalising is idempotent (a key's own URL gives the same key).
import VouchKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let key = ProfileKey(bytes: bytes) {
        precondition(!key.slug.isEmpty, "empty slug")
        if !key.slug.contains("/") && !key.slug.contains("?") && !key.slug.contains("#") && !key.slug.contains("%") {
            precondition(ProfileKey(url: key.url) == key, "a key's URL gives another key")
        }
    }
    return 0
}
