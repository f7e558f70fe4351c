import Testing
import EventModel
@testable import Ingest

/// A head of state or government's surname written alone, in an article dated in their term, is
/// that person even when the word is also a common one ("He said Trump should ..." in 2017), named
/// as the office-holder list writes the name; without a date, or when the article names someone
/// else of that surname in full, nothing is added. (Real office holders: the list is general
/// knowledge; the sentences are invented.)
@Suite struct HolderSurnamesTests {
    @Test func loneSurnameInTheTerm() {
        let x = Extracted(" date 2017-09-14 Speech\n\nAides said Trump would address the UN General Assembly next week.")
        #expect(x.entity("Donald Trump")?.type == .person, "\(x.doc.entities.map(\.name))")
        #expect(x.meetingParties == [["Donald Trump", "UN General Assembly"]], "\(x.meetingParties)")
    }

    // Near misses: outside the term, with no date, a namesake named in full, the common word.
    @Test func otherwiseNothingIsAdded() {
        let x = Extracted(" date 2009-09-14 Cards\n\nAides said Trump would address the UN General Assembly next week.")
        #expect(x.entity("Donald Trump") == nil, "\(x.doc.entities.map(\.name))")
        let y = Extracted("Aides said Trump would address the UN General Assembly next week.")
        #expect(y.entity("Donald Trump") == nil, "\(y.doc.entities.map(\.name))")
        let z = Extracted(" date 2017-09-14 Ivanka\n\nIvanka Trump spoke in Lima. Trump said the talks went well.")
        #expect(z.entity("Donald Trump") == nil, "\(z.doc.entities.map(\.name))")
        let w = Extracted(" date 2017-09-14 Cards\n\nThat card will trump all others.")
        #expect(w.doc.entities.isEmpty, "\(w.doc.entities.map(\.name))")
    }

    /// Once the article writes the surname alone as the holder, the same surname after a title
    /// is that holder too: one entity, where there were a `Trump` and a `Donald Trump`. A titled
    /// surname with no lone use keeps the name the article writes.
    @Test func titledSurnameJoinsTheNamedHolder() {
        let x = Extracted(" date 2017-12-20 Lunar plans\n\nOn Monday, President Trump signed an order on lunar flights. Critics called Trump's order thin.")
        #expect(x.doc.entities.filter { $0.type == .person }.map(\.name) == ["Donald Trump"], "\(x.doc.entities.map(\.name))")
        let y = Extracted(" date 2017-12-20 Lunar plans\n\nOn Monday, President Trump signed an order on lunar flights.")
        #expect(y.doc.entities.filter { $0.type == .person }.map(\.name) == ["Trump"], "\(y.doc.entities.map(\.name))")
    }

    /// The holder's own title before a surname the article also gives someone else in full
    /// (`President Obama` in a 2016 report naming Michelle Obama) is the holder in office, and so
    /// is the surname alone or after `Mr` then; after `Mrs` it stays hers. Without a date the list
    /// says nothing.
    @Test func titledHolderBesideANamesake() {
        let text = "Michelle Obama spoke in Ohio. Later, Donald Trump met President Obama for the first time. Trump said Obama was a good man. Mrs Obama gave a tour."
        let x = Extracted(" date 2016-11-11 Visit\n\n" + text)
        let byText = x.doc.mentions.filter { $0.text.hasSuffix("Obama") }.map { ($0.text, x.doc.entities[$0.entity].name) }
        #expect(byText.map(\.1) == ["Michelle Obama", "Barack Obama", "Barack Obama", "Michelle Obama"], "\(byText)")
        let y = Extracted(text)
        #expect(y.entity("Barack Obama") == nil, "\(y.doc.entities.map(\.name))")
    }
}

