import Testing
import EventModel
@testable import Ingest

/// A personal pronoun agrees with the sex an honorific or a kin noun gives ("Mr Sears", "Ms Druyun",
/// "her father, Ivo Roe"); `her` before a preposition is an object; a surname used alone before a
/// relative of that surname is named in full is not the relative. Invented names and sentences only.
@Suite struct PronounSexTests {
    @Test func sheSkipsAMan() {
        let x = Extracted("Mr Sears said Ms Druyun was in charge when she met Tom Obi.")
        #expect(x.meetingParties == [["Druyun", "Tom Obi"]], "\(x.meetingParties)")
    }

    @Test func heSkipsAWoman() {
        let x = Extracted("Mrs Lind said Mr Berg was tired after he met Tom Obi.")
        #expect(x.meetingParties == [["Berg", "Tom Obi"]], "\(x.meetingParties)")
    }

    @Test func objectHerBeforeTo() {
        let x = Extracted("Ms Roe said Mr Obi had invited her to visit Lima.")
        #expect(x.events(.visit).map { x.names($0, .agent) } == [["Roe"]], "\(x.events(.visit).map { x.names($0) })")
    }

    @Test func laterHerIsTheEarlierShe() {
        let x = Extracted("Ms Roe was angry. She thought she could clear it up, so she took Ann Herman with her and asked Mr Weber to meet her in a bar.")
        #expect(x.meetingParties.contains(["Roe", "Weber"]), "\(x.meetingParties)")
        #expect(!x.meetingParties.contains(["Ann Herman", "Weber"]), "\(x.meetingParties)")
    }

    @Test func subjectOfALightVerbAfterTo() {
        let x = Extracted("Lars Berg urged Nina Holt to hold talks with the rebels.")
        #expect(x.meetingEvents.map { x.names($0, .agent) } == [["Nina Holt"]], "\(x.meetingEvents.map { x.names($0) })")
    }

    @Test func surnameBeforeARelativeNamedInFull() {
        let x = Extracted("Roe says she met Tom Obi in Paris. Her brother, Ivo Roe, is a banker.")
        #expect(x.meetingParties == [["Roe", "Tom Obi"]], "\(x.meetingParties)")
    }

    // Near misses.
    @Test func sharedSurnameSaysNoSex() {
        // "Mrs Vance" may be linked to either Vance: the pronoun reads as before.
        let x = Extracted("Tom Vance and his wife Ann Vance arrived. Mrs Vance smiled. Tom Vance said he met Ivo Berg.")
        #expect(x.meetingParties.contains(["Tom Vance", "Ivo Berg"]), "\(x.meetingParties)")
    }

    @Test func possessiveHerStays() {
        // "her mother": `her` is a possessive, so the meeting is with the mother, not with Ann Roe herself.
        let x = Extracted("Ann Roe met her mother in Lima.")
        #expect(x.meetingParties == [["Ann Roe", "mother"]], "\(x.meetingParties)")
    }

    @Test func relativeNamedFirstKeepsTheSurname() {
        let x = Extracted("Her father, Ivo Roe, is a banker. Roe met Tom Obi in Paris.")
        #expect(x.meetingParties == [["Ivo Roe", "Tom Obi"]], "\(x.meetingParties)")
    }

    // An unnamed person who opens the pronoun's sentence (UnnamedPersonPronouns).
    @Test func sheIsTheWomanWhoOpensTheSentence() {
        let x = Extracted("Singer Max Duro was sued by a stylist. The woman waited a year because she was trying to negotiate a deal with Velo Records.")
        #expect(x.meetingParties == [["Velo Records", "woman"]], "\(x.meetingParties)")
    }

    @Test func heIsTheManWhoOpensTheSentence() {
        let x = Extracted("Police say Ann Roe was robbed. The elderly man was upset because he had met Ivo Berg in a park.")
        #expect(x.meetingParties == [["Ivo Berg", "elderly man"]], "\(x.meetingParties)")
    }

    @Test func unnamedPersonOfTheOtherSexIsPassedOver() {
        let x = Extracted("Mr Tom Obi chaired the board. The woman was angry because he had met Ivo Berg in Rome.")
        #expect(x.meetingParties == [["Tom Obi", "Ivo Berg"]], "\(x.meetingParties)")
    }

    @Test func personNamedBetweenIsNearer() {
        // (Not "The woman who hired Ann Roe said she met ...": there the woman is the one who said,
        // RestrictiveRelativeSubjects, and `she` is more likely her.)
        let x = Extracted("The woman's lawyer, Ann Roe, said she met Ivo Berg in Rome.")
        #expect(x.meetingParties == [["Ann Roe", "Ivo Berg"]], "\(x.meetingParties)")
    }
}
