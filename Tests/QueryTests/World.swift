import EventModel
import Foundation

/// The invented news the tests ask about, and the ids its rows got.
struct World {
    let db: FixtureDatabase
    // Entities.
    var qaani: Int64 = 0, kataib: Int64 = 0, airport: Int64 = 0, baghdad: Int64 = 0, iraq: Int64 = 0
    var ribeiro: Int64 = 0, moratinos: Int64 = 0, lisbon: Int64 = 0, bennani: Int64 = 0, rabat: Int64 = 0
    var us: Int64 = 0, soleimani: Int64 = 0, aliHassan: Int64 = 0, aliReza: Int64 = 0
    var quote: Int64 = 0, percent: Int64 = 0, injection: Int64 = 0, control: Int64 = 0
    // Events.
    var airportMeeting: Int64 = 0, iraqVisit: Int64 = 0, plannedMeeting: Int64 = 0, deniedMeeting: Int64 = 0
    var strike: Int64 = 0, rabatMeeting: Int64 = 0, undatedHosting: Int64 = 0, aliTalks: Int64 = 0
    var warning: Int64 = 0, hostileMeeting: Int64 = 0
    // Relations.
    var airportInBaghdad: Int64 = 0, baghdadInIraq: Int64 = 0, kataibBackedBy: Int64 = 0

    static let firstText = """
         date 2024-02-18 Esmail Qaani met Kataib Hezbollah leaders at Baghdad Airport in late January. \
        Qaani visited Iraq in January, officials said. \
        Ana Ribeiro will meet Miguel Moratinós in Lisbon in March. \
        Ribeiro did not meet Qaani in February. \
        The US killed Qassem Soleimani near Baghdad in 2020. \
        The Iran-backed Kataib Hezbollah is based near Baghdad Airport, which lies in Baghdad, the capital of Iraq. \
        Qaani warned that a strike on "Iran" could follow.
        """

    static let secondText = """
         date 2025-03-04 Moratinos met Karim Bennani in Rabat on 3 March 2025. \
        Bennani hosted a delegation. \
        Ali Hassan held talks with Ali Reza. \
        O'Brien met 100% Juice_Co and "; DROP TABLE events; -- in Rabat on 2 March 2025. \
        Bell\u{7}Man spoke.
        """

