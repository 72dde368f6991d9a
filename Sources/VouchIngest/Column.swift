/// A column vouch reads, with the header spellings it goes by.
enum Column: Int, CaseIterable, Sendable {
    case firstName, lastName, headline, industry, geoLocation
    case companyName, title, startedOn, finishedOn, location, description
    case schoolName, startDate, endDate, degreeName
    case url, emailAddress, company, position, connectedOn
    case from, to, sentAt, message, direction, inviterProfileURL, inviteeProfileURL
    case endorsementDate, skillName, personFirstName, personLastName, personURL, endorsementStatus
    case jobTitle, text, creationDate, status
    case conversationID, conversationTitle, senderProfileURL, recipientProfileURLs, date, subject, content, folder
    case isMessageDraft

    /// Header names, folded: lower case, letters and digits only.
    var aliases: [String] {
        switch self {
        case .firstName: return ["firstname", "first"]
        case .lastName: return ["lastname", "last", "surname"]
        case .headline: return ["headline"]
        case .industry: return ["industry"]
        case .geoLocation: return ["geolocation"]
        case .companyName: return ["companyname", "company"]
        case .title: return ["title"]
        case .startedOn: return ["startedon", "startdate"]
        case .finishedOn: return ["finishedon", "enddate"]
        case .location: return ["location"]
        case .description: return ["description"]
        case .schoolName: return ["schoolname", "school"]
        case .startDate: return ["startdate"]
        case .endDate: return ["enddate"]
        case .degreeName: return ["degreename", "degree"]
        case .url: return ["url", "profileurl", "linkedinurl"]
        case .emailAddress: return ["emailaddress", "email"]
        case .company: return ["company", "companyname"]
        case .position: return ["position", "title", "jobtitle"]
        case .connectedOn: return ["connectedon", "connected"]
        case .from: return ["from"]
        case .to: return ["to"]
        case .sentAt: return ["sentat", "date"]
        case .message: return ["message"]
        case .direction: return ["direction"]
        case .inviterProfileURL: return ["inviterprofileurl", "inviterprofileurn"]
        case .inviteeProfileURL: return ["inviteeprofileurl", "inviteeprofileurn"]
        case .endorsementDate: return ["endorsementdate"]
        case .skillName: return ["skillname"]
        case .personFirstName: return ["endorserfirstname", "endorseefirstname"]
        case .personLastName: return ["endorserlastname", "endorseelastname"]
        case .personURL: return ["endorserpublicurl", "endorseepublicurl"]
        case .endorsementStatus: return ["endorsementstatus"]
        case .jobTitle: return ["jobtitle"]
        case .text: return ["text"]
        case .creationDate: return ["creationdate"]
        case .status: return ["status"]
        case .conversationID: return ["conversationid"]
        case .conversationTitle: return ["conversationtitle"]
        case .senderProfileURL: return ["senderprofileurl"]
        case .recipientProfileURLs: return ["recipientprofileurls"]
        case .date: return ["date"]
        case .subject: return ["subject"]
        case .content: return ["content"]
        case .folder: return ["folder"]
        case .isMessageDraft: return ["ismessagedraft"]
        }
    }
}
