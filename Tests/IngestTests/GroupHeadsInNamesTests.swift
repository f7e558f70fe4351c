import Testing
import EventModel
@testable import Ingest

/// A group noun is no unnamed group when it is a title before a person's name or a word of a
/// proper name; well-known NGOs are named organisations, not unnamed groups. Invented sentences,
/// near misses included: real unnamed groups stay.
@Suite struct GroupHeadsInNamesTests {
    private func groups(_ x: Extracted) -> [String] {
        x.doc.entities.filter { $0.subtype == "group" }.map(\.name)
    }

    @Test(arguments: [
        ("Former welfare minister Jon Kale MP said the prime minister should sack Mr Dunn.", "Jon Kale"),
        ("Union leader Petra Anselm met the chairman of Corvane Motors on Friday.", "Petra Anselm"),
        ("The talks were led by farm spokesman Idris Colley in Leeds.", "Idris Colley"),
    ])
    func aTitleBeforeANameIsThePerson(_ text: String, _ person: String) {
        let x = Extracted(text)
        #expect(x.entity(person)?.type == .person, "\(person) in \(text)")
        #expect(!groups(x).contains { $0.hasSuffix("minister") || $0.hasSuffix("leader") || $0.hasSuffix("spokesman") },
                "\(groups(x)) in \(text)")
    }

    @Test func theTitledPersonIsTheAgent() {
        let x = Extracted("The finance minister Ilse Varga, a keen sailor, made a surprise trip to Malta on Monday.")
        #expect(x.events(.visit).map { x.names($0, .agent) } == [["Ilse Varga"]])
        let y = Extracted("Former welfare minister Jon Kale MP said the prime minister should sack Mr Dunn.")
        #expect(y.events(.statement).map { y.names($0, .agent) } == [["Jon Kale"]])
    }

    @Test(arguments: [
        "Mother Nature will decide the harvest, said the trader Ola Brandt.",
        "The local group Families Against Knife Crime said he should not be working.",
        "\"This shows how the Union helps people,\" he said after meeting Ana Dusek.",
    ])
    func aGroupWordInsideANameIsNoGroup(_ text: String) {
        let x = Extracted(text)
        #expect(!groups(x).contains { $0.contains("Mother") || $0.contains("Families") || $0.contains("Union") },
                "\(groups(x)) in \(text)")
    }

    @Test func unnamedGroupsStay() {
        let x = Extracted("Officials met with striking miners in Tarnow. The minister later met union leaders.")
        let found = groups(x)
        #expect(found.contains { $0.lowercased() == "officials" }, "\(found)")
        #expect(found.contains { $0.lowercased().hasSuffix("miners") }, "\(found)")
        #expect(found.contains { $0.lowercased().hasSuffix("leaders") }, "\(found)")
    }

    @Test func officialAsAnAdjectiveIsNoGroup() {
        let x = Extracted("The prime minister's official spokesman met reporters. An official report says costs rose.")
        #expect(!groups(x).contains { $0.lowercased().hasSuffix("official") }, "\(groups(x))")
        let y = Extracted("A senior official met with union leaders in Tarnow on Monday.")
        #expect(groups(y).contains { $0.lowercased().hasSuffix("official") }, "\(groups(y))")
    }

    /// One unnamed person is a person (subtype `group`, the mark of the unnamed); a body or a
    /// plural group stays an organisation.
    @Test func anUnnamedPersonIsAPerson() {
        let x = Extracted("The minister met with union leaders in Tarnow. Later the woman met with the government.")
        let unnamed = x.doc.entities.filter { $0.subtype == "group" }
        #expect(unnamed.first { $0.name.lowercased() == "minister" }?.type == .person, "\(unnamed.map { ($0.name, $0.type) })")
        #expect(unnamed.first { $0.name.lowercased() == "woman" }?.type == .person, "\(unnamed.map { ($0.name, $0.type) })")
        #expect(unnamed.first { $0.name.lowercased().hasSuffix("leaders") }?.type == .organization)
        #expect(unnamed.first { $0.name.lowercased() == "government" }?.type == .organization)
    }

    @Test(arguments: ["Oxfam", "Greenpeace", "Human Rights Watch"])
    func aWellKnownCharityIsANamedOrganisation(_ name: String) {
        let x = Extracted("\(name) welcomed the statement on Tuesday.")
        #expect(x.entity(name)?.type == .organization)
        #expect(x.entity(name)?.subtype == "ngo")
    }
}
