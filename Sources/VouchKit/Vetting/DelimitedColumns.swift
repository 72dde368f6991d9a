import Foundation
import VouchIO

/// The roles of a request list's header columns.
struct DelimitedColumns {
    var name: Int?
    var first: Int?
    var last: Int?
    var company: Int?
    var title: Int?
    var url: Int?
    var email: Int?
    var reason: Int?

    init?(header: [String]) {
        for (index, cell) in header.enumerated() {
            let folded = HeaderCell.fold(cell)
            switch folded {
            case "name", "fullname", "person", "contact", "who", "nameofperson", "personname", "contactname",
                "personsname", "target":
                name = name ?? index
            case "first", "firstname", "givenname": first = first ?? index
            case "last", "lastname", "surname", "familyname": last = last ?? index
            case "company", "companyname", "organization", "organisation", "organisationorganization",
                "organizationorganisation", "org", "employer", "firm", "currentcompany":
                company = company ?? index
            case "title", "jobtitle", "position", "role": title = title ?? index
            case "email", "emailaddress", "mail": email = email ?? index
            case "notes", "note", "comment", "comments", "purpose", "context":
                reason = reason ?? index
            default:
                if folded.hasPrefix("reason") || folded.hasPrefix("why") {
                    reason = reason ?? index
                } else if folded.hasPrefix("linkedin") || folded.hasPrefix("profile") || folded == "url" {
                    url = url ?? index
                }
            }
        }
        guard name != nil || first != nil || last != nil || url != nil || email != nil else { return nil }
    }

    func parse(_ cells: [String]) -> RequestLineParser.Parsed {
        func cell(_ index: Int?) -> String? {
            guard let index, index < cells.count else { return nil }
            let value = cells[index].trimmingWhitespace()
            return value.isEmpty ? nil : value
        }
        var parsed = RequestLineParser.Parsed()
        if let whole = cell(name) {
            let inner = RequestLineParser.parse(whole)
            parsed = inner
        } else {
            parsed.name = [cell(first), cell(last)].compactMap { $0 }.joined(separator: " ")
        }
        parsed.company = cell(company) ?? parsed.company
        parsed.title = cell(title) ?? parsed.title
        if let link = cell(url).flatMap(ProfileLink.init) { parsed.link(link) }
        parsed.email = cell(email) ?? parsed.email
        parsed.reason = cell(reason) ?? parsed.reason
        return parsed
    }
}
