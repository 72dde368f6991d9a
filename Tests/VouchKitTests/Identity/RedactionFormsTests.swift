import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchReport

/// Every form an identifier takes, in every format a report is written in: the identifying
/// part never survives `--redact`, and the text around it always does.
struct RedactionFormsTests {
    struct Form: CustomStringConvertible, Sendable {
        let text: String
        /// Parts that identify the person and must be gone.
        let secrets: [String]
        let mask: String
        var description: String { text }
    }

    static let forms: [Form] = [
        Form(text: "https://www.linkedin.com/in/jane-doe-12ab", secrets: ["jane", "12ab"], mask: "[profile]"),
        Form(text: "http://linkedin.com/in/jane-doe-12ab/", secrets: ["jane", "12ab"], mask: "[profile]"),
        Form(text: "www.linkedin.com/in/jane-doe-12ab", secrets: ["jane"], mask: "[profile]"),
        Form(text: "linkedin.com/in/jane-doe-12ab", secrets: ["jane"], mask: "[profile]"),
        Form(text: "de.linkedin.com/in/jane-doe-12ab", secrets: ["jane"], mask: "[profile]"),
        Form(text: "HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE-12AB", secrets: ["JANE", "12AB"], mask: "[profile]"),
        Form(text: "https://mwlite.linkedin.com/in/jane-doe-12ab", secrets: ["jane"], mask: "[profile]"),
        Form(text: "https://www.linkedin.com/mwlite/in/jane-doe-12ab", secrets: ["jane"], mask: "[profile]"),
        Form(text: "https://www.linkedin.com/pub/jane-doe/1/2ab/345", secrets: ["jane", "2ab"], mask: "[profile]"),
        Form(text: "https://lnkd.in/gJ4n3D0e", secrets: ["gJ4n3D0e"], mask: "[profile]"),
        Form(text: "lnkd.in/gJ4n3D0e", secrets: ["gJ4n3D0e"], mask: "[profile]"),
        Form(
            text:
                "https://www.linkedin.com/in/jane-doe-12ab?lipi=urn%3Ali%3Apage%3Ad_flagship3_miniProfile%3AACoAAB123",
            secrets: ["jane", "miniProfile", "ACoAAB123"], mask: "[profile]"),
        Form(
            text: "https://www.linkedin.com/in/jane-doe-12ab/?trk=public_profile_source=share&utm_medium=x#experience",
            secrets: ["jane", "_source", "share", "utm", "experience"], mask: "[profile]"),
        Form(text: "https://www.linkedin.com/in/j%C3%A9r%C3%B4me-doe", secrets: ["%C3%A9r", "doe"], mask: "[profile]"),
        Form(text: "https://www.linkedin.com/in/jérôme-doe", secrets: ["jérôme", "doe"], mask: "[profile]"),
        Form(text: "https%3A%2F%2Fwww.linkedin.com%2Fin%2Fjane-doe-12ab", secrets: ["jane"], mask: "[profile]"),
        Form(text: "url?q=%2F%2Fwww.linkedin.com%2Fin%2Fjane-doe-12ab", secrets: ["jane"], mask: "[profile]"),
        Form(
            text: "https://www.linkedin.com/sales/lead/ACwAAB123,NAME_SEARCH,xyz", secrets: ["ACwAAB123", "xyz"],
            mask: "[profile]"),
        Form(text: "https://www.linkedin.com/profile/view?id=AAkAAB123", secrets: ["AAkAAB123"], mask: "[profile]"),
        Form(text: "/in/jane-doe-12ab/", secrets: ["jane"], mask: "[profile]"),
        Form(text: "jane.doe@example.com", secrets: ["jane", "example"], mask: "[email]"),
        Form(text: "jane_doe+work@mail.example.co.uk", secrets: ["jane", "doe", "work", "example"], mask: "[email]"),
        Form(text: "JANE@EXAMPLE.COM", secrets: ["JANE", "EXAMPLE"], mask: "[email]"),
        Form(text: "mailto:jane.doe@example.com", secrets: ["jane", "example"], mask: "[email]"),
        Form(text: "jane.doe%40example.com", secrets: ["jane", "example"], mask: "[email]"),
        Form(text: "+1 (555) 010-2345", secrets: ["555", "2345"], mask: "[phone]"),
        Form(text: "+44 20 7946 0958", secrets: ["7946", "0958"], mask: "[phone]"),
        Form(text: "555-010-2345", secrets: ["555", "2345"], mask: "[phone]"),
        Form(text: "555.010.2345", secrets: ["555", "2345"], mask: "[phone]"),
        Form(text: "(555) 010 2345", secrets: ["555", "2345"], mask: "[phone]"),
        Form(text: "0049 30 1234567", secrets: ["1234567"], mask: "[phone]"),
        Form(text: "030 1234567", secrets: ["1234567"], mask: "[phone]"),
        Form(text: "+4930123456", secrets: ["4930123456"], mask: "[phone]"),
        Form(text: "tel:+15550102345", secrets: ["5550102345"], mask: "[phone]"),
    ]

    /// Text that looks a little like the forms but identifies nobody: it stays.
    static let innocent = [
        "2026-11-20", "20.11.2026", "from 2019 to 2021", "30,000 connections", "12 messages in 3 months",
        "www.linkedin.com", "Jane Doe", "LinkedIn Learning", "in/out", "1234567 rows",
    ]

    /// The three ways a value reaches a report, each masked as `--redact` does it.
    static let formats: [(String, @Sendable (String) throws -> String)] = [
        ("markdown", { value in Redaction.apply("| 1 | \(Markdown.inline(value)) | trusted |\n") }),
        (
            "html",
            { value in
                let escaped = HTMLReport.escape(value)
                return Redaction.apply("<td title=\"\(escaped)\">\(escaped)</td>")
            }
        ),
        (
            "json",
            { value in
                var writer = JSONWriter(redacting: true)
                let bytes = try writer.finish(.object([("note", .string(value))]))
                let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: String]
                return try #require(parsed?["note"])
            }
        ),
    ]

    @Test(arguments: forms)
    func everyFormIsMaskedInEveryFormat(_ form: Form) throws {
        let value = "Ask Jane (" + form.text + ") today."
        for (format, redact) in Self.formats {
            let output = try redact(value)
            for secret in form.secrets {
                #expect(!output.contains(secret), "\(format): \(output)")
            }
            #expect(output.contains(form.mask), "\(format): \(output)")
            #expect(output.contains("Ask Jane (") && output.contains(") today."), "\(format): \(output)")
        }
    }

    @Test(arguments: innocent)
    func textThatIdentifiesNobodyStays(_ text: String) throws {
        for (format, redact) in Self.formats {
            let output = try redact(text)
            #expect(!output.contains("[profile]") && !output.contains("[email]") && !output.contains("[phone]"))
            #expect(output.contains(text), "\(format): \(output)")
        }
    }
}
