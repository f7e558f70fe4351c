#!/usr/bin/env python3
"""Trigger audit: which sentences of unseen dated news articles carry a meeting-ish word but no
meeting-type event (CAMEO 04x) in `eventkb extract`'s output?

Recall evidence at scale, without gold: a reader goes through the uncovered sentences and marks the
ones that are meetings under the annotation convention (the `note` of the dev gold files), and the
covered ones that are not. The articles are the Giveme5W1H news-please sets (`data/` and
`google_news/data/`), fed as `score_meetings.py` feeds them (' date ' + date_publish[:10] + ' ' +
title + '\\n\\n' + text), plus (unless --no-extra) the 100 articles of the Giveme5W1H gold set,
which no meeting gold draws on. Every article listed in the sealed list, and every article of the gold
files given with --exclude-gold, is skipped, so the audit runs on text nobody developed on.

    python3 Scripts/eval/trigger_audit.py [--corpus dated|bbc] [--limit N] [--seed S]
                                          [--show uncovered|covered|none] [--context] [--json OUT]

`--corpus bbc` audits the BBC News articles of `bbc-news-2225/raw` instead (all five categories, or
`--categories`), each file's text fed as is, as `score_meetings.py` feeds BBC articles. Skipped: every
article in the sealed and do-not-read lists, every article of the BBC dev/A/D gold files, and any
article whose text is identical to one of those (the corpus files some stories twice under two
names; the check compares hashes only, nothing of a skipped article is shown).

Counts printed: articles audited, sentences with a meeting-ish word, sentences covered by a meeting
event (the event's evidence span overlaps the sentence), sentences naming two parties of a meeting event told elsewhere in the article (one
event, one evidence sentence), uncovered; then one block per listed
sentence: article path, [start, end) in scalar offsets, the sentence (and with --context its
paragraph). `--json OUT` writes every sentence with its status, for diffing two runs.
"""
import argparse
import concurrent.futures
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evalcommon  # noqa: E402

CORPUS = "giveme5w1h-newscluster"
# The same news-please format; no meeting gold is drawn from it, so all of it is unseen text.
EXTRA_CORPUS = "giveme5w1h-gold"
DEFAULT_SEALED = "/work/proxy-gold/do-not-read-sealed.txt"
DEFAULT_GOLD = ["/work/shared/eval/meetings-dev-dated.json", "/work/proxy-gold/proxy-dated-A.json",
                "/work/proxy-gold/dev-dated-D.json"]
BBC_CORPUS = "bbc-news-2225"
BBC_CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"]
BBC_SEALED = [DEFAULT_SEALED, "/work/proxy-gold/do-not-read.txt"]
BBC_GOLD = ["/work/shared/eval/meetings-dev-bbc.json", "/work/proxy-gold/proxy-bbc-A.json",
            "/work/proxy-gold/dev-bbc-D.json"]

# Words a reader would stop at when looking for meetings (met, talks, visit, summit, ...).
MEETING_WORDS = re.compile(
    r"\b(?:met|meet(?:s|ing|ings)?|talks|negotiat\w*|visit\w*|summit\w*|host(?:s|ed|ing)?|trips?|tour(?:s|ed|ing)?|"
    r"sat down|encounter\w*|reunit\w*|dialogue|sessions?|convene\w*|gathering\w*|sidelines|arriv\w*|landed|"
    r"travel\w*|welcom\w*|received|receiving|greet\w*|hosted|discussions?|consultations?|audience|"
    r"conference|delegation\w*|"
    # Encounters and company without a meeting word (the convention counts personal encounters).
    r"hugg\w*|embrac\w*|kiss\w*|joined|accompan\w*|alongside|din(?:ed|ner)|lunch\w*|spoke with|talked with|"
    r"conversation|chatt?\w*|pictured with|posed|courtesy call|invit\w*|attend\w*|face[- ]to[- ]face|one-on-one|"
    r"bilateral|summon\w*|huddl\w*|conferr\w*|get-together|spent time|photo-op|handshake|shook hands)\b",
    re.IGNORECASE)


