import Testing
import EventModel
@testable import Ingest

/// A perfect participle ("having negotiated savings with X") tells what was done before the clause
/// it hangs on; that clause's hedge ("is hoping to", "could") is not its own. "denied having met"
/// did not happen. Invented names only.
@Suite struct PerfectParticipleModalityTests {
    @Test func hedgedClauseLeavesTheParticipleAsserted() {
        let x = Extracted("Tom Obi is hoping to raise output, having negotiated savings with Ann Roe last year.")
        #expect(x.events(.negotiate).map(\.modality) == [.asserted], "\(x.events(.negotiate).map(\.modality))")
        let y = Extracted("Tom Obi could resign, having held talks with Ann Roe.")
        #expect(y.events(.negotiate).map(\.modality) == [.asserted], "\(y.events(.negotiate).map(\.modality))")
    }

    @Test func deniedHavingMet() {
        let x = Extracted("Tom Obi denied having met Ann Roe in Lima.")
        #expect(x.events(.meet).map(\.modality) == [.negated], "\(x.events(.meet).map(\.modality))")
    }

    // Near miss: a hedge on the trigger's own clause stays.
    @Test func hedgeOnTheOwnClauseStays() {
        let x = Extracted("Tom Obi is hoping to hold talks with Ann Roe.")
        #expect(x.events(.negotiate).allSatisfy { $0.modality != .asserted }, "\(x.events(.negotiate).map(\.modality))")
    }
}
