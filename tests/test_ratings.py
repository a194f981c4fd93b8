"""ratings.csv: grades used as verdicts, inspections, visits, reports, directives; and the seed table."""
from datetime import date

import pytest

from conftest import RAW
from helpers.corpus import Article, load_corpus
from helpers.extract import extract_article, ratings, sentences
from helpers.intervals import Interval, parse_published

FIELDS = ("council", "authority", "event", "judgement", "scope", "date_start", "date_end", "date_precision")


def article(text: str, published: str = "2019-03-15", main: str = "") -> Article:
    """An invented article; `main` is named in the headline to make it the main council."""
    return Article(article_id="t", file="t.txt", text=text, sha256="0" * 64, headline=main, outlet="", byline="",
                   published=parse_published(published), body_start=0, body_end=len(text))


def rows(text: str, published: str = "2019-03-15", main: str = "") -> list[dict]:
    """ratings rows of an invented article, one per fact as extract_article keeps them."""
    found = [row for s in sentences(article(text, published, main)) for _, row in ratings.extract(s)]
    return [r for i, r in enumerate(found) if all(_key(r) != _key(o) for o in found[:i])]


def _key(row: dict) -> tuple:
    return tuple(row[f] for f in FIELDS)


def keys(text: str, published: str = "2019-03-15", main: str = "") -> set[tuple]:
    return {_key(r) for r in rows(text, published, main)}


def test_rated_with_a_date_is_a_judgement_given_then():
    assert keys("Sefton Council’s children’s services were rated inadequate by Ofsted in March 2016.") == {
        ("Sefton", "Ofsted", "judgement", "Inadequate", "overall", "2016-03-01", "2016-03-31", "month")}


@pytest.mark.parametrize("text,when", [
    ("In October 2011 Ofsted re-inspected Kent’s safeguarding arrangements and judged them adequate.",
     ("2011-10-01", "2011-10-31", "month")),
    ("Last year inspectors recognised progress at Kent – but ruled that services still required improvement.",
     ("2015-01-01", "2015-12-31", "year")),
    ("Today’s verdict comes a month after Kent’s services were rated inadequate.", ("", "2016-07-20", "before")),
])
def test_a_fronted_date_dates_a_grade_of_the_main_clause_but_not_one_of_another_time(text, when):
    assert [tuple(r[f] for f in ("date_start", "date_end", "date_precision"))
            for r in rows(text, "2016-07-20", main="Kent") if r["judgement"]] == [when]


@pytest.mark.parametrize("text,when", [
    ("Standards at Kent jumped from ‘inadequate’ to ‘good’ in the space of two years.", ("", "2016-07-20", "before")),
    ("Kent’s children’s services slipped to ‘requires improvement’.", ("", "2016-07-20", "before")),
    ("After steering Kent from ‘adequate’ to ‘outstanding’, the director is leaving.", ("", "2016-07-20", "before")),
    ("Having been rated ‘inadequate’, Kent’s children’s services improved rapidly.", ("", "2016-07-20", "before")),
    ("Kent’s children’s services have climbed to ‘good’.", ("2016-07-20", "2016-07-20", "day")),
    ("Kent’s children’s services have now moved from ‘inadequate’ to ‘good’.", ("2016-07-20", "2016-07-20", "day")),
    ("Kent became the first council to go from ‘inadequate’ to ‘outstanding’.", ("", "2016-07-20", "before")),
    ("Kent’s services fell from ‘good’ to ‘inadequate’ over the past three years.", ("", "2016-07-20", "before")),
    ("Kent’s services were rated ‘good’ in the past year.", ("2015-07-20", "2016-07-20", "range")),
    ("After an inspection in March, Kent’s services jumped to ‘good’.", ("2016-03-01", "2016-07-20", "range")),
    ("Following a visit in March, Ofsted rated Kent ‘good’.", ("2016-03-01", "2016-07-20", "range")),
    ("Inspectors visited Kent in March and rated its services ‘inadequate’.", ("2016-03-01", "2016-07-20", "range")),
    ("Kent was inspected in 2014 and rated ‘good’.", ("2014-01-01", "2014-12-31", "year")),
])
def test_an_undated_verdict_goes_by_its_tense_a_fronted_earlier_clause_or_the_inspection_it_follows(text, when):
    assert [tuple(r[f] for f in ("date_start", "date_end", "date_precision"))
            for r in rows(text, "2016-07-20", main="Kent") if r["judgement"]][-1] == when


@pytest.mark.parametrize("text,when", [
    ("Kent was rated inadequate and a new director was hired in March.", ("", "2016-07-20", "before")),
    ("In March, a new director was hired at Kent, which had been rated inadequate.", ("", "2016-07-20", "before")),
    ("Kent was rated inadequate and placed in special measures in March.", ("2016-03-01", "2016-03-31", "month")),
    ("In March, Ofsted visited Kent, which it rated inadequate.", ("2016-03-01", "2016-03-31", "month")),
    ("Kent, rated inadequate, appointed a new director in March.", ("", "2016-07-20", "before")),
    ("Kent’s ‘inadequate’ children’s services will be taken over by a trust in April.", ("", "2016-07-20", "before")),
    ("Kent was rated good before the director left in March.", ("", "2016-07-20", "before")),
    ("Ofsted rated Kent good in a report, published in May.", ("2016-05-01", "2016-05-31", "month")),
])
def test_a_grade_takes_no_date_of_another_clause(text, when):
    assert [tuple(r[f] for f in ("date_start", "date_end", "date_precision"))
            for r in rows(text, "2016-07-20", main="Kent") if r["judgement"]] == [when]


@pytest.mark.parametrize("text,when", [
    ("It was revealed in March that Kent had made the jump from inadequate to adequate.", ("2016-03-01", "2016-03-31", "month")),
    ("Ofsted confirmed last month that Kent had improved to good.", ("2016-06-01", "2016-06-30", "month")),
])
def test_a_grade_a_dated_disclosure_made_known_is_given_then(text, when):
    assert [tuple(r[f] for f in ("date_start", "date_end", "date_precision"))
            for r in rows(text, "2016-07-20", main="Kent") if r["judgement"]][-1] == when


@pytest.mark.parametrize("text", [
    "The Department for Education issued a statutory direction to Kent and the council will report progress in March.",
    "The education secretary issued Kent with a statutory direction, which will be reviewed in May.",
    "The government took over Kent’s children’s services and will return them in May.",
])
def test_a_directive_takes_no_date_from_a_later_clause_about_the_future(text):
    assert [(r["date_start"], r["date_end"], r["date_precision"]) for r in rows(text, "2019-03-15", main="Kent")
            if r["event"] == "directive"] == [("", "2019-03-15", "before")]


@pytest.mark.parametrize("text", [
    "Sefton Council’s children’s services have been judged to be ‘Good’ by Ofsted following an inspection in May.",
    "Sefton Council’s children’s services have been rated as ‘Good’ overall, following an inspection by Ofsted in May.",
    "Sefton Council’s children’s services received a ‘Good’ rating in its most recent inspection in May.",
])
def test_rated_following_an_inspection_in_a_month_is_given_between_it_and_the_publication(text):
    assert keys(text, "2022-07-07") == {
        ("Sefton", "Ofsted", "judgement", "Good", "overall", "2022-05-01", "2022-07-07", "range"),
        ("Sefton", "Ofsted", "inspection", "", "", "2022-05-01", "2022-05-31", "month")}


def test_a_roundup_s_council_headings_put_their_sections_under_them_and_visited_names_the_council():
    text = ("Ofsted has published the outcomes of a series of focused visits.\n\nSefton Council\n\n"
            "Inspectors visited Sefton's children's services on 20 and 21 February 2024.\n\n"
            "They found that since the local authority was last inspected, in 2022, practice has strengthened.\n\n"
            "Wigan Metropolitan Borough Council\n\nInspectors visited Wigan’s children's services on 31 January and "
            "1 February 2024.")
    assert keys(text, "2024-04-10", main="Wigan") >= {
        ("Sefton", "Ofsted", "monitoring_visit", "", "", "2024-02-20", "2024-02-21", "range"),
        ("Sefton", "Ofsted", "inspection", "", "", "2022-01-01", "2022-12-31", "year"),
        ("Wigan", "Ofsted", "monitoring_visit", "", "", "2024-01-31", "2024-02-01", "range")}


def test_an_inspection_in_a_sentence_opening_with_a_list_of_councils_is_each_council_s():
    text = "Sefton, Wigan and Bolton all received the positive ratings following visits by the inspectorate in June."
    assert {k for k in keys(text, "2017-08-01", main="Leeds") if k[2] == "inspection"} == {
        (c, "Ofsted", "inspection", "", "", "2017-06-01", "2017-06-30", "month") for c in ("Sefton", "Wigan", "Bolton")}


@pytest.mark.parametrize("text", [
    "Leeds has some good social workers and managers delivering a good response to families.",
    "Practice in Leeds is not of a good enough standard and the quality of plans is not good enough.",
    "Leeds wants to deliver good quality services and good-quality plans.",
    "There are four grades in the Ofsted framework: Inadequate, Requires Improvement, Good and Outstanding.",
    "Most children in Leeds attend good or outstanding schools and none attends schools judged as inadequate.",
    "The Leeds commissioner said the council is still failing to perform to an adequate standard.",
    "In total, eight councils were rated ‘good’, four ‘inadequate’ and 10 as ‘requires improvement’.",
    "Kent’s leader said it was not a rating to be proud of but it is better than inadequate.",
])
def test_plain_adjectives_and_lists_of_grades_are_not_judgements(text):
    assert rows(text) == []


def test_quoted_grade_in_capitals_holds_at_publication():
    assert keys("Services for children and families in Kent have been rated ‘GOOD’ by Ofsted.", "2021-06-10") == {
        ("Kent", "Ofsted", "judgement", "Good", "overall", "2021-06-10", "2021-06-10", "day")}


def test_neighbouring_council_gets_its_own_grades_and_dates():
    text = ("Neighbouring Sefton had its children’s services rated as inadequate a year before Leeds, in 2015, "
            "but was rated as “Good” after the return inspection last year.")
    assert keys(text, "2019-05", main="Leeds") == {
        ("Sefton", "Ofsted", "judgement", "Inadequate", "overall", "2015-01-01", "2015-12-31", "year"),
        ("Sefton", "Ofsted", "judgement", "Good", "overall", "2018-01-01", "2018-12-31", "year"),
        ("Sefton", "Ofsted", "inspection", "", "", "2018-01-01", "2018-12-31", "year")}


def test_relative_clause_rating_belongs_to_the_council_it_follows():
    text = "Leeds was directed to work with Norfolk County Council, which has a ‘good’ Ofsted rating, on a plan."
    assert keys(text, "2018-01", main="Leeds") == {
        ("Norfolk", "Ofsted", "judgement", "Good", "overall", "", "2018-01-31", "before")}


