"""The span layer: typed spans found once per article body, which every extractor reads.

Each kind below is marked in one pass over the body, the first time it is asked for (the word cues AREA to
ASPIRATION, which never span two sentences, sentence by sentence, the first time a sentence asks); a `Sentence`
then slices the spans that fall inside it. Extractors never look for a date, a number, a council or a name
themselves. The body's sentences (`text.sentence_spans`) are split once, here too.

| kind            | value                                   | found by                       |
|-----------------|-----------------------------------------|--------------------------------|
| DATE            | `DateMention` (its interval resolved)   | `helpers.dates.find_dates`     |
| QUANTITY, MONEY | `Quantity` (qualifier, bounds, unit)    | `helpers.numbers.find_quantities` (MONEY: unit gbp) |
| FINANCIAL_YEAR  | `DateMention` of a "2019/20"-style year | the DATE spans written so      |
| COUNCIL         | the council's canonical name            | `helpers.councils.find_councils` (the gazetteer) |
| AREA            | "England": the country, not a council   | `AREA` below                   |
| PERSON          | the `re.Match` of a name (group `n`)    | `people.vocabulary.ANY_NAME`   |
| GRADE           | the Ofsted grade, canonical             | `_GRADE` below                 |
| SINCE           | the word: since / following / after    | `_SINCE` below                 |
| NEGATION        | the cue: not, never, no longer, fail to | `_NEGATION` below             |
| ASPIRATION      | the cue: aim, hope, plan to, to achieve | `_ASPIRATION` below           |
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, NamedTuple

from ..corpus import Article
from ..councils import find_councils, gazetteer
from ..dates import find_dates
from ..numbers import find_quantities
from ..text import sentence_spans

_FINANCIAL_YEAR = re.compile(r"(?:19|20)\d{2}\s*[/-]\s*\d{2}(?:\d{2})?")
# England as a whole, or councils in general, not one council (regex fragment, also used by the workforce figures);
# a first-letter test first: far faster than re.I alone.
AREA = (r"(?=[nNaAiIfFeEoObB])\b(?i:national(?:ly)?|nationwide|across\s+(?:the\s+country|England)|(?:in|for)\s+England"
        r"|England['’]s|England\s+(?:as\s+a\s+whole|average)|(?:all\s+)?(?:other\s+)?English\s+councils"
        r"|(?:in|across)\s+English\s+children['’]s\s+services"
        r"|all\s+(?:other\s+)?councils|other\s+councils|(?:by|across|in)\s+(?:all\s+)?(?:English\s+)?local\s+authorities)\b")
_AREA = re.compile(AREA)
# An Ofsted grade as written (regex fragment, also used inside the ratings patterns).
GRADE = r"(?:requir(?:es|e|ed|ing)\s+improvements?(?:\s+to\s+be\s+good)?|outstanding|inadequate|satisfactory|adequate|good)"
_GRADE = re.compile(rf"(?=[rRoOiIsSaAgG])\b{GRADE}\b", re.I)
# Words that deny what follows ("has not been rated", "failed to meet", "no longer").
_NEGATION = re.compile(r"(?=[nNfFrRyYdD])(?:\b(?:not|never|no\s+longer)\b|n['’]t\b|\b(?:fail\w*|refus\w*|yet|declin\w*)\s+to\b)", re.I)
# Words that hope, plan or foresee what follows ("aims to be rated good", "on track to achieve", "predicting a rating").
_ASPIRATION = re.compile(r"\b(?=[aAhHwWtTgGsSbBdDoOpP])(?:(?:aim\w*|hop(?:e|es|ed|ing)|wants?|wanted|ambitions?|aspir\w+"
                         r"|target\w*|goal|striv\w+|bid|determined|on\s+track|plans?\s+to|planned\s+to"
                         r"|predict(?:s|ed|ing|ion)?|anticipat\w+)\b"
                         r"|to\s+(?:achiev(?:e|ing)|gain(?:ing)?|get(?:ting)?|reach(?:ing)?|secur(?:e|ing)|earn(?:ing)?|win(?:ning)?"
                         r"|obtain(?:ing)?)\b)", re.I)
# A council ranked among others: "the first council", "the third local authority", "one of the few boroughs"
RANKED = (r"\b(?:the|its|one\s+of\s+(?:the|only))\s+(?:very\s+)?(?:first|second|third|fourth|fifth|sixth|only|latest|next|few"
          r"|handful\s+of|\w+est)\s+(?:[\w’'-]+\s+){0,2}?(?:councils?|authorit(?:y|ies)|boroughs?|count(?:y|ies)|areas?|services?"
          r"|departments?)\b")
# ... and "to achieve" after it ("the first council in the region to achieve"): a rank reached, not an aim
_RANKED_TO = re.compile(RANKED + r"(?:\s+(?:in|outside|of)\s+(?:[\w’'-]+\s+){1,3}?)?\s*$", re.I)
# not "looking after" (caring for) nor "named after"
_SINCE = re.compile(r"(?=[sSfFaA])\b(?:since|following|(?<!look )(?<!looks )(?<!looking )(?<!looked )(?<!looked-)(?<!named )after)\b",
                    re.I)


class Span(NamedTuple):  # a named tuple: made about three times faster than a frozen dataclass
    kind: str     # one of KINDS
    start: int
    end: int
    value: object


def canonical_grade(word: str) -> str:
    """The grade's canonical name ("requiring improvement" is "Requires improvement")."""
    low = " ".join(word.lower().split())
    return "Requires improvement" if low.startswith("requir") else low.capitalize()


