#!/usr/bin/env python3
"""Named entities on CoNLL-2003 test (eng.testb) through `eventkb extract`.

What it measures: for each of the 231 test documents the text is rebuilt from the tokens
(one sentence per line, the ALL-CAPS headline kept as the first line, light detokenisation so
it reads like news: `Japan 's` -> `Japan's`, `( AFP )` -> `(AFP)`; `--spaces` joins every token
with one space instead), `eventkb extract` runs on it, and each predicted mention is mapped
back to a token span. A mention counts only when it starts and ends exactly on token
boundaries; otherwise it is "misaligned" and scores as a false positive.

Scoring: exact span and type, person -> PER, organization -> ORG, location -> LOC, against the
gold PER/ORG/LOC spans (IOB1 decoded). MISC is excluded from both sides: a predicted span that
exactly matches a gold MISC span is neither a true nor a false positive. Precision, recall and
F1 per type and micro-averaged; "untyped" is the same with types ignored (did we find the
name at all?). Pronoun and lower-case mentions (`he`, `the pair`: the contract's mentions
include them, CoNLL annotates names only) are set aside and counted (`--all-mentions` keeps
them). Reference: spaCy en_core_web_sm scores micro F1 0.61 under this scoring.

Reading it: typed F1 is the headline figure; untyped minus typed F1 is the cost of wrong types;
misaligned mentions mean span boundaries that do not fall on CoNLL's tokens (`Japan's`
taken whole, a title included in a name).
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evalcommon as ec  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
TYPE_OF = {"person": "PER", "organization": "ORG", "location": "LOC"}
ENTITY_TYPE = {v: k for k, v in TYPE_OF.items()}
# Mentions that are not names: CoNLL does not annotate them, so they are set aside, not scored.
PRONOUNS = {"he", "she", "it", "they", "we", "him", "them", "us", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Hers", "Its", "Their", "Theirs", "Them",
            "Him", "Our", "Us", "Me", "My", "Himself", "Herself", "Itself", "Themselves"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "both"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'", "'re", "'ve",
                   "'ll", "'d", "'m", "...", "'RE", "'VE", "'LL", "'D", "'M"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}


def read_conll(path_or_lines):
    """Documents as lists of sentences of (token, tag); `-DOCSTART-` separates documents."""
    lines = open(path_or_lines, encoding="utf-8").read().split("\n") if isinstance(path_or_lines, str) else path_or_lines
    docs, doc, sentence = [], [], []
    for line in lines + [""]:
        line = line.strip()
        if line.startswith("-DOCSTART-"):
            if sentence:
                doc.append(sentence)
                sentence = []
            if doc:
                docs.append(doc)
            doc = []
        elif not line:
            if sentence:
                doc.append(sentence)
                sentence = []
        else:
            parts = line.split()
            sentence.append((parts[0], parts[-1]))
    if sentence:
        doc.append(sentence)
    if doc:
        docs.append(doc)
    return docs


def decode_iob1(tags):
    """(start, end, type) token spans, end exclusive. IOB1: I-X continues a run of X; B-X starts a
    new X right after another X; I-X after O or another type starts one too."""
    spans, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if start is not None and not continues:
            spans.append((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and start is None:
            start, kind = i, label
    return spans


def build_document(sentences, detokenize=True):
    """The article text, each token's (start, end) in it, and the gold spans in doc token indices."""
    text_parts, offsets, gold, misc = [], [], set(), set()
    position, base = 0, 0
    for s_index, sentence in enumerate(sentences):
        if s_index:
            text_parts.append("\n")
            position += 1
        quote_open = False
        for t_index, (token, _) in enumerate(sentence):
            attach = t_index == 0
            if detokenize and t_index:
                previous = sentence[t_index - 1][0]
                if token == '"':
                    attach = quote_open  # a closing quote hugs the word before it
                elif token in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER:
                    attach = True
                elif previous == '"' and quote_open:
                    attach = True  # the word after an opening quote
            if token == '"':
                quote_open = not quote_open
            if not attach:
                text_parts.append(" ")
                position += 1
            offsets.append((position, position + len(token)))
            text_parts.append(token)
            position += len(token)
        for start, end, kind in decode_iob1([tag for _, tag in sentence]):
            (misc if kind == "MISC" else gold).add((base + start, base + end) if kind == "MISC" else (base + start, base + end, kind))
        base += len(sentence)
    return "".join(text_parts), offsets, gold, misc