def test_a_council_after_before_or_after_is_the_subject_of_the_clause_its_verb_opens():
    text = "Leeds’ director became director for both boroughs after Sefton received an “inadequate” rating in 2015."
    assert {k[0] for k in keys(text, "2016-05", main="Leeds")} == {"Sefton"}
    assert {k[0] for k in keys("Leeds was rated good, after Sefton, in 2015.", "2016-05", main="Leeds")} == {"Leeds"}


def test_current_grade_and_a_graded_part_are_standings_before_publication():
    assert keys("Kent is now Good with Outstanding leadership.", "2019-03") == {
        ("Kent", "Ofsted", "judgement", "Good", "overall", "", "2019-03-31", "before"),
        ("Kent", "Ofsted", "judgement", "Outstanding", "leadership", "", "2019-03-31", "before")}


@pytest.mark.parametrize("text", [
    "Kent’s children’s services department is rated inadequate.",
    "Kent could lose control of its ‘inadequate’ children’s services department.",
    "Staff at the inadequate-rated service in Kent are leaving.",
])
def test_grade_named_as_the_standing_is_dated_before_publication(text):
    assert keys(text, "2019-03", main="Kent") == {
        ("Kent", "Ofsted", "judgement", "Inadequate", "overall", "", "2019-03-31", "before")}


@pytest.mark.parametrize("text", [
    "Kent’s services are not ‘inadequate’, the leader said.",
    "Kent narrowly escaped an ‘inadequate’ rating.",
    "Kent aims to be rated good by 2022.",
    "Kent’s leader said inspectors would judge the service as ‘good’.",
    "Another ‘inadequate’ rating would see Kent lose control of its services.",
    "Kent hopes to achieve a ‘good’ rating at its next inspection.",
    "Kent is preparing for an inspection, with the chair of its board predicting a rating of ‘requires improvement’.",
    "We have the ambition for Kent to be rated by Ofsted as not just ‘good’ but ultimately to be rated as ‘outstanding’.",
    "Overall Kent is not yet delivering the “good” protection, help and care for children that it wishes to achieve.",
    "There was still work to do and Kent's ambition was to progress to a rating of “good” and “outstanding”.",
])
def test_denied_and_hoped_for_grades_give_no_judgement(text):
    assert [r for r in rows(text, "2019-03", main="Kent") if r["judgement"]] == []


def test_parts_listed_as_the_subject_of_a_copula_or_of_given_grades_are_each_graded():
    text = ("Services for children in care are not yet good and services for care leavers are inadequate. "
            "Leadership and adoption at Kent are good. "
            "Two of three areas at Kent were given outstanding grades.")
    assert {(r["judgement"], r["scope"]) for r in rows(text, main="Kent")} == {
        ("Inadequate", "care leavers"), ("Good", "leadership"), ("Good", "adoption"), ("Outstanding", "some areas")}


@pytest.mark.parametrize("text", ["Kent is no longer rated inadequate.", "Kent has shed its ‘inadequate’ status.",
                                  "Kent’s children’s services have moved out of their inadequate rating."])
def test_a_grade_left_behind_was_held_before_the_publication_not_given_now(text):
    assert [(r["judgement"], r["date_start"], r["date_end"], r["date_precision"]) for r in rows(text, "2019-03", main="Kent")
            if r["judgement"]] == [("Inadequate", "", "2019-03-31", "before")]


def test_old_grade_of_a_change_predates_the_change():
    text = "Kent’s children’s services improved from ‘inadequate’ to ‘good’ in May 2018."
    assert keys(text, "2019-03") == {
        ("Kent", "Ofsted", "judgement", "Inadequate", "overall", "", "2018-05-31", "before"),
        ("Kent", "Ofsted", "judgement", "Good", "overall", "2018-05-01", "2018-05-31", "month")}
    assert keys("Kent has improved from requires improvement.", "2019-03") == {
        ("Kent", "Ofsted", "judgement", "Requires improvement", "overall", "", "2019-03-31", "before")}


def test_older_scale_grade_of_an_earlier_visit():
    text = "She read the findings for the period after the previous “satisfactory” Ofsted visit in 2009."
    assert keys(text, main="Hertfordshire") == {
        ("Hertfordshire", "Ofsted", "judgement", "Satisfactory", "overall", "2009-01-01", "2009-12-31", "year"),
        ("Hertfordshire", "Ofsted", "inspection", "", "", "2009-01-01", "2009-12-31", "year")}


def test_requires_improvement_to_be_good_and_a_when_clause():
    assert keys("Sheffield’s services were judged requires improvement to be good in 2018.") == {
        ("Sheffield", "Ofsted", "judgement", "Requires improvement", "overall", "2018-01-01", "2018-12-31", "year")}
    text = "Since the last Ofsted inspection in November 2017, when Kent’s services were judged to be inadequate overall, much has changed."
    assert keys(text) == {
        ("Kent", "Ofsted", "judgement", "Inadequate", "overall", "2017-11-01", "2017-11-30", "month"),
        ("Kent", "Ofsted", "inspection", "", "", "2017-11-01", "2017-11-30", "month")}


def test_past_verdict_without_a_date_predates_publication_and_partial_scope_is_kept():
    text = "Sefton said it acted after an Ofsted inspection rated some areas of the service inadequate."
    assert keys(text) == {
        ("Sefton", "Ofsted", "judgement", "Inadequate", "some areas", "", "2019-03-15", "before"),
        ("Sefton", "Ofsted", "inspection", "", "", "", "2019-03-15", "before")}


def test_report_heading_and_present_tense_parts():
    text = ("The experiences and progress of children in care and care \nleavers: good\n\n"
            "They said that services for children in need of help and protection are now good.")
    assert keys(text, "2022-02-01", main="Leeds") == {
        ("Leeds", "Ofsted", "judgement", "Good", "children in care and care leavers", "2022-02-01", "2022-02-01", "day"),
        ("Leeds", "Ofsted", "judgement", "Good", "help and protection", "", "2022-02-01", "before")}


def test_judgement_table_at_the_top_of_a_report():
    text = ("Inspection of Leeds local authority children’s services\nInspection dates: 3 to 14 May 2021\n"
            "Judgement Grade\nThe impact of leaders on social work \npractice with children and families \nGood \n"
            "The experiences and progress of children \nwho need help and protection \nRequires improvement to be good \n"
            "The experiences and progress of children in \ncare and care leavers \nOutstanding \n"
            "Overall effectiveness Good \n\nChildren in Leeds are well served. Leaders know their services well.")
    found = rows(text, "2021-06-30")
    assert {_key(r) for r in found} == {
        ("Leeds", "Ofsted", "judgement", "Good", "leadership", "2021-06-30", "2021-06-30", "day"),
        ("Leeds", "Ofsted", "judgement", "Requires improvement", "help and protection", "2021-06-30", "2021-06-30", "day"),
        ("Leeds", "Ofsted", "judgement", "Outstanding", "children in care and care leavers", "2021-06-30", "2021-06-30", "day"),
        ("Leeds", "Ofsted", "judgement", "Good", "overall", "2021-06-30", "2021-06-30", "day"),
        ("Leeds", "Ofsted", "inspection", "", "", "2021-05-03", "2021-05-14", "range")}
    quotes = {r["scope"] or r["event"]: r["quote"] for r in found}
    assert quotes["inspection"] == "Inspection dates: 3 to 14 May 2021"
    assert quotes["overall"] == "Overall effectiveness Good"
    assert quotes["leadership"] == "The impact of leaders on social work \npractice with children and families \nGood"
    assert all(text[r["char_start"]:r["char_end"]] == r["quote"] for r in found)


def test_older_judgement_table_with_numbered_parts():
    text = ("Inspection date: 6 – 30 March 2014\n\nChildren’s services in Sheffield are good \n"
            "1. Children who need help and protection Good \n2. Children looked after and achieving \npermanence Good \n\n"
            "2.1 Adoption performance Outstanding \n3. Leadership, management and governance Good \n\nThe summary follows.")
    assert {(r["judgement"], r["scope"]) for r in rows(text, "2014-05-02") if r["event"] == "judgement"} == {
        ("Good", "overall"), ("Good", "help and protection"), ("Good", "children in care"), ("Outstanding", "adoption"),
        ("Good", "leadership")}


def test_commissioner_reports_and_their_verdict():
    text = ("Pressure grew after the Department for Education last night released the commissioner’s report which "
            "confirmed that Leeds children’s services is failing and inadequate. "
            "The report was delivered to the DfE in early May.")
    assert keys(text, "2018-06-20") == {
        ("Leeds", "commissioner", "commissioner_report", "Inadequate", "overall", "2018-06-19", "2018-06-19", "day"),
        ("Leeds", "commissioner", "commissioner_report", "", "", "2018-05-01", "2018-05-10", "range")}


def test_a_grade_given_before_the_commissioner_came_is_ofsteds_and_does_not_date_the_report():
    text = ("Wakefield Council said the latest report by a commissioner appointed after its children's services were "
            "rated \"inadequate\" in 2018 showed progress.")
    assert {k for k in keys(text, "2020-01-13") if k[2] != "directive"} == {
        ("Wakefield", "Ofsted", "judgement", "Inadequate", "overall", "2018-01-01", "2018-12-31", "year"),
        ("Wakefield", "commissioner", "commissioner_report", "", "", "", "2020-01-13", "before")}


def test_directives_name_the_council_ordered_and_their_kind():
    text = ("In a directive issued yesterday, the DfE ordered Sheffield to allow managers from Leeds City Council "
            "to oversee the work. The directive is similar to one issued previously to neighbouring Sefton.")
    assert keys(text, "2018-06-20") == {
        ("Sheffield", "DfE", "directive", "", "statutory direction", "2018-06-19", "2018-06-19", "day"),
        ("Sefton", "DfE", "directive", "", "statutory direction", "", "2018-06-20", "before")}
    assert keys("The Department for Education announced that it was to impose a commissioner on Kent.") == {
        ("Kent", "DfE", "directive", "", "commissioner", "", "2019-03-15", "before")}
    # a commissioner named by a past participle was appointed before, whatever the tense around it
    assert keys("Kent’s director is to leave next month, after the departure of the commissioner appointed by "
                "government to turn the council round.") == {("Kent", "DfE", "directive", "", "commissioner", "", "2019-03-15",
                                                                   "before")}


