import EventModel
import SQLite
@testable import Store
import Testing

@Suite("entity resolution: spelling variants, coordinates")
struct EntityResolutionVariantsTests {
    let store: Store
    var db: Connection { store.connection }

    init() throws {
        store = try Store(connection: Connection(path: ":memory:"))
    }

    private func entities() throws -> [String] {
        try db.rows("SELECT name FROM entities ORDER BY id") { $0.string(0) }
    }

    @Test(arguments: [
        ("Esmail Qaani", "Ismail Qaani"), ("Mohammad Javad Zarif", "Muhammed Javad Zarif"),
        ("Qassem Soleimani", "Ghassem Soleimani"), ("Sergei Lavrov", "Sergey Lavrov"),
        ("Abu Bakr al-Baghdadi", "Abu Bakr al-Bagdadi"),
    ])
    func transliterationsMeet(a: String, b: String) {
        #expect(NameSkeleton.of(a) != nil)
        #expect(NameSkeleton.of(a) == NameSkeleton.of(b))
    }

    @Test(arguments: [
        ("Esmail Qaani", "Ali Qaani"), ("Maria Lopez", "Mario Lopez"), ("George W. Bush", "George H. W. Bush"),
        ("Ian Keane", "Esmail Qaani"), ("John Smith", "Joan Smith"),
    ])
    func differentPeopleStayApart(a: String, b: String) {
        #expect(NameSkeleton.of(a) != NameSkeleton.of(b))
    }

    @Test(arguments: [
        ("Michael Sohn", "Michael Sheen", false), ("World War II", "World War III", false),
        ("Esmail Qaani", "Ismail Qaani", true), ("Qassem Soleimani", "Ghassem Suleimani", true),
        ("Bernard Cazaneuve", "Bernard Cazeneuve", true), ("Carl Edwards Jr", "Carl Edwards Jr.", true),
    ])
    func sameSkeletonMustAlsoBeCloseLetterByLetter(a: String, b: String, close: Bool) {
        #expect(NameSkeleton.closeEnough(a, b) == close)
    }

    @Test func aSkeletonTwinTooFarApartStaysApart() throws {
        _ = try store.write(Samples.single("Michael Sheen", sentence: "Michael Sheen spoke.", source: "a.txt"))
        _ = try store.write(Samples.single("Michael Sohn", sentence: "Michael Sohn took the photo.", source: "b.txt"))
        #expect(try entities() == ["Michael Sheen", "Michael Sohn"])
    }

    @Test func oneWordAndNonLatinNamesHaveNoSkeleton() {
        #expect(NameSkeleton.of("Qaani") == nil)
        #expect(NameSkeleton.of("Ли Вэй") == nil)
        #expect(NameSkeleton.of("") == nil)
    }

    @Test func spellingVariantJoinsWithAReason() throws {
        _ = try store.write(Samples.single("Esmail Qaani", aliases: ["Qaani"], sentence: "Esmail Qaani arrived.", source: "a.txt"))
        _ = try store.write(Samples.single("Ismail Qaani", sentence: "Ismail Qaani left.", source: "b.txt"))
        #expect(try entities() == ["Esmail Qaani"])
        let reason = try db.firstRow("SELECT reason FROM entity_aliases WHERE alias = 'Ismail Qaani'") { $0.optionalString(0) }
        #expect(reason == "spelling variant of Esmail Qaani (isml kni)")
    }

    @Test func spellingVariantsOfTwoPeopleAreAmbiguous() throws {
        _ = try store.write(Samples.single("Esmail Qaani", sentence: "Esmail Qaani arrived.", source: "a.txt"))
        _ = try store.write(Samples.single("Ismaeel Qani", sentence: "Ismaeel Qani arrived.", source: "b.txt"))
        // The second joined the first; a different first name makes a different person.
        _ = try store.write(Samples.single("Ali Qaani", sentence: "Ali Qaani left.", source: "c.txt"))
        #expect(try entities() == ["Esmail Qaani", "Ali Qaani"])
    }

    @Test func placesAndOrganisationsAreNotFoldedLikePeople() throws {
        _ = try store.write(Samples.single("Port Sudan", .location, subtype: "city", sentence: "Port Sudan was calm.", source: "a.txt"))
        _ = try store.write(Samples.single("Port Sedan", .location, subtype: "city", sentence: "Port Sedan was calm.", source: "b.txt"))
        #expect(try entities() == ["Port Sudan", "Port Sedan"])
    }

    @Test func coordinatesAreStoredAndAHalfPointIsNot() throws {
        var doc = Samples.single("Lisbon", .location, subtype: "city", sentence: "Lisbon was calm.", source: "a.txt")
        doc.entities[0].latitude = 38.72
        doc.entities[0].longitude = -9.14
        _ = try store.write(doc)
        var half = Samples.single("Porto", .location, subtype: "city", sentence: "Porto was calm.", source: "b.txt")
        half.entities[0].latitude = 41.15
        _ = try store.write(half)
        var bad = Samples.single("Faro", .location, subtype: "city", sentence: "Faro was calm.", source: "c.txt")
        bad.entities[0].latitude = 123
        bad.entities[0].longitude = 7
        _ = try store.write(bad)
        let rows = try db.rows("SELECT name, latitude, longitude FROM entities ORDER BY id") {
            "\($0.string(0)) \($0.optionalDouble(1).map { String($0) } ?? "-") \($0.optionalDouble(2).map { String($0) } ?? "-")"
        }
        #expect(rows == ["Lisbon 38.72 -9.14", "Porto - -", "Faro - -"])
        // A later article fills coordinates that an earlier one lacked.
        var later = Samples.single("Porto", .location, subtype: "city", sentence: "Porto was sunny.", source: "d.txt")
        later.entities[0].latitude = 41.15
        later.entities[0].longitude = -8.61
        _ = try store.write(later)
        #expect(try db.firstRow("SELECT longitude FROM entities WHERE name = 'Porto'") { $0.optionalDouble(0) } == -8.61)
    }
}
