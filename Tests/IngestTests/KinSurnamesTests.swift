import Testing
import EventModel
@testable import Ingest

/// A person named only by one word as the wife, son, daughter, brother or sister of someone named
/// in full right before carries that surname ("Tom Obi and his wife, Zorella" -> Zorella Obi); a
/// given name after a kin noun is a person even where a town has the name. Invented names only.
@Suite struct KinSurnamesTests {
    @Test func wifeAfterAndHis() {
        let x = Extracted("Tom Obi and his wife, Zorella, met Ann Roe in Lima on Monday.")
        #expect(x.entity("Zorella Obi")?.type == .person, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Zorella Obi")?.aliases == ["Zorella"])
        // (A given name a place also has is the person after a kin noun.)
        let y = Extracted("Tom Obi and his wife, Victoria, arrived in Lima.")
        #expect(y.entity("Victoria Obi")?.type == .person, "\(y.doc.entities.map(\.name))")
    }

    @Test func possessiveOwner() {
        let x = Extracted("Tom Obi's daughter Mirela met Ann Roe. Eva Lind's wife, Katrin, met Hans Vogel in Oslo.")
        #expect(x.entity("Mirela Obi")?.type == .person, "\(x.doc.entities.map(\.name))")
        #expect(x.entity("Katrin Lind")?.type == .person, "\(x.doc.entities.map(\.name))")
    }

    // Near misses: "her son" may carry his father's name; a `his` further off may mean anyone; a
    // husband keeps his own; a name given in full elsewhere stays.
    @Test func looseOwnersAndFullNamesStay() {
        let x = Extracted("Ann Roe and her son Mirela arrived. Eva Lind spoke, and his daughter Zorella wept. Ann Roe and her husband, Tomas, left.")
        for name in ["Mirela", "Zorella", "Tomas"] { #expect(x.entity(name)?.type == .person, "\(name): \(x.doc.entities.map(\.name))") }
        let y = Extracted("Tom Obi and his wife, Zorella, arrived. Zorella Kanu said she was glad.")
        #expect(y.entity("Zorella Obi") == nil, "\(y.doc.entities.map(\.name))")
    }
}
