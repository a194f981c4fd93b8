"""The same code on a transformed seed: another council, other years, other sums.

Each seed is rewritten — the main council renamed, every year shifted by 28 (the
calendar repeats, so weekdays and leap days stay put), every £ sum doubled — and its
publication date shifted likewise. Extraction must give exactly the original rows with
the same changes applied.
"""
import re
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from conftest import RAW
from helpers.corpus import load_corpus
from helpers.extract import extract_corpus
from helpers.intervals import Interval

SHIFT = 28
OLD, NEW = "Croydon", "Wigan"
YEAR = re.compile(r"(?<!\d)(19|20)(\d\d)(?!\d)")
POUNDS = re.compile(r"£(\d[\d,]*(?:\.\d+)?)")
MONEY_COLUMNS = ("amount_gbp", "lower", "upper")


def _double(match: re.Match) -> str:
    digits = match.group(1)
    value = float(digits.replace(",", "")) * 2
    text = f"{value:,.0f}" if "," in digits else (f"{value:g}")
    return "£" + text


def transform(text: str) -> str:
    text = YEAR.sub(lambda m: str(int(m.group(0)) + SHIFT), text)
    return POUNDS.sub(_double, text).replace(OLD, NEW)


def shift_date(value: str) -> str:
    return date.fromisoformat(value).replace(year=date.fromisoformat(value).year + SHIFT).isoformat() if value else ""


def shift_interval(interval: Interval) -> Interval:
    move = lambda d: d.replace(year=d.year + SHIFT) if d else None  # noqa: E731
    return Interval(move(interval.start), move(interval.end), interval.precision)


def transformed_article(article):
    text = transform(article.text)
    prefix = transform(article.text[:article.body_start])
    body = transform(article.body)
    return replace(article, text=text, headline=transform(article.headline), published=shift_interval(article.published),
                   body_start=len(prefix), body_end=len(prefix) + len(body))


def expected_row(table: str, row: dict) -> dict:
    out = {k: (transform(v) if isinstance(v, str) else v) for k, v in row.items()}
    out["date_start"], out["date_end"] = shift_date(row["date_start"]), shift_date(row["date_end"])
    if table == "budgets":
        out |= {c: row[c] * 2 for c in MONEY_COLUMNS if not pd.isna(row[c]) and row[c] != ""}
    return out


def comparable(table: str, df: pd.DataFrame) -> list[tuple]:
    rows = df.drop(columns=["char_start", "char_end", "mention_id"]).astype(object).fillna("").to_dict("records")
    return sorted(tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows)


@pytest.fixture(scope="module")
def both():
    articles = load_corpus(RAW)
    return extract_corpus(articles), extract_corpus([transformed_article(a) for a in articles])


def test_transformation_changes_what_it_should():
    assert transform("In July 2017 Croydon paid £185,000 and £1million.") == "In July 2045 Wigan paid £370,000 and £2million."


@pytest.mark.parametrize("table", ["ratings", "vacancies", "budgets", "staff_changes", "measures", "events"])
def test_transformed_seeds_give_the_correspondingly_changed_rows(both, table):
    original, changed = both
    expected = pd.DataFrame([expected_row(table, r) for r in original[table].to_dict("records")],
                            columns=original[table].columns)
    assert comparable(table, changed[table]) == comparable(table, expected)


def test_renamed_council_is_the_main_council_everywhere(both):
    _, changed = both
    councils = set().union(*(set(df["council"]) for df in changed.values()))
    assert NEW in councils and OLD not in councils
