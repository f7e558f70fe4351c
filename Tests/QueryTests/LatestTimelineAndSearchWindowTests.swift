import EventModel
@testable import Query
import SQLite
import Testing

/// `timeline` cut to its latest events, and `search` ranking only the most recently stored matches.
@Suite("latest timeline, search window")
struct LatestTimelineAndSearchWindowTests {
    /// The page is the full timeline cut to its latest events (undated ones last to be chosen),
    /// in the full timeline's order, with the full count; per report as per real event.
    @Test(arguments: [1, 2, 5, 11, 12, 13, 100])
    func latestTimelineIsTheLatestPartOfTheFullOne(_ latest: Int) throws {
        try EntityCardTests.withArchive { kb, _ in
            for eachMention in [false, true] {
                let full = try kb.timeline("ribeiro", eachMention: eachMention)
                let page = try kb.timeline("ribeiro", eachMention: eachMention, latest: latest)
                #expect(page.total == full.count)
                #expect(full.count == 12)
                let dated = full.filter { $0.date != nil }
                let undated = full.filter { $0.date == nil }
                let wanted = latest <= dated.count ? Array(dated.suffix(latest)) : dated + undated.prefix(latest - dated.count)
                #expect(page.events.ids == wanted.ids)
                // Same rows as the full listing shows for those events (participants, counts, evidence).
                #expect(page.events == full.filter { e in wanted.contains { $0.id == e.id } })
                #expect(try kb.timeline("ribeiro", eachMention: eachMention, latest: nil).events == full)
            }
        }
    }

    @Test func latestTimelineOfWorldNames() throws {
        try withWorld { kb, w in
            // Qaani: four events, oldest first; the latest two are the last two dated ones.
            let page = try kb.timeline("Qaani", latest: 2)
            #expect(page.total == 4)
            #expect(page.events.ids == [w.deniedMeeting, w.warning])
            #expect(try kb.timeline("Qaani", latest: 4).events.ids == [w.iraqVisit, w.airportMeeting, w.deniedMeeting, w.warning])
            // A place: what happened there.
            #expect(try kb.timeline("Rabat", latest: 1).events.ids == [w.rabatMeeting])
            let nobody = try kb.timeline("nobody", latest: 5)
            #expect(nobody.events.isEmpty && nobody.total == 0)
        }
    }

    /// Ranking the `recent` newest matches: the full ranking when no more match; otherwise the
    /// full ranking of exactly those matches, and `ranked` says how many were ranked. The window
    /// is never smaller than the limit.
    @Test(arguments: [1, 2, 3, 4, 5, 50])
    func searchWindowRanksTheNewestMatches(_ recent: Int) throws {
        try withWorld { kb, _ in
            let all = try kb.search("QAANI", limit: 100)
            #expect(all.count == 4)
            let newest = Set(all.map(\.sentenceID).sorted().suffix(recent))
            for limit in [1, recent] {
                let page = try kb.search("QAANI", limit: limit, recent: recent)
                #expect(page.ranked == (recent < all.count ? recent : nil))
                #expect(page.hits == Array(all.filter { newest.contains($0.sentenceID) }.prefix(limit)))
            }
            let wide = try kb.search("QAANI", limit: 100, recent: recent)
            #expect(wide == SearchPage(hits: all, ranked: nil))
            #expect(try kb.search("QAANI", limit: 100, recent: nil) == SearchPage(hits: all, ranked: nil))
            #expect(try kb.search("   ", recent: recent) == SearchPage(hits: [], ranked: nil))
        }
    }

    /// The statement `--sql` prints for a windowed search, values written in, gives the same hits.
    @Test func pastedWindowedSearchAgrees() throws {
        try withWorld { kb, _ in
            for recent in [1, 2, 3, 10] {
                let page = try kb.search("qaani", limit: recent, recent: recent)
                let bindings = try #require(KnowledgeBase.searchBindings("qaani", limit: recent))
                    + [(":window", .integer(Int64(recent)))]
                let pasted = PasteableSQL.inline(KnowledgeBase.recentSearchSQL, bindings)
                let ids = try kb.rows(pasted) { $0.int64(0) }
                #expect(ids == page.hits.map(\.sentenceID))
                #expect(!ids.isEmpty)
            }
        }
    }
}
