import Testing

@testable import VouchKit

/// A first sight of a connection's URL in messages may skip normalising (``KnownProfileURLs``):
/// whatever it finds must be what normalising and the directory would have said.
struct KnownProfileURLsTests {
    static let urls: [String?] = [
        "https://www.linkedin.com/in/ana-sousa-1b2c3d",
        "https://www.linkedin.com/in/elbio-gonz%C3%A1lez-a3566718a",  // percent-encoded, as Connections has it
        "https://www.linkedin.com/in/pct-%2541-name",  // decodes to a new escape: `%41`
        "https://www.linkedin.com/in/what%3Fnext",  // decodes to a query: `what?next`
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
        for spelling in spellings {
            let bytes = Array(spelling.utf8)
            guard let entry = bytes.withUnsafeBufferPointer(known.entry(for:)) else { continue }
            let key = ProfileKey(bytes: bytes)
            #expect(entry.key == key, "\(spelling)")
            #expect(entry.connection == key.flatMap(directory.connection(forKey:)), "\(spelling)")
        }
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
    }
}
