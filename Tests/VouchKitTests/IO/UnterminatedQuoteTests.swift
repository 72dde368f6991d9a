import Testing

@testable import VouchVetting
@testable import VouchIO

/// A quote that opens in a field and never closes on its line: once the reader knows how many
/// fields a record has (the header's), a record that ran over a quoted line break into another
/// count is reported at its first line and the lines after it are read again, so the rows it
/// swallowed are kept. A quoted line break in a record of the right count is content.
struct UnterminatedQuoteTests {
    /// Collects records and malformed lines; expects `fieldCount` fields a record.
    struct Collector: CSVSink {
        let fieldCount: Int?
        var records: [[String]] = []
        var lines: [Int] = []
        var malformed: [Int] = []
        var reasons: [String] = []

        var expectedFieldCount: Int? { fieldCount }

        mutating func record(_ record: CSVFields) {
            records.append((0..<record.count).map { record.string($0) })
            lines.append(record.line)
        }

        mutating func malformed(line: Int, reason: String) {
            malformed.append(line)
            reasons.append(reason)
        }
    }

    static func parse(_ input: String, fieldCount: Int?, chunks: [Int]) -> Collector {
        let bytes = Array(input.utf8)
        var reader = CSVReader()
        var sink = Collector(fieldCount: fieldCount)
        var offset = 0
        var chunkIndex = 0
        while offset < bytes.count {
            let size = chunks.isEmpty ? bytes.count : max(1, chunks[chunkIndex % chunks.count])
            let end = min(bytes.count, offset + size)
            reader.feed(Array(bytes[offset..<end]), into: &sink)
            offset = end
            chunkIndex += 1
        }
        reader.finish(into: &sink)
        return sink
    }

    /// Whole, one byte at a time, and in uneven chunks: the same records and lines.
    static let chunkings: [[Int]] = [[], [1], [3, 1, 5, 2], [7]]

    static let broken = """
        id,from,content,folder
        1,Ana,"fine",INBOX
        2,Lars,"Also, one more thing about the ""meetup,INBOX
        3,Owen,"Likewise, great to connect!",INBOX
        4,Keiko,Thanks,INBOX

        """

    @Test(arguments: chunkings)
    func theRowsAfterABrokenQuoteAreKept(_ chunks: [Int]) {
        let read = Self.parse(Self.broken, fieldCount: 4, chunks: chunks)
        #expect(
            read.records == [
                ["id", "from", "content", "folder"], ["1", "Ana", "fine", "INBOX"],
                ["3", "Owen", "Likewise, great to connect!", "INBOX"], ["4", "Keiko", "Thanks", "INBOX"],
            ], "chunks \(chunks)")
        #expect(read.lines == [1, 2, 4, 5], "chunks \(chunks)")
        #expect(read.malformed == [3], "chunks \(chunks)")
        #expect(read.reasons.first?.hasPrefix("unterminated quote: ") == true)
        #expect(read.reasons.first?.contains("5 fields, not the header's 4") == true, "\(read.reasons)")
    }

    @Test(arguments: chunkings)
    func withCRLFLineBreaksTheLinesStayRight(_ chunks: [Int]) {
        let input = Self.broken.replacingOccurrences(of: "\n", with: "\r\n")
        let read = Self.parse(input, fieldCount: 4, chunks: chunks)
        #expect(read.records.map(\.first) == ["id", "1", "3", "4"], "chunks \(chunks)")
        #expect(read.lines == [1, 2, 4, 5], "chunks \(chunks)")
        #expect(read.malformed == [3], "chunks \(chunks)")
    }

    @Test(arguments: chunkings)
    func aBrokenQuoteOnTheLastLineWithoutALineBreak(_ chunks: [Int]) {
        let input = "id,from,content,folder\n1,Ana,\"open,INBOX\n2,Bo,\"x, y\",INBOX"
        let read = Self.parse(input, fieldCount: 4, chunks: chunks)
        #expect(read.records.map(\.first) == ["id", "2"], "chunks \(chunks)")
        #expect(read.lines == [1, 3], "chunks \(chunks)")
        #expect(read.malformed == [2], "chunks \(chunks)")
    }

    @Test(arguments: chunkings)
    func aMultiLineMessageWithTheHeadersCountIsOneRecord(_ chunks: [Int]) {
        let input = "id,from,content,folder\n1,Ana,\"first line,\nsecond \"\"line\"\"\",INBOX\n2,Bo,x,INBOX\n"
        let read = Self.parse(input, fieldCount: 4, chunks: chunks)
        #expect(
            read.records == [
                ["id", "from", "content", "folder"], ["1", "Ana", "first line,\nsecond \"line\"", "INBOX"],
                ["2", "Bo", "x", "INBOX"],
            ], "chunks \(chunks)")
        #expect(read.lines == [1, 2, 4], "chunks \(chunks)")
        #expect(read.malformed.isEmpty, "chunks \(chunks)")
    }

    /// Rows on one line keep any number of fields (ragged rows are legal), and without an
    /// expected count a record that ran over lines is taken as read.
    @Test func oneLineRowsAndReadersWithoutACountAreUnchanged() {
        let ragged = Self.parse("a,b,c,d\n1,2\n3,4,5,6,7\n", fieldCount: 4, chunks: [])
        #expect(ragged.records.count == 3 && ragged.malformed.isEmpty)
        let free = Self.parse(Self.broken, fieldCount: nil, chunks: [])
        #expect(free.records.count == 4 && free.malformed.isEmpty)
    }

    /// Two broken quotes, each followed by a line it would swallow: each is reported at its own
    /// line, and both swallowed lines are kept.
    @Test(arguments: chunkings)
    func twoBrokenQuotes(_ chunks: [Int]) {
        let input =
            "id,from,content,folder\n1,A,\"one,INBOX\n2,B,\"x, y\",INBOX\n3,C,\"two,INBOX\n4,D,\"y, z\",INBOX\n5,E,w,INBOX\n"
        let read = Self.parse(input, fieldCount: 4, chunks: chunks)
        #expect(read.records.map(\.first) == ["id", "2", "4", "5"], "chunks \(chunks)")
        #expect(read.records[1] == ["2", "B", "x, y", "INBOX"], "chunks \(chunks)")
        #expect(read.lines == [1, 3, 5, 6], "chunks \(chunks)")
        #expect(read.malformed == [2, 4], "chunks \(chunks)")
    }
}

extension UnterminatedQuoteTests {
    /// A quote left open at the end of a CRLF file: the next line keeps its number.
    @Test(arguments: chunkings)
    func aQuoteLeftOpenInACRLFFileKeepsTheNextLinesNumber(_ chunks: [Int]) {
        let read = Self.parse("a,b\r\n\"open,x\r\nnext,y\r\n", fieldCount: nil, chunks: chunks)
        #expect(read.records == [["a", "b"], ["next", "y"]], "chunks \(chunks)")
        #expect(read.lines == [1, 3], "chunks \(chunks)")
        #expect(read.malformed == [2], "chunks \(chunks)")
    }
}
