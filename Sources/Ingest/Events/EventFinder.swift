import EventModel

/// Finds events: trigger words from `Lexicons/event-triggers.tsv`, then their arguments from
/// the clause around them. Agent: the nearest argument before the trigger that is not inside
/// a prepositional phrase (`by X` for passives and nominal triggers). Patient or participant:
/// the first argument after it (`with X` for meetings, `to X` for visits, `on X` for attacks),
/// with coordinated ones (`X and Y`). Location: the most specific place after `in`/`at`/`near`.
/// Time: the nearest time expression in the sentence; a definite `the meeting` / `the visit`
/// takes the time (and a missing counterpart) of the event it refers back to.
struct EventFinder {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    let articleDate: CalendarDate?
    private let lex = Lexicons.shared
    private let cues = NonMeetingCues.shared

    static let prepositions: Set<String> = ["in", "at", "near", "to", "from", "on", "of", "for", "with", "by", "against",
                                            "into", "over", "after", "before", "during", "since", "about", "under",
                                            "between", "among", "through", "across", "outside", "inside", "like", "than",
                                            "including", "toward", "towards", "around", "behind", "beyond", "via", "without"]
    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "to", "into", "around", "across"]
    static let objectStops: Set<String> = [";", ":", "said", "says", "that", "which", "who", "because", "but", "while",
                                           "when", "after", "before", "although", "if", "as", "since", "where", "(", ")",
                                           "\"", "\u{201C}", "\u{201D}", "told", "saying", "amid", "despite", "over"]
    /// Double quotation marks, straight or curly, either side.
    static let doubleQuotes: Set<String> = ["\"", "\u{201C}", "\u{201D}"]
    static let determiners: Set<String> = ["the", "a", "an", "all", "some", "both", "many", "several", "its", "his", "her",
                                           "their", "our", "this", "these", "those", "other", "each", "every", "any",
                                           "few", "more", "most", "two", "three", "four", "five"]
    /// Prepositions that take a gerund clause ("after meeting X", "without visiting Y").
    static let gerundPrepositions: Set<String> = ["after", "before", "since", "while", "without", "upon", "on", "by", "when"]
    /// Words that open a clause rather than a phrase when a subject follows them.
    static let clauseOpeners: Set<String> = ["after", "before", "since", "as", "than", "like"]
    /// Words between a light verb and a nominal trigger ("made an urgent visit"); the ones that
    /// are also group nouns (`official`, `state`) are adjectives there, never parties.
    static let nounTriggerModifiers: Set<String> = ["the", "a", "an", "urgent", "quick", "private", "brief", "official", "state", "first", "secret", "direct", "his", "her", "their", "its", "high-level", "surprise", "further", "fresh", "new"]
    /// Words before `host` that make it a presenter ("outgoing host", "chat show host").
    static let presenterModifiers: Set<String> = ["outgoing", "previous", "former", "new", "current", "regular", "guest",
                                                  "show", "chat", "radio", "tv", "television", "breakfast", "programme",
                                                  "program", "talk", "game", "quiz", "co", "stand-in", "relief", "longtime"]
    static let lightVerbs: Set<String> = ["held", "hold", "holds", "holding", "made", "make", "makes", "making", "had",
                                          "paid", "pay", "launched", "launch", "carried", "began", "opened", "staged", "conducted"]
    static let auxiliaries: Set<String> = ["has", "had", "have", "is", "was", "are", "were", "will", "would", "could",
                                           "can", "may", "might", "should", "did", "does", "must", "shall"]
    /// Words for how many before `of`: "dozens of", "a number of", "some of".
    static let quantityHeads: Set<String> = ["dozens", "hundreds", "thousands", "scores", "millions", "number", "handful", "couple",
                                             "some", "many", "several", "most", "all", "both", "each", "one", "two", "three", "four",
                                             "five", "six", "seven", "eight", "nine", "ten", "few", "majority"]
    /// Words before such a head: "a large number", "a small handful".
    static let quantityLeads: Set<String> = ["a", "an", "the", "large", "small", "growing", "big", "huge", "good", "great", "record", "vast", "whole"]

    /// Groups sent on behalf of others: "a delegation of councils" is the councils' side.
    static let envoyGroups: Set<String> = ["delegation", "delegations", "representatives", "envoys", "emissaries"]

    /// Words between a subject and a verb it is planned to do: "is due to hold talks", "is set to meet".
    static let plannedLinks: Set<String> = ["due", "to", "set", "expected", "scheduled", "going", "about", "be"]
    static let beVerbs: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "got", "get"]
    static let anaphoricDeterminers: Set<String> = ["the", "this", "that", "these", "those", "his", "her", "their", "its"]
    /// Words after `said` that open the reported clause: a subject or a verb of its own.
    static let reportedClauseOpeners: Set<String> = ["that", "he", "she", "they", "it", "we", "i", "you", "would", "will",
                                                     "had", "has", "have", "was", "were", "is", "are", "could", "to"]
    /// Nouns before `of PLACE` that make the place the scene: "the harbour of Pemba", "the outskirts of Kabul".
    static let placeHeadNouns: Set<String> = ["harbour", "harbor", "port", "city", "town", "village", "outskirts", "suburbs",
                                              "suburb", "centre", "center", "heart", "streets", "capital", "province",
                                              "region", "district", "airport", "coast", "island", "outskirt", "north",
                                              "south", "east", "west", "border", "market", "camp"]
    /// Nouns set before a place's own name: "the capital Accra" (event-cues.tsv, place-head).
    static let placeHeads = EventCues.words("place-head")
    /// Words after `her` that make it an object, not a possessive: "invited her to visit", "met her in Lima".
    static let objectHerFollowers: Set<String> = ["to", "in", "at", "on", "and", "for", "with", "from", "as", "about", "into",
                                                  "after", "before", "during", "that", "when", "while", "because", "over",
                                                  "last", "this", "yesterday", "today", "again", "since", "until", "by"]
    /// Verbs whose clause tells what may come: a time inside it is not the event's (`build`).
    static let predictionVerbs: Set<String> = ["predicted", "predicts", "predict", "forecast", "forecasts", "warned", "warns",
                                               "estimated", "estimates", "hoped", "hopes", "expects", "believes", "believed", "vowed", "vows", "pledged", "pledges"]
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "reported", "stated"]
    /// Plural gathering nouns whose `of X and Y` are separate gatherings of each body.
    static let pluralGatherings: Set<String> = ["meetings", "summits", "sessions", "conferences"]
    static let pronouns: [String: String] = ["he": "person", "she": "person", "him": "person", "her": "person",
                                             "they": "plural", "them": "plural", "it": "organization"]

    struct Found {
        var event: Event
        var anaphoric: Bool
        var isNoun: Bool
        var flags: Set<String>
    }

    func find(_ state: inout DocumentState, times: [[TimeMention]]) -> [Event] {
        var found: [Found] = []
        // A sports report: its meetings between teams are fixtures ("England are still to meet Italy").
        var sportsWords = Set<String>()
        for t in tokens where cues.sports.contains(t.lower) { sportsWords.insert(t.lower) }
        let sportsDocument = sportsWords.count >= 3
        for (si, s) in sentences.enumerated() where !s.isHeading {
            let sportsSentence = s.tokens.contains {
                cues.fixtures.contains(tokens[$0].lower) && !finalAsAdjective($0, s) && !fixtureWordIsArranged($0, s) // (FixtureArrangements)
            }
            var k = s.tokens.lowerBound
            while k < s.tokens.upperBound {
                defer { k += 1 }
                guard tokens[k].kind == .word, let candidates = lex.triggers[tokens[k].lower] else { continue }
                guard let matched = match(candidates, k, s.tokens.upperBound) else { continue }
                var trigger = matched.0
                let triggerEnd = matched.1
                if isHeadToHead(k, triggerEnd, s) { continue } // (HeadToTrips)
                let prev = k > s.tokens.lowerBound ? tokens[k - 1].lower : ""
                // "the hosts", "a visit": a verb trigger after a determiner is a noun; "is meeting" is a verb.
                if !trigger.isNoun, Self.determiners.contains(prev), !trigger.flags.contains("meeting") || tokens[k].lower.hasSuffix("s") { continue }
                if trigger.isNoun, Self.beVerbs.contains(prev), tokens[k].lower.hasSuffix("ing") { trigger.isNoun = false }
                if trigger.isNoun, isVerbAfterPersonName(k, s, state), let verb = candidates.first(where: { !$0.isNoun }) { trigger = verb } // (NameThenMeetingVerb)
                // "the visiting arrangements", "a hosting deal": an -ing verb between a determiner and
                // a noun is an adjective.
                if !trigger.isNoun, tokens[k].lower.hasSuffix("ing"), Self.determiners.contains(prev), !candidates.contains(where: \.isNoun),
                   k + 1 < s.tokens.upperBound, tokens[k + 1].kind == .word, !tokens[k + 1].isCap, lex.stopWords[tokens[k + 1].lower] == nil { continue }
                // "former MTV host and VJ": a base-form verb right after a name, with no modal or `to`, is a noun.
                if !trigger.isNoun, tokens[k].lower == "host", k > s.tokens.lowerBound, tokens[k - 1].isCap { continue }
                // "outgoing host Wes Butters", "the show's regular host": a presenter, no hosting.
                if ["host", "hosts"].contains(tokens[k].lower), k > s.tokens.lowerBound, Self.presenterModifiers.contains(tokens[k - 1].lower) { continue }
                // A trigger inside a name ("Meeting Street", "Strike Force") is no trigger; nor is a
                // capitalised one inside a sentence, a title's word (the film "Meet The Neighbours").
                if let a = state.argAt[k], a.kind == .name { continue }
                if tokens[k].isCap, !tokens[k].isAllCaps, k > s.tokens.lowerBound,
                   (s.tokens.lowerBound..<k).contains(where: { tokens[$0].kind == .word }) { continue }
                let isMeeting = trigger.flags.contains("meeting")
                if isMeeting, sportsSentence { continue }
                found.append(contentsOf: build(trigger, k, triggerEnd, si, s, &state, times[si]))
                // The words of a multi-word trigger ("halt attacks") trigger nothing else.
                if !trigger.rest.isEmpty { k = triggerEnd - 1 }
            }
        }
        // Conflict and accord words that tell no such event: AccidentDeaths, NonViolentAttacks,
        // LooseAgreements, CauseBlames, InanimateThreats, RetaliationPhrases.
        dropAccidentDeaths(&found)
        refineNonViolentAttacks(&found)
        dropLooseAgreements(&found)
        dropCauseBlames(&found, state)
        dropInanimateThreats(&found, state)
        invertedWarnings(&found, state) // ("'...,' warns Ana Roe": InvertedWarnings)
        dropRetaliationTwins(&found)
        conflictModality(&found) // ("to stop any attack", "a mission to kill": ConflictModality)
        // "Upon arriving in Peru, X ...", "After talks with Y, X ...": FrontedClauseSubjects.
        frontedClauseSubjects(&found, &state)
        frontedTalksPairs(&found, state) // ("During talks in Oslo, Roe and Berg agreed": FrontedTalksPairs)
        agreedWithTalks(&found, &state) // ("X agreed with Y to enter into talks": AgreedWithTalks)
        speechDuringMeetings(&found, &state) // ("X told Y during a meeting that": SpeechDuringMeetings)
        dropAdjectiveMeetingNouns(&found)
        dropArrivalsOfThings(&found, state)
        dropJourneysOfThings(&found, state)
        dropTransitiveGatherings(&found)
        // Reactions greeted, shows on tour, interviews, routes that meet: GreetingRules, MeetingLookalikes.
        dropReactionGreetings(&found, state)
        dropMeetingLookalikes(&found, state)
        // Trips, personal encounters and what is no meeting: TripRules, EncounterRules, NonMeetingFilter.
        ownedTrips(&found, &state)
        meetingVisitOwners(&found, state) // (MeetingVisitOwners)
        regionTours(&found, &state) // ("a tour of African states": RegionTours)
        refineTrips(&found, &state, times: times)
        nationalTours(&found, state)
        tripTakesTo(&found, &state, times: times) // ("a trip that will take her to Seoul and Hanoi": TripTakesTo)
        seenFacilities(&found, &state, times: times) // ("will see an orphanage in Tanzania": SeenFacilities)
        encounters(&found, &state, times: times)
        beingWith(&found, &state, times: times)
        joinedByCompanions(&found, &state, times: times) // ("X was joined by Y": JoinedBy)
        joinedOnVisits(&found, &state, times: times) // ("X is to join Y in a visit to Z": JoinedBy)
        chairedMeetings(&found, &state) // ("the summit, chaired by X,": ChairedMeetings)
        describedParties(&found, &state)
        // Talks named by a hyphenated pair, reunions told of both people: HyphenPairTalks, ReunitedPairs.
        hyphenPairTalks(&found, &state, times: times)
        reunitedPairs(&found, &state, times: times)
        relativeWhoMet(&found, &state, times: times)
        relativeWhomMet(&found, &state, times: times) // ("Ana Roe, whom he met in Leeds": RelativeWhomMet)
        relativeTripOwners(&found, state) // ("X, who vanished after a trip to Y": RelativeTripOwners)
        separateMeetings(&found) // ("separate meetings with A and B": SeparateMeetings)
        secondObjectMeetings(&found, state, times: times) // ("met Y on Monday and Z on Tuesday": SecondObjectMeetings)
        introductions(&found, &state, times: times) // ("introduced him to Ivo Berg": Introductions)
        hostedMeals(&found, &state, times: times)
        speakerAfterMeeting(&found, &state)
        frontedTalksSpeaker(&found, &state)
        earlierClauseTalksOwners(&found, state) // ("X has set aside £7bn and talks with Y will begin": EarlierClauseTalksOwners)
        receptions(&found, &state, times: times)
        passiveReceptions(&found, &state, times: times) // ("Roe was received by Berg": PassiveReceptions)
        governmentAsCountry(&found, state)
        dropNonMeetings(&found, state)
        dropLooseMeetingWords(&found, state)
        // Contests, performers' tours and things met: SportsContests, PerformanceTours, ThingsMet.
        dropSportsContests(&found, state, sportsDocument: sportsDocument)
        dropPerformanceTours(&found)
        dropThingsMet(&found)
        markAbilities(&found)
        // "a host of stars", "the two sides" among three bodies: QuantityHosts, AmbiguousSides.
        dropQuantityHosts(&found)
        dropAmbiguousSides(&found, state)
        // A panel's own meeting, "X meets Y" as a comparison, "Springfield, IL": PanelMeetings, ComparisonMeets, PlaceTailParties.
        dropPanelMeetings(&found, state)
        dropComparisonMeets(&found, state)
        dropPlaceTailParties(&found, state)
        // Spokespeople and photo credits named beside a meeting: NonParticipants.
        dropNonParticipants(&found, state)
        // "X said it was an honour to meet Y": ExpletiveIt.
        expletiveSubjects(&found, &state)
        // "X visited the Blue Room to meet Y": VisitToMeet.
        visitorsMeet(&found, &state)
        // ("A Marine kept watch while ... met", "the Morgan Balcony", after VisitToMeet: NonPartyNames.)
        dropNonPartyNames(&found, state)
        found = found.enumerated().sorted { ($0.element.event.sentence, $0.offset) < ($1.element.event.sentence, $1.offset) }.map(\.element)
        if sportsDocument {
            // (Talks are no fixture: "Rovers are still in negotiations with a mystery investor".)
            found.removeAll { f in
                f.event.type.isMeeting && f.event.type != .negotiate && f.event.participants.allSatisfy {
                    let e = state.entities[$0.entity]
                    return e.type == .location || e.type == .organization && e.subtype != "intergovernmental"
                }
            }
        }
        amendBodyMeetings(&found, &state, times: times)
        resolveAnaphora(&found, state)
        // "In April, X was rescued. She was flown to Lima, where she met Y.": NarrativeTimes.
        narrativeTimes(&found, times: times)
        // "X arrived in Lima. She met Y on Monday.": NarrativePlaces.
        narrativePlaces(&found, times: times)
        relativeVisitPlaces(&found) // ("X, who is visiting Oslo, met Y": RelativeVisitPlaces)
        visitScenes(&found, state) // ("X's visit to Lima ... X held talks with Y": VisitScenes)
        // "X then met Y", "met Y in the afternoon", "X heads to Lima": StoryDayTimes.
        storyDayTimes(&found, times: times)
        // "a meeting on Sunday ... Sunday's meeting in Leeds": DayNamedMeetingPlaces.
        dayNamedPlaces(&found, state, times: times)
        datelinePlaces(&found, state) // ("TOKYO (Reuters) - ... met Y on Monday": DatelinePlaces)
        // Last: a summit no earlier rule gave a party.
        summitBodyFromContext(&found, state)
        bodyMemberMeetings(&found, state)
        summitSpeakers(&found, &state)
        sessionBodyFromContext(&found, state)
        mergeVisitsToldTwice(&found, state) // (VisitsToldTwice)
        mergePlacelessTrips(&found, state) // ("his tour of Africa ... his African tour": VisitsToldTwice)
        markCalledOffMeetings(&found) // ("Roe's meeting with Berg was cancelled": CancelledMeetings)
        found.removeAll { $0.event.type == .meet && isParliamentaryPartyMeeting($0.event, state) } // (NonMeetingFilter)
        placeSceneVisits(&found, state) // ("visited the scene": SceneVisits)
        placeDescribedVisits(&found, state) // ("toured the region": SceneVisits)
        articlePartnerTalks(&found, state) // ("the US said ... after talks failed", the US paired with the EU alone: ArticlePartnerTalks)
        var events = found.filter { keep($0, state.entities) }.map(\.event)
        events.removeAll(where: Self.isVisitorless) // (VisitorlessVisits)
        events = EventMerger.merge(events, bodies: Set(state.entities.indices.filter { state.entities[$0].subtype == "intergovernmental" }))
        mergeLeaderLevelMeetings(&events, state) // ("Euronext met the LSE ... Euronext chief X met LSE boss Y": LeaderLevelMeetings)
        return events
    }

    private func match(_ candidates: [Lexicons.Trigger], _ k: Int, _ end: Int) -> (Lexicons.Trigger, Int)? {
        // Both readings listed ("visit", "meeting"): a noun after a determiner or possessive.
        var candidates = candidates
        if candidates.contains(where: \.isNoun), candidates.contains(where: { !$0.isNoun }) {
            let p1 = k > 0 ? tokens[k - 1].lower : "", p2 = k > 1 ? tokens[k - 2].lower : ""
            _ = p2
            // Back over modifiers ("a games industry meeting") to a determiner, possessive or preposition.
            var q = k - 1
            // ("his first official visit": an adjective of a nominal trigger is no stop, even a common one.)
            // ("Ana Roe's recent visit": the walk stops at the possessive, which opens the noun phrase.)
            while q >= 0, q > k - 4, tokens[q].kind == .word, !tokens[q].isCap, tokens[q].lower != "'s",
                  lex.stopWords[tokens[q].lower] == nil || Self.nounTriggerModifiers.contains(tokens[q].lower) && !Self.determiners.contains(tokens[q].lower),
                  !Self.auxiliaries.contains(tokens[q].lower), !Self.beVerbs.contains(tokens[q].lower) { q -= 1 }
            let opener = q >= 0 ? tokens[q].lower : ""
            let nounContext = Self.determiners.contains(p1) || p1 == "'s" || (Self.prepositions.contains(p1) && p1 != "to")
                || (q < k - 1 && (Self.determiners.contains(opener) || opener == "'s" || Self.prepositions.contains(opener) && opener != "to"))
                || (k > 0 && tokens[k - 1].isCap && !objectAfterNamedPlace(k))
                || ((Self.determiners.contains(p2) || p2 == "'s") && ["next", "last", "previous", "latest", "final"].contains(p1))
            // "after meeting Ivo Lund", "before meeting the president": a gerund with its object.
            let n1 = k + 1 < tokens.count ? tokens[k + 1] : nil
            let gerund = tokens[k].lower.hasSuffix("ing") && Self.gerundPrepositions.contains(p1) && n1.map {
                ($0.isCap && lex.timeWords[$0.lower] == nil) || ["the", "his", "her", "their", "its"].contains($0.lower) } == true
            candidates = candidates.filter { $0.isNoun == (nounContext && !gerund) }
        }
        outer: for t in candidates {
            var j = k + 1
            var gapAllowed = false
            for w in t.rest {
                if w == "*" { gapAllowed = true; continue }
                var gap = 0
                while j < end, tokens[j].lower != w {
                    if !gapAllowed || gap >= 2 { continue outer }
                    gap += 1
                    j += 1
                }
                if j >= end { continue outer }
                j += 1
                gapAllowed = false
            }
            return (t, j)
        }
        return nil
    }

    /// "was in Lima meeting Ana Roe", "spent Tuesday meeting the president": a name before the
    /// trigger is no modifier of a noun ("the Lima meeting") when no determiner opens it and a
    /// direct object follows, so the trigger is the verb's participle.
    func objectAfterNamedPlace(_ k: Int) -> Bool {
        guard tokens[k].lower.hasSuffix("ing"), k + 1 < tokens.count else { return false }
        let n1 = tokens[k + 1]
        guard (n1.isCap && lex.timeWords[n1.lower] == nil) || ["the", "his", "her", "their"].contains(n1.lower) else { return false }
        var r = k - 1
        while r >= 0, tokens[r].isCap { r -= 1 }
        guard r >= 0 else { return false }
        return !Self.determiners.contains(tokens[r].lower) && tokens[r].lower != "'s" && tokens[r].kind == .word
    }

    /// Whether `t` opens a prepositional phrase around an argument starting at `a`.
    func preposition(before a: Int, from start: Int, _ argAt: [Arg?]) -> String? {
        var j = a - 1
        var steps = 0
        while j >= start, steps < 4 {
            let w = tokens[j]
            // ("photos of Ann Roe meeting ...": the picture's `of` shows a scene; NameThenMeetingVerb.)
            if isPictureOf(j, start: start), (a..<min(tokens.count, a + 6)).contains(where: { tokens[$0].lower == "meeting" }) { return nil }
            // ("met dozens of farmers", "a large number of local authorities", "some of the students":
            // the `of` after a quantity is no preposition of the clause; the group is the object.)
            if w.lower == "of", j - 1 >= start, Self.quantityHeads.contains(tokens[j - 1].lower) || tokens[j - 1].kind == .number {
                j -= 2
                while j >= start, Self.quantityLeads.contains(tokens[j].lower) { j -= 1 }
                steps += 1
                continue
            }
            if Self.prepositions.contains(w.lower) { return w.lower }
            // ("In 2015 Ann Roe won a prize and met ...": a year right before the name closes the
            // time phrase that opens the clause; the name is its subject, not the object of `in`.)
            if j == a - 1, w.kind == .number, w.text.utf8.count == 4, let y = Int(w.text), (1900...2100).contains(y) { return nil }
            if Self.determiners.contains(w.lower) { j -= 1; steps += 1; continue }
            // "with Disney's producers": look past the possessor.
            if w.lower == "'s", j - 1 >= start, let owner = argAt[j - 1]?.tokens.lowerBound { j = owner - 1; steps += 1; continue }
            // "in the Ghanaian capital, Accra": the name in apposition to a place noun.
            if w.text == ",", j - 1 >= start, Self.placeHeads.contains(tokens[j - 1].lower) { j -= 1; continue }
            // "in the Niger capital Niamey": a country's name qualifying the place noun.
            if let owner = argAt[j], owner.tokens.upperBound < a, Self.placeHeads.contains(tokens[owner.tokens.upperBound].lower) {
                j = owner.tokens.lowerBound - 1; steps += 1; continue
            }
            // "of China and India": the preposition governs the coordinated names too.
            if w.lower == "and" || w.lower == "or" || w.text == "," {
                if j - 1 >= start, let prevArg = argAt[j - 1]?.tokens.lowerBound { j = prevArg - 1; steps += 1; continue }
                return nil
            }
            if w.kind == .punct || Lexicons.shared.stopWords[w.lower] == .function && !["the", "a", "an"].contains(w.lower) { return nil }
            // "appear to show Ann Roe meeting": a verb of seeing takes the name as its object (NameThenMeetingVerb).
            if Self.seeingVerbs.contains(w.lower) { return nil }
            // "with French carmaker Alba Group": NationalityModifiers.
            if w.isCap, !isBareNationality(j, argAt) { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    private func build(_ trigger: Lexicons.Trigger, _ k: Int, _ triggerEnd: Int, _ si: Int, _ s: Sentence,
                       _ state: inout DocumentState, _ times: [TimeMention]) -> [Found] {
        guard let type = EventType(rawValue: trigger.type) else { return [] }
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        let isMeeting = trigger.flags.contains("meeting")
        // Passive: "was killed by X", "were hosted by X"
        var passive = false
        if !trigger.isNoun, tokens[k].lower.hasSuffix("ed") {
            var j = k - 1
            while j >= start, j >= k - 3, tokens[j].lower.hasSuffix("ly") || tokens[j].lower == "not" { j -= 1 }
            if j >= start, Self.beVerbs.contains(tokens[j].lower) { passive = true }
            // A reduced passive: "... and visited by the first crew", "the envoys welcomed by X".
            if isMeeting, triggerEnd < end, tokens[triggerEnd].lower == "by" { passive = true }
        }
        var agent: Arg? = nil
        var objects: [Arg] = []
        var place: Arg? = nil
        // "by X" after the trigger names the agent of passives and nominal triggers.
        var byArg: Arg? = nil
        var coordinated: [Arg] = []
        // Where the subject matter of a `with-only` trigger ends: "discussed the budget with Berg" (DiscussedWith).
        var topicEnd: Int? = nil
        if trigger.flags.contains("with-only") {
            guard !passive, let w = withAfterSubjectMatter(triggerEnd, end) else { return [] }
            topicEnd = w
        }
        if passive || trigger.isNoun || trigger.flags.contains("passive-agent-by") {
            var j = triggerEnd
            while j < min(end, triggerEnd + 3) {
                if tokens[j].lower == "by" {
                    byArg = argument(at: j + 1, end, &state, si)
                    // "by China's first astronaut, Liu Yang": the possessor only qualifies the person.
                    if let b = byArg, b.tokens.upperBound < end, tokens[b.tokens.upperBound].lower == "'s" {
                        // ("by the President's son-in-law": an unnamed relative, not the possessor.)
                        if b.tokens.upperBound + 1 < end, KinNouns.all.contains(tokens[b.tokens.upperBound + 1].lower) { byArg = nil }
                        var q = b.tokens.upperBound + 1
                        while q < min(end, b.tokens.upperBound + 8), tokens[q].kind == .word || tokens[q].text == "," {
                            if let p = state.argAt[q], state.entities[p.entity].type == .person { byArg = p; break }
                            q += 1
                        }
                    }
                    break
                }
                if tokens[j].kind == .punct { break }
                j += 1
            }
        }
        if passive {
            agent = byArg
            if type != .statement, type != .report, let subject = leftArgument(k, start, &state, si) {
                // "The station was visited by X": the subject is where X went, not whom X met.
                // ("a party in Tunisia hosted by X": a place before a hosting is where, never the guest.)
                if type == .visit || type == .host, subject.kind != .group, state.entities[subject.entity].type == .location
                    || type == .visit && subject.kind != .group && state.entities[subject.entity].type != .person {
                    place = subject
                } else {
                    objects.append(subject)
                }
            }
        } else {
            if trigger.isNoun, let b = byArg { agent = b }
            // A modifier right before a nominal trigger is its agent: "US strike", "Iran's attack".
            if agent == nil, trigger.isNoun {
                // "Mr Straw's China trip", "the US strike", "Iran's attack"
                var j = k - 1
                // ("Ana Roe's first visit": an adjective of a nominal trigger is no stop, even a common one.)
                while j >= start, j >= k - 3, !tokens[j].isCap, tokens[j].kind == .word, tokens[j].lower != "'s",
                      Lexicons.shared.stopWords[tokens[j].lower] == nil || Self.nounTriggerModifiers.contains(tokens[j].lower) && !Self.determiners.contains(tokens[j].lower),
                      !Self.lightVerbs.contains(tokens[j].lower),
                      !Self.auxiliaries.contains(tokens[j].lower), !Self.beVerbs.contains(tokens[j].lower) { j -= 1 }
                if j >= start, type == .visit, tokens[j].lower != "'s", let a = state.argAt[j], a.kind == .name,
                   state.entities[a.entity].type == .location {
                    place = a
                    j = a.tokens.lowerBound - 1
                }
                var possessive = false
                if j >= start, tokens[j].lower == "'s" { j -= 1; possessive = true }
                if j >= start, let a = state.argAt[j], a.kind == .name || possessive, a.tokens.upperBound >= j,
                   possessive || preposition(before: a.tokens.lowerBound, from: start, state.argAt) == nil {
                    if possessive || state.entities[a.entity].type != .location || state.entities[a.entity].subtype == "country" {
                        agent = a
                    }
                }
                if agent == nil { agent = possessivePronounAgent(beforeNoun: k, start, &state) }
            }
            // Nominal triggers look left for their agent only after a light verb ("held talks",
            // "made a visit") or when they are meetings ("X is in talks with Y").
            let lightVerb = k > start && k - 3 >= start && (k - 3..<k).contains { Self.lightVerbs.contains(tokens[$0].lower) }
            if agent == nil, !trigger.isNoun || isMeeting || lightVerb {
                // A compound modifier ("industry meeting") is a party, not the subject: look left of it.
                let compound = trigger.isNoun && isMeeting && k - 1 > start && lex.groupNouns[tokens[k - 1].lower] != nil
                    && state.argAt[k - 1] == nil && !Self.nounTriggerModifiers.contains(tokens[k - 1].lower)
                var leftEdge = compound ? k - 1 : k
                // "on his first official visit", "a state visit": adjectives that are also group nouns.
                if trigger.isNoun {
                    while leftEdge - 1 > start, !tokens[leftEdge - 1].isCap, Self.nounTriggerModifiers.contains(tokens[leftEdge - 1].lower),
                          lex.groupNouns[tokens[leftEdge - 1].lower] != nil, state.argAt[leftEdge - 1].map({ $0.kind == .group }) ?? true {
                        leftEdge = min(leftEdge - 1, state.argAt[leftEdge - 1]?.tokens.lowerBound ?? leftEdge)
                    }
                }
                let subjects = leftArguments(leftEdge, start, &state, si)
                agent = subjects.first
                // "X and Y met" is a meeting; "X and Y use ... to negotiate down prices" is not.
                if isMeeting, subjects.count > 1 {
                    let next = triggerEnd < end ? tokens[triggerEnd] : nil
                    let objectFollows = next.map { $0.kind == .word && !$0.isCap && !Self.prepositions.contains($0.lower)
                        && lex.stopWords[$0.lower] == nil && lex.timeWords[$0.lower] == nil && !$0.lower.hasSuffix("ly") } ?? false
                    // ("X and Y met Z": right before the verb both subjects meet Z; "X, Y and Z, met": a comma closes the list.)
                    let verbNext = !trigger.isNoun && (subjects[subjects.count - 1].tokens.upperBound..<leftEdge).allSatisfy {
                        Self.auxiliaries.contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("ly") || tokens[$0].lower == "also"
                            || tokens[$0].text == "," && $0 == subjects[subjects.count - 1].tokens.upperBound }
                    if !objectFollows || verbNext { coordinated = Array(subjects.dropFirst()) }
                }
            }
            if agent == nil { agent = byArg }
            // Statements have a speaker; only "told X" names a hearer.
            if let w = topicEnd {
                objects = rightArguments(trigger, w + 1, end, &state, si, byArg: byArg)
            } else if type != .statement || tokens[k].lower == "told" {
                objects = rightArguments(trigger, triggerEnd, end, &state, si, byArg: byArg)
                // "negotiate pay cuts with the staff": a lowercase subject matter, then the party (DiscussedWith).
                if objects.isEmpty, isMeeting, trigger.flags.contains("object-with"), triggerEnd < end,
                   tokens[triggerEnd].kind == .word, !tokens[triggerEnd].isCap, tokens[triggerEnd].lower != "with",
                   let w = withAfterSubjectMatter(triggerEnd, end), w > triggerEnd {
                    topicEnd = w
                    objects = rightArguments(trigger, w + 1, end, &state, si, byArg: byArg)
                }
            }
        }
        // ("Firms including A, B and C held talks with unions": one talks each; ExampleMembersApart.)
        let eachExample = isMeeting ? examplesMeetingGroups(agent: agent, coordinated: coordinated, objects: objects, start: start, state) : nil
        objects = coordinated + objects
        // "a games industry meeting": a group noun right before a meeting noun is a party.
        // ("the official visit": `official` there is an adjective, not a party.)
        if isMeeting, trigger.isNoun, k - 1 > start, lex.groupNouns[tokens[k - 1].lower] != nil, state.argAt[k - 1] == nil,
           !Self.nounTriggerModifiers.contains(tokens[k - 1].lower), let g = makeGroup(head: k - 1, k - 1, &state, si), g.entity != agent?.entity {
            objects.append(g)
        }
        // "on the final day of the G20 summit": an intergovernmental body naming the summit is its
        // party, whatever preposition comes before (the conventions list the body alone).
        if isMeeting, trigger.isNoun, agent == nil, k - 1 >= start, let body = state.argAt[k - 1], body.kind == .name,
           state.entities[body.entity].subtype == "intergovernmental", !objects.contains(where: { $0.entity == body.entity }) {
            agent = body
        }
        // "talks between X and Y"
        // ("The trip follows claims of infighting between X and Y": `between` there is another noun's.)
        if isMeeting, let b = (triggerEnd..<min(end, triggerEnd + 5)).first(where: { tokens[$0].lower == "between" }),
           (triggerEnd..<b).allSatisfy({ betweenGap(tokens[$0]) }) || conflictBetween(triggerEnd, b) {
            let both = rightArguments(trigger, b + 1, end, &state, si, byArg: nil, any: true)
            if both.count >= 2 { agent = both[0]; objects = Array(both.dropFirst()) }
        }
        var separateBodies: [Arg] = []
        // "a meeting of India and Pakistan", "a meeting of the foreign ministers of India and Pakistan":
        // two or more parties joined after `of` (a body's own session, "a meeting of the cabinet", has one).
        if isMeeting, trigger.isNoun, type != .visit, triggerEnd < end, tokens[triggerEnd].lower == "of",
           let parties = partiesAfterOf(trigger, triggerEnd + 1, end, &state, si) {
            agent = parties[0]
            objects = Array(parties.dropFirst())
            // "recent meetings of the G7 and the World Economic Forum": plural meetings of bodies are
            // each body's own gatherings, not one meeting between them.
            if Self.pluralGatherings.contains(tokens[triggerEnd - 1].lower),
               parties.allSatisfy({ state.entities[$0.entity].type == .organization && state.entities[$0.entity].subtype != "group" }) {
                objects = []
                separateBodies = Array(parties.dropFirst())
            }
        }
        // "met targets", "met with criticism": not a meeting.
        if isMeeting, !trigger.isNoun {
            var j = triggerEnd
            while j < end, ["with", "the", "its", "their", "his", "her", "all", "a", "an"].contains(tokens[j].lower) { j += 1 }
            // "met Silva's cross": look past a possessor.
            if j < end, let a = state.argAt[j], a.tokens.upperBound < end, ["'s", "'", "\u{2019}"].contains(tokens[a.tokens.upperBound].lower) {
                j = a.tokens.upperBound + 1
            }
            // (Only the object's own words: "met on the set of a show", "met while filming a show" put
            // the show in a phrase or clause of its own; the couple met.)
            while j < end, !tokens[j].isCap, tokens[j].kind == .word, j + 1 < end, !cues.objects.contains(tokens[j].lower),
                  tokens[j + 1].kind == .word, lex.groupNouns[tokens[j].lower] == nil,
                  !Self.prepositions.contains(tokens[j].lower), !Self.subjectOpeners.contains(tokens[j].lower) { j += 1 }
            // (A capitalised thing word is a name met: "met Tom Price", as in ThingsMet.)
            // (Only `meet`'s: "negotiated an end to its alliance with Y" is talks with Y.)
            if type == .meet, j < end, cues.objects.contains(tokens[j].lower), !cueModifiesParty(j, end), !tokens[j].isCap || tokens[j].isAllCaps { return [] } // (PartyModifierCues)
        }
        // "board meeting", "cabinet meeting": one body's own meeting.
        if isMeeting, trigger.isNoun, k > start, cues.ownBody.contains(tokens[k - 1].lower) { return [] }
        // "convened a National Security Council meeting": a named body's own meeting is no party's (but a
        // session of an intergovernmental body, "a UN Security Council meeting", is a meeting of its members).
        if isMeeting, !trigger.isNoun { objects.removeAll { isOwnMeetingOfBody($0, end, state) } }
        // Visits: a place object is the destination.
        var otherStops: [Arg] = []
        // Stops placed inside a visit's object ("an orphanage in Tanzania and a clinic in Mozambique"):
        // a visit each, no trip of their own (VisitObjectStops).
        var objectStops: [Arg] = []
        // "visited Kenya's biggest slum", "toured Lima's old town": the place owns what was visited.
        if type == .visit, !trigger.isNoun, place == nil, objects.isEmpty || !objects.contains(where: { state.entities[$0.entity].type == .location }),
           triggerEnd < end, let owner = state.argAt[triggerEnd], owner.kind == .name, owner.tokens.lowerBound == triggerEnd,
           owner.tokens.upperBound < end, ["'s", "\u{2019}s"].contains(tokens[owner.tokens.upperBound].lower),
           state.entities[owner.entity].type == .location,
           // (Not its people: "visited Peru's president" is a meeting, wherever it was.)
           owner.tokens.upperBound + 1 >= end || lex.titles[tokens[owner.tokens.upperBound + 1].lower] == nil
            && lex.groupNouns[tokens[owner.tokens.upperBound + 1].lower] == nil {
            place = owner
        }
        // (A group tied to a country, "the Pakistani community", is a party, not the destination.)
        if type == .visit, place == nil, let first = objects.first, first.kind != .group, state.entities[first.entity].type == .location {
            place = first
            objects.removeFirst()
            // "visiting Tanzania, Mozambique and Kenya": one visit per named stop.
            // ("a tour of Africa, the UK chancellor said": a place before a title only says whose office.)
            otherStops = objects.filter { state.entities[$0.entity].type == .location
                && ($0.tokens.upperBound >= end || lex.titles[tokens[$0.tokens.upperBound].lower] == nil) }
            objects.removeAll { state.entities[$0.entity].type == .location }
        }
        // Cities, regions and buildings do not travel, meet, speak or kill (a capital acting as
        // government is already its country): in "a family in Boston said" or under a dateline
        // ("LONDON — seven people were killed") the place only locates someone else. A city that
        // hosts is where the event was.
        let entities = state.entities
        let isPlace = { (a: Arg) in entities[a.entity].type == .location && entities[a.entity].subtype != "country" }
        if let a = agent, isPlace(a) {
            if type == .host, place == nil { place = a }
            agent = nil
        }
        if type == .kill || type == .arrest { objects.removeAll(where: isPlace) }
        // "four soldiers killed in the ambush ...": ReducedRelativeVictims.
        reducedRelativeVictim(type, trigger: k, triggerEnd: triggerEnd, end: end, passive: passive, isNoun: trigger.isNoun,
                              agent: &agent, objects: &objects, byArg: byArg)
        // "an increase in Europeans travelling to the UK": ReducedRelativeVictims.
        if unnamedParticipleSubject(type, trigger: k, isNoun: trigger.isNoun, agent: agent, state) { agent = nil }
        // Locations: the most specific place in a locative phrase, nearest the trigger.
        // "... from the United States, where he met ...": `where` points back at the place before it,
        // over a place of the main clause, not over one inside the `where` clause (MeetingPlaces).
        if place == nil {
            place = location(k, s, state, exclude: [agent?.entity, objects.first?.entity], meeting: type.isMeeting)
            if let w = wherePlace(k, start, state), place.map({ $0.tokens.lowerBound < w.tokens.upperBound }) ?? true { place = w }
            if let t = topicEnd, let p = place, (triggerEnd..<t).contains(p.tokens.lowerBound) { place = nil }
            // "will visit an orphanage in Tanzania and a clinic in Mozambique": VisitObjectStops.
            if type == .visit, !trigger.isNoun, otherStops.isEmpty {
                let stops = stopsInVisitObject(k, triggerEnd: triggerEnd, s, state)
                if let first = stops.first {
                    place = first
                    objectStops = Array(stops.dropFirst())
                }
            }
        }
        // Arguments of another clause: "X said a suspect was arrested" (SpeakerArguments), "warned
        // that ... in Geneva" (ReportedContentPlaces), "the assault in retaliation for raids near
        // Marenta" (RetaliationPhrases). They go only when the event keeps a party or a place:
        // an event with nothing left is dropped by `keep`, and a real one is worth more to the
        // reader with a wrong argument than not at all.
        let answered = type == .attack || type == .kill ? answeredEventPhrase(trigger: k, s) : nil
        do {
            var (a2, o2, p2) = (agent, objects, place)
            dropSpeakerArguments(type, trigger: k, start: start, agent: &a2, objects: &o2)
            if placeInsideContent(type, p2, triggerEnd: triggerEnd) { p2 = nil }
            if let r = answered {
                if let p = p2, r.contains(p.tokens.lowerBound) { p2 = nil }
                o2.removeAll { r.contains($0.tokens.lowerBound) }
            }
            if a2 != nil || !o2.isEmpty || p2 != nil { (agent, objects, place) = (a2, o2, p2) }
        }
        if let p = place { objects.removeAll { $0.entity == p.entity } }
        // Time: the nearest expression in the sentence.
        var time: TimeValue? = nil
        var best = Int.max
        for t in times {
            // An expression after the trigger belongs to it more often than one before.
            var d = t.tokens.lowerBound > k ? t.tokens.lowerBound - k : 2 * (k - t.tokens.upperBound)
            // Before the subject it dates another clause: "revealed tonight he plans to visit ... in November".
            if let a = agent, t.tokens.upperBound <= a.tokens.lowerBound, a.kind == .pronoun || a.tokens.lowerBound > start + 1 { d += 20 }
            // "arrived in Lima on Sunday and met Y on Monday", "... before meeting Y on Monday": a time
            // before a conjunction dates the verb before it; one of the trigger's own wins.
            if t.tokens.upperBound <= k, (t.tokens.upperBound..<k).contains(where: { Self.clauseLinks.contains(tokens[$0].lower) }) { d += 20 }
            // "first linked in 2014 after they met": a time before `after`, `before`, `since` or `until`
            // dates the clause it ends, not the meeting the subordinate clause tells (the gold notes:
            // "started dating in 2014 after meeting" does not date the meeting).
            if t.tokens.upperBound <= k, t.tokens.lowerBound > start + 2,
               (t.tokens.upperBound..<k).contains(where: { ["after", "before", "since", "until"].contains(tokens[$0].lower) }) { continue }
            // "China's admission in 2001 took 15 years and talks with Russia have been going on":
            // talks that open a new clause after `and` take no time from the clause before.
            if trigger.isNoun, t.tokens.upperBound <= k, let c = (t.tokens.upperBound..<k).last(where: { tokens[$0].lower == "and" }),
               c + 1 == k || (c + 1..<k).allSatisfy({ Self.determiners.contains(tokens[$0].lower) || Self.nounTriggerModifiers.contains(tokens[$0].lower) }),
               c > start, tokens[c - 1].kind == .word || tokens[c - 1].kind == .number { continue }
            // "said he would visit Greenland in January": a time inside the reported clause dates
            // what was said, not the saying.
            if type == .statement || type == .report, t.tokens.lowerBound >= triggerEnd,
               (triggerEnd..<t.tokens.lowerBound).contains(where: { Self.reportedClauseOpeners.contains(tokens[$0].lower) }) { continue }
            // "on his tour of Africa, the chancellor predicted a vaccine could be found by 2012": a
            // time inside what another verb after the trigger predicts or reports dates that content.
            if type != .statement, type != .report, t.tokens.lowerBound >= triggerEnd,
               (triggerEnd..<t.tokens.lowerBound).contains(where: { q in
                   // ("visited Lima, officials said on Monday": a time right after the speech verb dates the telling.)
                   (Self.predictionVerbs.contains(tokens[q].lower) || Self.speechVerbs.contains(tokens[q].lower) && tokens[q].lower != "told")
                       && q + 1 < t.tokens.lowerBound && !(q + 2 == t.tokens.lowerBound && ["on", "in", "last", "this"].contains(tokens[q + 1].lower)) }) { continue }
            // "a couple since 2011", ", who becomes mayor in March,": OtherClauseTimes.
            if timeOfOtherClause(t, trigger: k, triggerEnd: triggerEnd, start: start, type: type) { continue }
            if let r = answered, r.contains(t.tokens.lowerBound) { continue }
            // "met Y after Tuesday's vote": PossessiveTimes.
            if type.isMeeting, possessiveTimeOfOther(t, trigger: k) || attributiveTimeOfOther(t, trigger: k) { continue }
            if d < best, let v = t.value { best = d; time = v }
        }
        // "X, who will retire next month, met Y on Friday": the Friday behind (PastWeekdays).
        var toldInPast = false
        if let t = time, let back = pastWeekday(t, trigger: k, isNoun: trigger.isNoun, start: start) { time = back; toldInPast = true }
        var modality = ModalityCues.modality(tokens, trigger: k, sentenceStart: start, isNoun: trigger.isNoun, hasTime: time != nil)
        // The `will` of another clause makes no plan of a meeting told in the past.
        if toldInPast, modality == .planned { modality = .asserted }
        // "said ... about negotiating with X", "ready for talks": a topic, not a happening.
        if modality == .asserted, k > start, ["about", "for", "on"].contains(tokens[k - 1].lower), tokens[k].lower.hasSuffix("ing") {
            modality = .hypothetical
        }
        // "are to meet on Friday", "is meeting Y in December": the coming day or month (PlannedTimes).
        if !toldInPast, let t = time, let ahead = plannedTimeAhead(t, trigger: k, isNoun: trigger.isNoun, modality: modality, sentence: s) {
            time = ahead; modality = .planned
        }
        if modality == .asserted, let t = time, let a = articleDate, t.start > a,
           a.day != nil || t.start.month != a.month || t.start.year != a.year {
            modality = .planned
        }
        // Reports and statements date from publication when they give no time of their own.
        if time == nil, type == .report || type == .statement, let a = articleDate, !passive || true {
            let end = a.day == nil ? CalendarDate(year: a.year, month: a.month, day: CalendarDate.daysIn(year: a.year, month: a.month)) : a
            let startD = a.day == nil ? CalendarDate(year: a.year, month: a.month, day: 1) : a
            time = TimeValue(value: a.description, text: "article date", start: startD, end: end)
        }
        // "discussed the claims with the chancellor": no talks and no place, so no meeting (DiscussedWith).
        // ("Speaking in Beijing, Wang said China was discussing it with ...": the place is the speaker's.)
        if trigger.flags.contains("with-only") {
            guard let p = place, p.tokens.lowerBound > k || !(p.tokens.upperBound..<k).contains(where: { Self.reportedClauseVerbs.contains(tokens[$0].lower) || Self.speechVerbs.contains(tokens[$0].lower) })
            else { return [] }
        }
        var participants: [Participant] = []
        if let a = agent { participants.append(Participant(entity: a.entity, role: .agent)) }
        let objectRole: Role = isMeeting || type == .agree || type == .negotiate ? .participant : .patient
        for o in objects where !participants.contains(where: { $0.entity == o.entity }) {
            participants.append(Participant(entity: o.entity, role: objectRole))
        }
        // The trigger text: light verb + noun ("held the meeting", "made an urgent visit").
        var tStart = k
        if trigger.isNoun {
            var j = k - 1
            while j >= start, j >= k - 3, !tokens[j].isCap, tokens[j].kind == .word,
                  Self.nounTriggerModifiers.contains(tokens[j].lower) { j -= 1 }
            if j >= start, ["held", "hold", "holds", "holding", "made", "make", "makes", "making", "had", "paid", "pay", "launched", "carried", "began", "begin", "opened"].contains(tokens[j].lower) { tStart = j }
        }
        let span = TextSpan(start: tokens[tStart].start, end: tokens[triggerEnd - 1].end)
        let anaphoric = trigger.isNoun && k > start && Self.anaphoricDeterminers.contains(tokens[max(start, tStart == k ? k - 1 : tStart + 1)].lower)
            || trigger.isNoun && k > start + 1 && Self.anaphoricDeterminers.contains(tokens[k - 2].lower) && !tokens[k - 1].isCap
        let event = Event(type: type, cameo: trigger.cameo, trigger: ScalarClass.string(scalars[span.start..<span.end]),
                          triggerSpan: span, sentence: si, modality: modality, participants: participants,
                          location: place?.entity, time: time, confidence: agent != nil && !objects.isEmpty ? 0.8 : 0.6)
        var flags = trigger.flags
        if isMeeting, trigger.isNoun, objects.count == 1, objects[0].kind == .group, bodyGathering(objects[0], state),
           triggerEnd < end, tokens[triggerEnd].lower == "of" { flags.insert("body") }
        if !separateBodies.isEmpty { flags.insert("body") }
        var out = eachExample.map { oneEventPerExample(event, members: $0, flags: flags, isNoun: trigger.isNoun) }
            ?? [Found(event: event, anaphoric: anaphoric, isNoun: trigger.isNoun, flags: flags)]
        for body in separateBodies {
            var e = event
            e.participants = [Participant(entity: body.entity, role: .agent)]
            out.append(Found(event: e, anaphoric: false, isNoun: true, flags: flags))
        }
        for stop in otherStops + objectStops {
            var e = event
            e.location = stop.entity
            out.append(Found(event: e, anaphoric: false, isNoun: trigger.isNoun, flags: trigger.flags))
        }
        // A trip that takes in several places is also one visit as a whole (the eval convention).
        if !otherStops.isEmpty {
            var trip = event
            trip.location = nil
            trip.confidence = 0.5
            out.insert(Found(event: trip, anaphoric: false, isNoun: trigger.isNoun, flags: trigger.flags.union(["trip"])), at: 0)
        }
        return out
    }

    /// The argument starting at (or right after a determiner at) `j`.
    func argument(at j0: Int, _ end: Int, _ state: inout DocumentState, _ si: Int) -> Arg? {
        var j = j0
        while j < end, ["the", "a", "an"].contains(tokens[j].lower) { j += 1 }
        var k = j
        while k < min(end, j + 4) {
            if let a = state.argAt[k] ?? pronoun(k, &state) ?? group(k, end, &state, si) { return a }
            // ("hosted by deputy PM John Prescott": a capitalised title word before the name is passed.)
            if tokens[k].kind != .word || tokens[k].isCap && lex.titles[tokens[k].lower] == nil { break }
            k += 1
        }
        return nil
    }

    /// The subject: the nearest argument before `k` outside prepositional phrases.
    private func trigger(isNoun k: Int) -> Bool {
        lex.triggers[tokens[k].lower]?.first?.isNoun ?? false
    }

    /// Nouns for one business that a place before them only locates ("a US firm", "the Dutch bank").
    static let businessHeads: Set<String> = ["firm", "company", "bank", "carmaker", "airline", "retailer", "insurer",
                                             "conglomerate", "consortium", "broadcaster", "manufacturer", "chipmaker"]

    /// Words after which a name can open a clause as its subject.
    static let subjectOpeners: Set<String> = ["and", "but", "that", "when", "while", "as", "after", "before", "if",
                                              "because", "since", "where", "though", "although", "until", "once",
                                              "meanwhile", "then", "so", "also", "now", "said", "says", "say", "believed",
                                              "revealed", "confirmed", "admitted", "insisted", "claimed", "announced"]

    /// Whether the argument at `a` can be a subject: at the clause start, after punctuation,
    /// a conjunction or a determiner, or right before the verb.
    func canBeSubject(_ a: Arg, _ k: Int, _ start: Int) -> Bool {
        var j = a.tokens.lowerBound - 1
        let first = a.tokens.lowerBound
        // Over a role noun too: "Rovers coach Ann Roe" is Roe, not the club.
        while j >= start, Self.determiners.contains(tokens[j].lower) || lex.titles[tokens[j].lower.hasSuffix(".") ? String(tokens[j].lower.dropLast()) : tokens[j].lower] != nil
                || tokens[j].isCap && state0(j) || !tokens[j].isCap && Self.personRoleNouns.contains(tokens[j].lower)
                || a.kind == .name && isTwoWordTitle(j, start, before: first) { j -= 1 } // (LowercaseTitleSubjects)
        // "Peru's President Ana Soto began a visit": PossessorBeforeTitle.
        if j >= start, j + 1 < first || lex.titles[tokens[first].lower] != nil
            || first + 1 < a.tokens.upperBound && lex.titles[tokens[first].lower + " " + tokens[first + 1].lower] != nil,
           let p = beforeCapitalisedPossessor(j, start) {
            j = p
            while j >= start, Self.determiners.contains(tokens[j].lower) { j -= 1 }
        }
        // ("the deals cover only the US market": a focusing word says nothing of the clause; the word
        // before it does.)
        while j >= start, ["only", "just", "even"].contains(tokens[j].lower) {
            j -= 1
            while j >= start, Self.determiners.contains(tokens[j].lower) { j -= 1 }
        }
        if j < start { return true }
        // A name before an auxiliary is a subject: "claimed Redknapp had been in talks".
        if a.tokens.upperBound < k, Self.auxiliaries.contains(tokens[a.tokens.upperBound].lower) { return true }
        let w = tokens[j]
        if w.kind == .punct { return true }
        if Self.subjectOpeners.contains(w.lower) { return true }
        // After a date that opens the clause: "16 May 2023 Ann Roe visits ...", "In 2019 Roe met ...".
        if w.kind == .number, w.text.utf8.count == 4, let y = Int(w.text), (1900...2100).contains(y) { return true }
        // After a time phrase that opens the clause: "This week Ann Roe, US Secretary of State was visiting ...".
        if lex.timeWords[w.lower] != nil, j - 1 < start || tokens[j - 1].kind == .punct || Self.determiners.contains(tokens[j - 1].lower)
            || ["this", "last", "next", "that", "earlier", "later"].contains(tokens[j - 1].lower) { return true }
        if w.isCap { return true }
        if lex.stopWords[w.lower] == .function && !Self.prepositions.contains(w.lower) { return true }
        return false
    }

    /// Capitalised words kept in a title before a name ("Foreign Secretary").
    private func state0(_ j: Int) -> Bool { lex.titles[tokens[j].lower] != nil }

    /// Pronouns for an unnamed crowd, subjects of their own: "many", "those", "anyone".
    static let crowdSubjects: Set<String> = ["many", "those", "some", "few", "anyone", "everyone", "someone", "nobody", "anybody"]

    /// The subject: the nearest argument before `k` outside prepositional phrases and
    /// relative clauses, with a coordinated one before it ("X and Y met").
    func leftArguments(_ k: Int, _ start: Int, _ state: inout DocumentState, _ si: Int) -> [Arg] {
        if let joined = companionSubjects(k, start, &state, si) { return joined } // (AlongWithSubjects)
        // A relative clause between the subject and the verb: ", which ... ," / ", who ... ,"
        var skip: Range<Int>? = nil
        var r = k - 1
        while r > start {
            if tokens[r].text == ",", r + 1 < k, ["which", "who"].contains(tokens[r + 1].lower) {
                if let close = (r + 2..<k).last(where: { tokens[$0].text == "," }) { skip = r..<(close + 1) }
                break
            }
            r -= 1
        }
        // An apposition between subject and verb: "Sergei Lavrov, the Russian foreign minister, met ..."
        if skip == nil {
            var close = k - 1
            while close > start, close > k - 6, tokens[close].text != "," { close -= 1 }
            // ("X, the Danish foreign minister, held a consultation with ...": a light verb and its article too.)
            if close > start, tokens[close].text == ",", close + 1 == k || (close + 1..<k).allSatisfy({ Self.auxiliaries.contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("ly")
                || Self.plannedLinks.contains(tokens[$0].lower)
                || trigger(isNoun: k) && (Self.lightVerbs.contains(tokens[$0].lower) || Self.nounTriggerModifiers.contains(tokens[$0].lower)) }),
               let open = (max(start, close - 10)..<close).last(where: { tokens[$0].text == "," }), open > start,
               let named = state.argAt[open - 1], named.kind == .name,
               Self.determiners.contains(tokens[open + 1].lower) || state.argAt[open + 1] != nil || lex.titles[tokens[open + 1].lower] != nil,
               !closesNameList(open, close, state) {
                skip = open..<(close + 1)
            }
        }
        // A parenthetical between dashes or brackets: "The IAAF - athletics' world governing body - has met"
        if skip == nil {
            var q = k - 1
            while q > start, !["-", "\u{2013}", "\u{2014}", ")"].contains(tokens[q].text), k - q < 4 { q -= 1 }
            if q > start, ["-", "\u{2013}", "\u{2014}", ")"].contains(tokens[q].text) {
                let open = tokens[q].text == ")" ? "(" : tokens[q].text
                if let o = (start..<q).last(where: { tokens[$0].text == open }) { skip = o..<(q + 1) }
            }
        }
        if let described = relativeClauseAntecedent(k, start, state) { return [described] }
        if let head = restrictiveRelativeHead(k, start, &state, si) { return [head] } // (RestrictiveRelativeSubjects)
        // "many visiting the store suffered delays", "those meeting the minister": an unnamed crowd is the
        // subject; a name before it ("figures gathered by Netcraft") is not.
        var c = k - 1
        while c > start, Self.auxiliaries.contains(tokens[c].lower) { c -= 1 }
        // (Before a noun they are determiners: "attended those talks".)
        if c >= start, !trigger(isNoun: k), Self.crowdSubjects.contains(tokens[c].lower), state.argAt[c] == nil { return [] }
        var j = k - 1
        var fallback: Arg? = nil
        while j >= start, j >= k - 25 {
            if let sk = skip, sk.contains(j) { j = sk.lowerBound - 1; continue }
            let w = tokens[j]
            if w.lower == ";" { break }
            // ", but": a new clause; a meeting in it takes no subject from the clause before ("X and Y will
            // be asked to give evidence, but ... when that meeting will convene").
            if w.lower == "but", j > start, tokens[j - 1].text == ",", isMeetingWord(k) { break }
            // "the Lima Courier said the tankers met ...": past a verb of saying a reported clause
            // begins; its subject is no one named before the verb of saying.
            // ("were not said to have met": a raised subject, before the verb of saying.)
            // (Not `told`: "told reporters during a visit to ..." keeps the teller as the visitor.)
            if !trigger(isNoun: k), j < k - 1, Self.reportedClauseVerbs.contains(w.lower), tokens[j + 1].lower != "to",
               !isAdjunctOfSaying(j, k),
               j - 1 >= start, state.argAt[j - 1] != nil || tokens[j - 1].kind == .word && !Self.auxiliaries.contains(tokens[j - 1].lower) { break }
            let subjectNext = (j + 1..<k).allSatisfy { Self.auxiliaries.contains(tokens[$0].lower) || Self.lightVerbs.contains(tokens[$0].lower) }
            if let pair = pairReference(j, k, &state, allowBoth: subjectNext) ?? theyPair(j, state) ?? theyActorAndObject(j, state) { return pair }
            // ("the king of Holland visited China": UnnamedOfficeHolders.)
            if let holder = officeHolderSubject(j, k, &state, si) { return [holder] }
            if let a = state.argAt[j] ?? pronoun(j, &state) ?? groupLeft(j, start, &state, si) ?? quotedWe(j, &state) {
                let after = a.tokens.upperBound
                // "A US firm is in talks with Y": the country only says whose firm; it is no party.
                if a.kind == .name, after < k, state.entities[a.entity].type == .location,
                   Self.businessHeads.contains(tokens[after].lower) {
                    j = a.tokens.lowerBound - 1
                    continue
                }
                let possessive = after < tokens.count && tokens[after].lower == "'s"
                var prep = preposition(before: a.tokens.lowerBound, from: start, state.argAt)
                // ("the king of Norway visited Chile": the office holder, not the country; UnnamedOfficeHolders.)
                if prep == "of", let of = (max(start, a.tokens.lowerBound - 2)..<a.tokens.lowerBound).last(where: { tokens[$0].lower == "of" }),
                   of - 1 >= start, let holder = officeHolderSubject(of - 1, k, &state, si) { return [holder] }
                if let p = prep, Self.clauseOpeners.contains(p) { prep = nil }
                let adjacent = a.tokens.upperBound == k || (a.tokens.upperBound < k && (a.tokens.upperBound..<k).allSatisfy {
                    ["will", "would", "has", "have", "had", "is", "was", "are", "were", "also", "then", "later", "to", "due", "expected", "set", "scheduled", "not", "did", "does", "never", "yesterday", "today", "again", "be", "been", "finally", "first", "reportedly", "could", "may", "might", "can", "should", "plans", "planned", "recently", "jointly", "both", "all", "said", "says", "being"].contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("ly")
                        // ("urged Nina Holt to hold talks": the light verb and article of a nominal trigger.)
                        || trigger(isNoun: k) && (Self.lightVerbs.contains(tokens[$0].lower) || ["a", "an", "the", "fresh", "new", "further", "direct", "formal"].contains(tokens[$0].lower)) })
                    || endsCommaClosedList(a, k, start, state)
                // "head to Brussels to meet": a place after a preposition is no subject, even next to the verb.
                if adjacent, a.tokens.upperBound < k, tokens[a.tokens.upperBound].lower == "to", prep != nil { prep = prep ?? "to" }
                // "The Paris Club of 19 creditors meets": the body its members make up meets.
                else if adjacent, prep == "of", let body = bodyBeforeOf(a, start, state) { return [body] }
                // "President Ann Roe of Peru met ...": the country only says whose president; Roe met.
                // ("Tom Obi from the Musicians' Union said": the same with `from`.)
                else if adjacent, prep == "of" || prep == "from", let p = personBeforeOf(a, start, state) {
                    // ("Ann Roe of Peru and Ivo Berg of Chile met": each one's country said the same way.)
                    let and = p.tokens.lowerBound - 1
                    if and - 1 > start, tokens[and].lower == "and", let c = state.argAt[and - 1],
                       let q = personBeforeOf(c, start, state), q.entity != p.entity { return [q, p] }
                    // ("Ann Roe and President Tom Obi of Chile met": the first subject has no country of its own.)
                    var b = coordinationStart(p.tokens.lowerBound - 1, start, p, state)
                    if b - 2 >= start, tokens[b].lower == "and", tokens[b - 1].text == "," { b -= 1 } // (", and": an apposition closed)
                    if b - 1 >= start, [",", "and"].contains(tokens[b].lower), let c = state.argAt[b - 1], c.kind != .pronoun, c.entity != p.entity,
                       coordinable(c, p, state) { return [c, p] }
                    return [p]
                }
                // "Mr Straw was in India visiting the temple": a place right before a participle still sits in its phrase.
                else if adjacent, !trigger(isNoun: k), !(tokens[k].lower.hasSuffix("ing") && prep.map({ ["in", "at"].contains($0) }) == true
                                                        && state.entities[a.entity].type == .location) { prep = nil }
                // "Bromsgrove, Worcestershire": the second place only locates the first.
                let entity = state.entities[a.entity]
                let placeApposition = entity.type == .location && a.tokens.lowerBound >= 2 && tokens[a.tokens.lowerBound - 1].text == ","
                    && state.argAt[a.tokens.lowerBound - 2].map { state.entities[$0.entity].type == .location } == true
                // ("X and rival Y held talks": Y is the second of two subjects.)
                let coordinated = a.tokens.lowerBound - 1 > start && tokens[coordinationStart(a.tokens.lowerBound - 1, start, a, state)].lower == "and"
                // ("Japan's Prime Minister Ken Sato held talks": PossessedSubjects.)
                if possessive || prep != nil || placeApposition || (!adjacent && !coordinated && !canBeSubject(a, k, start)
                                                                    && !isPossessedSubject(a, k, start, state)) {
                    // (Not across `and`: in "was chartered by X and previously visited Y", X chartered; the ship visited.)
                    if fallback == nil, prep == "by", !(a.tokens.upperBound..<k).contains(where: { tokens[$0].lower == "and" }) { fallback = a }
                    j = a.tokens.lowerBound - 1
                    continue
                }
                // ("Car firms, including Velo Motors and Brix, have held talks": GroupExampleSubjects.)
                if let members = exampleMembers(of: a, k, state) ?? exampleMembers(around: a, k, start, &state, si) { return members }
                var out = [a]
                // ("A delegation of north Wales councils visited ...": the delegation stands for whom it is of.)
                if a.kind == .group, Self.envoyGroups.contains(tokens[a.tokens.upperBound - 1].lower), a.tokens.upperBound + 1 < k,
                   ["of", "from"].contains(tokens[a.tokens.upperBound].lower), let sent = state.argAt[a.tokens.upperBound + 1]
                    ?? (a.tokens.upperBound + 1..<min(k, a.tokens.upperBound + 5)).first(where: { lex.groupNouns[tokens[$0].lower] != nil })
                        .flatMap({ groupLeft($0, start, &state, si) }),
                   sent.kind != .pronoun, sent.tokens.upperBound <= k {
                    out = [sent]
                }
                // "The Peruvian and Chilean leaders met": each nationality before the shared noun is a party.
                if a.kind == .group, a.tokens.lowerBound - 2 >= start, tokens[a.tokens.lowerBound - 1].lower == "and",
                   let other = countryArg(at: a.tokens.lowerBound - 2, &state, si), other.entity != a.entity {
                    out.insert(other, at: 0)
                }
                // "Lightbody and McClelland met", "Blair and Chirac held talks"
                var b = a.tokens.lowerBound - 1
                // A comma joins only inside a list closed by `and` ("X, Y and Z met"): in
                // "killing four workers, police said" the comma ends the clause before the speaker.
                var sawAnd = false
                // "Ms Ortega and First Minister Tom Reed", "X and rival Y": a title's opener or a describing
                // word before the second name is outside its phrase.
                b = coordinationStart(b, start, a, state)
                while b - 1 >= start, tokens[b].lower == "and" || tokens[b].text == "," && sawAnd {
                    if tokens[b].lower == "and" { sawAnd = true }
                    // ("Peru's foreign minister, Ann Roe, and Tom Obi met": the comma closing the first
                    // subject's apposition comes before `and`.)
                    if tokens[b].lower == "and", b - 2 >= start, tokens[b - 1].text == ",", state.argAt[b - 2] != nil { b -= 1 }
                    // ("The EU and Peru": MixedSubjects.)
                    guard let c = state.argAt[b - 1], c.kind != .pronoun, coordinable(c, a, state) else { break }
                    out.insert(c, at: 0)
                    b = c.tokens.lowerBound - 1
                }
                return out
            }
            j -= 1
        }
        if let f = fallback { return [f] }
        // "The mayor of Porto, Rui Almeida, said": an unnamed office holder's apposition names the subject.
        if let sk = skip {
            for q in sk {
                if let a = state.argAt[q], a.kind == .name, state.entities[a.entity].type == .person { return [a] }
            }
        }
        return []
    }

    /// The parties of "a meeting of X and Y" from `q` (after `of`): past "the foreign ministers of"
    /// (people words and their own `of`), two or more names joined by `and`, or "both countries".
    private func partiesAfterOf(_ trigger: Lexicons.Trigger, _ q0: Int, _ end: Int, _ state: inout DocumentState, _ si: Int) -> [Arg]? {
        var q = q0
        if let of = (q..<min(end, q + 5)).first(where: { tokens[$0].lower == "of" }),
           (q..<of).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCap }),
           (q..<of).contains(where: { lex.groupNouns[tokens[$0].lower] != nil }) { q = of + 1 }
        if q + 1 < end, tokens[q].lower == "both", let pair = pairReference(q + 1, q + 1, &state, allowBoth: true), pair.count == 2 { return pair }
        let found = rightArguments(trigger, q, end, &state, si, byArg: nil, any: true)
        // (Names joined as one list that `and` closes: "a tour of Asia, Kenji Mori met" is a place and a new clause.)
        guard found.count >= 2, found.allSatisfy({ $0.kind == .name }), found[0].tokens.lowerBound <= q + 1 else { return nil }
        let gaps = zip(found, found.dropFirst()).map { ($0.tokens.upperBound..<$1.tokens.lowerBound) }
        guard gaps.allSatisfy({ $0.allSatisfy { tokens[$0].lower == "and" || tokens[$0].text == "," } }),
              let last = gaps.last, last.contains(where: { tokens[$0].lower == "and" }) else { return nil }
        return found
    }

    /// "Nigeria, Chad, Niger and Benin, met": between the last two commas stand only names joined by
    /// `and` after a name, so the stretch ends a list of subjects (closed by a comma before the verb),
    /// not an apposition describing the name before it.
    private func closesNameList(_ open: Int, _ close: Int, _ state: DocumentState) -> Bool {
        var q = open + 1, sawAnd = false
        while q < close {
            if let a = state.argAt[q], a.kind == .name { q = a.tokens.upperBound; continue }
            guard tokens[q].lower == "and" || tokens[q].text == "," else { return false }
            if tokens[q].lower == "and" { sawAnd = true }
            q += 1
        }
        return sawAnd
    }

    /// "..., Bolivia and Ecuador, met": the last name of a list closed by a comma right before the verb.
    private func endsCommaClosedList(_ a: Arg, _ k: Int, _ start: Int, _ state: DocumentState) -> Bool {
        let and = a.tokens.lowerBound - 1
        return a.tokens.upperBound + 1 == k && tokens[k - 1].text == "," && and - 1 >= start && tokens[and].lower == "and"
            && state.argAt[and - 1].map { $0.kind == .name } == true
    }

    /// Back from `b` (the token before a subject `a`) over one or two words between `and` and the
    /// name that belong to neither: a capitalised opener of a title ("First" in "First Minister"),
    /// or a lowercase describing word ("rival", "fellow"); `b` itself when `and` is right there.
    private func coordinationStart(_ b: Int, _ start: Int, _ a: Arg, _ state: DocumentState) -> Int {
        if let c = counterpartCoordination(b, start, state) { return c } // ("X and her counterpart Y": CounterpartSubjects)
        var q = b
        // ("X and Russian energy minister Y": a nationality before the title is in the phrase too.)
        while q > start, q > b - 4, state.argAt[q] == nil, tokens[q].kind == .word, tokens[q].lower != "and",
              tokens[q].isCap ? lex.stopWords[tokens[q].lower] == .common && tokens[q].lower != "said"
                    || q < b && Gazetteer.shared.country(adjective: tokens[q].text) != nil
                  : lex.stopWords[tokens[q].lower] == nil && !Self.auxiliaries.contains(tokens[q].lower)
                    && !Self.beVerbs.contains(tokens[q].lower) && lex.triggers[tokens[q].lower] == nil { q -= 1 }
        // ("X and Russia's energy minister Y": the country owning the title.)
        // ("Peru's Ann Roe and Chile's Tom Obi met": right before the name.)
        if q > start, let c = state.argAt[q] ?? (tokens[q].lower == "'s" ? state.argAt[q - 1] : nil),
           c.tokens.upperBound <= b, tokens[c.tokens.upperBound].lower == "'s", state.entities[c.entity].type == .location {
            q = c.tokens.lowerBound - 1
        }
        return q < b && tokens[q].lower == "and" ? q : b
    }

    private func leftArgument(_ k: Int, _ start: Int, _ state: inout DocumentState, _ si: Int) -> Arg? {
        leftArguments(k, start, &state, si).last
    }

    /// Objects after the trigger, with coordinated ones.
    private func rightArguments(_ trigger: Lexicons.Trigger, _ from: Int, _ end: Int, _ state: inout DocumentState,
                                _ si: Int, byArg: Arg?, any: Bool = false) -> [Arg] {
        var out: [Arg] = []
        var j = from
        var afterPossessor = false
        let limit = min(end, from + 14)
        while j < limit {
            let w = tokens[j]
            // A closing quote right after the trigger ("intensive talks" with ...) does not end the phrase.
            if j == from, w.kind == .punct, ["\"", "\u{201D}", "'", "\u{2019}"].contains(w.text) { j += 1; continue }
            // ("talks were "always on-going" with X": a few quoted lowercase words of the verb phrase, then `with`.)
            if out.isEmpty, Self.doubleQuotes.contains(w.text),
               let close = (j + 1..<min(limit, j + 5)).first(where: { Self.doubleQuotes.contains(tokens[$0].text) }),
               close > j + 1, close + 1 < limit, tokens[close + 1].lower == "with",
               (j + 1..<close).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCap || tokens[$0].text == "-" }) {
                j = close + 1
                continue
            }
            if Self.objectStops.contains(w.lower) {
                // "in talks over a new contract with Rovers": TalksOverWith.
                if out.isEmpty, let w2 = withAfterTopic(j, limit, trigger) { j = w2; continue }
                break
            }
            // "visited the harbour and met the families": a second verb trigger opens its own event,
            // and the objects after it are that event's.
            if w.lower == "and", j + 1 < limit, lex.triggers[tokens[j + 1].lower]?.contains(where: { !$0.isNoun }) == true { break }
            // "On the last day of his tour of Africa, the chancellor Ivo Berg said": the comma closing a
            // fronted phrase ends its objects, unless a list of names goes on ("a visit to Peru, Chile and Bolivia,").
            if w.text == ",", !out.isEmpty, closesFrontedPhrase(j, end, state) { break }
            if w.text == ",", !afterPossessor, out.isEmpty {
                // "met with another key ally, Speaker Ines Kahl": DescribedAppositions.
                if trigger.flags.contains("meeting"), let p = appositionAfterDescription(from, j, end, isNoun: trigger.isNoun, state) {
                    out.append(contentsOf: pluralDescriptionMembers(p, comma: j, end, state) ?? [p]) // (GroupMemberAppositions)
                }
                break
            }
            if w.lower == "to", !out.isEmpty || !trigger.flags.contains("place-object") { break }
            // "held talks with the two parties", "met the two leaders": the two named before, none of
            // them one the trigger's own clause names before it (its subject; "Nortex and Alba bid, and
            // the LSE held talks with the two companies" keeps Nortex and Alba). Not "a meeting between
            // the two exchanges", whose pair may be the clause's own names (DescribedParties).
            if w.lower == "the", tokens[j - 1].lower == "with" || j == from && !trigger.isNoun && lex.triggers[tokens[j - 1].lower] != nil, j + 2 < limit, tokens[j + 1].lower == "two", tokens[j + 2].kind == .word,
               state.argAt[j + 2].map({ $0.kind == .group }) ?? true {
                let sentenceStart = sentences[si].tokens.lowerBound
                // (A clause ends at `;` or at a comma before a conjunction; "Ian Gibson, for example,
                // urged the two men" is one clause.)
                let clauseStart = (sentenceStart..<from).last(where: { q in
                    tokens[q].text == ";" || tokens[q].text == "," && q + 1 < from && ["and", "but", "while", "whereas", "yet", "so"].contains(tokens[q + 1].lower)
                }).map { $0 + 1 } ?? sentenceStart
                let clause = Set((clauseStart..<from).compactMap { state.argAt[$0]?.entity })
                if let pair = pairReference(j + 2, j + 2, &state, excluding: clause), pair.count == 2 {
                    out.append(contentsOf: pair)
                    j += 3
                    continue
                }
            }
            if var a = state.argAt[j] ?? pronoun(j, &state) ?? quotedWe(j, &state) ?? group(j, end, &state, si, meeting: trigger.flags.contains("meeting"))
                ?? (trigger.flags.contains("meeting") ? demonymParty(j, end, &state, si) : nil) {
                if let b = byArg, b.tokens == a.tokens { j = a.tokens.upperBound; continue }
                var after = a.tokens.upperBound
                if after + 1 < end, tokens[after].lower == "'s", let named = namedRelative(afterPossessive: after + 1, end, state) { // (KinAppositions)
                    a = Arg(tokens: a.tokens.lowerBound..<named.tokens.upperBound, entity: named.entity, kind: named.kind)
                    after = named.tokens.upperBound
                }
                if after < end, tokens[after].lower == "'s" {
                    // "Disney's producers": a group of a named party is that party.
                    if after + 1 < end, state.argAt[after + 1].map({ $0.kind == .group }) ?? true, lex.groupNouns[tokens[after + 1].lower] != nil
                        || (after + 2 < end && lex.groupNouns[tokens[after + 2].lower] != nil && !tokens[after + 1].isCap) {
                        // keep `a`
                    } else {
                        afterPossessor = true
                        j = after + 1
                        continue
                    }
                }
                // "his LSE counterpart Clara Furse", "Hamas leader Ismail Haniyeh": the person is the party.
                var r = after
                while r < end, r < after + 4, state.argAt[r] == nil, lex.titles[tokens[r].lower] != nil
                        || r > after && lex.titles[tokens[r - 1].lower + " " + tokens[r].lower] != nil { r += 1 }
                // "his Korean counterpart, Lee Min": the name in apposition after the comma.
                if r > after, r + 1 < end, tokens[r].text == ",", let p = state.argAt[r + 1], state.entities[p.entity].type == .person { r += 1 }
                if r == after, r + 1 < end, tokens[r].kind == .word, !tokens[r].isCap, lex.stopWords[tokens[r].lower] == nil,
                   Self.prepositions.contains(tokens[r].lower) == false {
                    var q = r
                    while q < min(end, r + 2), tokens[q].kind == .word, !tokens[q].isCap, lex.stopWords[tokens[q].lower] == nil { q += 1 }
                    // "his Korean counterpart, Lee Min": the name in apposition after the comma.
                    if q + 1 < end, q > r, tokens[q].text == ",", lex.groupNouns[tokens[q - 1].lower] != nil { q += 1 }
                    if q < end, let head = state.argAt[q], head.kind == .name, state.entities[head.entity].type != .location,
                       state.entities[a.entity].type == .location || state.entities[a.entity].type == .organization {
                        a = Arg(tokens: a.tokens.lowerBound..<head.tokens.upperBound, entity: head.entity, kind: head.kind)
                        after = head.tokens.upperBound
                    }
                }
                if r > after, r < end, let person = state.argAt[r], state.entities[person.entity].type == .person {
                    a = Arg(tokens: a.tokens.lowerBound..<person.tokens.upperBound, entity: person.entity, kind: person.kind)
                    after = person.tokens.upperBound
                }
                // "with the Labour leaders in the assembly, Tom Reed and Ines Kahl": NamedAfterGroups.
                if trigger.flags.contains("meeting"), let member = memberNamedAfterBody(a, after, end, state) { a = member; after = member.tokens.upperBound }
                let prep = preposition(before: a.tokens.lowerBound, from: from, state.argAt)
                let isPlace = state.entities[a.entity].type == .location
                // Nominal triggers take their parties through prepositions ("talks with X").
                var ok = any || (prep == nil && !trigger.isNoun)
                if let p = prep {
                    if trigger.flags.contains("object-with"), p == "with" { ok = true }
                    // "hosted a dinner for X"
                    if trigger.type == "host", p == "for" { ok = true }
                    // "a meeting of the Security Council", "a summit of G8 leaders"
                    if trigger.flags.contains("meeting"), trigger.isNoun, p == "of", a.kind == .name,
                       state.entities[a.entity].subtype == "intergovernmental" { ok = true }
                    // "a meeting of the bloc's finance ministers", "a meeting of Bloc leaders": the bloc gathers.
                    if trigger.flags.contains("meeting"), trigger.isNoun, p == "of", a.kind == .group, bodyGathering(a, state) { ok = true }
                    if trigger.flags.contains("place-object"), p == "to" || p == "of" || p == "with" || (p == "in" && trigger.flags.contains("place-in")) { ok = true }
                    if ["attack", "strike", "deescalate"].contains(trigger.type), p == "on" || p == "against" { ok = true }
                    if ["kill", "attack", "arrest"].contains(trigger.type), trigger.isNoun, p == "of" { ok = true }
                    if ["accuse", "warn"].contains(trigger.type), p == "of" { ok = false }
                }
                if ok, isPlace, prep != nil, prep != "with", !trigger.flags.contains("place-object"), !["attack", "strike"].contains(trigger.type) { ok = false }
                if ok, isPlace, prep == "with", !trigger.flags.contains("meeting") { ok = false }
                if ok {
                    // "Iranian and Saudi officials": each nationality before the shared noun is a party.
                    if a.kind == .group, a.tokens.lowerBound >= from + 2, tokens[a.tokens.lowerBound - 1].lower == "and",
                       let other = countryArg(at: a.tokens.lowerBound - 2, &state, si), other.entity != a.entity,
                       !out.contains(where: { $0.entity == other.entity }) {
                        out.append(other)
                    }
                    // "with the party's leaders, Ana Roe and Ivo Berg": GroupMemberAppositions.
                    if trigger.flags.contains("meeting"), let members = groupMembersInApposition(a, end, state) {
                        for m in (members.isEmpty ? [a] : members) where !out.contains(where: { $0.entity == m.entity }) { out.append(m) }
                        if !any || members.isEmpty { return out }
                        j = members[members.count - 1].tokens.upperBound
                        continue
                    }
                    if !out.contains(where: { $0.entity == a.entity }) { out.append(a) }
                    // Coordination: "X and Y", "X, Y and Z"
                    var n = skipBodyHeadNoun(after, end)
                    if n + 1 < end, tokens[n].lower == "in", isPlace, let loc = state.argAt[n + 1], state.entities[loc.entity].type == .location { n = loc.tokens.upperBound }
                    while n + 1 < end, tokens[n].lower == "and" || tokens[n].text == "," {
                        var m = n + 1
                        if tokens[m].lower == "and" { m += 1 }
                        if m + 2 < end, tokens[m].lower == "as", tokens[m + 1].lower == "well", tokens[m + 2].lower == "as" { m += 3 }
                        // ("a visit to Iraq, where he met leaders": a relative clause opens, no list goes on.)
                        if Self.objectStops.contains(tokens[m].lower) { break }
                        // "Aceh in Indonesia, as well as Sri Lanka": skip a place's own locating phrase
                        if m + 1 < end, tokens[m].lower == "in", let loc = state.argAt[m + 1], state.entities[loc.entity].type == .location { n = loc.tokens.upperBound; continue }
                        while m < end, ["the", "a", "an", "his", "her", "their", "its"].contains(tokens[m].lower) { m += 1 }
                        m = skipAdjectiveBeforeName(m, end, state)
                        // "A and Danish Prime Minister B": a nationality and title before the next person.
                        var q = m
                        while q < min(end, m + 4), state.argAt[q] == nil, tokens[q].isCap,
                              lex.titles[tokens[q].lower] != nil || Gazetteer.shared.country(adjective: tokens[q].text) != nil
                                || q + 1 < end && lex.titles[tokens[q].lower + " " + tokens[q + 1].lower] != nil { q += 1 }
                        if q > m, q < end, let person = state.argAt[q], state.entities[person.entity].type == .person { m = q }
                        // "and chief executive Peter Kenyon": a lowercase title before the next person too.
                        else if let person = personAfterTitle(m, end, state) { m = person.tokens.lowerBound }
                        // "..., police said": the speaker of the sentence, not another object.
                        if tokens[n].text == ",", m + 1 < end, Self.speechVerbs.contains(tokens[m + 1].lower) { break }
                        guard m < end, var b = state.argAt[m] ?? group(m, end, &state, si, meeting: trigger.flags.contains("meeting"))
                                ?? (trigger.flags.contains("meeting") ? demonymParty(m, end, &state, si) : nil) else { break }
                        // "and Downing Street adviser Ann Roe": the person after a body's role word is the party.
                        if b.kind == .name, state.entities[b.entity].type != .person,
                           let person = personAfterTitle(b.tokens.upperBound, end, state) {
                            b = Arg(tokens: b.tokens.lowerBound..<person.tokens.upperBound, entity: person.entity, kind: person.kind)
                        }
                        if b.tokens.upperBound < end, Self.speechVerbs.contains(tokens[b.tokens.upperBound].lower) { break }
                        if !out.contains(where: { $0.entity == b.entity }) { out.append(b) }
                        n = skipBodyHeadNoun(b.tokens.upperBound, end)
                    }
                    if !any { return out }
                    j = n
                    continue
                }
                j = a.tokens.upperBound
                afterPossessor = false
                continue
            }
            j += 1
        }
        return out
    }

    /// The person named right after one to three title or role words from `q` ("chief executive
    /// Ann Roe", "adviser Baroness Roe"), if any.
    private func personAfterTitle(_ q0: Int, _ end: Int, _ state: DocumentState) -> Arg? {
        var q = q0
        func isTitleWord(_ t: Int) -> Bool {
            let w = tokens[t].lower
            return lex.titles[w] != nil || t + 1 < end && lex.titles[w + " " + tokens[t + 1].lower] != nil
                || t > q0 && lex.titles[tokens[t - 1].lower + " " + w] != nil
        }
        while q < min(end, q0 + 3), state.argAt[q] == nil, tokens[q].kind == .word, isTitleWord(q) { q += 1 }
        guard q > q0, q < end, let person = state.argAt[q], person.kind == .name, person.tokens.lowerBound == q,
              state.entities[person.entity].type == .person else { return nil }
        return person
    }

    /// Ministers or leaders standing for a named organisation (not a country, whose own
    /// ministers meeting is its cabinet): the organisation's gathering.
    private func bodyGathering(_ a: Arg, _ state: DocumentState) -> Bool {
        let e = state.entities[a.entity]
        return e.type == .organization && !state.groupByHead.values.contains(a.entity)
            && ["ministers", "leaders"].contains(tokens[a.tokens.upperBound - 1].lower)
    }

    /// A pronoun resolved to the entity it most likely means.
    func pronoun(_ j: Int, _ state: inout DocumentState) -> Arg? {
        guard tokens[j].kind == .word, !tokens[j].isAllCaps, let kind = Self.pronouns[tokens[j].lower] else { return nil }
        if let known = state.argAt[j] { return known }
        // "her daughter", "his brother": a possessive determiner, not a party.
        // ("invited her to visit Lima", "met her in Lima": `her` before a preposition is the object.)
        if ["her", "his", "their", "its"].contains(tokens[j].lower), j + 1 < tokens.count, tokens[j + 1].kind == .word,
           !tokens[j + 1].isCap || tokens[j].lower != "her" || Gazetteer.shared.country(adjective: tokens[j + 1].text) != nil
            || lex.titles[tokens[j + 1].lower] != nil,
           tokens[j].lower != "her" || !Self.objectHerFollowers.contains(tokens[j + 1].lower) { return nil }
        let found: Arg?
        switch kind {
        case "person":
            found = openingUnnamedPerson(before: j, &state, pronoun: tokens[j].lower)
                ?? salientPerson(before: j, state, pronoun: tokens[j].lower)
        case "plural":
            found = previousSentenceSubject(ofPronoun: j, plural: true, state)
                ?? state.lastArg(before: j, within: 2) { e, a in a.kind == .group && !isOnePerson(a, state) || e.type == .organization }
        default:
            if let subject = previousSentenceSubject(ofPronoun: j, plural: false, state) {
                found = subject
            } else if j + 1 < tokens.count, Self.beVerbs.contains(tokens[j + 1].lower) || tokens[j + 1].lower == "'s" {
                found = state.lastArg(before: j, within: 1) { e, _ in e.type == .organization }
            } else {
                found = state.lastArg(before: j, within: 1) { e, _ in e.type == .organization }
            }
        }
        guard let f = found else { return nil }
        let arg = Arg(tokens: j..<(j + 1), entity: f.entity, kind: .pronoun)
        state.set(arg)
        return arg
    }

    /// "the pair", "the couple", "the two ministers": the last two people named before.
    /// `allowBoth`: "both men", "both countries" count only as the verb's own subject or the `of`
    /// of a meeting ("Shares in both companies were suspended while ..." is no subject of the talks;
    /// "both sides" has its own rule).
    /// `excluding`: entities that cannot be of the pair (an object's own clause names its subject).
    private func pairReference(_ j: Int, _ k: Int, _ state: inout DocumentState, allowBoth: Bool = false,
                               excluding: Set<Int> = []) -> [Arg]? {
        let w = tokens[j].lower
        guard j > 0 else { return nil }
        let prev = tokens[j - 1].lower
        let prev2 = j > 1 ? tokens[j - 2].lower : ""
        let isPair = (["pair", "couple", "duo"].contains(w) && (["the", "a"].contains(prev) || prev2 == "the" && !tokens[j - 1].isCap))
            || (["pair", "couple", "duo"].contains(w) && prev2 == "the")
            || ((lex.groupNouns[w]?.plural == true || Self.organisationPairNouns.contains(w) || Self.countryPairNouns.contains(w))
                && (prev == "two" && j > 1 && tokens[j - 2].lower == "the" || prev == "both" && allowBoth && w != "sides"))
        // "the firms have held discussions": with no number, only when exactly two firms were named.
        let definitePlural = !isPair && prev == "the" && Self.firmPluralNouns.contains(w)
        // "while the two held talks": PairNamedAfter.
        let bareTwo = !isPair && !definitePlural && isBareTwo(j, state)
        guard isPair || definitePlural || bareTwo else { return nil }
        // "the two groups" are organisations, "the two countries" states; other nouns people.
        let orgNoun = Self.organisationPairNouns.contains(w) || definitePlural, countryNoun = Self.countryPairNouns.contains(w)
        // "The two companies reported profits, and talks with the unions began": the two are the
        // subject of another clause (DescribedParties decides whether the talks are theirs).
        // ("the firms will join up and already have held talks": `and` before a verb shares the subject.)
        if orgNoun || countryNoun, (j + 1..<max(j + 1, k)).contains(where: { x in
            tokens[x].kind == .punct || ["and", "but", "or"].contains(tokens[x].lower) && !(x + 1 < k && sharesSubject(tokens[x + 1]))
        }) {
            return nil
        }
        // (An unnamed group, "the workers", is no organisation named before.)
        let entities = state.entities
        let kindFits: (Int) -> Bool
        if orgNoun && !countryNoun {
            kindFits = { e in entities[e].type == .organization && entities[e].subtype != "group" }
        } else if countryNoun && !orgNoun {
            kindFits = { e in entities[e].type == .location && entities[e].subtype == "country" }
        } else {
            kindFits = { e in entities[e].type == .person }
        }
        let fits: (Int) -> Bool = { e in !excluding.contains(e) && kindFits(e) }
        // "The two companies held talks after Nortex bought a stake in Alba Group": PairNamedAfter.
        if isPair, orgNoun || countryNoun, let named = pairNamedAfter(k, state, fits: fits) {
            return named.map { Arg(tokens: j..<(j + 1), entity: $0.entity, kind: .pronoun) }
        }
        let limit = state.sentenceOf[j] - (countryNoun && !orgNoun ? 5 : 3)
        // ("Shares in both companies were suspended while the two held talks": a bare "the two" is the
        // two most named organisations where the sentence calls them companies, or where no two people were named.)
        let bodyFits: (Int) -> Bool = { e in entities[e].type == .organization && entities[e].subtype != "group" && entities[e].subtype != "media" }
        let saysCompanies = bareTwo && sentences[state.sentenceOf[j]].tokens.contains { q in
            q > 0 && tokens[q - 1].lower == "both" && (Self.organisationPairNouns.contains(tokens[q].lower) || Self.firmPluralNouns.contains(tokens[q].lower))
        }
        var people = saysCompanies ? salientPair(before: j, limit: limit, state, fits: bodyFits)
            : lastNamed(before: j, limit: limit, count: definitePlural ? 3 : 2, definitePlural: definitePlural, state, fits: fits)
        if bareTwo, !saysCompanies, people.count < 2 {
            people = salientPair(before: j, limit: limit, state, fits: bodyFits)
        }
        // (With no number the walk stops at a third firm, so two found means exactly two named.)
        guard people.count == 2 else { return nil }
        // "Crown Prince Ivo and Crown Princess Ana visited Oslo. The pair were at a library to honour
        // Tom Hale. The royal couple also visited a school": a couple is the two named together,
        // not the last two names (CoupleReferences).
        if let pair = coupleNamedTogether(w, people, j, limit: limit, state, fits: fits) {
            return pair.map { Arg(tokens: j..<(j + 1), entity: $0, kind: .pronoun) }
        }
        return people.reversed().map { Arg(tokens: j..<(j + 1), entity: $0.entity, kind: .pronoun) }
    }

    /// Verbs after which a reported clause with its own subject begins ("the paper said the tankers
    /// met"); not `told`, whose hearer comes first.
    static let reportedClauseVerbs: Set<String> = ["said", "says", "say", "reported", "reports"]

    /// Verbs by which a source reports what follows.
    static let reportingVerbs = speechVerbs.union(["claimed", "claims", "reports", "wrote", "writes", "alleged", "suggested"])

    /// The two entities that `fits`, named before the reference at `j` back to sentence `limit`,
    /// that the article names most often (the story's two companies, not a brand named last);
    /// empty when fewer than two, or when the second place is shared.
    private func salientPair(before j: Int, limit: Int, _ state: DocumentState, fits: (Int) -> Bool) -> [Arg] {
        var seen: [Arg] = []
        var t = j - 2
        while t >= 0, state.sentenceOf[t] >= limit {
            if let a = state.argAt[t], a.kind != .pronoun, fits(a.entity), !seen.contains(where: { $0.entity == a.entity }) {
                seen.append(a)
                t = a.tokens.lowerBound - 1
                continue
            }
            t -= 1
        }
        var count: [Int: Int] = [:]
        for (t, a) in state.nameAt.enumerated() { if let a, a.tokens.lowerBound == t { count[a.entity, default: 0] += 1 } }
        let ranked = seen.sorted { count[$0.entity, default: 0] > count[$1.entity, default: 0] }
        guard ranked.count >= 2 else { return [] }
        if ranked.count > 2, count[ranked[1].entity, default: 0] == count[ranked[2].entity, default: 0] { return [] }
        // In the order named, last first, as `lastNamed` gives them.
        return seen.filter { $0.entity == ranked[0].entity || $0.entity == ranked[1].entity }
    }

    /// The last `count` different entities that fit, named before the reference at `j` (and the
    /// word before it) back to sentence `limit`.
    private func lastNamed(before j: Int, limit: Int, count: Int, definitePlural: Bool, _ state: DocumentState,
                           fits: (Int) -> Bool) -> [Arg] {
        var people: [Arg] = []
        var t = j - 2
        while t >= 0, state.sentenceOf[t] >= limit, people.count < count {
            // The source of the sentence is no one of the pair: "Newspaper X claimed that the firms ...".
            if definitePlural, let a = state.argAt[t], state.sentenceOf[t] == state.sentenceOf[j], a.tokens.upperBound < j,
               Self.reportingVerbs.contains(tokens[a.tokens.upperBound].lower) {
                t = a.tokens.lowerBound - 1
                continue
            }
            // (Brands or units listed after "include", "such as": DescribedParties.isExample.)
            if let a = state.argAt[t], a.kind == .name, isExample(a.tokens.lowerBound) {
                t = a.tokens.lowerBound - 1
                continue
            }
            if let a = state.argAt[t], fits(a.entity), !people.contains(where: { $0.entity == a.entity }) {
                people.append(a)
                t = a.tokens.lowerBound - 1
                continue
            }
            t -= 1
        }
        return people
    }

    /// A word after `and` that continues the same subject's verb group ("and already have held").
    private func sharesSubject(_ t: Token) -> Bool {
        t.kind == .word && !t.isCap && (Self.auxiliaries.contains(t.lower) || t.lower.hasSuffix("ly") || t.lower.hasSuffix("ed")
            || ["already", "also", "then", "later", "now", "still"].contains(t.lower))
    }

    /// `he` / `she`: the first person named earlier in the same sentence, else the first
    /// person of the nearest earlier sentence that names one (news keeps its subject).
    func salientPerson(before j: Int, _ state: DocumentState, pronoun: String? = nil) -> Arg? {
        let si = state.sentenceOf[j]
        // ("she" passes over "Mr Sears": HonorificGender.)
        let sex = pronoun.flatMap(HonorificGender.of(pronoun:))
        for s in stride(from: si, through: max(0, si - 3), by: -1) {
            let r = sentences[s].tokens
            let upper = s == si ? j : r.upperBound
            var t = r.lowerBound
            while t < upper {
                if let a = state.argAt[t], state.entities[a.entity].type == .person,
                   sex == nil || state.sexOf[a.entity].map({ $0 == sex }) ?? true {
                    return Arg(tokens: a.tokens, entity: a.entity, kind: .name)
                }
                // "She thought she could ..., but she took Herman with her": an earlier `she` of
                // this sentence, before any name, is who a later `her` means.
                if s == si, let sex, t < j, state.argAt[t] == nil, tokens[t].kind == .word, ["he", "she"].contains(tokens[t].lower),
                   HonorificGender.of(pronoun: tokens[t].lower) == sex {
                    return salientPerson(before: t, state, pronoun: tokens[t].lower)
                }
                t += 1
            }
        }
        return nil
    }

    /// An unnamed group whose head noun is at `j` (walking left from a trigger).
    func groupLeft(_ j: Int, _ start: Int, _ state: inout DocumentState, _ si: Int) -> Arg? {
        guard lex.groupNouns[tokens[j].lower] != nil else { return nil }
        return makeGroup(head: j, start, &state, si)
    }

    /// An unnamed group whose NP starts at `j` (walking right): the head is the first group
    /// noun within three words.
    func group(_ j: Int, _ end: Int, _ state: inout DocumentState, _ si: Int, meeting: Bool = false) -> Arg? {
        var k = j
        while k < min(end, j + 4) {
            let w = tokens[k]
            if lex.groupNouns[w.lower] != nil || meeting && openedByWith(j) && isPluralNoun(k, end) {
                // "counterpart Minister Li Zhaoxing": the group noun introduces a named person.
                var r = k + 1
                if r < end, tokens[r].text == "," { r += 1 } // "his Russian counterpart, Sergei Lavrov"
                while r < end, r < k + 4, lex.titles[tokens[r].lower] != nil, state.argAt[r] == nil { r += 1 }
                if r < end, let person = state.argAt[r], person.kind == .name, state.entities[person.entity].type == .person {
                    // Across a comma, or past modifiers ("with his German counterpart Hans Vogel", "with
                    // Chilean foreign minister Ann Roe"), the phrase starts at `j`, so that its
                    // preposition is found (branch meetF: nominal talks lost such a counterpart).
                    return tokens[k + 1].text == "," || person.tokens.lowerBound - j > 1
                        ? Arg(tokens: j..<person.tokens.upperBound, entity: person.entity, kind: person.kind) : person
                }
                if k + 1 < end, lex.groupNouns[tokens[k + 1].lower] != nil { k += 1; continue } // "union figures"
                // "farmers' representatives", "the workers' leaders": the possessor group only says whose.
                // (The phrase starts at `j`, so that its preposition is found.)
                if k + 2 < end, ["'", "'s"].contains(tokens[k + 1].lower), lex.groupNouns[tokens[k + 2].lower] != nil {
                    guard let g = group(k + 2, end, &state, si, meeting: meeting) else { return nil }
                    return Arg(tokens: j..<g.tokens.upperBound, entity: g.entity, kind: g.kind)
                }
                // "rival bidder Norvik Capital", "officials from the Northern League": NamedAfterGroups.
                if meeting, let body = bodyNamedAfterGroup(k, end, state) { return Arg(tokens: j..<body.tokens.upperBound, entity: body.entity, kind: body.kind) }
                return makeGroup(head: k, sentences[si].tokens.lowerBound, &state, si)
            }
            // "met the governor of the province": an unnamed office holder keeps the office as its name.
            if meeting, w.kind == .word, !w.isCap, lex.titles[w.lower] != nil, k + 1 < end, tokens[k + 1].lower == "of",
               state.argAt[k] == nil {
                // ("met the president of Chile": the place says whose office; UnnamedOfficeHolders.)
                if let holder = officeHolderGroup(title: k, si, &state) { return holder }
                return makeGroup(head: k, sentences[si].tokens.lowerBound, &state, si)
            }
            if w.kind != .word || w.isCap && k > j || Self.prepositions.contains(w.lower) { return nil }
            k += 1
        }
        return nil
    }

    /// Token `k` is a meeting trigger's head word (`meeting`, `met`, `talks`).
    private func isMeetingWord(_ k: Int) -> Bool {
        lex.triggers[tokens[k].lower]?.contains { $0.flags.contains("meeting") } ?? false
    }

    /// `a` names an organisation, not an intergovernmental one, right before a meeting noun:
    /// "a National Security Council meeting" is that body's own meeting.
    private func isOwnMeetingOfBody(_ a: Arg, _ end: Int, _ state: DocumentState) -> Bool {
        let after = a.tokens.upperBound
        guard a.kind == .name, after < end, ["meeting", "session"].contains(tokens[after].lower) else { return false }
        let e = state.entities[a.entity]
        return e.type == .organization && !["intergovernmental", "group"].contains(e.subtype ?? "")
    }

    /// The country of a nationality adjective at `j` ("Iranian"), created in the document if new.
    private func countryArg(at j: Int, _ state: inout DocumentState, _ si: Int) -> Arg? {
        guard j >= 0, tokens[j].isCap, let country = Gazetteer.shared.country(adjective: tokens[j].text) else { return nil }
        let e = state.country(country, text: tokens[j].text, span: TextSpan(start: tokens[j].start, end: tokens[j].end), sentence: si)
        return Arg(tokens: j..<(j + 1), entity: e, kind: .group)
    }

    /// A lowercase plural noun heading an unnamed group after a meeting word ("met with the banks").
    private func isPluralNoun(_ k: Int, _ end: Int) -> Bool {
        let w = tokens[k]
        // ("rabbis" and "gurus" are plurals, "crisis" and "bonus" are not: the singular is a word.)
        guard w.kind == .word, !w.isCap, w.lower.utf8.count > 3, w.lower.hasSuffix("s"), !w.lower.hasSuffix("ss"),
              !(w.lower.hasSuffix("us") || w.lower.hasSuffix("is")) || lex.commonWords.contains(String(w.lower.dropLast())),
              !w.lower.hasSuffix("'s"), lex.stopWords[w.lower] == nil,
              lex.timeWords[w.lower] == nil, !cues.objects.contains(w.lower), lex.triggers[w.lower] == nil else { return false }
        // The head is the last noun: "the banks involved" stops at "banks"; "banks and" too.
        if k + 1 < end, tokens[k + 1].kind == .word, !tokens[k + 1].isCap, lex.stopWords[tokens[k + 1].lower] == nil,
           !tokens[k + 1].lower.hasSuffix("ed"), !tokens[k + 1].lower.hasSuffix("ing") { return false }
        return true
    }

    /// `with` opens the phrase at `j`, maybe across a number or two ("met with 11 senior rabbis":
    /// the modifiers after the number are the group's, walked by `group`).
    private func openedByWith(_ j: Int) -> Bool {
        var p = j - 1
        var skipped = 0
        while p > 0, skipped < 3, tokens[p].kind == .number || TimeResolver.numberWords[tokens[p].lower] != nil {
            p -= 1; skipped += 1
        }
        return p >= 0 && tokens[p].lower == "with"
    }

    /// A noun phrase may open at `a`: after a determiner, possessive, number, punctuation or the
    /// sentence start, or after a preposition unless the first word is a gerund ("for enabling ...").
    private func opensNounPhrase(before a: Int, _ start: Int) -> Bool {
        guard a - 1 >= start else { return true }
        let p = tokens[a - 1]
        if p.kind == .punct || p.kind == .number || p.lower == "'s" || Self.determiners.contains(p.lower)
            || TimeResolver.numberWords[p.lower] != nil || p.isCap && lex.stopWords[p.lower] == nil { return true }
        // ("a tour to persuade voters": after an infinitive's `to` the word is the verb, not a modifier.)
        if p.lower == "to", !Self.looksAdjectival(tokens[a].lower) { return false }
        return Self.prepositions.contains(p.lower) && !tokens[a].lower.hasSuffix("ing")
    }

    /// A word that reads as an adjective before a group noun ("to local voters", "to disabled
    /// workers"), by its ending or a short list of common ones; a bare verb ("persuade") does not.
    static func looksAdjectival(_ w: String) -> Bool {
        if ["local", "young", "old", "senior", "junior", "poor", "rich", "new", "other", "key", "top", "fellow", "former",
            "ordinary", "elderly", "foreign", "angry", "worried", "british"].contains(w) { return true }
        if w.hasSuffix("ed") && !w.hasSuffix("eed") { return true }
        // (Not "-est": "to arrest protesters", "to invest", "to protest" are verbs.)
        return ["al", "ous", "tive", "sive", "ic", "ful", "ior", "ern", "ese", "ian", "ary", "less"].contains { w.hasSuffix($0) }
    }

    /// Words before "figures" that make them people ("senior union figures"), not numbers.
    static let peopleModifiers = EventCues.words("people-modifier")

    func makeGroup(head: Int, _ start: Int, _ state: inout DocumentState, _ si: Int) -> Arg? {
        if isPartOfName(head, si) || isAdjectiveUse(head, si) { return nil }
        // "the figures contradict a survey": numbers, unless a word before says people.
        if lex.groupNouns[tokens[head].lower]?.needsPeopleModifier == true,
           !(max(start, head - 2)..<head).contains(where: { Self.peopleModifiers.contains(tokens[$0].lower) || state.argAt[$0]?.kind == .name }) {
            return nil
        }
        // Modifiers: lowercase words before the head, back to a determiner or number.
        var a = head
        while a - 1 >= start, a > head - 2 {
            let w = tokens[a - 1]
            if w.kind != .word || w.isCap || lex.stopWords[w.lower] != nil || TimeResolver.numberWords[w.lower] != nil
                || w.lower == "'s" || Self.prepositions.contains(w.lower) || lex.triggers[w.lower] != nil { break }
            a -= 1
        }
        // Lowercase words count as modifiers only where a noun phrase can open before them
        // ("the senior leaders", "with injured civilians"); otherwise they are the verbs of the
        // clause ("boards help keep women", "has been organizing leaders") and the group is its head.
        while a < head, !opensNounPhrase(before: a, start) { a += 1 }
        // "the prime minister Ann Roe, a keen fan, made a trip": the noun is her title, and the
        // phrase from its modifiers to her name is hers.
        if let person = titledPerson(after: head, state, si) {
            return Arg(tokens: a..<person.tokens.upperBound, entity: person.entity, kind: person.kind)
        }
        // A group tied to a named party is that party: "US troops", "Sky executives", "Iraqi officials".
        let tied = lex.groupNouns[tokens[head].lower]?.tied ?? false
        // "the WTO's 148 current members": a possessor ties the group too.
        var p = a - 1
        while p >= start, tokens[p].kind == .number { p -= 1 }
        // ("The group's members met ...": a body's description owns them as its name would.)
        if tied, p - 1 >= start, tokens[p].lower == "'s", let owner = state.argAt[p - 1],
           owner.kind == .name || owner.kind == .descriptor && state.entities[owner.entity].type == .organization {
            return Arg(tokens: owner.tokens.lowerBound..<(head + 1), entity: owner.entity, kind: .group)
        }
        // ("Tarco Bank cut jobs. Its executives met ...": the body `its` refers to, as PossessivePronounAgents reads it.)
        if tied, p >= start, tokens[p].lower == "its", let owner = state.argAt[p] ?? itsReferent(before: p, state) {
            return Arg(tokens: p..<(head + 1), entity: owner.entity, kind: .group)
        }
        // ("US firms", "Japanese banks": a country's businesses are not its state.)
        let commercial = lex.groupNouns[tokens[head].lower]?.commercial ?? false
        if tied, a - 1 >= start, let named = state.argAt[a - 1], named.kind == .name,
           !(commercial && state.entities[named.entity].type == .location) {
            return Arg(tokens: named.tokens.lowerBound..<(head + 1), entity: named.entity, kind: .group)
        }
        if tied, !commercial, a - 1 >= start, let country = Gazetteer.shared.country(adjective: tokens[a - 1].text) {
            let e = state.country(country, text: tokens[a - 1].text,
                                  span: TextSpan(start: tokens[a - 1].start, end: tokens[a - 1].end), sentence: si)
            return Arg(tokens: (a - 1)..<(head + 1), entity: e, kind: .group)
        }
        let headWord = tokens[head].lower
        let text = ScalarClass.string(scalars[tokens[a].start..<tokens[head].end])
        // "the woman", "his wife": one unnamed person; "union leaders", "the government": a body.
        let person = lex.groupNouns[headWord]?.person ?? false
        return groupArg(key: headWord, text: text, over: a..<(head + 1), si, &state, person: person) {
            // ("Authorities said", "Industry leaders met": capitalised only as the sentence's first
            // word, the group's name is the common noun phrase.)
            var name = text
            if a == sentences[si].tokens.lowerBound, tokens[a].isCap, !tokens[a].isAllCaps, lex.commonWords.contains(tokens[a].lower),
               let first = name.first {
                name = first.lowercased() + name.dropFirst()
            }
            return name
        }
    }

    /// The group entity kept under `key` in `groupByHead` (made the first time with the name
    /// `name()` gives; a later different `text` is an alias), with its argument over `range` set
    /// and its mention recorded.
    func groupArg(key: String, text: String, over range: Range<Int>, _ si: Int, _ state: inout DocumentState,
                  person: Bool, name: () -> String) -> Arg {
        let e: Int
        if let existing = state.groupByHead[key] {
            e = existing
            if !state.entities[e].aliases.contains(text), state.entities[e].name != text { state.entities[e].aliases.append(text) }
        } else {
            e = state.entities.count
            state.entities.append(Entity(name: name(), type: person ? .person : .organization, subtype: "group"))
            state.groupByHead[key] = e
        }
        let arg = Arg(tokens: range, entity: e, kind: .group)
        state.set(arg)
        let span = TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
        state.mentions.append(Mention(text: text, span: span, sentence: si, entity: e))
        return arg
    }

    func location(_ k: Int, _ s: Sentence, _ state: DocumentState, exclude: [Int?], meeting: Bool = true) -> Arg? {
        var best: (arg: Arg, score: Int)? = nil
        var j = s.tokens.lowerBound
        while j < s.tokens.upperBound {
            guard let a = state.argAt[j], a.kind == .name, !exclude.contains(a.entity) else { j += 1; continue }
            defer { j = a.tokens.upperBound }
            let entity = state.entities[a.entity]
            guard let p = preposition(before: a.tokens.lowerBound, from: s.tokens.lowerBound, state.argAt) else { continue }
            let ofPlace = p == "of" && a.tokens.lowerBound >= s.tokens.lowerBound + 2 && tokens[a.tokens.lowerBound - 1].lower == "of"
                && Self.placeHeadNouns.contains(tokens[a.tokens.lowerBound - 2].lower)
            // "at the Kremlin", "on Burgess Hill": MeetingPlaces.
            let seat = isSeatVenue(entity, preposition: p, anyBody: meeting) || isNamedBuilding(entity, preposition: p, meeting: meeting)
            guard Self.placePrepositions.contains(p) || ofPlace || seat || isOnPlace(entity, preposition: p) else { continue }
            // "at Dundee University": an institution as the venue, when no place is named.
            let venue = entity.type == .organization && p == "at" && ["association", "institution", "company"].contains(entity.subtype ?? "")
            guard entity.type == .location || venue || seat else { continue }
            if a.tokens.upperBound < s.tokens.upperBound, tokens[a.tokens.upperBound].lower == "'s" { continue }
            if placeQualifiesOther(a, trigger: k, s) || meeting && placeOfLaterJourney(a, trigger: k) { continue }
            // ("a demand for Turkey to recognise Cyprus": `to` there marks a verb, whose object the place is.)
            if p == "to", isInfinitiveObject(a.tokens.lowerBound, s) { continue }
            if placeInOtherRelativeClause(a, trigger: k, s) { continue }
            // "agreed to begin talks ... and also said they planned to reopen consulates in Karachi": a
            // place inside what a later verb reports or predicts is that content's (as for times).
            if meeting, a.tokens.lowerBound > k, (k + 1..<a.tokens.lowerBound).contains(where: { q in
                Self.predictionVerbs.contains(tokens[q].lower) || Self.speechVerbs.contains(tokens[q].lower) && tokens[q].lower != "told"
            }) { continue }
            // "and on Burgess Hill to meet X": the place right before `to` + the trigger is its own.
            if placeBeforeInfinitive(a, trigger: k) { return a }
            let specificity: Int
            switch seat ? "facility" : venue ? "venue" : state.entities[a.entity].subtype {
            case "venue": specificity = -1
            case "facility": specificity = 3
            case "city": specificity = 2
            case "region": specificity = 1
            default: specificity = 0
            }
            let distance = a.tokens.lowerBound > k ? a.tokens.lowerBound - k : (k - a.tokens.upperBound) + 10
            let score = specificity * 100 - distance
            if best == nil || score > best!.score { best = (a, score) }
        }
        return best?.arg
    }

    /// The name at `a` follows "to VERB": one lowercase word right after `to` that is no
    /// determiner and no place adjective ("to neighbouring Chile", "to northern Iraq", "to
    /// central Asia" keep their `to`).
    func isInfinitiveObject(_ a: Int, _ s: Sentence) -> Bool {
        guard a - 2 >= s.tokens.lowerBound, tokens[a - 2].lower == "to" else { return false }
        let w = tokens[a - 1]
        guard w.kind == .word, !w.isCap, !Self.determiners.contains(w.lower) else { return false }
        return !["ing", "ern", "al", "ian", "ese", "ish", "ic", "ed"].contains { w.lower.hasSuffix($0) }
    }

    /// A definite `the meeting` / `the visit` refers back to an earlier event of its kind:
    /// it takes that event's time, and a meeting with no counterpart takes the last party
    /// its agent dealt with.
    private func resolveAnaphora(_ found: inout [Found], _ state: DocumentState) {
        // "Discussions will resume next week.": a meeting word with no party continues the last meeting.
        for i in found.indices where found[i].event.type.isMeeting && found[i].event.participants.isEmpty && found[i].isNoun {
            let e = found[i].event
            // Only as the sentence's opening subject: "Talks will continue", "The discussions resumed".
            let first = sentences[e.sentence].span.start
            let opening = ScalarClass.string(scalars[first..<e.triggerSpan.start]).split(separator: " ").count <= 1
            guard opening else { continue }
            // "The talks are expected to resume": the parties of the earlier talks, before those of any meeting.
            let fits: (Found) -> Bool = { $0.event.type.isMeeting && Set($0.event.participants.map(\.entity)).count >= 2 }
            if let prev = Self.last(in: found, before: i, within: 4, of: e.sentence, where: { fits($0) && $0.event.type == e.type && $0.event.sentence < e.sentence })
                ?? Self.last(in: found, before: i, within: 4, of: e.sentence, where: fits) {
                found[i].event.participants = prev.event.participants
            }
        }
        for i in found.indices where found[i].anaphoric && found[i].event.type.isMeeting {
            let e = found[i].event
            let agent = e.participants.first { $0.role == .agent }?.entity
            if found[i].event.time == nil {
                if let prev = Self.last(in: found, before: i, within: 10, of: e.sentence, where: { $0.event.type.isMeeting && $0.event.time != nil
                    && (agent == nil || $0.event.participants.contains { $0.entity == agent }) }) {
                    var t = prev.event.time!
                    t.span = nil
                    found[i].event.time = t
                }
            }
            let hasCounterpart = e.participants.contains { $0.role != .agent }
            if e.type != .visit, !hasCounterpart, let agent {
                if let prev = Self.last(in: found, before: i, within: 8, of: e.sentence, where: { f in
                    f.event.participants.contains { $0.entity == agent && $0.role == .agent }
                    && f.event.participants.contains { p in p.role != .agent && state.entities[p.entity].type != .location } }) {
                    if let other = prev.event.participants.first(where: { $0.role != .agent && state.entities[$0.entity].type != .location }) {
                        found[i].event.participants.append(Participant(entity: other.entity, role: .participant))
                    }
                }
            }
        }
    }

    /// The last of `found[..<i]` at most `limit` sentences before `sentence` that `fits`. `found` is
    /// in sentence order, so the scan stops at the first one too far back: without that, a long
    /// article with thousands of events made this quadratic.
    private static func last(in found: [Found], before i: Int, within limit: Int, of sentence: Int,
                             where fits: (Found) -> Bool) -> Found? {
        var j = i - 1
        while j >= 0, sentence - found[j].event.sentence <= limit {
            if fits(found[j]) { return found[j] }
            j -= 1
        }
        return nil
    }

    /// Meetings need two parties, or one party and a place (a visit), or an intergovernmental
    /// body meeting on its own (a summit). Statements need a speaker.
    private func keep(_ f: Found, _ entities: [Entity]) -> Bool {
        let e = f.event
        let parties = Set(e.participants.map(\.entity))
        if e.type.isMeeting {
            // A place visiting itself ("embark upon a UK tour", the traveller unnamed) is no visit.
            if e.type == .visit, let place = e.location, parties == [place] { return false }
            if parties.count >= 2 { return true }
            if e.type == .visit, parties.count == 1, e.location != nil || f.flags.contains("trip") { return true }
            // A summit or session of an intergovernmental body with no named attendee.
            if parties.count == 1, let only = parties.first, entities[only].subtype == "intergovernmental", e.type == .meet { return true }
            if parties.count == 1, f.flags.contains("body"), e.type == .meet { return true }
            // Travelling somewhere for a summit: attendance, with the place (TripRules).
            if parties.count == 1, f.flags.contains("attendance"), e.location != nil { return true }
            return false
        }
        if e.type == .statement || e.type == .report { return e.participants.contains { $0.role == .agent } }
        return !parties.isEmpty || e.location != nil
    }
}