def test_visits_reports_and_expected_inspection():
    text = ("The latest visit by Ofsted inspectors took place last month. In their February visit, inspectors saw "
            "progress. Ofsted this week released its latest monitoring report. Today’s report by Ofsted is damning. "
            "Kent’s next full Ofsted inspection is expected in the first half of next year. "
            "During monitoring visits, Ofsted noted the scale of the challenge.")
    assert keys(text, "2019-03-15", main="Kent") == {
        ("Kent", "Ofsted", "monitoring_visit", "", "", "2019-02-01", "2019-02-28", "month"),
        ("Kent", "Ofsted", "monitoring_report", "", "", "2019-03-11", "2019-03-17", "range"),
        ("Kent", "Ofsted", "judgement", "", "overall", "2019-03-15", "2019-03-15", "day"),
        ("Kent", "Ofsted", "inspection_expected", "", "", "2020-01-01", "2020-06-30", "half"),
        ("Kent", "Ofsted", "monitoring_visit", "", "", "", "2019-03-15", "before")}


@pytest.mark.parametrize("text,start,end", [
    ('The report on Kent follows a "focused visit" in February.', "2019-02-01", "2019-02-28"),
    ("Ofsted’s final monitoring visit to Kent towards the end of last year found progress.", "2018-09-01", "2018-12-31"),
    ("Ofsted’s final monitoring visit towards the end of last year found progress in Kent.", "2018-09-01", "2018-12-31"),
    ("The report on Kent follows an inspection that took place from March 3-25 this year.", "2019-03-03", "2019-03-25")])
def test_a_visit_is_dated_across_a_closing_quote_towards_and_that_took_place(text, start, end):
    event = "inspection" if "inspection" in text else "monitoring_visit"
    assert {(r["event"], r["date_start"], r["date_end"]) for r in rows(text)} == {(event, start, end)}


def test_a_grade_for_each_of_the_parts_listed_with_semicolons():
    text = ("The assessment of Kent led to good ratings in each of the four main inspection areas – the impact of leaders "
            "on social work practice; the experience and progress of children who need help and protection; the experience "
            "and progress of children in care and care leavers; and overall effectiveness.")
    assert {r["scope"] for r in rows(text)} == {"leadership", "help and protection", "children in care and care leavers",
                                                "overall"}


def test_a_grade_said_of_every_council_of_a_region_is_no_councils_judgement():
    assert rows("EVERY council-run children’s service in Merseyside, including Liverpool, is either 'inadequate' or "
                "'requires improvement', according to inspectors.") == []


def test_the_scale_of_grades_described_is_no_verdict():
    text = ("The overall judgement for Kent was 'requires improvement', the second lowest of four ratings available, "
            "which range from 'inadequate' to 'outstanding'.")
    assert [r["judgement"] for r in rows(text)] == ["Requires improvement"]


def test_a_verdict_after_the_inspection_the_sentence_opens_with_came_between_it_and_the_publication():
    assert {(r["event"], r["date_start"], r["date_end"]) for r in rows(
        "Now, following a full inspection in October, Kent has been rated requires improvement.", "2018-12-02")} == {
        ("judgement", "2018-10-01", "2018-12-02"), ("inspection", "2018-10-01", "2018-10-31")}


def test_a_report_date_the_sentence_states_dates_the_verdict():
    assert {(r["event"], r["date_start"], r["date_end"]) for r in rows(
        "Kent was rated 'good' in its most recent inspection in July (with the report being published in September).",
        "2018-12-01")} == {("judgement", "2018-09-01", "2018-09-30"), ("inspection", "2018-07-01", "2018-07-31")}


def test_counts_of_councils_given_grades_and_grades_none_was_given_are_no_verdicts():
    assert rows("Of the 41 councils whose judgments have been published by Ofsted, 10 have been rated “good”, 24 "
                "“requires improvement” and seven “inadequate”. None have been rated “outstanding”, the highest grade.",
                main="Kent") == []
    assert {(r["council"], r["judgement"]) for r in rows(
        "Leeds City Council and Calderdale Council were described by Ofsted as inadequate.")} == {
        ("Leeds", "Inadequate"), ("Calderdale", "Inadequate")}


@pytest.mark.parametrize("text, expected", [
    ("Ofsted rated leadership, help and protection and children in care in Kent as good.",
     {("Good", "leadership"), ("Good", "help and protection"), ("Good", "children in care")}),
    ("Inspectors judged leadership as good, but help and protection and children in care as requiring improvement in Kent.",
     {("Good", "leadership"), ("Requires improvement", "help and protection"), ("Requires improvement", "children in care")}),
    ("Kent was judged to be requires improvement to be good for the experiences and progress of children in care and "
     "care leavers, with overall effectiveness as inadequate.",
     {("Requires improvement", "children in care and care leavers"), ("Inadequate", "overall")})])
def test_parts_rated_as_a_grade_are_each_graded(text, expected):
    assert {(r["judgement"], r["scope"]) for r in rows(text)} == expected


def test_inspections_of_several_named_councils():
    text = ("Similar Ofsted inspections in two other boroughs – Sefton and Wigan – carried out in the past 12 months "
            "produced dire reports.")
    assert keys(text, "2020-01-31", main="Leeds") == {
        ("Sefton", "Ofsted", "inspection", "", "", "2019-01-31", "2020-01-31", "range"),
        ("Wigan", "Ofsted", "inspection", "", "", "2019-01-31", "2020-01-31", "range")}


@pytest.mark.parametrize("text,councils", [
    ("Sefton and Wigan were inspected in May. Both councils were rated good.", {"Sefton", "Wigan"}),
    ("Sefton, Wigan and Bolton were inspected. The three authorities were all rated good.", {"Sefton", "Wigan", "Bolton"}),
    ("Bolton was praised. Sefton and Wigan were inspected. Both were rated good.", {"Sefton", "Wigan"}),
    ("Wigan was inspected in May. Both help and protection and care leavers were rated good.", {"Wigan"})])
def test_a_subject_counting_the_councils_named_before_grades_each(text, councils):
    assert {r["council"] for r in rows(text, main="Leeds") if r["judgement"] == "Good"} == councils


@pytest.mark.parametrize("text,councils", [
    ("Sefton, Wigan and Bolton county councils were all rated good.", {"Sefton", "Wigan", "Bolton"}),
    ("Sefton, Wigan and Bolton CCs have been rated good.", {"Sefton", "Wigan", "Bolton"}),
    ("Along with Sefton, Wigan was judged good.", {"Sefton", "Wigan"}),
    ("Wigan, like Sefton, was judged good.", {"Wigan"}),
    ("Wigan, along with Sefton and Bolton, was rated good.", {"Sefton", "Wigan", "Bolton"}),
    ("Wigan is one of 12 councils rated good, alongside Sefton.", {"Sefton", "Wigan"}),
    ("Wigan was rated good in May, as was Sefton.", {"Sefton", "Wigan"}),
    ("Unlike Sefton, Wigan was judged good.", {"Wigan"}),
    ("Wigan, unlike Sefton, was judged good.", {"Wigan"}),
    ("Wigan was rated good, alongside Sefton, which was rated inadequate.", {"Wigan"}),
    ("Wigan was rated good, alongside improvements in fostering.", {"Wigan"}),
    ("Wigan is the third council in the region to be rated good, after Sefton and Bolton.", {"Sefton", "Wigan", "Bolton"}),
    ("Wigan is the second council to be rated good after an inspection in May.", {"Wigan"}),
    ("Wigan was rated good two years after Sefton.", {"Wigan"}),
    ("Wigan was rated inadequate in 2019.\nInspectors visited Sefton in May. The borough was rated good.", {"Sefton"}),
    ("A Sefton council spokesman criticised the report.\n\nHe said the authority had been rated good for adoption.",
     {"Sefton"})])
def test_each_grade_goes_to_the_councils_its_clause_names_as_sharing_it(text, councils):
    assert {r["council"] for r in rows(text, main="Leeds") if r["judgement"] == "Good"} == councils


@pytest.mark.parametrize("text,council", [
    ("Wigan was rated good in 2019. Services were rated inadequate, Ofsted said of Sefton.", "Sefton"),
    ("The good rating for Wigan follows an inadequate rating for Sefton in May.", "Sefton"),
    ("Wigan, which borders inadequate-rated Sefton, was rated good.", "Sefton"),
    ("Wigan has been paired with Sefton, rated inadequate, to improve its services.", "Sefton"),
    ("Wigan has been paired with Sefton, and was rated inadequate.", "Wigan")])
def test_a_grade_goes_to_the_council_named_as_its_recipient_after_it(text, council):
    assert {r["council"] for r in rows(text, main="Leeds") if r["judgement"] == "Inadequate"} == {council}


def test_a_council_ranked_after_others_in_losing_its_services_names_them_too():
    assert {(r["council"], r["event"]) for r in rows(
        "Wigan is only the second authority to have been stripped of its children’s services, after Sefton Council, where "
        "a trust now runs them.", main="Leeds")} == {("Wigan", "directive"), ("Sefton", "directive")}


def test_a_grade_of_other_councils_not_named_is_no_council_s():
    assert rows("She has worked with two other councils, one of which has moved out of ‘inadequate’.", main="Kent") == []
    assert {r["council"] for r in rows("Unlike other councils in the region, Kent was rated good.")} == {"Kent"}
    assert {r["council"] for r in rows("Another council, Leeds, was rated inadequate.", main="Kent")} == {"Leeds"}


def test_a_sentence_naming_no_council_goes_on_about_the_council_the_sentence_before_meant():
    text = ("Leeds is outstanding.\n\nMinisters sent directions to Wigan in 2012. The council was rated good in 2015.\n\n"
            "An inspection in May found strong leadership.")
    assert {(r["council"], r["event"]) for r in rows(text, "2019-06-30", main="Leeds")
            if r["date_start"] == "2019-05-01"} == {("Wigan", "inspection")}
    text = "Leeds is outstanding. Wigan was rated good in 2015. An inspection in May found strong leadership."
    assert {r["council"] for r in rows(text, "2019-06-30", main="Leeds") if r["date_start"] == "2019-05-01"} == {"Leeds"}


def test_general_statements_and_unrelated_visits_give_nothing():
    assert rows("When a council’s department is placed in special measures, it would usually get six monitoring "
                "visits before the next full inspection, expected within two years.") == []
    assert rows("The minister’s visit in May 2018 to Leeds was brief.") == []


def test_inspection_reported_in_past_perfect_happened_before_the_dated_clause():
    # A date fronting the sentence dates the reporting clause; the visit had happened by then.
    text = "Last week, the Wigan director told councillors that the latest Ofsted monitoring visit had found “real momentum”."
    assert keys(text, "2019-03-15", main="Wigan") == {
        ("Wigan", "Ofsted", "monitoring_visit", "", "", "", "2019-03-10", "before")}
    # A date between the reporting verb and "that"; "had been" counts too.
    text = "Lambeth’s leader told a scrutiny committee yesterday that another inspection by Ofsted had been “positive”."
    assert keys(text, "2019-03-15") == {("Lambeth", "Ofsted", "inspection", "", "", "", "2019-03-14", "before")}
    text = "In May 2018, Lambeth officers said that a further Ofsted inspection had been completed."
    assert keys(text, "2018-07") == {("Lambeth", "Ofsted", "inspection", "", "", "", "2018-05-31", "before")}
    row = rows(text, "2018-07")[0]
    assert row["quote"] == text and row["date_start"] == ""


