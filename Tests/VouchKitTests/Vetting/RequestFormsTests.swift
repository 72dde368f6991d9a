import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// Lists as new users send them, vetted against the sample export (two connections are
/// called Chris Park, one at Fabrikam Inc. and one at Northwind Traders): `Last, First` with
/// and without a company, lines that name nobody, member-id links, forwarded e-mails, asides,
/// and HTML lists' line numbers.
struct RequestFormsTests {
    func vet(_ text: String, name: String = "list.txt", requester: String? = nil) throws -> VetResult {
        try vet(Data(text.utf8), name: name, requester: requester)
    }

    func vet(_ data: Data, name: String, requester: String? = nil) throws -> VetResult {
        let list = try RequestListReader.parse(data: data, name: name)
        return Vetter(analysis: VetterTests.analysis).vet(list, requester: requester)
    }

    func matchedName(_ target: VettedTarget) -> String? {
        guard case .matched(let index, _, _) = target.match else { return nil }
        let connection = VetterTests.analysis.export.connections[index]
        return "\(connection.name) (\(connection.company))"
    }

    /// A workbook with one sheet of inline strings, one row per array.
    static func workbook(_ rows: [[String]]) -> [UInt8] {
        let columns = ["A", "B", "C"]
        let body = rows.enumerated().map { number, cells in
            let row = number + 1
            let xml = cells.enumerated().map { column, text in
                "<c r=\"\(columns[column])\(row)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            }
            return "<row r=\"\(row)\">" + xml.joined() + "</row>"
        }
        let sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            \(body.joined(separator: "\n"))
            </sheetData></worksheet>
            """
        let workbook = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
        let relations = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>
            """
        return ZipWriter(entries: [
            ZipWriter.Entry("[Content_Types].xml", "<Types/>"), ZipWriter.Entry("xl/workbook.xml", workbook),
            ZipWriter.Entry("xl/_rels/workbook.xml.rels", relations),
            ZipWriter.Entry("xl/worksheets/sheet1.xml", sheet),
        ]).bytes()
    }

    // MARK: - Last, First

    @Test func lastFirstSharedByTwoConnectionsIsAmbiguous() throws {
        for list in ["Park, Chris\n", "Name\n\"Park, Chris\"\n"] {
            let result = try vet(list, name: list.hasPrefix("Name") ? "list.csv" : "list.txt")
            #expect(result.targets.map(\.verdict) == [.ambiguous], "\(list)")
            #expect(result.targets.first?.entry.query.name == "Chris Park", "\(list)")
        }
    }

    @Test func lastFirstWithTheCompanyIsThatConnection() throws {
        for line in [
            "Park, Chris — Fabrikam Inc.", "Park, Chris (Fabrikam Inc.)", "Park, Chris - Northwind Traders",
            "Chris Park, Fabrikam Inc.",
        ] {
            let result = try vet(line + "\n")
            let expected = line.contains("Northwind") ? "Chris Park (Northwind Traders)" : "Chris Park (Fabrikam Inc.)"
            #expect(result.targets.count == 1, "\(line)")
            #expect(result.targets.first.flatMap(matchedName) == expected, "\(line)")
        }
        // Not a connection: still the person `Jordan Blake` at that company, not `Blake` at `Jordan`.
        let stranger = try vet("Blake, Jordan — Harbor Freight Co\n")
        #expect(stranger.targets.map(\.verdict) == [.notConnected])
        #expect(stranger.targets.first?.entry.query == PersonQuery(name: "Jordan Blake", company: "Harbor Freight Co"))
        let csv = try vet("Full Name,Employer,Why them?\n\"Park, Chris\",Northwind Traders,\n", name: "wish.csv")
        #expect(csv.targets.first.flatMap(matchedName) == "Chris Park (Northwind Traders)")
        let workbook = Self.workbook([
            ["Full Name", "Employer", "Why them?"], ["Park, Chris", "Fabrikam Inc.", "shipping"], ["Total: 1"],
        ])
        let sheet = try vet(Data(workbook), name: "wish.xlsx")
        #expect(sheet.targets.count == 1)
        #expect(sheet.targets.first.flatMap(matchedName) == "Chris Park (Fabrikam Inc.)")
        #expect(sheet.targets.first?.entry.reason == "shipping")
        // The total row names nobody.
        #expect(sheet.list.skipped.map(\.line) == [3])
        #expect(sheet.list.skipped.first?.reason.contains("total") == true)
    }

    // MARK: - Lines that name nobody

    @Test func notesLinksAndMarkupAreSkippedWithTheirReason() throws {
        let result = try vet(
            """
            FYI
            Maya Okafor
            https://www.linkedin.com/company/harbor-bakery
            Total: 2
            <script>alert(1)</script>
            Priya Natarajan

            """)
        #expect(result.targets.compactMap(matchedName).count == 2)
        #expect(result.targets.map(\.entry.query.name) == ["Maya Okafor", "Priya Natarajan"])
        let reasons = Dictionary(uniqueKeysWithValues: result.list.skipped.map { ($0.line, $0.reason) })
        #expect(reasons[1]?.contains("note") == true)
        #expect(reasons[3]?.contains("company, school or post page") == true)
        #expect(reasons[4]?.contains("total") == true)
        #expect(reasons[5]?.contains("markup") == true)
        #expect(TextShape.looksLikeMarkup("<img src=x onerror=alert(1)>"))
        #expect(TextShape.looksLikeMarkup("Jane Doe</b>"))
        #expect(!TextShape.looksLikeMarkup("Taylor Brooks <taylor@brooks.example>"))
        #expect(!TextShape.looksLikeMarkup("Jane <Doe>"))
        #expect(!TextShape.looksLikeMarkup("<https://www.linkedin.com/in/jane-doe-1>"))
    }

    @Test func htmlCellWithMarkupIsNotAPerson() throws {
        let page =
            "<html><body><table><tr><th>Name</th><th>Company</th></tr><tr><td>Maya Okafor</td><td>Harbor Bakery</td></tr>"
            + "<tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td></td></tr></table></body></html>"
        let result = try vet(page, name: "list.html")
        #expect(result.targets.map(\.entry.query.name) == ["Maya Okafor"])
        #expect(result.list.skipped.count == 1)
        #expect(result.list.skipped.first?.reason.contains("markup") == true)
    }

    @Test func headerWordsInFrenchGermanAndSpanish() throws {
        for header in [
            "Nom complet;Société;Pourquoi ?", "Vollständiger Name;Firma;Grund", "Nombre;Empresa;Motivo",
            "Nome;Azienda;Perché",
        ] {
            let text = header + "\nMaya Okafor;Harbor Bakery;pour le café\n"
            // Saved as ISO-8859-1, as a French spreadsheet often is.
            let result = try vet(text.data(using: .isoLatin1) ?? Data(), name: "liste.csv")
            #expect(result.targets.count == 1, "\(header)")
            #expect(result.targets.first.flatMap(matchedName) == "Maya Okafor (Harbor Bakery Co.)", "\(header)")
            #expect(result.targets.first?.entry.reason == "pour le café", "\(header)")
            #expect(result.list.skipped.isEmpty, "\(header)")
        }
    }

    @Test func givenAndFamilyNameColumns() throws {
        for header in [
            "Prénom,Nom,Entreprise", "Nombre,Apellidos,Empresa", "Vorname,Nachname,Firma", "Nome,Cognome,Azienda",
        ] {
            let result = try vet(header + "\nMaya,Okafor,Harbor Bakery\n", name: "liste.csv")
            #expect(result.targets.map(\.entry.query.name) == ["Maya Okafor"], "\(header)")
            #expect(result.targets.first.flatMap(matchedName) == "Maya Okafor (Harbor Bakery Co.)", "\(header)")
        }
    }

    @Test func connectionsExportStyleListSkipsItsPreamble() throws {
        let text = """
            Notes:
            "Saved from my network, see you soon"

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Maya,Okafor,,,Harbor Bakery,Owner,01 Feb 2020

            """
        let result = try vet(text, name: "empty.csv")
        #expect(result.targets.map(\.entry.query.name) == ["Maya Okafor"])
        #expect(result.list.skipped.map(\.line) == [1, 2])
        #expect(result.list.skipped.allSatisfy { $0.reason.contains("above the list's header") })
    }

    // MARK: - Links

    @Test func memberIdProfileLinkIsUnresolved() throws {
        let result = try vet("https://www.linkedin.com/in/ACoAAAbcdEFG\nlinkedin.com/in/ACwAAB12345xyz/\n")
        #expect(result.targets.map(\.verdict) == [.unresolvedLink, .unresolvedLink])
        // A public name that starts alike is still a profile.
        #expect(
            ProfileLink("https://www.linkedin.com/in/acoach-jane-1")
                == .resolvable("https://www.linkedin.com/in/acoach-jane-1"))
    }

