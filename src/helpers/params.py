"""Check notebook parameters the same way whether papermill, the runner or a person set them."""
from __future__ import annotations

import csv
import difflib
import re
from collections import Counter
from datetime import date
from pathlib import Path

from .corpus import manifest_path, read_manifest
from .errors import InputError
from .intervals import Interval, parse_published
from .paths import project_root, resolve_dir

DEFAULTS = {
    "raw_dir": "data/raw",
    "processed_dir": "data/processed",
    "reports_dir": "reports",
    "council": "",
    "period_start": "",
    "period_end": "",
}


def check_dirs(raw_dir: str, processed_dir: str, reports_dir: str) -> tuple[Path, Path, Path]:
    """The three folders resolved from the project root; raw must hold a corpus and is never written.

    The two output folders are replaced whole at the end of a run, so each must be a folder
    (or not exist yet) and neither may overlap raw_dir, the other one or the project itself.
    """
    given = {"raw_dir": raw_dir, "processed_dir": processed_dir, "reports_dir": reports_dir}
    for name, value in given.items():
        if not isinstance(value, (str, Path)) or not str(value).strip():
            raise InputError(f"parameter {name}={value!r} is not a folder path; give one, e.g. {DEFAULTS[name]!r}")
    raw, processed, reports = (resolve_dir(v) for v in given.values())
    if not raw.is_dir():
        raise InputError(f"parameter raw_dir={raw_dir!r}: no such folder; point it at a folder holding manifest.csv and articles/")
    if not manifest_path(raw).is_file():
        raise InputError(f"parameter raw_dir={raw_dir!r}: {manifest_path(raw)} is missing; create it with `python -m helpers.manifest add FILE ...`")
    _check_outputs(given, raw, processed, reports)
    return raw, processed, reports


def _overlap(a: Path, b: Path) -> bool:
    a, b = a.resolve(), b.resolve()
    return a.is_relative_to(b) or b.is_relative_to(a)


def _check_outputs(given: dict[str, str], raw: Path, processed: Path, reports: Path) -> None:
    for name, path in (("processed_dir", processed), ("reports_dir", reports)):
        if path.exists() and not path.is_dir():
            raise InputError(f"parameter {name}={given[name]!r} is a file, not a folder; choose a folder for the outputs")
        if _overlap(path, raw):
            raise InputError(f"parameter {name}={given[name]!r} overlaps raw_dir={given['raw_dir']!r}; raw files are never written: choose a separate folder")
        if project_root().resolve().is_relative_to(path.resolve()):
            raise InputError(f"parameter {name}={given[name]!r} holds the whole project; choose a folder of its own, e.g. {DEFAULTS[name]!r}")
    if _overlap(processed, reports):
        raise InputError(f"parameters processed_dir={given['processed_dir']!r} and reports_dir={given['reports_dir']!r} overlap; give them separate folders")


def check_period(period_start: str, period_end: str) -> tuple[date | None, date | None]:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or blank): a start from its first day, an end to its last;
    the end may not come before the start."""
    start, end = _bound("period_start", period_start).start, _bound("period_end", period_end).end
    if start and end and end < start:
        raise InputError(f"parameter period_end={period_end!r} is before period_start={period_start!r}; swap them")
    return start, end


def _bound(name: str, value) -> Interval:
    try:
        return parse_published(str(value or ""))
    except ValueError:
        raise InputError(f"parameter {name}={value!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD, "
                         "or leave it blank") from None


def resolve_period(start: date | None, end: date | None, published: list[Interval]) -> tuple[date, date]:
    """The period asked for; a blank bound becomes the edge of the span the articles report on.

    That span runs from 1 January of the first article's year (so the events it reports are in
    view) to the last article's publication; older facts an article recalls stay in the tables
    and the report's sources but not in the charts. A period that ends up reversed is an error.
    """
    days = sorted(d for i in published for d in (i.start, i.end) if d)
    if not days and not (start and end):
        raise InputError("no article has a publication date: give period_start and period_end")
    start = start or days[0].replace(month=1, day=1)
    end = end or days[-1]
    if end < start:
        raise InputError(f"parameters period_start/period_end give a period running backwards, from {start} to {end} "
                         "(a blank bound is the edge of the articles' span): give a period_start before the end, "
                         "or a later period_end")
    return start, end


def _plain(name: str) -> str:
    """A council name without case, 'Council' or a '(London|Royal) Borough of' prefix."""
    name = re.sub(r"^(?:the\s+)?(?:(?:london|royal)\s+borough\s+of|city\s+of|borough\s+of)\s+", "", name.strip(), flags=re.I)
    return re.sub(r"\s+(?:city\s+)?council$", "", name, flags=re.I).casefold()


def choose_council(council: str, fact_councils: Counter) -> str:
    """The council asked for (matched without case or prefix), or the one with the most facts; an
    unknown one lists the nearest names found."""
    found = sorted(c for c in fact_councils if c)
    if not found:
        raise InputError("no council has any facts in this corpus; check raw_dir and the extraction step's output")
    if not council:
        return max(found, key=lambda c: (fact_councils[c], c))
    by_plain = {_plain(c): c for c in found}
    if _plain(council) in by_plain:
        return by_plain[_plain(council)]
    nearest = [by_plain[p] for p in difflib.get_close_matches(_plain(council), list(by_plain), n=5, cutoff=0.6)]
    hint = f"nearest: {', '.join(nearest)}" if nearest else f"councils found: {', '.join(found)}"
    raise InputError(f"parameter council={council!r} has no facts; {hint}")


def check_run(raw: Path, processed: Path, extra: dict[str, str]) -> bool:
    """The checks the runner makes before any kernel starts: the period against the manifest's
    publication dates, and the council when `processed` holds tables of this very corpus.
    Returns whether the council (if one is given) was checked."""
    start, end = check_period(extra.get("period_start", ""), extra.get("period_end", ""))
    manifest = read_manifest(raw)
    resolve_period(start, end, [parse_published(row.get("published") or "") for row in manifest])
    if not extra.get("council"):
        return True
    counts = council_counts(processed, {(r["article_id"], r["sha256"].strip().lower()) for r in manifest})
    if counts is None:
        return False
    choose_council(extra["council"], counts)
    return True


def council_counts(processed: Path, corpus: set[tuple[str, str]] | None = None) -> Counter | None:
    """Facts per council in `processed`'s timeline.csv; None when there are no tables, or (given the
    corpus's (article_id, sha256) pairs) when they were made from another corpus."""
    articles, timeline = processed / "articles.csv", processed / "timeline.csv"
    if not (articles.is_file() and timeline.is_file()):
        return None
    if corpus is not None:
        with articles.open(encoding="utf-8", newline="") as f:
            if {(r["article_id"], r["sha256"]) for r in csv.DictReader(f)} != corpus:
                return None
    with timeline.open(encoding="utf-8", newline="") as f:
        return Counter(r["council"] for r in csv.DictReader(f))
