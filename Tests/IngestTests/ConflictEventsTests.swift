import Testing
import EventModel
@testable import Ingest

/// Kinds found by the judged audit of non-meeting events (issue 3, branch evt,
/// `Scripts/eval/event_audit.py`): accident deaths, attack words that name no force, agreement
/// words with no accord, blame laid on a cause, forces that "threaten", victims before a bare
/// participle, speakers taken for parties, places inside a warning, the event a retaliation
/// answers, and warnings told speaker last. Invented sentences and names, each kind with near
/// misses that must not fire.
@Suite struct ConflictEventsTests {
    let may = CalendarDate(year: 2021, month: 5, day: 14)

    private func types(_ x: Extracted, _ t: EventType) -> [Event] { x.events(t) }

    // MARK: accident deaths (AccidentDeaths)

    @Test(arguments: [
        "Nine people were killed when a bus overturned on a mountain road near Talvik on Tuesday.",
        "A ferry capsized near Marenta, killing 14 passengers.",
        "Two climbers were killed in an avalanche on Mount Ostel near Talvik.",
        "The derailment near Kerrow killed three people and injured 40.",
    ])
    func accidentDeathsAreNoKilling(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(types(x, .kill).isEmpty, "\(types(x, .kill).map(\.trigger))")
    }

    @Test(arguments: [
        "Gunmen killed nine people on a bus near Talvik on Tuesday.",
        "A car bomb killed six people and overturned a bus in Marenta.",
        "Militants killed two guards at a checkpoint near Kerrow.",
    ])
    func violentDeathsStayKillings(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(!types(x, .kill).isEmpty)
    }

    // MARK: attack words that name no force (NonViolentAttacks)

    @Test(arguments: [
        ("Senator Ruth Calder attacked the government's housing plans in a speech to farmers.", "Ruth Calder"),
        ("Opposition leader Piet Wouters attacked the budget in a speech on Monday.", "Piet Wouters"),
    ])
    func attackOnAPlanIsCriticism(_ text: String, _ critic: String) {
        let x = Extracted(text, date: may)
        #expect(types(x, .attack).isEmpty)
        let crit = types(x, .accuse)
        #expect(crit.contains { $0.cameo == "111" && x.names($0, .agent).contains(critic) }, "\(crit.map { x.names($0) })")
    }

    @Test(arguments: [
        "Critics said the curfew was the worst attack on freedoms seen in Kerrow for decades.",
        "The chain is targeting young shoppers in Kerrow with its new range of phones.",
        "Kerrow Space is targeting a launch in June from the coast of Marenta.",
    ])
    func figuresOfSpeechAndAimsAreNoAttack(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(types(x, .attack).isEmpty, "\(types(x, .attack).map(\.trigger))")
    }

    @Test(arguments: [
        "Rebels attacked a police convoy near Talvik on Monday.",
        "Militants attacked government offices in Marenta overnight.",
        "Armed robberies targeting tourists rose sharply in Paris in March.",
    ])
    func forceStaysAnAttack(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(!types(x, .attack).isEmpty)
        #expect(types(x, .accuse).isEmpty)
    }

    // MARK: agreement words with no accord (LooseAgreements)

    @Test(arguments: [
        "The singer Lena Marsh signed on as a judge of a cookery show in Kerrow.",
        "Northfield Rovers signed the striker Tom Abara from a rival club last summer.",
        "Tom Abara signed the visitors' book at the club museum in Kerrow.",
        "Critics of Governor Ruth Calder want to scrap the 2015 water deal with Marenta.",
        "Any such deal with Marenta would give Kerrow Bank control of half the market.",
        "Asked whether the plan was sound, Piet Wouters agreed.",
    ])
    func noAccord(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(types(x, .agree).isEmpty, "\(types(x, .agree).map(\.trigger))")
    }

