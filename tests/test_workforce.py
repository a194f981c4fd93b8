"""workforce.extract: workforce figures as vacancies.csv rows and counts of children as measures.csv rows."""
import pytest

from conftest import OFSTED, RAW
from helpers.corpus import Article, load_corpus
from helpers.extract import sentences, workforce
from helpers.intervals import parse_published

FIELDS = ("council", "measure", "scope", "value", "lower", "upper", "unit", "qualifier",
          "date_start", "date_end", "date_precision")


def article(text: str, published: str = "2021-06-15", article_id: str = "t") -> Article:
    return Article(article_id, f"{article_id}.txt", text, "0" * 64, "", "", "", parse_published(published), 0, len(text))


def extracted(a: Article) -> list[tuple[str, dict]]:
    """The article's (table, row) pairs, once per fact as the framework keeps them (first statement quoted)."""
    seen, rows = set(), []
    for sentence in sentences(a):
        for table, row in workforce.extract(sentence):
            assert a.text[row["char_start"]:row["char_end"]] == row["quote"]
            key = (table,) + tuple(v for k, v in row.items() if k not in ("quote", "char_start", "char_end"))
            if key not in seen:
                seen.add(key)
                rows.append((table, row))
    return rows


def facts(text: str, published: str = "2021-06-15") -> list[tuple]:
    return [(table, *(r[f] for f in FIELDS), r["quote"]) for table, r in extracted(article(text, published))]


CASES = [
    ("One of Wigan’s social work teams has a vacancy rate of 45 per cent.", "2021-06-15",
     ("vacancies", "Wigan", "vacancy_rate", "one team", 0.45, None, None, "share", "exact",
      "2021-06-15", "2021-06-15", "day")),
    ("In Sefton, more than 1 in 4 social work posts are vacant.", "2021-06",
     ("vacancies", "Sefton", "vacancy_rate", "whole service", 0.25, 0.25, None, "share", "more_than",
      "2021-06-01", "2021-06-30", "month")),
    ("Several of Derby’s children’s social work teams were understrength by up to 25 per cent.", "2021-06-15",
     ("vacancies", "Derby", "understrength_share", "many teams", 0.25, None, 0.25, "share", "up_to",
      "2021-06-15", "2021-06-15", "day")),
    ("Caseloads in Sefton now average 18 children per social worker.", "2021-06-15",
     ("vacancies", "Sefton", "caseload_per_worker", "whole service", 18, None, None, "count", "exact",
      "2021-06-15", "2021-06-15", "day")),
    ("Since March 2021, 25 new social work posts have been created in Derby.", "2022-06-30",
     ("vacancies", "Derby", "posts_created", "whole service", 25, None, None, "count", "exact",
      "2021-03-01", "2022-06-30", "range")),
    ("Staff turnover in Norfolk stood at 21% last year.", "2021-06-15",
     ("vacancies", "Norfolk", "turnover_rate", "whole service", 0.21, None, None, "share", "exact",
      "2020-01-01", "2020-12-31", "year")),
    ("Agency workers make up around 30% of Bolton’s social workers.", "2021-06-15",
     ("vacancies", "Bolton", "agency_share", "whole service", 0.30, None, None, "share", "about",
      "2021-06-15", "2021-06-15", "day")),
    ("Wigan has cut the number of social workers by 15 per cent since 2018.", "2021-06-15",
     ("vacancies", "Wigan", "staff_change_share", "whole service", -0.15, None, None, "share", "exact",
      "2018-01-01", "2021-06-15", "range")),
    ("After years of cut-backs, Bolton has increased the number of social workers by 10 per cent.", "2021-06-15",
     ("vacancies", "Bolton", "staff_change_share", "whole service", 0.10, None, None, "share", "exact",
      "", "2021-06-15", "before")),
    ("Sefton is home to 55,000 children under 18.", "2021-06-15",
     ("measures", "Sefton", "child_population", "", 55000, None, None, "count", "exact",
      "2021-06-15", "2021-06-15", "day")),
    ("At 31 March 2022, 620 children were being looked after by Derby.", "2022-09",
     ("measures", "Derby", "children_in_care", "", 620, None, None, "count", "exact",
      "2022-03-31", "2022-03-31", "day")),
    ("Norfolk cares for 5% of all unaccompanied asylum-seeking children in England.", "2021-06-15",
     ("measures", "Norfolk", "uasc_share_of_national", "", 0.05, None, None, "share", "exact",
      "2021-06-15", "2021-06-15", "day")),
]


@pytest.mark.parametrize("text, published, expected", CASES, ids=[c[2][2] for c in CASES])
def test_a_figure_becomes_one_row(text, published, expected):
    (row,) = facts(text, published)
    assert row[:-1] == expected
    assert row[-1] == text


