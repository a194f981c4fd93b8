"""Inclusive date intervals with a precision, as the data contract defines them."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "month", "quarter", "half", "year", "range", "before", "after", "unknown")
_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


@dataclass(frozen=True)
class Interval:
    """When something holds or happened: inclusive bounds and how precise they are."""

    start: date | None
    end: date | None
    precision: str

    def __post_init__(self):
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}")
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"interval starts after it ends: {self.start} > {self.end}")

    @classmethod
    def of_row(cls, row: dict) -> Interval:
        """The interval a fact row's date_start, date_end and date_precision hold."""
        return cls(*(date.fromisoformat(row[f]) if row[f] else None for f in ("date_start", "date_end")), row["date_precision"])

    def iso(self) -> tuple[str, str]:
        """The bounds as ISO strings, blank where open."""
        return (self.start.isoformat() if self.start else "", self.end.isoformat() if self.end else "")


UNKNOWN = Interval(None, None, "unknown")


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_published(value: str) -> Interval:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` as an interval; blank is unknown.

    Raises ValueError naming the expected forms for anything else.
    """
    value = (value or "").strip()
    if not value:
        return UNKNOWN
    m = _PUBLISHED.fullmatch(value)
    try:
        if not m:
            raise ValueError
        year, month, day = (int(g) if g else None for g in m.groups())
        if day:
            d = date(year, month, day)
            return Interval(d, d, "day")
        if month:
            return Interval(date(year, month, 1), month_end(year, month), "month")
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    except ValueError:
        raise ValueError(f"published {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY, or leave it blank") from None