@pytest.mark.parametrize("text", [
    # no date dates the reporting clause
    "The Wigan director told councillors that an Ofsted inspection had found progress.",
    # the date belongs to an aside, not to the reporting clause
    "Lambeth, which was in the news in 2016 for its finances, told parents that an Ofsted visit had gone well.",
    # it did not take place
    "Earlier this month, Wigan told parents that the Ofsted inspection had been postponed.",
    "Last week, Lambeth councillors heard that the Ofsted inspection had not yet taken place.",
    # not an Ofsted inspection or visit
    "Last week the Wigan head teacher told parents that a fire safety inspection had found no faults.",
    "On Monday, Lambeth’s leader said that the minister’s visit had gone well.",
    # not past perfect: nothing says when, relative to the clause's date
    "Last week, the Wigan director told councillors that an Ofsted inspection would find progress.",
])
def test_past_perfect_inspection_needs_a_dated_reporting_clause_and_an_ofsted_event(text):
    assert rows(text, "2019-03-15") == []


def test_past_perfect_inspection_with_its_own_date_gets_no_bound():
    text = "Last week, the Wigan director told councillors that an Ofsted inspection had found failings in May 2016."
    assert not [r for r in rows(text, "2019-03-15") if r["date_precision"] == "before"]


def test_grade_words_anywhere_in_a_run_on_line_stay_linear_and_exact():
    text = "Leeds was rated ‘good’ by Ofsted in 2016 " * 2000
    found = rows(text, main="Leeds")
    assert [_key(r) for r in found] == [("Leeds", "Ofsted", "judgement", "Good", "overall", "2016-01-01", "2016-12-31", "year")]
    assert all(text[r["char_start"]:r["char_end"]] == r["quote"] and len(r["quote"]) < 700 for r in found)


# ---------------------------------------------------------------- the seed corpus

# Every judgement, inspection, visit, report and directive a careful reader finds in the five
# articles: (article, council, authority, event, judgement, scope, start, end, precision, words of its quote).
SEED = {
    ("000", "Croydon", "Ofsted", "judgement", "", "overall", "2017-09-04", "2017-09-04", "day", "today’s damning report by Ofsted"),
    ("000", "Croydon", "Ofsted", "inspection", "", "", "2017-07-01", "2017-07-31", "month", "Following an inspection in July"),
    ("000", "Lambeth", "Ofsted", "inspection", "", "", "2016-03-04", "2017-09-04", "range", "carried out in the past 18 months"),
    ("000", "Wandsworth", "Ofsted", "inspection", "", "", "2016-03-04", "2017-09-04", "range", "Lambeth, Wandsworth and Bromley"),
    ("000", "Bromley", "Ofsted", "inspection", "", "", "2016-03-04", "2017-09-04", "range", "Similar Ofsted inspections"),
    ("000", "Croydon", "DfE", "directive", "", "commissioner", "2017-09-04", "2017-09-04", "day",
     "the DfE ordered that an independent commissioner"),
    ("001", "Croydon", "Ofsted", "judgement", "Inadequate", "some areas", "", "2017-09-30", "before",
     "rated some areas of the service inadequate"),
    ("001", "Croydon", "Ofsted", "inspection", "", "", "", "2017-09-30", "before", "after an Ofsted inspection rated"),
    ("001", "Croydon", "DfE", "directive", "", "commissioner", "", "2017-09-30", "before", "announced that it was to impose a commissioner"),
    ("002", "Croydon", "Ofsted", "monitoring_visit", "", "", "2019-02-01", "2019-02-28", "month",
     "The latest visit by Ofsted inspectors took place last month"),
    ("002", "Croydon", "Ofsted", "inspection", "", "", "2017-07-01", "2017-07-31", "month", "After an inspection in July 2017"),
    ("002", "Croydon", "DfE", "directive", "", "special measures", "2017-07-01", "2019-03-31", "range", "was placed in special measures"),
    ("002", "Croydon", "Ofsted", "monitoring_report", "", "", "2019-02-25", "2019-03-31", "range",
     "Ofsted this week released its latest update report"),
    ("002", "Croydon", "Ofsted", "inspection_expected", "", "", "2019-07-01", "2019-12-31", "half",
     "next full Ofsted inspection, therefore, might usually be expected"),
    ("002", "Croydon", "Ofsted", "judgement", "Inadequate", "overall", "2017-09-01", "2017-09-30", "month",
     "“inadequate” rating in September 2017"),
    ("002", "Bromley", "Ofsted", "judgement", "Inadequate", "overall", "2016-01-01", "2016-12-31", "year",
     "rated as inadequate a year before Croydon, in 2016"),
    ("002", "Bromley", "Ofsted", "judgement", "Good", "overall", "2018-01-01", "2018-12-31", "year",
     "was rated as “Good” after the return inspection last year"),
    ("002", "Bromley", "Ofsted", "inspection", "", "", "2018-01-01", "2018-12-31", "year", "the return inspection last year"),
    ("002", "Bromley", "Ofsted", "judgement", "Outstanding", "leadership", "", "2019-03-31", "before",
     "with Outstanding leadership"),
    ("003", "Croydon", "commissioner", "commissioner_report", "Inadequate", "overall", "2017-12-31", "2018-01-30", "range",
     "released their commissioner’s report which confirmed that Croydon children’s services is failing and inadequate"),
    ("003", "Croydon", "Ofsted", "judgement", "Inadequate", "overall", "", "2018-01-31", "before",
     "found the council’s children’s services provision to be inadequate"),
    ("003", "Croydon", "Ofsted", "inspection", "", "", "2017-06-01", "2017-08-31", "range",
     "an inspection by Ofsted during the summer"),
    ("003", "Croydon", "DfE", "directive", "", "statutory direction", "2017-12-31", "2018-01-30", "range",
     "in a directive issued yesterday, the DfE has ordered Croydon"),
    ("003", "Croydon", "commissioner", "commissioner_report", "", "", "2017-12-01", "2017-12-10", "range",
     "Brazil’s report was delivered to the DfE in early December"),
    ("003", "Bromley", "DfE", "directive", "", "statutory direction", "", "2018-01-31", "before", "one issued previously to neighbouring Bromley"),
    ("003", "Croydon", "DfE", "directive", "", "commissioner", "2017-09-01", "2017-09-30", "month",
     "was appointed as a commissioner to review Croydon by the DfE last September"),
    ("003", "Croydon", "Ofsted", "inspection", "", "", "", "2018-01-31", "before",
     "another Ofsted inspection had “recognised great leaps of progress”"),
    ("003", "Croydon", "Ofsted", "judgement", "Satisfactory", "overall", "2012-01-01", "2012-12-31", "year",
     "previous “satisfactory” Ofsted visit in 2012"),
    ("003", "Croydon", "Ofsted", "inspection", "", "", "2012-01-01", "2012-12-31", "year", "Ofsted visit in 2012"),
    ("003", "Camden", "Ofsted", "judgement", "Good", "overall", "", "2018-01-31", "before",
     "Camden Council, which has a ‘good’ Ofsted rating"),
    ("004", "Croydon", "Ofsted", "judgement", "Good", "overall", "2020-03-16", "2020-03-16", "day",
     "have been rated ‘good’ by Ofsted"),
    ("004", "Croydon", "Ofsted", "inspection", "", "", "2020-02-01", "2020-02-29", "month",
     "following a full inspection in February this year"),
    ("004", "Croydon", "Ofsted", "judgement", "Inadequate", "overall", "2017-09-01", "2017-09-30", "month",
     "its ‘inadequate’ judgement in September 2017"),
    ("004", "Croydon", "Ofsted", "judgement", "Good", "help and protection", "", "2020-03-16", "before",
     "services for children in need of help and protection are now good"),
    ("004", "Croydon", "Ofsted", "monitoring_visit", "", "", "", "2020-03-16", "before", "During monitoring visits, Ofsted noted"),
}


@pytest.fixture(scope="module")
def seed_rows() -> list[dict]:
    return [row for a in load_corpus(RAW) for table, row in extract_article(a) if table == "ratings"]


def test_seed_table_holds_exactly_the_facts_a_reader_finds(seed_rows):
    assert {(r["article_id"], *_key(r)) for r in seed_rows} == {s[:-1] for s in SEED}


def test_seed_rows_quote_the_statement_once_each(seed_rows):
    by_key = {(r["article_id"], *_key(r)): r for r in seed_rows}
    assert len(by_key) == len(seed_rows)
    for *key, words in SEED:
        assert words in by_key[tuple(key)]["quote"], key


def test_seed_quotes_are_exact_spans():
    for a in load_corpus(RAW):
        for table, row in extract_article(a):
            if table == "ratings":
                assert a.text[row["char_start"]:row["char_end"]] == row["quote"]
                assert a.body_start <= row["char_start"] < row["char_end"] <= a.body_end


def test_publication_interval_is_what_present_perfect_verdicts_get():
    a = article("Wigan has been rated Good.", "2019-03")
    assert a.published == Interval(date(2019, 3, 1), date(2019, 3, 31), "month")
    assert keys("Wigan has been rated Good.", "2019-03") == {
        ("Wigan", "Ofsted", "judgement", "Good", "overall", "2019-03-01", "2019-03-31", "month")}


def test_seed_croydon_has_exactly_two_dated_overall_judgements(seed_rows):
    dated = {(r["judgement"], r["date_start"][:7]) for r in seed_rows
             if r["council"] == "Croydon" and r["event"] == "judgement" and r["scope"] == "overall"
             and r["date_start"] and "2017" <= r["date_start"] <= "2020-03-31"}
    assert {grade for grade, _ in dated} - {""} == {"Inadequate", "Good"}
    assert dated <= {("Inadequate", "2017-09"), ("Good", "2020-03"), ("", "2017-09")}
    others = [r for r in seed_rows if r["council"] == "Croydon" and r["event"] == "judgement" and r["scope"] == "overall"
              and r["judgement"] and not r["date_start"] and r["date_end"]]
    assert all(r["date_precision"] == "before" for r in others)


# ------------------------------------------------------------- issue 10: news wordings


def test_one_grade_over_several_listed_parts_is_a_row_for_each():
    text = ("The new Ofsted report sees Kent given a 'good' grade in all four criteria - covering leadership, the "
            "experiences of children who need protection and of those in or leaving care, and overall effectiveness.")
    scopes = {r["scope"] for r in rows(text, "2019-07", main="Kent") if r["judgement"] == "Good"}
    assert scopes == {"leadership", "help and protection", "children in care and care leavers", "overall"}