def test_counts_of_children_in_care_and_uasc_in_one_sentence():
    text = "Leeds looks after nearly 1,400 children in care, including about 90 unaccompanied asylum-seeking children."
    assert [r[:9] for r in facts(text)] == [
        ("measures", "Leeds", "children_in_care", "", 1400, None, 1400, "count", "nearly"),
        ("measures", "Leeds", "unaccompanied_asylum_seeking_children_in_care", "", 90, None, None, "count", "about"),
    ]


def test_each_clause_has_its_own_scope_and_quote():
    text = "Across the service, nearly 1 in every 5 jobs is vacant, though in one area the vacancy rate is 40%."
    rows = facts(text, "2021")
    assert [r[2:9] for r in rows] == [
        ("vacancy_rate", "whole service", 0.2, None, 0.2, "share", "nearly"),
        ("vacancy_rate", "one area", 0.4, None, None, "share", "exact"),
    ]
    assert [r[-1] for r in rows] == ["Across the service, nearly 1 in every 5 jobs is vacant",
                                     "in one area the vacancy rate is 40%."]


def test_a_figure_restated_in_the_article_is_one_row():
    text = ("Wigan is home to 60,000 children under-18. The council said: “With 60,000 under-18s in our borough, "
            "children are our priority.”")
    rows = facts(text)
    assert len(rows) == 1 and rows[0][-1] == "Wigan is home to 60,000 children under-18."


@pytest.mark.parametrize("text", [
    "Wigan’s children’s services had 78% vacancy rate among some of its social work teams",
    "It would usually get at least six follow-up monitoring visits over the course of two years.",
    "The report was sent to all three of the borough’s MPs.",
    "Sefton must submit a proposal for support over a minimum of a 12-month period.",
    "In the five months from April to August 2017, Inside Wigan generated more than 500,000 page views.",
    "This includes nine children looked after in Wigan and 15 from other local authorities.",
    "Last year 40 children in care in Bolton went missing.",
    "Bolton was rated inadequate in 2016 and good in 2018.",
])
def test_numbers_that_are_not_these_figures_give_no_row(text):
    assert facts(text) == []


# The Croydon 2017 Ofsted report's data section, checked by reading it; of the other four, the 2024 report states the
# permanent share of the workforce (80 per cent: the rest, 0.2, is the agency share).
OFSTED_ROWS = {
    ("croydon-2024-12-03", "vacancies", "Croydon", "agency_share", "whole service", 0.2, None, None, "share", "exact",
     "2024-12-03", "2024-12-03", "day", "permanent workforce to 80%"),
    ("croydon-2017-09-04", "measures", "Croydon", "child_population", "", 93435, None, None, "count", "about",
     "2017-09-04", "2017-09-04", "day", "93,435 children and young people under the age of 18"),
    ("croydon-2017-09-04", "measures", "Croydon", "unaccompanied_asylum_seeking_children_in_care", "", 364, None, None,
     "count", "exact", "2017-06-19", "2017-06-19", "day", "unaccompanied asylum-seeking children (364 as"),
    ("croydon-2017-09-04", "measures", "Croydon", "uasc_share_of_children_in_care", "", 0.48, None, None, "share",
     "exact", "2017-06-19", "2017-06-19", "day", "48% of the total children looked after population"),
    ("croydon-2017-09-04", "measures", "Croydon", "children_in_care", "", 760, None, None, "count", "exact",
     "2017-06-19", "2017-06-19", "day", "760 children were being looked after"),
    ("croydon-2017-09-04", "measures", "Croydon", "children_in_care_per_10000", "", 81.5, None, None, "count", "exact",
     "2017-06-19", "2017-06-19", "day", "(a rate of 81.5 per 10,000 children)"),
    ("croydon-2017-09-04", "measures", "Croydon", "children_on_child_protection_plans", "", 399, None, None, "count", "exact",
     "2017-06-19", "2017-06-19", "day", "399 children and young people were the subject of a child"),
    ("croydon-2017-09-04", "measures", "Croydon", "children_on_child_protection_plans", "", 360, None, None, "count", "exact",
     "2016-03-31", "2016-03-31", "day", "This is an increase from 360 at 31 March 2016."),
}

