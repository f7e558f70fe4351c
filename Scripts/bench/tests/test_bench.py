"""Tests of the benchmark's mechanics: selection, percentiles, summary parsing, RSS
reading, and one end-to-end run against a fake eventkb on an invented corpus.

Run: python3 -m unittest discover -s Scripts/bench/tests -v
"""

import datetime as dt
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import corpus  # noqa: E402
import queries  # noqa: E402
import random  # noqa: E402
from eventkb_cli import parse_summary  # noqa: E402
from run import run  # noqa: E402
from stats import percentile, summary_ms  # noqa: E402

CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"]


def _letters(i: int) -> str:
    """0 → "aa", 1 → "ab", ...: distinct invented name endings without digits."""
    return chr(97 + i // 26 % 26) + chr(97 + i % 26)


def invent_corpus(root: Path, per_category: int = 102) -> Path:
    """bbc-news-2225/raw/<category>/NNN.txt with invented texts, one exact duplicate in
    politics (003 = 001), one latin-1 file (sport/002) and a README that is not an article."""
    raw = root / "bbc-news-2225" / "raw"
    for c in CATEGORIES:
        (raw / c).mkdir(parents=True)
        for i in range(1, per_category + 1):
            tag = _letters(i)
            text = (f"Headline {c} {i}\n\nMinister Alda Ver{tag} met Joran Pell in Castel{tag}, "
                    f"{c} report {i}.\n")
            (raw / c / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    (raw / "politics" / "003.txt").write_bytes((raw / "politics" / "001.txt").read_bytes())
    (raw / "sport" / "002.txt").write_bytes("Caf\u00e9 owner sues club\n".encode("latin-1"))
    (raw / "README.TXT").write_text("not an article\n", encoding="utf-8")
    return raw


class SelectionTests(unittest.TestCase):
    def test_duplicates_and_non_utf8_are_skipped_before_choosing(self):
        with tempfile.TemporaryDirectory() as tmp:
            raw = invent_corpus(Path(tmp))
            articles, skipped = corpus.read_unique_utf8(raw)
            self.assertEqual(skipped, {"not_utf8": 1, "duplicate": 1})
            self.assertEqual(len(articles), 5 * 102 - 2)
            chosen = corpus.first_per_category(articles, 100)
            self.assertEqual(len(chosen), 500)
            politics = [a.name for a in chosen if a.category == "politics"]
            # 003 was the duplicate: the first 100 after dedup run to 101.
            self.assertNotIn("003.txt", politics)
            self.assertEqual(politics[-1], "101.txt")
            sport = [a.name for a in chosen if a.category == "sport"]
            self.assertNotIn("002.txt", sport)
            self.assertEqual(sport[:2], ["001.txt", "003.txt"])

    def test_short_category_is_an_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            articles, _ = corpus.read_unique_utf8(invent_corpus(Path(tmp), per_category=50))
            with self.assertRaises(ValueError):
                corpus.first_per_category(articles, 100)

    def test_words_are_whitespace_tokens(self):
        self.assertEqual(corpus.Article("x", "1.txt", "Two  words\n\nand\tthree\u00a0more").words, 5)

    def test_rounds_shift_the_date_so_texts_differ(self):
        base = dt.date(2004, 1, 1)
        self.assertEqual(corpus.round_date(base, 45), dt.date(2004, 2, 15))
        a = corpus.dated_text("Body.", corpus.round_date(base, 0))
        b = corpus.dated_text("Body.", corpus.round_date(base, 1))
        self.assertEqual(a, "date 2004-01-01\nBody.")
        self.assertNotEqual(a, b)


    def test_long_article_is_one_dated_text_of_at_least_the_size(self):
        articles = [corpus.Article("x", f"{i}.txt", f"Title {i}\n\nBody of text {i}.\n") for i in range(200)]
        text = corpus.long_article(articles, 1000)
        self.assertTrue(text.startswith("date 2005-06-01 Title 0\n\nBody of text 0."))
        self.assertGreaterEqual(len(text.encode("utf-8")), 1000)
        self.assertLess(len(text.encode("utf-8")), 1000 + 40)
        self.assertEqual(text.count("date "), 1)


class PercentileTests(unittest.TestCase):
    def test_nearest_rank(self):
        samples = list(range(1, 101))  # 1..100
        self.assertEqual(percentile(samples, 50), 50)
        self.assertEqual(percentile(samples, 95), 95)
        self.assertEqual(percentile(samples, 100), 100)
        self.assertEqual(percentile([7.0], 95), 7.0)
        self.assertEqual(percentile([3, 1, 2], 50), 2)
        self.assertEqual(percentile([1, 2, 3, 4], 50), 2)  # ceil(0.5 * 4) = rank 2

    def test_rejects_nonsense(self):
        with self.assertRaises(ValueError):
            percentile([], 50)
        with self.assertRaises(ValueError):
            percentile([1], 0)

    def test_summary_is_in_milliseconds(self):
        s = summary_ms([0.001, 0.002, 0.003, 0.100])
        self.assertAlmostEqual(s["p50"], 2.0)
        self.assertAlmostEqual(s["p95"], 100.0)
        self.assertEqual(s["n"], 4)


class FlatnessTests(unittest.TestCase):
    def test_second_half_compares_the_middle_rounds_with_the_last(self):
        import report
        rounds = [{"articles": 100, "seconds": s} for s in (1, 1, 2, 2, 2, 2, 2, 2, 3, 4)]
        (lo, hi), ratio = report.second_half(rounds, 2)
        self.assertEqual((lo, hi), (4, 5))  # 500 of 1,000 articles stored after round 5
        self.assertAlmostEqual(ratio, (200 / 7) / (200 / 4))
        self.assertIsNone(report.second_half(rounds[:3], 2))

    def test_flat_only_within_twenty_percent_either_way(self):
        import report
        self.assertEqual(report.flatness(1.0), "flat within 20%")
        self.assertEqual(report.flatness(0.85), "flat within 20%")
        self.assertIn("slower", report.flatness(0.5))
        self.assertIn("faster later", report.flatness(1.6))


class SummaryLineTests(unittest.TestCase):
    def test_parses_the_cli_summary(self):
        s = parse_summary("noise\ningested 500 articles (3 already present): 4,1 x\n"
                          "ingested 500 articles (3 already present): 1200 entities, 340 events, 56 relations; 2 rejected\n")
        self.assertEqual((s.articles, s.already_present, s.entities, s.events, s.relations, s.rejected),
                         (500, 3, 1200, 340, 56, 2))
        self.assertIsNone(parse_summary("done"))


class RunTests(unittest.TestCase):
    def test_peak_rss_is_the_child_s_own(self):
        big = run([sys.executable, "-c", "x = bytearray(80 * 1024 * 1024); x[::4096] = b'1' * len(x[::4096])"])
        small = run(["true"])
        self.assertEqual(big.status, 0)
        self.assertGreater(big.peak_rss_mib, 80)
        self.assertLess(small.peak_rss_mib, 10, small.rss_source)

    def test_output_and_status(self):
        r = run([sys.executable, "-c", "import sys; print('out'); print('e' * 300000, file=sys.stderr); sys.exit(3)"])
        self.assertEqual((r.status, r.stdout.strip(), len(r.stderr.strip())), (3, "out", 300000))


class NamePickingTests(unittest.TestCase):
    def test_top_half_and_random_half_of_the_right_type(self):
        entities = [{"name": f"Name {_letters(i)}", "type": "person" if i % 2 else "location", "mentions": i}
                    for i in range(200)] + [{"name": "Bad (name)", "type": "person", "mentions": 10_000}]
        persons = {e["name"] for e in entities if e["type"] == "person"}
        names = queries.pick_names(entities, {"person"}, 10, random.Random(1))
        self.assertEqual(len(names), 10)
        self.assertEqual(names[:5], [f"Name {_letters(i)}" for i in (199, 197, 195, 193, 191)])
        self.assertTrue(set(names) <= persons)
        self.assertEqual(len(set(names)), 10)

    def test_in_process_time_is_read_from_the_timing_line(self):
        self.assertAlmostEqual(queries.in_process_seconds("note\neventkb-timing: run_ms=12.500\n"), 0.0125)
        self.assertIsNone(queries.in_process_seconds("eventkb: no such file\n"))
        self.assertIsNone(queries.in_process_seconds("eventkb-timing: run_ms=soon\n"))

    def test_date_ranges_stay_inside(self):
        first, last = dt.date(2003, 1, 1), dt.date(2006, 1, 1)
        for a, b in queries.date_ranges(first, last, 40, random.Random(2)):
            self.assertTrue(first <= dt.date.fromisoformat(a) <= dt.date.fromisoformat(b) <= last)


class EndToEndTests(unittest.TestCase):
    def test_quick_run_against_a_fake_eventkb(self):
        with tempfile.TemporaryDirectory() as tmp:
            invent_corpus(Path(tmp))
            out = Path(tmp) / "report.md"
            done = subprocess.run(
                [sys.executable, str(HERE.parent / "bench.py"), "--bin", str(HERE / "fake_eventkb.py"),
                 "--corpora", tmp, "--skip-spacy", "--scale", "1500", "--names", "6", "--out", str(out)],
                capture_output=True, text=True, timeout=600)
            self.assertEqual(done.returncode, 0, done.stderr[-2000:])
            results = json.loads(out.with_suffix(".json").read_text())
            self.assertEqual(results["sample"]["summary"]["articles"], 500)
            self.assertEqual(results["whole"]["articles_given"], 508)
            self.assertEqual(len(results["scaled"]["rounds"]), 3)  # ceil(1500 / 508)
            self.assertEqual(results["scaled"]["stats"]["articles"], 3 * 508)
            self.assertEqual(results["scaled"]["problems"], [])
            kinds = {k["kind"]: k for k in results["queries"]["kinds"]}
            self.assertEqual(kinds["meetings --who"]["n"], 6)
            self.assertEqual(kinds["meetings --from/--to"]["n"], 6)
            self.assertEqual(kinds["meetings --who"]["in_process_n"], 6)
            self.assertAlmostEqual(kinds["meetings --who"]["in_process_p50"], 0.25)
            table = out.read_text()
            self.assertIn("| `meetings --where` |", table)
            self.assertIn("| 0.2 · 0.2 |", table)
            self.assertIn("measured at 1,524 articles", table)
            self.assertIn("not run (--skip-spacy)", table)
            self.assertEqual(len(results["long_article"]["sizes"]), 2, results["long_article"])
            self.assertIn("**One long article**", table)


if __name__ == "__main__":
    unittest.main()
