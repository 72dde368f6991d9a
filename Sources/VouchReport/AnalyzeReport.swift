import VouchIdentity
import VouchIngest
import VouchScoring

/// `vouch analyze`: every connection's tier with its evidence, for people (markdown) and tools (JSON).
public enum AnalyzeReport {
    /// The JSON report (schemaVersion 1; see docs/OUTPUT.md) as text.
    public static func json(_ analysis: Analysis) -> String {
        document(analysis).serialized()
    }

    /// The JSON report as a value to write. Each person is made as the writer reaches them.
    public static func document(_ analysis: Analysis) -> JSONValue {
        let counts = analysis.tierCounts
        let people = JSONValue.generated(count: analysis.depths.count) { index in
            let depth = analysis.depths[index]
            let connection = analysis.connection(depth)
            var fields: [(String, JSONValue)] = [
                ("name", .string(connection.name)),
                ("profileURL", .optional(connection.profileURL)),
                ("company", .string(connection.company)),
                ("position", .string(connection.position)),
                ("connectedOn", .optional(connection.connectedOn?.description)),
                ("tier", .string(depth.tier.rawValue)),
                ("dormant", .bool(depth.dormant)),
                ("dormantAcquaintance", .bool(depth.lapsed)),
                ("score", .double(depth.score)),
                ("evidence", .array(depth.evidence.map(JSONValue.string))),
                ("tags", .array(depth.tags.map(JSONValue.string))),
                ("annotated", .bool(depth.annotated)),
                ("lastInteraction", .optional(depth.lastInteraction?.description)),
            ]
            // Only for a person whose name several connections share, with messages to it.
            if let shared = analysis.export.evidence[depth.index].sharedNameMessages {
                fields.append(("sharedNameMessages", shared.json))
            }
            return .object(fields)
        }
        return JSONValue.object([
            ("schemaVersion", .int(1)),
            ("asOf", .optional(analysis.asOf?.description)),
            ("owner", analysis.export.owner.json),
            ("missingEvidence", .array(analysis.coverage.missing.map(JSONValue.string))),
            ("people", people),
            (
                "tiers",
                .object([
                    ("trusted", .int(counts[.trusted] ?? 0)), ("familiar", .int(counts[.familiar] ?? 0)),
                    ("nominal", .int(counts[.nominal] ?? 0)),
                    ("dormant", .int(analysis.depths.filter(\.dormant).count)),
                    ("dormantAcquaintances", .int(analysis.depths.filter(\.lapsed).count)),
                ])
            ),
            ("hiddenMembers", .int(analysis.export.connections.filter(\.isHidden).count)),
            ("annotations", annotationsJSON(analysis.annotations)),
            ("addressBooks", addressBooksJSON(analysis.contacts)),
            ("unmatchedRecommendations", unmatchedRecommendationsJSON(analysis.export)),
            ("ingest", analysis.export.ledger.json),
        ])
    }

    /// The recommendations that count for no one, every one of them (the markdown report
    /// names the first ten).
    static func unmatchedRecommendationsJSON(_ export: LinkedInExport) -> JSONValue {
        .array(
            export.unmatchedRecommendations.map { entry in
                let recommendation = entry.recommendation
                return .object([
                    ("direction", .string(recommendation.direction.rawValue)),
                    ("name", .string(recommendation.name)),
                    ("company", .string(recommendation.company)),
                    ("date", .optional(recommendation.date?.description)),
                    ("file", .string(recommendationFile(recommendation, in: export))),
                    ("line", .int(recommendation.line)),
                    ("candidates", .int(entry.candidates)),
                ])
            })
    }

    /// The path of the file a recommendation was read from, as the ledger names it.
    static func recommendationFile(_ recommendation: Recommendation, in export: LinkedInExport) -> String {
        let kind: ExportFileKind =
            recommendation.direction == .received ? .recommendationsReceived : .recommendationsGiven
        return export.ledger.file(kind: .export(kind))?.name ?? kind.rawValue
    }

