import Testing
import EventModel
@testable import Ingest

/// A lone word that opens an organisation's name stands for it later in the article
/// (EntityLinker.organisationFirstWords), and two nested mentions of talks far apart are two
/// events (EventMerger.nestedMentionDistance). Invented sentences with near misses.
@Suite struct OrganisationShortFormTests {
    let march = CalendarDate(year: 2021, month: 3, day: 9)

    private func organisations(_ x: Extracted) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for e in x.doc.entities where e.type == .organization { out[e.name] = e.aliases.sorted() }
        return out
    }

    @Test(arguments: [
        ("Shares in Koyama Securities rose on Friday. Koyama said profits had doubled.", "Koyama Securities", "Koyama"),
        ("Analysts at Bramwell Holdings cut their forecast. Bramwell expected slower growth.", "Bramwell Holdings", "Bramwell"),
        ("Vestergaard Bank shed 400 jobs. Vestergaard said the cuts would save money.", "Vestergaard Bank", "Vestergaard"),
        ("The board of Orvanta Motors met on Monday, and Orvanta later confirmed the sale.", "Orvanta Motors", "Orvanta"),
    ])
    func loneFirstWordIsTheOrganisation(_ text: String, _ full: String, _ short: String) {
        let x = Extracted(text, date: march)
        #expect(organisations(x)[full] == [short], "\(x.doc.entities.map { ($0.name, $0.type, $0.aliases) })")
        #expect(x.doc.entities.filter { $0.name == short }.isEmpty, "a separate \(short) entity")
    }

    /// A person the article names in full keeps the surname; a place keeps its name.
    @Test func personAndPlaceKeepTheirNames() {
        let x = Extracted("Bramwell Holdings hired Lena Bramwell as adviser. Bramwell said she was delighted.", date: march)
        #expect(x.entity("Lena Bramwell")?.aliases.contains("Bramwell") == true,
                "\(x.doc.entities.map { ($0.name, $0.type, $0.aliases) })")
        #expect(organisations(x)["Bramwell Holdings"] == [])

        let y = Extracted("Fans of Manchester United gathered early. Police in Manchester closed two roads.", date: march)
        #expect(y.entity("Manchester")?.type == .location)
    }

    /// Words that open names without standing for them.
    @Test(arguments: [
        // a nationality: the country's adjective, not the airline
        "British Airways cancelled flights. British ministers said the strike was regrettable.",
        // two organisations open with the same word: which one is not said
        "Varnholt Bank and Varnholt Insurance both fell. Varnholt said nothing.",
        // a common word the article writes in lower case too
        "Pioneer Foods reported a loss. Pioneer farmers were not surprised, and a pioneer spirit was gone.",
    ])
    func openingWordsThatAreNoShortForm(_ text: String) {
        let x = Extracted(text, date: march)
        #expect(organisations(x).keys.contains { $0.contains(" ") }, "no organisation read: \(x.doc.entities.map(\.name))")
        for (name, aliases) in organisations(x) where name.contains(" ") {
            #expect(aliases.isEmpty, "\(name) took \(aliases)")
        }
    }

    /// Talks of a pair with a regulator, and the pair's own talks paragraphs later, are two
    /// events; the same nested mention in the next sentence is one.
    @Test func nestedTalksFarApartAreTwoEvents() {
        let far = Extracted("""
            Koyama Securities and Halden Finance have held talks with Norwegian regulators. \
            Shares rose. Traders were cautious. Volumes were thin. The yen fell. \
            Koyama Securities said it had held talks with Halden Finance on cooperation.
            """, date: march)
        #expect(far.doc.events.filter { $0.type.isMeeting }.count == 2,
                "\(far.doc.events.map { ($0.type, far.names($0)) })")

        let near = Extracted("""
            Koyama Securities and Halden Finance have held talks with Norwegian regulators. \
            Koyama Securities said the talks with Halden Finance went well.
            """, date: march)
        #expect(near.doc.events.filter { $0.type.isMeeting }.count == 1,
                "\(near.doc.events.map { ($0.type, near.names($0)) })")
    }
}

/// "KR Lantern ... talks with Lantern": an acronym before a common word that is nobody's surname
/// is a body's name, and its last word written alone later is that body, even as a common word
/// (TypeRefiner, session 21). Invented names.
@Suite struct AcronymBodyShortFormTests {
    let date = CalendarDate(year: 2005, month: 1, day: 10)

    @Test func acronymBeforeCommonWordIsABody() {
        let x = Extracted("KR Lantern is in trouble. Shares in KR Lantern fell.", date: date)
        #expect(x.entity("KR Lantern")?.type == .organization, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    @Test func itsLastWordAloneIsTheBody() {
        let x = Extracted("KR Lantern is in trouble. Tarco Auto is in negotiations with Lantern and Norvex Steel to take a stake.", date: date)
        #expect(x.meetingParties.contains { $0.contains("KR Lantern") && $0.contains("Tarco Auto") }, "\(x.meetingParties)")
        #expect(x.doc.entities.filter { $0.name == "Lantern" }.isEmpty, "\(x.doc.entities.map(\.name))")
    }

    // Near misses: initials before a surname are a person; a shouted headline word is no acronym.
    @Test func initialsBeforeASurnameAreAPerson() {
        let x = Extracted("JK Rowling met the press on Monday.", date: date)
        #expect(x.entity("JK Rowling")?.type == .person, "\(x.doc.entities.map { ($0.name, $0.type) })")
    }

    @Test func lowercaseUseKeepsTheWordCommon() {
        let x = Extracted("KR Lantern is in trouble. The lantern was lit. Lantern sales fell.", date: date)
        #expect(x.doc.entities.filter { $0.name == "Lantern" }.isEmpty, "\(x.doc.entities.map(\.name))")
    }
}