def is_name_mention(text):
    """False for pronouns and common-noun phrases (`he`, `the pair`, `the Pakistani president`)."""
    words = text.split()
    if not words or not any(c.isupper() or c.isdigit() for c in text):
        return False
    # A lower-case determiner opens a description, not a name; sentence-initial `The` may open
    # either (`The Hague`), so it is kept and scored.
    return words[0] not in PRONOUNS and words[0] not in DETERMINERS


def predicted_spans(doc, offsets, all_mentions=False):
    """Typed token spans of the predicted mentions, plus the misaligned and set-aside ones."""
    starts = {s: i for i, (s, _) in enumerate(offsets)}
    ends = {e: i for i, (_, e) in enumerate(offsets)}
    entities = doc.get("entities") or []
    spans, misaligned, set_aside = set(), [], []
    for m in doc.get("mentions") or []:
        try:
            start, end = int(m["start"]), int(m["end"])
        except (KeyError, TypeError, ValueError):
            misaligned.append(("?", str(m)[:60]))
            continue
        kind = m.get("type")
        if kind is None and isinstance(m.get("entity"), int) and 0 <= m["entity"] < len(entities):
            kind = entities[m["entity"]].get("type")
        label = TYPE_OF.get(kind, "OTHER")
        text = m.get("text") or ""
        if not all_mentions and not is_name_mention(text):
            set_aside.append(text)
            continue
        if start in starts and end in ends and starts[start] <= ends[end]:
            spans.add((starts[start], ends[end] + 1, label))
        else:
            misaligned.append((label, text))
    return spans, misaligned, set_aside


def score(documents, results, all_mentions=False):
    """documents: list of (text, offsets, gold, misc); results: list of documents from extract."""
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, fp, fn
    untyped = [0, 0, 0]
    confusions, errors, misaligned_total, set_aside_total, excluded_misc = 0, [], 0, 0, 0
    other_type = 0
    for n, ((text, offsets, gold, misc), doc) in enumerate(zip(documents, results)):
        spans, misaligned, set_aside = predicted_spans(doc, offsets, all_mentions)
        misaligned_total += len(misaligned)
        for label, _ in misaligned:  # a false positive of the type it claims
            if label in TYPES:
                counts[label][1] += 1
            else:
                other_type += 1
        set_aside_total += len(set_aside)
        kept = set()
        for s, e, label in spans:
            if (s, e) in misc:
                excluded_misc += 1
            else:
                kept.add((s, e, label))

        def surface(s, e):
            return text[offsets[s][0]:offsets[e - 1][1]]

        for t in TYPES:
            p = {x for x in kept if x[2] == t}
            g = {x for x in gold if x[2] == t}
            counts[t][0] += len(p & g)
            counts[t][1] += len(p - g)
            counts[t][2] += len(g - p)
        other = {x for x in kept if x[2] not in TYPES}
        other_type += len(other)
        pu, gu = {(s, e) for s, e, _ in kept}, {(s, e) for s, e, _ in gold}
        untyped[0] += len(pu & gu)
        untyped[1] += len(pu - gu) + len(misaligned)
        untyped[2] += len(gu - pu)
        gold_type = {(s, e): t for s, e, t in gold}
        for s, e, label in sorted(kept - gold):
            if (s, e) in gold_type:
                confusions += 1
                errors.append((n, "TYPE", f"{surface(s, e)!r} predicted {label}, gold {gold_type[(s, e)]}"))
            else:
                errors.append((n, "FP", f"{surface(s, e)!r} {label}"))
        for s, e, t in sorted(gold - kept):
            if not any((s, e, other) in kept for other in TYPES + ("OTHER",)):
                errors.append((n, "FN", f"{surface(s, e)!r} {t}"))
        for label, mtext in misaligned:
            errors.append((n, "MISALIGNED", f"{mtext!r} {label}"))
    per_type = {t: ec.prf(*counts[t]) for t in TYPES}
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values()) + other_type
    fn = sum(c[2] for c in counts.values())
    return {
        "documents": len(documents),
        "gold_entities": {t: sum(1 for d in documents for g in d[2] if g[2] == t) for t in TYPES},
        "gold_misc": sum(len(d[3]) for d in documents),
        "per_type": per_type,
        "micro": ec.prf(tp, fp, fn),
        "untyped": ec.prf(*untyped),
        "type_confusions": confusions,
        "misaligned_mentions": misaligned_total,
        "other_type_mentions": other_type,  # typed neither person, organization nor location: false positives
        "set_aside_mentions": set_aside_total,
        "matched_gold_misc": excluded_misc,
        "reference": {"spacy_en_core_web_sm_micro_f1": 0.61},
    }, errors


