"""How many of the news gold's dated rows and sums each finder finds.

A gold row's quote is located in its article (exactly, else with any run of whitespace
matching any other). Each finder runs on the article's whole body. A gold sum
(budgets.csv amount_gbp) is found if the finder returns that value (to 1 part in a
million) from a span that overlaps the quote's span. A gold dated row (any table, dates
in date_start/date_end or as_of_start/as_of_end) is found if the finder returns, from a
span overlapping the quote's, a date whose interval overlaps the gold interval (open
bounds unbounded). Many gold dates come from the publication date, not the quote, so no
finder can find them all: the counts compare finders, they are not recall.
"""
from __future__ import annotations

import csv
import math
import re
from datetime import date
from pathlib import Path

from helpers.corpus import Article

from . import corpora

DATE_COLUMNS = (("date_start", "date_end"), ("as_of_start", "as_of_end"))


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def locate(text: str, quote: str) -> tuple[int, int] | None:
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    m = re.search(r"\s+".join(map(re.escape, quote.split())), text)
    return m.span() if m else None


def gold_rows(gold: Path) -> tuple[list[dict], list[dict]]:
    """(dated rows, sum rows) of every gold table, each with its article and quote."""
    dated, sums = [], []
    for path in sorted(gold.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if not row.get("quote"):
                    continue
                for a, b in DATE_COLUMNS:
                    if row.get(a) or row.get(b):
                        dated.append({"article": row["article"], "quote": row["quote"], "interval": (_day(row.get(a, "")), _day(row.get(b, "")))})
                if path.stem == "budgets" and row["amount_gbp"]:
                    sums.append({"article": row["article"], "quote": row["quote"], "amount": float(row["amount_gbp"])})
    return dated, sums


def _overlap(a: tuple, b: tuple) -> bool:
    (s1, e1), (s2, e2) = a, b
    return (s1 is None or e2 is None or s1 <= e2) and (s2 is None or e1 is None or s2 <= e1)


def _hits(article: Article, finder, *args) -> list[tuple]:
    """The finder's hits on the body, offsets moved into the article's text."""
    return [(s + article.body_start, e + article.body_start, *rest) for s, e, *rest in finder(article.body, *args)]


def score(dates: dict, sums: dict) -> dict:
    """{'dates': {finder: found}, 'sums': {...}, 'gold_dates': n, 'gold_sums': n, 'unlocated': n}."""
    articles = {a.article_id: a for a in corpora.load("news-dev")}
    dated, amounts = gold_rows(corpora.ROOT / corpora.NEWS_GOLD)
    result = {"gold_dates": len(dated), "gold_sums": len(amounts), "unlocated": 0, "dates": {}, "sums": {}}
    spans = {id(r): locate(articles[r["article"]].text, r["quote"]) for r in dated + amounts}
    result["unlocated"] = sum(span is None for span in spans.values())
    for peer, finder in dates.items():
        hits = {k: _hits(a, finder, a.published) for k, a in articles.items()}
        result["dates"][peer] = sum(_date_found(r, spans[id(r)], hits[r["article"]]) for r in dated)
    for peer, finder in sums.items():
        hits = {k: _hits(a, finder) for k, a in articles.items()}
        result["sums"][peer] = sum(_sum_found(r, spans[id(r)], hits[r["article"]]) for r in amounts)
    return result


def _date_found(row: dict, span, hits) -> bool:
    return span is not None and any(_overlap((s, e - 1), (span[0], span[1] - 1)) and _overlap((lo, hi), row["interval"])
                                    for s, e, lo, hi in hits)


def _sum_found(row: dict, span, hits) -> bool:
    return span is not None and any(_overlap((s, e - 1), (span[0], span[1] - 1)) and any(math.isclose(v, row["amount"], rel_tol=1e-6) for v in values)
                                    for s, e, values in hits)
