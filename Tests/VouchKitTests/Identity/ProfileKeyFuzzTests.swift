import Testing

@testable import VouchIdentity

/// Inputs the profile-URL fuzzer found.
struct ProfileKeyFuzzTests {
    @Test func legacyKeyWithACombiningMarkAfterTheSlashRoundTrips() throws {
        // `/pub/` followed by a lone combining mark: as Characters the slash and the mark are
        // one grapheme, which once hid the `pub/` prefix and turned the key into an /in/ URL.
        let key = try #require(ProfileKey(bytes: [0x2F, 0x70, 0x75, 0x62, 0x2F, 0xCC, 0xAE, 0x2F, 0x2F, 0x2F]))
        #expect(key.url.hasPrefix("https://www.linkedin.com/pub/"))
        #expect(ProfileKey(url: key.url) == key)
    }
}
