#!/usr/bin/env python3
"""Junk entities in world news: counts, by kind, of entities an analyst would strike out at once,
over the Giveme5W1H news-cluster articles (383 dated articles from many outlets, no gold).

What it measures: each article is fed as a crawler would write it (` date YYYY-MM-DD TITLE`, a
blank line, the text; the same as `../shared/eval/score_meetings.py`), `eventkb extract` runs on
it, and every entity of every document is put in at most one junk kind, first match wins:

  line_break    the name runs across a line break (a caption line glued to the next line)
  credit        a photo credit kept as a name or glued to one: a credit word (`Getty`, `Images`,
                `Photo`, `Pictured`, `Handout`, `Copyright`...), or an agency acronym (`AP`, `AFP`,
                `EPA`, `PA`) or `Reuters` inside a longer name (`AP Photo`, `Reuters North Korean`)
  web           a web-page remnant: a handle (`@x`, in the name or written before a mention), a URL
                (in the name or around a mention), an e-mail address, or a name opening
                with a page word (`Related`, `Image`, `Advertisement`, `Follow`...)
  shouted       a web page's shouted subheading or one-word caption kept as a name or glued to one: a
                word in capitals of four letters or more that is a common English word (`CHECK`,
                `WATCH Chibok`), or one word written twice (`Equifax Equifax`)
  team_person   a person whose name ends in the plural of a common noun (`... Panthers`, `... Cubs`)
                and whose last word is no surname: a sports team typed as a person
  place_person  a person named by a lone place of the gazetteer (`Mars` aside, `Carolina`)

and, over whole documents, `surname_place`: a one-word location that is the last word of a person the
same article names in full (`Lena Dorrance` ... `Dorrance`, a town too): the person's surname typed
as the town;

`byline`: a person whose mention opens a line after `By ` or follows `Reporting by`, `Editing by`,
`Writing by` (the story's writers, not its people; counted when the article text is at hand);

and, over events, participants that are news agencies (a news agency reports; it is a party
only in rare stories about agencies themselves): `agency_party` in events other than statements
and reports (`killed ten people, Reuters reported` making Reuters one of the killers),
`agency_reporter` in statements and reports (`Reuters reported`, `told AFP`: right, shown for scale).

Word lists come from the project's lexicons (`common-words.tsv`, `surnames.tsv`,
`cities.tsv`, `regions.tsv`, `countries.tsv`) and the general lists below; no name from the
corpus. The figure is a count, not a rate: lower is better, zero is not expected (a kind may
catch a true name: `Images` inside a film title).

usage: python3 Scripts/eval/junk_news.py [--eventkb PATH] [--verbose] [--json] [--limit N] [--self-test]
"""
import glob
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evalcommon as ec  # noqa: E402

CREDIT_WORDS = {"getty", "images", "image", "photo", "photos", "photograph", "photographs", "pictured", "picture",
                "pictures", "handout", "copyright", "caption", "pressphoto", "shutterstock", "rex features"}
AGENCY_ACRONYMS = {"AP", "AFP", "EPA", "PA", "Reuters", "UPI"}
NEWS_AGENCIES = {"reuters", "associated press", "ap", "agence france-presse", "afp", "epa", "upi", "xinhua",
                 "yonhap", "kyodo", "tass", "interfax", "ria novosti", "anadolu", "ansa", "dpa", "press association",
                 "european pressphoto agency", "getty images", "bloomberg"}
PAGE_WORDS = {"related", "image", "images", "advertisement", "follow", "share", "click", "subscribe", "read",
              "caption", "copyright", "credit", "sign", "hide"}
URL = re.compile(r"https?://|www\.|\.com\b|\.co\.uk\b|\.org\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
KINDS = ["line_break", "credit", "web", "shouted", "team_person", "place_person"]


def lexicon_words(name, column=0, lower=False):
    path = os.path.join(ec.PROJECT_ROOT, "Sources", "Ingest", "Lexicons", name)
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) > column and cells[column]:
                out.add(cells[column].lower() if lower else cells[column])
    return out