    @Test(arguments: [
        "Talvik and Marenta signed a ceasefire agreement in Geneva on Monday.",
        "The union signed a three-year pay deal with Kerrow Steel on Friday.",
        "Kerrow Steel has signed a €900m (£780m) deal with Marenta for iron ore.",
        "Talvik joined the fishing accord on Friday, and Marenta signed up to it a week later.",
        "Kerrow Steel agreed to raise wages by 4% from June.",
        "The mine will reopen under a deal reached with the Marenta miners' union.",
        "Talvik and Marenta agreed a deal on fishing rights late on Sunday.",
    ])
    func accordsStay(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(!types(x, .agree).isEmpty)
    }

    // MARK: blame laid on a cause (CauseBlames)

    @Test(arguments: [
        "The carriers Skyway and Orla Air blamed a weak currency for their losses.",
        "The fall in sales at Kerrow Steel was blamed on the wet summer.",
    ])
    func blameOnACauseIsNoAccusation(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(types(x, .accuse).isEmpty, "\(types(x, .accuse).map { x.names($0) })")
    }

    @Test(arguments: [
        "Ruth Calder blamed the loss of her seat on the Kerrow Electoral Commission.",
        "Piet Wouters blamed the police for the delay.",
        "Ruth Calder blamed Piet Wouters for the collapse of the talks.",
        "The report by Piet Wouters blamed the council's housing managers for the delays.",
        "Ruth Calder blamed Piet Wouters for the failed bid in an interview on Saturday.",
        "Ruth Calder blamed a leaked memo by Piet Wouters for the collapse.",
    ])
    func blameOnSomeoneStays(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(!types(x, .accuse).isEmpty)
    }

    // MARK: forces that threaten (InanimateThreats)

    @Test(arguments: [
        "A long drought in Spain threatened the wheat harvest.",
        "Rising prices in Britain have threatened the recovery.",
    ])
    func forcesThreatenNobody(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(types(x, .warn).isEmpty, "\(types(x, .warn).map(\.trigger))")
    }

    @Test(arguments: [
        "The rebels threatened to attack the capital of Talvik.",
        "Ruth Calder threatened legal action against the council.",
    ])
    func actorsThreaten(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(!types(x, .warn).isEmpty)
    }

    // MARK: victims before a bare participle (ReducedRelativeVictims)

    @Test(arguments: [
        ("Six soldiers killed in the ambush were buried in Talvik on Friday.", EventType.kill, "soldiers"),
        ("Three protesters arrested on Monday were released on bail in Kerrow.", EventType.arrest, "protesters"),
    ])
    func victimBeforeBareParticipleIsThePatient(_ text: String, _ type: EventType, _ victim: String) {
        let x = Extracted(text, date: may)
        let found = types(x, type)
        #expect(found.contains { x.names($0, .patient) == [victim] && x.names($0, .agent).isEmpty }, "\(found.map { x.names($0) })")
    }

