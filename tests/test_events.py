"""events.csv: commissioners, improvement boards, plans and partners, peer support, special measures,
deadlines; and the seed table."""
import pytest

from conftest import RAW
from helpers.corpus import Article, load_corpus
from helpers.extract import events, extract_article, sentences
from helpers.intervals import parse_published

FIELDS = ("council", "event_type", "description", "actor", "date_start", "date_end", "date_precision")


def rows(text: str, published: str = "2019-03-15", main: str = "") -> list[dict]:
    """events rows of an invented article (`main` in the headline makes it the main council), repeats dropped."""
    a = Article(article_id="t", file="t.txt", text=text, sha256="0" * 64, headline=main, outlet="", byline="",
                published=parse_published(published), body_start=0, body_end=len(text))
    found = [row for s in sentences(a) for _, row in events.extract(s)]
    return [r for i, r in enumerate(found) if all(_key(r) != _key(o) for o in found[:i])]


def _key(row: dict) -> tuple:
    return tuple(row[f] for f in FIELDS)


def keys(text: str, published: str = "2019-03-15", main: str = "") -> set[tuple]:
    return {_key(r) for r in rows(text, published, main)}


def test_commissioner_appointed_by_the_dfe():
    text = "Jane Roe was appointed as a commissioner to review Sefton by the DfE last October, after an inspection."
    assert keys(text, "2019-02") == {
        ("Sefton", "commissioner_appointed", "a commissioner to review Sefton", "DfE", "2018-10-01", "2018-10-31", "month")}


def test_a_step_done_to_a_council_named_after_it_is_that_councils():
    text = "Kent was rated good in May. The DfE issued an improvement notice to Medway Council in March."
    assert {(r["council"], r["event_type"]) for r in rows(text, "2020-06-01", main="Kent")} == {
        ("Medway", "improvement_notice")}
    # the council named before the step is its subject, whatever follows
    assert {(r["council"], r["event_type"]) for r in rows("Kent set up an improvement board for Medway's services.",
                                                          main="Kent")} == {("Kent", "improvement_board")}


def test_national_research_and_releases_are_no_councils_unless_it_is_named_before_them():
    assert {(r["council"], r["event_type"]) for r in rows(
        "Kent was rated good. Statistics released by Ofsted this week show a fifth of councils are inadequate.",
        main="Kent")} == {("", "statistics_release")}
    assert {(r["council"], r["event_type"]) for r in rows(
        "Somerset was one of three councils identified in research by the Bureau of Investigative Journalism.",
        main="Kent")} == {("Somerset", "external_research")}


@pytest.mark.parametrize("sentence, council", [
    ("The LGA has called on the government to increase funding for children’s services.", ""),
    ("In March, the Department for Education launched a national campaign to recruit social workers.", ""),
    ("The government has announced an independent review of children’s social care.", ""),
    ("Ministers launched a consultation on the reforms last month.", ""),
    ("Barnardo’s launched a national campaign to find foster carers in April.", ""),
    # a council the subject or object of the step, or a step done to a council whoever takes it
    ("Kent will take part in the DfE’s pilot of the new assessments.", "Kent"),
    ("The council has joined a national recruitment campaign run by the DfE.", "Kent"),
    ("Essex launched a national campaign to recruit social workers in March.", "Essex"),
    ("The DfE appointed a commissioner in May.", "Kent"),
    ("The government announced that the council would get new powers in 2019.", "Kent")])
def test_a_national_bodys_step_is_no_councils_unless_one_is_named(sentence, council):
    found = rows("Kent was rated inadequate last year. " + sentence, "2021-06-15", main="Kent")
    assert [r["council"] for r in found if r["event_type"] != "rating"] == [council]


def test_a_kind_stated_again_is_another_fact_only_when_dated_apart():
    text = ("Kent came under government intervention in 2015. Ministers intervened in Kent again in 2019. "
            "Kent was in government intervention in 2015, it said.")
    read = [[(r["event_type"], r["date_start"]) for r in rows(text, "2021-06-15") if r["rule"] != "events.sentence-model"]
            for _ in range(2)]  # the second reading of the same article finds the same rows
    assert read[0] == read[1] == [("government_intervention", "2015-01-01"), ("government_intervention", "2019-01-01")]


