"""The benchmark's text: the two shared corpora, a fixed sample of each, and copies at scale."""
from __future__ import annotations

import csv
import hashlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from helpers.corpus import Article, load_corpus, read_manifest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {"ofsted-reports": Path("../shared/ofsted-reports"), "news-dev": Path("../shared/news-dev/corpus")}
NEWS_GOLD = Path("../shared/news-dev/gold")
FIRST_NAMES = ("Sarah", "David", "Helen", "James", "Emma", "Paul", "Claire", "Mark", "Rachel", "Andrew",
               "Louise", "Peter", "Karen", "Simon", "Julie", "Richard")
_NAME = re.compile(rf"\b({'|'.join(FIRST_NAMES)})\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_POUNDS = re.compile(r"£(\d+)")


def load(name: str) -> list[Article]:
    return load_corpus(ROOT / CORPORA[name])


def sample(articles: list[Article], size: int) -> list[tuple[str, Article]]:
    """(body, article) for the first `size` characters of body text, in manifest order (the last body cut)."""
    taken, left = [], size
    for article in articles:
        if left <= 0:
            break
        taken.append((article.body[:left], article))
        left -= len(taken[-1][0])
    return taken


def year_shift(copy: int) -> int:
    """Years move by a multiple of four, so that 29 February stays a date: -4, +8, -12, ... within ±24."""
    return 4 * (copy % 6 + 1) * (-1) ** copy


def variant(text: str, council: str, other: str, copy: int) -> str:
    """The report with another council, years shifted, sums and first names changed."""
    shift = year_shift(copy)
    text = text.replace(council, other)
    text = _YEAR.sub(lambda m: str(int(m[1]) + shift), text)
    text = _POUNDS.sub(lambda m: f"£{int(m[1]) + copy}", text)
    return _NAME.sub(lambda m: FIRST_NAMES[(FIRST_NAMES.index(m[1]) + copy) % len(FIRST_NAMES)], text)


def _council(row: dict) -> str:
    return row["headline"].removesuffix(" children's services inspection")


def grow(source: Path, target: Path, copies: range) -> Iterator[dict]:
    """Write copy k of every report of `source` into target/articles for k in `copies`, one file at a time; yields manifest rows."""
    rows = read_manifest(source)
    councils = sorted({_council(r) for r in rows})
    (target / "articles").mkdir(parents=True, exist_ok=True)
    for copy in copies:
        for i, row in enumerate(rows):
            text = (source / row["file"]).read_text(encoding="utf-8-sig")
            if copy:
                text = variant(text, _council(row), councils[(i + 7 * copy) % len(councils)], copy)
            yield _write(target, row, text, copy)


def _write(target: Path, row: dict, text: str, copy: int) -> dict:
    article_id = f"{row['article_id']}-x{copy}"
    data = text.encode("utf-8")
    (target / "articles" / f"{article_id}.txt").write_bytes(data)
    year, rest = row["published"][:4], row["published"][4:]
    published = f"{int(year) + year_shift(copy) if copy else year}{rest}"
    return row | {"article_id": article_id, "file": f"articles/{article_id}.txt", "published": published,
                  "sha256": hashlib.sha256(data).hexdigest()}


def write_manifest(target: Path, rows: list[dict]) -> None:
    with open(target / "manifest.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def remove(target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