def oracle_document(text, offsets, gold):
    """What a perfect extractor would print for this text: one entity and mention per gold span."""
    doc = ec.empty_document()
    for i, (s, e, t) in enumerate(sorted(gold)):
        start, end = offsets[s][0], offsets[e - 1][1]
        doc["entities"].append({"name": text[start:end], "type": ENTITY_TYPE[t], "subtype": None, "aliases": []})
        doc["mentions"].append({"text": text[start:end], "start": start, "end": end, "type": ENTITY_TYPE[t], "entity": i})
    return doc


def run(documents, binary, jobs, env=None, all_mentions=False):
    texts = {n: d[0] for n, d in enumerate(documents)}
    results = ec.extract_all(binary, texts, jobs=jobs, env=env)
    summary, errors = score(documents, [results[n].doc for n in range(len(documents))], all_mentions)
    failed = [(n, results[n].error) for n in range(len(documents)) if results[n].error]
    summary["extract_failures"] = len(failed)
    return summary, errors, failed


FIXTURE = """\
RIVERTON WINS CUP FINAL O
-DOCSTART- -X- -X- O
MARLOW I-LOC
SHIPPING O
TALKS O
STALL O

Helena I-PER
Brandt I-PER
of O
Corvina I-ORG
Freight I-ORG
met O
Ossian I-PER
Teller I-PER
in O
Marlow I-LOC
's O
harbour O
on O
Tuesday O
. O

The O
Ostrian I-MISC
delegation O
, O
led O
by O
Brandt I-PER
, O
said O
" O
Corvina I-ORG
will O
return O
" O
( O
Reuters B-ORG
) O
. O

Anna I-PER
Ruiz I-PER
Jo B-PER
Lee I-PER
left O
. O
-DOCSTART- -X- -X- O
"""


def self_test():
    failures = []
    docs = read_conll(FIXTURE.split("\n"))
    ec.check(len(docs) == 2, "fixture: -DOCSTART- separates documents, the first has none", failures)
    ec.check(decode_iob1(["I-PER", "I-PER", "B-PER", "I-PER", "O", "I-ORG", "I-LOC"]) ==
             [(0, 2, "PER"), (2, 4, "PER"), (5, 6, "ORG"), (6, 7, "LOC")], "IOB1 decoding: B- splits adjacent same-type names", failures)
    built = [build_document(d) for d in docs]
    text, offsets, gold, misc = built[1]
    ec.check(all(text[s:e] == tok for (s, e), tok in zip(offsets, [t for sent in docs[1] for t, _ in sent])),
             "token offsets point at the tokens in the rebuilt text", failures)
    ec.check('said "Corvina will return" (Reuters).' in text, f"detokenised text reads like news: {text.splitlines()[2]!r}", failures)
    ec.check(len(gold) == 10 and len(misc) == 1, f"fixture gold: 10 PER/ORG/LOC spans and 1 MISC ({len(gold)}, {len(misc)})", failures)
    fake = ec.FAKE_EVENTKB
    env, oracle_path = ec.fake_environment({d[0]: oracle_document(d[0], d[1], d[2]) for d in built})
    try:
        perfect, _, failed = run(built, fake, 2, env)
        ec.check(perfect["micro"]["f1"] == 1.0 and perfect["untyped"]["f1"] == 1.0 and not failed,
                 f"gold-derived predictions score 1.0 (micro {perfect['micro']})", failures)
        empty, _, _ = run(built, fake, 2)
        ec.check(empty["micro"]["f1"] == 0.0 and empty["micro"]["fn"] == 10, f"empty predictions score 0.0 ({empty['micro']})", failures)
        # Hand-made errors on document 1: Brandt typed ORG (confusion), "Marlow'" misaligned,
        # "Ostrian" (gold MISC) excluded, "he" set aside, "Tuesday" a false LOC; the rest missing.
        def mention(s, e, kind):
            return {"text": text[s:e], "start": s, "end": e, "type": kind, "entity": 0}
        helena = text.index("Helena Brandt")
        marlow = text.index("Marlow's")
        partial = ec.empty_document()
        partial["entities"] = [{"name": "x", "type": "person"}]
        partial["mentions"] = [
            mention(helena, helena + len("Helena Brandt"), "person"),         # TP PER
            mention(text.index("Brandt,"), text.index("Brandt,") + 6, "organization"),  # FP ORG, FN PER
            mention(marlow, marlow + len("Marlow'"), "location"),             # ends inside `'s`: misaligned, FP; FN LOC
            mention(text.index("Ostrian"), text.index("Ostrian") + 7, "organization"),  # gold MISC: not scored
            mention(text.index("Tuesday"), text.index("Tuesday") + 7, "location"),  # FP LOC
            {"text": "he", "start": 0, "end": 2, "type": "person", "entity": 0},  # set aside
        ]
        summary, errors = score(built[1:], [partial])
        m, u = summary["micro"], summary["untyped"]
        ec.check(summary["per_type"]["LOC"]["fp"] == 2 and summary["per_type"]["ORG"]["fp"] == 1 and summary["per_type"]["PER"]["tp"] == 1,
                 "per type: the misaligned location and Tuesday are LOC false positives, Brandt an ORG one", failures)
        ec.check((m["tp"], m["fp"], m["fn"]) == (1, 3, 9), f"hand-made errors: micro tp/fp/fn 1/3/9 ({m['tp']}/{m['fp']}/{m['fn']})", failures)
        ec.check((u["tp"], u["fp"], u["fn"]) == (2, 2, 8), f"hand-made errors: untyped tp/fp/fn 2/2/8 ({u['tp']}/{u['fp']}/{u['fn']})", failures)
        ec.check(summary["type_confusions"] == 1 and summary["misaligned_mentions"] == 1 and summary["matched_gold_misc"] == 1
                 and summary["set_aside_mentions"] == 1, f"confusion, misaligned, MISC and set-aside counts are 1 each ({summary})", failures)
        # The real test file: published entity counts, and gold-derived predictions score 1.0.
        path = os.path.join(ec.corpora_dir(), "conll2003-test", "eng.testb")
        if os.path.exists(path):
            real = [build_document(d) for d in read_conll(path)]
            counts = {t: sum(1 for d in real for g in d[2] if g[2] == t) for t in TYPES}
            ec.check(len(real) == 231 and counts == {"PER": 1617, "ORG": 1661, "LOC": 1668} and sum(len(d[3]) for d in real) == 702,
                     f"eng.testb: 231 documents, PER 1617 / ORG 1661 / LOC 1668 / MISC 702 ({len(real)}, {counts})", failures)
            summary, _ = score(real, [oracle_document(*d[:3]) for d in real])
            ec.check(summary["micro"]["f1"] == 1.0, "eng.testb: gold-derived predictions score 1.0 (scored in-process)", failures)
        else:
            print(f"skip  eng.testb checks: {path} not found")
    finally:
        os.unlink(oracle_path)
    ec.finish_self_test(failures)


