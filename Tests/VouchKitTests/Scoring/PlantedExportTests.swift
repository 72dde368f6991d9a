import Foundation
import Testing

@testable import VouchDates
@testable import VouchIngest
@testable import VouchScoring

/// A synthetic export planted with every kind of tie the substance rules tell apart; each
/// planted category must come out as planted.
struct PlantedExportTests {
    /// One planted kind of tie: what the model must make of it.
    enum Kind: String, CaseIterable {
        case ritual, pleasantry, colleagueOneMessage, colleagueOneEndorsement, recruiterInMail
        case lightTie, strongTie, lostStrongTie, quietColleague

        var expected: (tier: RelationshipTier, dormant: Bool, lapsed: Bool) {
            switch self {
            case .ritual, .pleasantry, .colleagueOneMessage, .colleagueOneEndorsement, .recruiterInMail:
                return (.nominal, false, false)
            case .lightTie: return (.familiar, false, false)
            case .strongTie: return (.trusted, false, false)
            case .lostStrongTie: return (.trusted, true, false)
            case .quietColleague: return (.familiar, false, true)
            }
        }

        /// Works at the owner's former employer.
        var isFormerColleague: Bool {
            [.colleagueOneMessage, .colleagueOneEndorsement, .quietColleague].contains(self)
        }
    }

    static let perKind = 12
    static let ownerURL = "https://www.linkedin.com/in/ada-stone-000"

    /// Writes the export's files: Profile, Positions, Connections, messages, endorsements.
    static func files() -> [String: String] {
        var connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        var messages =
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
        var endorsements =
            "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n"
        var conversation = 0
        func words(_ count: Int, _ seed: String) -> String {
            (0..<count).map { "\(seed)\($0 % 7)" }.joined(separator: " ")
        }
        for kind in Kind.allCases {
            for number in 0..<perKind {
                let first = "P\(kind.rawValue)"
                let last = "N\(number)"
                let url = "https://www.linkedin.com/in/\(kind.rawValue.lowercased())-\(number)"
                let company = kind.isFormerColleague ? "Acme Corp" : "Company \(kind.rawValue) \(number)"
                let connected = kind == .lostStrongTie ? "03 Feb 2014" : "03 Feb 2020"
                connections += "\(first),\(last),\(url),,\(company),Staff,\(connected)\n"
                conversation += 1
                func message(_ fromOwner: Bool, _ date: String, _ text: String, subject: String = "") {
                    let from = fromOwner ? ("Ada Stone", ownerURL) : ("\(first) \(last)", url)
                    let to = fromOwner ? ("\(first) \(last)", url) : ("Ada Stone", ownerURL)
                    messages +=
                        "conv-\(conversation),,\(from.0),\(from.1),\(to.0),\(to.1),\(date) 10:00:00 UTC,\(subject),\"\(text)\",INBOX\n"
                }
                switch kind {
                case .ritual:
                    message(false, "2020-02-04", "Thanks for connecting!")
                    message(true, "2020-02-04", "Likewise, good to meet you.")
                case .pleasantry:
                    message(false, "2024-06-10", "Congrats on the new role!")
                    message(true, "2024-06-11", "Thank you, much appreciated.")
                case .colleagueOneMessage:
                    message(false, "2021-05-01", words(60, "ask"))
                case .colleagueOneEndorsement:
                    endorsements += "2021/05/01 10:00:00 UTC,Planning,\(first),\(last),\(url),ACCEPTED\n"
                case .recruiterInMail:
                    message(
                        false, "2025-11-02", "<p>" + words(90, "role") + "</p>", subject: "Senior Director opportunity")
                    message(true, "2025-11-03", words(30, "thanks"))
                case .lightTie:
                    message(false, "2025-09-01", words(70, "plan"))
                    message(true, "2025-09-02", words(45, "reply"))
                case .strongTie, .lostStrongTie:
                    let year = kind == .strongTie ? 2025 : 2015
                    for month in 1...5 {
                        message(false, "\(year)-0\(month)-03", words(25, "q"))
                        message(true, "\(year)-0\(month)-05", words(25, "a"))
                    }
                case .quietColleague:
                    message(false, "2021-03-01", "Happy new year!")
                    message(true, "2021-03-02", "You too!")
                }
            }
        }
        return [
            "Profile.csv": "First Name,Last Name,Headline\nAda,Stone,Analyst\n",
            "Positions.csv":
                "Company Name,Title,Description,Location,Started On,Finished On\nZeta Labs,Lead,,,Jan 2022,\nAcme Corp,Analyst,,,Mar 2015,Dec 2021\n",
            "Connections.csv": connections,
            "messages.csv": messages,
            "Endorsement_Received_Info.csv": endorsements,
        ]
    }