def known_org_names():
    """Canonical names and aliases of `org-names.tsv`: known names are never counted as junk (`Credit Suisse`)."""
    out = set()
    with open(os.path.join(ec.PROJECT_ROOT, "Sources", "Ingest", "Lexicons", "org-names.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            out.add(cells[0])
            if len(cells) > 2:
                out.update(a for a in cells[2].split("|") if a)
    return out


class Lists:
    def __init__(self, common=None, surnames=None, places=None, orgs=None):
        self.orgs = orgs if orgs is not None else known_org_names()
        self.common = common if common is not None else lexicon_words("common-words.tsv")
        self.surnames = surnames if surnames is not None else lexicon_words("surnames.tsv")
        if places is None:
            places = lexicon_words("cities.tsv") | lexicon_words("regions.tsv") | lexicon_words("countries.tsv", column=1)
        self.places = places


def junk_kind(entity, lists):
    """The first junk kind an entity falls in, or None."""
    name = entity.get("name") or ""
    words = name.split()
    lower = [w.lower() for w in words]
    if name in lists.orgs:
        return None
    if "\n" in name or "\r" in name:
        return "line_break"
    if any(w in CREDIT_WORDS for w in lower) or "rex features" in name.lower() \
            or (len(words) >= 2 and any(w.strip("()/") in AGENCY_ACRONYMS for w in words)) or "/" in name:
        return "credit"
    if "@" in name or URL.search(name.lower()) or EMAIL.search(name) or (lower and lower[0] in PAGE_WORDS):
        return "web"
    if any(len(w) >= 4 and w.isalpha() and w.isupper() and w.lower() in lists.common for w in words) \
            or (len(words) == 2 and words[0] == words[1]):
        return "shouted"
    if entity.get("type") == "person" and len(words) >= 2:
        last = words[-1]
        if last.endswith("s") and not last.endswith("ss") and last not in lists.surnames \
                and (last.lower() in lists.common or last[:-1].lower() in lists.common):
            return "team_person"
    if entity.get("type") == "person" and len(words) == 1 and name in lists.places:
        return "place_person"
    return None


def agency_parties(doc):
    """(event type, participant name) for every event participant that is a news agency."""
    ents = doc.get("entities", [])
    out = []
    for ev in doc.get("events", []):
        for p in ev.get("participants", []):
            k = p.get("entity") if isinstance(p, dict) else None
            name = ents[k]["name"] if isinstance(k, int) and 0 <= k < len(ents) else (p.get("name") if isinstance(p, dict) else None)
            if name and name.lower() in NEWS_AGENCIES:
                out.append((ev.get("type"), name))
    return out


def surname_places(doc):
    """One-word locations named like the last word of a person of two or more words in the same document.
    (Not an unnamed office holder, `mayor of Nice`: a person entity with a lowercase word has no surname.)"""
    ents = doc.get("entities", [])
    surnames = {e["name"].split()[-1] for e in ents if e.get("type") == "person" and len((e.get("name") or "").split()) >= 2
                and all(w[:1].isupper() for w in e["name"].split())}
    return [e["name"] for e in ents if e.get("type") == "location" and e.get("name") in surnames and e.get("subtype") != "country"]


def web_mentions(doc, text):
    """Entities with a mention written as a handle (`@name`) or inside a web address (the tokenizer
    drops the `@` and the address's punctuation, so the name alone does not show it)."""
    out = set()
    for m in doc.get("mentions", []):
        k, start = m.get("entity"), m.get("start", 0)
        if not isinstance(k, int):
            continue
        word_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
        lead = text[word_start:start]
        if lead.endswith("@") or "://" in lead or lead.lower().startswith("www."):
            out.add(k)
    return out


BYLINE = re.compile(r"(?:^|\n)By $|(?:reporting|editing|writing) by $", re.IGNORECASE)


def bylines(doc, text):
    """Person mentions right after a byline's `By` or a wire credit's `Editing by` (each counted once per entity)."""
    ents = doc.get("entities", [])
    seen = set()
    for m in doc.get("mentions", []):
        k = m.get("entity")
        if not isinstance(k, int) or not 0 <= k < len(ents) or ents[k].get("type") != "person" or k in seen:
            continue
        if BYLINE.search(text[max(0, m["start"] - 20):m["start"]]):
            seen.add(k)
    return [ents[k]["name"] for k in sorted(seen)]


def count(docs, lists, texts=None):
    """docs: id -> document; texts: id -> article text, for bylines. Returns (counts by kind,
    examples by kind, entity total)."""
    counts = {k: 0 for k in KINDS + ["surname_place", "byline", "agency_party", "agency_reporter"]}
    examples = {k: [] for k in counts}
    total = 0
    for key, doc in docs.items():
        web = web_mentions(doc, texts[key]) if texts and key in texts else set()
        for i, e in enumerate(doc.get("entities", [])):
            total += 1
            kind = junk_kind(e, lists) or ("web" if i in web else None)
            if kind:
                counts[kind] += 1
                examples[kind].append((key, e.get("name"), e.get("type")))
        for name in bylines(doc, texts[key]) if texts and key in texts else []:
            counts["byline"] += 1
            examples["byline"].append((key, name, "person"))
        for name in surname_places(doc):
            counts["surname_place"] += 1
            examples["surname_place"].append((key, name, "location"))
        for t, name in agency_parties(doc):
            kind = "agency_reporter" if t in ("statement", "report") else "agency_party"
            counts[kind] += 1
            examples[kind].append((key, name, t))
    return counts, examples, total


def article_text(j):
    return " date " + (j.get("date_publish") or "")[:10] + " " + (j.get("title") or "") + "\n\n" + (j.get("text") or "")


def self_test():
    failures = []
    lists = Lists(common={"panther", "cub", "image", "photo", "street"}, surnames={"Williams"}, places={"Carolina", "Oslo"},
                  orgs={"Credit Suisse"})
    def kind(name, type_="person"):
        return junk_kind({"name": name, "type": type_}, lists)
    ec.check(kind("Ana\nLopes") == "line_break", "a name across a line break", failures)
    ec.check(kind("Getty Images", "organization") == "credit", "Getty Images is a credit", failures)
    ec.check(kind("AP Ana Lopes") == "credit", "an agency acronym glued to a name", failures)
    ec.check(kind("AP", "organization") is None, "a lone AP is no credit", failures)
    ec.check(kind("Reuters", "organization") is None, "a lone Reuters is no credit", failures)
    ec.check(kind("@someone") == "web", "a handle", failures)
    ec.check(kind("Related", "organization") == "web", "a page word", failures)
    ec.check(kind("STREET", "organization") == "shouted", "a shouted common word", failures)
    ec.check(kind("PHOTO Ana Lopes") in ("credit", "shouted"), "a shouted word glued to a name", failures)
    ec.check(kind("STREET Ana Lopes") == "shouted", "a shouted common word glued to a name", failures)
    ec.check(kind("NATO", "organization") is None, "an acronym is no common word", failures)
    ec.check(kind("Oslo Oslo") == "shouted", "a doubled word", failures)
    ec.check(kind("Carolina Panthers") == "team_person", "a team as a person", failures)
    ec.check(kind("Carolina Panthers", "organization") is None, "a team as an organisation", failures)
    ec.check(kind("Ana Williams") is None, "a surname ending in s", failures)
    ec.check(kind("Carolina") == "place_person", "a lone place as a person", failures)
    ec.check(kind("Ana Lopes") is None, "a plain name", failures)
    ec.check(kind("Credit Suisse", "organization") is None, "a known organisation is never junk", failures)
    doc = {"entities": [{"name": "Reuters", "type": "organization"}, {"name": "Ana Lopes", "type": "person"}],
           "events": [{"type": "meet", "participants": [{"entity": 0}, {"entity": 1}]}]}
    ec.check(agency_parties(doc) == [("meet", "Reuters")], "an agency as an event party", failures)
    place_doc = {"entities": [{"name": "Lena Dorrance", "type": "person"}, {"name": "Dorrance", "type": "location", "subtype": "city"},
                              {"name": "Jordan", "type": "location", "subtype": "country"}, {"name": "Ali Jordan", "type": "person"}]}
    ec.check(surname_places(place_doc) == ["Dorrance"], "a surname typed as a town, not a country", failures)
    office_doc = {"entities": [{"name": "mayor of Nice", "type": "person"}, {"name": "Nice", "type": "location", "subtype": "city"}]}
    ec.check(surname_places(office_doc) == [], "an unnamed office holder has no surname", failures)
    by_text = "Storm hits coast\n\nBy Ann Roe\n\nLars Berg spoke. (Editing by Ida Sund)"
    by_doc = {"entities": [{"name": n, "type": "person"} for n in ("Ann Roe", "Lars Berg", "Ida Sund")],
              "mentions": [{"entity": i, "start": by_text.index(n)} for i, n in enumerate(("Ann Roe", "Lars Berg", "Ida Sund"))]}
    ec.check(bylines(by_doc, by_text) == ["Ann Roe", "Ida Sund"], "a byline and a wire credit", failures)
    web_text = "Ann Roe (@AnnRoe) and https://t.co/AbC9 wrote."
    web_doc = {"entities": [{"name": "Ann Roe"}, {"name": "AnnRoe"}, {"name": "AbC9"}],
               "mentions": [{"entity": 0, "start": 0}, {"entity": 1, "start": 10}, {"entity": 2, "start": 35}]}
    ec.check(web_mentions(web_doc, web_text) == {1, 2}, "a handle and an address written around a mention", failures)
    counts, _, total = count({"a": doc}, lists)
    ec.check(total == 2 and counts["agency_party"] == 1 and sum(counts.values()) == 1, "counts add up", failures)
    ec.finish_self_test(failures)


def main():
    parser = ec.common_arguments(__doc__.split("\n\n")[0])
    args = parser.parse_args()
    if args.self_test:
        self_test()
    binary = ec.resolve_binary(args.eventkb)
    files = sorted(glob.glob(ec.corpus_path("giveme5w1h-newscluster", "data") + "/*.json"))
    if args.limit:
        files = files[:args.limit]
    texts = {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            texts[os.path.basename(f)] = article_text(json.load(fh))
    results = ec.extract_all(binary, texts, jobs=args.jobs)
    docs = {k: r.doc for k, r in results.items()}
    errors = sum(1 for r in results.values() if r.error)
    counts, examples, total = count(docs, Lists(), texts)
    if args.json:
        print(json.dumps({"articles": len(docs), "errors": errors, "entities": total, "junk": counts}))
        return
    print(f"{len(docs)} articles ({errors} failed), {total} entities")
    print(ec.table(["kind", "count"], [[k, v] for k, v in counts.items()] + [["all", sum(counts.values())]]))
    if args.verbose:
        for k, rows in examples.items():
            for key, name, t in rows:
                print(f"{k}\t{key}\t{t}\t{json.dumps(name, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
