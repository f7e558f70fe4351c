import EventModel

/// People named in a meeting's sentence who did not take part in it (issue 3, trigger audit on
/// unseen dated news, the covered sentences read for precision):
/// - a spokesperson reporting on the meeting: "Previewing the meeting between the two leaders,
///   spokesman Tom Reed said ..." (the convention lists the people who met, never the briefer);
/// - a photo credit: "(Photo: Ann Roe, AP) Asked about his talks with X, Y said" (the
///   photographer is no party).
/// A participant loses its place only when every mention of it in the sentence is such a one.
extension EventFinder {
    static let spokespersonWords: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"]
    static let creditOpeners: Set<String> = ["photo", "photos", "photograph", "picture", "pictures", "image", "images", "credit", "video"]

    func dropNonParticipants(_ found: inout [Found], _ state: DocumentState) {
        guard found.contains(where: { $0.event.type.isMeeting }) else { return }
        let spokespeople = spokespersons(state)
        for i in found.indices where found[i].event.type.isMeeting {
            let s = sentences[found[i].event.sentence].tokens
            let isNoun = found[i].isNoun
            found[i].event.participants.removeAll { p in
                let mentions = s.filter { state.argAt[$0]?.entity == p.entity && state.argAt[$0]?.tokens.lowerBound == $0 }
                guard !mentions.isEmpty else { return false }
                return mentions.allSatisfy { m in
                    insideCredit(m, s) || isNoun && spokespeople.contains(p.entity) && speaks(m, s, state)
                }
            }
        }
    }

    /// People introduced as someone's spokesperson or press secretary anywhere in the article.
    private func spokespersons(_ state: DocumentState) -> Set<Int> {
        var out = Set<Int>()
        for (j, t) in tokens.enumerated() where Self.spokespersonWords.contains(t.lower)
            || t.lower == "secretary" && j > 0 && tokens[j - 1].lower == "press" {
            // "spokesman Tom Reed", "Tom Reed, a spokesman", "press secretary Tom Reed"
            for q in [j + 1, j + 2] where q < tokens.count {
                if let a = state.argAt[q], state.entities[a.entity].type == .person { out.insert(a.entity); break }
            }
            var b = j - 1
            while b > 0, b >= j - 3, state.argAt[b] == nil { b -= 1 }
            if b >= 0, let a = state.argAt[b], state.entities[a.entity].type == .person, b < j - 1, tokens[b + 1].text == "," {
                out.insert(a.entity)
            }
        }
        return out
    }

    /// The name at `m` is the subject or the speaker of a reporting verb: "Reed said", "said Reed".
    private func speaks(_ m: Int, _ s: Range<Int>, _ state: DocumentState) -> Bool {
        guard let a = state.argAt[m] else { return false }
        var after = a.tokens.upperBound
        if after < s.upperBound, tokens[after].lower == "also" { after += 1 }
        if after < s.upperBound, Self.speechVerbs.contains(tokens[after].lower) { return true }
        var before = m - 1
        while before > s.lowerBound, before >= m - 4, state.argAt[before] == nil, tokens[before].kind == .word, !Self.speechVerbs.contains(tokens[before].lower) { before -= 1 }
        return before >= s.lowerBound && Self.speechVerbs.contains(tokens[before].lower)
    }

    /// Inside "(Photo: ...)" or "(Image: ...)".
    private func insideCredit(_ m: Int, _ s: Range<Int>) -> Bool {
        var j = m - 1
        while j >= s.lowerBound, j >= m - 8 {
            if tokens[j].text == ")" { return false }
            if tokens[j].text == "(" {
                return j + 2 < s.upperBound && Self.creditOpeners.contains(tokens[j + 1].lower) && tokens[j + 2].text == ":"
            }
            j -= 1
        }
        return false
    }
}
