#!/usr/bin/env python3
"""A probe grid of PARTY MENTIONS in meeting sentences (issue 3, branch meetM).

Composes short invented articles (one to three sentences, dated 2016-11-10) from named
pieces: a simple meeting frame that already works with two full names ("X met Y in Paris on
Thursday.") and one party written in a given NAME FORM (surname alone opening the sentence,
title + surname, a name that is also a town, a family-name-first name, an apposition, a
pronoun after a named subject, ...). Each probe knows the meeting it owes: the key words of
both parties (as the meeting scorer matches them: every key token in the entity's name or
one of its aliases) and the type the probed party should have.

It runs `eventkb extract` on every probe and prints the pass rate per form and position, and
every failure with its kind:
  no-event      no meet/visit/host/negotiate event at all
  lost          no mention covers the probed name
  wrong-type    the name's mention has the wrong entity type
  wrong-span    a mention covers part of the name but not the expected words
  not-linked    a short form did not link to the full name the article gives
  wrong-party   the name is found and typed, but the meeting names someone else

usage: python3 Scripts/eval/probe_parties.py --eventkb .build/release/eventkb [--form SUBSTR] [--quiet] [--json OUT]

The names are pieces of the grid, not rules: no extraction code may special-case them, and
the Swift tests of every fix use other, invented sentences.
"""
import argparse, json, os, re, subprocess, sys, tempfile
from collections import defaultdict

DATE = "2016-11-10"
MEETING_TYPES = {"meet", "visit", "host", "negotiate"}

# The other side of every probe: a full name every frame handles.
OTHER = ("Helena Marsh", ["marsh"])
OTHER2 = ("Oskar Lindqvist", ["lindqvist"])

# Frames that already work with two full names ({A} the probed party, {B} the other side).
SUBJECT_FRAMES = {
    "met": "{A} met {B} in Geneva on Thursday.",
    "and-met": "{A} and {B} met in Geneva on Thursday.",
    "talks-with": "{A} held talks with {B} in Geneva on Thursday.",
}
OBJECT_FRAMES = {
    "met-obj": "{B} met {A} in Geneva on Thursday.",
    "met-with-obj": "{B} met with {A} in Geneva on Thursday.",
    "talks-obj": "{B} held talks with {A} in Geneva on Thursday.",
}
# A neutral sentence that names the person in full before the meeting sentence.
INTRO = "{F} spoke about the budget on Wednesday."


def table(text):
    """Rows `full name | surname | key words | tag` (a `#` line is a comment) as tuples."""
    rows = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            full, sur, keys, tag = [x.strip() for x in line.split("|")]
            rows.append((full, sur, keys.split(), tag))
    return rows


# People: full name, surname, key tokens, and tags for the forms they serve.
PEOPLE = table("""
    # plain surnames
    Daniel Okafor | Okafor | okafor | plain
    Margaret Ellison | Ellison | ellison | plain
    Pieter Hallberg | Hallberg | hallberg | plain
    # surnames that are also common words
    Laura Bush | Bush | bush | word
    Condoleezza Rice | Rice | rice | word
    Theresa May | May | may | word
    Gordon Brown | Brown | brown | word
    Martin King | King | king | word
    Harold Hill | Hill | hill | word
    Donald Trump | Trump | trump | word
    Marc Rich | Rich | rich | word
    Andrew Young | Young | young | word
    Tom Price | Price | price | word
    Robin Cook | Cook | cook | word
    Jack Straw | Straw | straw | word
    John Major | Major | major | word
    # surnames that are also towns or places in the gazetteer
    Barack Obama | Obama | obama | town
    Tony Blair | Blair | blair | town
    John Howard | Howard | howard | town
    Angela Merkel | Merkel | merkel | plain
    Emmanuel Macron | Macron | macron | plain
    Vladimir Putin | Putin | putin | plain
    Shinzo Abe | Abe | abe | town
    Paul Kagame | Kagame | kagame | plain
    Ariel Sharon | Sharon | sharon | town
    Nora Lincoln | Lincoln | lincoln | town
    Vera Preston | Preston | preston | town
    Ivan Austin | Austin | austin | town
    Greta Florence | Florence | florence | town
    Felix Chester | Chester | chester | town
    Hugo Warwick | Warwick | warwick | town
    Nadia Jordan | Jordan | jordan | country
""")