    // MARK: - Forwarded e-mails

    func forward(quoting block: String) -> String {
        """
        From: Dana Whitfield <dana@example.com>\r
        To: dana@example.com\r
        Subject: Fwd: intros\r
        Content-Type: text/plain; charset="utf-8"\r
        \r
        FYI\r
        \r
        \(block)\r
        Hi Dana,\r
        \r
        * Maya Okafor\r
        * Ben Carter\r
        \r
        Thanks, Priya\r

        """
    }

    @Test func aForwardedRequestIsFromTheForwardedSender() throws {
        let mail = forward(
            quoting:
                "---------- Forwarded message ---------\r\nFrom: Priya Natarajan <priya@example.com>\r\nSubject: intros\r\n"
        )
        let result = try vet(mail, name: "fwd.eml")
        #expect(result.requester?.source.rawValue == "forwarded-email-sender")
        #expect(result.requester?.name == "Priya Natarajan")
        #expect(result.targets.map(\.entry.query.name) == ["Maya Okafor", "Ben Carter"])
        let report = VetReport.markdown(result)
        #expect(report.contains("Priya Natarajan (the forwarded e-mail's sender)"))
        #expect(!report.contains("Requester unknown"))
    }

    @Test func aForwardedHTMLRequestIsFromTheForwardedSender() throws {
        let mail = """
            From: Dana Whitfield <dana@example.com>\r
            Subject: Fwd: intros\r
            Content-Type: text/html; charset="utf-8"\r
            \r
            <div>FYI</div><div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message ---------<br>\r
            From: <strong class="gmail_sendername">Priya Natarajan</strong> <span>&lt;<a href="mailto:priya@example.com">priya@example.com</a>&gt;</span><br>\r
            Subject: intros<br></div><p>Hi Dana,</p><ul><li>Maya Okafor</li><li>Ben Carter</li></ul><p>Thanks, Priya</p></div>\r

            """
        let result = try vet(mail, name: "fwd.eml")
        #expect(result.requester?.source.rawValue == "forwarded-email-sender")
        #expect(result.requester?.name == "Priya Natarajan")
        #expect(result.targets.map(\.entry.query.name) == ["Maya Okafor", "Ben Carter"])
    }

