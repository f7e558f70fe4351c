"""Shared plumbing for the evaluation scripts: where the corpora and the binary are, running
`eventkb extract` on many texts (one process per text, a small thread pool), P/R/F1 and tables.

Standard library only. Every offset in the contract counts Unicode scalars, which is what
Python's `str` indexes by, so a text written here and the offsets read back line up directly.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import tempfile

PROJECT_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FAKE_EVENTKB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fake_eventkb.py")


def articles_folder(prefix):
    """A new temporary folder and its empty `articles` subfolder: (folder, articles)."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    arts = os.path.join(tmp, "articles")
    os.makedirs(arts)
    return tmp, arts


def write_articles(picked, prefix):
    """`picked` (corpus-relative name, text) pairs written as `.txt` files into a new temporary
    folder's `articles`: (folder, articles, {file name: (name, text)})."""
    tmp, arts = articles_folder(prefix)
    texts = {}
    for rel, text in picked:
        name = rel.replace("/", "_")
        name = name[:-5] + ".txt" if name.endswith(".json") else name
        texts[name] = (rel, text)
        with open(os.path.join(arts, name), "w", encoding="utf-8") as fh:
            fh.write(text)
    return tmp, arts, texts


def bbc_text(path):
    """A BBC corpus file's text: UTF-8, or latin-1 for the one file that is not (sport/199.txt)."""
    try:
        return open(path, encoding="utf-8").read()
    except UnicodeDecodeError:
        return open(path, encoding="latin-1").read()


def unseen_bbc_paths(bbc_root, categories, excluded, name_key=None):
    """`raw/<category>/<name>.txt` of the BBC articles under `bbc_root` in `categories`, in listing
    order (names sorted by `name_key`): none whose path is in `excluded`, and no text identical
    (by hash) to an excluded article's or to one taken before. The audits shuffle this list."""
    digest = lambda path: hashlib.sha256(open(path, "rb").read()).hexdigest()
    banned = {digest(os.path.join(bbc_root, rel)) for rel in excluded if os.path.exists(os.path.join(bbc_root, rel))}
    paths, seen = [], set()
    for cat in categories:
        folder = os.path.join(bbc_root, "raw", cat)
        for name in sorted(os.listdir(folder), key=name_key):
            rel = f"raw/{cat}/{name}"
            if not name.endswith(".txt") or rel in excluded:
                continue
            h = digest(os.path.join(folder, name))
            if h in banned or h in seen:
                continue
            seen.add(h)
            paths.append(rel)
    return paths