TITLES = ["Mr", "Mrs", "President", "Chancellor", "Prime Minister", "Foreign Minister", "Senator", "King", "Pope"]
TITLE_PEOPLE = [("Okafor", ["okafor"]), ("Ellison", ["ellison"]), ("Brown", ["brown"]), ("Obama", ["obama"]),
                ("Trump", ["trump"]), ("Hallberg", ["hallberg"]), ("May", ["may"]), ("Will", ["will"])]

COMPOUND_TITLES = ["President-elect", "Vice-President-elect", "ex-president", "former prime minister",
                   "Secretary of State", "US Secretary of State", "Vice-President", "former President",
                   "Prime Minister-designate", "acting President"]

INITIALS = [("Donald J Trump", ["trump"]), ("Paul D. Ryan", ["ryan"]), ("George W. Bush", ["bush"]),
            ("Mary K. Okafor", ["okafor"]), ("John F. Kerry", ["kerry"])]

WORLD_NAMES = table("""
    # family name first
    Xi Jinping | Xi | xi | chinese
    Wang Yi | Wang | wang | chinese
    Li Keqiang | Li | li | chinese
    Zhang Dejiang | Zhang | zhang | chinese
    # Korean hyphenated given names
    Moon Jae-in | Moon | moon | korean
    Kim Jong-un | Kim | kim | korean
    Park Geun-hye | Park | park | korean
    Ban Ki-moon | Ban | ban | korean
    # Arabic
    Mohammed bin Salman | bin Salman | salman | arabic
    Tamim bin Hamad al-Thani | al-Thani | thani | arabic
    Haider al-Abadi | Abadi | abadi | arabic
    Adel al-Jubeir | Jubeir | jubeir | arabic
    Mahmoud Abbas | Abbas | abbas | arabic
    # Spanish double surnames
    Jose Luis Rodriguez Zapatero | Zapatero | zapatero | spanish
    Andres Manuel Lopez Obrador | Lopez Obrador | obrador | spanish
    Mariano Rajoy | Rajoy | rajoy | spanish
    # particles
    Ursula von der Leyen | von der Leyen | leyen | particle
    Frans van der Berg | van der Berg | berg | particle
    Karl von Brandt | von Brandt | brandt | particle
    Jan de Vries | de Vries | vries | particle
    # accents, apostrophes, hyphenated given names, particles written with a capital
    François Hollande | Hollande | hollande | accented
    Recep Tayyip Erdoğan | Erdoğan | erdoğan | accented
    Angela Müller | Müller | müller | accented
    José Peña | Peña | peña | accented
    Jean-Claude Juncker | Juncker | juncker | hyphen-given
    Jean-Yves Le Drian | Le Drian | drian | particle-cap
    Sean O'Neill | O'Neill | o'neill | apostrophe
    Mohammad Javad Zarif | Zarif | zarif | persian
    Sergei Lavrov | Lavrov | lavrov | russian
    # others
    Recep Tayyip Erdogan | Erdogan | erdogan | turkish
    Narendra Modi | Modi | modi | indian
    Benjamin Netanyahu | Netanyahu | netanyahu | hebrew
    Hassan Rouhani | Rouhani | rouhani | persian
""")

# (nationality + title, full name, the surname as written alone, keys)
NATIONAL_TITLES = [("German Chancellor", "Angela Merkel", "Merkel", ["merkel"]), ("French President", "Emmanuel Macron", "Macron", ["macron"]),
                   ("British Prime Minister", "Theresa May", "May", ["may"]), ("Russian President", "Vladimir Putin", "Putin", ["putin"]),
                   ("Chinese President", "Xi Jinping", "Xi", ["xi"]), ("Japanese Prime Minister", "Shinzo Abe", "Abe", ["abe"]),
                   ("US President", "Barack Obama", "Obama", ["obama"]), ("Turkish President", "Recep Tayyip Erdogan", "Erdogan", ["erdogan"]),
                   ("Nigerian Foreign Minister", "Daniel Okafor", "Okafor", ["okafor"]), ("Irish Prime Minister", "Margaret Ellison", "Ellison", ["ellison"])]