    init(_ db: FixtureDatabase) throws {
        self.db = db
        let a1 = try db.article(World.firstText, source: "fixture-one.txt", published: "2024-02-18",
                                title: "Quds Force chief in Baghdad")
        qaani = try db.entity("Esmail Qaani", .person, aliases: [("Qaani", "surname")])
        kataib = try db.entity("Kataib Hezbollah", .organization, subtype: "armed_group")
        airport = try db.entity("Baghdad Airport", .location, subtype: "facility")
        baghdad = try db.entity("Baghdad", .location, subtype: "city")
        iraq = try db.entity("Iraq", .location, subtype: "country")
        ribeiro = try db.entity("Ana Ribeiro", .person, aliases: [("Ribeiro", "surname")])
        moratinos = try db.entity("Miguel Moratinós", .person, aliases: [("Moratinós", "surname"), ("Moratinos", "surname")])
        lisbon = try db.entity("Lisbon", .location, subtype: "city")
        us = try db.entity("United States", .location, subtype: "country", aliases: [("US", "acronym")])
        soleimani = try db.entity("Qassem Soleimani", .person)
        let iran = try db.entity("Iran", .location, subtype: "country")

        let s0 = try db.sentence("Esmail Qaani met Kataib Hezbollah leaders at Baghdad Airport in late January.", in: a1)
        try db.mention("Esmail Qaani", of: qaani, in: s0)
        try db.mention("Kataib Hezbollah", of: kataib, in: s0)
        try db.mention("Baghdad Airport", of: airport, in: s0)
        airportMeeting = try db.event(.meet, trigger: "met", in: s0, participants: [(qaani, .agent), (kataib, .participant)],
                                      location: airport,
                                      time: .init(value: "2024-01", mod: "END", text: "late January",
                                                  start: "2024-01-21", end: "2024-01-31"))
        let s1 = try db.sentence("Qaani visited Iraq in January, officials said.", in: a1)
        try db.mention("Qaani", of: qaani, in: s1)
        try db.mention("Iraq", of: iraq, in: s1)
        iraqVisit = try db.event(.visit, trigger: "visited", in: s1, participants: [(qaani, .agent), (iraq, .participant)],
                                 time: .init(value: "2024-01", text: "January", start: "2024-01-01", end: "2024-01-31"))
        let s2 = try db.sentence("Ana Ribeiro will meet Miguel Moratinós in Lisbon in March.", in: a1)
        try db.mention("Ana Ribeiro", of: ribeiro, in: s2)
        try db.mention("Miguel Moratinós", of: moratinos, in: s2)
        try db.mention("Lisbon", of: lisbon, in: s2)
        plannedMeeting = try db.event(.meet, trigger: "will meet", in: s2, modality: .planned,
                                      participants: [(ribeiro, .agent), (moratinos, .participant)], location: lisbon,
                                      time: .init(value: "2024-03", text: "March", start: "2024-03-01", end: "2024-03-31"))
        let s3 = try db.sentence("Ribeiro did not meet Qaani in February.", in: a1)
        try db.mention("Ribeiro", of: ribeiro, in: s3)
        try db.mention("Qaani", of: qaani, in: s3)
        deniedMeeting = try db.event(.meet, trigger: "did not meet", in: s3, modality: .negated,
                                     participants: [(ribeiro, .agent), (qaani, .participant)],
                                     time: .init(value: "2024-02", text: "February", start: "2024-02-01", end: "2024-02-29"))
        let s4 = try db.sentence("The US killed Qassem Soleimani near Baghdad in 2020.", in: a1)
        try db.mention("US", of: us, in: s4)
        try db.mention("Qassem Soleimani", of: soleimani, in: s4)
        try db.mention("Baghdad", of: baghdad, in: s4)
        strike = try db.event(.kill, trigger: "killed", in: s4, participants: [(us, .agent), (soleimani, .patient)],
                              location: baghdad,
                              time: .init(value: "2020", text: "2020", start: "2020-01-01", end: "2020-12-31"))
        let s5 = try db.sentence("The Iran-backed Kataib Hezbollah is based near Baghdad Airport, which lies in Baghdad, the capital of Iraq.", in: a1)
        try db.mention("Iran", of: iran, in: s5)
        try db.mention("Kataib Hezbollah", of: kataib, in: s5)
        try db.mention("Baghdad Airport", of: airport, in: s5)
        try db.mention("Baghdad", of: baghdad, in: s5, after: 70)
        try db.mention("Iraq", of: iraq, in: s5)
        kataibBackedBy = try db.relation(kataib, .backedBy, iran, words: "Iran-backed", in: s5)
        airportInBaghdad = try db.relation(airport, .locatedIn, baghdad, words: "lies in Baghdad", in: s5)
        baghdadInIraq = try db.relation(baghdad, .locatedIn, iraq, words: "the capital of Iraq", in: s5)
        let s6 = try db.sentence("Qaani warned that a strike on \"Iran\" could follow.", in: a1)
        try db.mention("Qaani", of: qaani, in: s6)
        warning = try db.event(.warn, trigger: "warned", in: s6, participants: [(qaani, .agent)],
                               time: .init(value: "2024-02-18", text: "", start: "2024-02-18", end: "2024-02-18"))

        let a2 = try db.article(World.secondText, source: "fixture-two.txt", published: "2025-03-04")
        bennani = try db.entity("Karim Bennani", .person, aliases: [("Bennani", "surname")])
        rabat = try db.entity("Rabat", .location, subtype: "city")
        aliHassan = try db.entity("Ali Hassan", .person)
        aliReza = try db.entity("Ali Reza", .person)
        quote = try db.entity("O'Brien", .person)
        percent = try db.entity("100% Juice_Co", .organization)
        injection = try db.entity("\"; DROP TABLE events; --", .organization)
        control = try db.entity("Bell\u{7}Man", .person)
        let t0 = try db.sentence("Moratinos met Karim Bennani in Rabat on 3 March 2025.", in: a2)
        try db.mention("Moratinos", of: moratinos, in: t0)
        try db.mention("Karim Bennani", of: bennani, in: t0)
        try db.mention("Rabat", of: rabat, in: t0)
        rabatMeeting = try db.event(.meet, trigger: "met", in: t0,
                                    participants: [(moratinos, .agent), (bennani, .participant)], location: rabat,
                                    time: .init(value: "2025-03-03", text: "3 March 2025", start: "2025-03-03",
                                                end: "2025-03-03"))
        let t1 = try db.sentence("Bennani hosted a delegation.", in: a2)
        try db.mention("Bennani", of: bennani, in: t1)
        undatedHosting = try db.event(.host, trigger: "hosted", in: t1, participants: [(bennani, .agent)])
        let t2 = try db.sentence("Ali Hassan held talks with Ali Reza.", in: a2)
        try db.mention("Ali Hassan", of: aliHassan, in: t2)
        try db.mention("Ali Reza", of: aliReza, in: t2)
        aliTalks = try db.event(.negotiate, trigger: "held talks", in: t2,
                                participants: [(aliHassan, .agent), (aliReza, .participant)])
        let t3 = try db.sentence("O'Brien met 100% Juice_Co and \"; DROP TABLE events; -- in Rabat on 2 March 2025.", in: a2)
        try db.mention("O'Brien", of: quote, in: t3)
        try db.mention("100% Juice_Co", of: percent, in: t3)
        try db.mention("\"; DROP TABLE events; --", of: injection, in: t3)
        try db.mention("Rabat", of: rabat, in: t3)
        hostileMeeting = try db.event(.meet, trigger: "met", in: t3,
                                      participants: [(quote, .agent), (percent, .participant), (injection, .participant)],
                                      location: rabat,
                                      time: .init(value: "2025-03-02", text: "2 March 2025", start: "2025-03-02",
                                                  end: "2025-03-02"))
        let t4 = try db.sentence("Bell\u{7}Man spoke.", in: a2)
        try db.mention("Bell\u{7}Man", of: control, in: t4)
        _ = try db.event(.statement, trigger: "spoke", in: t4, participants: [(control, .agent)])
    }
}