    @Test(arguments: ["The Ostel Front killed two soldiers at a checkpoint in Kerrow on Monday.",
                      "Soldiers killed two rebels near Talvik on Friday."])
    func doerBeforeAnObjectStaysTheAgent(_ text: String) {
        let x = Extracted(text, date: may)
        #expect(types(x, .kill).contains { !x.names($0, .agent).isEmpty && !x.names($0, .patient).isEmpty },
                "\(types(x, .kill).map { x.names($0) })")
    }

    // MARK: speakers taken for parties (SpeakerArguments)

    @Test func speakerIsNoPatientOfTheArrest() {
        let x = Extracted("Police chief Ana Sorel said a teenager had been arrested near the stadium in Kerrow.", date: may)
        let arrests = types(x, .arrest)
        #expect(!arrests.isEmpty)
        #expect(!arrests.contains { x.names($0).contains("Ana Sorel") }, "\(arrests.map { x.names($0) })")
    }

    @Test func subjectSetOffByCommasStays() {
        let x = Extracted("The Ostel Front, officials said, killed two soldiers in Talvik.", date: may)
        #expect(types(x, .kill).contains { x.names($0, .agent) == ["Ostel Front"] }, "\(types(x, .kill).map { x.names($0) })")
    }

    // MARK: places inside a warning (ReportedContentPlaces)

    @Test func placeInsideTheWarningIsNotItsPlace() {
        let x = Extracted("Ruth Calder warned that the dispute could end up before a tribunal in Geneva.", date: may)
        let w = types(x, .warn)
        #expect(!w.isEmpty)
        #expect(w.allSatisfy { x.location($0) == nil }, "\(w.map { x.location($0) ?? "-" })")
    }

    @Test func placeBeforeTheWarningStays() {
        let x = Extracted("Speaking in Geneva, Ruth Calder warned that the dispute could take years.", date: may)
        #expect(types(x, .warn).contains { x.location($0) == "Geneva" }, "\(types(x, .warn).map { x.location($0) ?? "-" })")
    }

    // MARK: the event a retaliation answers (RetaliationPhrases)

    @Test func retaliationPhraseGivesNoPlaceOrDate() {
        let x = Extracted("The Ostel Front launched the assault in retaliation for raids on its camps near Marenta last week.", date: may)
        let a = types(x, .attack)
        #expect(a.count == 1, "\(a.map(\.trigger))")
        #expect(a.allSatisfy { $0.time == nil && x.location($0) == nil }, "\(a.map { ($0.time?.value ?? "-", x.location($0) ?? "-") })")
    }

    @Test func attackPlaceOutsideThePhraseStays() {
        let x = Extracted("Militants attacked a checkpoint in Talvik on Monday.", date: may)
        #expect(types(x, .attack).contains { x.location($0) == "Talvik" && $0.time != nil })
    }

    // MARK: warnings told speaker last (InvertedWarnings)

    @Test func speakerAfterTheQuoteWarns() {
        let x = Extracted("\"Prices will keep rising,\" warns economist Ana Sorel.", date: may)
        let w = types(x, .warn)
        #expect(w.contains { x.names($0, .agent) == ["Ana Sorel"] }, "\(w.map { x.names($0, .agent) })")
    }

    @Test func personWarnedStaysThePatient() {
        let x = Extracted("Ruth Calder warned Ana Sorel that prices would rise.", date: may)
        #expect(types(x, .warn).contains { x.names($0, .agent) == ["Ruth Calder"] && x.names($0, .patient) == ["Ana Sorel"] })
    }
}

/// Attacks, killings and arrests prevented, intended or ordered (ConflictModality): hypothetical,
/// with near misses told as done.
@Suite struct ConflictModalityTests {
    let may = CalendarDate(year: 2021, month: 5, day: 14)

    @Test(arguments: [
        ("Steel barriers were put up in Kerrow to prevent car bomb attacks.", EventType.attack),
        ("The Ostel Front drew up a plan to seize the bridge in Talvik and kill its guards.", EventType.kill),
        ("Police in Kerrow said the Ostel Front had tried to kill two soldiers.", EventType.kill),
        ("\"Kill the guards at the post in Talvik,\" the commander of the Ostel Front told his men.", EventType.kill),
    ])
    func notDoneIsHypothetical(_ text: String, _ type: EventType) {
        let x = Extracted(text, date: may)
        let found = x.events(type)
        #expect(!found.isEmpty && found.allSatisfy { $0.modality == .hypothetical }, "\(found.map { ($0.trigger, $0.modality) })")
    }

    @Test(arguments: [
        ("The Ostel Front went on to kill two soldiers in Talvik.", EventType.kill),
        ("The Ostel Front used a drone to kill two soldiers in Talvik.", EventType.kill),
        ("The Ostel Front attacked the convoy near Talvik on Monday.", EventType.attack),
        ("The attack on the convoy near Talvik killed two soldiers.", EventType.attack),
        ("The police in Kerrow were criticised after they failed to prevent the bombing of the convoy.", EventType.attack),
    ])
    func doneStaysAsserted(_ text: String, _ type: EventType) {
        let x = Extracted(text, date: may)
        let found = x.events(type)
        #expect(!found.isEmpty && found.allSatisfy { $0.modality == .asserted }, "\(found.map { ($0.trigger, $0.modality) })")
    }
}