COUNTRIES = [("France", ["france"], "location"), ("Germany", ["germany"], "location"), ("China", ["china"], "location"),
             ("the United States", ["united", "states"], "location"), ("Iran", ["iran"], "location"),
             ("Japan", ["japan"], "location"), ("Britain", ["britain"], "location")]
CAPITALS = [("Paris", ["france", "paris"], "location"), ("Berlin", ["germany", "berlin"], "location"),
            ("Beijing", ["china", "beijing"], "location"), ("Washington", ["washington", "united"], "location"),
            ("Tehran", ["iran", "tehran"], "location"), ("Moscow", ["russia", "moscow"], "location")]
ORGS = [("the European Union", ["european", "union"], "organization"), ("Nato", ["nato"], "organization"),
        ("NATO", ["nato"], "organization"), ("the United Nations", ["united", "nations"], "organization"),
        ("the IMF", ["imf"], "organization"), ("the World Bank", ["world", "bank"], "organization"),
        ("Opec", ["opec"], "organization"), ("the African Union", ["african", "union"], "organization"),
        ("Hamas", ["hamas"], "organization"), ("the Taliban", ["taliban"], "organization"),
        ("Greenpeace", ["greenpeace"], "organization"), ("Toyota", ["toyota"], "organization")]


class Probe:
    def __init__(self, form, position, text, target, target_keys, target_type, other_keys, target_span=None):
        self.form = form              # the name form probed
        self.position = position      # where it stands: subject, object, ...
        self.text = text
        self.target = target          # the surface text of the probed party (for diagnosis)
        self.target_keys = target_keys
        self.target_type = target_type
        self.other_keys = other_keys
        self.target_span = target_span or target


