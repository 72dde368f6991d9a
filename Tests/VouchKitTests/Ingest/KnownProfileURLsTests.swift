import Testing

@testable import VouchIdentity
@testable import VouchIngest

/// A first sight of a connection's URL in messages may skip normalising (``KnownProfileURLs``):
/// whatever it finds must be what normalising and the directory would have said.
struct KnownProfileURLsTests {
    static let urls: [String?] = [
        "https://www.linkedin.com/in/ana-sousa-1b2c3d",
        "https://www.linkedin.com/in/elbio-gonz%C3%A1lez-a3566718a",  // percent-encoded, as Connections has it
        "https://www.linkedin.com/in/pct-%2541-name",  // decodes to a new escape: `%41`
        "https://www.linkedin.com/in/what%3Fnext",  // decodes to a query: `what?next`
        "https://www.linkedin.com/in/caf%C3%A9%2Fbar",  // decodes to a letter and a path: `café/bar`
        "https://www.linkedin.com/in/half-%C3-letter",  // decodes to a byte that is not UTF-8 alone
        "https://www.linkedin.com/in/ana-sousa-1b2c3d/",  // the first one's key again: not its connection
        "https://www.linkedin.com/in/hidden-member",
        nil,
        "https://example.com/in/not-linkedin",
    ]

    func directory() -> ConnectionDirectory {
        ConnectionDirectory(
            Self.urls.enumerated().map { index, url in
                let hidden = url?.hasSuffix("hidden-member") == true
                return Connection(
                    index: index, firstName: hidden ? "" : "First\(index)", lastName: hidden ? "" : "Last",
                    profileURL: url, email: nil, company: "", position: "", connectedOn: nil, line: index + 2)
            })
    }

    @Test func agreesWithNormalisingForEverySpelling() {
        let directory = directory()
        let known = KnownProfileURLs(directory)
        let spellings =
            Self.urls.compactMap { $0 } + [
                "https://www.linkedin.com/in/elbio-gonzález-a3566718a",  // raw Unicode, as messages have it
                "https://www.linkedin.com/in/pct-%41-name", "https://www.linkedin.com/in/pct-A-name",
                "https://www.linkedin.com/in/what?next", "https://www.linkedin.com/in/what",
                "https://www.linkedin.com/in/ANA-SOUSA-1b2c3d", "https://www.linkedin.com/in/someone-else", "",
            ]
        // Each URL as written, and with its escapes decoded into bytes (as messages spell
        // them, whether or not the bytes are UTF-8).
        let decoded = Self.urls.compactMap { $0 }.map { url -> [UInt8] in
            var bytes: [UInt8] = []
            var rest = Substring(url)
            while let first = rest.first {
                if first == "%", let byte = UInt8(rest.dropFirst().prefix(2), radix: 16) {
                    bytes.append(byte)
                    rest = rest.dropFirst(3)
                } else {
                    bytes.append(contentsOf: String(first).utf8)
                    rest = rest.dropFirst()
                }
            }
            return bytes
        }
        var found = 0
        for bytes in spellings.map({ Array($0.utf8) }) + decoded {
            guard let entry = bytes.withUnsafeBufferPointer(known.entry(for:)) else { continue }
            found += 1
            let key = ProfileKey(bytes: bytes)
            #expect(entry.key == key, "\(bytes)")
            #expect(entry.connection == key.flatMap(directory.connection(forKey:)), "\(bytes)")
        }
        #expect(found == 5)  // Two spellings as written, and three decoded.
    }

    @Test func findsTheSpellingsMessagesUse() {
        let known = KnownProfileURLs(directory())
        func connection(_ url: String) -> Int? {
            Array(url.utf8).withUnsafeBufferPointer(known.entry(for:))?.connection
        }
        #expect(connection("https://www.linkedin.com/in/ana-sousa-1b2c3d") == 0)
        #expect(connection("https://www.linkedin.com/in/elbio-gonzález-a3566718a") == 1)
        // Left to the general path: decoded spellings that would normalise to another key (one
        // decodes again, one becomes a query), a second connection with a key already taken,
        // a hidden member.
        #expect(connection("https://www.linkedin.com/in/pct-%41-name") == nil)
        #expect(connection("https://www.linkedin.com/in/what?next") == nil)
        #expect(connection("https://www.linkedin.com/in/ana-sousa-1b2c3d/") == nil)
        #expect(connection("https://www.linkedin.com/in/hidden-member") == nil)
        #expect(connection("https://www.linkedin.com/in/café/bar") == nil)
        // A byte that is not UTF-8 on its own, as a message would give it.
        let halfLetter = Array("https://www.linkedin.com/in/half-".utf8) + [0xC3] + Array("-letter".utf8)
        #expect(halfLetter.withUnsafeBufferPointer(known.entry(for:))?.connection == 5)
    }
}
