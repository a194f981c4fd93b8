"""Numbers, sums of money and shares stated in article text, found fast.

One precompiled scanner finds each number together with its suffixes (multiplier,
"per cent", "1 in N", "-plus"). Per candidate, anchored regexes then read the
qualifier before it ("nearly", "between"; matched on the reversed text so that it
is one anchored match too), a range bound after it ("to £3m") and, for money, a
recurrence ("a year"). Python runs per candidate, never per character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from text_to_num import text2num

from .dates import MONTH_NAMES, MONTH_SHORT
from .literals import trie

QUALIFIERS = ("exact", "about", "nearly", "more_than", "less_than", "at_least", "up_to", "between")
UNITS = ("gbp", "share", "count")
RECURRENCES = ("per_year", "unknown")


@dataclass(frozen=True)
class Quantity:
    """A stated quantity: `text[start:end]` is its span, qualifier words included."""

    start: int
    end: int
    value: float | None  # the number stated; None for `between`
    lower: float | None
    upper: float | None
    qualifier: str       # one of QUALIFIERS
    unit: str            # one of UNITS
    recurrence: str      # one of RECURRENCES; "per_year" only for money


_ONE_TO_NINE = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SMALL_WORDS = ("zero", *_ONE_TO_NINE, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALE_WORDS = ("hundred", "thousand", "million", "billion")
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_PLURAL_DENOMINATORS = {"halves": 2, **{w + "s": d for w, d in _DENOMINATORS.items() if w != "half"}}
_FRACTION_WORDS = {**_DENOMINATORS, **_PLURAL_DENOMINATORS}
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
                "bn": 1e9, "billion": 1e9, "trillion": 1e12}
_MAX_DIGITS = 15
_QUALIFIER_PHRASES = {
    "about": ("around", "about", "some", "approximately", "approx.", "approx", "roughly", "an estimated",
              "circa", "c."),
    "nearly": ("nearly", "almost", "just under", "close to", "getting on for"),
    "more_than": ("more than", "over", "in excess of", "upwards of", "above"),
    "less_than": ("less than", "fewer than", "under", "below"),
    "at_least": ("at least", "a minimum of", "no fewer than", "no less than"),
    "up_to": ("up to", "as many as", "a maximum of", "no more than"),
}
_QUALIFIER_OF = {phrase: kind for kind, phrases in _QUALIFIER_PHRASES.items() for phrase in phrases}
_OPENERS = ("between", "from")  # open a range: "between X and Y", "from X to Y"
_BEFORE_KIND = {**_QUALIFIER_OF, **dict(zip(_OPENERS, _OPENERS))}
_LOWER_BOUNDED = ("more_than", "at_least")
_UPPER_BOUNDED = ("nearly", "less_than", "up_to")


# Number words: blocks below a hundred ("forty-two") joined by scales ("three hundred and six").
_SMALL = rf"(?:{trie(_TENS_WORDS)}\b(?:[ -]{trie(_ONE_TO_NINE)}\b)?|{trie(_SMALL_WORDS)}\b)"
_SCALE = rf"{trie(_SCALE_WORDS)}\b"
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in _SCALE_WORDS) + ")"
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|\w*(?:teenth|ieth|hundredth|thousandth|millionth))\b")
_WORDS = (rf"(?:(?:half\s+)?an?\s+{_SCALE}|{_SMALL})"
          rf"(?:[ \t]+{_SCALE}|{_AFTER_SCALE}(?:[ \t]+|\s+and\s+(?!{_SMALL}[ \t]+{_SCALE})){_SMALL}){{0,6}}"
          rf"(?:\s+and\s+an?\s+(?:half|quarter)\b)?(?!\w|-{_ORDINAL})")
_FRACTION = (rf"an?[ -]{trie(_DENOMINATORS)}(?=\s+of\b)|one[ -]{trie(_DENOMINATORS)}\b(?!-)"
             rf"|(?<=by )an?[ -]{trie(_DENOMINATORS)}\b(?![\w-]|\s+(?:party|parties|way|time|place|round|generation)\b)"  # "rose by a fifth"
             rf"|{trie(_ONE_TO_NINE[1:] + ('ten',))}[ -]{trie(_PLURAL_DENOMINATORS)}\b")
_HALF = (rf"(?=h)(?<!first )(?<!second )(?<!the )(?<!this )(?<!that )(?<!other )(?<!latter )(?<!last )(?<!next )"
         r"(?<!a )half(?=\s+(?:of|the|all|its|their|those|these)\b)"
         rf"|(?=h)(?:(?<=than )|(?<=nearly )|(?<=almost )|(?<=about )|(?<=around )|(?<=over )|(?<=by ))half\b(?!-|\s+an?\s+{_SCALE})")
_DOZEN = r"(?=[ah])(?:half\s+)?an?\s+dozen\b"
_NUMBER_WORDS = _SMALL_WORDS + _TENS_WORDS + ("half",)  # what a number in words starts with, after "a" / "an"
_WORD_FIRST = rf"an?\s|{trie(_NUMBER_WORDS)}"  # how a number in words starts
_WORD_START = rf"(?={_WORD_FIRST})(?<![^\W\d_])"

# Digits: "94,000", "2.5", "£1.5m", "£3.4 million"; not inside identifiers, dates or times.
_DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]++)?|[0-9]++(?:\.[0-9]++)?"
_DIGITS_START = r"(?:(?<![\w.£$€/:])|(?<=\bc\.))"
_DIGITS_END = r"(?!(?!(?-i:pc)\b)[\w£$€]|[.,:/][0-9])"  # not run into a word, except "pc" ("15pc": per cent)
_AMOUNT = (rf"(?:(?P<gbp>£)\s?|{_DIGITS_START})(?P<num>{_DIGITS})"
           rf"(?:\s?(?P<mult>million|billion|thousand|trillion)|(?P<short>bn|mn|m|k))?{_DIGITS_END}")
_YEAR = (r"(?<![\w.£$€/:])(?:19|20)[0-9]{2}(?:[-–/](?:[0-9]{2}){1,2})?"
         r"(?![\w%£]|[.,:/][0-9]|\s?(?:per\s?cent|percent|million|billion|thousand)\b)")
_LIST_NUMBER = r"(?:^|(?<=^[ \t])|(?<=^[ \t]{2})|(?<=^[ \t]{3})|(?<=^[ \t]{4}))[0-9]{1,3}[.)](?=[ \t])"

_TIME_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b"
_RATIO = (rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>[0-9]{{1,3}}(?:,[0-9]{{3}})++|[0-9]++|{_SMALL}(?:[ \t]+{_SCALE})?)"
          rf"(?![\w£]|[.,:/][0-9]|\s+{_TIME_UNIT})")
_SUFFIX = (rf"(?:(?P<pct>\s?(?:%|per\s?cent\b|percent\b)|(?-i:pc)\b)|(?P<ratio>{_RATIO})|(?P<pounds>\s+(?:pounds?|sterling)\b))?"
           r"(?P<plus>-plus\b|\+|\s+plus\b(?=\s*(?:[.,;:!?)]|$)))?"
           r"(?P<conn>(?=\s*[-–—]|\s+(?:to|and)\s))?")  # empty when a range may follow
_NUMBER = (rf"(?=[0-9])(?:(?P<list>{_LIST_NUMBER})|(?P<year>{_YEAR}))"
           rf"|(?P<core>(?=£\s?[0-9]|[0-9]){_AMOUNT}"
           rf"|{_WORD_START}(?:(?P<share>{_FRACTION}|{_HALF})|(?P<dozen>{_DOZEN})|(?P<words>{_WORDS}))){_SUFFIX}")

# The leading non-word character lets the regex engine skip through words at C speed: a set of ASCII characters it tests
# faster than [\W_] (case-sensitive, or the engine would not skip by it), (?<=[\W_]) then leaving out other word
# characters. A number starts with a digit, "£" or a number word's first letter, tested once before the alternatives.
_FIRST_CHAR = "[0-9£a" + "".join(sorted({word[0] for word in _NUMBER_WORDS})) + "]"
# Then how every alternative of _NUMBER starts, tested once: most words fail it before the alternatives are tried.
_SCAN = re.compile(rf"[^0-9A-Za-z](?i:(?={_FIRST_CHAR})(?<=[\W_])(?=[0-9£]|{_WORD_FIRST})(?:{_NUMBER}))", re.M)
_RANGE = re.compile(rf"(?:\s*[-–—]\s*|\s+to\s+|(?P<and>\s+and\s+))(?:{trie(_QUALIFIER_OF)}(?:\s+|(?<=\.)))?"
                    rf"(?:{_NUMBER})", re.I | re.M)
# Matched on the reversed text from just before a number: "nearly ", "between about ".
_QUALIFIER_REVERSED = re.compile(
    rf"\s*(?P<phrase>{trie(p[::-1] for p in _BEFORE_KIND)})(?![\w.])"
    rf"(?:\s+(?P<opener>{trie(p[::-1] for p in _OPENERS)})(?![\w.]))?", re.I)
_MONTH_AFTER = re.compile(rf"\s+{trie(MONTH_NAMES + MONTH_SHORT)}\b")
_MONTH_BEFORE_REVERSED = re.compile(rf"\s+\.?{trie(m[::-1] for m in MONTH_NAMES + MONTH_SHORT)}(?!\w)")
_NOT_BEFORE_A_YEAR = r"(?:over|in|within|for|than|after|last|past|next|under|about|nearly|almost|first|one)"
_YEARLY = (r"(?:a[ -]year\b(?!\s+(?:ago|earlier|later|before|on)\b)"
           r"|(?:per|each|every)[ -]year\b|per[ -]annum\b|annually\b|yearly\b)")
_PER_YEAR_AFTER = re.compile(
    rf"-a-year\b|[ \t]+annual\b"
    rf"|(?:[\s,]+(?!{_NOT_BEFORE_A_YEAR}\s+a\s+year\b)[^\W\d_][\w'’-]*){{0,8}}?[\s,]+{_YEARLY}", re.I)
_PER_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:annual|yearly)\s+(?:(?:[^\W\d_][\w'’-]*\s+){1,2}of\s+)?\Z", re.I)
_SPLIT = re.compile(r"[\s-]+")


class _Num(NamedTuple):
    """One number read from a scanner match, before qualifier and range."""

    start: int
    end: int
    value: float
    unit: str
    raw: float        # as written, before multiplier or per cent
    factor: float     # the multiplier ("m", "million"), 1 if none
    percent: bool     # a share because of "%" / "per cent"
    plus: bool        # "-plus" / "+" suffix
    lone_one: bool    # the word "one" on its own (a pronoun, not a count)
    plain: bool       # a bare integer with no suffix: could be a day of the month


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities in text[start:end], in order, offsets into `text` (not into the slice)."""
    lo, hi, _ = slice(start, end).indices(len(text))
    return _Reader(" " + text[lo:hi], lo - 1).quantities()