def compose():
    ps = []
    B, bk = OTHER

    def both(form, A, keys, typ, full=None, span=None, intro=None):
        """The probed name as subject and as object of the simple frames; `intro` names the
        person in full in a sentence before."""
        pre = (intro + " ") if intro else ""
        for fname, f in SUBJECT_FRAMES.items():
            sent = f.format(A=A, B=B)
            ps.append(Probe(form, "subject/" + fname, pre + sent[0].upper() + sent[1:], A, keys, typ, bk, span))
        for fname, f in OBJECT_FRAMES.items():
            ps.append(Probe(form, "object/" + fname, pre + f.format(A=A, B=B), A, keys, typ, bk, span))

    for full, sur, keys, tag in PEOPLE:
        # the surname alone leads (as a headline's or lead's short form), the full name comes after
        for fname, f in SUBJECT_FRAMES.items():
            ps.append(Probe("surname before full/" + tag, "subject/" + fname,
                            f.format(A=sur, B=B) + " " + INTRO.format(F=full).replace("on Wednesday", "on Friday"),
                            sur, keys, "person", bk))
        both("full name/" + tag, full, keys, "person")
        both("surname first mention/" + tag, sur, keys, "person")
        both("surname after full/" + tag, sur, keys, "person", intro=INTRO.format(F=full))
    for title in TITLES:
        for sur, keys in TITLE_PEOPLE:
            both("title+surname/" + title, title + " " + sur, keys, "person", span=sur)
    for title in COMPOUND_TITLES:
        for full, keys in [("Daniel Okafor", ["okafor"]), ("Donald Trump", ["trump"]), ("Margaret Ellison", ["ellison"])]:
            # a lower-case title opening a sentence is written with its capital there
            subj = title[0].upper() + title[1:]
            for fname, f in SUBJECT_FRAMES.items():
                ps.append(Probe("compound title/" + title, "subject/" + fname, f.format(A=subj + " " + full, B=B),
                                full, keys, "person", bk))
            for fname, f in OBJECT_FRAMES.items():
                ps.append(Probe("compound title/" + title, "object/" + fname, f.format(A=title + " " + full, B=B),
                                full, keys, "person", bk))
    # abbreviated and lower-case titles, ages, party tags, suffixes, royal titles
    for form, A, keys in [("abbreviated title", "Sen. Daniel Okafor", ["okafor"]), ("abbreviated title", "Rep. Margaret Ellison", ["ellison"]),
                          ("abbreviated title", "Gov. Pieter Hallberg", ["hallberg"]), ("abbreviated title", "Dr. Daniel Okafor", ["okafor"]),
                          ("abbreviated title", "Lt. Gen. Pieter Hallberg", ["hallberg"]), ("abbreviated title", "Sen. Okafor", ["okafor"]),
                          ("lower-case title", "US president Daniel Okafor", ["okafor"]), ("lower-case title", "German chancellor Margaret Ellison", ["ellison"]),
                          ("lower-case title", "former president Pieter Hallberg", ["hallberg"]), ("lower-case title", "president-elect Donald Trump", ["trump"]),
                          ("lower-case title", "foreign secretary Gordon Brown", ["brown"]),
                          ("royal title", "Prince Harold", ["harold"]), ("royal title", "Queen Margaret", ["margaret"]),
                          ("royal title", "Crown Prince Mohammed bin Salman", ["salman"]), ("royal title", "King Abdullah", ["abdullah"]),
                          ("name suffix", "Daniel Okafor Jr.", ["okafor"]), ("name suffix", "Pieter Hallberg Jr", ["hallberg"])]:
        both(form, A, keys, "person")
    for A, keys in [("Daniel Okafor, 64,", ["okafor"]), ("Margaret Ellison (D-Ohio)", ["ellison"]), ("Pieter Hallberg, a Democrat,", ["hallberg"])]:
        ps.append(Probe("age or party tag", "subject/met", f"{A} met {B} in Geneva on Thursday.", A.split(",")[0].split(" (")[0], keys, "person", bk))
        ps.append(Probe("age or party tag", "object/met-obj", f"{B} met {A} in Geneva on Thursday.", A.split(",")[0].split(" (")[0], keys, "person", bk))
    # a lead in capitals, as wire copy opens
    for lead, full, keys in [("PRESIDENT-elect", "Donald Trump", ["trump"]), ("PRIME Minister", "Margaret Ellison", ["ellison"]),
                             ("FOREIGN Minister", "Daniel Okafor", ["okafor"]), ("CHANCELLOR", "Pieter Hallberg", ["hallberg"])]:
        for fname, f in SUBJECT_FRAMES.items():
            ps.append(Probe("caps lead", "subject/" + fname, f.format(A=lead + " " + full, B=B), full, keys, "person", bk))
    for full, keys in INITIALS:
        both("middle initial", full, keys, "person")
    for full, sur, keys, tag in WORLD_NAMES:
        both("world full/" + tag, full, keys, "person")
        both("world surname after full/" + tag, sur[0].upper() + sur[1:] if False else sur, keys, "person",
             intro=INTRO.format(F=full))
    # two short forms in one sentence, both named in full before
    for (f1, s1, k1), (f2, s2, k2) in [(("Daniel Okafor", "Okafor", ["okafor"]), ("Pieter Hallberg", "Hallberg", ["hallberg"])),
                                        (("Barack Obama", "Obama", ["obama"]), ("Donald Trump", "Trump", ["trump"])),
                                        (("Angela Merkel", "Merkel", ["merkel"]), ("Emmanuel Macron", "Macron", ["macron"])),
                                        (("Theresa May", "May", ["may"]), ("Gordon Brown", "Brown", ["brown"])),
                                        (("Nora Lincoln", "Lincoln", ["lincoln"]), ("Ivan Austin", "Austin", ["austin"]))]:
        intro = f"{f1} and {f2} spoke about the budget on Wednesday."
        ps.append(Probe("two surnames after full", "subject/met", f"{intro} {s1} met {s2} in Geneva on Thursday.", s1, k1, "person", k2))
        ps.append(Probe("two surnames after full", "subject/and-met", f"{intro} {s1} and {s2} met in Geneva on Thursday.", s1, k1, "person", k2))
        ps.append(Probe("two surnames after full", "subject/talks-with", f"{intro} {s1} held talks with {s2} in Geneva on Thursday.", s1, k1, "person", k2))
        ps.append(Probe("two surnames first", "subject/met", f"{s1} met {s2} in Geneva on Thursday.", s1, k1, "person", k2))
        ps.append(Probe("two titled surnames", "subject/and-met", f"President {s1} and Prime Minister {s2} met in Geneva on Thursday.", s1, k1, "person", k2))
        ps.append(Probe("two titled surnames", "subject/met", f"Mr {s1} met Mrs {s2} in Geneva on Thursday.", s1, k1, "person", k2))
    # appositions
    for full, keys, desc in [("Daniel Okafor", ["okafor"], "the Nigerian foreign minister"),
                             ("Margaret Ellison", ["ellison"], "the Irish prime minister"),
                             ("Pieter Hallberg", ["hallberg"], "the Swedish trade minister"),
                             ("Donald Trump", ["trump"], "the US president-elect")]:
        ps.append(Probe("apposition after", "subject/met", f"{full}, {desc}, met {B} in Geneva on Thursday.", full, keys, "person", bk))
        ps.append(Probe("apposition after", "object/met", f"{B} met {full}, {desc}, in Geneva on Thursday.", full, keys, "person", bk))
        d = desc[0].upper() + desc[1:]
        ps.append(Probe("apposition before", "subject/met", f"{d}, {full}, met {B} in Geneva on Thursday.", full, keys, "person", bk))
        ps.append(Probe("apposition before", "object/met", f"{B} met {desc}, {full}, in Geneva on Thursday.", full, keys, "person", bk))
    # his wife / her husband
    for full, keys, rel in [("Laura Okafor", ["okafor"], "his wife"), ("Ruth Hallberg", ["hallberg"], "his wife"),
                            ("Peter Ellison", ["ellison"], "her husband")]:
        ps.append(Probe("kin apposition", "object/met", f"{B} met {rel} {full} in Geneva on Thursday.", full, keys, "person", bk))
        ps.append(Probe("kin apposition", "with-subject", f"{OTHER2[0]} and {rel} {full} met {B} in Geneva on Thursday.",
                        full, keys, "person", bk))
    for nat, full, sur, keys in NATIONAL_TITLES:
        both("nationality+title+name", nat + " " + full, keys, "person", span=full)
        both("nationality+title+surname", nat + " " + sur, keys, "person", span=sur)
    for name, keys, typ in COUNTRIES:
        subj = name[0].upper() + name[1:]
        ps.append(Probe("country", "subject/talks-with", f"{subj} held talks with {B} in Geneva on Thursday.", name, keys, typ, bk))
        ps.append(Probe("country", "object/talks-obj", f"{B} held talks with {name} in Geneva on Thursday.", name, keys, typ, bk))
        ps.append(Probe("country", "subject/and-talks", f"{subj} and Peru held talks in Geneva on Thursday.", name, keys, typ, ["peru"]))
    for name, keys, typ in CAPITALS:
        ps.append(Probe("capital as government", "subject/talks-with", f"{name} held talks with {B} on Thursday.", name, keys[:1], typ, bk))
        ps.append(Probe("capital as government", "object/talks-obj", f"{B} held talks with {name} on Thursday.", name, keys[:1], typ, bk))
    for name, keys, typ in ORGS:
        subj = name[0].upper() + name[1:]
        ps.append(Probe("organisation", "subject/talks-with", f"{subj} held talks with {B} in Geneva on Thursday.", name, keys, typ, bk))
        ps.append(Probe("organisation", "object/talks-obj", f"{B} held talks with {name} in Geneva on Thursday.", name, keys, typ, bk))
        ps.append(Probe("organisation", "object/met-obj", f"{B} met {name} in Geneva on Thursday.", name, keys, typ, bk))
    # a definite title or description standing for a person named before
    for intro, ref, keys in [("Prime Minister Margaret Ellison spoke about the budget on Wednesday.", "The prime minister", ["ellison"]),
                             ("German Chancellor Angela Merkel spoke about the budget on Wednesday.", "The chancellor", ["merkel"]),
                             ("Angela Merkel, the German chancellor, spoke about the budget on Wednesday.", "The German chancellor", ["merkel"]),
                             ("President Daniel Okafor spoke about the budget on Wednesday.", "The president", ["okafor"]),
                             ("Foreign Minister Pieter Hallberg spoke about the budget on Wednesday.", "The foreign minister", ["hallberg"]),
                             ("Daniel Okafor, Nigeria's foreign minister, spoke about the budget on Wednesday.", "The minister", ["okafor"])]:
        ps.append(Probe("definite title back-reference", "subject/met", f"{intro} {ref} met {B} in Geneva on Thursday.", ref, keys, "person", bk))
        ps.append(Probe("definite title back-reference", "subject/talks-with", f"{intro} {ref} held talks with {B} in Geneva on Thursday.", ref, keys, "person", bk))
    # countries named by their people
    for adj, keys in [("Chinese", ["china"]), ("French", ["france"]), ("US", ["us"]), ("Iranian", ["iran"]), ("British", ["britain"])]:
        ps.append(Probe("demonym group", "subject/met", f"{adj} officials met {B} in Geneva on Thursday.", adj, keys, "location", bk))
        ps.append(Probe("demonym group", "object/met-obj", f"{B} met {adj} diplomats in Geneva on Thursday.", adj, keys, "location", bk))
    # plural groups and pronouns after a named subject
    for full, keys in [("Daniel Okafor", ["okafor"]), ("Margaret Ellison", ["ellison"]), ("Donald Trump", ["trump"])]:
        pron = "She" if full.startswith("Margaret") else "He"
        ps.append(Probe("pronoun subject", "subject/met", f"{full} flew to Geneva on Wednesday. {pron} met {B} on Thursday.",
                        full, keys, "person", bk))
        ps.append(Probe("pronoun subject", "subject/talks-with",
                        f"{full} flew to Geneva on Wednesday. {pron} held talks with {B} on Thursday.", full, keys, "person", bk))
        ps.append(Probe("plural group", "the two leaders",
                        f"{full} flew to Geneva on Wednesday to see {B}. The two leaders met on Thursday.", full, keys, "person", bk))
    return ps


