"""A sentence of an article body with the spans inside it (`spans.py`), the one clause splitter, and the row builder."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..corpus import Article
from ..dates import DateMention, find_dates
from ..intervals import UNKNOWN, Interval
from ..literals import fold
from ..numbers import Quantity
from ..schema import TABLES, columns
from .rules import RULES
from .spans import Span, Spans

# The columns an extracted row fills: all but the identity columns `extract_corpus` adds.
_FIELDS = {name: frozenset(columns(fields)) - {"mention_id", "review"} for name, fields in TABLES.items()}


# Where a clause ends: commas, semicolons, colons, dashes, brackets, paragraphs (CLAUSE); or only where a new
# statement starts, not at commas (STATEMENT: a figure and the words naming it may sit either side of a comma).
# A bracket holding only a date ("took up the post on Monday (December 14)", "removed from office (2015)") dates its clause.
_DATE_BRACKET = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                 r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s*)?"
                 r"(?:(?:19|20)\d{2})?\)")
# CLAUSE: "; " ": " ", ", " – ", "(" but a date's, ")" but after a digit, "[", a blank line. A break's first character is
# matched first (the engine skips to those), then a lookbehind tells which break it starts.
CLAUSE = re.compile(rf"[;:,\s()\[](?:(?<=[;:,])\s|(?<=\s)[–—-]\s|(?<=\()(?!(?=[^)]){_DATE_BRACKET})|(?<=\))(?<!\d\))|(?<=\[)"
                    r"|(?<=\n)[ \t]*\n)")
STATEMENT = re.compile(r"[;:]\s|\s[–—]\s|,\s(?:though|although|but|while|whereas|and\s+that)\s|\n[ \t]*\n")
CLAUSE_REACH = 400  # characters: longer "clauses" are run-on text, and bounding them keeps extraction linear
_SINCE_REACH = 60  # characters from since/following/after to the date it introduces
STOP_MARK = re.compile(r"[.;]")  # a full stop or semicolon: the end of a statement
SINCE_WORD = re.compile(r"since\s+", re.I)
# The tense of an undated clause: ahead of the publication, before it, or (neither) at it.
_FUTURE = re.compile(r"\b(?:will|would|could|shall|(?:is|are)\s+to\s+be|(?:plans?|wants?|aims?|expected|set|due|going)"
                     r"\s+to)\b|['’]ll\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|has|have|did|recently|previously|already|earlier"
                   # simple past verbs a news report states done things with (not as adjectives or unfulfilled: "the agreed plan", "yet to be approved")
                   r"|spent|overspent|paid|gave|took|came|went|rose|fell|grew|began|told|sent|won|brought|became|(?<!-)led"
                   r"|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bbe\s)(?:announced|agreed|approved|awarded|allocated|invested|received|saved"
                   r"|secured|issued))\b", re.I)
_NOT_FACT = ("quote", "char_start", "char_end", "rule")
_TO_DENIED = re.compile(r"\s+(?:\w+\s+)?")  # a NEGATION span, then at most one word, then what it denies
_SUPPOSED = re.compile(r"\b(?:if|unless|whether)\b[^.;!?]*$", re.I)
_FRONTED = re.compile(r"\s*(?:(?:and|but|so|then|also|yet|only)\s+)?(?:(?:in|on|at|during|over|by)\s+)?(?:the\s+)?",
                      re.I)
# A comma inside a short quotation (an "experienced, determined and skilled" director) ends no clause.
_QUOTE_OPENED = re.compile(r"(?<!\w)[“‘\"'](?:[^“”‘’\".;:!?\n]{0,40})$")
_QUOTE_CLOSES = re.compile(r"[^“”‘’\".;:!?\n]{0,40}?[”’\"'](?!\w)")
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)  # after a statement ("whether" after one asks about another)
_DISPUTED = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|dismiss(?:es|ed)?)\s+(?:the\s+)?"
                       r"(?:claims?|suggestions?|reports?|allegations?)\s+that\b", re.I)


_DATES = ("date_start", "date_end", "date_precision")
# A display line: a headline, standfirst or caption, a paragraph of one line without a sentence's closing mark.
# The body's first line apart, it follows a blank line, whose "\n" is matched first: the engine skips to those.
_DISPLAY_LINE = r"[^\S\n]*(?P<line>[^\s•·▪●*–-][^\n]*[^\s.!?:;,\"”’'])[^\S\n]*(?=\n[^\S\n]*\n|\n?\Z)"
_FIRST_DISPLAY_LINE = re.compile(_DISPLAY_LINE)
_NEXT_DISPLAY_LINE = re.compile(r"\n[^\S\n]*\n" + _DISPLAY_LINE)
_DISPLAY_WORDS = 4


def _quoted_comma(text: str, m: re.Match) -> bool:
    """Whether a clause break is a comma inside a quotation of a few words ("experienced, determined and skilled")."""
    if not m.group().startswith(","):
        return False
    opened = _QUOTE_OPENED.search(text, max(0, m.start() - 41), m.start())
    closes = opened and _QUOTE_CLOSES.match(text, m.end(), m.end() + 41)
    return bool(closes) and len(text[opened.start():closes.end()].split()) <= 6


def restated_on_display(article, rows: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The rows without those a headline, standfirst or caption restates: a row quoted from a display line whose
    fact (its fields but quote, rule and dates) a row of the reporting states as well, as precisely dated or more."""
    display = [(article.body_start + m.start("line"), article.body_start + m.end("line"))
               for m in _display_lines(article.text[article.body_start:article.body_end])
               if len(m["line"].split()) >= _DISPLAY_WORDS]
    shown = [any(a <= row["char_start"] < b for a, b in display) for _, row in rows]
    reported: dict[tuple, list[dict]] = {}
    for (table, row), on_display in zip(rows, shown):
        if not on_display:
            reported.setdefault(_fact(table, row), []).append(row)
    return [(table, row) for (table, row), on_display in zip(rows, shown)
            if not (on_display and any(_within(other, row) for other in reported.get(_fact(table, row), [])))]