# Every workforce figure and count of children in the five seed articles, verified by reading them.
SEED = {
    ("002", "vacancies", "Croydon", "vacancy_rate", "one team", 0.78, None, None, "share", "exact",
     "2019-03-01", "2019-03-31", "month", "One of his teams has a vacancy rate of 78 per cent"),
    ("002", "vacancies", "Croydon", "understrength_share", "many teams", None, 1 / 3, 0.5, "share", "between",
     "2019-03-01", "2019-03-31", "month", "understrength by between one-third and nearly one-half"),
    ("002", "vacancies", "Croydon", "posts_created", "whole service", 40, None, 40, "count", "nearly",
     "2017-09-01", "2019-03-31", "range", "nearly 40 additional council jobs have been created"),
    ("002", "measures", "Croydon", "children_in_care", "", 800, None, None, "count", "about",
     "2019-03-01", "2019-03-31", "month", "Croydon has about 800 looked-after children in its care."),
    ("002", "vacancies", "Croydon", "caseload_per_worker", "whole service", 12, None, None, "count", "about",
     "2019-03-01", "2019-03-31", "month", "caseloads have been much-reduced, to around 12 per staff member"),
    ("003", "vacancies", "Croydon", "vacancy_rate", "whole service", 1 / 6, None, 1 / 6, "share", "nearly",
     "2018-01-01", "2018-01-31", "month", "across the service, nearly 1 in every 6 jobs is vacant"),
    ("003", "vacancies", "Croydon", "vacancy_rate", "one area", 1 / 3, 1 / 3, None, "share", "more_than",
     "2018-01-01", "2018-01-31", "month", "in one area of children’s services the vacancy rate is more than 1 in 3"),
    ("004", "measures", "Croydon", "child_population", "", 94000, None, None, "count", "exact",
     "2020-03-16", "2020-03-16", "day", "Croydon is home to 94,000 children under-18"),
    ("004", "measures", "Croydon", "children_in_care", "", 800, None, None, "count", "about",
     "2020-03-16", "2020-03-16", "day", "looks after around 800 children in care"),
    ("004", "measures", "Croydon", "unaccompanied_asylum_seeking_children_in_care", "", 300, None, None, "count",
     "about", "2020-03-16", "2020-03-16", "day", "including around 300 unaccompanied asylum-seeking children (UASC)"),
    ("004", "measures", "Croydon", "uasc_share_of_national", "", 0.10, None, None, "share", "exact",
     "2020-03-16", "2020-03-16", "day", "Croydon looks 10% of the total number of UASC in the country"),
    ("004", "vacancies", "Croydon", "staff_change_share", "whole service", 0.40, None, None, "share", "about",
     "2017-01-01", "2020-03-16", "range", "increased the number of social care staff by around 40 per cent"),
}


def _corpus_rows(raw) -> set[tuple]:
    return {(a.article_id, table, *(r[f] for f in FIELDS), r["quote"])
            for a in load_corpus(raw) for table, r in extracted(a)}


@pytest.mark.parametrize("raw, expected", [(RAW, SEED), (OFSTED, OFSTED_ROWS)], ids=["seed", "ofsted"])
def test_corpus_gives_exactly_the_figures_a_reader_finds(raw, expected):
    found = _corpus_rows(raw)
    assert len(found) == len(expected)
    for row in expected:
        assert any(f[:-1] == pytest.approx(row[:-1]) and row[-1] in f[-1] for f in found), row


def test_a_national_figure_keeps_the_council_blank_and_says_england_average():
    text = ("At 15.4%, the national turnover rate was the highest recorded, with the rate in Wirral standing at "
            "14.7 per cent.")
    found = {(r["council"], r["measure"], r["scope"], r["value"]) for _, r in extracted(article(text))}
    assert found == {("", "turnover_rate", "England average", 0.154), ("Wirral", "turnover_rate", "whole service", 0.147)}


@pytest.mark.parametrize("text, value", [
    ("In Kent, 32% of the workforce were still agency social workers.", 0.32),
    ("In Kent, 25 per cent of the department's staff were called in from agencies.", 0.25),
])
def test_agency_shares_phrased_another_way(text, value):
    assert [(r["measure"], r["value"]) for _, r in extracted(article(text))] == [("agency_share", value)]


# ------------------------------------------------------------- issue 10: news wordings


def _rows(text: str, published: str = "2021-06-15") -> list[tuple]:
    return [(table, r["measure"], r["value"], r["date_start"], r["date_end"], r["date_precision"])
            for table, r in extracted(article(text, published))]


def test_the_old_value_of_a_rate_is_dated_before_it():
    text = "The turnover rate in Wigan stands at 14.7 per cent, up from 8.2 per cent recorded the year before."
    assert _rows(text, "2022-02-24") == [
        ("vacancies", "turnover_rate", 0.147, "2022-02-24", "2022-02-24", "day"),
        ("vacancies", "turnover_rate", pytest.approx(0.082), "", "2022-02-23", "before")]


def test_only_the_figure_right_after_up_from_is_an_old_value():
    text = "Kent had 200 children in care, up from 150 a year ago, and 45 agency social workers."
    assert [r[1:3] for r in _rows(text)] == [("children_in_care", 200), ("children_in_care", 150),
                                             ("agency_social_workers", 45)]


