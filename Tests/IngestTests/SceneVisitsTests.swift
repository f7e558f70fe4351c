import Testing
import EventModel
@testable import Ingest

/// A visit to "the scene" or "the crash site" is a visit to the place the story names first.
/// Invented names and sentences.
@Suite struct SceneVisitsTests {
    private let lead = "A ferry capsized off Dover on Tuesday, killing nine people. "

    private func visit(_ text: String) -> (who: [String], place: String?)? {
        let x = Extracted(text)
        return x.events(.visit).first.map { (x.names($0), x.location($0)) }
    }

    @Test func theSceneIsTheStorysPlace() {
        let v = visit(lead + "The mayor, Ann Roe, who visited the scene earlier, warned the toll may rise.")
        #expect(v?.who == ["Ann Roe"])
        #expect(v?.place == "Dover")
    }

    @Test func theCrashSiteIsTheStorysPlace() {
        #expect(visit(lead + "Tom Vell visited the crash site on Wednesday.")?.place == "Dover")
    }

    // Near misses: a website, and a story that names no place.
    @Test func aWebsiteIsNoScene() {
        #expect(visit(lead + "Tom Vell visited the website for news.") == nil)
    }

    @Test func noPlaceNoVisit() {
        #expect(visit("A ferry capsized on Tuesday. Tom Vell visited the scene.") == nil)
    }
}

/// A name only guessed at in a list of places the gazetteer knows is a place too. Invented towns
/// beside real ones.
@Suite struct PlacesInPlaceListsTests {
    @Test func anUnknownTownInAListOfTownsIsAPlace() {
        let x = Extracted("Ann Roe visits Manchester, Liverpool, Leicester, Brentwell and Orvelby this week.")
        #expect(x.entity("Brentwell")?.type == .location)
        #expect(x.entity("Orvelby")?.type == .location)
        #expect(!x.events(.visit).contains { x.names($0).contains("Orvelby") })
    }

    // Near miss: most of the list are no places.
    @Test func aListOfBodiesKeepsItsBody() {
        let x = Extracted("Britain, France, Lumacorp and the Kestrel Foundation drew up the plan.")
        #expect(x.entity("Lumacorp")?.type != .location)
    }
}