def _display_lines(body: str) -> list[re.Match]:
    """The paragraphs of one line without a closing mark, in order: the body's first line, then those after a blank line."""
    first = _FIRST_DISPLAY_LINE.match(body)
    return ([first] if first else []) + list(_NEXT_DISPLAY_LINE.finditer(body, first.end() if first else 0))


def _fact(table: str, row: dict) -> tuple:
    return (table,) + tuple((k, v) for k, v in row.items() if k not in _NOT_FACT + _DATES)


def _within(inner: dict, outer: dict) -> bool:
    """Whether a row's date interval starts inside another's: the other says no more about when (an open end
    reaches any date; ISO dates compare as text)."""
    return (outer["date_start"] or "") <= (inner["date_start"] or "") <= (outer["date_end"] or "9999")


def may_overlap(row: dict, other: dict) -> bool:
    """Whether two rows' date intervals may overlap (an open end reaches any date; ISO dates compare as text)."""
    return ((row["date_start"] or "") <= (other["date_end"] or "9999")
            and (other["date_start"] or "") <= (row["date_end"] or "9999"))


def unique(rows: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The rows without restatements of one fact (same table and fields but quote and rule), the first kept."""
    seen, out = set(), []
    for table, row in rows:
        key = (table,) + tuple((k, v) for k, v in row.items() if k not in _NOT_FACT)
        if key not in seen:
            seen.add(key)
            out.append((table, row))
    return out


@dataclass(slots=True)  # read-only by convention: not frozen, as a frozen dataclass is three times slower to make
class Sentence:
    article: Article
    start: int
    end: int
    council: str  # the article's main council: the default subject
    spans: Spans  # the article body's spans; the three below are this sentence's share of them
    dates: list[DateMention]
    quantities: list[Quantity]            # counts, shares and sums of money, in text order
    councils: list[tuple[int, int, str]]  # (start, end, council) of each council named
    text: str = field(init=False, repr=False, compare=False)  # article.text[start:end], read often
    folded: str = field(init=False, repr=False, compare=False)  # fold(text): what the word gates test

    def __post_init__(self):
        self.text = self.article.text[self.start:self.end]
        self.folded = fold(self.text)

    @classmethod
    def of(cls, article: Article, start: int, end: int, council: str, spans: Spans, dates: Sequence[Span] = (),
           counts: Sequence[Span] = (), sums: Sequence[Span] = (), councils: Sequence[Span] = ()) -> Sentence:
        """The sentence text[start:end], given its share of the article's DATE, QUANTITY, MONEY and COUNCIL spans
        (`Spans.of_each`)."""
        quantities = sorted([*counts, *sums], key=lambda s: s.start) if sums else counts
        # most sentences hold none of them: a test is far cheaper than an empty list comprehension
        return cls(article, start, end, council, spans, [s.value for s in dates] if dates else [],
                   [s.value for s in quantities] if quantities else [],
                   [(s.start, s.end, s.value) for s in councils] if councils else [])

    def spans_of(self, kind: str, a: int | None = None, b: int | None = None) -> list[Span]:
        """The spans of `kind` inside text[a:b] (default: this sentence)."""
        return self.spans.of(kind, self.start if a is None else a, self.end if b is None else b)

    def row(self, rule: str, *, start: int | None = None, end: int | None = None, council: str | None = None,
            interval: Interval = UNKNOWN, **fields) -> dict:
        """A fact row made by the registered `rule`: the contract's common columns (quote = the sentence unless a
        span is given) + `fields`, which must be exactly the rest of the rule's table."""
        start = self.start if start is None else start
        end = self.end if end is None else end
        if rule not in RULES:
            raise KeyError(f"rule {rule!r} is not in the registry (helpers/extract/rules.py)")
        date_start, date_end = interval.iso()
        row = {
            "article_id": self.article.article_id,
            "council": self.council if council is None else council,
            "quote": self.article.text[start:end],
            "char_start": start,
            "char_end": end,
            "date_start": date_start,
            "date_end": date_end,
            "date_precision": interval.precision,
            "rule": rule,
            **fields,
        }
        if row.keys() != _FIELDS[RULES[rule].table]:
            raise ValueError(f"rule {rule!r}: fields {sorted(row.keys() ^ _FIELDS[RULES[rule].table])} do not match "
                             f"the {RULES[rule].table} table")
        return row

    def clause(self, start: int, end: int | None = None, breaks: re.Pattern = CLAUSE) -> tuple[int, int]:
        """The span of the clause around text[start:end], at most CLAUSE_REACH either side."""
        text, end = self.article.text, start if end is None else end
        a = max(self.start, start - CLAUSE_REACH)
        for m in breaks.finditer(text, a, start):
            if not _quoted_comma(text, m):
                a = m.end()
        stop = min(self.end, end + CLAUSE_REACH)
        after = breaks.search(text, end, stop)
        while after and _quoted_comma(text, after):
            after = breaks.search(text, after.end(), stop)
        return a, after.start() if after else stop

    def introduced(self, pos: int, a: int | None = None) -> bool:
        """Whether a SINCE span (since/following/after) introduces the date at `pos`: it starts the date, or comes
        at most _SINCE_REACH characters before it with no full stop, semicolon or other date between (looking back to `a`)."""
        lo = max(self.start if a is None else a, pos - _SINCE_REACH - len("following"))
        return any(s.start == pos or (pos - s.end <= _SINCE_REACH and not STOP_MARK.search(self.article.text, s.end, pos)
                                      and not any(s.end < d.end <= pos for d in self.spans_of("DATE", s.start, pos)))
                   for s in self.spans_of("SINCE", lo, pos + len("following")) if s.start <= pos)

    def since(self, a: int | None = None, b: int | None = None) -> Interval | None:
        """From the first date in text[a:b] that since/following/after introduces to the publication's end."""
        a, b = self.start if a is None else a, self.end if b is None else b
        return next((self.from_date(d.interval.start) for d in self.dates
                     if a <= d.start < b and d.interval.start and self.introduced(d.start, a)), None)

    def since_point(self, date: DateMention) -> Interval:
        """The date X itself of a mention "since X" (which runs from X to the publication): "since 2009" is 2009."""
        word = SINCE_WORD.match(self.article.text, date.start)
        bare = [d for d in find_dates(self.article.text, self.article.published, word.end() if word else date.start, date.end)
                if d.interval.start]
        return bare[0].interval if bare else date.interval

    def from_date(self, start) -> Interval:
        """[start, publication end]; open-ended when the publication's end is unknown or earlier."""
        end = self.article.published.end
        return Interval(start, end, "range") if end and end >= start else Interval(start, None, "after")

    def by_tense(self, a: int, b: int) -> Interval:
        """When an undated fact of clause text[a:b] holds: after publication if future, before it if past, else at it."""
        text = self.article.text
        if _FUTURE.search(text, a, b):
            return self.after_publication()
        return self.before_publication() if _PAST.search(text, a, b) else self.article.published

    def before_publication(self) -> Interval:
        end = self.article.published.end
        return Interval(None, end, "before") if end else UNKNOWN

    def after_publication(self) -> Interval:
        start = self.article.published.start
        return Interval(start, None, "after") if start else UNKNOWN

    def denied(self, pos: int) -> bool:
        """Whether a NEGATION span just before `pos` (at most one word between) denies what is stated there ("has
        not resigned", "refused to resign")."""
        return any(_TO_DENIED.fullmatch(self.article.text, s.end, pos)
                   for s in self.spans_of("NEGATION", max(self.start, pos - 30), pos))

    def unasserted(self, pos: int, end: int | None = None) -> bool:
        """Whether what is stated at text[pos:end] is only supposed or is disputed: its clause has if / unless /
        whether before it ("could save £2m if it recruited more staff") or a condition after it ("will be given a
        commissioner if it fails to improve"), or the sentence rejects it ("rejected claims that its vacancy rate had
        reached 40 per cent")."""
        text, end = self.article.text, pos if end is None else end
        a, b = self.clause(pos, end)
        return bool(_SUPPOSED.search(text, a, pos) or _CONDITION.search(text, end, b)
                    or _DISPUTED.search(text, self.start, pos))

    def fronted_date(self, b: int):
        """The date fronting the sentence, before `b`, with only a preposition before it ("In 2018, ...", "On Monday
        the cabinet met"): it dates the main clause; else None."""
        first = self.dates[0] if self.dates else None
        return first if first and first.end <= b and _FRONTED.fullmatch(self.article.text, self.start, first.start) else None

    def council_before(self, pos: int) -> str:
        """The council named last before `pos` in this sentence, else the article's main council."""
        named = [c for s, _, c in self.councils if s < pos]
        return named[-1] if named else self.council