def test_each_count_takes_the_date_stated_after_it():
    text = "In Wigan, the number of children in care has increased from 850 in 2009 to 1,250 in 2019."
    assert _rows(text, "2019-01-21") == [
        ("measures", "children_in_care", 850, "2009-01-01", "2009-12-31", "year"),
        ("measures", "children_in_care", 1250, "2019-01-01", "2019-12-31", "year")]


def test_permanent_staff_leave_the_agency_share():
    assert _rows("In Wigan, nine out of ten social workers are now permanent employees of the council.")[0][:3] == (
        "vacancies", "agency_share", 0.1)


@pytest.mark.parametrize("text, expected", [
    ("Wigan wants to invest £7.7m in hiring an additional 160 social care staff.", ("vacancies", "posts_created", 160)),
    ("Wigan launched a recruitment drive for 20 additional children's social care posts.",
     ("vacancies", "posts_created", 20)),
    ("There were 48 social work vacancies in Wigan last September.", ("measures", "vacant_posts", 48)),
    ("Wigan employs 80 agency social workers.", ("measures", "agency_social_workers", 80)),
    ("Wigan employs 80 agency staff.", ("measures", "agency_staff", 80)),
    ("Wigan looks after just over 1,000 children.", ("measures", "children_in_care", 1000)),
    ("Social care staff in Wigan will increase by 160 people (51 per cent) to 473.",
     ("vacancies", "staff_change_share", 0.51)),
])
def test_counts_in_news_wordings(text, expected):
    assert expected in [row[:3] for row in _rows(text)]


def test_a_rise_in_agency_staff_is_not_their_share():
    assert _rows("In Wigan, the rise in agency workers was 7% last year.") == []


# ------------------------------------------------------------- vacancy figures phrased other ways


@pytest.mark.parametrize("text, expected", [
    ("A third of social work posts in Barnet are vacant.", ("vacancies", "vacancy_rate", pytest.approx(1 / 3))),
    ("Vacancies in Leeds stand at 30%.", ("vacancies", "vacancy_rate", 0.30)),
    ("In Barnet 22 per cent of posts are empty.", ("vacancies", "vacancy_rate", 0.22)),
    ("Around 30 per cent of social worker posts in Leeds are filled by agency staff.",
     ("vacancies", "agency_share", 0.30)),
    ("In Leeds, 15 per cent of social workers left their jobs last year.", ("vacancies", "turnover_rate", 0.15)),
    ("Social workers in Barnet each hold an average of 22 cases.", ("vacancies", "caseload_per_worker", 22)),
    ("Barnet has 45 vacant social worker posts.", ("measures", "vacant_posts", 45)),
    ("Barnet received 5,600 referrals last year.", ("measures", "referrals_to_childrens_social_care", 5600)),
    ("Barnet has 1,100 children in need.", ("measures", "children_in_need", 1100)),
    ("Kent employs 350 social workers.", ("measures", "social_workers", 350)),
])
def test_figures_in_other_wordings(text, expected):
    assert expected in [row[:3] for row in _rows(text)]


def test_a_change_from_one_figure_to_another_dates_the_old_one_before():
    assert _rows("Leeds’ vacancy rate has fallen from 35% to 20%.", "2021-06-15") == [
        ("vacancies", "vacancy_rate", 0.35, "", "2021-06-14", "before"),
        ("vacancies", "vacancy_rate", 0.20, "2021-06-15", "2021-06-15", "day")]
    assert _rows("The number of children in care in Kent has fallen from 1,900 in 2017 to 1,700.", "2021-06-15") == [
        ("measures", "children_in_care", 1900, "2017-01-01", "2017-12-31", "year"),
        ("measures", "children_in_care", 1700, "2021-06-15", "2021-06-15", "day")]
    assert _rows("The number of 'looked after' children in Kent is up slightly from 632 to 636.", "2021-06-15") == [
        ("measures", "children_in_care", 632, "", "2021-06-14", "before"),
        ("measures", "children_in_care", 636, "2021-06-15", "2021-06-15", "day")]  # not a range of 632 to 636


def test_a_bare_figure_continuing_the_sentences_count_takes_its_measure_and_own_date():
    assert _rows("In March 2012 there were 375 children in care in Kent, in March 2018 there were 553.") == [
        ("measures", "children_in_care", 375, "2012-03-01", "2012-03-31", "month"),
        ("measures", "children_in_care", 553, "2018-03-01", "2018-03-31", "month")]
    assert _rows("A total of 906 children were in care in Kent in 2020, a figure which has now dropped by five per cent "
                 "to 858.") == [
        ("measures", "children_in_care", 906, "2020-01-01", "2020-12-31", "year"),
        ("measures", "children_in_care_decrease_share", 0.05, "2020-01-01", "2021-06-15", "range"),
        ("measures", "children_in_care", 858, "2021-06-15", "2021-06-15", "day")]
    assert _rows("Kent has 900 looked-after children, and 45 social workers were hired to reach 60.")[1:] == []


