import Testing
import EventModel
@testable import Ingest

/// "met dozens of farmers", "a large number of local authorities", "some of the students": a
/// count of people before `of` leaves the group the party (EventFinder.preposition,
/// PartyModifierCues); "met with hundreds of complaints" stays no meeting.
@Suite struct QuantityGroupsTests {
    @Test(arguments: [
        ("Ann Roe met dozens of farmers in Lima on Monday.", "farmers"),
        ("Ann Roe met a large number of local authorities in Lima on Monday.", "authorities"),
        ("Ann Roe met some of the students in Lima on Monday.", "students"),
        ("Ann Roe held talks with two of the rebel leaders on Monday.", "leaders"),
        ("Ann Roe met with hundreds of local officials in Lima on Monday.", "officials"),
    ])
    func countedGroupIsTheParty(_ text: String, _ head: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains { $0.contains("Ann Roe") && $0.contains { $0.hasSuffix(head) } }, "\(x.meetingParties)")
    }

    @Test func countedThingsAreNoParty() {
        let x = Extracted(" date 2025-03-10\nThe plan met with hundreds of complaints on Monday.")
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
    }
}

/// A quotation running on into a new paragraph: its `I` is the speaker introduced before
/// (QuoteSpeakers.continuedQuoteSide, personOnly).
@Suite struct ContinuedQuoteITests {
    @Test func iOfAContinuedQuotation() {
        let x = Extracted(" date 2025-03-10\nMs Roe said: \"I listened to them. \"I have met Tom Obi in Lima many times.\"")
        #expect(x.meetingParties.contains { $0.contains("Tom Obi") && $0.contains { $0.hasSuffix("Roe") } }, "\(x.meetingParties)")
    }

    /// Another speaker attributed in between ends the quotation.
    @Test func anotherSpeakerInBetween() {
        let x = Extracted(" date 2025-03-10\nMs Roe said: \"I listened to them.\" It was fine, said Jo Lee. \"I have met Tom Obi in Lima.\"")
        #expect(!x.meetingParties.contains { $0.contains { $0.hasSuffix("Roe") } }, "\(x.meetingParties)")
    }
}
