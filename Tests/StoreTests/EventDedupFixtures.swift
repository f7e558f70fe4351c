import EventModel

/// One invented article reporting one event: `sentence` names every party and the place, which
/// must appear in it verbatim; the trigger is `trigger`.
struct ReportSpec {
    var source: String
    var published: CalendarDate?
    var sentence: String
    var type: EventType = .meet
    var trigger = "met"
    var modality: Modality = .asserted
    /// (name, type, role)
    var parties: [(String, EntityType, Role)]
    var place: String? = nil
    /// (value, text, start, end) as ISO days.
    var time: (String, String, String, String)? = nil
    /// Places named in the article (besides `place`), each with `located_in` to the next.
    var placeChain: [String] = []

    var document: Document {
        let header = published.map { "date \($0) " } ?? ""
        var text = header + sentence
        if !placeChain.isEmpty { text += " " + placeChain.joined(separator: " lies in ") + "." }
        var b = DocumentBuilder(source: source, date: published, text: text)
        var sentences = [sentence]
        if !placeChain.isEmpty { sentences.append(placeChain.joined(separator: " lies in ") + ".") }
        b.sentences(sentences)
        var participants: [Participant] = []
        for (name, type, role) in parties {
            let e = b.entity(name, type, subtype: type == .location ? "country" : nil)
            b.mention(name, entity: e)
            participants.append(Participant(entity: e, role: role))
        }
        var location: Int?
        if let place {
            let e = b.entity(place, .location, subtype: "city")
            b.mention(place, entity: e)
            location = e
        }
        var chainIDs: [Int] = []
        for name in placeChain {
            if let index = b.document.entities.firstIndex(where: { $0.name == name }) {
                chainIDs.append(index)
            } else {
                chainIDs.append(b.entity(name, .location, subtype: name == placeChain.last ? "country" : "city"))
            }
        }
        for (inner, outer) in zip(chainIDs, chainIDs.dropFirst()) {
            b.document.relations.append(Relation(subject: inner, predicate: .locatedIn, object: outer, sentence: 1,
                                                 span: b.span("lies in")))
        }
        let timeValue = time.map { value, words, start, end in
            TimeValue(value: value, text: words, start: CalendarDate(iso: start)!, end: CalendarDate(iso: end)!)
        }
        b.document.events.append(Event(type: type, trigger: trigger, triggerSpan: b.span(trigger), sentence: 0,
                                       modality: modality, participants: participants, location: location,
                                       time: timeValue, confidence: 0.8))
        return b.document
    }
}

extension CalendarDate {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
}
