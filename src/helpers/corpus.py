"""Read and validate a raw corpus: `manifest.csv` plus one UTF-8 text per article."""
from __future__ import annotations

import csv
import hashlib
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .body import find_body
from .errors import InputError
from .intervals import Interval, parse_published

REQUIRED_COLUMNS = ("article_id", "file", "sha256")
OPTIONAL_COLUMNS = ("headline", "outlet", "byline", "published", "published_evidence", "url")
ARTICLE_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_ARTICLE_BYTES = 5_000_000
_HTML = re.compile(rb"^\s*(<!doctype html|<html|<head|<body)", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One article of the corpus, its text as the contract defines it, and its metadata."""

    article_id: str
    file: str
    text: str
    sha256: str
    headline: str
    outlet: str
    byline: str
    published: Interval
    body_start: int
    body_end: int

    @property
    def body(self) -> str:
        return self.text[self.body_start:self.body_end]

    def __hash__(self) -> int:
        """The hash of the id and the text's SHA-256, which equal articles share: articles key several per-article
        caches, and the default hash of every field (the publication interval's dates too) costs about 1 us."""
        return hash((self.article_id, self.sha256))


def manifest_path(raw_dir: Path) -> Path:
    return Path(raw_dir) / "manifest.csv"


def read_manifest(raw_dir: Path) -> list[dict[str, str]]:
    """The manifest's rows, checked for required columns, unique well-formed ids and dates."""
    path = manifest_path(raw_dir)
    if not path.is_file():
        raise InputError(f"{path}: no manifest.csv; create one with `python -m helpers.manifest add FILE ...`")
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = reader.fieldnames or []
            rows = list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: not a readable UTF-8 CSV ({exc}); save it as UTF-8 CSV") from None
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputError(f"{path}: missing required column(s) {', '.join(missing)}; the header line must name {','.join(REQUIRED_COLUMNS)}, separated by commas")
    if not rows:
        raise InputError(f"{path}: no articles listed; add one with `python -m helpers.manifest add FILE ...`")
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        _check_row(path, line, row, seen)
    return rows


def _check_row(path: Path, line: int, row: dict[str, str], seen: dict[str, int]) -> None:
    where = f"{path}: row {line}"
    article_id = (row.get("article_id") or "").strip()
    if not ARTICLE_ID.fullmatch(article_id):
        raise InputError(f"{where}: article_id {article_id!r} must match [a-z0-9][a-z0-9_-]* (lower-case letters, digits, - and _)")
    if article_id in seen:
        raise InputError(f"{where}: article_id {article_id!r} already used on row {seen[article_id]}; give each article its own id")
    seen[article_id] = line
    for column in ("file", "sha256"):
        if not (row.get(column) or "").strip():
            raise InputError(f"{where} ({article_id}): {column} is blank; fill it in")
    if not SHA256.fullmatch(row["sha256"].strip().lower()):
        raise InputError(f"{where} ({article_id}): sha256 {row['sha256']!r} is not 64 hex digits; copy the file's SHA-256 (`sha256sum FILE`) or list it with `python -m helpers.manifest add`")
    try:
        parse_published(row.get("published") or "")
    except ValueError as exc:
        raise InputError(f"{where} ({article_id}): {exc}") from None


def article_path(raw_dir: Path, row: dict[str, str]) -> Path:
    """The article's file, which must exist and lie inside raw_dir (symlinks resolved)."""
    raw = Path(raw_dir).resolve()
    declared = row["file"].strip()
    where = f"{manifest_path(raw_dir)}: article {row['article_id']}"
    if Path(declared).is_absolute():
        raise InputError(f"{where}: file {declared!r} is an absolute path; give it relative to {raw_dir}")
    try:
        path = (raw / declared).resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        raise InputError(f"{where}: file {declared!r} is not a usable path ({exc}); give the path of a text file in {raw_dir}") from None
    if not path.is_relative_to(raw):
        raise InputError(f"{where}: file {declared!r} leads outside {raw_dir}; copy the text into {raw_dir}/articles/")
    if not path.is_file():
        raise InputError(f"{where}: file {declared!r} does not exist in {raw_dir}; fix the path or add the file")
    return path


def read_text(path: Path, expected_sha256: str, where: str) -> str:
    """The file decoded as the contract says, after size, hash, binary and encoding checks."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise InputError(f"{where}: {path.name} is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit for one article; split it or trim it to the article")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected_sha256.strip().lower():
        raise InputError(f"{where}: sha256 of {path.name} is {digest}, manifest says {expected_sha256.strip()}; restore the file, or if it changed on purpose put the new sha256 in manifest.csv")
    if b"\x00" in data:
        raise InputError(f"{where}: {path.name} is a binary file, not text; save the article as UTF-8 plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: {path.name} is not UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8") from None
    if not text.strip():
        raise InputError(f"{where}: {path.name} is empty; add the article's text or remove its row")
    if _HTML.match(data.lstrip(b"\xef\xbb\xbf")):
        warnings.warn(f"{where}: {path.name} looks like an HTML page, not plain text; facts are read from it as it is, and quotes refer to the raw markup", stacklevel=2)
    return text


def load_article(raw_dir: Path, row: dict[str, str]) -> Article:
    path = article_path(raw_dir, row)
    where = f"{manifest_path(raw_dir)}: article {row['article_id']}"
    text = read_text(path, row["sha256"], where)
    headline = (row.get("headline") or "").strip()
    body_start, body_end = find_body(text, headline)
    if body_start == body_end:
        raise InputError(f"{where}: {path.name} holds no reporting besides its headline and footer; add the article's text or remove its row")
    return Article(
        article_id=row["article_id"].strip(),
        file=row["file"].strip(),
        text=text,
        sha256=row["sha256"].strip().lower(),
        headline=headline,
        outlet=(row.get("outlet") or "").strip(),
        byline=(row.get("byline") or "").strip(),
        published=parse_published(row.get("published") or ""),
        body_start=body_start,
        body_end=body_end,
    )


def load_corpus(raw_dir: Path) -> list[Article]:
    """Every article in the manifest, validated; the first problem stops with an InputError."""
    return list(iter_corpus(raw_dir))


def iter_corpus(raw_dir: Path) -> Iterator[Article]:
    """The manifest's articles one at a time (the manifest is checked first), for corpora too large to hold."""
    return (load_article(raw_dir, row) for row in read_manifest(raw_dir))