def parse_number_words(words: str) -> float | None:
    """'forty two' -> 42, 'a dozen' -> 12, 'one-third' -> 0.333.., 'half' -> 0.5; None if not a number."""
    tokens = _SPLIT.split(words.strip().lower())
    last = tokens[-1]
    if len(tokens) > 3 and tokens[-3:-1] in (["and", "a"], ["and", "an"]) and last in _DENOMINATORS:
        whole = _integer(tokens[:-3])
        return None if whole is None else whole + 1 / _DENOMINATORS[last]
    if tokens[0] == "half" and last in _SCALE_WORDS:  # "half a million"
        whole = _integer(tokens[1:])
        return None if whole is None else whole / 2
    if last == "dozen":
        count = _count(tokens[:-1] or ["a"])
        return None if count is None else count * 12
    if last in _FRACTION_WORDS:
        count = _count(tokens[:-1] or (["a"] if last == "half" else []))
        return None if count is None else count / _FRACTION_WORDS[last]
    return _integer(tokens)


def _count(tokens: list[str]) -> float | None:
    """How many of something: "a"/"an" is 1, "half a" is 0.5, else a whole number in words."""
    if tokens in (["a"], ["an"]):
        return 1.0
    if tokens in (["half", "a"], ["half", "an"]):
        return 0.5
    return _integer(tokens) if tokens else None


