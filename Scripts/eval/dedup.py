#!/usr/bin/env python3
"""Pairwise precision/recall of event de-duplication on the Giveme5W1H news_cluster set.

    python3 Scripts/eval/dedup.py prepare CORPUS_DIR OUT_DIR   # one .txt article per JSON file
    python3 Scripts/eval/dedup.py score   CORPUS_DIR DB        # figures (after `eventkb ingest OUT_DIR`)

Units: event reports (rows of `events`) from different articles. A pair is *predicted* same when
both reports are in one real event (`events.cluster_id`).

Gold ("same event"): the two articles carry the same `newsCluster.EventId` AND the reports are of
compatible type (one family: meet/visit/host/negotiate, attack/kill/strike, statement/report, else
the same type) AND they share at least one participant (resolved entity id).

Limits of this gold, read them before the figures:
- It is built on eventkb's own extraction and entity resolution: a report with a wrong participant
  or a missed one is judged by what the extractor saw. It measures the de-duplication step, not
  extraction.
- EventId labels whole stories (`las_vegas_shooting`), not single happenings: two statements by the
  same official in one story count as "same" in gold even when they are different statements, which
  lowers measured precision and inflates the gold pair count. Gold ignores place and time.
- Reports of the same happening in articles of different EventIds (a story that touches another)
  are "different" in gold.
- Reports without participants (an attack known only by its place) are never "same" in gold, so
  merging them counts as false positives; a second line leaves those pairs out.
A looser precision is given too: predicted pairs whose articles share an EventId at all.
"""
import collections
import glob
import json
import os
import sqlite3
import sys

FAMILIES = [{"meet", "visit", "host", "negotiate"}, {"attack", "kill", "strike"}, {"statement", "report"}]


def family(t):
    for f in FAMILIES:
        if t in f:
            return min(f)
    return t


def prepare(corpus, out):
    os.makedirs(out, exist_ok=True)
    n = 0
    for path in sorted(glob.glob(os.path.join(corpus, "data", "*.json"))):
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        date = (doc.get("date_publish") or "")[:10]
        text = (doc.get("text") or "").strip()
        if len(date) != 10 or not text:
            continue
        title = " ".join((doc.get("title") or "").split())
        name = os.path.splitext(os.path.basename(path))[0] + ".txt"
        with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
            fh.write(f" date {date} {title}\n\n{text}\n")
        n += 1
    print(f"prepared {n} articles in {out}")


def labels(corpus):
    result = {}
    for path in glob.glob(os.path.join(corpus, "data", "*.json")):
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        result[os.path.splitext(os.path.basename(path))[0]] = doc["newsCluster"]["EventId"]
    return result


def score(corpus, db):
    gold_event = labels(corpus)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    article_label = {}
    for aid, source in con.execute("SELECT id, source FROM articles"):
        key = os.path.splitext(os.path.basename(source))[0]
        if key in gold_event:
            article_label[aid] = gold_event[key]
    reports = {}
    for eid, aid, etype, cluster in con.execute("SELECT id, article_id, type, cluster_id FROM events"):
        if aid in article_label:
            reports[eid] = (aid, family(etype), cluster)
    parts = collections.defaultdict(set)
    for eid, ent in con.execute("SELECT event_id, entity_id FROM event_participants"):
        if eid in reports:
            parts[eid].add(ent)

    def cross(a, b):
        return reports[a][0] != reports[b][0]

    # Gold pairs: through shared participants, within one EventId and type family.
    by_key = collections.defaultdict(list)
    for eid, ents in parts.items():
        aid, fam, _ = reports[eid]
        for ent in ents:
            by_key[(article_label[aid], fam, ent)].append(eid)
    gold = set()
    for ids in by_key.values():
        ids.sort()
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if cross(a, b):
                    gold.add((a, b))

    clusters = collections.defaultdict(list)
    for eid, (_, _, cluster) in reports.items():
        clusters[cluster].append(eid)
    predicted = set()
    for ids in clusters.values():
        ids.sort()
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if cross(a, b):
                    predicted.add((a, b))

    tp = len(gold & predicted)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    same_story = sum(1 for a, b in predicted if article_label[reports[a][0]] == article_label[reports[b][0]])
    multi = [ids for ids in clusters.values() if len({reports[e][0] for e in ids}) > 1]
    n_articles = len(set(article_label) & {r[0] for r in reports.values()})
    print(f"articles with events: {n_articles}; event reports: {len(reports)}; "
          f"real events: {len(clusters)} ({len(multi)} reported by 2+ articles)")
    print(f"pairs of reports from different articles: predicted same {len(predicted)}, gold same {len(gold)}, "
          f"both {tp}")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    # Reports without participants can never be "same" in gold; the figure without them:
    with_parties = {e for e in reports if parts[e]}
    pred_p = {(a, b) for a, b in predicted if a in with_parties and b in with_parties}
    tp_p = len(gold & pred_p)
    pp = tp_p / len(pred_p) if pred_p else 0.0
    fp_ = 2 * pp * r / (pp + r) if pp + r else 0.0
    print(f"only reports with participants (gold cannot judge the others): predicted same {len(pred_p)}, "
          f"both {tp_p}: precision {pp:.3f}  recall {r:.3f}  F1 {fp_:.3f}")
    loose = same_story / len(predicted) if predicted else 0.0
    print(f"looser precision (predicted pairs whose articles share an EventId): {loose:.3f} ({same_story}/{len(predicted)})")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