def toks(s):
    # As the meeting scorer's, but keeping letters outside ASCII (`Müller`), so that the probe
    # tests the extraction of accented names rather than the scorer's folding.
    s = (s or "").lower().replace("\u2019", "'").replace("-", " ")
    return set(re.sub(r"[^\w' ]+", " ", s).split())


def ent_has(e, keys):
    names = [e.get("name")] + list(e.get("aliases") or [])
    return any(all(k in toks(n) for k in keys) for n in names)


def diagnose(p, doc):
    """The kind of failure for a probe whose meeting is missing its probed party."""
    header = " date " + DATE + " "
    text = header + p.text
    ents = doc.get("entities", [])
    # the last occurrence of the probed party's words is in the meeting sentence
    target = p.target_span
    pos = text.rfind(target)
    if pos < 0:
        pos = text.lower().rfind(target.lower())
    span_end = pos + len(target)
    covering = [m for m in doc.get("mentions", []) if m["start"] < span_end and m["end"] > pos]
    if not covering:
        return "lost"
    m = covering[0]
    e = ents[m["entity"]] if 0 <= m["entity"] < len(ents) else {}
    if not ent_has(e, p.target_keys):
        # covers part of the name, or linked to someone else's entity
        if m["text"] != target and not all(k in toks(m["text"]) for k in p.target_keys):
            return "wrong-span:%s" % m["text"]
        return "not-linked:%s" % e.get("name")
    if p.target_type and e.get("type") != p.target_type and not (p.target_type == "location" and e.get("type") == "location"):
        return "wrong-type:%s" % e.get("type")
    if m["text"] != target and target not in m["text"] and p.target_type == "person":
        return "wrong-span:%s" % m["text"]
    return "wrong-party"