def article_paths(corpora, excluded, seed, limit, extra):
    """Every news-please article under data/ and google_news/data/ not excluded (with `extra`, the
    5W1H gold set's data/ and data_damaged/ too), shuffled by seed. An article whose file name is
    excluded under any folder is skipped in all of them (the folders and the two corpora share
    files), and a file name is audited once."""
    excluded_names = {os.path.basename(p) for p in excluded}
    paths = []
    folders = [os.path.join(CORPUS, "data"), os.path.join(CORPUS, "google_news", "data")]
    if extra:
        folders += [os.path.join(EXTRA_CORPUS, "data"), os.path.join(EXTRA_CORPUS, "data_damaged")]
    for sub in folders:
        for path in sorted(glob.glob(os.path.join(corpora, sub, "*.json"))):
            rel = os.path.relpath(path, corpora)
            # The 5W1H gold set holds copies of news-cluster articles under the same file name
            # (41 of its 100, 5 of them sealed): a name excluded anywhere is excluded everywhere.
            key = rel[len(CORPUS) + 1:] if rel.startswith(CORPUS + "/") else rel
            if key in excluded or os.path.basename(rel) in excluded_names:
                continue
            paths.append(rel)
    seen, unique = set(), []
    for rel in paths:  # the same file in both folders is audited once
        if os.path.basename(rel) not in seen:
            seen.add(os.path.basename(rel))
            unique.append(rel)
    random.Random(seed).shuffle(unique)
    return unique[:limit] if limit else unique


def excluded_paths(sealed_list, gold_files):
    out = set()
    if os.path.exists(sealed_list):
        for line in open(sealed_list, encoding="utf-8"):
            line = line.strip()
            if line.startswith(CORPUS + "/"):
                out.add(line[len(CORPUS) + 1:])
            elif line:
                out.add(line)
    else:
        evalcommon.fail(f"sealed list not found: {sealed_list} (refusing to audit without it)")
    for gold in gold_files:
        if os.path.exists(gold):
            for a in json.load(open(gold, encoding="utf-8")).get("articles", []):
                out.add(a["file"])
    return out


def bbc_excluded():
    """Corpus-relative paths (`raw/<category>/NNN.txt`) never to audit: the sealed and do-not-read
    lists and the BBC development gold. Refuses to run without the sealed list."""
    out = set()
    if not os.path.exists(DEFAULT_SEALED):
        evalcommon.fail(f"sealed list not found: {DEFAULT_SEALED} (refusing to audit without it)")
    for listing in BBC_SEALED:
        if os.path.exists(listing):
            for line in open(listing, encoding="utf-8"):
                line = line.strip()
                if line.startswith(BBC_CORPUS + "/"):
                    out.add(line[len(BBC_CORPUS) + 1:])
    for gold in BBC_GOLD:
        if os.path.exists(gold):
            for a in json.load(open(gold, encoding="utf-8")).get("articles", []):
                f = a["file"]
                out.add(f if f.startswith("raw/") else "raw/" + f)
    return out


def bbc_paths(root, seed, limit, categories):
    """Unseen BBC articles, shuffled by seed: not excluded, and no text identical to an excluded
    article's (compared by hash) or to an article already taken."""
    excluded = bbc_excluded()
    root_bbc = os.path.join(root, BBC_CORPUS)
    paths = [os.path.join(BBC_CORPUS, rel)
             for rel in evalcommon.unseen_bbc_paths(root_bbc, categories, excluded, name_key=lambda s: (len(s), s))]
    random.Random(seed).shuffle(paths)
    return paths[:limit] if limit else paths


bbc_text = evalcommon.bbc_text


def article_text(path):
    j = json.load(open(path, encoding="utf-8"))
    if (j.get("language") or "en") != "en":
        return None
    return " date " + (j.get("date_publish") or "")[:10] + " " + (j.get("title") or "") + "\n\n" + (j.get("text") or "")


def extract(binary, text):
    return evalcommon.extract_one(binary, text)


def paragraph(text, start, end):
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a:b if b >= 0 else len(text)]


