import Testing
import EventModel
@testable import Ingest

/// Stops of a trip told in other shapes than "visited X, Y and Z": a trip that "will take her to"
/// places, things visited "in" places, a trip's own region told twice, and a time that dates what
/// another verb predicts rather than the trip. Invented names and sentences only.
@Suite struct TripStopsTests {
    private let date = CalendarDate(year: 2017, month: 11, day: 6)

    private func stops(_ x: Extracted) -> [String?] { x.events(.visit).map(x.location) }

    @Test func tripTakesHerToPlaces() {
        let x = Extracted("A spokeswoman, Eva Lind, said Ann Roe is keeping to her 12-day Asian trip, which will also take her to Seoul, Beijing and Hanoi.", date: date)
        #expect(stops(x) == [nil, "Seoul", "Beijing", "Hanoi"], "\(stops(x))")
        #expect(x.events(.visit).allSatisfy { x.names($0, .agent) == ["Ann Roe"] }, "\(x.events(.visit).map { x.names($0) })")
        #expect(x.events(.visit).dropFirst().allSatisfy { $0.modality == .planned })
    }

    @Test func tourTakesANamedPersonAndACityWithItsCountry() {
        let x = Extracted("The tour will take Tom Obi to Danang, Vietnam and Lima next week.", date: date)
        #expect(stops(x) == ["Danang", "Lima"], "\(stops(x))")
    }

    @Test func thingsVisitedInPlaces() {
        let x = Extracted("Ivo Berg will visit an orphanage in Tanzania and a credit union in Mozambique before chairing a meeting in Cape Town.", date: date)
        #expect(stops(x) == ["Tanzania", "Mozambique"], "\(stops(x))")
        let y = Extracted("Eva Lind visited factories in Ohio and Michigan.", date: date)
        #expect(stops(y) == ["Ohio", "Michigan"], "\(stops(y))")
    }

    @Test func aRegionTripToldTwiceIsOneTrip() {
        let x = Extracted("""
            On the fourth day of his six-day tour of Africa, the UK chancellor Ivo Berg predicted a vaccine could be found by 2012. \
            "We must act," Mr Berg said in a speech during his African tour.
            """, date: date)
        #expect(stops(x) == ["Africa"], "\(stops(x))")
        // The predicted year dates the vaccine, not the tour; the office's country is no stop.
        #expect(x.events(.visit).first?.time == nil)
    }

    @Test func aTimeInsideWhatIsSaidIsNotTheVisits() {
        let x = Extracted("Tom Obi visited the hospital in York, where he said the ward would open in 2019.", date: date)
        #expect(x.events(.visit).first?.time == nil)
        #expect(x.events(.visit).first?.modality == .asserted)
    }

    // Near misses.
    @Test func takenToHospitalIsNoTrip() {
        let x = Extracted("Ann Roe fell ill and an ambulance took her to a hospital in Lima.", date: date)
        #expect(!x.events(.visit).contains { $0.trigger == "took" }, "\(x.events(.visit).map(\.trigger))")
    }

    @Test func aTimeRightAfterTheSpeechVerbStillDatesTheVisit() {
        let x = Extracted("Ann Roe visited Lima, officials said on Monday.", date: date)
        #expect(x.events(.visit).first?.time != nil)
    }

    @Test func aPlacelessTripBesideACountryStopStays() {
        let x = Extracted("Ann Roe is in Lima at the start of a four-nation tour.", date: date)
        #expect(stops(x).contains(nil), "\(stops(x))")
    }
}

/// A possessive inside a phrase fronted by a preposition means the subject after its comma, and
/// that comma ends the phrase's objects unless a list of names goes on. Invented names only.
@Suite struct FrontedPossessiveTests {
    @Test func hisMeetingBeforeTheSubject() {
        let x = Extracted("Tom Vale spoke first. Following his meeting with Ann Roe, Tom Obi conferred with Eva Lind.")
        #expect(x.meetingParties.contains(["Tom Obi", "Ann Roe"]), "\(x.meetingParties)")
        #expect(!x.meetingParties.contains { $0.contains("Tom Vale") }, "\(x.meetingParties)")
    }

    @Test func theFrontedCommaEndsTheObjects() {
        let x = Extracted("On the last day of his tour of Africa, the UK chancellor Ivo Berg said aid would rise.")
        #expect(x.events(.visit).map { x.names($0) } == [["Ivo Berg"]], "\(x.events(.visit).map { x.names($0) })")
        #expect(x.events(.visit).map(x.location) == ["Africa"])
    }

    // Near miss: a list of stops goes on past the comma.
    @Test func aListOfStopsGoesOn() {
        let x = Extracted("During a visit to Peru, Chile and Bolivia, Ann Roe signed three deals.")
        #expect(Set(x.events(.visit).compactMap(x.location)) == ["Peru", "Chile", "Bolivia"], "\(x.events(.visit).map(x.location))")
    }
}

/// A trip told as under way in a dated report ("is on the second day of a 12-day trip") is dated to
/// the article's day when the article names that day. Invented names only.
@Suite struct OngoingTripDayTests {
    private let date = CalendarDate(year: 2017, month: 11, day: 6)

    @Test func isOnATrip() {
        let x = Extracted("Ann Roe said on Monday that talks would go on. Tom Obi, who is in Dublin at the start of a four-nation tour, spoke later.", date: date)
        #expect(x.events(.visit).contains { $0.time?.value == "2017-11-06" }, "\(x.events(.visit).map { $0.time?.value })")
    }

    // Near miss: a trip told in the past takes no day.
    @Test func wasOnATrip() {
        let x = Extracted("Ann Roe said on Monday that talks would go on. Tom Obi was on a trip to Oslo.", date: date)
        #expect(x.events(.visit).allSatisfy { $0.time == nil }, "\(x.events(.visit).map { $0.time?.value })")
    }
}
