import Testing
import EventModel
@testable import Ingest

/// Talks that parties agree to hold: "X agreed with Y to enter into talks" names both sides;
/// "agreed to meet", "promised to visit" are planned, as a decided future meeting is; "both
/// sides agreed to begin talks" are the two countries named before. Invented names and
/// sentences only.
@Suite struct AgreedTalksTests {
    private let date = CalendarDate(year: 2017, month: 11, day: 6)

    @Test func agreedWithACounterpartToEnterIntoTalks() {
        let x = Extracted("The Norvex Party has agreed with the left-leaning Union Party to enter into talks on a coalition.", date: date)
        #expect(x.meetingParties == [["Norvex Party", "Union Party"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first?.modality == .planned)
    }

    @Test func agreedWithAPersonToMeet() {
        let x = Extracted("Ann Roe agreed with Ivo Berg to hold talks next week.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
    }

    @Test func agreedToMeetIsPlannedAndItsMonthIsAhead() {
        let x = Extracted("Peru and Chile agreed to meet in March.", date: date)
        #expect(x.meetingEvents.first?.modality == .planned)
        #expect(x.meetingEvents.first?.time?.value == "2018-03", "\(String(describing: x.meetingEvents.first?.time))")
        let y = Extracted("Ann Roe promised to visit Kenya.", date: date)
        #expect(y.events(.visit).first?.modality == .planned)
    }

    @Test func bothSidesAfterTwoCountries() {
        let x = Extracted("Peru and Chile opened a new border crossing on Monday. Both sides agreed to begin talks on trade.", date: date)
        #expect(x.meetingParties == [["Peru", "Chile"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first?.modality == .planned)
    }

    // Near misses.
    @Test func agreedWithAViewIsNoTalks() {
        let x = Extracted("Ann Roe agreed with Ivo Berg that talks were needed.", date: date)
        #expect(!x.meetingParties.contains(["Ann Roe", "Ivo Berg"]), "\(x.meetingParties)")
    }

    /// A bare "the two" beside "both companies", or with no two people named, is the passage's two
    /// most named companies (session 21).
    @Test(arguments: [
        "Norvex Labs bid for Kelby Foods, Tom Obi said. Norvex Labs wants its brands. Shares in both companies were suspended while the two held talks.",
        "Norvex Labs bid for Kelby Foods. Kelby Foods said no. The two held talks on Monday.",
    ])
    func bareTwoAreTheTwoCompanies(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(x.meetingParties.contains(["Norvex Labs", "Kelby Foods"]), "\(x.meetingParties)")
    }

    @Test func bareTwoArePeopleWhenTwoAreNamed() {
        let x = Extracted("Ann Roe and Ivo Berg run Norvex Labs. The two met in Lima on Monday.", date: date)
        #expect(x.meetingParties.contains(["Ann Roe", "Ivo Berg"]), "\(x.meetingParties)")
    }

    @Test func bothAfterAPrepositionIsNoSubject() {
        let x = Extracted("Norvex Labs bought a stake in Kelby Foods from the Arden family. Shares in both companies were suspended while the two held talks.", date: date)
        #expect(!x.meetingParties.contains { $0.contains("Arden") }, "\(x.meetingParties)")
    }
}

/// "The two companies held talks" after a passage that names two companies and, in a list after
/// `include`, some of their brands: the brands are examples, not the two.
@Suite struct TwoCompaniesTests {
    @Test func theTwoCompaniesTheStoryIsAbout() {
        let x = Extracted("""
            Norvex Labs has rejected an offer from Kelby Foods. Norvex Labs, whose brands include Arbor Mills and Tamsin Holdings, \
            called the offer too low. The two companies held talks for four days.
            """)
        #expect(x.meetingParties == [["Norvex Labs", "Kelby Foods"]], "\(x.meetingParties)")
    }

    // Near miss: with only two named, they are the two.
    @Test func onlyTwoNamed() {
        let x = Extracted("Arbor Holdings and Kelby Group announced a plan. The two companies held talks for four days.")
        #expect(x.meetingParties == [["Arbor Holdings", "Kelby Group"]], "\(x.meetingParties)")
    }
}

/// "agreed to cut tariffs after talks on Tuesday": the talks came before what was agreed, so they
/// are over and their weekday is the last one (Modality: `agreed to` puts ahead only what is agreed).
@Suite struct TalksBeforeAnAgreementTests {
    @Test(arguments: [
        ("Ann Roe and Tom Obi agreed to cut tariffs after talks on Tuesday.", "2025-03-04"),
        ("Ann Roe agreed to lift the ban following talks with Tom Obi in February.", "2025-02"),
    ])
    func talksAreOver(_ text: String, _ date: String) {
        let x = Extracted(" date 2025-03-05\n\(text)")
        let talks = x.events(.negotiate)
        #expect(talks.count == 1 && talks[0].modality == .asserted, "\(talks.map(\.modality))")
        #expect(talks.first?.time?.value == date, "\(String(describing: talks.first?.time?.value))")
    }

    /// What is agreed, and talks after a future verb, are still to come.
    @Test func agreedTalksAndFutureAreAhead() {
        let agreed = Extracted(" date 2025-03-05\nAnn Roe agreed to hold talks with Tom Obi on Tuesday.")
        #expect(agreed.events(.negotiate).map(\.modality) == [.planned])
        let future = Extracted(" date 2025-03-05\nAnn Roe will cut tariffs after talks with Tom Obi on Tuesday.")
        #expect(future.events(.negotiate).map(\.modality) == [.planned])
    }
}