def _integer(tokens: list[str]) -> float | None:
    """A whole number in words ("a hundred" included), via text2num."""
    if tokens[0] in ("a", "an") and len(tokens) > 1:
        tokens = ["one", *tokens[1:]]
    try:
        return float(text2num(" ".join(tokens), "en"))
    except ValueError:
        return None


class _Reader:
    """Reads the quantities out of one text."""

    def __init__(self, text: str, offset: int):
        """`text` starts with a space that is not the caller's, so that `_SCAN` can match at its start."""
        self.text = text
        self.reversed = text[::-1]
        self.offset = offset  # where `text` starts in the caller's text

    def quantities(self) -> list[Quantity]:
        found, pos = [], 0
        while (m := _SCAN.search(self.text, pos)) is not None:
            q, pos = self._quantity(m)
            if q is not None:
                found.append(q)
        return found

    def _quantity(self, m: re.Match) -> tuple[Quantity | None, int]:
        """The quantity a scanner match starts, and where scanning resumes."""
        x = _read(m)
        if x is None:
            return None, m.end()
        if x.plain and x.value <= 31 and self._day_of_month(x):
            return None, x.end
        kind, start = self._qualifier(x.start)
        range_may_follow = m["conn"] is not None or x.end != m.end()
        bounds = self._range(x, kind) if range_may_follow and not x.plus else None
        if bounds is not None:
            lower, upper, unit, end = bounds
            return self._build(start, end, None, lower, upper, "between", unit), end
        if x.lone_one:
            return None, x.end
        if kind is None or kind in _OPENERS:
            kind, start = ("more_than" if x.plus else "exact"), x.start
        lower = x.value if kind in _LOWER_BOUNDED else None
        upper = x.value if kind in _UPPER_BOUNDED else None
        return self._build(start, x.end, x.value, lower, upper, kind, x.unit), x.end

    def _qualifier(self, start: int) -> tuple[str | None, int]:
        """The qualifier ("nearly") or range opener ("between") right before `start`, and where it starts."""
        if not (self.text[start - 1].isspace() or self.text[start - 1] == "."):
            return None, start
        n = len(self.text)
        r = _QUALIFIER_REVERSED.match(self.reversed, n - start)
        if r is None:
            return None, start
        phrase = " ".join((r["opener"] or r["phrase"])[::-1].lower().split())
        kind = _BEFORE_KIND.get(phrase)  # None for look-alikes re.I also accepts, like "ſome"
        return (kind, n - r.end()) if kind else (None, start)

    def _range(self, x: _Num, opener: str | None) -> tuple[float, float, str, int] | None:
        """(lower, upper, unit, end) when `x` opens a range: "x to y", "x-y", "between x and y"."""
        r = _RANGE.match(self.text, x.end)
        if r is None or (r["and"] and opener != "between"):
            return None
        y = _read(r)
        return None if y is None else _bounds(x, y)

    def _day_of_month(self, x: _Num) -> bool:
        """Whether `x` is a day next to a month name: "16 March", "March 16"."""
        return bool(_MONTH_AFTER.match(self.text, x.end)
                    or _MONTH_BEFORE_REVERSED.match(self.reversed, len(self.text) - x.start))

    def _build(self, start, end, value, lower, upper, qualifier, unit) -> Quantity:
        recurrence = self._recurrence(start, end) if unit == "gbp" else "unknown"
        return Quantity(start + self.offset, end + self.offset, value, lower, upper, qualifier, unit, recurrence)

    def _recurrence(self, start: int, end: int) -> str:
        """"per_year" when "a year", "annual" and the like go with the money at text[start:end]."""
        text = self.text
        if _PER_YEAR_AFTER.match(text, end, end + 160) or _PER_YEAR_BEFORE.search(text, max(0, start - 48), start):
            return "per_year"
        return "unknown"