    @Test func everyPlantedCategoryIsRecovered() throws {
        let export = try readExport(copying: [:], writing: Self.files())
        let analysis = Analysis(export: export, asOf: CalendarDay(iso: "2026-06-01"))
        var recovered: [Kind: Int] = [:]
        for depth in analysis.depths {
            let name = analysis.connection(depth).firstName
            guard let kind = Kind(rawValue: String(name.dropFirst())) else { continue }
            let expected = kind.expected
            let got = (depth.tier, depth.dormant, depth.lapsed)
            #expect(got == expected, "\(kind): \(depth.evidence)")
            if got == expected { recovered[kind, default: 0] += 1 }
        }
        for kind in Kind.allCases {
            #expect(recovered[kind] == Self.perKind, "\(kind) recovered \(recovered[kind] ?? 0) of \(Self.perKind)")
        }
        func evidence(_ kind: Kind) -> [String] {
            analysis.depths.first { analysis.connection($0).firstName == "P\(kind.rawValue)" }?.evidence ?? []
        }
        #expect(evidence(.ritual).first == "only pleasantries when you connected (2 messages, 8 words)")
        #expect(
            evidence(.recruiterInMail).first
                == "1 conversation that opened as InMail, a job application or an automated message (counts little)")
        #expect(evidence(.colleagueOneEndorsement).contains("works at Acme Corp, where you worked (2015-2021)"))
        #expect(evidence(.colleagueOneEndorsement).contains("endorsed you for 1 skill"))
    }
}

/// An as-of day in the past: what happened after it is left out, and no duration is negative.
struct AsOfTests {
    @Test func evidenceAfterTheAsOfDayIsIgnored() throws {
        let asOf = try #require(CalendarDay(iso: "2016-01-01"))
        let analysis = Analysis(export: try ExportReader.read(TestPaths.sampleZip, asOf: asOf), asOf: asOf)
        #expect(analysis.export.firstDataDate?.description == "2012-10-03")
        // Only the connections made by then, and only what happened by then.
        #expect(analysis.depths.allSatisfy { analysis.connection($0).connectedOn.map { $0 <= asOf } ?? true })
        for depth in analysis.depths {
            if let last = depth.lastInteraction { #expect(last <= asOf, "\(depth.evidence)") }
            #expect(!depth.evidence.contains { $0.contains("known for only -") })
        }
        let names = analysis.depths.map { analysis.connection($0).name }
        #expect(!names.contains("Maya Okafor"))
        let robert = analysis.depths.first { analysis.connection($0).name == "Robert Kowalski" }
        // His messages ran to 2018; by 2016 there were 16 of them (2014-01 to 2015-10, every 3 months).
        #expect(robert?.tier == .trusted && robert?.lastInteraction?.description == "2015-10-05")
        let messages = analysis.export.ledger.file(kind: .export(.messages))
        #expect((messages?.excluded[.afterAsOf] ?? 0) > 100)
        #expect((analysis.tierCounts[.trusted] ?? 0) <= 2)
    }
}
