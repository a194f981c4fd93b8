"""Find date expressions in text and resolve them to inclusive intervals.

One precompiled regex finds the expressions: a cheap test of the first word or two
picks candidate positions, where an alternation of named kinds of expression is
tried. A small resolver per kind turns each match into an `Interval`. Relative
expressions are resolved against both ends of the publication interval and the
results united, so a vague publication date gives a correspondingly vague answer.
A day or month without a year is the latest one starting by the publication's end;
"a year later" and the like move the previous mention. A weekday ("on Tuesday", "last
Friday") is dated only when the publication's day is known: the latest one by it, or
after a future verb the next one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Iterator

from dateutil.relativedelta import relativedelta

from helpers.intervals import Interval, month_end


@dataclass(frozen=True)
class DateMention:
    """A date expression: its span in the text and what it resolved to."""

    start: int
    end: int
    interval: Interval
    relative: bool  # resolved against the publication date or another mention


Resolved = tuple[Interval, bool] | None  # the interval, and whether it is relative

# ---------------------------------------------------------------- vocabulary

_MONTH_NO = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_NUMBERS = {
    **{w: i for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split(), 1)},
    **{f"twenty {w}": 20 + i for i, w in enumerate("one two three four".split(), 1)},
    "a": 1, "an": 1, "a couple of": 2,
}
ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_THIRD = {"early": 0, "start": 0, "beginning": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
_REL = {"this": 0, "the": 0, "last": -1, "next": 1}
_DAY_OFFSET = {"today": 0, "tonight": 0, "this": 0, "earlier": 0, "later": 0, "yesterday": -1, "last": -1,
               "tomorrow": 1}
_UNIT_ARGS = {"day": ("days", 1), "week": ("weeks", 1), "month": ("months", 1), "year": ("years", 1),
              "decade": ("years", 10)}
_ONE_DAY = timedelta(days=1)
_UPCOMING_DAYS = 31
# A future verb earlier in the date's statement ("will take the helm at Kent's children's services in May"), with no
# past verb, comma, full stop or "who/which" clause between.
_DEICTIC = re.compile(r"\b(?:year|this|next|last)\b", re.I)  # "end of this month" is dated already
_FUTURE_VERB = re.compile(r"\b(?:will|shall|would|due|expected|scheduled|planned|next|departs|leaves|retires|starts|begins)\b"
                          r"(?:(?!(?<!\bbe)(?<!\bbeen)\s(?:\w+ed|was|were|had|did|took|who|which|when)\b)[^.,;!?]){0,100}$", re.I)
# A future verb in a weekday's statement ("will be discussed ... on Wednesday"): the coming one.
_WILL = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|going)\s+to)\b[^.;!?]{0,100}$", re.I)
# A year-less deadline ("must deliver a plan by March", "has until May to improve") is the coming one, unless a
# past verb governs it ("had recruited 20 by March", "by June they said").
_DEADLINE = re.compile(r"by|until|till", re.I)
_PAST_AFTER = re.compile(r"[^.,;:!?]{0,30}?\b(?:\w+ed|was|were|had|did|said|took|met|went|saw|came|began|held|made|gave)\b",
                         re.I)
# A fronted date, then its sentence's past verb: "In January, | inspectors from Ofsted raised ..."
_FRONTED_PAST = re.compile(r",\s+[^.,;:!?]{0,40}?\b(?:\w+ed|was|were|had|did|said|took|met|went|saw|came|began|held|made|gave)\b",
                           re.I)
_PAST_VERB = re.compile(r"\b(?:\w+ed|was|were|had|did|took|met|went|saw|came|began|held|made|gave|following|after|since)\b(?:\s+\S+){0,3}\s+$",
                        re.I)

# ------------------------------------------------------------------ patterns


def _after(*words: str) -> str:
    """Lookbehinds: one of `words` and a space come just before (Python needs one lookbehind per width)."""
    groups: dict[tuple[int, str], list[str]] = {}
    for w in words:
        groups.setdefault((len(w), r"(?<!\w)" if w.isalpha() else ""), []).append(w)
    return "(?:" + "|".join(rf"(?<={start}(?:{'|'.join(ws)})\s)" for (_, start), ws in groups.items()) + ")"


_CTX = ("in", "of", "by", "to", "and", "or", "from", "since", "until", "till", "before", "after",
        "during", "between", "its", "their", "his", "her", "'s", "’s")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
               "December")  # the one list of month names (and below, short names) the project's patterns are built from
MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_MONTH_FULL = rf"(?-i:{'|'.join(MONTH_NAMES)})"
_MONTH = rf"(?:{_MONTH_FULL}\b|(?-i:{'|'.join(MONTH_SHORT)})\b(?:\.(?=\s*[0-9]))?)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
_YEAR = r"(?:19|20)[0-9][0-9](?![0-9])"
_SEASON = r"(?:spring|summer|autumn|winter)\b"
# A small count in digits or words ("18", "eighteen", "a couple of"); extract.people reads tenures with it.
NUMBER = "|".join([r"[1-9][0-9]?(?![0-9])", *(w.replace(" ", r"[\s-]+") for w in sorted(_NUMBERS, key=len, reverse=True))])
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_OF_YEAR = rf"(?:(?P<yr>{_YEAR})|(?P<rel>this|last|next|the)\s+year)"
_TO = r"(?(btw)\s+and\s+|(?:\s*[-–—]\s*|\s+(?:to|until|till)\s+))"  # btw: the range began with "between"
# A written year, or "last year" after a month or day: "April 2017", "4 September last year", "March in 2015".
_YEAR_OF = rf"(?:,?\s+(?:(?:in|of)\s+)?(?P<y>{_YEAR})|\s+(?P<yrel>this|last|next)\s+year\b)"
_MOD = r"since|before|after|by|until|till|up\s+to|prior\s+to"
_NEXT = r"(?<!over\sthe\s)(?<!within\sthe\s)(?<!in\sthe\s)(?<!during\sthe\s)(?<!for\sthe\s)next"

# Kinds of expression by how they start; within a group, earlier kinds win ties.
_DIGIT_RANGES = {
    # "20-21 February", "31 January to 2 February 2024", and two days "20 and 21 February" (a two-day visit)
    "drange": rf"(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?)?(?:\s+and\s+|{_TO})"
              rf"(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?",
    "yrange": rf"(?P<y1>{_YEAR}){_TO}(?P<y2>{_YEAR})",
}
_MONTH_RANGES = {
    # "June 20 to July 13", "between June 20 and July 13, 2017"
    "mdrange": rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?{_TO}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})"
               rf"(?:,?\s+(?P<y2>{_YEAR}))?",
    # days of one month by a dash, US style: "March 3-25 this year", "June 20–July 13" is mdrange
    "mddash": rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})(?![0-9]){_YEAR_OF}?",
    "mrange": rf"(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?{_TO}(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?",
    # A month to a later bare year: "between September 2018 and 2019" (to that year's end: all it can mean)
    "myrange": rf"(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR}){_TO}(?P<y2>{_YEAR})(?![0-9/–-])",
    # Two months sharing a year: "in February and March last year", "October and November 2014".
    "mand": rf"(?P<m1>{_MONTH})\s+and\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})|\s+(?P<yrel>this|last|next)\s+year\b)",
    # ... or a period over two months with no year: "visits by the inspectorate over June and July" (the latest before
    # publication, as for a range)
    "mover": rf"(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bacross\s)|(?<=\bthroughout\s))(?P<m1>{_MONTH})\s+and\s+"
             rf"(?P<m2>{_MONTH})",
}
_DIGIT_POINTS = {  # points may follow since, before, after, by, until
    "iso": rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])",
    "numeric": rf"(?P<d>0?[1-9]|[12][0-9]|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>{_YEAR})",
    "fy": rf"(?P<y1>{_YEAR})[/–-](?P<y2>[0-9]{{2}}(?:[0-9]{{2}})?)(?![0-9/–-])",
    "dmy": rf"(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH}){_YEAR_OF}?",
    # A bare year needs a context word before it or punctuation after it: not "2017 children"; not an Act's name
    # ("the Children Act 2004.").
    # ... or a noun it dates after it: "a similar 2017 inspection", "the 2018 Ofsted report".
    "year": rf"(?<!Act\s)(?={_YEAR})(?:(?=[0-9]+[,.;:)\]])|(?=[0-9]+\s+(?:Ofsted\s+)?(?:inspections?|reports?|visits?|judge?ments?|ratings?)\b)"
            rf"|{_after('the', 'a', *_CTX)})(?P<y>{_YEAR})(?![.,][0-9]|%)",
}
_CAPITAL_POINTS = {
    # "in November that year": the month in the year of the mention before
    "monththat": rf"(?P<mon>{_MONTH})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b",
    "mdy": rf"(?P<mon>{_MONTH})\s+(?P<d>{_DAY}){_YEAR_OF}?",
    # A bare month needs a context word before it or no capitalised word after it (not "June Smith");
    # May always needs the context word.
    "month": rf"(?P<mon>{_MONTH}){_YEAR_OF}(?![.,][0-9])"
             rf"|(?:{_after(*_CTX)}|(?!May)(?={_MONTH_FULL}\b(?!\s+(?-i:[A-Z]))))(?P<bare>{_MONTH_FULL})\b",
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NOT_DATED = rf"(?!,?\s+(?:[0-9]|{_MONTH}))"  # "Monday 4 March" is dated by its day and month
# A weekday on its own: after "on" ("on Monday"), or as a possessive ("Tuesday's meeting").
_WEEKDAY_POINTS = {
    "weekday": rf"(?:{_after('on')}|(?={_WEEKDAY}['’]s\b))"
               rf"(?P<wd>{_WEEKDAY})\b{_NOT_DATED}",
}
_WORD_POINTS = {
    "relweekday": rf"(?P<rel>last|next|this)\s+(?P<wd>{_WEEKDAY})\b{_NOT_DATED}",
    "part": rf"(?:(?P<p>early|mid|late)(?:\s*-\s*|\s+)(?:in\s+)?|the\s+(?P<q>start|beginning|middle|end)\s+of\s+)"
            rf"(?:(?P<mon>{_MONTH}){_YEAR_OF}?|{_OF_YEAR}|(?P<mrel>this|last|next|the)\s+month)",  # "end of May next year"
    "portion": r"(?:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)\s+"
               rf"(?P<size>quarter|half)\s+of|(?P<abbr>[QH])(?P<n>[1-4])(?:\s+of)?)\s+{_OF_YEAR}"
               r"(?:(?<=[0-9])[/–-](?P<fyend>[0-9]{2}(?:[0-9]{2})?)(?![0-9]))?",  # "the last quarter of 2019-20": of the year to March
    "relmonth": rf"(?P<rel>last|next|this)\s+(?P<mon>{_MONTH_FULL})\b",
    "relseason": rf"(?P<rel>last|next|this)\s+(?P<s>{_SEASON})",
    "season": rf"(?={_SEASON})(?:{_after('the', 'in', 'during', 'over', 'through', 'throughout', *_CTX)}"
              rf"|(?={_SEASON}(?:\s+of)?\s+{_YEAR}))(?P<s>{_SEASON})(?:(?:\s+of)?\s+(?P<y>{_YEAR}))?",
    "day": r"(?P<w>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night"
           r"|(?:earlier|later)\s+today)",
    "unit": r"(?P<rel>this|last|next)\s+(?P<unit>week|month|year)",
    "sofar": r"(?P<dir>earlier|later)\s+this\s+(?P<unit>week|month|year)",
}
_COUNTED = {
    "ago": rf"(?:(?P<q>more\s+than|over|less\s+than|under|just|only|almost|nearly|about|around|roughly|some)\s+)?"
           rf"(?P<n>{NUMBER})\s+{_UNIT}\s+ago",
    # "two years after the inspection" ("after receiving ...") is relative to that event, not to the previous date:
    # skipped; "two years later", "a year before,", "two years after was rated" are the previous date's.
    "shift": rf"(?P<n>{NUMBER})\s+{_UNIT}\s+(?P<dir>earlier|later|(?:before|after)"
             r"(?=\s*[,.;:!?)]|\s*$|\s+(?:was|were|is|are|has|had|have|it|they|he|she|we)\b))",
}
_THE = {
    "past": rf"the\s+(?:past|last)\s+(?:(?P<n>{NUMBER})\s+)?{_UNIT}",
    "follow": rf"the\s+(?:(?P<dir>following|previous|preceding|{_NEXT})\s+(?P<unit>day|week|month|year)"
              r"|(?P<unit2>day|week|month|year)\s+(?P<dir2>before|after))",
    "coming": rf"the\s+(?:next|coming)\s+(?:(?P<n>{NUMBER})\s+|(?P<few>few|several)\s+)?{_UNIT}",
    # the twelve months ending with a month: "in the year to September", "the 12 months to March 2021"
    "yearto": rf"the\s+(?:year|12\s+months)\s+(?:to|ending)\s+(?:the\s+end\s+of\s+)?(?P<mon>{_MONTH}){_YEAR_OF}?(?![.,][0-9])",
}
_KINDS = {**_DIGIT_RANGES, **_MONTH_RANGES, **_DIGIT_POINTS, **_CAPITAL_POINTS, **_WEEKDAY_POINTS, **_WORD_POINTS, **_COUNTED,
          **_THE}


def _alt(kinds: dict[str, str]) -> str:
    """Kinds as named alternatives; inner group names get the kind as prefix to stay unique."""
    return "(?:" + "|".join(
        f"(?P<{kind}>" + re.sub(r"\(\?P<(\w+)>", rf"(?P<{kind}_\1>", pattern) + ")" for kind, pattern in kinds.items()
    ) + ")"


# An optional leading word, then one kind, tried by how the expression starts. Only ranges may follow "between"
# or "from" (group rng): (?(rng)(?!)) fails the other kinds after them.
_GRAMMAR = (
    rf"(?:(?P<rng>(?P<btw>between)|from)\s+|(?P<mod>{_MOD})\s+)?(?:"
    rf"(?=[0-9])(?:{_alt(_DIGIT_RANGES)}|(?(rng)(?!)){_alt(_DIGIT_POINTS)})"
    rf"|(?={_MONTH})(?:{_alt(_MONTH_RANGES)}|(?(rng)(?!)){_alt(_CAPITAL_POINTS)})"
    rf"|(?={_WEEKDAY})(?(rng)(?!)){_alt(_WEEKDAY_POINTS)}"
    rf"|(?!{_MONTH})(?(rng)(?!))(?:(?=[a-z]|[1-4][a-z]){_alt(_WORD_POINTS)}|{_alt(_COUNTED)}|(?=the\s){_alt(_THE)}))"
)

# Every expression starts with a digit, a month, Q1 or one of these words followed as given. Testing that first,
# grouped by a case-sensitive first letter the regex engine can skip in one comparison, spares most positions the
# full grammar.
_UNIT_WORD = r"(?:day|week|month|year|decade)"
_CAPITAL = r"(?-i:[A-Z])"
_COUNT = rf"[a-z]+(?:[\s-]+[a-z]+){{0,2}}\s+{_UNIT_WORD}"  # "two years", "a couple of months"
_DIGIT_LEADS = (  # a year, or a day or count before a dash, slash, capital (a month) or one of these words
    r"[12][09][0-9][0-9](?![0-9])",
    rf"[0-9][0-9]?+(?![0-9])(?:st|nd|rd|th)?+\s*+(?:[-–—/]|{_CAPITAL}|(?i:of|to|and|until|till|day|week|month|year|decade"
    r"|quarter|half))",
)
_DIGITS = "(?:" + "|".join(_DIGIT_LEADS) + ")"
_QUARTER = r"[QqHh][1-4]\s+(?i:(?:of\s+)?(?:[12][09]|(?:this|last|next|the)\b))"  # Q1 2019, H2 of next year
_FIRST_WORDS = [
    (("early", "mid", "late"), rf"[\s-]+(?:in\s+)?(?:[0-9]|{_CAPITAL}|(?:this|last|next|the)\b)"),
    (("this", "last", "next"),
     rf"\s+(?:{_CAPITAL}|(?:{_UNIT_WORD}|night|morning|afternoon|evening|spring|summer|autumn|winter)\b)"),
    (("earlier", "later"), r"\s+(?:this|today)\b"),
    (("today", "tonight", "yesterday", "tomorrow", "spring", "summer", "autumn", "winter"), ""),
    (("first", "second", "third", "fourth", "final", "latter"), r"\s+(?:quarter|half)\b"),
    (("the",), r"\s+(?:[0-9]|(?:first|second|third|fourth|final|latter|start|beginning|middle|end|day|week|month"
               r"|year)\b|(?:past|last|next|coming|following|previous|preceding)\s+"
               rf"(?:[0-9]|(?:quarter|half|{_UNIT_WORD}s?)\b|{_COUNT}))"),
    (("a", "an", *(w for w in _NUMBERS if w.isalpha())), rf"(?:[\s-]+[a-z]+){{0,2}}\s+{_UNIT_WORD}"),
    (("more", "less", "over", "under", "just", "only", "almost", "nearly", "about", "around", "roughly", "some"),
     rf"(?:\s+than)?\s+(?:[0-9]|{_COUNT})"),
]
_LEAD = rf"(?:{_DIGITS}|{_CAPITAL}|{_QUARTER}|(?:" + "|".join(w for words, _ in _FIRST_WORDS for w in words) + r")\b)"
_PREFIX_WORDS = [
    (("between", "from"), rf"\s+(?:{_DIGITS}|{_CAPITAL})"),
    (("since", "before", "after", "by", "until", "till"), rf"\s+{_LEAD}"),
    (("up", "prior"), rf"\s+to\s+{_LEAD}"),
]


def _trigger() -> str:
    """The first-word test, as alternatives by case-sensitive first character: the engine passes over an alternative
    whose first character is another with one comparison (a first "[Tt]" costs a set test, a first group a jump)."""
    folded: dict[str, dict[str, None]] = {}  # first character -> the rest of each word (once), matched ignoring case
    exact: dict[str, list[str]] = {}  # first character -> the rest of each month and weekday, matched as written
    for words, follow in _PREFIX_WORDS + _FIRST_WORDS:
        for w in words:
            for first in (w[0], w[0].upper()):
                folded.setdefault(first, {})[rf"{w[1:]}\b{follow}"] = None
    for abbr in _MONTH_NO:
        exact.setdefault(abbr[0].upper(), []).append(abbr[1:])
    for day in _WEEKDAYS:
        exact.setdefault(day[0].upper(), []).append(day[1:] + r"\b")
    firsts = sorted(folded.keys() | exact.keys())
    letters = [first + "(?:" + "|".join([f"(?i:{'|'.join(folded.get(first, []))})"] * (first in folded)
                                        + exact.get(first, [])) + ")" for first in firsts]
    # one test of the first character before the alternatives: it spares most word boundaries trying them all
    return rf"(?=[0-9QqHh{''.join(firsts)}])(?:" + "|".join([*_DIGIT_LEADS, _QUARTER, *letters]) + ")"


def _pattern(trigger: str) -> re.Pattern:
    """The grammar at word starts where `trigger` matches, after the character before them (not a currency sign, "."
    "," "/" or a dash): the engine skips through words to that character in C instead of trying the grammar at every
    position (a set of ASCII characters, tested faster than \\W; \\b leaves out other word characters)."""
    return re.compile(rf"[^0-9A-Za-z_£$€.,/\-–]\b(?={trigger})(?i:{_GRAMMAR})(?!\w)")


_PATTERN = _pattern(_trigger())
_GROUPS = {  # each kind's own groups: (name without the kind prefix, group number)
    kind: [(name.removeprefix(kind + "_"), i) for name, i in _PATTERN.groupindex.items() if name.startswith(kind + "_")]
    for kind in _KINDS
}

# ----------------------------------------------------------------- intervals


@lru_cache(maxsize=None)
def _step(unit: str, n: int) -> relativedelta:
    """`n` units (day, week, month, year, decade) as a relativedelta; cached, as building one is slow."""
    name, size = _UNIT_ARGS[unit]
    return relativedelta(**{name: n * size})


def _day(d: date) -> Interval:
    return Interval(d, d, "day")


def _month(year: int, month: int) -> Interval:
    return Interval(date(year, month, 1), month_end(year, month), "month")


def _span(start: date, end: date) -> Interval:
    return Interval(start, end, "range")


def _block(year: int, size: int, index: int, precision: str) -> Interval:
    """The `index`th block of `size` months in `year` (1-based)."""
    if not 1 <= index <= 12 // size:
        raise ValueError(f"no block {index} of {size} months")
    return Interval(date(year, size * (index - 1) + 1, 1), month_end(year, size * index), precision)


def _unit_at(d: date, unit: str) -> Interval:
    """The calendar unit containing `d`; weeks run Monday to Sunday."""
    if unit == "day":
        return _day(d)
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return _span(monday, monday + timedelta(days=6))
    if unit == "month":
        return _month(d.year, d.month)
    if unit == "quarter":
        return _block(d.year, 3, (d.month + 2) // 3, "quarter")
    if unit == "half":
        return _block(d.year, 6, (d.month + 5) // 6, "half")
    return _block(d.year, 12, 1, "year")


def _season(year: int, season: str) -> Interval:
    first = date(year, _SEASON_MONTH[season.lower()], 1)
    last = first + _step("month", 2)
    return _span(first, month_end(last.year, last.month))


def _month_third(year: int, month: int, third: int) -> Interval:
    """Early (1–10), mid (11–20) or late (21–end) in a month."""
    end = month_end(year, month) if third == 2 else date(year, month, 10 * third + 10)
    return _span(date(year, month, 10 * third + 1), end)


def _year_third(year: int, third: int) -> Interval:
    """Early (Jan–Apr), mid (May–Aug) or late (Sep–Dec) in a year."""
    return _span(date(year, 4 * third + 1, 1), month_end(year, 4 * third + 4))


def _shifted(iv: Interval, step: relativedelta) -> Interval:
    """`iv` moved by `step`, keeping its precision if it still fills one calendar unit."""
    start, end = iv.start + step, iv.end + _ONE_DAY + step - _ONE_DAY
    moved = Interval(start, end, iv.precision)
    same = iv.precision in ("day", "month", "quarter", "half", "year") and _unit_at(start, iv.precision) == moved
    return moved if same else _span(start, end)


# --------------------------------------------------------------- resolution


def _around(pub: Interval | None, at: Callable[[date], Interval]) -> Resolved:
    """Resolve against both ends of the publication interval and unite the results."""
    if pub is None:
        return None
    first = at(pub.start)
    last = first if pub.start == pub.end else at(pub.end)
    return (first if first == last else _span(min(first.start, last.start), max(first.end, last.end))), True


def _recent(pub: Interval | None, build: Callable[[int], Interval]) -> Resolved:
    """The latest year's instance of a year-less expression that starts by the publication's end."""
    if pub is None:
        return None
    for year in range(pub.end.year, pub.end.year - 8, -1):
        try:
            iv = build(year)
        except ValueError:  # 29 February in a common year
            continue
        if iv.start <= pub.end:
            return iv, True
    return None


def _dated(pub: Interval | None, g: dict, build: Callable[[int], Interval]) -> Resolved:
    """`build` for the written year, for this, last or next year, else for the latest that fits."""
    if g["y"]:
        return build(int(g["y"])), False
    if g.get("yrel"):
        offset = _REL[g["yrel"].lower()]
        return _around(pub, lambda ref: build(ref.year + offset))
    return _recent(pub, build)


def _upcoming(text: str, start: int, end: int, found: Interval, pub: Interval) -> Interval:
    """A year-less day just after the publication ("a meeting on September 4") is that one, not last year's,
    unless a past verb or "following/after/since" governs it ("visited Eastmoor on 16 March", "following the
    inspection in July", "In January, inspectors raised ...") or the publication is known only to a season or year;
    after a future verb ("will step down in December") a year-less day or month is the next one."""
    try:
        ahead = _shifted(found, _step("year", 1))
    except (ValueError, OverflowError):  # past the calendar's last year
        return found
    if _FUTURE_VERB.search(text[max(0, start - 110):start]) and found.end < pub.start:
        return ahead
    if not ahead.start or (ahead.start - pub.end).days > _UPCOMING_DAYS or _PAST_VERB.search(text[max(0, start - 40):start]) \
            or pub.precision not in ("day", "month") or _FRONTED_PAST.match(text, end):
        return found
    return ahead


def _of_year(g: dict, pub: Interval | None, build: Callable[[int], Interval]) -> Resolved:
    """`build` for a written year or for this, last or next year."""
    if g["yr"]:
        return build(int(g["yr"])), False
    offset = _REL[g["rel"].lower()]
    return _around(pub, lambda ref: build(ref.year + offset))


def _month_no(name: str) -> int:
    return _MONTH_NO[name[:3].lower()]


def _day_no(text: str) -> int:
    return int(text.lower().rstrip("stndrh"))


def count_of(text: str) -> int:
    """Digits or a number word: "18", "eighteen", "twenty-four", "a couple of"."""
    return int(text) if text.isdigit() else _NUMBERS[" ".join(text.lower().replace("-", " ").split())]


def _ranged(g: dict, pub: Interval | None, m1: int, m2: int, build: Callable[[int, int], Interval]) -> Resolved:
    """A range's two years: a missing one is the other's, allowing for a range across new year."""
    wraps = m1 > m2
    if g["y2"]:
        y2 = int(g["y2"])
        return build(int(g["y1"]) if g["y1"] else y2 - wraps, y2), False
    if g["y1"]:
        return build(int(g["y1"]), int(g["y1"]) + wraps), False
    return _recent(pub, lambda y2: build(y2 - wraps, y2))


def _drange(g: dict, pub: Interval | None) -> Resolved:
    m2 = _month_no(g["m2"])
    m1 = _month_no(g["m1"]) if g["m1"] else m2
    d1, d2 = _day_no(g["d1"]), _day_no(g["d2"])
    return _ranged(g, pub, m1, m2, lambda y1, y2: _span(date(y1, m1, d1), date(y2, m2, d2)))


def _mddash(g: dict, pub: Interval | None) -> Resolved:
    m, d1, d2 = _month_no(g["m1"]), _day_no(g["d1"]), _day_no(g["d2"])
    if d1 > d2:
        return None
    return _dated(pub, g, lambda y: _span(date(y, m, d1), date(y, m, d2)))


def _mrange(g: dict, pub: Interval | None) -> Resolved:
    m1, m2 = _month_no(g["m1"]), _month_no(g["m2"])
    return _ranged(g, pub, m1, m2, lambda y1, y2: _span(date(y1, m1, 1), month_end(y2, m2)))


def _myrange(g: dict, pub: Interval | None) -> Resolved:
    """To the later year's end; a "later" year that is not later leaves the month alone."""
    y1, y2, m1 = int(g["y1"]), int(g["y2"]), _month_no(g["m1"])
    return _span(date(y1, m1, 1), date(y2, 12, 31) if y2 > y1 else month_end(y1, m1)), False


def _mand(g: dict, pub: Interval | None) -> Resolved:
    m1, m2 = _month_no(g["m1"]), _month_no(g["m2"])
    if g["y2"]:
        return _ranged(dict(g, y1=None), pub, m1, m2, lambda y1, y2: _span(date(y1, m1, 1), month_end(y2, m2)))
    if not pub:
        return None
    y2 = pub.start.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
    return _span(date(y2 - (m1 > m2), m1, 1), month_end(y2, m2)), True


def _mover(g: dict, pub: Interval | None) -> Resolved:
    return _mrange(dict(g, y1=None, y2=None), pub)


def _yrange(g: dict, pub: Interval | None) -> Resolved:
    return _span(date(int(g["y1"]), 1, 1), date(int(g["y2"]), 12, 31)), False


def _fy(g: dict, pub: Interval | None) -> Resolved:
    """2016-17 or 2016/17 is a financial year (April to March); 2016-19 spans whole years."""
    y1 = int(g["y1"])
    y2 = int(g["y2"]) if len(g["y2"]) == 4 else y1 // 100 * 100 + int(g["y2"]) + 100 * (int(g["y2"]) < y1 % 100)
    if y2 == y1 + 1:
        return _span(date(y1, 4, 1), date(y2, 3, 31)), False
    return _span(date(y1, 1, 1), date(y2, 12, 31)), False


def _iso(g: dict, pub: Interval | None) -> Resolved:
    return _day(date(int(g["y"]), int(g["m"]), int(g["d"]))), False


def _dmy(g: dict, pub: Interval | None) -> Resolved:
    month, day = _month_no(g["mon"]), _day_no(g["d"])
    return _dated(pub, g, lambda y: _day(date(y, month, day)))


def _part(g: dict, pub: Interval | None) -> Resolved:
    third = _THIRD[(g["p"] or g["q"]).lower()]
    if g["mon"]:
        month = _month_no(g["mon"])
        return _dated(pub, g, lambda y: _month_third(y, month, third))
    if g["mrel"]:
        offset = _step("month", _REL[g["mrel"].lower()])
        return _around(pub, lambda ref: _month_third((ref + offset).year, (ref + offset).month, third))
    return _of_year(g, pub, lambda y: _year_third(y, third))


def _portion(g: dict, pub: Interval | None) -> Resolved:
    size = 3 if (g["size"] or g["abbr"]).lower() in ("quarter", "q") else 6
    word = (g["ord"] or "").lower()
    index = int(g["n"]) if g["n"] else ORDINAL.get(word, 12 // size)
    precision = "quarter" if size == 3 else "half"
    if g["fyend"]:  # a financial year runs from April
        first = date(int(g["yr"]), 4, 1) + relativedelta(months=size * (index - 1))
        last = first + relativedelta(months=size - 1)
        return Interval(first, month_end(last.year, last.month), precision), False
    return _of_year(g, pub, lambda y: _block(y, size, index, precision))


def _relmonth(g: dict, pub: Interval | None) -> Resolved:
    """Last (next) March: the latest (earliest) March strictly before (after) the publication's month."""
    month, rel = _month_no(g["mon"]), g["rel"].lower()

    def at(ref: date) -> Interval:
        if rel == "last":
            return _month(ref.year - (month >= ref.month), month)
        return _month(ref.year + (rel == "next" and month <= ref.month), month)
    return _around(pub, at)


def _relseason(g: dict, pub: Interval | None) -> Resolved:
    season, rel = g["s"].lower(), g["rel"].lower()

    def at(ref: date) -> Interval:
        candidates = [_season(y, season) for y in range(ref.year - 2, ref.year + 2)]
        if rel == "last":
            return [iv for iv in candidates if iv.end < ref][-1]
        if rel == "next":
            return [iv for iv in candidates if iv.start > ref][0]
        return _season(ref.year - (season == "winter" and ref.month <= 2), season)
    return _around(pub, at)


def _season_of(g: dict, pub: Interval | None) -> Resolved:
    return _dated(pub, g, lambda y: _season(y, g["s"]))


def _day_word(g: dict, pub: Interval | None) -> Resolved:
    offset = timedelta(days=_DAY_OFFSET[g["w"].split()[0].lower()])
    return _around(pub, lambda ref: _day(ref + offset))


def _weekday(g: dict, pub: Interval | None) -> Resolved:
    """A weekday of a day-dated publication: "last/next/this Monday"; "on Monday" is the latest one by the
    publication (the next one after a future verb: see find_dates)."""
    if pub is None or pub.start != pub.end:
        return None  # without the publication's day, a weekday says nothing
    wd, ref = _WEEKDAYS.index(g["wd"].lower()), pub.end
    latest = ref - timedelta(days=(ref.weekday() - wd) % 7)
    rel = (g.get("rel") or "").lower()
    if rel == "next":
        return _day(latest + timedelta(days=7)), True
    if rel == "this":
        return _day(ref - timedelta(days=ref.weekday() - wd)), True
    if rel == "last" and latest == ref:
        return _day(latest - timedelta(days=7)), True
    return _day(latest), True


def _unit(g: dict, pub: Interval | None) -> Resolved:
    unit = g["unit"].lower()
    step = _step(unit, _REL[g["rel"].lower()])
    return _around(pub, lambda ref: _unit_at(ref + step, unit))


def _sofar(g: dict, pub: Interval | None) -> Resolved:
    """Earlier this year runs from 1 January to publication; later this year from publication to 31 December."""
    unit, earlier = g["unit"].lower(), g["dir"].lower() == "earlier"

    def at(ref: date) -> Interval:
        whole = _unit_at(ref, unit)
        return _span(whole.start, ref) if earlier else _span(ref, whole.end)
    return _around(pub, at)


def _month_of(g: dict, pub: Interval | None) -> Resolved:
    month = _month_no(g["mon"] or g["bare"])
    return _dated(pub, g, lambda y: _month(y, month))


def _year(g: dict, pub: Interval | None) -> Resolved:
    return _block(int(g["y"]), 12, 1, "year"), False


def _year_to(g: dict, pub: Interval | None) -> Resolved:
    """The twelve months to the end of the month, that month dated as "in September" would be."""
    month = _month_no(g["mon"])
    resolved = _dated(pub, g, lambda y: _month(y, month))
    if resolved is None:
        return None
    found, relative = resolved
    return _span(date(found.start.year - (month < 12), month % 12 + 1, 1), found.end), relative


def _ago(g: dict, pub: Interval | None) -> Resolved:
    """N units ago is the calendar unit N units back; 'more than' or 'less than' make it a bound."""
    unit = g["unit"].lower()
    step = _step(unit, -count_of(g["n"]))
    found = _around(pub, lambda ref: _unit_at(ref + step, unit))
    if found and g["q"]:
        return _bound(g["q"], found, pub)
    return found


def _past(g: dict, pub: Interval | None) -> Resolved:
    step = _step(g["unit"].lower(), -count_of(g["n"] or "1"))
    return _around(pub, lambda ref: _span(ref + step, ref))


def _coming(g: dict, pub: Interval | None) -> Resolved:
    """The next N units from publication; "the next few years" only starts then."""
    if g["few"]:
        return (Interval(pub.start, None, "after"), True) if pub else None
    step = _step(g["unit"].lower(), count_of(g["n"] or "1"))
    return _around(pub, lambda ref: _span(ref, ref + step))


def _follow(g: dict, anchor: Interval) -> Interval:
    """The calendar unit after (before) the anchor: the following day, the previous year; after a twelve-month period
    that is no calendar year (a financial year, "2013/14"), the year is the next (previous) such period."""
    unit = (g["unit"] or g["unit2"]).lower()
    back = (g["dir"] or g["dir2"]).lower() in ("previous", "preceding", "before")
    if unit == "year" and anchor.start.month != 1 and 360 <= (anchor.end - anchor.start).days <= 366:
        return _shifted(anchor, _step(unit, -1 if back else 1))
    if back:
        return _unit_at(anchor.start + _step(unit, -1), unit)
    return _unit_at(anchor.end + _step(unit, 1), unit)


def _month_that(g: dict, anchor: Interval) -> Interval:
    """A month in the anchor's year ("in 2019 ... in November that year")."""
    if anchor.start.year != anchor.end.year:
        raise ValueError("the mention before spans more than one year")
    month = _month_no(g["mon"])
    return Interval(date(anchor.start.year, month, 1), month_end(anchor.start.year, month), "month")


def _shift(g: dict, anchor: Interval) -> Interval:
    """The anchor moved by N units: a year later, two months before."""
    sign = -1 if g["dir"].lower() in ("before", "earlier") else 1
    return _shifted(anchor, _step(g["unit"].lower(), sign * count_of(g["n"])))


_RESOLVERS: dict[str, Callable[[dict, Interval | None], Resolved]] = {
    "drange": _drange, "mdrange": _drange, "mddash": _mddash, "mrange": _mrange, "myrange": _myrange, "mand": _mand, "mover": _mover,
    "yrange": _yrange, "fy": _fy, "iso": _iso, "numeric": _iso,
    "dmy": _dmy, "mdy": _dmy, "part": _part, "portion": _portion, "relmonth": _relmonth,
    "relseason": _relseason, "season": _season_of, "day": _day_word, "unit": _unit, "sofar": _sofar,
    "month": _month_of, "year": _year, "yearto": _year_to, "ago": _ago, "past": _past, "coming": _coming, "weekday": _weekday,
    "relweekday": _weekday,
}
_LINKED: dict[str, Callable[[dict, Interval], Interval]] = {"follow": _follow, "shift": _shift, "monththat": _month_that}

# Open bounds from a leading word: "before July 2017" ends on 30 June; "by" includes the period itself.
_OPEN = {
    "before": lambda iv: Interval(None, iv.start - _ONE_DAY, "before"),
    "after": lambda iv: Interval(iv.end + _ONE_DAY, None, "after"),
    "by": lambda iv: Interval(None, iv.end, "before"),
    "from": lambda iv: Interval(iv.start, None, "after"),
}
_OPEN_WORD = {"before": "before", "prior": "before", "after": "after", "by": "by", "until": "by", "till": "by",
              "up": "by", "more": "by", "over": "by", "less": "from", "under": "from"}


def _bound(word: str, found: tuple[Interval, bool], pub: Interval | None) -> Resolved:
    """Apply a leading since, before, after, by, until (or 'more than' to an ago) to a resolved point."""
    iv, relative = found
    word = word.split()[0].lower()
    if word == "since":
        return (_span(iv.start, pub.end), True) if pub else (Interval(iv.start, None, "after"), relative)
    return (_OPEN[_OPEN_WORD[word]](iv), relative) if word in _OPEN_WORD else found


def _resolve(m: re.Match, pub: Interval | None, anchor: Interval | None) -> Resolved:
    kind = m.lastgroup
    g = {name: m.group(index) for name, index in _GROUPS[kind]}
    try:
        if kind in _LINKED:
            found = (_LINKED[kind](g, anchor), True) if anchor and anchor.start and anchor.end else None
        else:
            found = _RESOLVERS[kind](g, pub)
        return _bound(m["mod"], found, pub) if found and m["mod"] else found
    except (ValueError, OverflowError):  # impossible dates: 31 June, ranges that run backwards
        return None


# A year that opens its sentence ("Last year, ...", "In 2015 ..."): the year of the year-less dates after it in the sentence
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)[^\w.!?\n]*(?:in\s+|during\s+)?$", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


def _fronted_year(text: str, at: int, mentions: list[DateMention]) -> int | None:
    """The year of the mention opening the sentence of the mention at `at`, when it is the last before and names a year."""
    last = mentions[-1] if mentions else None
    if not last or last.interval.precision != "year" or not last.interval.start \
            or _SENTENCE_BREAK.search(text, last.end, at) or not _OPENS_SENTENCE.search(text[max(0, last.start - 40):last.start]):
        return None
    return last.interval.start.year


def _matches(text: str, lo: int, hi: int) -> Iterator[tuple[re.Match, int, int]]:
    """_PATTERN's matches in text[lo:hi], each with where its expression starts and ends. One at the text's start has no
    character before it: it is matched after a space, which no lookbehind of the grammar tells from the text's start (each
    needs a letter, digit or apostrophe there)."""
    pos = max(lo - 1, 0)
    if lo == 0 and (first := _PATTERN.match(" " + text[:hi])):
        pos = first.end() - 1
        yield first, 0, pos
    for m in _PATTERN.finditer(text, pos, hi):
        yield m, m.start() + 1, m.end()


def find_dates(text: str, published: Interval, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All date expressions in text[start:end], in order, each resolved to an Interval."""
    lo, hi, _ = slice(start, end).indices(len(text))
    pub = published if published.start and published.end else None
    mentions: list[DateMention] = []
    resolved: dict[tuple, Resolved] = {}  # the same words resolve the same way (given the same anchor)
    for m, at, to in _matches(text, lo, hi):
        words = text[at:to]
        anchor = mentions[-1].interval if mentions else None
        key = (m.lastgroup, words, anchor if m.lastgroup in _LINKED else None)
        if key not in resolved:
            resolved[key] = _resolve(m, pub, anchor)
        if found := resolved[key]:
            year = _fronted_year(text, at, mentions) if m.lastgroup in ("dmy", "mdy", "month") and found[1] else None
            if year and not m["mod"] and found[0].start:  # "Last year Ofsted said ... during a visit in October"
                found = (_shifted(found[0], _step("year", year - found[0].start.year)), True)
            elif m.lastgroup in ("dmy", "mdy", "month", "part", "season") and found[1] and not m["mod"] and pub \
                    and not _DEICTIC.search(words):  # a year-less month or season: after a future verb, the next one
                found = (_upcoming(text, at, to, found[0], pub), True)
            elif m.lastgroup in ("dmy", "mdy", "month", "part") and found[1] and pub and _DEADLINE.fullmatch(m["mod"] or "") \
                    and found[0].end < pub.start and not _PAST_VERB.search(text[max(0, at - 40):at]) \
                    and not _PAST_AFTER.match(text, to):
                found = (Interval(None, found[0].end + _ONE_DAY + _step("year", 1) - _ONE_DAY, "before"), True)
            elif m.lastgroup == "weekday" and not m["mod"] and _WILL.search(text[max(0, at - 110):at]):
                found = (_day(found[0].start + timedelta(days=7 if found[0].start < pub.start else 0)), True)
            mentions.append(DateMention(at, to, *found))
    return mentions