def test_a_step_in_another_clause_than_its_meeting_is_a_milestone_of_its_own():
    assert {r["event_type"] for r in rows("In response, Kent conducted a review of its services, which this week "
                                          "received support at a cabinet meeting.")} == {"cabinet_meeting", "review_commissioned"}
    assert {r["event_type"] for r in rows("Kent's director is due to present a progress report at next week’s cabinet "
                                          "meeting.")} == {"cabinet_meeting"}


def test_a_step_held_since_a_date_was_taken_then():
    assert keys("Kent has been in special measures since 2015.", "2020-06-01") == {
        ("Kent", "special_measures", "special measures", "", "2015-01-01", "2015-12-31", "year")}


def test_a_date_fronting_the_sentence_dates_its_milestone():
    dated = {(r["event_type"], r["date_start"], r["date_end"]) for r in rows(
        "On Monday, Kent council’s cabinet met to discuss an action plan. "
        "In March 2010, a Government Improvement Notice was placed on Kent.", "2019-11-20", "Kent")}
    assert dated == {("cabinet_meeting", "2019-11-18", "2019-11-18"), ("improvement_notice", "2010-03-01", "2010-03-31")}


def test_improvement_board_restated_is_one_fact_and_undated():
    text = ("The council has set up an improvement board with an independent chair. "
            "An improvement board, with an as-yet-unnamed chair, has been set up to oversee changes.")
    found = rows(text, main="Leeds")
    assert [_key(r) for r in found] == [("Leeds", "improvement_board", "improvement board", "", "", "", "unknown")]
    assert found[0]["quote"] == "The council has set up an improvement board with an independent chair."


def test_improvement_plan_dated_by_the_clause():
    text = "“An Improvement Plan was developed in April 2016, but the pace of improvement was slow."
    assert keys(text, main="Kent") == {("Kent", "improvement_plan", "improvement plan", "", "2016-04-01", "2016-04-30", "month")}
    assert keys("• Set up an immediate action plan and improvement team", main="Kent") == {
        ("Kent", "improvement_plan", "action plan", "", "", "", "unknown")}


def test_improvement_partners_are_described_in_the_texts_words():
    text = ("• Commissioned Northshire Trust as an independent improvement partner to support our plan\n"
            "• Commissioned the LGA to provide improvement support")
    assert keys(text, main="Sheffield") == {
        ("Sheffield", "improvement_partner", "Northshire Trust as an independent improvement partner", "", "", "", "unknown"),
        ("Sheffield", "improvement_partner", "the LGA to provide improvement support", "", "", "", "unknown")}


def test_peer_support_is_dated_by_its_directive_and_belongs_to_the_council_ordered():
    text = ("In a directive issued yesterday, the DfE has ordered Sheffield to allow social work managers from "
            "Leeds City Council to oversee the work.")
    assert keys(text, "2018-06-20") == {
        ("Sheffield", "peer_support", "social work managers from Leeds City Council to oversee", "DfE",
         "2018-06-19", "2018-06-19", "day"),
        # the directive's issue is a milestone of its own (data contract: a directive issued is also an events row)
        ("Sheffield", "directive_issued", "directive", "DfE", "2018-06-19", "2018-06-19", "day")}
    assert rows("The minister, who issued the directive ordering in officials from Leeds, said nothing.") == []


def test_special_measures_after_a_dated_inspection_runs_to_publication():
    text = "After an inspection in May 2018, Norfolk’s children’s services were placed in special measures."
    assert keys(text, "2019-01") == {
        ("Norfolk", "special_measures", "special measures", "", "2018-05-01", "2019-01-31", "range")}


def test_a_meeting_body_named_again_undated_is_the_meeting_already_read():
    found = [(r["event_type"], r["date_start"]) for r in rows(
        "Kent’s children’s services committee met on Monday to discuss the inspection. "
        "A report to the committee said caseloads were too high. "
        "The committee will meet again on 3 April to review progress.", "2019-03-15", "Kent")]
    assert found == [("committee_meeting", "2019-03-11"), ("committee_meeting", "2019-04-03")]


