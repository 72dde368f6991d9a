import Foundation
import VouchIO
import VouchIdentity

/// Reads address-book exports, recognised by content rather than by file name:
/// Google Contacts CSV (current and legacy headers), Outlook CSV (Outlook.com and the
/// all-quoted desktop variant), vCard 3.0/4.0, and LinkedIn's own `Contacts.csv`.
public enum AddressBookReader {
    /// Reads the address book at `path`.
    public static func read(path: String) throws -> AddressBook {
        try parse(data: InputFile.read(path, what: "address book"), path: path)
    }

    /// Parses address-book bytes.
    public static func parse(data: Data, path: String) throws -> AddressBook {
        let bytes = TextDecodingStream.utf8(data)
        let head = TextDecoding.string(from: bytes.prefix(4096))
        let trimmedHead = head.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if trimmedHead.hasPrefix("BEGIN:VCARD") {
            return VCardReader.parse(TextDecoding.string(from: bytes), path: path)
        }
        return try ContactsCSVReader.parse(bytes, path: path)
    }

    /// Labels that every contact carries and that say nothing about the person.
    static func meaningfulLabels(_ raw: [String]) -> [String] {
        raw.map { $0.trimmingWhitespace() }
            .map { $0.hasPrefix("* ") ? String($0.dropFirst(2)) : $0 }
            .filter { label in
                let lowered = label.lowercased()
                return !label.isEmpty && lowered != "mycontacts" && lowered != "my contacts" && lowered != "starred"
                    && !lowered.hasPrefix("imported on") && lowered != "other contacts"
            }
    }

    /// Splits a multi-value cell (` ::: ` in Google, `;` elsewhere, `, ` in LinkedIn's file).
    static func values(_ text: String, separators: [String]) -> [String] {
        var parts = [text]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && $0.lowercased() != "null" }
    }

    /// LinkedIn profile URLs among web addresses.
    static func profileURLs(_ urls: [String]) -> [String] {
        urls.filter { $0.lowercased().contains("linkedin.com/") && ProfileKey(url: $0) != nil }
    }
}
