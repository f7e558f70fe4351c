import Testing
import EventModel
@testable import Ingest

/// "The carmaker held talks with X": a definite description of a body stands for the organisation
/// an earlier sentence put first (DescribedBodies). Invented companies only.
@Suite struct DescribedBodiesTests {
    @Test(arguments: [
        "Norvex Motors cut 900 jobs on Monday. The carmaker held talks with Tarco Bank on Tuesday.",
        "Norvex Motors cut 900 jobs on Monday. Later the troubled carmaker met Tarco Bank.",
        "Norvex Motors cut 900 jobs on Monday. Tarco Bank held talks with the carmaker on Tuesday.",
        "Norvex Motors cut 900 jobs on Monday. Ahead of talks with Tarco Bank on Friday, the US carmaker said it may sell.",
    ])
    func descriptionIsTheBody(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains(["Norvex Motors", "Tarco Bank"]), "\(x.meetingParties)")
    }

    /// The body named before `said` in the description's own sentence: "the firm" in what it says.
    @Test func bodyOfTheSpeaker() {
        let x = Extracted(" date 2025-03-10\nOrlan Foods refused to comment. A director of the Dalvik Group said the firm had held talks with Ann Roe.")
        #expect(x.meetingParties.contains(["Dalvik Group", "Ann Roe"]), "\(x.meetingParties)")
    }

    // Near misses: a compound noun, a name after the body word, a city's body, a nationality among
    // several bodies, and a body named only in the description's own sentence as the other side.
    @Test func compoundsNamesAndAmbiguityAreNoReference() {
        let compound = Extracted(" date 2025-03-10\nNorvex Motors cut 900 jobs. The exchange rate held talks with nobody.")
        #expect(compound.meetingParties.isEmpty, "\(compound.meetingParties)")
        let city = Extracted(" date 2025-03-10\nNorvex Motors cut 900 jobs. The Lima exchange held talks with Tarco Bank.")
        #expect(!city.meetingParties.contains(["Norvex Motors", "Tarco Bank"]), "\(city.meetingParties)")
        let national = Extracted(" date 2025-03-10\nNorvex Motors met Tarco Bank and Orlan Foods. The German group held talks with Dalvik Steel.")
        #expect(national.meetingParties.allSatisfy { !$0.contains("Dalvik Steel") || $0.isDisjoint(with: ["Norvex Motors", "Tarco Bank", "Orlan Foods"]) },
                "\(national.meetingParties)")
        let own = Extracted(" date 2025-03-10\nAnn Roe spoke on Monday. Ahead of talks with Tarco Bank, the bank said it may sell.")
        #expect(own.meetingParties.allSatisfy { $0.count < 2 }, "\(own.meetingParties)")
    }

    /// "the cartel ... when it meets next week": the body an earlier sentence named, and its own session.
    @Test func cartelMeetsNextWeek() {
        let x = Extracted(" date 2025-03-10\nTraders cheered remarks by the oil minister of Opec member Algeria. Kemal Obi said the cartel was likely to keep output unchanged when it meets next week.")
        let m = x.events(.meet)
        #expect(m.map { x.names($0) } == [["OPEC"]], "\(m.map { x.names($0) })")
        #expect(m.first?.modality == .planned)
    }

    /// Bodies of states that meet as one (org-names.tsv, intergovernmental): their session alone is owed.
    @Test(arguments: ["The Southern African Development Community meets in Gaborone on Friday.",
                      "The Paris Club will meet on 12 April to discuss the debt."])
    func intergovernmentalSession(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.events(.meet).count == 1, "\(x.meetingParties)")
    }

    /// A code with digits named first (a flight, a handle) is passed over for the body after it.
    @Test func codesAreNoBodies() {
        let x = Extracted(" date 2025-03-10\nPassengers on TA175 from Lima to Quito were safe, Tarco Airways said. The airline said the crew was well.")
        let said = x.events(.statement).last.map { x.names($0, .agent) }
        #expect(said == ["Tarco Airways"], "\(String(describing: said)) \(x.doc.entities.map(\.name))")
    }

    /// A body of states named with digits is still one (`G20`), though codes are not.
    @Test func namesWithDigitsOfBodiesOfStates() {
        let x = Extracted(" date 2025-03-10\nThe G20 agreed a debt plan on Monday. The group held talks with the Paris Club on Tuesday.")
        #expect(x.meetingParties.contains(["G20", "Paris Club"]), "\(x.meetingParties) \(x.doc.entities.map(\.name))")
    }
}
