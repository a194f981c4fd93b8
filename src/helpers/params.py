"""Check notebook parameters the same way whether papermill, the runner or a person set them."""
from __future__ import annotations

import csv
import difflib
import re
from collections import Counter
from datetime import date
from pathlib import Path

from .corpus import manifest_path, read_manifest
from .councils import gazetteer
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
    "official_dir": "data/official",
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


def _key(name: str) -> str:
    """A council name for matching: lower case, without a 'Council' suffix or borough prefix."""
    name = re.sub(r"\s+", " ", name.casefold()).strip()
    name = re.sub(r"^(?:the )?(?:(?:london|royal) borough of|city of|county of|council of) |"
                  r" (?:borough |city |county |metropolitan borough )?council$", "", name)
    return name.replace("st. ", "st ")


def find_council(council: str, names) -> str | None:
    """The name among `names` that `council` means, case and prefixes aside; None if there is none."""
    return {_key(n): n for n in names}.get(_key(council))


def choose_council(council: str, fact_councils: Counter, known=()) -> str:
    """The council asked for, or the one with the most facts. One without facts is accepted when it is
    `known` (to the official statistics); any other lists those found and the nearest names."""
    found = sorted(c for c in fact_councils if c)
    if not found:
        raise InputError("no council has any facts in this corpus; check raw_dir and the extraction step's output")
    if not council:
        return max(found, key=lambda c: (fact_councils[c], c))
    match = find_council(council, found) or find_council(council, known)
    if match:
        return match
    keys = {_key(n): n for n in [*found, *known]}
    near = [keys[k] for k in difflib.get_close_matches(_key(council), list(keys), n=5, cutoff=0.6)]
    hint = f"nearest: {', '.join(near)}" if near else f"councils found: {', '.join(found)}"
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
    choose_council(extra["council"], counts, known_councils())
    return True


def known_councils() -> list[str]:
    """Every council of the official statistics (the gazetteer): valid even without facts."""
    return sorted(set(gazetteer().values()))


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
