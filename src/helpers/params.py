"""Check notebook parameters the same way whether papermill, the runner or a person set them."""
from __future__ import annotations

import difflib
import re
from collections import Counter
from datetime import date
from pathlib import Path

from .corpus import manifest_path
from .errors import InputError
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
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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
    """ISO dates (or blank); the end may not come before the start."""
    start, end = _iso_date("period_start", period_start), _iso_date("period_end", period_end)
    if start and end and end < start:
        raise InputError(f"parameter period_end={period_end!r} is before period_start={period_start!r}; swap them")
    return start, end


def _iso_date(name: str, value: str) -> date | None:
    if not value:
        return None
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"parameter {name}={value!r} is not an ISO date; write it as YYYY-MM-DD or leave it blank")


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
    hint = f"; nearest names: {', '.join(near)}" if near and known else ""
    raise InputError(f"parameter council={council!r} has no facts; councils found: {', '.join(found)}{hint}")
