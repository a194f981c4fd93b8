"""Date and sum finders behind one shape, ours and the peers', for speed and accuracy.

A date finder maps (body, published) to [(start, end, first_day, last_day)], a sum finder
maps a body to [(start, end, values)], offsets into the body; open bounds are None.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date, datetime

from helpers.dates import find_dates
from helpers.intervals import Interval, month_end
from helpers.numbers import find_quantities

DateHit = tuple[int, int, date | None, date | None]
SumHit = tuple[int, int, tuple[float, ...]]
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
DATE_RE = re.compile(rf"\b(?:(\d{{1,2}})\s+)?({'|'.join(MONTHS)})\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\b", re.IGNORECASE)
SUM_RE = re.compile(r"(£)?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(bn|billion|m|million|k)?\b", re.IGNORECASE)
MULTIPLIER = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3}


def ours_dates(body: str, published: Interval) -> list[DateHit]:
    return [(d.start, d.end, d.interval.start, d.interval.end) for d in find_dates(body, published)]


def ours_sums(body: str) -> list[SumHit]:
    return [(q.start, q.end, tuple(v for v in (q.value, q.lower, q.upper) if v is not None))
            for q in find_quantities(body)]


def _regex_interval(m: re.Match) -> tuple[date, date]:
    day, month, year, bare = m.groups()
    if bare:
        return date(int(bare), 1, 1), date(int(bare), 12, 31)
    y, mo = int(year), MONTHS.index(month.lower()) + 1
    return (date(y, mo, int(day)),) * 2 if day else (date(y, mo, 1), month_end(y, mo))


def regex_dates(body: str, published: Interval) -> list[DateHit]:
    """One compiled pattern: a year, or a month and year with an optional day; no resolution."""
    hits = []
    for m in DATE_RE.finditer(body):
        try:
            hits.append((m.start(), m.end(), *_regex_interval(m)))
        except ValueError:  # "31 February 2019"
            pass
    return hits


def regex_sums(body: str) -> list[SumHit]:
    """One compiled pattern: a number with an optional £ and multiplier."""
    return [(m.start(), m.end(), (float(m[2].replace(",", "") + (m[3] or "")) * MULTIPLIER.get((m[4] or "").lower(), 1),))
            for m in SUM_RE.finditer(body)]


def peers() -> tuple[dict[str, Callable], dict[str, Callable], list[str]]:
    """(date finders, sum finders, messages about peers that could not be loaded)."""
    dates, sums, missing = {"ours": ours_dates, "regex": regex_dates}, {"ours": ours_sums, "regex": regex_sums}, []
    try:
        dates["dateparser"] = _dateparser()
    except ImportError as exc:
        missing.append(f"dateparser not installed ({exc}); `pip install -e '.[bench]'`")
    try:
        sums["quantulum3"] = _quantulum3()
    except ImportError as exc:
        missing.append(f"quantulum3 not installed ({exc}); `pip install -e '.[bench]'`")
    return dates, sums, missing


def _dateparser() -> Callable:
    from dateparser.search import search_dates

    def dateparser_dates(body: str, published: Interval) -> list[DateHit]:
        """search_dates resolved against the publication's first day; its substrings located in order."""
        base = datetime.combine(published.start or date.today(), datetime.min.time())
        found = search_dates(body, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        hits, at = [], 0
        for text, moment in found:
            start = body.find(text, at)
            if start >= 0:
                hits.append((start, start + len(text), moment.date(), moment.date()))
                at = start + len(text)
        return hits

    return dateparser_dates


def _quantulum3() -> Callable:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": it runs without them
        from quantulum3 import parser

    def quantulum3_sums(body: str) -> list[SumHit]:
        return [(q.span[0], q.span[1], (q.value,)) for q in parser.parse(body)]

    return quantulum3_sums