@pytest.mark.parametrize("text", [
    "Kent's report gives three good assessments in four categories: the impact of leaders on social work practice, the "
    "experiences of children who need help and protection and overall effectiveness.",
    "In Kent three of the four areas were given good - the impact of leaders on social work practice, the experiences "
    "of children who need help and protection and overall effectiveness.",
])
def test_a_grade_given_to_a_list_after_a_colon_or_dash_is_a_row_for_each_part(text):
    assert {r["scope"] for r in rows(text, "2019-07", main="Kent") if r["judgement"] == "Good"} == {
        "leadership", "help and protection", "overall"}


def test_a_numbered_list_of_graded_areas_is_a_row_for_each_item():
    text = ("The separate judgements for Kent are:\n  1. Children who need help and protection – requires improvement\n"
            "    2.1. adoption performance – good\n    2.2 experience and progress of care leavers – inadequate\n"
            "  3. Leadership, management and governance – require improvement.")
    assert {(r["judgement"], r["scope"]) for r in rows(text, "2015-05", main="Kent")} == {
        ("Requires improvement", "help and protection"), ("Good", "adoption"), ("Inadequate", "care leavers"),
        ("Requires improvement", "leadership")}


def test_parts_listed_between_rated_and_its_grade_are_a_row_each_with_the_old_frameworks_safeguarding():
    text = "Inspectors rated Kent’s safeguarding and looked-after children services as “adequate” in 2011."
    assert {(r["judgement"], r["scope"]) for r in rows(text, "2012-05")} == {
        ("Adequate", "safeguarding"), ("Adequate", "children in care")}
    assert [r["scope"] for r in rows("Kent’s Local Safeguarding Children Board was rated good.", "2012-05")] == ["lscb"]


def test_a_dash_after_a_grade_does_not_list_parts_the_clause_only_praises():
    assert [r["scope"] for r in rows("Kent was rated good - a big step up for leaders and children in care.", "2019-07")
            if r["judgement"] == "Good"] == ["overall"]


def test_coordinated_grades_share_the_verdicts_date():
    text = ("Ofsted inspectors rated Leeds City Council ‘outstanding’ for the impact of leaders in March 2022; ‘good’ "
            "for the experiences and progress of children who need help and protection.")
    found = {(r["judgement"], r["date_start"], r["date_precision"]) for r in rows(text, "2022-05-09")}
    assert ("Good", "2022-03-01", "month") in found


@pytest.mark.parametrize("text", [
    "Over 73% of local authority children’s services inspected in Kent's region have been rated either \"Inadequate\" "
    "or \"Requires Improvement\".",
    "Only 8% of children’s homes in Kent were rated outstanding – down from 10% in 2017/18.",
])
def test_shares_of_councils_or_of_homes_are_not_the_councils_grade(text):
    assert [r for r in rows(text, "2016-06", main="Kent") if r["judgement"]] == []


def test_old_grade_read_whole_in_a_change():
    text = "Kent’s children’s services has been downgraded from “requires improvement to be good” this year."
    assert {(r["judgement"], r["date_precision"]) for r in rows(text, "2023-06", main="Kent")} == {
        ("Requires improvement", "before")}


@pytest.mark.parametrize("text, event", [
    ("Inspectors for the education watchdog spent two days in Kent’s children’s department.", "monitoring_visit"),
    ("Kent’s services were downgraded following a visit by the inspectorate in March.", "inspection"),
    ("Kent had begun investing before Ofsted visited in February and March.", "inspection"),
])
def test_inspections_in_other_words(text, event):
    assert event in {r["event"] for r in rows(text, "2023-06", main="Kent")}


def test_visits_in_two_years_are_two_rows():
    text = "Ofsted noted steady progress in Kent in monitoring visits in 2021 and 2022."
    assert {(r["event"], r["date_start"]) for r in rows(text, "2022-12")} == {
        ("monitoring_visit", "2021-01-01"), ("monitoring_visit", "2022-01-01")}


def test_councils_that_lost_control_get_a_directive_each():
    text = "Slough, Doncaster and Sandwell have also lost control of their departments after critical reports."
    assert {(r["council"], r["event"], r["date_precision"]) for r in rows(text, "2017-11-09", main="Norfolk")} == {
        ("Slough", "directive", "before"), ("Doncaster", "directive", "before"), ("Sandwell", "directive", "before")}


def test_a_loss_of_control_in_a_past_clause_is_past_though_the_sentence_looks_ahead():
    text = "Jo Smith will oversee a new trust after Slough Borough Council was stripped of its control in February."
    assert {(r["council"], r["date_start"], r["date_end"]) for r in rows(text, "2014-10-24") if r["event"] == "directive"} == {
        ("Slough", "2014-02-01", "2014-02-28")}  # the month the control was stripped
    assert "Slough" not in {r["council"] for r in rows("Slough’s 8.28 days are lost per employee.", "2014-10-24")}


def test_the_dfes_own_review_is_a_report_by_the_dfe():
    text = "The latest DfE review of the council’s improvement journey in October 2023 found Kent was improving."
    assert {(r["event"], r["authority"], r["date_start"]) for r in rows(text, "2024-02-01", main="Kent")} == {
        ("commissioner_report", "DfE", "2023-10-01")}


def test_a_neighbours_commissioner_is_the_neighbours():
    text = "Two months ago, the government appointed a commissioner to improve Croydon’s children’s services."
    assert {(r["council"], r["date_start"]) for r in rows(text, "2017-11-09", main="Norfolk")} == {
        ("Croydon", "2017-09-01")}


def test_a_hypothetical_commissioner_is_no_directive():
    text = "Services judged inadequate in Kent will have a commissioner appointed if they fail to improve."
    assert [r for r in rows(text, "2016-01-08") if r["event"] == "directive"] == []


def test_grade_given_again_at_a_second_date():
    text = "Ofsted judged Kent’s children’s services department as inadequate in 2013 and again in 2015."
    assert {(r["judgement"], r["date_start"]) for r in rows(text, "2017-11-09")} == {
        ("Inadequate", "2013-01-01"), ("Inadequate", "2015-01-01")}


def test_worst_rating_is_inadequate():
    text = "Kent is one of 29 councils in England to be given the worst Ofsted rating for its children’s services."
    assert {r["judgement"] for r in rows(text, "2017-06-13")} == {"Inadequate"}


def test_grade_between_a_grade_and_a_date_takes_the_date():
    assert keys("Barnet has been rated as ‘good’ by Ofsted, up from ‘inadequate’ in 2016.", "2019-06-12") == {
        ("Barnet", "Ofsted", "judgement", "Good", "overall", "2019-06-12", "2019-06-12", "day"),
        ("Barnet", "Ofsted", "judgement", "Inadequate", "overall", "2016-01-01", "2016-12-31", "year")}


@pytest.mark.parametrize("text,start", [
    ("In 2017 Ofsted judged Barnet’s services inadequate.", "2017-01-01"),
    ("Last month Ofsted rated Barnet’s children’s services as good.", "2019-05-01"),
    ("In its last inspection, in 2015, the council was judged as ‘good’ overall.", "2015-01-01"),
])
def test_a_date_before_the_rating_verb_dates_the_grade(text, start):
    assert {r["date_start"] for r in rows(text, "2019-06-12", main="Barnet") if r["event"] == "judgement"} == {start}


def test_standing_after_an_appositive_and_a_list_of_councils():
    assert ("Barnet", "Good") in {(r["council"], r["judgement"]) for r in rows("Barnet, rated inadequate in 2016, is now good.")}
    assert {r["council"] for r in rows("Barnet, Kent and Leeds were rated inadequate by Ofsted last year.")} == {
        "Barnet", "Kent", "Leeds"}
    assert {r["council"] for r in rows("Barnet, Kent and Leeds councils all received a rating of ‘good’.")} == {
        "Barnet", "Kent", "Leeds"}
    assert {r["council"] for r in rows("Both Barnet Council, in north London, and Kent County Council, in the south "
                                       "east, were given a “good” grading.")} == {"Barnet", "Kent"}
    assert {r["council"] for r in rows("Ofsted published ‘good’ ratings today for Barnet, Kent and Leeds.")} == {
        "Barnet", "Kent", "Leeds"}
    assert {r["council"] for r in rows("Barnet was rated good, like Kent and Leeds.")} == {"Barnet"}


def test_an_inspection_is_each_councils_of_a_list_one_grade_is_given_to_but_not_of_a_council_graded_apart():
    def inspected(text: str) -> set[str]:
        return {r["council"] for table, r in extract_article(article(text, "2015-02-20"))
                if table == "ratings" and r["event"] == "inspection"}
    assert inspected("Kent and Leeds were given a “requires improvement” grading after being inspected in "
                     "November.") == {"Kent", "Leeds"}
    assert inspected("Kent was rated good after an inspection in May, and Leeds was rated inadequate.") == {"Kent"}


def test_grades_given_respectively_go_one_to_each_council_or_none_when_unsure():
    assert {(r["council"], r["judgement"]) for r in rows("Kent and Leeds, which were previously rated “good” and "
                                                         "“adequate” respectively, were inspected again.")} == {
        ("Kent", "Good"), ("Leeds", "Adequate")}
    assert {(r["council"], r["judgement"], r["date_start"]) for r in rows(
        "Kent and Leeds were rated good and inadequate respectively in 2016.")} == {
        ("Kent", "Good", "2016-01-01"), ("Leeds", "Inadequate", "2016-01-01")}
    assert [r for r in rows("Kent, Leeds and York were rated good and inadequate respectively.") if r["judgement"]] == []


def test_they_after_councils_graded_together_are_those_councils_but_not_one_council_nor_a_speaker():
    graded = "Barnet, Kent and Leeds all received a rating of ‘requires improvement’. "
    assert {(r["council"], r["scope"]) for r in rows(graded + "They were rated good for adoption.")
            if r["judgement"] == "Good"} == {("Barnet", "adoption"), ("Kent", "adoption"), ("Leeds", "adoption")}
    assert {r["council"] for r in rows("Kent was rated inadequate. They were rated good for adoption.")} == {"Kent"}
    assert [r["judgement"] for r in rows(graded + "They said it was good.")] == ["Requires improvement"] * 3


def test_present_verdict_takes_the_date_of_the_report_the_article_dates():
    text = ("Barnet’s children’s services have been rated inadequate by Ofsted. "
            "Ofsted’s report, which was published last month, found serious failings.")
    assert keys(text, "2019-06-12") == {
        ("Barnet", "Ofsted", "judgement", "Inadequate", "overall", "2019-05-01", "2019-05-31", "month")}


