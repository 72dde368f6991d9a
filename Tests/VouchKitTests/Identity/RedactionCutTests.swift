import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// Text a report shortens (the quote of a skipped list line, a long value cut in the page)
/// is never cut inside an identifier: `--redact` would no longer recognise the part left
/// (`555-201-3…`) and would show it.
struct RedactionCutTests {
    static let analysis: Analysis? = try? Analysis(export: ExportReader.read(TestPaths.sampleZip))

    /// Where each form starts in the skipped line: every place from which it runs across
    /// the point the quote is cut at, 57 characters in.
    static let cases: [(form: RedactionFormsTests.Form, start: Int)] = RedactionFormsTests.forms.flatMap { form in
        (max(24, 58 - form.text.count)...56).map { (form, $0) }
    }

    /// The vet report in each format, masked as `--redact` masks it.
    static func reports(_ result: VetResult) throws -> [(String, String)] {
        var writer = JSONWriter(redacting: true)
        let json = String(decoding: try writer.finish(VetReport.document(result)), as: UTF8.self)
        return [
            ("markdown", Redaction.apply(VetReport.markdown(result))), ("json", json),
            ("html", Redaction.apply(HTMLReport.vet(result))),
        ]
    }

    @Test func aSkippedLineQuotedInPartNeverShowsPartOfAnIdentifier() throws {
        let analysis = try #require(Self.analysis)
        let prose = "Hi Morgan, please intro me to these people; reach me on "
        var quoted: Set<String> = []
        for (form, start) in Self.cases {
            let line = String(prose.prefix(start - 1)) + " " + form.text + " thanks, and see you soon"
            let text = line + "\nMaya Okafor\n"
            let list = try RequestListReader.parse(data: Data(text.utf8), name: "list.txt")
            // A line naming a profile or an address is read as a person, and nothing is cut.
            guard list.skipped.contains(where: { $0.line == 1 }) else { continue }
            quoted.insert(form.text)
            let result = Vetter(analysis: analysis).vet(list)
            for (format, report) in try Self.reports(result) {
                // The quote of the line: from its start to the ellipsis that ends it.
                guard let from = report.range(of: prose.prefix(20)),
                    let to = report[from.upperBound...].range(of: "…")
                else {
                    Issue.record("\(format): no quote of the line \(line)")
                    continue
                }
                let quote = report[from.lowerBound..<to.upperBound]
                for secret in form.secrets {
                    #expect(!quote.contains(secret), "\(format), \(form) at \(start): \(quote)")
                }
            }
        }
        // Every phone number form was quoted (lines of prose with a number are skipped).
        for form in RedactionFormsTests.forms where form.mask == Redaction.phoneMask {
            #expect(quoted.contains(form.text), "\(form) was never quoted")
        }
    }

    /// A signature under the list, its address and numbers running past the cut.
    @Test func aSignatureQuotedInPartShowsNoPartOfItsNumbers() throws {
        let analysis = try #require(Self.analysis)
        let text = """
            Hi Morgan, please intro me to these. Call me on 555-201-3344 or (555) 201 3344 or +44 20 7946 0958
            - Maya Okafor
            Thanks, Pat  pat.quinn@quinn.example  tel:+15552013344  ph 5552013344

            """
        let list = try RequestListReader.parse(data: Data(text.utf8), name: "list.txt")
        #expect(list.skipped.count == 2)
        for (format, report) in try Self.reports(Vetter(analysis: analysis).vet(list)) {
            for secret in ["555-201", "201-3", "15552013", "5552013", "pat.quinn", "7946"] {
                #expect(!report.contains(secret), "\(format)")
            }
            #expect(report.contains("Call me on"), "\(format)")
        }
    }

    /// The page cuts text past 300 characters: the part shown never ends inside an
    /// identifier, and the whole text kept in the title is masked whole.
    @Test func aLongValueCutInThePageNeverShowsPartOfAnIdentifier() {
        for form in RedactionFormsTests.forms {
            for start in max(1, 301 - form.text.count)...299 {
                let value = String(repeating: "a", count: start - 1) + " " + form.text + " and more"
                let page = Redaction.apply(HTMLReport.text(value))
                for secret in form.secrets {
                    #expect(!page.contains(secret), "\(form) at \(start): \(page.suffix(120))")
                }
                #expect(page.contains(form.mask))
            }
        }
    }

    @Test func theCutMovesOnlyWhenItWouldSplitAnIdentifier() {
        let text = "Call me on 555-201-3344 or write"
        #expect(Redaction.prefix(of: text, characters: 8) == "Call me ")
        #expect(Redaction.prefix(of: text, characters: 15) == "Call me on ")
        #expect(Redaction.prefix(of: text, characters: 23) == "Call me on 555-201-3344")
        #expect(Redaction.prefix(of: text, characters: 99) == text)
        // Overlapping identifiers are one span: the cut moves before all of it.
        let nested = "See https://www.linkedin.com/in/jane?mail=jane@example.com today"
        #expect(Redaction.prefix(of: nested, characters: 50) == "See ")
        // A text that starts with an identifier keeps it whole.
        #expect(Redaction.prefix(of: "jane.doe@example.com says hi", characters: 5) == "jane.doe@example.com")
    }
}