def test_children_put_into_care_are_counted_with_those_in_care():
    assert _rows("In Kent the number of children put into care has rocketed 30 per cent since 2009, from 530 to 716 "
                 "today.") == [
        ("measures", "children_in_care_increase_share", 0.3, "2009-01-01", "2021-06-15", "range"),
        ("measures", "children_in_care", 530, "", "2021-06-14", "before"),
        ("measures", "children_in_care", 716, "2021-06-15", "2021-06-15", "day")]
    assert _rows("In Kent there are 499 children out of 735 that are currently placed in foster care.") == [
        ("measures", "children_in_foster_care", 499, "2021-06-15", "2021-06-15", "day")]
    assert _rows("Kent has 289 foster households, each approved to look after between one and three children.") == []


def test_a_rate_per_10000_named_before_its_figure_and_no_count_in_a_10_year_high():
    assert _rows("In Kent the rate per 10,000 of looked-after children (LAC) has risen from 62.8 across 2019-20 to 74 "
                 "in the last quarter of 2019-20, with the target being 60.") == [
        ("measures", "children_in_care_per_10000", 62.8, "2019-04-01", "2020-03-31", "range"),
        ("measures", "children_in_care_per_10000", 74, "2020-01-01", "2020-03-31", "quarter")]
    assert _rows("The number of young people subject to child protection plans in Kent has hit a 10-year high.") == []


def test_a_figure_of_the_previous_sentences_subject():
    assert _rows("Kent’s vacancy rate is 25 per cent. The figure was 35% a year earlier.", "2021-06-15") == [
        ("vacancies", "vacancy_rate", 0.25, "2021-06-15", "2021-06-15", "day"),
        ("vacancies", "vacancy_rate", 0.35, "2020-06-15", "2020-06-15", "day")]
    assert ("measures", "agency_staff", 60) in [r[:3] for r in _rows(
        "In May 2020, 25 per cent of Kent’s staff were agency workers. By May 2021 that had risen to 60 people.")]
    assert _rows("Kent looks after 420 children. The council employs 30 lawyers.")[1:] == []


@pytest.mark.parametrize("text", [
    "Barnet’s vacancy rate could rise to 40 per cent if nothing is done.",
    "Kent aims to cut its vacancy rate to 10 per cent by 2021.",
])
def test_hypothetical_figures_give_no_row(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("One in three social workers in Barnet is an agency worker.", ("vacancies", "agency_share", pytest.approx(1 / 3))),
    ("With 40% of its workforce made up of agency staff, Kent is struggling.", ("vacancies", "agency_share", 0.40)),
    ("Barnet relies on locums to fill 45 per cent of its social work posts.", ("vacancies", "agency_share", 0.45)),
    ("Some social workers in Leeds had as many as 40 cases.", ("vacancies", "caseload_per_worker", 40)),
    ("Each social worker in Barnet has 30 children on their caseload.", ("vacancies", "caseload_per_worker", 30)),
    ("Kent lost 25 per cent of its social workers last year.", ("vacancies", "turnover_rate", 0.25)),
    ("Leeds plans to recruit 50 new social workers this year.", ("vacancies", "posts_created", 50)),
    ("Barnet currently cares for 345 children.", ("measures", "children_in_care", 345)),
    ("Around 500 children are on the child protection register in Barnet.",
     ("measures", "children_on_child_protection_plans", 500)),
    ("Barnet has 500 child protection plans.", ("measures", "child_protection_plans", 500)),
    ("The number of looked after children in Kent has increased by 15 per cent over the last five years.",
     ("measures", "children_in_care_increase_share", 0.15)),
    ("The number of children in care in Leeds fell by 5 per cent.", ("measures", "children_in_care_decrease_share", 0.05)),
])
def test_more_news_wordings(text, expected):
    assert expected in [row[:3] for row in _rows(text)]


@pytest.mark.parametrize("text", [
    "Leeds has 12 full-time social workers on long-term sick leave.",
    "Barnet has seen the number of agency social workers rise from 45 to 80 in two years.",
])
def test_no_count_of_time_or_of_staff_away(text):
    assert all(r[1] != "social_workers" and r[2] != 2 for r in _rows(text))