def _read(m: re.Match) -> _Num | None:
    """The number a scanner or range match holds, suffixes applied; None for years, list numbers, junk."""
    core, num, mult, short, gbp, words, share, plus = m.group(
        "core", "num", "mult", "short", "gbp", "words", "share", "plus")
    if core is None:
        return None
    if num is None:
        raw, factor, unit = parse_number_words(core), 1.0, "share" if share else "count"
    elif len(num) <= _MAX_DIGITS:
        raw, factor = float(num.replace(",", "")), _MULTIPLIERS.get((mult or short or "").lower(), 1.0)
        unit = "gbp" if gbp else "count"
    else:
        return None
    if raw is None:
        return None
    start, core_end = m.span("core")
    value, unit, end, percent = _suffixed(m, raw * factor, unit, core_end)
    plus = plus is not None and m.start("plus") == end
    bare = end == core_end
    lone_one = bare and words is not None and words.lower() == "one"
    plain = bare and unit == "count" and factor == 1 and num is not None and num.isdigit()
    return _Num(start, m.end("plus") if plus else end, value, unit, raw, factor, percent, plus, lone_one, plain)


def _suffixed(m: re.Match, value: float, unit: str, end: int) -> tuple[float, str, int, bool]:
    """(value, unit, end, percent) after a count's "pounds", "per cent" or "in every N" suffix."""
    if unit == "count":
        pounds, pct, ratio = m.group("pounds", "pct", "ratio")
        if pounds:
            return value, "gbp", m.end("pounds"), False
        if pct:
            return _percent(value), "share", m.end("pct"), True
        if ratio and (den := _denominator(m["den"])) and den > value:
            return value / den, "share", m.end("ratio"), False
    return value, unit, end, False


def _percent(value: float) -> float:
    """A percentage as a share, without binary noise (14.8 per cent is 0.148, not 0.14800000000000002)."""
    return round(value / 100, 12)


def _denominator(den: str) -> float | None:
    """The N of "1 in N": a number that is not a year."""
    if not den[0].isdigit():
        return parse_number_words(den)
    if len(den) > _MAX_DIGITS or (len(den) == 4 and den[:2] in ("19", "20")):
        return None
    return float(den.replace(",", ""))


def _bounds(x: _Num, y: _Num) -> tuple[float, float, str, int] | None:
    """Range bounds when `x` and `y` are the same kind, the first's unit taken from the second if needed."""
    lower, unit = x.value, x.unit
    if unit == "count" and y.percent:
        lower, unit = _percent(x.value), "share"
    if unit != y.unit and not (unit == "gbp" and y.unit == "count") or y.plus:
        return None
    if unit == "gbp" and x.factor == 1 and y.factor > 1 and x.raw < y.raw:
        lower = x.raw * y.factor
    return (lower, y.value, unit, y.end) if lower <= y.value else None
