import Testing
import EventModel
@testable import Ingest

/// `they` opening a sentence goes on with the two people who were the subject of the sentence
/// before, not with a group named after them (TheyPairs). Invented names.
@Suite struct TheyPairsTests {
    @Test(arguments: [
        "Last week Ann Roe and Tom Obi met fans from both clubs. They plan to hold a summit next month with the Tarvale Rovers board.",
        "Ann Roe and Foreign Minister Tom Obi met the families. They will hold talks on Friday with Tarvale Rovers.",
        "Ann Roe and Tom Obi visited the camp. But they also held talks with Tarvale Rovers.",
    ])
    func theyIsThePair(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains { $0.isSuperset(of: ["Ann Roe", "Tom Obi", "Tarvale Rovers"]) }, "\(x.meetingParties)")
    }

    // Near misses: the pair was no subject, or `they` does not open its sentence.
    @Test(arguments: [
        "Eva Lind met Ann Roe and Tom Obi. They will hold talks on Friday with Tarvale Rovers.",
        "Ann Roe and Tom Obi met the families. Officials said they will hold talks on Friday with Tarvale Rovers.",
    ])
    func otherTheyIsNoPair(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(!x.meetingParties.contains { $0.isSuperset(of: ["Ann Roe", "Tom Obi", "Tarvale Rovers"]) }, "\(x.meetingParties)")
    }
}

/// A couple's first encounter told after `after` (session 21): "They were first linked in 2014 after
/// they met on the set of a show" is a meeting of the pair, not dated by the linking's year, and a
/// show in a phrase of its own is no "thing met". Invented names.
@Suite struct CoupleFirstEncounterTests {
    private let date = CalendarDate(year: 2017, month: 11, day: 10)

    @Test func laterTheyOfATheySentenceIsThePair() {
        let x = Extracted("Ann Roe and Tom Obi are engaged. They were first linked in 2014 after they met on the set of a show.", date: date)
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
        #expect(x.meetingEvents.first?.time == nil, "\(String(describing: x.meetingEvents.first?.time))")
    }

    @Test(arguments: ["Ann Roe and Tom Obi met on the set of a show.", "Ann Roe and Tom Obi met while filming a show."])
    func aShowInItsOwnPhraseIsNoThingMet(_ text: String) {
        let x = Extracted(text, date: date)
        #expect(x.meetingParties == [["Ann Roe", "Tom Obi"]], "\(x.meetingParties)")
    }

    // Near misses: a group between the two `they`s; a thing met right after the verb; a time
    // that opens the sentence still dates it.
    @Test func groupBetweenKeepsTheSecondTheyOpen() {
        let x = Extracted("Ann Roe and Tom Obi are engaged. They said the fans were happy after they met the band.", date: date)
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
    }

    @Test func thingMetRightAfterTheVerbIsNoMeeting() {
        let x = Extracted("Tarco Bank met its own sales targets for the quarter.", date: date)
        #expect(x.meetingParties.isEmpty, "\(x.meetingParties)")
    }

    @Test func openingTimeStillDates() {
        let x = Extracted("In 2014, after a long delay, Ann Roe met Tom Obi.", date: date)
        #expect(x.meetingEvents.first?.time?.value == "2014", "\(String(describing: x.meetingEvents.first?.time))")
    }
}

/// `they` after a clause whose subject and object are the only two people named in it
/// (session 23): "Tom Obi found his daughter Ella. They met in Leeds." Invented names.
@Suite struct TheyAfterTwoPeopleTests {
    @Test(arguments: [
        "Tom Obi found his long-lost daughter Ella Marsh last spring. They met in Leeds a week later.",
        "Tom Obi says he rang Ella Marsh as soon as he got her letter, they met up and have been close since.",
        "Tom Obi wrote to Ella Marsh in March, and they met in Leeds in May.",
    ])
    func theyIsSubjectAndObject(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(x.meetingParties.contains { $0.isSuperset(of: ["Tom Obi", "Ella Marsh"]) }, "\(x.meetingParties)")
    }

    // Near misses: a group or a third person named in the clause; `they` inside a reported clause.
    @Test(arguments: [
        "Tom Obi told the fans about Ella Marsh. They met in Leeds a week later.",
        "Tom Obi wrote to Ella Marsh and Ivo Berg in March, and they met in Leeds in May.",
        "Tom Obi found Ella Marsh last spring. Officials said they met in Leeds a week later.",
    ])
    func otherTheyIsNotThePair(_ text: String) {
        let x = Extracted(" date 2025-03-10\n\(text)")
        #expect(!x.meetingParties.contains { $0 == ["Tom Obi", "Ella Marsh"] }, "\(x.meetingParties)")
    }
}