def test_the_words_naming_one_figure_do_not_reach_the_next():
    assert [r[1:3] for r in _rows("In Barnet, the vacancy rate is 30 per cent, and the agency rate is 25 per cent.")] == [
        ("vacancy_rate", 0.30), ("agency_share", 0.25)]


def test_a_national_figure_compared_with_keeps_the_council_blank():
    found = [(r["council"], r["measure"], r["scope"], r["value"]) for _, r in extracted(article(
        "Leeds has a vacancy rate for social workers of around 20 per cent, compared to 16 per cent in England."))]
    assert found == [("Leeds", "vacancy_rate", "whole service", 0.20), ("", "vacancy_rate", "England average", 0.16)]


def test_a_labelled_figure():
    assert _rows("Vacancy rate: 30%")[0][1:3] == ("vacancy_rate", 0.30)
    assert [r[1:3] for r in _rows("Number of looked-after children in Kent: 1,250 (up from 1,100).")] == [
        ("children_in_care", 1250), ("children_in_care", 1100)]
    assert [r[1:3] for r in _rows("Kent received 94 referrals: 17 from families and 22 from schools.")] == [
        ("referrals_to_childrens_social_care", 94)]


def test_a_caseload_falling_from_an_average():
    assert _rows("Caseloads have fallen from an average of 25 to 16 in Leeds.", "2021-06-15") == [
        ("vacancies", "caseload_per_worker", 25, "", "2021-06-14", "before"),
        ("vacancies", "caseload_per_worker", 16, "2021-06-15", "2021-06-15", "day")]


def test_part_of_a_whole_is_the_vacant_count_and_the_whole_the_posts_there_are():
    assert [r[1:3] for r in _rows("Kent says 25 of its 120 social work posts are vacant.")] == [
        ("vacant_posts", 25), ("established_posts", 120)]
    assert [r[1:3] for r in _rows("Some 120 of Kent’s 400 social work posts are vacant.")] == [
        ("vacant_posts", 120), ("established_posts", 400)]


def test_the_count_of_councils_given_a_grade_is_the_countrys():
    found = [(r["council"], r["measure"], r["scope"], r["value"]) for _, r in extracted(article(
        "Kent is one of 29 councils in England to be given the worst Ofsted rating."))]
    assert found == [("", "councils_rated_inadequate", "England", 29)]


def test_a_range_over_councils_gives_each_end_its_council_but_a_range_over_years_is_a_change():
    assert [(r[1], r[2], r[4]) for r in facts("Average caseloads range from 14.6 in Darlington to 25 in Stockton-on-Tees.")] == [
        ("Darlington", "caseload_per_worker", 14.6), ("Stockton-on-Tees", "caseload_per_worker", 25)]
    assert [(r[1], r[4]) for r in facts("Vacancy rates in Kent rose from 10% in 2016 to 25% in 2018.")] == [
        ("Kent", 0.1), ("Kent", 0.25)]


def test_a_count_per_10000_children_is_a_rate_and_its_base_no_count():
    assert [(r[1], r[2], r[4]) for r in facts("Wigan had 136 children in care for every 10,000 children in the town.")] == [
        ("Wigan", "children_in_care_per_10000", 136)]
    assert [(r[2], r[4]) for r in facts("Wigan looks after 518 children (86 per 10,000 children).")] == [
        ("children_in_care", 518), ("children_in_care_per_10000", 86)]


def test_an_agency_share_of_staff_from_agencies_and_the_figure_it_has_fallen_from():
    assert _rows("Around 23 per cent of Kent's child social workers come from outside agencies, a figure which has fallen "
                 "from the 37 per cent in April last year.", "2015-07-01") == [
        ("vacancies", "agency_share", 0.23, "2015-07-01", "2015-07-01", "day"),
        ("vacancies", "agency_share", 0.37, "2014-04-01", "2014-04-30", "month")]
    assert [r[:3] for r in _rows("Kent’s agency social worker rate halved from 30.5% in September 2017 to 14.8% in 2021.")] == [
        ("vacancies", "agency_share", 0.305), ("vacancies", "agency_share", 0.148)]


def test_a_national_count_far_after_its_area_keeps_the_council_blank():
    rows = extracted(article("Kent has 900 looked-after children. Across England, the total number of social workers rose "
                             "by two per cent, to 32,500, in the year to September."))
    assert [(r["measure"], r["council"], r["value"]) for _, r in rows if r["measure"] == "social_workers"] == [
        ("social_workers", "", 32500)]


def test_a_figure_whose_area_follows_it_is_the_countrys_but_not_one_compared_with_it():
    rows = extracted(article("New figures show 11% of posts for permanent children's social workers in England are "
                             "unfilled. Kent has 30% of its posts vacant, higher than the national average."))
    assert [(r["measure"], r["council"], r["value"]) for _, r in rows if r["measure"] == "vacancy_rate"] == [
        ("vacancy_rate", "", 0.11), ("vacancy_rate", "Kent", 0.3)]


