"""Consolidation rules: mentions merge into facts by key and overlapping dates."""
from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.names import same_person
from helpers.schema import TABLES, columns
from helpers.timeline import consolidate, tightest


def _rows(table: str, rows: list[dict]) -> pd.DataFrame:
    base = {c: "" for c in columns(TABLES[table])}
    rows = [base | {"quote": "q", "char_start": 0, "char_end": 1, "mention_id": f"m{i}", "rule": "t", "review": "auto"} | r
            for i, r in enumerate(rows)]
    return pd.DataFrame(rows, columns=columns(TABLES[table]))


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
        dict(article_id="b", council="Wigan", event_type="improvement_partner", description="a charity",
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


def figure(article, value, start, end, precision, lower="", upper="", char_start=0):
    return dict(article_id=article, council="Wigan", measure="vacancy_rate", scope="whole service", value=value,
                lower=lower, upper=upper, unit="share", qualifier="exact", date_start=start, date_end=end,
                date_precision=precision, char_start=char_start)


def test_a_value_and_a_bound_of_one_fact_compare_without_error():
    vacancies = _rows("vacancies", [
        figure("a", 0.4, "2018-01-01", "2018-01-31", "month"),
        figure("b", "", "2018-01-01", "2018-01-31", "month", lower=0.4),
    ])
    fact = consolidate({"vacancies": vacancies}).iloc[0]
    assert (fact.n_mentions, fact.conflict, fact.note) == (2, "true", "mentions disagree: at least 0.4; 0.4")


def test_two_facts_of_one_sentence_stay_two_facts_with_their_own_ids():
    vacancies = _rows("vacancies", [
        figure("a", 0.4, "2018-01-01", "2018-01-31", "month"),
        figure("a", 0.25, "2018-01-01", "2018-01-31", "month"),
    ])
    timeline = consolidate({"vacancies": vacancies})
    assert sorted(timeline.value) == [0.25, 0.4]
    assert timeline.fact_id.is_unique and sorted(timeline.mention_ids) == ["m0", "m1"]


def test_a_grade_named_as_a_current_state_attaches_to_the_latest_judgement_of_that_grade():
    ratings = _rows("ratings", [
        rating("a", "Inadequate", "2014-05-01", "2014-05-31", "month"),
        rating("b", "Inadequate", "2017-09-04", "2017-09-04", "day"),
        rating("c", "Good", "2018-06-01", "2018-06-30", "month"),
        rating("d", "Inadequate", "", "2019-03-31", "before"),
    ])
    timeline = consolidate({"ratings": ratings})
    assert list(zip(timeline.judgement, timeline.date_start, timeline.article_ids)) == [
        ("Inadequate", "2014-05-01", "a"), ("Inadequate", "2017-09-04", "b;d"), ("Good", "2018-06-01", "c")]


def test_a_state_with_no_judgement_to_attach_to_stays_an_upper_bound_and_no_path_point():
    ratings = _rows("ratings", [
        rating("a", "", "2017-09-04", "2017-09-04", "day"),
        rating("b", "Inadequate", "", "2019-03-31", "before"),
    ])
    timeline = consolidate({"ratings": ratings})
    state = timeline[timeline.judgement == "Inadequate"].iloc[0]
    assert (len(timeline), state.date_start, state.date_end, state.date_precision) == (2, "", "2019-03-31", "before")


def test_dates_that_chain_but_do_not_all_intersect_are_separate_facts():
    events = _rows("events", [
        dict(article_id="a", council="Wigan", event_type="directive", date_start="2017-09-01", date_end="2017-09-30",
             date_precision="month"),
        dict(article_id="b", council="Wigan", event_type="directive", date_start="2017-09-15", date_end="2018-01-31",
             date_precision="range"),
        dict(article_id="c", council="Wigan", event_type="directive", date_start="2017-12-01", date_end="2018-01-31",
             date_precision="range"),
    ])
    timeline = consolidate({"events": events})
    assert sorted(timeline.article_ids) == ["a;b", "c"]


def test_an_undated_mention_saying_something_else_does_not_join():
    events = _rows("events", [
        dict(article_id="a", council="Wigan", event_type="improvement_plan", description="an improvement plan",
             date_start="2017-02-01", date_end="2017-02-28", date_precision="month"),
        dict(article_id="b", council="Wigan", event_type="improvement_plan", description="an immediate action plan",
             date_precision="unknown"),
    ])
    assert sorted(consolidate({"events": events}).n_mentions) == [1, 1]


def person(article, name, start="2018-03-01", end="2018-03-31", precision="month"):
    return dict(article_id=article, council="Wigan", person=name, role="director of children's services",
                organisation="Wigan Council", change="appointed", date_start=start, date_end=end, date_precision=precision)


def test_a_short_name_takes_the_full_name_the_same_person_has_in_an_agreeing_role():
    staff = _rows("staff_changes", [
        person("a", "Robert Henderson") | {"change": "in_post", "role": "executive director"},
        person("b", "Rob Henderson", "2020-03-01", "2020-03-31") | {
            "change": "in_post", "role": "executive director for children, families and learning"},
    ])
    labels = sorted(consolidate({"staff_changes": staff}).label)
    assert labels == ["Wigan in post: executive director Robert Henderson",
                      "Wigan in post: executive director for children, families and learning Robert Henderson "
                      "(also named Rob Henderson; same person inferred)"]


def test_name_variants_of_one_person_in_one_post_are_one_fact_and_the_label_says_so():
    staff = _rows("staff_changes", [person("a", "Robert Henderson"), person("b", "Rob Henderson"),
                                    person("c", "Mary Henderson")])
    timeline = consolidate({"staff_changes": staff})
    assert sorted(timeline.article_ids) == ["a;b", "c"]
    merged = timeline[timeline.article_ids == "a;b"].iloc[0]
    assert merged.label == ("Wigan appointed: director of children's services Robert Henderson "
                            "(also named Rob Henderson; same person inferred)")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Robert Henderson", "Rob Henderson", True), ("R. Henderson", "Robert Henderson", True),
    ("Bill Smith", "William Smith", True), ("Mr Henderson", "Robert Henderson", True),
    ("Robert Henderson", "Roberta Hendry", False), ("Mary Henderson", "Robert Henderson", False), ("", "Anyone", True),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


_DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2020, 12, 31))