def _dates(article: Article, a: int, b: int) -> list[Span]:
    dates = find_dates(article.text, article.published, a, b)
    return [Span("DATE", d.start, d.end, d) for d in dates] + [
        Span("FINANCIAL_YEAR", d.start, d.end, d) for d in dates if _FINANCIAL_YEAR.fullmatch(article.text, d.start, d.end)]


def _quantities(article: Article, a: int, b: int) -> list[Span]:
    """Counts, shares and sums; not a number the text is cut off in ("... paying £80" at the end of an excerpt)."""
    return [Span("MONEY" if q.unit == "gbp" else "QUANTITY", q.start, q.end, q) for q in find_quantities(article.text, a, b)
            if not (q.end == b and article.text[b - 1:b].isalnum())]


def _councils(article: Article, a: int, b: int) -> list[Span]:
    return [Span("COUNCIL", s, e, name) for s, e, name in find_councils(article.text, a, b)]


def _matches(kind: str, pattern: re.Pattern, value: Callable[[re.Match], object]) -> Callable:
    def annotate(article: Article, a: int, b: int) -> list[Span]:
        return [Span(kind, m.start(), m.end(), value(m)) for m in pattern.finditer(article.text, a, b)]
    return annotate


def _aspirations(article: Article, a: int, b: int) -> list[Span]:
    """Cues of an aim; "to achieve" after a rank ("the first council to achieve") is reached, not aimed at."""
    text = article.text
    return [Span("ASPIRATION", m.start(), m.end(), " ".join(m.group().lower().split()))
            for m in _ASPIRATION.finditer(text, a, b)
            if not (m.group()[:2].lower() == "to" and _RANKED_TO.search(text, max(a, m.start() - 80), m.start()))]


def _people(article: Article, a: int, b: int) -> list[Span]:
    """Names; a council's name run into one ("Mayor of Newham Rokhsana Fiaz") is left out of it."""
    from .people.vocabulary import ANY_NAME  # the name vocabulary lives with the people it names

    spans, places = [], gazetteer()
    for m in ANY_NAME.finditer(article.text, a, b):
        first, _, rest = m["n"].partition(" ")
        if first in places and rest.count(" ") >= 1:
            shorter = ANY_NAME.match(article.text, m.start("n") + len(first) + 1)
            m = shorter if shorter and shorter.end() == m.end() else m
        spans.append(Span("PERSON", m.start(), m.end(), m))
    return spans