def test_each_figure_of_a_dated_series_takes_the_measure_at_its_own_date():
    text = ("In Wigan, 159 children were taken into care in 2016/2017 followed by 162 in 2017/2018 and 171 in "
            "2018/2019, while the vacancy rate was 20% in 2018, 25% in 2019 and 30% in 2020.")
    assert _rows(text) == [
        ("measures", "children_taken_into_care", 159, "2016-04-01", "2017-03-31", "range"),
        ("measures", "children_taken_into_care", 162, "2017-04-01", "2018-03-31", "range"),
        ("measures", "children_taken_into_care", 171, "2018-04-01", "2019-03-31", "range"),
        ("vacancies", "vacancy_rate", 0.2, "2018-01-01", "2018-12-31", "year"),
        ("vacancies", "vacancy_rate", 0.25, "2019-01-01", "2019-12-31", "year"),
        ("vacancies", "vacancy_rate", 0.3, "2020-01-01", "2020-12-31", "year")]


def test_children_taken_into_care_since_a_date_are_counted_from_it():
    assert _rows("Wigan said 40 youngsters had been taken into care since March.", "2021-06-15") == [
        ("measures", "children_taken_into_care", 40, "2021-03-01", "2021-06-15", "range")]


def test_a_restated_count_after_a_count_and_its_rate_is_the_count():
    assert _rows("Kent looks after 592 children (a rate of 109 per 10,000 children). This is an increase from 540 "
                 "(100 per 10,000 children) at March 31, 2017.") == [
        ("measures", "children_in_care", 592, "2021-06-15", "2021-06-15", "day"),
        ("measures", "children_in_care_per_10000", 109, "2021-06-15", "2021-06-15", "day"),
        ("measures", "children_in_care", 540, "2017-03-31", "2017-03-31", "day"),
        ("measures", "children_in_care_per_10000", 100, "2017-03-31", "2017-03-31", "day")]


def test_a_change_in_child_protection_plans_is_named_by_its_direction():
    assert _rows("The number of children subject to child protection plans in Leeds rose by 4.7 per cent.") == [
        ("measures", "child_protection_plans_increase_share", 0.047, "2021-06-15", "2021-06-15", "day")]
    assert _rows("Kent had 500 children on child protection plans in 2019, a figure which has fallen by 10 per cent.") == [
        ("measures", "children_on_child_protection_plans", 500, "2019-01-01", "2019-12-31", "year"),
        ("measures", "child_protection_plans_decrease_share", 0.1, "2019-01-01", "2021-06-15", "range")]
    assert _rows("Kent saw a 90% rise in children subject to a protection plan per 10,000 of the child population.") == []


def test_a_count_of_time_is_no_old_value():
    assert [r[:3] for r in _rows("Kent saw the number of social workers rise from 79 to 416 over the four-year period.")] == [
        ("measures", "social_workers", 79), ("measures", "social_workers", 416)]


