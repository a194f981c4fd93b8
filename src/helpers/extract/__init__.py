"""Turn article bodies into the contract's fact tables.

Each concern (ratings, workforce, money, people, events) is a module with one function
`extract(sentence) -> list[tuple[table, row]]`. The body is scanned once for dates,
quantities and council names; each sentence then carries what falls inside it.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

import pandas as pd

from ..corpus import Article
from ..councils import find_councils, main_council
from ..dates import find_dates
from ..numbers import find_quantities
from ..schema import TABLES, columns
from ..text import sentence_spans
from .sentence import Sentence


def _extractors() -> list[Callable[[Sentence], list[tuple[str, dict]]]]:
    from . import events, money, people, ratings, workforce

    return [ratings.extract, workforce.extract, money.extract, people.extract, events.extract]


def _within(items: list, start: int, end: int, key: Callable) -> list:
    starts = [key(i) for i in items]
    return items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def sentences(article: Article) -> list[Sentence]:
    """The body's sentences, each with the dates, quantities and councils inside it."""
    a, b = article.body_start, article.body_end
    dates = find_dates(article.text, article.published, a, b)
    quantities = find_quantities(article.text, a, b)
    councils = find_councils(article.text, a, b)
    default = main_council(article.text, a, b, article.headline)
    return [
        Sentence(
            article=article, start=s, end=e, council=default,
            councils=_within(councils, s, e, lambda c: c[0]),
            dates=[d for d in _within(dates, s, e, lambda d: d.start) if d.end <= e],
            quantities=[q for q in _within(quantities, s, e, lambda q: q.start) if q.end <= e],
        )
        for s, e in sentence_spans(article.text, a, b)
    ]


def _key(table: str, row: dict) -> tuple:
    """What makes two rows of one article the same fact: everything but the quote."""
    return (table,) + tuple((k, v) for k, v in row.items() if k not in ("quote", "char_start", "char_end"))


def extract_article(article: Article) -> list[tuple[str, dict]]:
    """Every fact the article's body states, once each (the first statement is quoted)."""
    seen, facts = set(), []
    extractors = _extractors()
    for sentence in sentences(article):
        for extract in extractors:
            for table, row in extract(sentence):
                key = _key(table, row)
                if key not in seen:
                    seen.add(key)
                    facts.append((table, row))
    return facts


def extract_corpus(articles: Iterable[Article]) -> dict[str, pd.DataFrame]:
    """One DataFrame per fact table, columns in contract order, rows in article order."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for article in articles:
        for table, row in extract_article(article):
            rows[table].append(row)
    return {name: pd.DataFrame(rows[name], columns=columns(fields)) for name, fields in TABLES.items()}
