import Testing
import EventModel
@testable import Ingest

/// What a hedge governs (session 23). "hoping to strike a deal at a June summit": the summit is
/// the occasion the hope is set at, taken as given and still ahead (planned). "paved the way for
/// talks": the talks are only made possible (hypothetical). Invented names.
@Suite struct VenueAndWayModalityTests {
    @Test(arguments: [
        "The European Union is hoping to strike a deal at a June summit.",
        "EU ministers could agree the budget at the spring summit in Brussels.",
    ])
    func venueOfAHedgeIsPlanned(_ text: String) {
        // (No article date: a dated future time would make it planned anyway.)
        let x = Extracted(text)
        #expect(x.meetingEvents.contains { $0.modality == .planned }, "\(x.meetingEvents.map(\.modality))")
    }

    @Test(arguments: [
        "The deal paved the way for direct talks between Ann Roe and Tom Obi.",
        "The vote opened the door to formal negotiations between Ann Roe and Tom Obi.",
    ])
    func madePossibleIsHypothetical(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(!x.meetingEvents.isEmpty && x.meetingEvents.allSatisfy { $0.modality == .hypothetical }, "\(x.meetingEvents.map(\.modality))")
    }

    @Test(arguments: [
        "Tarco Bank and Velo Motors agreed on Friday to open formal talks.",
        "The deal to open formal talks between Tarco Bank and Velo Motors came after a long row.",
    ])
    func talksSettledToStartArePlanned(_ text: String) {
        let x = Extracted(text)
        #expect(!x.meetingEvents.isEmpty && x.meetingEvents.allSatisfy { $0.modality == .planned }, "\(x.meetingEvents.map(\.modality))")
    }

    @Test func doorLeftOpenIsHypothetical() {
        let x = Extracted("Tarco Bank left the door open for talks with Velo Motors.")
        #expect(!x.meetingEvents.isEmpty && x.meetingEvents.allSatisfy { $0.modality == .hypothetical }, "\(x.meetingEvents.map(\.modality))")
    }

    // Near misses: a hoped-for meeting is still hedged; a door walked through is no cue.
    @Test func hopedMeetingStaysHypothetical() {
        let x = Extracted(" date 2025-03-10\nAnn Roe is hoping to meet Tom Obi.")
        #expect(x.meetingEvents.allSatisfy { $0.modality == .hypothetical }, "\(x.meetingEvents.map(\.modality))")
    }

    @Test func doorWalkedThroughIsNoCue() {
        let x = Extracted(" date 2025-03-10\nAnn Roe walked through the door to meet Tom Obi.")
        #expect(x.meetingEvents.contains { $0.modality == .asserted }, "\(x.meetingEvents.map(\.modality))")
    }
}