@st.composite
def mention_rows(draw):
    start, end = sorted([draw(_DAYS), draw(_DAYS)])
    precision = draw(st.sampled_from(["day", "range", "before", "after", "unknown"]))
    dates = {"day": (start, start), "range": (start, end), "before": ("", end), "after": (start, ""),
             "unknown": ("", "")}[precision]
    value = draw(st.sampled_from(["", 0.25, 0.4]))
    bound = draw(st.sampled_from(["", 0.25, 0.4]))
    return figure(draw(st.sampled_from("abc")), value, *(str(d) for d in dates), precision, lower=bound,
                  char_start=draw(st.integers(0, 3)))


@settings(max_examples=150)
@given(st.lists(mention_rows(), min_size=1, max_size=12), st.randoms())
def test_consolidation_never_raises_and_keeps_every_mention_once_in_a_fact_whose_dates_intersect(rows, rng):
    table = _rows("vacancies", rows)
    timeline = consolidate({"vacancies": table})
    shuffled = table.sample(frac=1, random_state=rng.randint(0, 2**31)).reset_index(drop=True)
    again = consolidate({"vacancies": shuffled})
    assert timeline.fact_id.is_unique
    assert sorted(timeline.fact_id) == sorted(again.fact_id)
    assert sorted(timeline.mention_ids) == sorted(again.mention_ids)
    placed = [m for ids in timeline.mention_ids for m in ids.split(";")]
    assert sorted(placed) == sorted(table.mention_id)
    spans = table.set_index("mention_id")
    for ids in timeline.mention_ids:
        members = spans.loc[ids.split(";")]
        starts = [s for s in members.date_start if s]
        ends = [e for e in members.date_end if e]
        assert not starts or not ends or max(starts) <= min(ends)


def test_a_model_suggestion_is_a_fact_only_once_a_reporter_confirms_it():
    def event(review, description):
        return dict(article_id="a", council="Wigan", event_type="other_milestone", description=description,
                    date_start="2019-03-01", date_end="2019-03-31", date_precision="month",
                    rule="events.sentence-model", review=review)

    events = _rows("events", [event("auto", "a cabinet decision"), event("confirmed", "a review ordered"),
                              event("corrected", "a trust formed")])
    assert sorted(consolidate({"events": events}).label) == ["Wigan other milestone: a review ordered",
                                                              "Wigan other milestone: a trust formed"]
