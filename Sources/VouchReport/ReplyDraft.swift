import VouchIngest
import VouchVetting

/// The reply to the requester that the vet report drafts: text the owner pastes into an
/// e-mail, so every mix of verdicts reads as plain, true English. Warm to someone the owner
/// knows; a courteous decline and an offer to meet first to a near-stranger; and each group
/// of people said as what it is ("I do not know … well enough", "I am not connected to …",
/// "did you mean …?"), by name when they are few and as a share of the list when they are
/// many. A dormant requester is asked to catch up first, and one known only by an address
/// who they are, before any offer.
struct ReplyDraft {
    /// Who is asking, when known.
    let requester: RequesterAssessment?
    /// How many people the list names.
    let listed: Int
    /// People the owner could ask now (trusted, or familiar with a reason given).
    let can: [String]
    /// Familiar people listed without a reason.
    let askWhy: [String]
    /// Strong ties gone quiet.
    let lapsed: [String]
    /// Names that fit several connections.
    let ambiguous: [String]
    /// Nominal connections: the owner does not know them well enough.
    let blind: [String]
    /// People who are not the owner's connections at all (and whose names are no typo).
    let strangers: [String]
    /// Names that match nobody but are a typo away from connections': as written, and the
    /// connections meant.
    let misspelt: [(written: String, meant: [String])]
    /// People named only by a link or an e-mail address vouch cannot resolve offline.
    let unresolved: [String]

    /// A question about more names than this counts them instead of naming each: the
    /// requester has the list, and a reply naming hundreds cannot be read.
    static let mostNamed = 8

    /// The reply, opening with `hi` ("Hi Pat, ") and addressing `name` when known; nil for
    /// an empty list.
    func text(hi: String, name: String?) -> String? {
        guard listed > 0 else { return nil }
        let thanks = name.map { "Thanks for thinking of me, \($0)." } ?? "Thanks for thinking of me."
        let coffee = " I would be glad to get to know each other and your work first: coffee in the next few weeks?"
        let cannot = cannotSentence(ending: ".").map { " " + $0 } ?? ""
        switch requester?.hold {
        case .nearStranger?:
            return thanks
                + " I only make introductions when I know both people well enough to vouch for them, and we do not know each other well yet."
                + cannot + coffee
        case .unidentified?:
            return hi
                + "thanks for asking. I only make introductions when I know both people well enough to vouch for them, and I cannot tell from your e-mail address who you are."
                + cannot + " Could you tell me your name and how we know each other?"
        case .dormant?:
            return hi + "good to hear from you; it has been years since we last spoke." + cannot
                + " Before I introduce anyone, let us catch up: a call in the next few weeks?"
        default: break
        }
        let offers = offerSentences()
        if offers.isEmpty {
            if requester?.isKnown == true {
                return hi + "thanks for asking. I only make introductions to people I know well enough to vouch for."
                    + cannot + " I am sorry I cannot help with this list."
            }
            return thanks + " I only make introductions to people I know well enough to vouch for." + cannot + coffee
        }
        let opening = hi + (requester?.isKnown == true ? "happy to help." : "thanks for asking.")
        let leaveOut = cannotSentence(ending: ", so I will leave them out.").map { " " + $0 } ?? ""
        return opening + offers.map { " " + $0 }.joined() + leaveOut
    }

    /// What the owner can do for the people they know.
    private func offerSentences() -> [String] {
        var sentences: [String] = []
        if !can.isEmpty {
            sentences.append(
                "I can ask \(EnglishList.joined(can)) whether they would like to meet you; send me a short note I can forward: who you are, why this person, and what is in it for them."
            )
        }
        if !askWhy.isEmpty {
            let why = askWhy.count == 1 ? "why this person" : "why each of them"
            sentences.append(
                "For \(EnglishList.joined(askWhy)), tell me \(why) and what is in it for them, and I will see.")
        }
        if !lapsed.isEmpty {
            sentences.append(
                "I have not spoken to \(EnglishList.joined(lapsed)) in years; let me get back in touch first.")
        }
        if ambiguous.count > Self.mostNamed {
            sentences.append(
                "\(ambiguous.count) of the names on your list fit more than one person I know: could you add each one's company or profile link?"
            )
        } else if !ambiguous.isEmpty {
            sentences.append(
                ambiguous.count == 1
                    ? "I know more than one person called \(ambiguous[0]): which one do you mean?"
                    : "I know more than one person called each of \(EnglishList.joined(ambiguous)): which ones do you mean?"
            )
        }
        if misspelt.count > Self.mostNamed {
            sentences.append(
                "Could you check the spelling of \(misspelt.count) of the names on your list? They are close to the names of people I know."
            )
        } else if misspelt.count > 3 {
            sentences.append(
                "Could you check the spelling of \(EnglishList.joined(misspelt.map(\.written)))? They are close to the names of people I know."
            )
        } else {
            for name in misspelt {
                sentences.append(
                    "When you wrote \(name.written), did you mean \(name.meant.joined(separator: " or "))?")
            }
        }
        if !unresolved.isEmpty {
            sentences.append(
                unresolved.count == 1
                    ? "I cannot tell who \(unresolved[0]) is from that alone: could you send their name or their full LinkedIn profile link (linkedin.com/in/…)?"
                    : "I cannot tell who \(EnglishList.joined(unresolved)) are from those alone: could you send their names or their full LinkedIn profile links (linkedin.com/in/…)?"
            )
        }
        return sentences
    }

    /// "I do not know A well enough to introduce them, and I am not connected to B" with
    /// `ending`; nil when the list names nobody of either kind.
    private func cannotSentence(ending: String) -> String? {
        var clauses: [String] = []
        if !blind.isEmpty {
            clauses.append(
                "I do not know \(group(blind, all: "any of the people on your list")) well enough to introduce them")
        }
        if !strangers.isEmpty {
            clauses.append("I am not connected to \(group(strangers, all: "anyone on your list"))")
        }
        guard !clauses.isEmpty else { return nil }
        return clauses.joined(separator: ", and ") + ending
    }

    /// A few people by name (the requester named them); a larger group as a share of the list
    /// ("most of the people on your list", "4 of the 9 people on your list").
    private func group(_ people: [String], all: String) -> String {
        if people.count == listed && listed > 1 { return all }
        if people.count <= 3 { return EnglishList.joined(people) }
        return people.count * 2 > listed
            ? "most of the people on your list" : "\(people.count) of the \(listed) people on your list"
    }
}
