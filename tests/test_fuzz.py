"""The text parsers on arbitrary and adversarial strings: nothing escapes, every span grounds.

Hypothesis draws plain unicode, text stitched from the tokens the parsers look for, and
sentences of the seed articles spliced with those tokens; the adversarial lines below run
as explicit examples at 10**3-10**5 characters (their 1 MB versions are timed in
bench/bench_adversarial.py, never here).
"""
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import RAW
from helpers.body import find_body
from helpers.corpus import load_corpus
from helpers.dates import find_dates
from helpers.extract import extract_corpus
from helpers.intervals import PRECISIONS, UNKNOWN, Interval
from helpers.numbers import QUALIFIERS, RECURRENCES, UNITS, find_quantities
from helpers.tables import grounding_errors, schema_errors, to_csv
from helpers.text import sentence_spans

FUZZ = settings(max_examples=100)

ADVERSARIAL = {
    "pound signs": "£" * 10**5,
    "digit-comma pairs": "1," * 10**5,
    "nearly": "nearly " * 10**4,
    "between": "between " * 10**4,
    "10**5-digit number": "9" * 10**5,
    "10**5-digit sum": "£" + "9" * 10**5 + "m",
    "nested quotes": "“‘“‘" * 1000,
    "unclosed quotes and full stops": "“He said. ‘She said. " * 2000,
    "rtl": "قال المجلس إن ٧٨ في المئة من الوظائف شاغرة في ٢٠١٩. " * 200,
    "zero-width spaces": "\u200b".join("Croydon Council paid £1,000,000 in March 2019.") * 100,
    "bidi overrides": "\u202eCroydon paid £5m in 2019\u202c. " * 500,
    "combining marks": "1\u0301,0\u0301 per\u0301 cent " * 1000,
    "fullwidth digits": "£１０m in ２０１９. " * 1000,
    "ligatures and nbsp": "£1\u00a0million ﬁnance\u2009per cent\u202f2019. " * 1000,
    "blank lines": "\n" * 10**5,
    "crlf bullets": "\r\n• " * 10**4,
    "full stop, spaces, a word": "." + " " * 2000 + "x",
    "2nd line: spaces, a word": "x.\n" + " " * 2000 + "x",
    "£1m- run": "£1m-" * 500,
}
TOKENS = [
    "£", "£1", "1", "0", "9", "40", "2019", "1,000", ",", ".", ".5", "-", "–", "/", "%", " per cent", "m", "k", "bn",
    " million", "-plus", "+", " in ", "one", "two-thirds", "a half", "nearly ", "around ", "more than ", "between ",
    " and ", " to ", "up to ", "a year", "March ", "Sept ", "16 ", "last month", "this year", "since ", "early ",
    "the summer of ", "18 months ago", "Q3 ", "1st ", "“", "”", "‘", "’", '"', "'", "(", ")", " ", "\t", "\n", "\r\n",
    "\n\n", "• ", "Croydon", " Council", "Ofsted", " rated ", "inadequate", "good", " vacancy rate ", "Leave a Reply",
    "\u200b", "\u202e", "\u00a0", "شاغرة", "é", "\ufeff",
]
SEEDS = load_corpus(RAW)
SENTENCES = [a.text[s:e] for a in SEEDS for s, e in sentence_spans(a.text, a.body_start, a.body_end)]
article_like = st.lists(st.sampled_from(TOKENS), max_size=200).map("".join)
spliced = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(TOKENS)), max_size=12).map(" ".join)
texts = st.one_of(st.text(max_size=500), article_like, spliced)
PUBLISHED = [
    UNKNOWN,
    Interval(date(2019, 3, 16), date(2019, 3, 16), "day"),
    Interval(date(2017, 9, 1), date(2017, 9, 30), "month"),
    Interval(date(2020, 1, 1), date(2020, 12, 31), "year"),
    Interval(date(1, 1, 1), date(1, 1, 1), "day"),
    Interval(date(9999, 12, 31), date(9999, 12, 31), "day"),
]