def main():
    parser = ec.common_arguments(__doc__)
    parser.add_argument("--spaces", action="store_true", help="join tokens with single spaces (no detokenisation)")
    parser.add_argument("--all-mentions", action="store_true", help="score pronoun and lower-case mentions too")
    args = parser.parse_args()
    if args.self_test:
        self_test()
    path = ec.corpus_path("conll2003-test", "eng.testb")
    binary = ec.resolve_binary(args.eventkb)
    documents = [build_document(d, detokenize=not args.spaces) for d in read_conll(path)]
    if args.limit:
        documents = documents[:args.limit]
    summary, errors, failed = run(documents, binary, args.jobs, all_mentions=args.all_mentions)
    if args.verbose:
        for n, kind, what in errors:
            print(f"doc {n:3d}  {kind:10s} {what}")
        for n, why in failed:
            print(f"doc {n:3d}  EXTRACT FAILED {why}")
    if args.json:
        print(ec.json.dumps(summary, indent=2))
        return
    rows = [[t, summary["gold_entities"][t], summary["per_type"][t]["tp"], summary["per_type"][t]["fp"], summary["per_type"][t]["fn"],
             summary["per_type"][t]["precision"], summary["per_type"][t]["recall"], summary["per_type"][t]["f1"]] for t in TYPES]
    for label, key in (("micro", "micro"), ("untyped", "untyped")):
        s = summary[key]
        rows.append([label, sum(summary["gold_entities"].values()), s["tp"], s["fp"], s["fn"], s["precision"], s["recall"], s["f1"]])
    print(f"CoNLL-2003 test NER through eventkb extract ({summary['documents']} documents; exact span and type; MISC excluded)")
    print(ec.table(["type", "gold", "tp", "fp", "fn", "P", "R", "F1"], rows))
    print(f"type confusions {summary['type_confusions']}, misaligned mentions {summary['misaligned_mentions']}, "
          f"set aside (pronouns, lower-case) {summary['set_aside_mentions']}, predictions on gold MISC {summary['matched_gold_misc']}, "
          f"extract failures {summary['extract_failures']}")
    print("reference: spaCy en_core_web_sm micro F1 0.61 under this scoring")


if __name__ == "__main__":
    main()