@pytest.mark.parametrize("text", [
    "Barnet would be rated inadequate if inspected today.",
    "Barnet hopes to be rated outstanding at its next inspection.",
    "Turnover rates are good in Leeds.",
    "The minister’s visit to Barnet in May was brief, Ofsted said.",
    "Barnet could be stripped of control of its children’s services.",
])
def test_conditionals_hopes_and_other_visits_give_no_rows(text):
    assert rows(text) == []


def test_a_headline_restating_a_reported_grade_gives_no_second_row():
    text = ("Kent's children's services rated 'good' in dramatic turnaround\n\n"
            "Kent's children's services were rated as 'good' by Ofsted in March 2019.\n\n"
            "Kent's services were rated inadequate in 2014.")
    found = [(r["judgement"], r["date_start"], r["date_end"]) for t, r in extract_article(article(text)) if t == "ratings"]
    assert found == [("Good", "2019-03-01", "2019-03-31"), ("Inadequate", "2014-01-01", "2014-12-31")]


def test_what_a_recent_inspection_found_is_dated_to_its_report():
    text = "An Ofsted inspection in January found that Kent's children's services were inadequate."
    assert [(r["date_start"], r["date_end"]) for r in rows(text, "2019-05-20")] == [
        ("2019-01-01", "2019-05-20"), ("2019-01-01", "2019-01-31")]
    assert [(r["date_start"], r["date_end"]) for r in rows(text.replace("in January", "in January 2016"), "2019-05-20")] == [
        ("2016-01-01", "2016-01-31"), ("2016-01-01", "2016-01-31")]


def test_a_grade_given_to_parts_joined_by_and_is_a_row_for_each_not_for_parts_of_another_clause():
    text = ("Experiences and progress of care leavers and children looked after were both graded as requiring "
            "improvement in Kent. Leaders at Kent have made progress since services for children looked after and "
            "help and protection were judged adequate in 2013, when services were found to be good.")
    assert {(r["judgement"], r["scope"]) for r in rows(text)} == {
        ("Requires improvement", "care leavers"), ("Requires improvement", "children in care"),
        ("Adequate", "children in care"), ("Adequate", "help and protection"), ("Good", "overall")}


def test_that_trust_or_the_council_is_the_one_the_same_paragraph_named():
    text = ("Leeds Council has a new director. He works at Doncaster Children's Services Trust. That trust has overseen "
            "the move from an Inadequate Ofsted rating in 2014 to a Good rating in 2017.")
    assert {(r["council"], r["judgement"]) for r in rows(text) if r["judgement"]} == {
        ("Doncaster", "Inadequate"), ("Doncaster", "Good")}
    text = ("Leeds was rated outstanding.\n\nThe government issued directions to Calderdale in 2012. The council was "
            "subsequently rated ‘requires improvement’ in 2015.\n\nThe council is proud of its staff, rated good in 2016.")
    assert {(r["council"], r["judgement"]) for r in rows(text) if r["judgement"]} == {
        ("Leeds", "Outstanding"), ("Calderdale", "Requires improvement"), ("Leeds", "Good")}


def test_a_judgement_restated_with_a_vaguer_date_or_as_a_standing_is_one_row_but_a_standing_alone_stays():
    text = ("Kent, where children's services were rated inadequate last year, is improving. Children's services in Kent "
            "were rated inadequate by Ofsted last August. Kent is still inadequate.")
    found = [row for table, row in extract_article(article(text, "2017-03-24")) if table == "ratings"]
    assert sorted((r["judgement"], r["date_start"], r["date_end"]) for r in found) == [
        ("Inadequate", "2016-08-01", "2016-08-31")]
    found = [row for table, row in extract_article(article("Kent is still inadequate, Ofsted said.", "2017-03-24"))
             if table == "ratings"]
    assert [(r["judgement"], r["date_start"], r["date_end"], r["date_precision"]) for r in found] == [
        ("Inadequate", "", "2017-03-24", "before")]
    text = ("Kent was rated inadequate by Ofsted in May 2016. Following previous inspections, where Kent's services "
            "were judged inadequate, leaders made changes.")  # an earlier judgement, not a restatement
    found = [row for table, row in extract_article(article(text, "2017-03-24")) if table == "ratings"]
    assert sorted((r["judgement"], r["date_start"], r["date_end"]) for r in found if r["judgement"]) == [
        ("Inadequate", "", "2017-03-24"), ("Inadequate", "2016-05-01", "2016-05-31")]


def test_a_grade_held_since_a_date_was_given_then():
    assert keys("Kent's children's services have been rated as inadequate since 2009 and are improving.") == {
        ("Kent", "Ofsted", "judgement", "Inadequate", "overall", "2009-01-01", "2009-12-31", "year")}
    assert keys("Kent has been rated 'good' since March 2016.") == {
        ("Kent", "Ofsted", "judgement", "Good", "overall", "2016-03-01", "2016-03-31", "month")}


def test_a_child_safeguarding_board_branded_inadequate_is_the_boards_grade():
    assert {(r["judgement"], r["scope"]) for r in rows(
        "Ofsted found Kent’s services \"inadequate\". It also branded as \"inadequate\" Kent's child safeguarding "
        "board - set up to protect youngsters.") if r["judgement"]} == {("Inadequate", "overall"), ("Inadequate", "lscb")}


def test_a_list_of_dates_fronting_a_grade_dates_one_row_each_and_a_next_clauses_date_is_not_the_grades():
    assert {(r["judgement"], r["date_start"]) for r in rows(
        "In 2009 and 2011, the services at Kent were labelled as \"inadequate\" by Ofsted.")} == {
        ("Inadequate", "2009-01-01"), ("Inadequate", "2011-01-01")}
    assert {(r["judgement"], r["date_start"]) for r in rows(
        "In 2009 Kent was rated inadequate and in 2011 it was rated good.")} == {
        ("Inadequate", "2009-01-01"), ("Good", "2011-01-01")}


def test_a_grade_received_in_a_participle_clause_takes_the_tense_of_the_sentence():
    assert keys("It showed services were improving, with Kent receiving an “adequate” rating.", "2010-11") == {
        ("Kent", "Ofsted", "judgement", "Adequate", "overall", "", "2010-11-30", "before")}
    assert [r["judgement"] for r in rows("Kent’s focus switches to achieving an ‘outstanding’ rating.") if r["judgement"]] == []


def test_a_verdict_dated_by_its_tense_restates_the_one_dated_from_a_stated_inspection():
    text = ("Following a full inspection in October, Stoke has been rated requires improvement. Leaders stabilised, "
            "with the council improving from ‘inadequate’ to ‘requires improvement’.")
    found = [row for table, row in extract_article(article(text, "2022-12-02")) if table == "ratings"]
    assert sorted((r["judgement"], r["date_start"], r["date_end"]) for r in found if r["judgement"]) == [
        ("Inadequate", "", "2022-12-02"), ("Requires improvement", "2022-10-01", "2022-12-02")]


def test_a_grade_given_in_a_number_of_areas_is_of_some_areas_but_not_a_grade_reached_in_a_number_of_years():
    assert {(r["judgement"], r["scope"]) for r in rows("On the four key judgments Kent was rated as Outstanding in "
                                                       "three and Good in one.", main="Kent")} == {
        ("Outstanding", "some areas"), ("Good", "some areas")}
    assert {(r["judgement"], r["scope"]) for r in rows("Kent’s rating had dropped from “good” to “inadequate” in three "
                                                       "years.", main="Kent")} == {
        ("Good", "overall"), ("Inadequate", "overall")}


def test_a_grade_given_once_again_is_not_a_restatement_of_the_earlier_one():
    text = ("KENT Council has seen its children’s services rated inadequate once again. Kent was rated inadequate after "
            "an inspection in 2016.")
    found = [r for table, r in extract_article(article(text, "2024-02-13")) if table == "ratings" and r["judgement"]]
    assert sorted((r["council"], r["date_start"], r["date_end"]) for r in found) == [
        ("Kent", "", "2024-02-13"), ("Kent", "2016-01-01", "2016-12-31")]


def test_a_reports_ungraded_judgement_restates_the_grade_the_article_dates():
    def judged(text: str) -> list[tuple]:
        return sorted((r["judgement"], r["date_start"]) for table, r in extract_article(article(text, "2019-03-20"))
                      if table == "ratings" and r["event"] == "judgement")
    report = "An Ofsted report in September 2017 found serious failures at Kent. "
    assert judged(report) == [("", "2017-09-01")]
    assert judged(report + "Kent was rated inadequate in September 2017.") == [("Inadequate", "2017-09-01")]


def test_a_count_of_areas_given_a_grade_restates_the_parts_the_article_names_with_it():
    def graded(text: str) -> list[tuple]:
        return sorted((r["judgement"], r["scope"]) for table, r in extract_article(article(text, "2024-05-16"))
                      if table == "ratings" and r["judgement"])
    count = "Ofsted has graded three areas of Kent’s children’s services “requiring improvement”. "
    assert graded(count) == [("Requires improvement", "some areas")]
    assert graded(count + "Services for children in care at Kent require improvement.") == [
        ("Requires improvement", "children in care")]


def test_an_undated_inspection_restates_the_recent_one_the_article_dates_but_not_an_older_one():
    def inspections(text: str) -> list[tuple]:
        return sorted((r["date_start"], r["date_end"]) for table, r in extract_article(article(text, "2017-11-06"))
                      if table == "ratings" and r["event"] == "inspection")
    recent = "An Ofsted inspection in September found Kent’s services good. "
    assert inspections(recent + "Kent’s services are now rated good following an Ofsted inspection.") == [
        ("2017-09-01", "2017-09-30")]
    assert inspections(recent + "Kent came under intervention in 2014 after an inspection found children at risk.") == [
        ("", "2017-11-06"), ("2017-09-01", "2017-09-30")]


def test_an_inspection_or_visit_restated_with_a_wider_date_is_one_row_but_another_one_stays():
    def events(text: str) -> list[tuple]:
        return sorted((r["event"], r["date_start"], r["date_end"]) for table, r in extract_article(article(text, "2017-11-06"))
                      if table == "ratings" and r["event"] in ("inspection", "monitoring_visit"))
    dated = "Kent’s children’s services were inspected in March. "
    assert events(dated + "Kent has acted on the findings of an Ofsted inspection earlier this year.") == [
        ("inspection", "2017-03-01", "2017-03-31")]
    assert events(dated + "A previous inspection in 2017 found children at risk in Kent.") == [
        ("inspection", "2017-01-01", "2017-12-31"), ("inspection", "2017-03-01", "2017-03-31")]
    visit = "Inspectors made a monitoring visit to Kent last month. "
    assert events(visit + "It was the third monitoring visit to Kent since 2016.") == [
        ("monitoring_visit", "2017-10-01", "2017-10-31")]