def audit(rel, text, doc):
    """One record per sentence with a meeting-ish word: covered when a 04x event's evidence overlaps it."""
    spans = []
    for e in (doc or {}).get("events", []):
        if str(e.get("cameo", "")).startswith("04"):
            ev = e.get("evidence") or {}
            if "start" in ev and "end" in ev:
                spans.append((ev["start"], ev["end"], e))
    # A meeting told in several sentences is one event with one evidence sentence (EventMerger):
    # a sentence naming two of an event's parties (or a party and its place) is that event's.
    mentions = (doc or {}).get("mentions", [])
    keyed = []
    for a, b, e in spans:
        keys = {p.get("entity") for p in e.get("participants", [])}
        if (e.get("location") or {}).get("entity") is not None:
            keys.add(e["location"]["entity"])
        keyed.append((keys, e))
    records = []
    for s in (doc or {}).get("sentences", []):
        st, en = s["start"], s["end"]
        sentence = text[st:en]
        words = sorted({m.group(0).lower() for m in MEETING_WORDS.finditer(sentence)})
        if not words:
            continue
        hits = [e for a, b, e in spans if a < en and b > st]
        named = {m.get("entity") for m in mentions if m["start"] >= st and m["end"] <= en}
        elsewhere = [e for keys, e in keyed if not hits and len(keys & named) >= 2]
        records.append({
            "file": rel, "start": st, "end": en, "sentence": sentence, "words": words,
            "covered": bool(hits), "elsewhere": bool(elsewhere),
            "events": [{"type": e.get("type"), "modality": e.get("modality"), "trigger": e.get("trigger"),
                        "participants": [p.get("name") for p in e.get("participants", [])],
                        "location": (e.get("location") or {}).get("name")} for e in hits or elsewhere],
        })
    return records


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--eventkb", default=os.path.join(".build", "release", "eventkb"))
    p.add_argument("--corpus", choices=["dated", "bbc"], default="dated",
                   help="dated: Giveme5W1H news-please articles (default); bbc: bbc-news-2225/raw")
    p.add_argument("--categories", nargs="*", default=BBC_CATEGORIES, help="BBC categories audited (--corpus bbc)")
    p.add_argument("--limit", type=int, default=0, help="audit the first N articles after shuffling (0: all)")
    p.add_argument("--seed", type=int, default=20261125)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--sealed", default=DEFAULT_SEALED, help="list of article paths never to read")
    p.add_argument("--exclude-gold", nargs="*", default=DEFAULT_GOLD, help="gold files whose articles are skipped")
    p.add_argument("--no-extra", action="store_true", help="leave out the 5W1H gold set's 100 articles")
    p.add_argument("--show", choices=["uncovered", "covered", "none"], default="uncovered")
    p.add_argument("--context", action="store_true", help="print each listed sentence's paragraph too")
    p.add_argument("--json", help="write every audited sentence with its status to this file")
    args = p.parse_args()

    binary = evalcommon.resolve_binary(args.eventkb)
    root = evalcommon.corpora_dir()
    if args.corpus == "bbc":
        if not os.path.isdir(os.path.join(root, BBC_CORPUS)):
            evalcommon.fail(f"corpus not found: {os.path.join(root, BBC_CORPUS)}")
        rels = bbc_paths(root, args.seed, args.limit, args.categories)
        texts = {rel: bbc_text(os.path.join(root, rel)) for rel in rels}
    else:
        if not os.path.isdir(os.path.join(root, CORPUS)):
            evalcommon.fail(f"corpus not found: {os.path.join(root, CORPUS)}")
        rels = article_paths(root, excluded_paths(args.sealed, args.exclude_gold), args.seed, args.limit,
                             not args.no_extra)
        texts = {rel: article_text(os.path.join(root, rel)) for rel in rels}
    rels = [r for r in rels if texts[r]]

    failures = 0
    records = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        docs = dict(zip(rels, pool.map(lambda r: extract(binary, texts[r]), rels)))
    for rel in rels:
        if docs[rel] is None:
            failures += 1
            continue
        records.extend(audit(rel, texts[rel], docs[rel]))

    covered = sum(r["covered"] for r in records)
    elsewhere = sum(r["elsewhere"] for r in records)
    print(f"articles audited: {len(rels)} (extract failures: {failures})")
    print(f"sentences with a meeting-ish word: {len(records)}")
    print(f"covered by a meeting event (CAMEO 04x): {covered}")
    print(f"named parties of a meeting event told in another sentence: {elsewhere}")
    print(f"uncovered: {len(records) - covered - elsewhere}")
    if args.show != "none":
        want = args.show == "covered"
        for r in records:
            if r["covered"] != want or r["elsewhere"]:
                continue
            print(f"\n== {r['file']} [{r['start']}, {r['end']}) words={','.join(r['words'])}")
            print(r["sentence"].strip())
            for e in r["events"]:
                print(f"   -> {e['type']} {e['modality']} {e['participants']} @ {e['location']} ({e['trigger']})")
            if args.context:
                para = paragraph(texts[r["file"]], r["start"], r["end"]).strip()
                if para != r["sentence"].strip():
                    print("   ¶ " + para)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(records, fh, indent=1)


if __name__ == "__main__":
    main()
