import EventModel
import SQLite
@testable import Store
import Testing

@Suite("event de-duplication")
struct EventDedupTests {
    let store: Store
    var db: Connection { store.connection }

    init() throws {
        store = try Store(connection: Connection(path: ":memory:"))
    }

    static let lisbonTalks = ReportSpec(
        source: "a.txt", published: .day("2024-03-05"), sentence: "Lena Varga met Tomas Reyes in Lisbon on Monday.",
        parties: [("Lena Varga", .person, .agent), ("Tomas Reyes", .person, .participant)], place: "Lisbon",
        time: ("2024-03-04", "Monday", "2024-03-04", "2024-03-04"))

    /// The Lisbon meeting told with Varga alone: it fits any report of a meeting of hers that day.
    static var vargaMetOfficials: ReportSpec {
        var varga = lisbonTalks
        varga.sentence = "Lena Varga met officials in Lisbon on Monday."
        varga.parties = [("Lena Varga", .person, .agent)]
        return varga
    }

    /// Each event id with its cluster id, in id order.
    func clusters() throws -> [[Int64]] {
        try db.rows("SELECT id, cluster_id FROM events ORDER BY id") { [$0.int64(0), $0.int64(1)] }
    }

    private func cluster(_ id: Int64) throws -> [String] {
        try db.rows("""
            SELECT mentions || '/' || articles || '/' || COALESCE(first_reported, '-') || '/' || COALESCE(last_reported, '-')
            FROM event_clusters WHERE id = ?
            """, id) { $0.string(0) }
    }

    @Test func secondReportOfTheSameMeetingJoinsTheFirst() throws {
        _ = try store.write(Self.lisbonTalks.document)
        var later = Self.lisbonTalks
        later.source = "b.txt"
        later.published = .day("2024-03-06")
        later.sentence = "Tomas Reyes held talks with Lena Varga in Lisbon on Monday."
        later.type = .negotiate
        later.trigger = "held talks"
        guard case .inserted(_, let counts) = try store.write(later.document) else {
            Issue.record("should insert")
            return
        }
        #expect(counts.knownEvents == 1)
        #expect(try clusters() == [[1, 1], [2, 1]])
        #expect(try cluster(1) == ["2/2/2024-03-05/2024-03-06"])
        #expect(try db.firstRow("SELECT count(*) FROM event_clusters") { $0.int(0) } == 1)
        #expect(try db.firstRow("SELECT articles FROM real_events WHERE event_id = 1") { $0.int(0) } == 2)
    }

