import Foundation
import VouchIO
import VouchIdentity

/// Reads the annotations file: a CSV (or TSV) with a header naming any of `profile`/`url`,
/// `name`, `company`, `tier`, `tags`, `note`, in any order. Tags are separated by `;` or `|`.
/// A company tells apart connections of one name (the only way before mid 2023, when
/// Connections.csv has no profile URLs).
///
/// ```
/// name,profile,tier,tags,note
/// Maya Okafor,,trusted,client,"Client since 2023; I would vouch for her anywhere"
/// ,https://www.linkedin.com/in/grace-lindqvist-2be4f1,,church;friend,
/// ```
public enum AnnotationReader {
    public static func read(path: String, directory: ConnectionDirectory) throws -> AnnotationSet {
        let data = try InputFile.read(path, what: "annotations file")
        let bytes = TextDecodingStream.utf8(data)
        let table = SmallTable(bytes: bytes)
        let records = table.records
        var result = AnnotationSet()
        result.source = path
        result.unmatched = table.malformed
        guard let header = records.first else { return result }
        let names = (0..<header.count).map { HeaderCell.fold(header.string($0)) }
        func column(_ aliases: [String]) -> Int? { names.firstIndex { aliases.contains($0) } }
        let urlColumn = column(["profile", "url", "profileurl", "linkedin", "linkedinurl"])
        let nameColumn = column(["name", "fullname", "person"])
        let companyColumn = column(["company", "employer", "organisation", "organization"])
        let tierColumn = column(["tier", "depth", "closeness"])
        let tagsColumn = column(["tags", "tag", "labels"])
        let noteColumn = column(["note", "notes", "comment"])
        guard urlColumn != nil || nameColumn != nil else {
            throw InputError.invalid(
                path: path, line: header.line,
                reason:
                    "the first line must be a header naming a 'name' or 'profile' column (and any of tier, tags, note)")
        }
        let matcher = PersonMatcher(directory: directory)
        for record in records.dropFirst() {
            func field(_ index: Int?) -> String {
                index.map { record.string($0).trimmingWhitespace() } ?? ""
            }
            let query = PersonQuery(
                name: field(nameColumn), company: field(companyColumn), profileURL: field(urlColumn))
            let tierText = field(tierColumn).lowercased()
            var tier: RelationshipTier?
            if !tierText.isEmpty {
                guard let parsed = RelationshipTier(rawValue: tierText), parsed != .stranger else {
                    result.unmatched.append(
                        SkippedRow(line: record.line, reason: "tier '\(tierText)' is not nominal, familiar or trusted"))
                    continue
                }
                tier = parsed
            }
            let tags = field(tagsColumn).split(whereSeparator: { $0 == ";" || $0 == "|" })
                .map { $0.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty }
            let annotation = Annotation(
                query: query, tier: tier, tags: tags, note: field(noteColumn), line: record.line)
            if query.name.isEmpty && query.profileURL == nil {
                result.unmatched.append(SkippedRow(line: record.line, reason: "no name or profile"))
                continue
            }
            switch matcher.match(query) {
            case .matched(let index, let confidence, _) where confidence >= 0.8:
                result.byConnection[index] = annotation
            case .matched, .none:
                let who = query.profileURL ?? query.name
                result.unmatched.append(
                    SkippedRow(line: record.line, reason: "'\(who)' matches none of your connections"))
            case .ambiguous(let candidates):
                let names = candidates.map { directory.connections[$0.index].name }.joined(separator: ", ")
                result.unmatched.append(
                    SkippedRow(
                        line: record.line,
                        reason:
                            "'\(query.name)' could be several connections (\(names)); add the profile URL or a company column"
                    ))
            }
        }
        return result
    }
}