# Each annotator marks the kinds it is listed under over the whole body; it runs the first time one of them is asked for.
_ANNOTATORS: dict[tuple[str, ...], Callable[[Article, int, int], list[Span]]] = {
    ("DATE", "FINANCIAL_YEAR"): _dates,
    ("QUANTITY", "MONEY"): _quantities,
    ("COUNCIL",): _councils,
    ("PERSON",): _people,
}
# Word cues, marked in a sentence the first time a question about it asks for them: most sentences never do.
_BY_SENTENCE: dict[str, Callable[[Article, int, int], list[Span]]] = {
    "AREA": _matches("AREA", _AREA, lambda m: "England"),
    "GRADE": _matches("GRADE", _GRADE, lambda m: canonical_grade(m.group())),
    "SINCE": _matches("SINCE", _SINCE, lambda m: m.group().lower()),
    "NEGATION": _matches("NEGATION", _NEGATION, lambda m: " ".join(m.group().lower().split())),
    "ASPIRATION": _aspirations,
}
KINDS = tuple(kind for kinds in _ANNOTATORS for kind in kinds) + tuple(_BY_SENTENCE)


class Spans:
    """An article body's spans by kind, each found once (on first use) and sliced by offsets in O(log n)."""

    def __init__(self, article: Article):
        self.article = article
        self.sentences = sentence_spans(article.text, article.body_start, article.body_end)  # (start, end) of each
        self._sentence_starts = [start for start, _ in self.sentences]
        self._by_kind: dict[str, list[Span]] = {}
        self._starts: dict[str, list[int]] = {}
        self._marked: dict[str, set[int]] = {kind: set() for kind in _BY_SENTENCE}  # sentences whose cues are marked

    def of(self, kind: str, a: int, b: int) -> list[Span]:
        """The spans of `kind` that lie wholly inside text[a:b]."""
        if kind in _BY_SENTENCE:
            self._annotate_sentences(kind, a, b)
        elif kind not in self._by_kind:
            self._annotate(kind)
        starts = self._starts[kind]
        lo = bisect.bisect_left(starts, a)
        hi = bisect.bisect_left(starts, b, lo)
        if lo == hi:  # most kinds are absent from most sentences
            return []
        return [s for s in self._by_kind[kind][lo:hi] if s.end <= b]

    def of_each(self, kind: str, ranges: list[tuple[int, int]]) -> dict[int, list[Span]]:
        """`of(kind, a, b)` for each of the ordered, disjoint `ranges` (a, b) that holds any, by index, for a kind
        marked over the whole body: one pass over its spans instead of a look-up per range."""
        if kind not in self._by_kind:
            self._annotate(kind)
        starts, shares = [a for a, _ in ranges], {}
        for span in self._by_kind[kind]:
            i = bisect.bisect_right(starts, span.start) - 1  # the last range starting by the span: only it may hold it
            if i >= 0 and span.start < ranges[i][1] and span.end <= ranges[i][1]:
                shares.setdefault(i, []).append(span)
        return shares

    def _annotate_sentences(self, kind: str, a: int, b: int) -> None:
        """Mark `kind` in the sentences text[a:b] overlaps that are not marked yet."""
        marked = self._marked[kind]
        first = max(bisect.bisect_right(self._sentence_starts, a) - 1, 0)
        todo = [i for i in range(first, bisect.bisect_left(self._sentence_starts, b, first)) if i not in marked]
        marked.update(todo)
        new = [span for i in todo for span in _BY_SENTENCE[kind](self.article, *self.sentences[i])]
        if new or kind not in self._by_kind:
            self._by_kind[kind] = sorted(self._by_kind.get(kind, []) + new, key=lambda s: (s.start, s.end))
            self._starts[kind] = [s.start for s in self._by_kind[kind]]

    def _annotate(self, kind: str) -> None:
        kinds = next((kinds for kinds in _ANNOTATORS if kind in kinds), None)
        if kinds is None:
            raise KeyError(f"no span kind {kind!r}; the kinds are {', '.join(KINDS)}")
        spans = _ANNOTATORS[kinds](self.article, self.article.body_start, self.article.body_end)
        for k in kinds:
            self._by_kind[k] = sorted((s for s in spans if s.kind == k), key=lambda s: (s.start, s.end))
            self._starts[k] = [s.start for s in self._by_kind[k]]


@lru_cache(maxsize=16)
def annotate(article: Article) -> Spans:
    """The spans of the article's body (each kind found on first use, then kept)."""
    return Spans(article)
