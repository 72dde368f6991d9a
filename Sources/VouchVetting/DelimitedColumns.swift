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
            let folded = HeaderCell.fold(cell.folding(options: .diacriticInsensitive, locale: nil))
            switch folded {
            case "name", "fullname", "person", "contact", "who", "nameofperson", "personname", "contactname",
                "personsname", "target", "nomcomplet", "nometprenom", "prenometnom", "nombre", "nombrecompleto",
                "nombreyapellido", "nombreyapellidos", "vollername", "vollstandigername", "kontakt", "personne", "nome",
                "nomecompleto", "nomeecognome":
                name = name ?? index
            case "first", "firstname", "givenname", "prenom", "vorname": first = first ?? index
            case "last", "lastname", "surname", "familyname", "nom", "nomdefamille", "nachname", "familienname",
                "apellido", "apellidos", "cognome", "sobrenome":
                last = last ?? index
            case "company", "companyname", "organization", "organisation", "organisationorganization",
                "organizationorganisation", "org", "employer", "firm", "currentcompany", "societe", "entreprise",
                "employeur", "firma", "unternehmen", "arbeitgeber", "empresa", "compania", "organizacion", "azienda",
                "societa":
                company = company ?? index
            case "title", "jobtitle", "position", "role", "poste", "fonction", "titre", "titel", "rolle", "cargo",
                "puesto":
                title = title ?? index
            case "email", "emailaddress", "mail": email = email ?? index
            case "notes", "note", "comment", "comments", "purpose", "context", "pourquoi", "raison", "motif",
                "commentaire", "grund", "warum", "anmerkung", "notiz", "motivo", "razon", "porque", "comentario",
                "perche", "nota":
                reason = reason ?? index
            default:
                if folded.hasPrefix("reason") || folded.hasPrefix("why") {
                    reason = reason ?? index
                } else if folded.hasPrefix("linkedin") || folded.hasPrefix("profile") || folded == "url" {
                    url = url ?? index
                }
            }
        }
        // `Nombre | Apellidos`: a name column beside a family-name column holds the given name.
        if let given = name, first == nil, last != nil {
            first = given
            name = nil
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
        if let given = cell(company) {
            parsed.company = given
            parsed.swappedCompany = given
        }
        parsed.title = cell(title) ?? parsed.title
        if let link = cell(url).flatMap(ProfileLink.init) { parsed.link(link) }
        parsed.email = cell(email) ?? parsed.email
        parsed.reason = cell(reason) ?? parsed.reason
        return parsed
    }
}
