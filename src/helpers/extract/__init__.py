"""Turn article bodies into the contract's fact tables.

Each concern (ratings, workforce, money, people, events) is a module with one function
`extract(sentence) -> list[tuple[table, row]]`. The body is annotated once with typed spans
(dates, quantities, sums, councils, names, grades ...: `spans.py`); each sentence reads the
spans inside it. Then, once per article, restatements go: a headline or standfirst repeating the
reporting (`sentence.restated_on_display`), an unnamed change the article names elsewhere (`people.restated`), a
judgement restated with a vaguer date (`ratings.restated`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sized
from functools import lru_cache

import pandas as pd

from ..body import INLINE_LINK, MARKUP
from ..corpus import Article
from ..councils import area_council, find_councils, main_council
from ..parallel import map_items
from ..schema import TABLES, columns
from ..tables import with_identity
from .sentence import Sentence, restated_on_display, unique
from . import people, ratings
from .spans import annotate


def _extractors() -> list[Callable[[Sentence], list[tuple[str, dict]]]]:
    from . import events, money, people, ratings, workforce

    return [ratings.extract, workforce.extract, money.extract, people.extract, events.extract]


@lru_cache(maxsize=4)
def sentences(article: Article) -> list[Sentence]:
    """The body's sentences (split once by the span layer), each given its share of the spans (`spans.py`)."""
    spans = annotate(article)
    named = spans.of("COUNCIL", article.body_start, article.body_end)
    mentions = [(s.start, s.end, s.value) for s in named]
    # the lede's first council counts twice, and so does the council that published the article (its own news), first
    publisher = [(0, 0, council)] * 2 if (council := _publisher(article)) else []
    topic = main_council(publisher + find_councils(article.headline) + mentions[:1] + mentions)
    topic = topic or area_council(article.outlet)  # a body naming no council is about the local paper's area
    # a read-more link or markup inside the story is not its reporting
    ranges = [(s, e) for s, e in ((_after_furniture(article.text, s, e), e) for s, e in spans.sentences) if s < e]
    dates, counts, sums, named = (spans.of_each(kind, ranges) for kind in ("DATE", "QUANTITY", "MONEY", "COUNCIL"))
    found = []
    for i, (s, e) in enumerate(ranges):
        share = dates.get(i, ()), counts.get(i, ()), sums.get(i, ()), named.get(i, ())
        found.append(Sentence.of(article, s, e, topic, spans, *share))
        topic = _heading_council(found[-1]) or topic
    return found


def _after_furniture(text: str, s: int, e: int) -> int:
    """Where the sentence text[s:e] starts after the read-more links or markup lines that open it (`e` if it is all
    furniture): "READ MORE: ...\nREAD MORE: ...\nA job listing reveals ..." keeps its last line."""
    while s < e and (INLINE_LINK.match(text, s) or MARKUP.match(text, s)):
        line_end = text.find("\n", s, e)
        if line_end < 0:
            return e
        s = line_end + 1
        while s < e and text[s].isspace():
            s += 1
    return s


def _publisher(article: Article) -> str:
    """The council whose own news release the article is (outlet "Leicester City Council"), else blank."""
    found = find_councils(article.outlet) if re.search(r"\bCouncil\b", article.outlet) else []
    return found[0][2] if found else ""


_COUNCIL_WORDS = re.compile(r"(?:\W|\b(?:Council|County|City|Borough|Metropolitan|District|London|Royal|of|the)\b)*")


def _heading_council(sentence: Sentence) -> str | None:
    """The council a heading made of its name alone ("Knowsley Metropolitan Borough Council") puts the section under."""
    text = sentence.article.text
    if len(sentence.councils) == 1:
        start, end, council = sentence.councils[0]
        if _COUNCIL_WORDS.fullmatch(text, sentence.start, start) and _COUNCIL_WORDS.fullmatch(text, end, sentence.end):
            return council
    return None


def extract_article(article: Article) -> list[tuple[str, dict]]:
    """Every fact the article's body states, once each (the first statement is quoted)."""
    from . import events  # imported on use, as in _extractors

    extractors, found = _extractors(), sentences(article)
    facts = unique([fact for sentence in found for extract in extractors for fact in extract(sentence)])
    facts = ratings.restated(people.restated(restated_on_display(article, facts)), article.published)
    facts += people.still_in_post(facts, article.published)
    facts += events.directive_milestones(found, facts)
    return facts + events.model_milestones(found, facts)


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
