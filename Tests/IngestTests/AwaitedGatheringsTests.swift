import Testing
import EventModel
@testable import Ingest

/// "Ahead of talks with Y on Friday, X said ...": a gathering told as still awaited is planned,
/// and its weekday is the coming one. Invented names; the article date is Monday 10 March 2025.
@Suite struct AwaitedGatheringsTests {
    @Test(arguments: [
        ("Ahead of talks with Tarco Bank on Friday, Norvex Motors said it may sell.", "2025-03-14"),
        ("Ahead of Friday's meeting with Ann Roe, Ivo Berg said he was hopeful.", "2025-03-14"),
        ("On the eve of the summit with Ann Roe, Ivo Berg said he was hopeful.", nil),
        ("In the run-up to his meeting with Ann Roe on Thursday, Ivo Berg stayed silent.", "2025-03-13"),
    ] as [(String, String?)])
    func awaitedIsPlanned(_ text: String, _ day: String?) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        let e = x.meetingEvents
        #expect(e.count == 1)
        #expect(e.first?.modality == .planned)
        #expect(e.first?.time?.value == day, "\(String(describing: e.first?.time))")
    }

    // Near miss: a meeting before something else awaited is told as done.
    @Test func meetingBeforeAnAwaitedVoteHappened() {
        let x = Extracted(" date 2025-03-10\nIvo Berg met Ann Roe on Friday ahead of the vote.")
        #expect(x.meetingEvents.first?.modality == .asserted)
        #expect(x.meetingEvents.first?.time?.value == "2025-03-07")
    }
}

/// "The summit is thought unlikely to produce a deal": a forecast of what a meeting will bring
/// makes the meeting planned; doubting that it takes place makes it hypothetical.
@Suite struct ForecastOutcomeTests {
    @Test(arguments: ["The G7 meeting is thought unlikely to produce any change.",
                      "The NATO summit is expected to approve the plan.",
                      "The EU summit is likely to end in a row."])
    func forecastOutcomeIsPlanned(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.events(.meet).map(\.modality) == [.planned])
    }

    @Test func doubtedSummitIsHypothetical() {
        let x = Extracted(" date 2025-03-10\nThe NATO summit is unlikely to take place.")
        #expect(x.events(.meet).allSatisfy { $0.modality == .hypothetical })
    }
}
