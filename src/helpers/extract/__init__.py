"""Turn article bodies into the contract's fact tables.

Each concern (ratings, workforce, money, people, events) is a module with one function
`extract(sentence) -> list[tuple[table, row]]`. The body is scanned once for dates,
quantities and council names; each sentence then carries what falls inside it.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sized

import pandas as pd

from ..corpus import Article
from ..councils import find_councils, main_council
from ..dates import find_dates
from ..numbers import find_quantities
from ..parallel import map_items
from ..schema import TABLES, columns
from ..tables import with_identity
from ..text import sentence_spans
from .sentence import Sentence, unique


def _extractors() -> list[Callable[[Sentence], list[tuple[str, dict]]]]:
    from . import events, money, people, ratings, workforce

    return [ratings.extract, workforce.extract, money.extract, people.extract, events.extract]


class _Index:
    """Items sorted by start offset, sliced by a span in O(log n)."""

    def __init__(self, items: list, start_of: Callable):
        self.items, self.starts = items, [start_of(i) for i in items]

    def within(self, start: int, end: int, end_of: Callable) -> list:
        found = self.items[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]
        return [i for i in found if end_of(i) <= end]


def sentences(article: Article) -> list[Sentence]:
    """The body's sentences, each with the dates, quantities and councils inside it."""
    a, b = article.body_start, article.body_end
    councils = find_councils(article.text, a, b)
    dates = _Index(find_dates(article.text, article.published, a, b), lambda d: d.start)
    quantities = _Index(find_quantities(article.text, a, b), lambda q: q.start)
    named = _Index(councils, lambda c: c[0])
    default = main_council(find_councils(article.headline) + councils)
    return [
        Sentence(
            article=article, start=s, end=e, council=default,
            councils=named.within(s, e, lambda c: c[1]),
            dates=dates.within(s, e, lambda d: d.end),
            quantities=quantities.within(s, e, lambda q: q.end),
        )
        for s, e in sentence_spans(article.text, a, b)
    ]


def extract_article(article: Article) -> list[tuple[str, dict]]:
    """Every fact the article's body states, once each (the first statement is quoted)."""
    extractors = _extractors()
    return unique([fact for sentence in sentences(article) for extract in extractors for fact in extract(sentence)])


def extract_corpus(articles: Iterable[Article], workers: int = 1, scheduler: str = "") -> dict[str, pd.DataFrame]:
    """One DataFrame per fact table, columns in contract order, rows in article order.

    Articles are spread over `workers` processes, or over the Dask cluster at `scheduler`;
    the tables are the same for any value. A generator of articles is read lazily.
    """
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    total = len(articles) if isinstance(articles, Sized) else None
    for facts in map_items(extract_article, articles, workers, scheduler, total=total):
        for table, row in facts:
            rows[table].append(row)
    return {name: pd.DataFrame(with_identity(name, rows[name]), columns=columns(fields)) for name, fields in TABLES.items()}
