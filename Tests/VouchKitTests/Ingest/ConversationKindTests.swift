import Testing

@testable import VouchIngest

/// Which opening messages make a conversation count little.
struct ConversationKindTests {
    func discounted(subject: String = "", title: String = "", content: String) -> Bool {
        Array(subject.utf8).withUnsafeBufferPointer { subject in
            Array(title.utf8).withUnsafeBufferPointer { title in
                Array(content.utf8).withUnsafeBufferPointer { content in
                    ConversationKind.isDiscounted(subject: subject, title: title, content: content)
                }
            }
        }
    }

    @Test func inMailBodiesAreHTML() {
        #expect(discounted(content: "<p>Hi Dana,</p><p>An opportunity</p>"))
        #expect(discounted(content: "  <!DOCTYPE html><html>"))
        #expect(!discounted(content: "<3 see you Sunday"))
        #expect(!discounted(content: "< 5 minutes, promise"))
        #expect(!discounted(content: "Thanks for the intro!"))
    }

    @Test func subjectsAndTitlesNamingRecruitingOrApplications() {
        #expect(discounted(subject: "Senior Director OPPORTUNITY", content: "Hi"))
        #expect(discounted(subject: "Your application to Acme", content: "Thanks"))
        #expect(discounted(title: "InMail from a recruiter", content: "Hi"))
        #expect(!discounted(subject: "Lunch on Thursday?", content: "Hi"))
        #expect(!discounted(title: "Riverside Referral Circle", content: "Reminder"))
    }
}