    @Test func differentDaysStayApart() throws {
        _ = try store.write(Self.lisbonTalks.document)
        var other = Self.lisbonTalks
        other.source = "b.txt"
        other.sentence = "Lena Varga met Tomas Reyes in Lisbon on Friday."
        other.time = ("2024-03-01", "Friday", "2024-03-01", "2024-03-01")
        _ = try store.write(other.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    @Test func aThirdPartyMeetingTheSameManIsAnotherEvent() throws {
        _ = try store.write(Self.lisbonTalks.document)
        var other = Self.lisbonTalks
        other.source = "b.txt"
        other.sentence = "Lena Varga met Karim Bennani in Lisbon on Monday."
        other.parties = [("Lena Varga", .person, .agent), ("Karim Bennani", .person, .participant)]
        _ = try store.write(other.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    @Test func aSubsetOfTheParticipantsJoins() throws {
        _ = try store.write(Self.lisbonTalks.document)
        var other = Self.lisbonTalks
        other.source = "b.txt"
        other.sentence = "Lena Varga met officials in Lisbon on Monday."
        other.parties = [("Lena Varga", .person, .agent)]
        _ = try store.write(other.document)
        #expect(try clusters() == [[1, 1], [2, 1]])
    }

    @Test func anotherCityStaysApartButAContainedPlaceJoins() throws {
        var first = Self.lisbonTalks
        first.placeChain = ["Lisbon", "Portugal"]
        _ = try store.write(first.document)
        var porto = Self.lisbonTalks
        porto.source = "b.txt"
        porto.sentence = "Lena Varga met Tomas Reyes in Porto on Monday."
        porto.place = "Porto"
        _ = try store.write(porto.document)
        var country = Self.lisbonTalks
        country.source = "c.txt"
        country.sentence = "Lena Varga met Tomas Reyes in Portugal on Monday."
        country.place = "Portugal"
        _ = try store.write(country.document)
        #expect(try clusters() == [[1, 1], [2, 2], [3, 1]])
    }

    /// Clusters are not merged: a report that fits two events joins the one it shares most with.
    /// (Merging them raised pairwise recall on the news_cluster set from 0.41 to 0.60 but tripled the
    /// pairs joined across different stories, 3% to 11%: see the README.)
    @Test func aReportFittingTwoEventsJoinsOnlyOne() throws {
        _ = try store.write(Self.vargaMetOfficials.document)
        var reyes = Self.lisbonTalks
        reyes.source = "b.txt"
        reyes.sentence = "Tomas Reyes met officials in Lisbon on Monday."
        reyes.parties = [("Tomas Reyes", .person, .agent)]
        _ = try store.write(reyes.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
        var both = Self.lisbonTalks
        both.source = "c.txt"
        _ = try store.write(both.document)
        #expect(try clusters() == [[1, 1], [2, 2], [3, 1]])
        #expect(try cluster(1) == ["2/2/2024-03-05/2024-03-05"])
        #expect(try cluster(2) == ["1/1/2024-03-05/2024-03-05"])
    }

    @Test func aLoneReportDoesNotChainTwoMeetingsWithDifferentPartners() throws {
        // "Lena Varga met officials" fits both later reports; they must not become one event
        // through it, since Varga meeting Reyes and Varga meeting Bennani are two meetings.
        _ = try store.write(Self.vargaMetOfficials.document)
        var reyes = Self.lisbonTalks
        reyes.source = "b.txt"
        _ = try store.write(reyes.document)
        var bennani = Self.lisbonTalks
        bennani.source = "c.txt"
        bennani.sentence = "Lena Varga met Karim Bennani in Lisbon on Monday."
        bennani.parties = [("Lena Varga", .person, .agent), ("Karim Bennani", .person, .participant)]
        _ = try store.write(bennani.document)
        #expect(try clusters() == [[1, 1], [2, 1], [3, 3]])
        // A later report of the Reyes meeting still joins its event.
        var again = Self.lisbonTalks
        again.source = "d.txt"
        again.sentence = "Tomas Reyes and Lena Varga met in Lisbon on Monday."
        _ = try store.write(again.document)
        #expect(try clusters() == [[1, 1], [2, 1], [3, 3], [4, 1]])
        #expect(try clustersMatchARecount())
    }

    @Test func aReportOfEveryoneDoesNotChainTwoPairsMeetingApart() throws {
        // b's report names all four and fits both pairs; the second pair's own meeting stays apart
        // from the first pair's.
        _ = try store.write(Self.lisbonTalks.document)
        var all = Self.lisbonTalks
        all.source = "b.txt"
        all.sentence = "Lena Varga, Tomas Reyes, Ana Ruiz and Karim Bennani met in Lisbon on Monday."
        all.parties = [("Lena Varga", .person, .agent), ("Tomas Reyes", .person, .agent),
                       ("Ana Ruiz", .person, .agent), ("Karim Bennani", .person, .agent)]
        _ = try store.write(all.document)
        var pair = Self.lisbonTalks
        pair.source = "c.txt"
        pair.sentence = "Ana Ruiz met Karim Bennani in Lisbon on Monday."
        pair.parties = [("Ana Ruiz", .person, .agent), ("Karim Bennani", .person, .participant)]
        _ = try store.write(pair.document)
        #expect(try clusters() == [[1, 1], [2, 1], [3, 3]])
    }

    @Test func undatedReportsJoinOnlyWhenPublishedWithinDays() throws {
        var first = Self.lisbonTalks
        first.time = nil
        first.sentence = "Lena Varga met Tomas Reyes in Lisbon."
        _ = try store.write(first.document)
        var near = first
        near.source = "b.txt"
        near.published = .day("2024-03-07")
        _ = try store.write(near.document)
        var far = first
        far.source = "c.txt"
        far.published = .day("2024-04-20")
        _ = try store.write(far.document)
        var unknown = first
        unknown.source = "d.txt"
        unknown.published = nil
        _ = try store.write(unknown.document)
        #expect(try clusters() == [[1, 1], [2, 1], [3, 3], [4, 4]])
        #expect(try cluster(1) == ["2/2/2024-03-05/2024-03-07"])
    }

    @Test func aPreciseTimeStillNeedsReportsWithinAWeek() throws {
        _ = try store.write(Self.lisbonTalks.document)
        var monthLater = Self.lisbonTalks
        monthLater.source = "b.txt"
        monthLater.published = .day("2024-04-05")
        monthLater.sentence = "Lena Varga met Tomas Reyes in Lisbon on 4 March."
        _ = try store.write(monthLater.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    @Test func aReportIngestedFarOutOfDateOrderStillFindsItsEvent() throws {
        // 201 later-dated reports of Varga meeting others come in between: with a window of each
        // participant's newest reports, the first Lisbon talks would be out of reach.
        _ = try store.write(Self.lisbonTalks.document)
        for k in 0...EventDeduplicator.reportsPerEntity {
            var other = Self.lisbonTalks
            other.source = "other-\(k).txt"
            other.published = .day("2024-06-10")
            other.sentence = "Lena Varga met Envoy\(k) Smith in Lisbon on Monday."
            other.parties = [("Lena Varga", .person, .agent), ("Envoy\(k) Smith", .person, .participant)]
            other.time = ("2024-06-10", "Monday", "2024-06-10", "2024-06-10")
            _ = try store.write(other.document)
        }
        var late = Self.lisbonTalks
        late.source = "late.txt"
        late.published = .day("2024-03-06")
        _ = try store.write(late.document)
        let last = try db.firstRow("SELECT cluster_id FROM events ORDER BY id DESC LIMIT 1") { $0.int64(0) }
        #expect(last == 1)
        #expect(try cluster(1) == ["2/2/2024-03-05/2024-03-06"])
    }

    /// The Lisbon talks, then a report four days later that does not date them: neither fits the other.
    private func writeLisbonTalksAndAnUndatedReport() throws {
        _ = try store.write(Self.lisbonTalks.document)
        var undated = Self.lisbonTalks
        undated.source = "b.txt"
        undated.published = .day("2024-03-09")
        undated.sentence = "Lena Varga met Tomas Reyes."
        undated.place = nil
        undated.time = nil
        _ = try store.write(undated.document)
    }

    @Test func aReportBridgingTwoEventsJoinsThem() throws {
        // The first report dates the talks; the second, four days later, does not, so neither fits
        // the other. A third, dated and between them, fits both: the two become one real event.
        try writeLisbonTalksAndAnUndatedReport()
        #expect(try clusters() == [[1, 1], [2, 2]])
        var bridge = Self.lisbonTalks
        bridge.source = "c.txt"
        bridge.published = .day("2024-03-07")
        _ = try store.write(bridge.document)
        #expect(try clusters() == [[1, 1], [2, 1], [3, 1]])
        #expect(try cluster(1) == ["3/3/2024-03-05/2024-03-09"])
        #expect(try cluster(2) == [])
    }

    /// The counts and dates the triggers keep incrementally equal a full recount of every cluster.
    private func clustersMatchARecount() throws -> Bool {
        // id, reports, articles, first and last publication date
        let row: (Statement) -> [String] = {
            [String($0.int64(0)), String($0.int(1)), String($0.int(2)), $0.optionalString(3) ?? "-", $0.optionalString(4) ?? "-"]
        }
        let kept = try db.rows("SELECT id, mentions, articles, first_reported, last_reported FROM event_clusters ORDER BY id", map: row)
        let recount = try db.rows("""
            SELECT e.cluster_id, count(*), count(DISTINCT e.article_id), min(a.published), max(a.published)
            FROM events e JOIN articles a ON a.id = e.article_id GROUP BY e.cluster_id ORDER BY e.cluster_id
            """, map: row)
        return kept == recount
    }

    @Test func clusterCountsStayEqualToARecountThroughJoinsAndBridges() throws {
        try writeLisbonTalksAndAnUndatedReport()
        var again = Self.lisbonTalks
        again.source = "d.txt"
        again.published = .day("2024-03-04")
        _ = try store.write(again.document)
        #expect(try clustersMatchARecount())
        var bridge = Self.lisbonTalks
        bridge.source = "c.txt"
        bridge.published = .day("2024-03-07")
        _ = try store.write(bridge.document)
        #expect(try clustersMatchARecount())
        #expect(try db.firstRow("SELECT count(*) FROM event_clusters") { $0.int(0) } == 1)
        // A report moved out by hand (sqlite3) into a cluster of its own: both stay right.
        try db.execute("INSERT INTO event_clusters (id, mentions, articles) VALUES (4, 0, 0)")
        try db.execute("UPDATE events SET cluster_id = 4 WHERE id = 4")
        #expect(try clustersMatchARecount())
    }

    @Test func aBridgeNeedsTheSameTypeOnBothSides() throws {
        _ = try store.write(Self.lisbonTalks.document)
        var talks = Self.lisbonTalks
        talks.source = "b.txt"
        talks.published = .day("2024-03-09")
        talks.sentence = "Lena Varga held talks with Tomas Reyes."
        talks.trigger = "held talks"
        talks.type = .negotiate
        talks.place = nil
        talks.time = nil
        _ = try store.write(talks.document)
        var bridge = Self.lisbonTalks
        bridge.source = "c.txt"
        bridge.published = .day("2024-03-07")
        _ = try store.write(bridge.document)
        // The third joins the meeting (same type scores higher) but a meeting and talks stay two.
        #expect(try clusters() == [[1, 1], [2, 2], [3, 1]])
    }

    @Test func aVagueTimeNeedsCloseReports() throws {
        var year = Self.lisbonTalks
        year.time = ("2024", "this year", "2024-01-01", "2024-12-31")
        year.sentence = "Lena Varga met Tomas Reyes in Lisbon this year."
        _ = try store.write(year.document)
        var months = year
        months.source = "b.txt"
        months.published = .day("2024-09-30")
        _ = try store.write(months.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    @Test func plannedAndAssertedJoinButNegatedDoesNot() throws {
        var planned = Self.lisbonTalks
        planned.modality = .planned
        planned.published = .day("2024-03-03")
        _ = try store.write(planned.document)
        var happened = Self.lisbonTalks
        happened.source = "b.txt"
        _ = try store.write(happened.document)
        var denied = Self.lisbonTalks
        denied.source = "c.txt"
        denied.modality = .negated
        denied.sentence = "Lena Varga met Tomas Reyes in Lisbon on Monday, officials denied."
        _ = try store.write(denied.document)
        #expect(try clusters() == [[1, 1], [2, 1], [3, 3]])
    }

    @Test func differentKindsOfEventStayApart() throws {
        _ = try store.write(Self.lisbonTalks.document)
        var attack = Self.lisbonTalks
        attack.source = "b.txt"
        attack.type = .accuse
        attack.sentence = "Lena Varga accused Tomas Reyes in Lisbon on Monday."
        attack.trigger = "accused"
        _ = try store.write(attack.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    @Test func attacksWithoutPartiesJoinAtTheSamePlaceAndDay() throws {
        let first = ReportSpec(source: "a.txt", published: .day("2024-07-15"),
                               sentence: "A truck attack killed dozens in Nice on Thursday.", type: .attack,
                               trigger: "attack", parties: [], place: "Nice",
                               time: ("2024-07-11", "Thursday", "2024-07-11", "2024-07-11"))
        _ = try store.write(first.document)
        var second = first
        second.source = "b.txt"
        second.published = .day("2024-07-16")
        second.type = .kill
        second.trigger = "killed"
        _ = try store.write(second.document)
        var elsewhere = first
        elsewhere.source = "c.txt"
        elsewhere.sentence = "A truck attack killed dozens in Lyon on Thursday."
        elsewhere.place = "Lyon"
        _ = try store.write(elsewhere.document)
        #expect(try clusters() == [[1, 1], [2, 1], [3, 3]])
    }

    @Test func reportsInOneArticleAreNotMergedWithEachOther() throws {
        var b = DocumentBuilder(source: "a.txt", date: .day("2024-03-05"),
                                text: "date 2024-03-05 Varga met Reyes. Varga met Reyes again.")
        b.sentences(["Varga met Reyes.", "Varga met Reyes again."])
        let varga = b.entity("Varga", .person)
        let reyes = b.entity("Reyes", .person)
        for k in 0..<2 {
            b.document.events.append(Event(type: .meet, trigger: "met", triggerSpan: b.span("met", occurrence: k),
                                           sentence: k, participants: [.init(entity: varga, role: .agent),
                                                                       .init(entity: reyes, role: .participant)]))
        }
        _ = try store.write(b.document)
        #expect(try clusters() == [[1, 1], [2, 2]])
    }

    @Test func eventsWrittenByHandAreTheirOwnCluster() throws {
        _ = try store.write(Self.lisbonTalks.document)
        try db.run("""
            INSERT INTO events (article_id, sentence_id, type, cameo, modality, trigger, trigger_start, trigger_end, confidence)
            VALUES (1, 1, 'meet', '040', 'asserted', 'met', 0, 3, 0.5)
            """)
        #expect(try clusters() == [[1, 1], [2, 2]])
        #expect(try cluster(2) == ["1/1/2024-03-05/2024-03-05"])
        try db.run("UPDATE events SET cluster_id = 1 WHERE id = 2")
        #expect(try cluster(1) == ["2/1/2024-03-05/2024-03-05"])
        #expect(try cluster(2) == [])
        try db.run("DELETE FROM events WHERE id = 2")
        #expect(try cluster(1) == ["1/1/2024-03-05/2024-03-05"])
    }

    @Test func dayNumbersCountRealDays() {
        #expect(EventDeduplicator.daysApart("2024-02-28", "2024-03-01") == 2)
        #expect(EventDeduplicator.daysApart("2023-12-31", "2024-01-01") == 1)
        #expect(EventDeduplicator.daysApart("2024-03", "2024-03-04") == 3)
        #expect(EventDeduplicator.daysApart(nil, "2024-03-04") == nil)
        #expect(EventDeduplicator.span("2024-01-01", "2024-12-31") == 365)
        for iso in ["1970-01-01", "2024-02-29", "2024-03-01", "1999-12-31", "2100-03-01"] {
            let date = CalendarDate(iso: iso)!
            #expect(EventDeduplicator.isoDay(fromDayNumber: EventDeduplicator.dayNumber(date)) == iso)
        }
    }
}