def test_a_date_fronting_the_sentence_dates_a_commissioner_appointed():
    text = "Last month, the government appointed a commissioner to review Kent's children's services."
    assert keys(text, "2019-03-15") == {
        ("Kent", "commissioner_appointed", "a commissioner to review Kent's", "", "2019-02-01", "2019-02-28", "month")}


def test_deadline_by_an_explicit_date_only():
    text = "Leeds must submit its plan to the Secretary of State by the end of June 2019."
    assert keys(text, "2019-03") == {
        ("Leeds", "deadline", "submit its plan to the Secretary of State", "DfE", "", "2019-06-30", "before")}
    assert rows("Leeds needs to deliver a plan by June.", "2019-03") == []


@pytest.mark.parametrize("text", [
    "When a council’s department is placed in special measures, it would usually set up an improvement board.",
    "The council is working on an action plan with Ofsted.",
    "The deadline for the improvement plan to be delivered comes four weeks before the elections.",
    "Leeds wants a formal improvement plan.",
])
def test_general_or_unfinished_steps_give_nothing(text):
    assert rows(text, main="Leeds") == []


# ---------------------------------------------------------------- the seed corpus

# (article, council, event_type, description, actor, start, end, precision, words of its quote)
SEED = {
    ("000", "Croydon", "improvement_board", "improvement board", "", "", "", "unknown",
     "We have set up an improvement board with an independent chair"),
    ("000", "Croydon", "recruitment", "recruitment drive", "", "", "2017-09-04", "before",
     "a recruitment drive [conducted] to bring in more social workers"),
    ("001", "Croydon", "improvement_board", "improvement board", "", "", "", "unknown",
     "an improvement board, with an as-yet-unnamed “independent” chair, has been set up"),
    ("001", "Croydon", "improvement_plan", "action plan", "", "", "", "unknown", "Set up an immediate action plan"),
    ("001", "Croydon", "improvement_partner", "Achieving for Children as an independent improvement partner", "",
     "", "", "unknown", "Commissioned Achieving for Children"),
    ("001", "Croydon", "improvement_partner", "the LGA to provide improvement support", "", "", "", "unknown",
     "Commissioned the LGA"),
    ("002", "Croydon", "special_measures", "special measures", "", "2017-07-01", "2019-03-31", "range",
     "was placed in special measures"),
    ("003", "Croydon", "commissioner_appointed", "a commissioner to review Croydon", "DfE", "2017-09-01", "2017-09-30",
     "month", "was appointed as a commissioner to review Croydon by the DfE last September"),
    ("003", "Croydon", "peer_support", "social work managers from Camden Council to oversee", "DfE", "2017-12-31",
     "2018-01-30", "range", "ordered Croydon to allow social work managers from Camden Council to oversee"),
    ("003", "Croydon", "deadline", "submit that proposal to the Secretary of State", "DfE", "", "2018-03-31", "before",
     "by the end of March 2018"),
    ("003", "Croydon", "improvement_plan", "improvement plan", "", "2017-02-01", "2017-02-28", "month",
     "An Improvement Plan was developed in February 2017"),
    # the council "has taken immediate action" after the inspection: a milestone as the news gold marks them
    ("001", "Croydon", "improvement_action", "immediate action", "", "2017-09-01", "2017-09-30", "range",
     "has taken immediate action to improve"),
    # launches of a recruitment drive and of an improvement drive: milestones a careful reader marks
    ("001", "Croydon", "launch", "recruitment drive", "", "2017-09-01", "2017-09-30", "month", "Launched a recruitment drive"),
    ("004", "Croydon", "launch", "major improvement drive", "", "", "2020-03-16", "before", "launched a major improvement drive"),
    # the DfE "announced that it was to impose a commissioner": the appointment, undated
    ("001", "Croydon", "commissioner_appointed", "a commissioner to oversee how", "DfE", "", "", "unknown",
     "announced that it was to impose a commissioner"),
    # a directive issued "yesterday": the contract makes the milestone a directive marks an events row too
    ("003", "Croydon", "directive_issued", "directive", "DfE", "2017-12-31", "2018-01-30", "range",
     "in a directive issued yesterday"),
    # the milestones of the other directives ratings.csv holds (events.directive-milestone): the DfE's order the same
    # day, and the directive "issued previously to neighbouring Bromley"
    ("000", "Croydon", "directive_issued", "directive", "DfE", "2017-09-04", "2017-09-04", "day",
     "the DfE ordered that an independent commissioner"),
    ("003", "Bromley", "directive_issued", "directive", "DfE", "", "2018-01-31", "before",
     "one issued previously to neighbouring Bromley"),
    # a scrutiny meeting "this week": a milestone a careful reader marks (news-dev gold marks such meetings)
    ("002", "Croydon", "scrutiny_meeting", "scrutiny committee meeting", "", "2019-02-25", "2019-03-31", "range",
     "at a scrutiny committee meeting this week"),
}