# Each figure in other words than the rules' examples: its subject before it with the place between ("... in Wigan now
# number"), a change with its old value ("rose from 400 to 500"), verbs of making up, a count "the number of" names.
SHAPES = [
    ("Vacancies have been cut from 30 per cent to 12 per cent in Wigan.", ("vacancy_rate", 0.3), ("vacancy_rate", 0.12)),
    ("Vacant posts make up 26 per cent of Sefton’s social work establishment.", ("vacancy_rate", 0.26)),
    ("At 26 per cent, Derby’s vacancy rate is among the highest in England.", ("vacancy_rate", 0.26)),
    ("Vacancies among Bolton’s children’s social workers now number 45.", ("vacant_posts", 45)),
    ("Wigan has been unable to fill 45 social work posts.", ("vacant_posts", 45)),
    ("A quarter of Sefton’s social workers are locums.", ("agency_share", 0.25)),
    ("One in four social workers in Derby is employed through an agency.", ("agency_share", 0.25)),
    ("In Wigan, the number of locums employed by the council rose to 60.", ("agency_social_workers", 60)),
    ("Norfolk is losing 14 per cent of its social workers every year.", ("turnover_rate", 0.14)),
    ("Children in care in Bolton now number 1,800.", ("children_in_care", 1800)),
    ("Some 1,800 children are now in Sefton’s care.", ("children_in_care", 1800)),
    ("Children in care in Wigan rose from 1,500 to 1,800.", ("children_in_care", 1500), ("children_in_care", 1800)),
    ("Derby has seen the number of children in care rise by 30 per cent.", ("children_in_care_increase_share", 0.3)),
    ("There are 30 per cent more children in care in Norfolk than in 2015.", ("children_in_care_increase_share", 0.3)),
    ("Child protection plans in Bolton have risen from 400 to 500.",
     ("child_protection_plans", 400), ("child_protection_plans", 500)),
    ("Some 450 children in Sefton are subject to child protection plans.", ("children_on_child_protection_plans", 450)),
    ("Wigan has seen referrals rise by 30 per cent in a year.", ("referrals_increase_share", 0.3)),
    ("The regional average vacancy rate is 18 per cent.", ("vacancy_rate", 0.18)),
    ("Wigan looks after about 650 children and young people.", ("children_in_care", 650)),
    ("The number of children looked after by Sefton Council was 650 in March.", ("children_in_care", 650)),
    ("The number of children in care in Derby increased by 150 to 650.",
     ("children_in_care_increase", 150), ("children_in_care", 650)),
    ("The rate of looked-after children in Bolton is 78 per 10,000.", ("children_in_care_per_10000", 78)),
    ("In Wigan, 40 children live in residential children’s homes.", ("children_in_residential_care", 40)),
    ("In Sefton, 200 children in care are placed outside the county.", ("children_in_care_placed_outside_area", 200)),
    ("There were 1,000 children in care in Derby, up 10 per cent on a year ago.",
     ("children_in_care", 1000), ("children_in_care_increase_share", 0.1)),
    ("Bolton had a vacancy rate of 30 per cent in 2017, which has since fallen to 15 per cent.",
     ("vacancy_rate", 0.3), ("vacancy_rate", 0.15)),
    ("Norfolk’s social work vacancy rate – 30 per cent – is the highest in the region.", ("vacancy_rate", 0.3)),
    ("Wigan currently has 3,000 children in need and 600 in care.", ("children_in_need", 3000), ("children_in_care", 600)),
    ("The vacancy rate in Bolton rose by 5 per cent to 30 per cent.", ("vacancy_rate", 0.3)),
    ("Caseloads in Derby fell by 4 to 18.", ("caseload_per_worker", 18)),
]


@pytest.mark.parametrize("text,expected", [(t, list(e)) for t, *e in SHAPES], ids=range(len(SHAPES)))
def test_a_figure_in_other_words(text, expected):
    assert [(r[1], r[2]) for r in _rows(text)] == expected


@pytest.mark.parametrize("text", [
    "Children in care make up 1 per cent of Wigan’s population.",
    "Referrals from schools made up 30 per cent of the total in Sefton.",
    "Vacancies for foster carers in Derby rose to 45.",
    "Bolton’s locums earn 30 per cent more than permanent staff.",
    "The number of children in care in Norfolk is expected to rise to 2,000 by 2025.",
    "Wigan said vacancies were a problem and staff morale had dropped to 40 per cent.",
    "Sefton’s budget for children in care rose by 15 per cent.",
    "Wigan wants caseloads of no more than 18.",
    "Derby pays agency staff 30 per cent more than permanent staff.",
    "Bolton has pledged to cut its vacancy rate to 10 per cent."])
def test_no_figure_in_words_that_only_look_alike(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text", ["New social workers in Kent have maximum caseloads of 18 children.",
                                  "Kent has capped caseloads at 18."])
def test_a_capped_caseload_is_an_upper_bound(text):
    assert [(r["measure"], r["value"], r["lower"], r["upper"], r["qualifier"]) for _, r in extracted(article(text))] == [
        ("caseload_per_worker", 18.0, None, 18.0, "up_to")]


@pytest.mark.parametrize("text, expected", [
    ("Kent has a vacancy rate of 30%, higher than last year.", ("vacancy_rate", 0.3, "2021-06-15", "2021-06-15", "day")),
    ("Caseloads in Kent are 18 per worker, down on the same time last year.",
     ("caseload_per_worker", 18, "2021-06-15", "2021-06-15", "day")),
    ("Kent has 300 children in care, up by a quarter on 2019.", ("children_in_care", 300, "2021-06-15", "2021-06-15", "day")),
    ("In Kent the figure is lower than in March 2013, when 163 children were on child protection plans.",
     ("children_on_child_protection_plans", 163, "2013-03-01", "2013-03-31", "month"))])
def test_a_figure_compared_with_an_earlier_date_is_dated_at_its_own(text, expected):
    assert _rows(text)[:1] == [("vacancies" if expected[0] in ("vacancy_rate", "caseload_per_worker") else "measures", *expected)]


def test_a_difference_from_the_previous_sentences_figure_is_no_value_of_it():
    assert [r[1:3] for r in _rows("On 31 March 2016 Kent had 300 children on child protection plans. This is 84 fewer "
                                  "than at 31 March 2015.")] == [("children_on_child_protection_plans", 300)]