    static func addressBooksJSON(_ contacts: AddressBookIndex) -> JSONValue {
        .array(
            contacts.books.map { book in
                .object([
                    ("source", .string(book.path)), ("format", .string(book.format)), ("entries", .int(book.entries)),
                    ("matchedConnections", .int(book.matched)),
                    (
                        "skipped",
                        .array(book.skipped.map { .object([("line", .int($0.line)), ("reason", .string($0.reason))]) })
                    ),
                ])
            })
    }

    /// Lines describing the address books used, for the data-coverage section.
    static func addressBookLines(_ contacts: AddressBookIndex) -> [String] {
        contacts.books.flatMap { book -> [String] in
            let name = Markdown.inline(InspectReport.lastComponent(book.path))
            var lines = [
                "- Address book \(name) (\(book.format)): \(Plural.count(book.entries, "entry", "entries")), \(book.matched) matched to connections"
            ]
            for skip in book.skipped.prefix(20) {
                lines.append("- \(name) line \(skip.line): skipped, \(Markdown.inline(skip.reason))")
            }
            return lines
        }
    }

    static func annotationsJSON(_ annotations: AnnotationSet) -> JSONValue {
        .object([
            ("source", .optional(annotations.source)),
            ("matched", .int(annotations.byConnection.count)),
            (
                "unmatched",
                .array(
                    annotations.unmatched.map { .object([("line", .int($0.line)), ("reason", .string($0.reason))]) })
            ),
        ])
    }

