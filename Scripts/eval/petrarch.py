#!/usr/bin/env python3
"""CAMEO event coding against the PETRARCH validation sentences, through `eventkb extract`.

What it measures. Each validation sentence becomes one article, ` date YYYY-MM-DD ` (from the
record's date) followed by the sentence, and `eventkb extract` runs on it.

PETR2 GSR (`universalpetrarch-master/PETR2_GSR_validation.xml`, 78 sentences, the closest to
real news; 22 real AFP sentences):
- root recall: a gold coding (source, target, CAMEO code) is found when any predicted event of
  that sentence has the same CAMEO root (first two digits: 04 consult, 19 fight, ...); listed
  per root. Root precision: predicted events in coded sentences whose root is one of the
  sentence's gold roots.
- false events: of the `noevents` sentences (nothing codable), how many got any event, and how
  many got one outside root 01 (statements, which PETRARCH leaves uncoded but eventkb reports).
- source/target agreement, on the root-matched codings only. A gold actor code is read by its
  first three letters as an ISO 3166 alpha-3 country (sector suffixes GOV/MIL/REB/... ignored;
  IGO/IMG codes such as IGOUNO, IMGMUSISI by a small table; `---` = unknown country, not
  scored). A predicted entity "is" that country when its name or an alias contains one of the
  country's names, adjectives or capital (`Syrian President Bashar Assad`, `Moscow`), or its
  `country_code` is the country's alpha-2, or it is a well-known actor of that country in the
  small table below (PETRARCH's actor dictionaries play this part there: `Obama` -> USA), or a
  relation of the document (leader_of, member_of, part_of, spokesperson_of, advisor_to,
  located_in) ties it to an entity that is. The source must be an agent of the matched event
  (any participant for meet/visit/host/negotiate/agree, which have no direction); the target a
  patient or participant, or the event's location (`meet in Zurich` is coded ... -> CHE).
  Best effort: it credits a right answer named in an unexpected way, never a wrong one.

Synthetic regression (`petrarch2` and `universalpetrarch-dev-validate` flat TSVs): stylised
sentences with Tolkien countries (Arnor, Gondor), test codes and actor codes from toy
dictionaries. Root recall and false events only: a check of the logic (passives, negation,
compound actors), not a news benchmark. Records flagged not to evaluate and `error` records
(discards, bad parses) are skipped and counted.

Reading it: GSR root recall is the figure that says whether eventkb notices the events
PETRARCH codes; CAMEO has 20 roots and eventkb's contract covers about ten of them (01, 02,
03, 04, 08, 11, 13, 15, 17, 18/19), so roots outside that list are misses by design and shown
as such.
"""
import collections
import csv
import html
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evalcommon as ec  # noqa: E402