def test_an_ofsted_report_named_without_its_grade_restates_a_grade_the_article_gives():
    def judged(text: str) -> list[tuple]:
        return sorted((r["judgement"], r["rule"]) for table, r in extract_article(article(text, "2019-03-20"))
                      if table == "ratings" and r["event"] == "judgement")
    assert judged("Kent’s children’s services are good. The Ofsted report, published on Tuesday, praised its staff.") == [
        ("Good", "ratings.grade-copula")]


@pytest.mark.parametrize("text", [
    "A children’s home run by Kent was closed after an inspection in April 2018.",
    "Kent Police was criticised after an inspection in May 2018.",
    "The Care Quality Commission inspected Kent’s hospitals in February 2018.",
    "Kent asked Ofsted for an early inspection in 2018.",
    "Kent fears an inspection in 2020 could find it failing."])
def test_inspections_of_other_services_and_ones_asked_for_or_feared_give_no_inspection(text):
    assert not [r for r in rows(text) if r["event"] in ("inspection", "monitoring_visit")]


def test_the_council_the_lede_names_first_is_the_subject_on_a_tie():
    text = ("Jo Smith has been appointed interim head of Devon County Council’s children’s services, two months after "
            "she retired from the same job in Somerset. She joined Somerset County Council in 2015. Somerset’s services "
            "rose to good. Devon’s previous director left. A separate Ofsted report found the county council’s "
            "‘inadequate’ children’s services department was improving too slowly.")
    assert [(r["council"], r["judgement"]) for r in rows(text) if r["judgement"] == "Inadequate"] == [("Devon", "Inadequate")]


def test_a_council_named_in_an_aside_is_not_the_subject():
    assert {(r["council"], r["judgement"]) for r in rows(
        "Kent is struggling. Essex, which neighbours Kent, was rated outstanding last year.", main="Kent")} == {
        ("Essex", "Outstanding")}


def test_two_directives_of_one_council_stay_apart_and_an_unnamed_order_restates_them():
    text = ("The Government has ordered Solihull Council to make urgent improvements to its children's services. "
            "The Department for Education has now issued the council with an improvement notice. "
            "The DfE has appointed an improvement advisor to assist the council with the changes.")
    found = [row for table, row in extract_article(article(text, "2022-03-01")) if table == "ratings"]
    assert sorted(r["scope"] for r in found if r["event"] == "directive") == ["improvement adviser", "improvement notice"]


def test_a_list_of_parts_each_with_its_grade_in_brackets():
    text = ("Wigan's four key judgements were: impact of leaders on social work practice with children and families "
            "(Outstanding); experiences and progress of children who need help and protection (Good); and experiences "
            "and progress of children in care and care leavers (Outstanding).")
    assert [(r["judgement"], r["scope"]) for r in rows(text) if r["event"] == "judgement"] == [
        ("Outstanding", "leadership"), ("Good", "help and protection"), ("Outstanding", "children in care and care leavers")]


def test_a_grade_in_a_with_clause_shares_the_date_of_the_verdict_before_it():
    text = ("Wigan’s children’s services received a rating of “outstanding” for the impact of leaders in May 2018, with "
            "the overall effectiveness of the service rated as “good”.")
    assert [(r["judgement"], r["scope"], r["date_start"], r["date_end"]) for r in rows(text) if r["event"] == "judgement"] == [
        ("Outstanding", "leadership", "2018-05-01", "2018-05-31"), ("Good", "overall", "2018-05-01", "2018-05-31")]


def test_a_grade_for_the_third_year_running_was_given_the_two_years_before_too():
    dated = [(r["judgement"], r["date_start"], r["date_end"]) for r in rows("Wigan was rated inadequate in June 2013 for "
                                                                        "the third year running.") if r["event"] == "judgement"]
    assert dated == [("Inadequate", "2013-06-01", "2013-06-30"), ("Inadequate", "2012-01-01", "2012-12-31"),
                     ("Inadequate", "2011-01-01", "2011-12-31")]
    dated = [(r["judgement"], r["date_start"], r["date_end"]) for r in rows(
        "Wigan was rated inadequate for the second time in the space of two years in March 2015.")]
    assert dated == [("Inadequate", "2015-03-01", "2015-03-31"), ("Inadequate", "2013-03-01", "2015-02-28")]
    dated = [(r["judgement"], r["date_start"], r["date_end"]) for r in rows(
        "Wigan has been judged ‘Outstanding’ by Ofsted inspectors for the second time in a row.", "2025-01-20")]
    assert dated == [("Outstanding", "2025-01-20", "2025-01-20"), ("Outstanding", "", "2025-01-19")]


def test_a_grade_given_again_or_twice_was_given_once_before_unless_the_article_dates_that_one():
    dated = [(r["judgement"], r["date_start"], r["date_end"]) for r in rows(
        "Wigan’s children’s services have once again been rated inadequate by Ofsted.", "2018-07-25")]
    assert dated == [("Inadequate", "2018-07-25", "2018-07-25"), ("Inadequate", "", "2018-07-24")]
    dated = [(r["date_start"], r["date_end"]) for r in rows(
        "The department, which has twice been rated inadequate by Ofsted since 2013, lost its director.", "2017-01-11")]
    assert ("2013-01-01", "2013-12-31") in dated
    text = "Wigan was first rated outstanding in 2018. Wigan’s services have once again been rated outstanding."
    dated = [(r["date_start"], r["date_end"]) for _, r in extract_article(article(text, "2022-05-09"))]
    assert ("", "2022-05-08") not in dated  # the earlier grant is the one the article dates


def test_a_report_published_within_weeks_on_a_named_day_dates_the_present_verdicts():
    def dated(text: str) -> list[tuple[str, str]]:
        return [(r["date_start"], r["date_end"]) for _, r in extract_article(article(text, "2019-03-15"))
                if r["event"] == "judgement"]
    assert dated("Wigan’s children’s services have been rated good by Ofsted. A report published yesterday said "
                 "Wigan is a committed parent.") == [("2019-03-14", "2019-03-14")]
    assert dated("Tomorrow, Ofsted will publish the outcome of its inspection of Wigan. The overall judgement is that "
                 "Wigan’s children’s services now require improvement.") == [("2019-03-16", "2019-03-16")]
    assert dated("Wigan’s children’s services have been rated good by Ofsted. Inspectors published their report on "
                 "Tuesday after a monitoring visit.") == [("2019-03-15", "2019-03-15")]


def test_a_grade_given_to_a_council_named_after_it_is_that_council_s():
    text = "Wigan was rated good in May. Bottom grades were given to Bolton for children’s services."
    assert {(r["council"], r["judgement"]) for _, r in extract_article(article(text, "2019-03-15", "Wigan"))} == {
        ("Wigan", "Good"), ("Bolton", "Inadequate")}


def test_counted_areas_of_one_inspection_are_graded_but_counted_councils_are_not():
    assert keys("Inspectors looked at ten areas of Wigan’s work. Six were found to be good and four were adequate.") == {
        ("Wigan", "Ofsted", "judgement", "Good", "some areas", "", "2019-03-15", "before"),
        ("Wigan", "Ofsted", "judgement", "Adequate", "some areas", "", "2019-03-15", "before")}
    assert not rows("Of the 20 councils inspected, four were rated good and two as adequate.")
    assert not rows("Wigan runs five children’s homes in three areas: two were judged to be good.")


def test_parts_listed_as_those_in_care_and_those_who_have_left_care():
    assert {r["scope"] for r in rows("It found Kent to be ‘Outstanding’ in all four areas of focus: the experiences of "
                                     "children who need help and protection, those in care, those who have left care, "
                                     "and the impact of leaders.")} == {
        "help and protection", "children in care", "care leavers", "leadership"}


@pytest.mark.parametrize("text, dated", [
    ("Wigan was rated ‘good’ under the previous single inspection framework in 2015.", ("2015-01-01", "2015-12-31")),
    ("Wigan’s services have been rated as ‘good’, in a drastic improvement from its performance in 2015.",
     ("2019-03-15", "2019-03-15")),
])
def test_the_date_a_few_words_after_a_grade_is_its_own_unless_it_dates_an_earlier_state(text, dated):
    assert [(r["date_start"], r["date_end"]) for r in rows(text) if r["judgement"] == "Good"] == [dated]


def test_a_quoted_grade_rating_for_a_part_is_that_part():
    assert keys("Ofsted rated Haringey good overall. But it received the lower 'requires improvement' rating for the "
                "experiences and progress of children in care.", "2023-04-20") == {
        ("Haringey", "Ofsted", "judgement", "Good", "overall", "", "2023-04-20", "before"),
        ("Haringey", "Ofsted", "judgement", "Requires improvement", "children in care", "", "2023-04-20", "before")}


def test_each_area_a_sentence_grades_is_each_part_the_sentence_before_lists():
    text = ("Ofsted looked at help and protection, children in care and leadership in Kent. "
            "All of these areas were found to 'require improvement'.")
    assert {r["scope"] for r in rows(text) if r["judgement"]} == {"help and protection", "children in care", "leadership"}


@pytest.mark.parametrize("text,when", [
    ("Kent's children's services have been in special measures since 2015.", ("2015-01-01", "2015-12-31", "year")),
    ("Kent, which has been in Government special measures for six years, appointed a director.", ("", "2019-03-15", "before")),
])
def test_special_measures_held_date_the_intervention_from_its_since_else_before_publication(text, when):
    assert keys(text) == {("Kent", "DfE", "directive", "", "special measures", *when)}


@pytest.mark.parametrize("text,when,scope", [
    ("Kent is under a formal notice to improve.", ("", "2019-03-15", "before"), "improvement notice"),
    ("Kent’s improvement notice remains in force.", ("", "2019-03-15", "before"), "improvement notice"),
    ("The improvement notice issued to Kent was lifted in May.", ("", "2018-05-31", "before"), "improvement notice"),
    ("Kent’s statutory direction was lifted in March.", ("", "2019-03-31", "before"), "statutory direction"),
    ("Jo Smith, a DfE-appointed commissioner, said Kent had improved.", ("", "2019-03-15", "before"), "commissioner"),
])
def test_an_intervention_held_or_lifted_was_made_before(text, when, scope):
    assert keys(text) == {("Kent", "DfE", "directive", "", scope, *when)}


def test_a_court_direction_and_a_police_commissioner_are_no_intervention():
    assert not rows("The judge issued a direction in May. The police and crime commissioner was appointed in May.")


