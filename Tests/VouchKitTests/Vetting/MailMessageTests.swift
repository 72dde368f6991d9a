import Foundation
import Testing

@testable import VouchVetting
@testable import VouchIO

struct MailMessageTests {
    func message(_ text: String) -> MailMessage {
        MailMessage(bytes: Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    @Test func quotedPrintableSoftBreaksAndEscapes() {
        let decoded = MailMessage.quotedPrintable(Array("In=C3=A8s Laurent, Woodgrov=\r\ne Bank=\nX=3D1 =ZZ".utf8)[...])
        #expect(String(decoding: decoded, as: UTF8.self) == "Inès Laurent, Woodgrove BankX=1 =ZZ")
    }

    @Test func encodedWordsInHeaders() {
        #expect(
            MailMessage.decodeWords("=?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?= <jose@example.com>")
                == "José García <jose@example.com>")
        // Two encoded words: the space between them goes, the one encoded inside stays.
        #expect(MailMessage.decodeWords("=?ISO-8859-1?B?SW7ocw==?= =?UTF-8?Q?_Laurent?=") == "Inès Laurent")
        #expect(MailMessage.decodeWords("Plain Name") == "Plain Name")
    }

    @Test func charsets() {
        #expect(MailMessage.decode([0x4A, 0x6F, 0x73, 0xE9], charset: "iso-8859-1") == "José")
        #expect(MailMessage.decode([0x93, 0x4A, 0x6F, 0x94], charset: "windows-1252") == "\u{201C}Jo\u{201D}")
        #expect(MailMessage.decode(Array("Zoë".utf8), charset: "utf-8") == "Zoë")
    }

    @Test func nestedMultipartPrefersPlainAndFindsAttachments() {
        let mail = message(
            """
            From: =?UTF-8?Q?In=C3=A8s?= <ines@example.com>
            Subject: list
            Content-Type: multipart/mixed; boundary=outer

            preamble
            --outer
            Content-Type: multipart/alternative; boundary="inner"

            --inner
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            Jos=C3=A9 Garc=C3=ADa
            --inner
            Content-Type: text/html; charset=utf-8

            <p>Jos&eacute;</p>
            --inner--
            --outer
            Content-Type: text/csv; name="list.csv"
            Content-Disposition: attachment; filename="list.csv"
            Content-Transfer-Encoding: base64

            TmFtZQpKYW5lIERvZQo=
            --outer--
            """)
        #expect(mail.header("from") == "Inès <ines@example.com>")
        #expect(mail.leaves.map(\.type) == ["text/plain", "text/html", "text/csv"])
        #expect(mail.leaves[0].text == "José García")
        #expect(mail.leaves[2].isAttachment && mail.leaves[2].fileName == "list.csv")
        #expect(String(decoding: mail.leaves[2].bytes, as: UTF8.self) == "Name\nJane Doe\n")
    }

    @Test func anEmlListReadsTheAttachmentAndNamesTheSender() throws {
        let text = """
            From: Jane Doe <jane@example.com>
            To: owner@example.com
            Subject: people
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            Hi, the list is attached. Thanks!
            --b
            Content-Type: text/csv
            Content-Disposition: attachment; filename=people.csv

            Name,Company
            Bo Lund,Globex
            --b--
            """
        let list = try RequestListReader.parse(data: Data(text.utf8), name: "request.eml")
        #expect(list.format == "email/csv")
        #expect(list.sender == "Jane Doe <jane@example.com>")
        #expect(list.entries.map(\.query.name) == ["Bo Lund"])
    }

    @Test func aMessageWithNothingToReadIsAnError() {
        let text =
            "From: a@example.com\nSubject: x\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
        #expect(throws: InputError.self) { try RequestListReader.parse(data: Data(text.utf8), name: "x.eml") }
    }

    @Test func brokenStructuresStillGiveTheirText() throws {
        let noBoundary = "From: a@example.com\nSubject: x\nContent-Type: multipart/mixed\n\nJane Doe\n"
        #expect(
            try RequestListReader.parse(data: Data(noBoundary.utf8), name: "x.eml").entries.map(\.query.name) == [
                "Jane Doe"
            ])
        var binary = Data("From: a@example.com\nSubject: x\n\nJane Doe\n".utf8)
        binary.append(contentsOf: [0, 1, 2, 0xFF])
        #expect(throws: InputError.self) { try RequestListReader.parse(data: binary, name: "x.eml") }
        var nested = "From: a@example.com\nSubject: x\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 1..<200 { nested += "--b\(level - 1)\nContent-Type: multipart/mixed; boundary=b\(level)\n\n" }
        nested += "--b199\nContent-Type: text/plain\n\nJane Doe\n"
        #expect(throws: InputError.self) { try RequestListReader.parse(data: Data(nested.utf8), name: "x.eml") }
    }

    @Test func recognisedWithoutTheExtension() throws {
        let text =
            "From: Jane <jane@example.com>\nSubject: hi\nDate: Mon, 16 Nov 2026\n\nHi Dana,\nBo Lund\nThanks!\nJane\n"
        let list = try RequestListReader.parse(data: Data(text.utf8), name: "pasted.txt")
        #expect(list.format == "email")
        #expect(list.entries.map(\.query.name) == ["Bo Lund"])
        #expect(list.sender == "Jane <jane@example.com>")
    }
}
