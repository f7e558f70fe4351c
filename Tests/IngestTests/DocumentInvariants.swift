import EventModel

/// What must hold of every extracted document, whatever the input: each offset inside the
/// text, each mention's text equal to its slice, each index pointing at something that exists,
/// each event trigger inside its own sentence. Returns the violations (empty when sound).
enum DocumentInvariants {
    static func violations(_ doc: Document, text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var problems: [String] = []
        func inside(_ s: TextSpan) -> Bool { 0 <= s.start && s.start <= s.end && s.end <= n }
        func slice(_ s: TextSpan) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start..<s.end])
            return String(v)
        }
        if doc.article.text != text { problems.append("article text changed") }
        for (i, s) in doc.sentences.enumerated() {
            if !inside(s) { problems.append("sentence \(i) \(s) outside 0..<\(n)") }
            if i > 0, s.start < doc.sentences[i - 1].end { problems.append("sentence \(i) overlaps its predecessor") }
        }
        let sentences = doc.sentences.indices
        for (i, m) in doc.mentions.enumerated() {
            guard inside(m.span) else { problems.append("mention \(i) \(m.span) outside the text"); continue }
            if slice(m.span) != m.text { problems.append("mention \(i) text \(m.text.debugDescription) != slice \(slice(m.span).debugDescription)") }
            if !doc.entities.indices.contains(m.entity) { problems.append("mention \(i) entity \(m.entity) missing") }
            if !sentences.contains(m.sentence) {
                problems.append("mention \(i) sentence \(m.sentence) missing")
            } else {
                let s = doc.sentences[m.sentence]
                if m.span.start < s.start || m.span.end > s.end { problems.append("mention \(i) \(m.span) outside its sentence \(s)") }
            }
        }
        for (i, e) in doc.events.enumerated() {
            guard sentences.contains(e.sentence) else { problems.append("event \(i) sentence \(e.sentence) missing"); continue }
            let s = doc.sentences[e.sentence]
            if !inside(e.triggerSpan) { problems.append("event \(i) trigger \(e.triggerSpan) outside the text"); continue }
            if e.triggerSpan.start < s.start || e.triggerSpan.end > s.end {
                problems.append("event \(i) trigger \(e.triggerSpan) outside its sentence \(s)")
            }
            for p in e.participants where !doc.entities.indices.contains(p.entity) {
                problems.append("event \(i) participant \(p.entity) missing")
            }
            if let l = e.location, !doc.entities.indices.contains(l) { problems.append("event \(i) location \(l) missing") }
            if let span = e.time?.span, !inside(span) { problems.append("event \(i) time span \(span) outside the text") }
            if !(0...1).contains(e.confidence) { problems.append("event \(i) confidence \(e.confidence)") }
        }
        for (i, r) in doc.relations.enumerated() {
            if !sentences.contains(r.sentence) { problems.append("relation \(i) sentence \(r.sentence) missing") }
            if !inside(r.span) { problems.append("relation \(i) span \(r.span) outside the text") }
            if !doc.entities.indices.contains(r.subject) || !doc.entities.indices.contains(r.object) {
                problems.append("relation \(i) refers to a missing entity")
            }
        }
        return problems
    }
}