def test_praised_features_are_no_grade_and_a_council_s_own_care_is_children_in_care():
    assert keys("Kent’s children’s services have been rated ‘Good’ with ‘Outstanding’ features.") == {
        ("Kent", "Ofsted", "judgement", "Good", "overall", "2019-03-15", "2019-03-15", "day")}
    assert {r["scope"] for r in rows("Ofsted rated the experiences and progress of children in Kent’s care ‘outstanding’.")} \
        == {"children in care"}


@pytest.mark.parametrize("text,expected", [
    ("Child protection was rated inadequate at Kent, Leeds and Essex.", {"Kent", "Leeds", "Essex"}),
    ("Three councils were rated outstanding for all children’s services - Kent, Leeds and York.", {"Kent", "Leeds", "York"}),
    ("Three councils were rated outstanding.", set()),
])
def test_a_grade_given_at_a_list_of_councils_or_to_a_count_of_them_listed_after_is_each_council_s(text, expected):
    assert {r["council"] for r in rows(text) if r["judgement"]} == expected


def test_a_councils_own_news_is_about_that_council_before_a_council_it_names_once():
    text = ("Ofsted's first monitoring visit took place on 15 to 17 October. "
            "Our new director, who currently works at Leeds, starts next month.")
    published = Article(article_id="t", file="t.txt", text=text, sha256="0" * 64, headline="", outlet="Kent County Council",
                        byline="", published=parse_published("2019-11-25"), body_start=0, body_end=len(text))
    assert {row["council"] for s in sentences(published) for _, row in ratings.extract(s)} == {"Kent"}
    assert {row["council"] for s in sentences(article(text, "2019-11-25")) for _, row in ratings.extract(s)} == {"Leeds"}


def test_the_old_grade_of_a_change_in_one_part_is_that_parts():
    assert {(r["judgement"], r["scope"]) for r in rows("Kent improved from ‘inadequate’ to ‘requires improvement’ for "
                                                       "leadership.", "2022-12-02")} == {
        ("Inadequate", "leadership"), ("Requires improvement", "leadership")}


def _graded(text: str, published: str = "2019-03-15") -> set[tuple]:
    """(judgement, scope, date_precision) of each graded judgement row."""
    return {(r["judgement"], r["scope"], r["date_precision"]) for r in rows(text, published) if r["judgement"]}


@pytest.mark.parametrize("text,graded", [
    ("Kent’s services for children in care were rated good, care leavers requires improvement and leadership "
     "outstanding.", {("Good", "children in care", "before"), ("Requires improvement", "care leavers", "before"),
                      ("Outstanding", "leadership", "before")}),
    ("Ofsted rated Kent inadequate overall, inadequate for leadership and requires improvement for children in care.",
     {("Inadequate", "overall", "before"), ("Inadequate", "leadership", "before"),
      ("Requires improvement", "children in care", "before")}),
    ("Kent’s leadership was judged outstanding and its overall effectiveness good.",
     {("Outstanding", "leadership", "before"), ("Good", "overall", "before")}),
])
def test_a_list_of_grades_whose_rating_verb_is_left_out_gives_each_part_its_own_grade(text, graded):
    assert _graded(text) == graded


def test_a_grade_takes_the_part_named_nearest_it():
    assert _graded("At Kent, services for children in care were judged good and help and protection was judged "
                   "requires improvement.") == {("Good", "children in care", "before"),
                                                ("Requires improvement", "help and protection", "before")}


@pytest.mark.parametrize("text,graded", [
    ("Kent’s children’s services were found inadequate.", {("Inadequate", "overall", "before")}),
    ("Ofsted considered Kent’s children’s services to be good.", {("Good", "overall", "before")}),
    ("Kent has retained its outstanding status.", {("Outstanding", "overall", "before")}),
    ("Kent has improved its rating to good.", {("Good", "overall", "day")}),
    ("Kent’s children’s services have remained inadequate since 2016.", {("Inadequate", "overall", "year")}),
    ("Kent’s children’s services, now rated good, have a new director.", {("Good", "overall", "before")}),
    ("Ofsted branded Kent’s children’s services inadequate.", {("Inadequate", "overall", "before")}),
])
def test_verdicts_of_every_verb_class_and_their_tense(text, graded):
    assert _graded(text) == graded


@pytest.mark.parametrize("text", [
    "Kent narrowly avoided an inadequate rating.", "Kent is working towards a good rating.",
    "Kent has the potential to be rated outstanding.", "The school in Kent was rated good by Ofsted.",
    "Kent’s schools retained their good ratings.", "Kent’s schools have been rated outstanding.",
])
def test_grades_avoided_aimed_at_or_of_schools_are_not_the_councils_judgements(text):
    assert _graded(text) == set()


def test_parts_are_a_copulas_subject_beside_a_rating_verb_and_a_rating_held_is_a_standing():
    assert _graded("At Kent, help and protection was judged inadequate, while care leavers and leadership were "
                   "requires improvement.") == {("Inadequate", "help and protection", "before"),
                                                ("Requires improvement", "care leavers", "before"),
                                                ("Requires improvement", "leadership", "before")}
    assert _graded("Kent has an overall rating of inadequate.") == {("Inadequate", "overall", "before")}


@pytest.mark.parametrize("text,scope", [
    ("Jo Smith was named as the children’s services commissioner for Kent in March.", "commissioner"),
    ("Kent has been assigned a children’s services commissioner by the Department for Education.", "commissioner"),
    ("Kent’s children’s services have been placed under the control of a commissioner.", "commissioner"),
    ("The DfE has sent an improvement adviser to work with Kent.", "improvement adviser"),
    ("The direction on Kent was lifted last month.", "statutory direction"),
    ("The DfE has removed Kent’s improvement notice.", "improvement notice"),
    ("Ministers stripped Kent of its children’s services in 2018.", "services removed from council control"),
    ("The minister decided that Kent’s children’s services would be run by a trust.", "services removed from council control"),
])
def test_interventions_in_other_words_are_directives(text, scope):
    assert ("directive", scope) in {(r["event"], r["scope"]) for r in rows(text, main="Kent")}


@pytest.mark.parametrize("text,event", [
    ("Commissioner Jo Smith’s review found that Kent had the capacity to improve.", "commissioner_report"),
    ("Jo Smith, the commissioner, published her report on Kent in March.", "commissioner_report"),
    ("Kent should keep its services, according to a report by the commissioner.", "commissioner_report"),
    ("Ofsted inspectors visited Kent in May to check on progress.", "monitoring_visit"),
    ("The letter, published on Tuesday, said inspectors had found improvements at Kent.", "monitoring_report"),
    ("Inspectors wrote to Kent after the visit to say progress had been made.", "monitoring_report"),
    ("A commissioner is being appointed to run Kent’s children’s services.", "directive"),
    ("Jo Smith became the commissioner for Kent’s children’s services in 2017.", "directive"),
    ("Kent’s children’s services have been under government control since 2017.", "directive"),
    ("The DfE took control of Kent’s children’s services in 2017.", "directive"),
    ("Kent’s improvement notice was issued in 2016.", "directive"),
    ("The commissioner reported to ministers in May.", "commissioner_report"),
    ("Inspectors said in a letter that Kent had made progress.", "monitoring_report"),
])
def test_interventions_reports_and_visits_in_other_words_and_tenses(text, event):
    assert event in {r["event"] for r in rows(text, main="Kent")}


@pytest.mark.parametrize("text,event", [
    ("Until the commissioner has delivered her recommendations, Kent will say nothing.", "commissioner_report"),
    ("The commissioner recommended that Kent’s services be moved to a trust.", "directive"),
    ("Kent set up a children’s trust to run its services.", "directive"),
])
def test_awaited_reports_and_proposed_or_chosen_trusts_are_not_given(text, event):
    assert event not in {r["event"] for r in rows(text, main="Kent")}


@pytest.mark.parametrize("text,grade", [
    ("Kent children’s services still inadequate after three years", "Inadequate"),
    ("Ofsted: Kent’s children’s services good", "Good"),
    ("Kent’s children’s services scored as good in the latest inspection.", "Good"),
    ("Kent’s children’s services were given a score of inadequate.", "Inadequate"),
    ("The verdict for Kent’s children’s services: good.", "Good"),
    ("The overall verdict for Kent was good.", "Good"),
    ("The report said Kent’s children’s services were good.", "Good"),
    ("Kent has turned around its inadequate rating to good.", "Good"),
])
def test_grades_in_other_shapes(text, grade):
    assert grade in {r["judgement"] for r in rows(text, main="Kent") if r["event"] == "judgement"}


def test_the_grade_turned_around_is_left_behind():
    dated = {r["judgement"]: (r["date_start"], r["date_precision"])
             for r in rows("Kent has turned around its inadequate rating to good.", main="Kent")}
    assert dated["Inadequate"] == ("", "before") and dated["Good"][1] != "before"


@pytest.mark.parametrize("text", [
    "Kent expects to be rated good.",
    "Kent has been told it must improve.",
    "Kent’s children’s services good practice was shared with Essex.",
])
def test_expected_grades_and_must_improve_are_not_judgements(text):
    assert not [r for r in rows(text, main="Kent") if r["judgement"]]


def test_a_trust_ordered_restates_the_removal_of_the_services_the_article_states():
    text = ("The government has stripped Kent of control of its children’s services. "
            "The education secretary said an independent trust would run Kent’s children’s services.")
    found = [r for r in ratings.restated([("ratings", r) for r in rows(text, main="Kent")], parse_published("2019-03-15"))]
    assert [row["rule"] for _, row in found if row["event"] == "directive"] == ["ratings.control-removed"]


def test_a_trust_ordered_twice_is_one_directive():
    text = ("Ministers ordered that Kent’s children’s services be run by an independent trust. "
            "The education secretary said a new trust would run Kent’s children’s services.")
    found = ratings.restated([("ratings", r) for r in rows(text, main="Kent")], parse_published("2019-03-15"))
    assert len([row for _, row in found if row["rule"] == "ratings.trust-ordered"]) == 1


def test_a_trust_ordered_without_a_date_of_its_own_is_dated_as_the_order():
    text = ("The minister issued a direction in October 2014 appointing a commissioner, and requiring the council to "
            "cooperate with the commissioner to establish a trust to deliver Barnet’s children’s services.")
    trusts = [(r["date_start"], r["date_end"]) for r in rows(text) if r["rule"] == "ratings.trust-ordered"]
    assert trusts == [("2014-10-01", "2014-10-31")]


@pytest.mark.parametrize("text, rule", [
    ("In May 2018 the government sent in a commissioner to Barnet.", "ratings.commissioner-brought-in"),
    ("Ministers decided in May that a new trust will take over Barnet’s children’s services.", "ratings.trust-ordered"),
])
def test_the_month_may_is_not_the_modal_may(text, rule):  # published 2019-03-15: "in May" is May 2018
    assert [(r["rule"], r["date_start"]) for r in rows(text)] == [(rule, "2018-05-01")]