def judge(p, doc):
    evs = [e for e in doc.get("events", []) if e.get("type") in MEETING_TYPES and e.get("modality") in ("asserted", "planned")]
    ents = doc.get("entities", [])
    if not evs:
        return "no-event"

    def has(ev, keys, with_place=False):
        refs = list(ev.get("participants", []))
        if with_place and ev.get("location"):
            refs.append(ev["location"])
        for r in refs:
            i = r.get("entity")
            if i is not None and 0 <= i < len(ents) and ent_has(ents[i], keys):
                return True
        return False

    for ev in evs:
        if has(ev, p.target_keys, with_place=p.target_type == "location") and has(ev, p.other_keys):
            # the probed party found; check its type
            for r in ev.get("participants", []):
                i = r.get("entity")
                if i is not None and 0 <= i < len(ents) and ent_has(ents[i], p.target_keys):
                    if p.target_type and ents[i]["type"] != p.target_type and not (p.form.startswith(("country", "capital")) and ents[i]["type"] in ("location", "organization")):
                        return "wrong-type:%s" % ents[i]["type"]
            return None
    if not any(has(ev, p.other_keys) for ev in evs):
        return "no-event"
    return diagnose(p, doc)


def run(exe, probes):
    tmp = tempfile.mkdtemp(prefix="probe-parties-")
    out = []
    for k, p in enumerate(probes):
        path = os.path.join(tmp, "p%04d.txt" % k)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(" date " + DATE + " " + p.text + "\n")
        r = subprocess.run([exe, "extract", path], capture_output=True, text=True, timeout=60)
        try:
            doc = json.loads(r.stdout)
        except json.JSONDecodeError:
            out.append("crash:%s" % r.stderr[-80:])
            continue
        out.append(judge(p, doc))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eventkb", default=".build/release/eventkb")
    ap.add_argument("--form", default=None, help="only forms containing this")
    ap.add_argument("--quiet", action="store_true", help="tallies only")
    ap.add_argument("--json", default=None, help="write every probe and verdict here")
    a = ap.parse_args()
    probes = [p for p in compose() if not a.form or a.form in p.form]
    verdicts = run(a.eventkb, probes)
    by_form = defaultdict(lambda: [0, 0])
    by_group = defaultdict(lambda: [0, 0])
    by_pos = defaultdict(lambda: [0, 0])
    kinds = defaultdict(int)
    for p, v in zip(probes, verdicts):
        for d, key in ((by_form, p.form), (by_group, p.form.split("/")[0]), (by_pos, p.position.split("/")[0])):
            d[key][1] += 1
            if v is None:
                d[key][0] += 1
        if v is not None:
            kinds[v.split(":")[0]] += 1
    print("== pass rate by form group")
    for k in sorted(by_group):
        ok, n = by_group[k]
        print("  %-34s %3d/%3d  %5.1f%%" % (k, ok, n, 100.0 * ok / n))
    print("== pass rate by position")
    for k in sorted(by_pos):
        ok, n = by_pos[k]
        print("  %-34s %3d/%3d  %5.1f%%" % (k, ok, n, 100.0 * ok / n))
    if not a.quiet:
        print("== pass rate by form")
        for k in sorted(by_form):
            ok, n = by_form[k]
            print("  %-48s %3d/%3d" % (k, ok, n))
    print("== failures by kind")
    for k, n in sorted(kinds.items(), key=lambda x: -x[1]):
        print("  %-14s %4d" % (k, n))
    total = sum(1 for v in verdicts if v is None)
    print("== total %d/%d pass (%.1f%%)" % (total, len(probes), 100.0 * total / len(probes)))
    if not a.quiet:
        print("== failures")
        for p, v in zip(probes, verdicts):
            if v is not None:
                print("  [%s | %s] %s\n      %s" % (p.form, p.position, v, p.text))
    if a.json:
        json.dump([{"form": p.form, "position": p.position, "text": p.text, "verdict": v} for p, v in zip(probes, verdicts)],
                  open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