    /// The markdown report a person reads in two minutes.
    public static func markdown(_ analysis: Analysis, maxListed: Int = 25) -> String {
        let counts = analysis.tierCounts
        let ownerName = analysis.export.owner.name.map(Markdown.inline) ?? "your network"
        var lines: [String] = []
        lines.append("# Relationship depth: \(ownerName), as of \(analysis.asOfText)")
        lines.append("")
        let trusted = counts[.trusted] ?? 0
        let familiar = counts[.familiar] ?? 0
        let nominal = counts[.nominal] ?? 0
        let sections = Sections(analysis, limit: maxListed)
        lines.append(Markdown.inline(headline(analysis, sections)))
        lines.append("")
        if analysis.export.ledger.file(kind: .export(.connections)) == nil
            && analysis.export.ledger.file(kind: .connectionsPage) != nil
        {
            lines.append(
                "> **What is missing:** this report comes from a saved connections page only: names and headlines, but no messages, endorsements, invitations or recommendations, so everyone is nominal. Request LinkedIn's data export (Settings > Data privacy > Get a copy of your data) and pass it with this page as `--extra`, or state what you know with `--annotations`."
            )
            lines.append("")
        } else if let notice = analysis.coverage.notice {
            lines.append("> **What is missing:** " + Markdown.inline(notice))
            lines.append("")
        }
        lines.append("| tier | people | meaning |")
        lines.append("|---|---:|---|")
        lines.append("| trusted | \(trusted) | sustained two-way relationship or a recommendation, or you said so |")
        lines.append(
            "| familiar | \(familiar) | real but light: a two-way exchange with substance, mutual endorsements, a shared employer with a two-way exchange, an address book |"
        )
        lines.append("| nominal | \(nominal) | connected, nothing more in the export |")
        lines.append(
            "| of which dormant | \(sections.dormant.total) | trusted, or familiar with a substantive exchange, but no interaction for over \(Plural.count(analysis.config.thresholds.dormantAfterDays / 365, "year")) |"
        )
        lines.append(
            "| of which dormant acquaintances | \(sections.lapsed) | light familiar ties quiet for as long: not listed as worth reconnecting |"
        )
        lines.append("")
        lines.append("```mermaid")
        lines.append("pie title Connections by tier")
        lines.append("    \"trusted\" : \(trusted)")
        lines.append("    \"familiar\" : \(familiar)")
        lines.append("    \"nominal\" : \(nominal)")
        lines.append("```")
        lines.append("")

        lines.append("## Trusted: people you could vouch for (\(sections.trusted.total))")
        lines.append("")
        if let note = sections.quietNote(.trusted) { lines += [Markdown.inline(note), ""] }
        lines.append(
            contentsOf: personList(
                sections.trusted, analysis,
                empty:
                    "Nobody yet: no sustained two-way relationship or recommendation in the export. Annotations can add the people you know offline."
            ))

        lines.append("## Dormant strong ties worth reconnecting (\(sections.dormant.total))")
        lines.append("")
        lines.append(
            "Old strong ties are worth reviving (Levin, Walter & Murnighan 2011), but reconnect before you vouch for anyone."
        )
        lines.append("")
        lines.append(contentsOf: personList(sections.dormant, analysis, empty: "None."))

        lines.append("## Familiar (\(sections.familiar.total))")
        lines.append("")
        if let note = sections.quietNote(.familiar) { lines += [Markdown.inline(note), ""] }
        lines.append(contentsOf: personList(sections.familiar, analysis, empty: "None."))

        lines.append(contentsOf: colleagueClusters(analysis))

        lines.append("## Sanity check")
        lines.append("")
        for note in sanityNotes(analysis) {
            lines.append("- " + Markdown.inline(note))
        }
        lines.append("")
        lines.append("## Data coverage")
        lines.append("")
        lines.append(contentsOf: InspectReport.ledgerMarkdown(analysis.export.ledger))
        lines.append(contentsOf: addressBookLines(analysis.contacts))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The people of one report section: how many qualify, and the highest scores among
    /// them, highest first (equal scores in file order).
    struct Listing {
        let shown: [RelationshipDepth]
        let total: Int
    }

    /// The report's lists of people, the same in every format: trusted and familiar ties still
    /// active, and the dormant ones worth reconnecting.
    struct Sections {
        let trusted: Listing
        let dormant: Listing
        let familiar: Listing
        /// Light ties quiet for as long (dormant acquaintances): counted, not listed.
        let lapsed: Int

        init(_ analysis: Analysis, limit: Int) {
            trusted = AnalyzeReport.listing(analysis.depths, limit: limit) { tier, dormant in
                tier == .trusted && !dormant
            }
            dormant = AnalyzeReport.listing(analysis.depths, limit: limit) { _, dormant in dormant }
            familiar = AnalyzeReport.listing(analysis.depths, limit: limit) { tier, dormant in
                tier == .familiar && !dormant
            }
            let depths = analysis.depths
            lapsed = depths.indices.filter { depths[$0].lapsed }.count
            dormantTrusted = depths.indices.filter { depths[$0].dormant && depths[$0].tier == .trusted }.count
            dormantFamiliar = depths.indices.filter { depths[$0].dormant && depths[$0].tier == .familiar }.count
        }

        /// Dormant ties by tier: counted in their tier, listed under dormant.
        let dormantTrusted: Int
        let dormantFamiliar: Int

        /// Why a tier's section lists fewer people than its count: "3 of the 4 trusted ties
        /// are listed here; the other 1 has gone quiet and is listed under dormant strong ties."
        func quietNote(_ tier: RelationshipTier) -> String? {
            let (active, quiet) =
                tier == .trusted ? (trusted.total, dormantTrusted) : (familiar.total, dormantFamiliar)
            guard quiet > 0 else { return nil }
            return
                "\(active) of the \(active + quiet) \(tier.rawValue) ties \(Plural.word(active, "is", "are")) listed here; the other \(quiet) \(Plural.word(quiet, "has", "have")) gone quiet and \(Plural.word(quiet, "is", "are")) listed under dormant strong ties."
        }
    }

    /// The report's opening sentences, every number explained: connections counted but not
    /// scored (hidden members), the split by tier, and the strong ties gone quiet, which count
    /// in their tier but are listed apart (shared by every format).
    static func headline(_ analysis: Analysis, _ sections: Sections) -> String {
        let counts = analysis.tierCounts
        let scored = analysis.depths.count
        let hidden = analysis.export.connections.filter(\.isHidden).count
        let trusted = counts[.trusted] ?? 0
        let familiar = counts[.familiar] ?? 0
        let nominal = counts[.nominal] ?? 0
        var text =
            hidden == 0
            ? "Of \(Plural.count(scored, "connection")), "
            : "Of \(Plural.count(scored + hidden, "connection")), \(hidden) \(Plural.word(hidden, "is a hidden or deleted member", "are hidden or deleted members")) (counted, not scored). Of the other \(scored), "
        text +=
            "\(trusted) \(Plural.word(trusted, "is", "are")) trusted, \(familiar) familiar and \(nominal) nominal (\(percent(nominal, of: scored)) \(Plural.word(nominal, "is a name", "are names")) on a list, with no real exchange in the export). "
        let quiet = sections.dormant.total
        text += "\(Plural.count(quiet, "strong tie")) \(Plural.word(quiet, "has", "have")) gone quiet"
        if quiet > 0 {
            text +=
                " (\(sections.dormantTrusted) trusted, \(sections.dormantFamiliar) familiar: counted in their tier, listed under dormant strong ties)"
        }
        return text + lapsedClause(sections.lapsed) + "."
    }

    /// The `limit` highest-scoring depths whose tier and dormancy pass `include`, highest
    /// first (equal scores in file order). Only the fields that decide are read: a section can
    /// hold thousands of people and only a few are shown, and copying a depth retains its
    /// evidence, tags and employer.
    private static func listing(
        _ depths: [RelationshipDepth], limit: Int, where include: (RelationshipTier, Bool) -> Bool
    ) -> Listing {
        var ranked: [(score: Double, index: Int, position: Int)] = []
        for position in depths.indices where include(depths[position].tier, depths[position].dormant) {
            ranked.append((depths[position].score, depths[position].index, position))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return Listing(shown: ranked.prefix(limit).map { depths[$0.position] }, total: ranked.count)
    }

    static func personList(_ listing: Listing, _ analysis: Analysis, empty: String) -> [String] {
        guard listing.total > 0 else { return [empty, ""] }
        var lines: [String] = []
        for depth in listing.shown {
            let connection = analysis.connection(depth)
            let work = [connection.position, connection.company].filter { !$0.isEmpty }.map(Markdown.inline).joined(
                separator: ", ")
            let tags = depth.tags.isEmpty ? "" : " [" + depth.tags.map(Markdown.inline).joined(separator: ", ") + "]"
            lines.append(
                "- **\(Markdown.inline(connection.name))**" + (work.isEmpty ? "" : " (\(work))") + tags + ": "
                    + depth.evidence.map(Markdown.inline).joined(separator: "; "))
        }
        if listing.total > listing.shown.count {
            lines.append("- … and \(listing.total - listing.shown.count) more (see `--format json`)")
        }
        lines.append("")
        return lines
    }

    /// One former employer and how the connections who work there now split by tier.
    struct ColleagueCluster {
        let employer: String
        var count = 0
        var trusted = 0
        var familiar = 0
        var nominal = 0

        /// Counts one more connection there.
        mutating func add(_ tier: RelationshipTier) {
            count += 1
            switch tier {
            case .trusted: trusted += 1
            case .familiar: familiar += 1
            case .nominal: nominal += 1
            case .stranger: break
            }
        }
    }

    /// Former employers with connections there now, largest first (shared by every format).
    static func clusters(_ analysis: Analysis) -> [ColleagueCluster] {
        // Counted reading two fields of each depth in place: a copy of a depth (gathering each
        // employer's depths, or iterating them) retains its evidence, tags and employer.
        var byEmployer: [String: ColleagueCluster] = [:]
        let depths = analysis.depths
        for position in depths.indices {
            if let employer = depths[position].formerEmployer {
                byEmployer[employer, default: ColleagueCluster(employer: employer)].add(depths[position].tier)
            }
        }
        return byEmployer.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.employer < $1.employer }
    }

    /// The sanity-check notes, as plain text (shared by every format).
    static func sanityNotes(_ analysis: Analysis) -> [String] {
        let counts = analysis.tierCounts
        let strong = (counts[.trusted] ?? 0) + (counts[.familiar] ?? 0)
        var notes: [String] = []
        if strong > analysis.config.thresholds.dunbarLimit {
            notes.append(
                "Warning: \(strong) people are familiar or trusted. People keep up about 150 meaningful relationships (Dunbar); above that the scoring is probably too generous for your export. Consider raising the thresholds (--config)."
            )
        } else {
            notes.append(
                "\(Plural.count(strong, "person", "people")) \(Plural.word(strong, "is", "are")) familiar or trusted, within the roughly 150 meaningful relationships people keep up (Dunbar)."
            )
        }
        notes.append(
            "Silence is not proof of weakness: some close ties never message on LinkedIn. Use --annotations to state what the export cannot see."
        )
        for skip in analysis.annotations.unmatched {
            notes.append("Annotation line \(skip.line) not used: \(skip.reason)")
        }
        // Recommendations are few in real exports; past ten, a count keeps the report short.
        let unmatched = analysis.export.unmatchedRecommendations
        for entry in unmatched.prefix(10) {
            let recommendation = entry.recommendation
            let file = recommendationFile(recommendation, in: analysis.export)
            let company = recommendation.company.isEmpty ? "" : " at \(recommendation.company)"
            let who = recommendation.direction == .received ? "from" : "to"
            let why =
                entry.candidates == 0 ? "matches no connection" : "could be any of \(entry.candidates) connections"
            notes.append(
                "The recommendation \(who) \(recommendation.name)\(company) (\(file), line \(recommendation.line)) \(why), so it counts for no one."
            )
        }
        if unmatched.count > 10 {
            let more = unmatched.count - 10
            notes.append(
                "\(Plural.count(more, "more recommendation")) \(Plural.word(more, "matches", "match")) no single connection either."
            )
        }
        // Like recommendations: names shared by several connections are few; past ten, a count.
        let shared = analysis.export.sharedNameMessages
        for record in shared.prefix(10) {
            let connections = analysis.export.connections
            let who = record.namesakes.map { index in
                connections[index].company.isEmpty
                    ? "#\(index + 1) in Connections.csv" : "at " + connections[index].company
            }
            notes.append(
                "\(record.messages) with someone called '\(record.name)' count for none of your \(record.connections) connections of that name (\(who.joined(separator: "; "))): nothing in the export tells them apart. Say which one it is in your annotations file (a header name,company,tier)."
            )
        }
        if shared.count > 10 {
            notes.append(
                "Messages with \(shared.count - 10) more names that several connections share count for none of them either."
            )
        }
        return notes
    }

    static func colleagueClusters(_ analysis: Analysis) -> [String] {
        let rows = clusters(analysis)
        guard !rows.isEmpty else { return [] }
        var lines = ["## Former colleagues", ""]
        lines.append(
            "People who now work where you used to. A list drawn from these is often \"half from my previous job\".")
        lines.append("")
        lines.append("| former employer | connections there | trusted | familiar | nominal |")
        lines.append("|---|---:|---:|---:|---:|")
        for row in rows {
            lines.append(
                "| \(Markdown.inline(row.employer)) | \(row.count) | \(row.trusted) | \(row.familiar) | \(row.nominal) |"
            )
        }
        lines.append("")
        return lines
    }

    /// ", and 12 light ties (dormant acquaintances)" when there are any.
    static func lapsedClause(_ count: Int) -> String {
        count == 0 ? "" : ", and \(Plural.count(count, "light tie")) (dormant acquaintances)"
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }
}