def extract_one(binary, text, timeout=300):
    """`eventkb extract` on one text: the document, or None when it failed or timed out."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(text)
        name = fh.name
    try:
        r = subprocess.run([binary, "extract", name], capture_output=True, text=True, timeout=timeout)
        return json.loads(r.stdout) if r.returncode == 0 else None
    except (subprocess.TimeoutExpired, json.JSONDecodeError):
        return None
    finally:
        os.unlink(name)


def ingested(exe, folder, timeout=1800):
    """A fresh database beside `folder`, every article in it ingested at once (as
    score_meetings.py builds one); returns run(*args), which runs more commands on it."""
    db = os.path.join(os.path.dirname(os.path.abspath(folder)), "kb.sqlite")
    run = lambda *args: subprocess.run([exe, "--db", db, *args], capture_output=True, text=True, timeout=timeout)
    run("init")
    r = run("ingest", folder)
    if r.returncode != 0:
        print("ingest exited", r.returncode, r.stderr[-300:], file=sys.stderr)
    return run


def fail(message, status=2):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(status)


def corpora_dir():
    """`$EVENTKB_CORPORA`, else `../shared/corpora`; a relative path is taken from the project root."""
    path = os.environ.get("EVENTKB_CORPORA", os.path.join("..", "shared", "corpora"))
    return path if os.path.isabs(path) else os.path.normpath(os.path.join(PROJECT_ROOT, path))


def corpus_path(*parts):
    """The path of a corpus file; exits with a clear message when it is missing."""
    path = os.path.join(corpora_dir(), *parts)
    if not os.path.exists(path):
        fail(f"corpus file not found: {path}\n"
             f"       set EVENTKB_CORPORA to the folder holding {parts[0]}/ (default ../shared/corpora from the project root)")
    return path


def common_arguments(description):
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eventkb", default=os.path.join(".build", "release", "eventkb"),
                        help="the eventkb binary (default .build/release/eventkb, relative to the project root)")
    parser.add_argument("--json", action="store_true", help="print a machine-readable summary (JSON) instead of the table")
    parser.add_argument("--verbose", action="store_true", help="also print every error (misses, extras, confusions)")
    parser.add_argument("--jobs", type=int, default=2, help="extract processes run at once (default 2)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents (0: all), for quick runs")
    parser.add_argument("--self-test", action="store_true",
                        help="check the scoring itself: a fake eventkb printing gold-derived documents must score 1.0, "
                             "an empty one 0.0, hand-made errors their exact counts; no real binary needed")
    return parser


def resolve_binary(path):
    if not os.path.isabs(path):
        path = os.path.join(PROJECT_ROOT, path)
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        fail(f"eventkb binary not found or not executable: {path}\n"
             f"       build it with `swift build -c release` in {PROJECT_ROOT}, or pass --eventkb PATH")
    return path


class ExtractResult:
    """One `extract` run: the parsed document, or an empty one and the reason it failed."""

    def __init__(self, doc, error=None):
        self.doc = doc if doc is not None else {"sentences": [], "mentions": [], "entities": [], "events": [], "relations": []}
        self.error = error


def extract_all(binary, texts, jobs=2, timeout=300, env=None):
    """Run `BINARY extract FILE` on each text (a dict id -> text); returns id -> ExtractResult.

    Texts are written to a temporary directory first (UTF-8, exactly as given, no trailing newline
    added) so offsets count from the first character of the text. A failed run scores as an empty
    document and its error is kept, so one crash costs its own document, never the whole run.
    """
    results = {}
    with tempfile.TemporaryDirectory(prefix="eventkb-eval-") as tmp:
        paths = {}
        for n, (key, text) in enumerate(texts.items()):
            path = os.path.join(tmp, f"doc{n:06d}.txt")
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            paths[key] = path

        def run(key):
            try:
                proc = subprocess.run([binary, "extract", paths[key]], capture_output=True, timeout=timeout, env=env)
            except subprocess.TimeoutExpired:
                return key, ExtractResult(None, f"timed out after {timeout}s")
            except OSError as e:
                return key, ExtractResult(None, f"could not run: {e}")
            if proc.returncode != 0:
                return key, ExtractResult(None, f"exit {proc.returncode}: {proc.stderr.decode('utf-8', 'replace').strip()[-300:]}")
            try:
                doc = json.loads(proc.stdout.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                return key, ExtractResult(None, f"output is not JSON: {e}")
            if not isinstance(doc, dict):
                return key, ExtractResult(None, "output is not a JSON object")
            for field in ("sentences", "mentions", "entities", "events", "relations"):
                if not isinstance(doc.get(field), list):
                    doc[field] = []
            return key, ExtractResult(doc)

        done = 0
        show = sys.stderr.isatty()
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for key, result in pool.map(run, list(texts)):
                results[key] = result
                done += 1
                if show and (done % 10 == 0 or done == len(texts)):
                    print(f"\r  extract {done}/{len(texts)}", end="", file=sys.stderr, flush=True)
        if show and texts:
            print(file=sys.stderr)
    return results


def fake_environment(oracle):
    """The environment for `fake_eventkb.py`: `oracle` maps each text to the document it must print."""
    fh = tempfile.NamedTemporaryFile("w", suffix=".json", prefix="eventkb-oracle-", delete=False, encoding="utf-8")
    json.dump({text_key(text): doc for text, doc in oracle.items()}, fh)
    fh.close()
    env = dict(os.environ)
    env["FAKE_EVENTKB_ORACLE"] = fh.name
    return env, fh.name


def text_key(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def empty_document():
    return {"date": None, "sentences": [], "mentions": [], "entities": [], "events": [], "relations": []}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def table(headers, rows):
    """A plain aligned text table."""
    cells = [[str(h) for h in headers]] + [[fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def fmt(value):
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def check(condition, label, failures):
    """Self-test assertion: prints the outcome, collects failures instead of stopping at the first."""
    print(("ok    " if condition else "FAIL  ") + label)
    if not condition:
        failures.append(label)


def finish_self_test(failures):
    if failures:
        print(f"self-test: {len(failures)} failed")
        sys.exit(1)
    print("self-test: all passed")
    sys.exit(0)
