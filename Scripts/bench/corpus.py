"""Choosing and writing the BBC articles the benchmark feeds to eventkb and spaCy.

The BBC set (bbc-news-2225/SOURCE.md) has 98 extra copies of identical texts and one
latin-1 file (sport/199.txt). Both would distort a speed figure: duplicates are skipped
by eventkb's content hash, and a non-UTF-8 file is rejected. So the benchmark reads only
files that decode as UTF-8, keeps the first copy of each exact text (files in sorted
order), and only then picks articles.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Article:
    category: str
    name: str  # file name, e.g. "001.txt"
    text: str

    @property
    def words(self) -> int:
        """Whitespace-separated tokens: the unit of the words/s figures."""
        return len(self.text.split())


def read_unique_utf8(raw_dir: Path) -> tuple[list[Article], dict[str, int]]:
    """Every `raw/<category>/*.txt` that is valid UTF-8, first copy of each exact text only.

    Files are visited in sorted order (category, then file name), so "first copy" is
    deterministic. Returns the articles and counts of what was skipped and why.
    """
    seen: set[bytes] = set()
    articles: list[Article] = []
    skipped = {"not_utf8": 0, "duplicate": 0}
    for category in sorted(p for p in os.listdir(raw_dir) if (raw_dir / p).is_dir()):
        for name in sorted(os.listdir(raw_dir / category)):
            if not name.endswith(".txt"):
                continue
            data = (raw_dir / category / name).read_bytes()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                skipped["not_utf8"] += 1
                continue
            if data in seen:
                skipped["duplicate"] += 1
                continue
            seen.add(data)
            articles.append(Article(category, name, text))
    return articles, skipped


def first_per_category(articles: list[Article], per_category: int) -> list[Article]:
    """The first `per_category` articles of each category, in the input order."""
    taken: dict[str, int] = {}
    chosen: list[Article] = []
    for article in articles:
        if taken.get(article.category, 0) < per_category:
            taken[article.category] = taken.get(article.category, 0) + 1
            chosen.append(article)
    short = {c: n for c, n in taken.items() if n < per_category}
    if short:
        raise ValueError(f"categories with fewer than {per_category} articles: {short}")
    return chosen


def write_plain(articles: list[Article], directory: Path) -> list[Path]:
    """Each article as `<category>-<name>`, bytes unchanged (no date header)."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = directory / f"{article.category}-{article.name}"
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def long_article(articles: list[Article], size: int) -> str:
    """One article of at least `size` bytes: BBC texts in order, paragraphs kept, one date header."""
    parts = ["date 2005-06-01 "]
    total = len(parts[0])
    for article in articles:
        if total >= size:
            break
        parts.append(article.text.strip() + "\n\n")
        total += len(parts[-1].encode("utf-8"))
    return "".join(parts)


def round_date(base: dt.date, round_index: int) -> dt.date:
    """Round k is dated k days after the base date, so every round's texts hash differently."""
    return base + dt.timedelta(days=round_index)


def dated_text(text: str, date: dt.date) -> str:
    """The contract's article header (`date YYYY-MM-DD`) on its own line, then the text."""
    return f"date {date.isoformat()}\n{text}"


def write_round(articles: list[Article], directory: Path, date: dt.date) -> int:
    """One round of the scaled corpus: every article with the round's date header.

    Returns the number of files written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    for article in articles:
        path = directory / f"{article.category}-{article.name}"
        path.write_text(dated_text(article.text, date), encoding="utf-8")
        count += 1
    return count
