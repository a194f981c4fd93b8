"""Consolidation rules: mentions merge into facts by key and overlapping dates."""
import pandas as pd

from helpers.schema import TABLES, columns
from helpers.timeline import consolidate, tightest


def _rows(table: str, rows: list[dict]) -> pd.DataFrame:
    base = {c: "" for c in columns(TABLES[table])}
    return pd.DataFrame([base | {"quote": "q", "char_start": 0, "char_end": 1} | r for r in rows], columns=columns(TABLES[table]))


def rating(article, judgement, start, end, precision, council="Wigan", event="judgement"):
    return dict(article_id=article, council=council, authority="Ofsted", event=event, judgement=judgement,
                scope="overall", date_start=start, date_end=end, date_precision=precision)


def test_three_mentions_of_one_judgement_are_one_fact_with_the_tightest_interval():
    ratings = _rows("ratings", [
        rating("a", "Inadequate", "2015-06-08", "2015-06-08", "day"),
        rating("b", "Inadequate", "2015-06-01", "2015-06-30", "month"),
        rating("c", "Inadequate", "2015-01-01", "2015-12-31", "year"),
    ])
    timeline = consolidate({"ratings": ratings})
    assert len(timeline) == 1
    fact = timeline.iloc[0]
    assert (fact.n_mentions, fact.article_ids, fact.date_start, fact.date_end, fact.date_precision) == (
        3, "a;b;c", "2015-06-08", "2015-06-08", "day")
    assert (fact.judgement, fact.conflict, fact.label) == ("Inadequate", "false", "Wigan Ofsted judgement (overall)")


def test_judgements_years_apart_are_separate_facts():
    ratings = _rows("ratings", [
        rating("a", "Inadequate", "2014-01-01", "2014-12-31", "year"),
        rating("a", "Good", "2017-01-01", "2017-12-31", "year"),
    ])
    timeline = consolidate({"ratings": ratings})
    assert list(timeline.judgement) == ["Inadequate", "Good"]
    assert list(timeline.conflict) == ["false", "false"]


def test_different_grades_for_the_same_time_are_a_conflict_with_a_note():
    ratings = _rows("ratings", [
        rating("a", "Inadequate", "2015-06-01", "2015-06-30", "month"),
        rating("b", "Requires improvement", "2015-06-10", "2015-06-10", "day"),
    ])
    fact = consolidate({"ratings": ratings}).iloc[0]
    assert fact.conflict == "true"
    assert fact.note == "mentions disagree: Inadequate; Requires improvement"
    assert fact.n_mentions == 2


def test_other_councils_never_merge():
    ratings = _rows("ratings", [
        rating("a", "Good", "2016-01-01", "2016-12-31", "year", council="Wigan"),
        rating("a", "Good", "2016-01-01", "2016-12-31", "year", council="Lambeth"),
    ])
    assert sorted(consolidate({"ratings": ratings}).council) == ["Lambeth", "Wigan"]


def test_undated_mention_joins_the_one_matching_fact():
    ratings = _rows("ratings", [
        rating("a", "Good", "2016-03-01", "2016-03-31", "month"),
        rating("b", "Good", "", "", "unknown"),
    ])
    fact = consolidate({"ratings": ratings}).iloc[0]
    assert (fact.n_mentions, fact.date_start, fact.date_precision) == (2, "2016-03-01", "month")


def test_salaries_that_disagree_are_flagged():
    budgets = _rows("budgets", [
        dict(article_id="a", council="Wigan", kind="salary", amount_gbp=120000.0, qualifier="exact", recurrence="per_year",
             purpose="chief executive", date_start="2016-01-01", date_end="2016-01-31", date_precision="month"),
        dict(article_id="b", council="Wigan", kind="salary", amount_gbp=125000.0, qualifier="exact", recurrence="per_year",
             purpose="chief executive", date_start="2016-01-20", date_end="2016-01-20", date_precision="day"),
    ])
    fact = consolidate({"budgets": budgets}).iloc[0]
    assert (fact.value, fact.unit, fact.conflict) == (120000.0, "gbp", "true")
    assert fact.note == "mentions disagree: 120000.0; 125000.0"
    assert (fact.date_start, fact.date_precision) == ("2016-01-20", "day")


def test_tightest_handles_open_bounds_and_disjoint_mentions():
    before = {"date_start": "", "date_end": "2018-03-31", "date_precision": "before"}
    month = {"date_start": "2018-01-01", "date_end": "2018-01-31", "date_precision": "month"}
    assert tightest([before, month]) == ("2018-01-01", "2018-01-31", "month", "")
    late = {"date_start": "2019-01-01", "date_end": "2019-12-31", "date_precision": "year"}
    assert tightest([month, late]) == ("2018-01-01", "2019-12-31", "range", "mentions give dates that do not overlap")


def test_fact_ids_are_stable_across_runs():
    ratings = _rows("ratings", [rating("a", "Good", "2016-03-01", "2016-03-31", "month")])
    assert consolidate({"ratings": ratings}).fact_id[0] == consolidate({"ratings": ratings}).fact_id[0]
    assert consolidate({"ratings": ratings}).fact_id[0].startswith("ratings-")


def test_a_mention_without_grade_joins_the_graded_fact_and_is_no_conflict():
    ratings = _rows("ratings", [
        rating("a", "", "2015-06-08", "2015-06-08", "day"),
        rating("b", "Inadequate", "2015-06-01", "2015-06-30", "month"),
    ])
    fact = consolidate({"ratings": ratings}).iloc[0]
    assert (fact.n_mentions, fact.judgement, fact.conflict, fact.date_start) == (2, "Inadequate", "false", "2015-06-08")


def test_two_different_facts_of_one_article_stay_apart():
    events = _rows("events", [
        dict(article_id="a", council="Wigan", event_type="improvement_partner", description="a charity",
             date_precision="unknown"),
        dict(article_id="a", council="Wigan", event_type="improvement_partner", description="the LGA",
             date_precision="unknown"),
        dict(article_id="b", council="Wigan", event_type="improvement_partner", description="a partner",
             date_start="2016-01-01", date_end="2016-01-31", date_precision="month"),
    ])
    timeline = consolidate({"events": events})
    assert sorted(timeline.n_mentions) == [1, 2]
    assert sorted(timeline.article_ids) == ["a", "a;b"]


def test_an_open_ended_mention_never_chains_two_facts_together():
    ratings = _rows("ratings", [
        rating("a", "", "2012-01-01", "2012-12-31", "year", event="inspection"),
        rating("b", "", "2017-07-01", "2017-07-31", "month", event="inspection"),
        rating("c", "", "", "2018-01-31", "before", event="inspection"),
    ])
    timeline = consolidate({"ratings": ratings})
    assert sorted(timeline.n_mentions) == [1, 1, 1]
    assert set(timeline.conflict) == {"false"}


def test_an_open_ended_mention_joins_the_one_fact_it_overlaps():
    ratings = _rows("ratings", [
        rating("a", "", "2017-07-01", "2017-07-31", "month", event="inspection"),
        rating("c", "", "", "2017-12-31", "before", event="inspection"),
    ])
    fact = consolidate({"ratings": ratings}).iloc[0]
    assert (fact.n_mentions, fact.date_start, fact.date_end, fact.date_precision) == (2, "2017-07-01", "2017-07-31", "month")
