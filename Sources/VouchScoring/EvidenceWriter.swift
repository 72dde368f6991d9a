import VouchDates
import VouchIdentity
import VouchIngest

/// Writes the short, specific sentences that explain a tier.
package struct EvidenceWriter {
    let asOf: CalendarDay?

    func sentences(
        connection: Connection, evidence: ConnectionEvidence, employer: EmployerHistory.Employer?,
        substance: Substance, dormant: Bool, lapsed: Bool, dormantYears: Int
    ) -> [String] {
        var lines: [String] = []
        let total = evidence.messages.messagesSent + evidence.messages.messagesReceived
        if case .pleasantries(let whenConnecting) = substance {
            let words = Self.plural(evidence.messages.wordsSent + evidence.messages.wordsReceived, "word")
            let last = evidence.messages.lastMessage.map { "; last on \($0)" } ?? ""
            lines.append(
                whenConnecting
                    ? "only pleasantries when you connected (\(Self.plural(total, "message")), \(words))"
                    : "only pleasantries (\(Self.plural(total, "message")) both ways, \(words)\(last)): not yet a conversation"
            )
        } else if evidence.messages.twoWayConversations > 0 {
            let conversations = Self.plural(evidence.messages.conversations, "conversation")
            let since = evidence.messages.firstMessage.map { " since \($0.year)" } ?? ""
            let last = evidence.messages.lastMessage.map { "; last on \($0)" } ?? ""
            let words = evidence.messages.wordsSent + evidence.messages.wordsReceived
            lines.append(
                "\(total) messages both ways (\(evidence.messages.messagesSent) from you, \(evidence.messages.messagesReceived) from them; \(Self.plural(words, "word"))) across \(conversations)\(since)\(last)"
            )
            if evidence.messages.activeMonths.count > 1 {
                lines.append("in touch in \(evidence.messages.activeMonths.count) different months")
            }
        } else if evidence.messages.messagesReceived > 0 {
            lines.append(
                "\(Self.plural(evidence.messages.messagesReceived, "message")) from them that you never answered (one-way; not a relationship)"
            )
        } else if evidence.messages.messagesSent > 0 {
            lines.append("\(Self.plural(evidence.messages.messagesSent, "message")) from you with no reply")
        }
        if evidence.messages.groupConversations > 0 {
            lines.append(
                "both in \(Self.plural(evidence.messages.groupConversations, "group conversation")) of 5 or more people (counts little)"
            )
        }
        if evidence.messages.discountedConversations > 0 {
            let count = evidence.messages.discountedConversations
            lines.append(
                "\(Self.plural(count, "conversation")) that opened as InMail, a job application or an automated message (\(Plural.word(count, "counts", "count")) little)"
            )
        }
        if let shared = evidence.sharedNameMessages {
            lines += shared.sentences(
                company: connection.company, ownExchange: evidence.messages.twoWayConversations > 0)
        }
        for date in evidence.recommendationsReceived {
            lines.append("recommended you" + (date.map { " in \($0.year)" } ?? ""))
        }
        for date in evidence.recommendationsGiven {
            lines.append("you recommended them" + (date.map { " in \($0.year)" } ?? ""))
        }
        let theirs = evidence.skillsEndorsedByThem.count
        let yours = evidence.skillsEndorsedByOwner.count
        if theirs > 0 && yours > 0 {
            lines.append(
                "endorsed each other: they endorsed you for \(Self.plural(theirs, "skill")), you them for \(yours)")
        } else if theirs > 0 {
            lines.append("endorsed you for \(Self.plural(theirs, "skill"))")
        } else if yours > 0 {
            lines.append("you endorsed them for \(Self.plural(yours, "skill"))")
        }
        if let book = evidence.addressBook {
            lines.append(Self.addressBookSentence(book))
        }
        if let invitation = evidence.invitation {
            let who = invitation.sentByOwner ? "you invited them" : "they invited you"
            let when = invitation.date.map { " in \($0.year)" } ?? ""
            lines.append(who + when + (invitation.hasNote ? " with a personal note" : " without a note"))
        }
        if let employer {
            if employer.isCurrent {
                lines.append(
                    "works at \(employer.company), your current employer (contact between co-workers overstates closeness)"
                )
            } else {
                let years = [employer.from, employer.to].compactMap { $0.map(String.init) }.joined(separator: "-")
                lines.append("works at \(employer.company), where you worked" + (years.isEmpty ? "" : " (\(years))"))
            }
        }
        if dormant {
            let last = evidence.lastInteraction.map { "since \($0)" } ?? "on record"
            lines.append(
                "no interaction \(last): over \(Plural.count(dormantYears, "year")) before \(asOf.map(\.description) ?? "today")"
            )
        } else if lapsed {
            let last = evidence.lastInteraction.map { "since \($0)" } ?? "on record"
            lines.append(
                "no interaction \(last): a light tie, quiet for over \(Plural.count(dormantYears, "year")) (a dormant acquaintance)"
            )
        }
        let approximate = connection.connectedOnIsApproximate
        let connected =
            connection.connectedOn.map { approximate ? "connected around \($0) (approximate)" : "connected on \($0)" }
            ?? "connection date unknown"
        if let origin = connection.origin, lines.isEmpty {
            let when = connection.connectedOn.map {
                approximate ? "connected around \($0) (approximate)" : "connected on \($0)"
            }
            lines.append(
                "from the saved page \(origin)" + (when.map { "; " + $0 } ?? "")
                    + "; a page shows no messages, endorsements or recommendations")
        } else if lines.isEmpty {
            let year = connection.connectedOn.map { "connected \($0.year)" } ?? "connected"
            lines.append("\(year); no messages, endorsements or recommendations in the export")
        } else {
            lines.append(connected)
        }
        return lines
    }

    /// "in your Google contacts since 2019, with a phone number, label 'Church'".
    package static func addressBookSentence(_ book: AddressBookFact) -> String {
        var text = "in your " + book.sources.joined(separator: " and ")
        if let since = book.since { text += " since \(since.year)" }
        var details: [String] = []
        if book.hasPhone { details.append("a phone number") }
        if book.hasBirthday { details.append("a birthday") }
        if book.hasNote { details.append("a note") }
        if !details.isEmpty { text += ", with " + details.joined(separator: ", ") }
        if !book.labels.isEmpty {
            text +=
                ", " + Plural.word(book.labels.count, "label") + " "
                + book.labels.map { "'\($0)'" }.joined(separator: ", ")
        }
        return text
    }

    static func annotationSentence(_ annotation: Annotation) -> String {
        var parts: [String] = []
        if let tier = annotation.tier { parts.append("you marked them \(tier.rawValue)") }
        if !annotation.tags.isEmpty { parts.append("tagged " + annotation.tags.joined(separator: ", ")) }
        if !annotation.note.isEmpty { parts.append("note: \(annotation.note)") }
        return "your annotation: " + parts.joined(separator: "; ")
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        Plural.count(count, noun)
    }
}