def whole(text: str) -> tuple[str, int, int]:
    """The whole text as a text_and_span case."""
    return text, 0, len(text)


@st.composite
def text_and_span(draw) -> tuple[str, int, int]:
    """A text and a slice of it, as the extractors pass a body span."""
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


def check_quantities(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    previous = start
    for q in find_quantities(text, start, end):
        assert previous <= q.start < q.end <= end
        assert text[q.start:q.end].strip() == text[q.start:q.end]
        assert q.qualifier in QUALIFIERS and q.unit in UNITS and q.recurrence in RECURRENCES
        assert q.lower is None or q.upper is None or q.lower <= q.upper
        previous = q.start


def check_dates(text: str, published: Interval, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    previous = start
    for mention in find_dates(text, published, start, end):
        assert previous <= mention.start < mention.end <= end
        assert mention.interval.precision in PRECISIONS
        previous = mention.end


def check_sentences(text: str, start: int = 0, end: int | None = None) -> None:
    """Ordered, disjoint, trimmed spans inside the slice that miss no visible character."""
    end = len(text) if end is None else end
    covered = start
    for a, b in sentence_spans(text, start, end):
        assert covered <= a < b <= end
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert text[covered:a].strip() == ""
        covered = b
    assert text[covered:end].strip() == ""


def check_body(text: str, headline: str = "") -> None:
    start, end = find_body(text, headline)
    assert 0 <= start <= end <= len(text)
    assert text[start:end] == text[start:end].strip()


@pytest.mark.parametrize("line", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_parsers_on_adversarial_lines(line):
    check_quantities(line)
    check_dates(line, PUBLISHED[1])
    check_sentences(line)
    check_body(line, line[:40])


@FUZZ
@given(text_and_span())
@example(whole("1 in 0 and 0 in 0"))
@example(whole("between £5m and £1m"))
@example(("a million million million million million pounds", 2, 40))
def test_find_quantities_grounds(case):
    check_quantities(*case)


@FUZZ
@given(text_and_span(), st.sampled_from(PUBLISHED))
@example(whole("next year, by the end of next month, 18 months ago"), PUBLISHED[-1])
@example(whole("last year, the previous month, a decade ago"), PUBLISHED[-2])
@example(whole("from 31 to 1 March 2019, between 2019 and 2018, 29 February 2019"), PUBLISHED[0])
def test_find_dates_grounds(case, published):
    text, start, end = case
    check_dates(text, published, start, end)


@FUZZ
@given(text_and_span())
def test_sentence_spans_cover_every_visible_character(case):
    check_sentences(*case)


@FUZZ
@given(texts, st.one_of(st.just(""), st.text(max_size=40)))
@example("Headline\r\n\r\nBody.\r\n\r\nLeave a Reply\r\n", "Headline")
@example("\n\n  Headline  \n", " Headline ")
def test_find_body_stays_inside_the_text(text, headline):
    check_body(text, headline)


# --- whole extraction of one article ---------------------------------------------------

def check_extraction(text: str, published: Interval = PUBLISHED[1]) -> None:
    """Every row quotes the text at its offsets, has its dates in order and fits its table's schema."""
    article = replace(SEEDS[0], text=text, body_start=0, body_end=len(text), published=published)
    for name, df in extract_corpus([article]).items():
        assert grounding_errors(name, df, {SEEDS[0].article_id: text}) == []
        assert ((df["char_start"] >= 0) & (df["char_start"] < df["char_end"]) & (df["char_end"] <= len(text))).all()
        assert schema_errors(name, to_csv(name, df)) == []


@pytest.mark.parametrize("line", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_extract_article_on_adversarial_lines(line):
    check_extraction(line)


@FUZZ
@given(texts, st.sampled_from(PUBLISHED))
@example("Croydon Council was rated inadequate last month and will get £1m next year.", PUBLISHED[-1])
@example("Croydon Council was rated inadequate last month and will get £1m next year.", PUBLISHED[-2])
def test_extract_article_rows_ground(text, published):
    check_extraction(text, published)