# The trained classifier's suggestions (events.sentence-model), read one by one: two are milestones (the scrutiny
# committee hearing; the deadline for the 12-month improvement plan) and one restates the DfE's order to set up a
# board. They stay in events.csv for a reporter to confirm or reject; the timeline and the report leave them out until
# confirmed (tests/test_timeline.py).
SEED_SUGGESTIONS = {
    ("001", "Croydon", "other_milestone", "Set up an improvement board with and independent chair to oversee changes", "",
     "2017-09-01", "2017-09-30", "month"),
    ("002", "Croydon", "other_milestone", "When giving evidence to the scrutiny committee, Henderson will have already seen",
     "", "2019-04-01", "2019-04-01", "day"),
    ("003", "Croydon", "other_milestone", "The timetable is also less-than-good for the increasingly irascible Newman, with the",
     "", "2018-01-01", "", "after"),
}


@pytest.fixture(scope="module")
def seed_rows() -> list[dict]:
    return [row for a in load_corpus(RAW) for table, row in extract_article(a) if table == "events"
            and row["rule"] != "events.sentence-model"]


def test_seed_table_holds_exactly_the_milestones_a_reader_finds(seed_rows):
    assert {(r["article_id"], *_key(r)) for r in seed_rows} == {s[:-1] for s in SEED}


def test_seed_suggestions_of_the_classifier_are_the_three_read():
    suggested = [row for a in load_corpus(RAW) for table, row in extract_article(a) if row["rule"] == "events.sentence-model"]
    assert {(r["article_id"], *_key(r)) for r in suggested} == SEED_SUGGESTIONS


def test_seed_rows_quote_their_statement(seed_rows):
    by_key = {(r["article_id"], *_key(r)): r for r in seed_rows}
    assert len(by_key) == len(seed_rows)
    for *key, words in SEED:
        assert words in by_key[tuple(key)]["quote"], key


def test_a_step_told_only_as_taking_place_is_a_milestone_when_dated():
    text = ("The disciplinary hearing was held in October. Final interviews will take place on 14 February. "
            "Services began to improve in 2017. The consultation closed.")
    assert {(r["event_type"], r["date_start"]) for r in rows(text, "2019-01-20", "Kent")} == {
        ("court_case", "2018-10-01"), ("recruitment", "2019-02-14")}


@pytest.mark.parametrize("text", [
    "Kent has not set up an improvement board.",
    "The council denied it had set up an improvement board.",
    "Kent could set up an improvement board.",
    "If the council is rated inadequate, an improvement board will be set up.",
    "Many councils have set up improvement boards in the past year.",
    "Several authorities have been placed in special measures this year.",
])
def test_a_step_not_taken_or_taken_by_councils_in_general_is_no_milestone(text):
    assert rows(text, main="Kent") == []


def test_a_step_of_councils_in_general_is_still_read_for_a_council_named_with_them():
    assert {r["event_type"] for r in rows("Kent is one of 20 councils currently subject to government intervention.")} == {
        "government_intervention"}


def test_a_trust_ordered_by_ministers_is_also_a_government_intervention_milestone():
    text = "Ministers have decided that a new trust will take over Barnet’s children’s services."
    a = Article(article_id="t", file="t.txt", text=text, sha256="0" * 64, headline="", outlet="", byline="",
                published=parse_published("2019-03-15"), body_start=0, body_end=len(text))
    milestones = [(row["council"], row["event_type"], row["rule"]) for table, row in extract_article(a) if table == "events"]
    assert milestones == [("Barnet", "government_intervention", "events.directive-milestone")]
