"""Check notebook parameters the same way whether papermill, the runner or a person set them."""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from .corpus import manifest_path
from .errors import InputError
from .paths import resolve_dir

DEFAULTS = {
    "raw_dir": "data/raw",
    "processed_dir": "data/processed",
    "reports_dir": "reports",
    "council": "",
    "period_start": "",
    "period_end": "",
}


def check_dirs(raw_dir: str, processed_dir: str, reports_dir: str) -> tuple[Path, Path, Path]:
    """The three folders resolved from the project root; raw must hold a corpus and is never written."""
    raw, processed, reports = (resolve_dir(v) for v in (raw_dir, processed_dir, reports_dir))
    if not raw.is_dir():
        raise InputError(f"parameter raw_dir={raw_dir!r}: no such folder; point it at a folder holding manifest.csv and articles/")
    if not manifest_path(raw).is_file():
        raise InputError(f"parameter raw_dir={raw_dir!r}: {manifest_path(raw)} is missing; create it with `python -m helpers.manifest add FILE ...`")
    for name, value, path in (("processed_dir", processed_dir, processed), ("reports_dir", reports_dir, reports)):
        if path.resolve().is_relative_to(raw.resolve()):
            raise InputError(f"parameter {name}={value!r} lies inside raw_dir; raw files are never written: choose another folder")
    return raw, processed, reports


def check_period(period_start: str, period_end: str) -> tuple[date | None, date | None]:
    """ISO dates (or blank); the end may not come before the start."""
    bounds = []
    for name, value in (("period_start", period_start), ("period_end", period_end)):
        try:
            bounds.append(date.fromisoformat(value) if value else None)
        except (TypeError, ValueError):
            raise InputError(f"parameter {name}={value!r} is not an ISO date; write it as YYYY-MM-DD or leave it blank") from None
    start, end = bounds
    if start and end and end < start:
        raise InputError(f"parameter period_end={period_end!r} is before period_start={period_start!r}; swap them")
    return start, end


def choose_council(council: str, fact_councils: Counter) -> str:
    """The council asked for, or the one with the most facts; an unknown one lists those found."""
    found = sorted(c for c in fact_councils if c)
    if not found:
        raise InputError("no council has any facts in this corpus; check raw_dir and the extraction step's output")
    if not council:
        return max(found, key=lambda c: (fact_councils[c], c))
    if council not in fact_councils:
        raise InputError(f"parameter council={council!r} has no facts; councils found: {', '.join(found)}")
    return council