    @Test func aForwardWithoutTheOriginalSenderSaysYouSentIt() throws {
        let result = try vet(forward(quoting: ""), name: "fwd.eml")
        #expect(result.requester == nil)
        let report = VetReport.markdown(result)
        #expect(report.contains("the e-mail was sent by you, so it does not say who is asking"))
        #expect(!report.contains("not a saved e-mail with a sender"))
    }

    // MARK: - The requester by name and company

    @Test func requesterByNameAndCompany() throws {
        for form in [
            "Chris Park (Northwind Traders)", "Chris Park, Northwind Traders", "Park, Chris (Northwind Traders)",
        ] {
            let result = try vet("Maya Okafor\n", requester: form)
            guard case .matched(let index, _, _) = result.requester?.match else {
                Issue.record("\(form) names one connection")
                continue
            }
            #expect(VetterTests.analysis.export.connections[index].company == "Northwind Traders", "\(form)")
        }
    }

    @Test func ambiguousRequesterAdviceFollowsWhatTheExportHas() throws {
        let withLinks = try vet("Maya Okafor\n", requester: "Chris Park")
        #expect(withLinks.requester?.evidence.joined().contains("Pass their profile link with --requester") == true)

        let export = try readExport(
            copying: [:],
            writing: [
                "Connections.csv": """
                First Name,Last Name,Email Address,Company,Position,Connected On
                Chris,Park,,Fabrikam Inc.,Engineer,09 Sep 2019
                Chris,Park,,Northwind Traders,Account Executive,26 Feb 2019
                Maya,Okafor,,Harbor Bakery,Owner,01 Feb 2018

                """
            ])
        let list = try RequestListReader.parse(data: Data("Maya Okafor\n".utf8), name: "list.txt")
        let vetter = Vetter(analysis: Analysis(export: export))
        let advice = vetter.vet(list, requester: "Chris Park").requester?.evidence.joined() ?? ""
        #expect(!advice.contains("Pass their profile link"))
        #expect(advice.contains("pass the name with the company with --requester (\"Chris Park (Fabrikam Inc.)\")"))
        let named = vetter.vet(list, requester: "Chris Park (Fabrikam Inc.)")
        guard case .matched(let index, _, _) = named.requester?.match else {
            Issue.record("the name with the company names one connection")
            return
        }
        #expect(export.connections[index].company == "Fabrikam Inc.")
    }

    // MARK: - Reasons

    @Test func anAsideIsNotAReason() throws {
        let result = try vet("- Maya Okafor\n- Ben Carter (again, sorry)\n- Omar Haddad — sorry\n", name: "note.md")
        #expect(result.targets.map(\.entry.reason) == [nil, nil, nil])
    }

    @Test func aParentheticalAfterTitleAndCompanyIsTheReason() {
        let parsed = RequestLineParser.parse("José Núñez – CFO at Fabrikam (we make café furniture for his hotels)")
        #expect(parsed.name == "José Núñez")
        #expect(parsed.title == "CFO")
        #expect(parsed.company == "Fabrikam")
        #expect(parsed.reason == "we make café furniture for his hotels")
    }

    // MARK: - HTML line numbers

    @Test func htmlItemsAreInDocumentOrderAtTheirSourceLines() throws {
        let page = """
            <html><body>
            <p>Hi Dana,</p>
            <p>Could you introduce me to:
            <br>Maya Okafor &ndash; Harbor Bakery
            <br>Ben Carter</p>
            <table>
            <tr><th>Name</th><th>Company</th></tr>
            <tr><td>Omar Haddad</td><td>Northwind Traders</td></tr>
            </table>
            <p>Best,
            <br>Pat Quinn
            <br>555 201 3344</p></body></html>
            """
        let result = try vet(page, name: "list.html")
        #expect(result.targets.map(\.entry.query.name) == ["Maya Okafor", "Ben Carter", "Omar Haddad"])
        #expect(result.targets.map(\.entry.line) == [4, 5, 8])
        #expect(result.list.skipped.map(\.line) == [2, 3, 10, 11, 12])
    }
}