# Countries whose codes occur in PETR2_GSR_validation.xml: alpha-2, then names, adjectives,
# capitals and seats of government a news sentence uses for the state acting.
COUNTRIES = {
    "USA": ("US", ["United States", "United States of America", "US", "U.S.", "USA", "America", "American", "Washington",
                   "White House", "Pentagon", "State Department", "Central Command", "Congress"]),
    "CHN": ("CN", ["China", "Chinese", "Beijing"]),
    "BRA": ("BR", ["Brazil", "Brazilian", "Brasilia"]),
    "GUY": ("GY", ["Guyana", "Guyanese", "Georgetown"]),
    "TUN": ("TN", ["Tunisia", "Tunisian", "Tunis"]),
    "NGA": ("NG", ["Nigeria", "Nigerian", "Abuja"]),
    "RWA": ("RW", ["Rwanda", "Rwandan", "Kigali"]),
    "FRA": ("FR", ["France", "French", "Paris", "Elysee"]),
    "ISR": ("IL", ["Israel", "Israeli", "Jerusalem", "Tel Aviv"]),
    "PSE": ("PS", ["Palestine", "Palestinian", "Palestinian Territories", "Palestinian Authority", "Gaza", "Gaza Strip",
                   "West Bank", "Ramallah", "Nablus"]),
    "LBN": ("LB", ["Lebanon", "Lebanese", "Beirut"]),
    "GBR": ("GB", ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British", "London"]),
    "MMR": ("MM", ["Myanmar", "Burma", "Burmese", "Naypyidaw", "Yangon"]),
    "SYR": ("SY", ["Syria", "Syrian", "Damascus", "Aleppo"]),
    "IRQ": ("IQ", ["Iraq", "Iraqi", "Baghdad", "Mosul"]),
    "UKR": ("UA", ["Ukraine", "Ukrainian", "Kiev", "Kyiv"]),
    "PHL": ("PH", ["Philippines", "Philippine", "Filipino", "Manila"]),
    "QAT": ("QA", ["Qatar", "Qatari", "Doha"]),
    "EGY": ("EG", ["Egypt", "Egyptian", "Cairo"]),
    "MYS": ("MY", ["Malaysia", "Malaysian", "Kuala Lumpur"]),
    "KEN": ("KE", ["Kenya", "Kenyan", "Nairobi"]),
    "SOM": ("SO", ["Somalia", "Somali", "Mogadishu"]),
    "RUS": ("RU", ["Russia", "Russian", "Russian Federation", "Moscow", "Kremlin"]),
    "CHE": ("CH", ["Switzerland", "Swiss", "Bern", "Zurich", "Geneva"]),
    "GEO": ("GE", ["Georgia", "Georgian", "Tbilisi"]),
    "IRN": ("IR", ["Iran", "Iranian", "Tehran", "Islamic Republic"]),
}
# International and non-state codes (the whole code prefix, not three letters).
SPECIAL = {
    "IGOUNO": ["United Nations", "UN", "U.N."],
    "IGOEUREEC": ["European Union", "EU", "E.U."],
    "IGOCOPITP": ["Interpol"],
    "IMGMUSISI": ["Islamic State", "ISIL", "ISIS"],
}
# Well-known actors named in the GSR sentences, by country: the part PETRARCH's actor
# dictionaries play. Names only; eventkb gets no credit it would not get from them.
KNOWN_ACTORS = {
    "USA": ["Barack Obama", "Obama", "George W. Bush", "Bush", "David Petraeus", "Petraeus", "Jeffrey Kupfer"],
    "RUS": ["Vladimir Putin", "Putin"],
    "SYR": ["Bashar Assad", "Bashar al-Assad", "Assad"],
    "LBN": ["Michel Suleiman", "Suleiman"],
    "FRA": ["Nicolas Sarkozy", "Sarkozy"],
    "PSE": ["Mahmud Abbas", "Mahmoud Abbas", "Abbas", "Hamas"],
    "EGY": ["Muslim Brotherhood"],
    "SOM": ["al-Shabab", "al Shabaab", "al-Shabaab"],
}
TIE_PREDICATES = {"leader_of", "member_of", "part_of", "spokesperson_of", "advisor_to", "located_in"}
UNDIRECTED = {"meet", "visit", "host", "negotiate", "agree"}
# CAMEO codes of the contract's event types, for an event printed without one.
CAMEO_OF_TYPE = {"meet": "040", "visit": "042", "host": "043", "negotiate": "046", "statement": "010", "report": "010",
                 "warn": "130", "accuse": "112", "appeal": "020", "agree": "030", "deescalate": "087", "attack": "180",
                 "kill": "186", "strike": "195", "deploy": "150", "arrest": "173"}


class Record:
    def __init__(self, source, sid, category, date, evaluate, noevents, error, text):
        self.source, self.id, self.category, self.date = source, sid, category, date
        self.evaluate, self.noevents, self.error, self.text = evaluate, noevents, error, text
        self.codings = []  # (sourcecode, targetcode, eventcode)

    def article(self):
        """The text eventkb reads: a date header from the record's YYYYMMDD date, then the sentence."""
        if re.fullmatch(r"\d{8}", self.date or ""):
            return f" date {self.date[:4]}-{self.date[4:6]}-{self.date[6:]} {self.text}"
        return self.text


def normalise_space(text):
    return " ".join(text.split())


def read_validation_xml(path_or_text, source="xml"):
    """Records of a PETRARCH validation file. The GSR file is not well-formed XML (a
    `<Sentence .../>` may be self-closing with its codings and text as siblings, or an open
    element), so it is read tag by tag in document order rather than parsed as a tree."""
    data = open(path_or_text, encoding="utf-8").read() if os.path.exists(path_or_text) else path_or_text
    data = re.sub(r"<!--.*?-->", "", data, flags=re.S)
    records, current = [], None
    attrs = lambda s: {k: html.unescape(v) for k, v in re.findall(r'(\w+)\s*=\s*"([^"]*)"', s)}
    for m in re.finditer(r"<Sentence\b([^>]*)>|<EventCoding\b([^>]*)>|<Text>(.*?)</Text>", data, flags=re.S):
        if m.group(1) is not None:
            a = attrs(m.group(1))
            flag = a.get("evaluate", a.get("sentence", "true")).lower() == "true"
            current = Record(source, a.get("id", ""), a.get("category", ""), a.get("date", ""), flag, False, "", "")
            records.append(current)
        elif m.group(2) is not None and current is not None:
            a = attrs(m.group(2))
            if a.get("noevents", "").lower() == "true":
                current.noevents = True
            elif a.get("error"):
                current.error = a["error"]
            elif a.get("eventcode"):
                current.codings.append((a.get("sourcecode", ""), a.get("targetcode", ""), a["eventcode"]))
        elif m.group(3) is not None and current is not None:
            current.text = normalise_space(html.unescape(m.group(3)))
    return records


def read_flat_tsv(path):
    """Records of a `*.flat.tsv` (one row per coding); consecutive rows of one sentence are merged."""
    records = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            last = records[-1] if records else None
            if last is None or (last.id, last.text) != (row["sentence_id"], row["text"]):
                last = Record(row["source_file"], row["sentence_id"], row["category"], row["date"],
                              row["flag"].lower() == "true", False, row["error"], row["text"])
                records.append(last)
            if row["noevents"].lower() == "true":
                last.noevents = True
            elif row["eventcode"]:
                last.codings.append((row["sourcecode"], row["targetcode"], row["eventcode"]))
    return records


def root_labels():
    labels = {}
    path = os.path.join(ec.corpora_dir(), "petrarch-validation", "cameo", "CAMEO_codefile.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8", errors="replace"):
            m = re.match(r"LABEL:\s*(\d\d)0=\s*(.+)", line)
            if m:
                labels.setdefault(m.group(1), m.group(2).strip())
    return labels


def words(name):
    name = (name or "").lower().replace("\u2019", "'").replace("'s ", " ").replace(".", "")
    return re.sub(r"[^a-z0-9]+", " ", name).split()


def contains(haystack, needle):
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def actor_names(code):
    """(names, alpha-2) for a gold actor code, or None when its country is unknown (`---`) or not in the tables."""
    for prefix, names in SPECIAL.items():
        if code.startswith(prefix):
            return [words(n) for n in names], None
    country = code[:3]
    if country not in COUNTRIES:
        return None
    alpha2, names = COUNTRIES[country]
    return [words(n) for n in names + KNOWN_ACTORS.get(country, [])], alpha2


def entity_is(doc, index, code, depth=1):
    entities = doc.get("entities") or []
    if not isinstance(index, int) or not 0 <= index < len(entities):
        return False
    known = actor_names(code)
    if known is None:
        return False
    names, alpha2 = known
    e = entities[index]
    if alpha2 and str(e.get("country_code") or "").upper() == alpha2:
        return True
    for name in [e.get("name")] + list(e.get("aliases") or []):
        w = words(name)
        if any(contains(w, n) for n in names):
            return True
    if depth:
        for r in doc.get("relations") or []:
            if r.get("predicate") in TIE_PREDICATES and (r.get("subject") or {}).get("entity") == index:
                if entity_is(doc, (r.get("object") or {}).get("entity"), code, depth - 1):
                    return True
    return False


def event_root(event):
    code = str(event.get("cameo") or CAMEO_OF_TYPE.get(event.get("type"), ""))
    return code[:2]


def sides_agree(doc, event, source, target):
    """(source ok, target ok) for one predicted event against one gold coding; None where the gold side is unscorable."""
    parts = event.get("participants") or []
    undirected = event.get("type") in UNDIRECTED
    src_roles = {"agent", "participant"} if undirected else {"agent"}
    src = None if actor_names(source) is None else any(
        p.get("role") in src_roles and entity_is(doc, p.get("entity"), source) for p in parts)
    tgt_candidates = [p.get("entity") for p in parts if p.get("role") in ("patient", "participant")]
    if event.get("location"):
        tgt_candidates.append(event["location"].get("entity"))
    tgt = None if actor_names(target) is None else any(entity_is(doc, e, target) for e in tgt_candidates)
    return src, tgt


def usable(record):
    return record.evaluate and not record.error and record.text.strip() != ""


def score(records, docs, agreement=True):
    """records and docs (one extract document per record) in the same order."""
    by_root = collections.defaultdict(lambda: [0, 0])  # gold codings, found
    pred_in_coded = pred_right = 0
    noevent_sentences = noevent_any = noevent_non01 = noevent_events = 0
    agree = {"source": [0, 0], "target": [0, 0], "both": [0, 0]}
    skipped = collections.Counter()
    errors = []
    for rec, doc in zip(records, docs):
        if not rec.evaluate:
            skipped["not evaluated"] += 1
            continue
        if rec.error:
            skipped[f"error={rec.error}"] += 1
            continue
        if not rec.text.strip():
            skipped["empty text"] += 1
            continue
        events = [e for e in doc.get("events") or [] if isinstance(e, dict)]
        roots = [event_root(e) for e in events]
        if rec.noevents and not rec.codings:
            noevent_sentences += 1
            noevent_events += len(events)
            if events:
                noevent_any += 1
                errors.append((rec.id, "FALSE EVENT", ", ".join(f"{e.get('type')} {e.get('cameo')} {e.get('trigger')!r}" for e in events)))
            if any(r != "01" for r in roots):
                noevent_non01 += 1
            continue
        if not rec.codings:
            skipped["no codings"] += 1
            continue
        gold_roots = {c[2][:2] for c in rec.codings}
        pred_in_coded += len(events)
        pred_right += sum(1 for r in roots if r in gold_roots)
        for source, target, code in rec.codings:
            root = code[:2]
            by_root[root][0] += 1
            matched = [e for e, r in zip(events, roots) if r == root]
            if not matched:
                errors.append((rec.id, "MISSED", f"{code} {source}->{target}; predicted roots {sorted(set(roots)) or '-'}: {rec.text[:90]}"))
                continue
            by_root[root][1] += 1
            if not agreement:
                continue
            results = [sides_agree(doc, e, source, target) for e in matched]
            src = None if results[0][0] is None else any(r[0] for r in results)
            tgt = None if results[0][1] is None else any(r[1] for r in results)
            both = None if src is None or tgt is None else any(r[0] and r[1] for r in results)
            for key, ok in (("source", src), ("target", tgt), ("both", both)):
                if ok is not None:
                    agree[key][0] += 1
                    agree[key][1] += bool(ok)
            if src is False or tgt is False:
                got = "; ".join(f"{e.get('type')}: " + ", ".join(f"{p.get('role')}={p.get('name')}" for p in e.get("participants") or [])
                                + (f", at {e['location'].get('name')}" if e.get("location") else "") for e in matched)
                errors.append((rec.id, "ACTORS", f"{code} {source}->{target} ({'source' if src is False else ''}"
                                                 f"{' target' if tgt is False else ''} wrong): {got}"))
    cameo = {k: v for k, v in by_root.items() if k.isdigit() and 1 <= int(k) <= 20}
    cameo_gold, cameo_found = sum(v[0] for v in cameo.values()), sum(v[1] for v in cameo.values())
    gold = sum(v[0] for v in by_root.values())
    found = sum(v[1] for v in by_root.values())
    summary = {
        "sentences": sum(1 for r in records if usable(r)),
        "codings": gold,
        "root_recall": {"found": found, "of": gold, "recall": round(found / gold, 4) if gold else 0.0},
        "root_recall_cameo_roots": {"found": cameo_found, "of": cameo_gold,
                                    "recall": round(cameo_found / cameo_gold, 4) if cameo_gold else 0.0},
        "root_precision": {"right": pred_right, "of": pred_in_coded, "precision": round(pred_right / pred_in_coded, 4) if pred_in_coded else 0.0},
        "by_root": {k: {"codings": v[0], "found": v[1]} for k, v in sorted(by_root.items())},
        "noevents": {"sentences": noevent_sentences, "with_any_event": noevent_any, "with_non_statement_event": noevent_non01,
                     "events": noevent_events,
                     "clean_rate": round(1 - noevent_any / noevent_sentences, 4) if noevent_sentences else 0.0},
        "skipped": dict(skipped),
    }
    if agreement:
        summary["agreement"] = {k: {"right": v[1], "of": v[0], "rate": round(v[1] / v[0], 4) if v[0] else 0.0} for k, v in agree.items()}
    return summary, errors


def oracle_document(record):
    """What a perfect coder would print: one event per gold coding, actors named by their country."""
    doc = ec.empty_document()

    def entity(code):
        known = actor_names(code)
        name = " ".join(known[0][0]).title() if known else f"Unknown {code}"
        doc["entities"].append({"name": name, "type": "organization", "subtype": None, "aliases": []})
        return len(doc["entities"]) - 1

    for source, target, code in record.codings:
        s, t = entity(source), entity(target)
        doc["events"].append({"type": "other", "cameo": code, "trigger": "x", "modality": "asserted",
                              "participants": [{"entity": s, "role": "agent"}, {"entity": t, "role": "patient"}],
                              "location": None, "date": None, "sentence": 0})
    return doc


def run(records, binary, jobs, env=None, agreement=True):
    todo = {n: r.article() for n, r in enumerate(records) if usable(r)}
    results = ec.extract_all(binary, todo, jobs=jobs, env=env)
    docs = [results[n].doc if n in results else ec.empty_document() for n in range(len(records))]
    summary, errors = score(records, docs, agreement)
    summary["extract_failures"] = sum(1 for r in results.values() if r.error)
    return summary, errors, [(records[n].id, r.error) for n, r in results.items() if r.error]


FIXTURE_XML = """<Validation>
# a comment line as the real file has
<Sentences>
<Sentence category="TEST" date="20150310" id="FIX_1" evaluate="true"/>
<EventCoding eventcode="040" sourcecode="USAGOV" targetcode="CHE" />
<EventCoding eventcode="190" sourcecode="RUSMIL" targetcode="UKR" />
<Text>
Obama will meet officials in Zurich while Russian troops
shell Ukrainian positions.
</Text>
<Parse>1	x</Parse>
<Sentence category="TEST" date="20150311" id="FIX_2" evaluate="true">
<!-- a comment inside -->
<EventCoding noevents="True" />
<Text>The weather stayed mild &amp; dry.</Text>
</Sentence>
<Sentence category="TEST" date="20150312" id="FIX_3" evaluate="true"/>
<EventCoding eventcode="112" sourcecode="---GOV" targetcode="IGOUNO" />
<Text>The government accused the United Nations of bias.</Text>
<Sentence category="TEST" date="20150312" id="FIX_4" evaluate="false"/>
<EventCoding eventcode="112" sourcecode="USA" targetcode="IRN" />
<Text>Not evaluated.</Text>
</Sentences>
</Validation>
"""


def self_test():
    failures = []
    records = read_validation_xml(FIXTURE_XML)
    ec.check([r.id for r in records] == ["FIX_1", "FIX_2", "FIX_3", "FIX_4"], "fixture: self-closing and open Sentence elements both read", failures)
    ec.check(records[0].codings == [("USAGOV", "CHE", "040"), ("RUSMIL", "UKR", "190")] and records[1].noevents
             and records[1].text == "The weather stayed mild & dry." and not records[3].evaluate,
             "fixture: codings, noevents, entities and the evaluate flag", failures)
    ec.check(records[0].article().startswith(" date 2015-03-10 Obama will meet officials in Zurich while Russian troops shell"),
             f"date header from YYYYMMDD, text on one line: {records[0].article()[:60]!r}", failures)
    env, oracle_path = ec.fake_environment({r.article(): oracle_document(r) for r in records})
    try:
        perfect, _, failed = run(records, ec.FAKE_EVENTKB, 2, env)
        ec.check(perfect["root_recall"]["recall"] == 1.0 and perfect["root_precision"]["precision"] == 1.0 and not failed,
                 f"gold-derived predictions: root recall and precision 1.0 ({perfect['root_recall']})", failures)
        ec.check(perfect["agreement"]["source"] == {"right": 2, "of": 2, "rate": 1.0}
                 and perfect["agreement"]["target"] == {"right": 3, "of": 3, "rate": 1.0},
                 f"gold-derived predictions: source 2/2, target 3/3 (--- not scored) ({perfect['agreement']})", failures)
        ec.check(perfect["noevents"] == {"sentences": 1, "with_any_event": 0, "with_non_statement_event": 0, "events": 0, "clean_rate": 1.0}
                 and perfect["skipped"] == {"not evaluated": 1}, "noevents sentence clean, unevaluated record skipped", failures)
        empty, _, _ = run(records, ec.FAKE_EVENTKB, 2)
        ec.check(empty["root_recall"]["found"] == 0 and empty["root_recall"]["of"] == 3 and empty["agreement"]["source"]["of"] == 0,
                 f"empty predictions: root recall 0/3 ({empty['root_recall']})", failures)
        # Hand-made: FIX_1 gets a meeting of Obama and Putin (wrong other side) at Zurich, and a
        # statement; FIX_2 gets an attack (a false event); FIX_3 an accusation by the UN itself.
        def doc(entities, events, relations=()):
            d = ec.empty_document()
            d["entities"] = [{"name": n, "type": "person", "aliases": [], "country_code": cc} for n, cc in entities]
            d["events"] = events
            d["relations"] = list(relations)
            return d
        fix1 = doc([("Barack Obama", None), ("Putin", None), ("Zurich", None)],
                   [{"type": "meet", "cameo": "040", "participants": [{"entity": 0, "role": "agent"}, {"entity": 1, "role": "participant"}],
                     "location": {"entity": 2}},
                    {"type": "statement", "cameo": "010", "participants": [{"entity": 0, "role": "agent"}], "location": None}])
        fix2 = doc([("Nobody", None)], [{"type": "attack", "cameo": "180", "participants": []}])
        fix3 = doc([("the government", None), ("the world body", None), ("United Nations", "XX")],
                   [{"type": "accuse", "cameo": "112", "participants": [{"entity": 0, "role": "agent"}, {"entity": 1, "role": "patient"}]}],
                   [{"subject": {"entity": 1}, "predicate": "part_of", "object": {"entity": 2}}])
        summary, errors = score(records, [fix1, fix2, fix3, ec.empty_document()])
        ec.check(summary["root_recall"]["found"] == 2 and summary["by_root"]["19"] == {"codings": 1, "found": 0}
                 and summary["root_precision"] == {"right": 2, "of": 3, "precision": 0.6667},
                 f"hand-made: roots 04 and 11 found, 19 missed, precision 2/3 ({summary['root_recall']}, {summary['root_precision']})", failures)
        ec.check(summary["agreement"]["source"] == {"right": 1, "of": 1, "rate": 1.0}
                 and summary["agreement"]["target"] == {"right": 2, "of": 2, "rate": 1.0},
                 f"hand-made: Obama -> USA by the actor table, Zurich -> CHE as the place, UN by a part_of relation ({summary['agreement']})", failures)
        ec.check(summary["noevents"]["with_any_event"] == 1 and summary["noevents"]["with_non_statement_event"] == 1
                 and summary["noevents"]["clean_rate"] == 0.0, "hand-made: the attack on the noevents sentence is a false event", failures)
        wrong = doc([("Vladimir Putin", None), ("Kiev", None)],
                    [{"type": "meet", "cameo": "040", "participants": [{"entity": 0, "role": "agent"}, {"entity": 1, "role": "participant"}]}])
        summary, _ = score(records[:1], [wrong])
        ec.check(summary["agreement"]["source"]["right"] == 0 and summary["agreement"]["target"]["right"] == 0,
                 "a wrong actor and a wrong place get no credit", failures)
        gsr = os.path.join(ec.corpora_dir(), "petrarch-validation", "universalpetrarch-master", "PETR2_GSR_validation.xml")
        if os.path.exists(gsr):
            real = read_validation_xml(gsr, "PETR2_GSR_validation.xml")
            flat = read_flat_tsv(gsr.replace(".xml", ".flat.tsv"))
            ec.check(len(real) == 78 and [(r.id, r.codings, r.noevents, r.text) for r in real] == [(r.id, r.codings, r.noevents, r.text) for r in flat],
                     f"GSR XML read tag by tag agrees with its flat TSV: 78 sentences ({len(real)})", failures)
            summary, _ = score(real, [oracle_document(r) for r in real])
            unknown = sorted({c for r in real for s, t, _ in r.codings for c in (s, t) if actor_names(c) is None})
            ec.check(summary["root_recall"]["recall"] == 1.0 and summary["agreement"]["both"]["rate"] == 1.0
                     and summary["noevents"]["sentences"] == 12 and unknown == ["---", "---CVL", "---GOV", "---LEG", "---MIL", "---REB"],
                     f"GSR: gold-derived predictions score 1.0; every actor code but --- is in the tables ({summary['root_recall']}, unknown {unknown})", failures)
        else:
            print(f"skip  GSR checks: {gsr} not found")
    finally:
        os.unlink(oracle_path)
    ec.finish_self_test(failures)


SYNTHETIC = [("petrarch2", "petrarch2/PETR.UnitTest.records.flat.tsv"),
             ("UD-PETR dev-validate", "universalpetrarch-dev-validate/PETR_Validate_records_2_02.flat.tsv")]


def print_summary(title, s, labels, agreement):
    print(title)
    rows = [[f"{root} {labels.get(root, 'test code, not CAMEO')[:38]}", v["codings"], v["found"], round(v["found"] / v["codings"], 3)]
            for root, v in s["by_root"].items()]
    rr = s["root_recall"]
    rows.append(["all roots", rr["of"], rr["found"], rr["recall"]])
    if rr != s["root_recall_cameo_roots"]:
        cr = s["root_recall_cameo_roots"]
        rows.append(["CAMEO roots 01-20 only", cr["of"], cr["found"], cr["recall"]])
    print(ec.table(["CAMEO root", "gold", "found", "recall"], rows))
    rp, ne = s["root_precision"], s["noevents"]
    print(f"root precision {rp['right']}/{rp['of']} = {rp['precision']:.3f}; noevents sentences with any event "
          f"{ne['with_any_event']}/{ne['sentences']} (non-statement {ne['with_non_statement_event']}), clean rate {ne['clean_rate']:.3f}")
    if agreement:
        a = s["agreement"]
        print(f"on root-matched codings: source {a['source']['right']}/{a['source']['of']}, target {a['target']['right']}/{a['target']['of']}, "
              f"both {a['both']['right']}/{a['both']['of']}")
    if s["skipped"] or s["extract_failures"]:
        print(f"skipped {s['skipped']}, extract failures {s['extract_failures']}")
    print()


def main():
    parser = ec.common_arguments(__doc__)
    parser.add_argument("--gsr-only", action="store_true", help="skip the synthetic regression files")
    args = parser.parse_args()
    if args.self_test:
        self_test()
    gsr_path = ec.corpus_path("petrarch-validation", "universalpetrarch-master", "PETR2_GSR_validation.xml")
    sets = [("PETR2 GSR", read_validation_xml(gsr_path, "PETR2_GSR_validation.xml"), True)]
    if not args.gsr_only:
        for name, rel in SYNTHETIC:
            sets.append((f"synthetic: {name}", read_flat_tsv(ec.corpus_path("petrarch-validation", *rel.split("/"))), False))
    binary = ec.resolve_binary(args.eventkb)
    labels = root_labels()
    out = {}
    for name, records, agreement in sets:
        if args.limit:
            records = records[:args.limit]
        summary, errors, failed = run(records, binary, args.jobs, agreement=agreement)
        out[name] = summary
        if args.verbose:
            for sid, kind, what in errors:
                print(f"{name} {sid}: {kind} {what}")
            for sid, why in failed:
                print(f"{name} {sid}: EXTRACT FAILED {why}")
        if not args.json:
            print_summary(f"{name} ({summary['sentences']} sentences, {summary['codings']} codings) through eventkb extract",
                          summary, labels, agreement)
    if args.json:
        print(ec.json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
