"""ratings.csv from five Ofsted reports (PDF-to-text): each report's own judgements, its inspection dates,
and the earlier inspections and judgements it mentions."""
import pytest

from conftest import OFSTED
from helpers.corpus import load_corpus
from helpers.extract import extract_article

if not (OFSTED / "manifest.csv").is_file():
    pytest.skip(f"no Ofsted example corpus at {OFSTED}", allow_module_level=True)

# Per report: its council, its own judgements by scope (from the judgement table on the first page),
# the inspection dates, and earlier events it mentions as (event, judgement, scope, start, end, precision).
REPORTS = {
    "blackpool-2023-02-01": ("Blackpool", {
        "leadership": "Requires improvement", "help and protection": "Requires improvement",
        "children in care and care leavers": "Good", "overall": "Requires improvement",
    }, ("2022-12-05", "2022-12-16"), {
        ("judgement", "Inadequate", "overall", "2018-11-01", "2018-11-30", "month"),
        ("inspection", "", "", "2018-11-01", "2018-11-30", "month"),
        ("monitoring_visit", "", "", "", "2023-02-01", "before"),
    }),
    "bury-2021-12-17": ("Bury", {
        "leadership": "Inadequate", "help and protection": "Inadequate",
        "children in care and care leavers": "Requires improvement", "overall": "Inadequate",
    }, ("2021-10-25", "2021-11-05"), {
        ("monitoring_visit", "", "", "2020-10-01", "2020-10-31", "month"),  # "the last focused visit in 2020" is this one
    }),
    "cornwall-2019-11-05": ("Cornwall", {
        "leadership": "Outstanding", "help and protection": "Good",
        "children in care and care leavers": "Outstanding", "overall": "Outstanding",
    }, ("2019-10-14", "2019-10-18"), {
        ("inspection", "", "", "2018-01-01", "2018-12-31", "year"),
        ("inspection", "", "", "2016-01-01", "2016-12-31", "year"),
    }),
    "croydon-2024-12-03": ("Croydon", {
        "leadership": "Good", "help and protection": "Requires improvement", "children in care": "Good",
        "care leavers": "Good", "overall": "Good",
    }, ("2024-10-14", "2024-10-25"), {
        ("inspection", "", "", "2020-01-01", "2020-12-31", "year"),
    }),
    "croydon-2017-09-04": ("Croydon", {
        "overall": "Inadequate", "help and protection": "Inadequate", "children in care": "Inadequate",
        "adoption": "Requires improvement", "care leavers": "Requires improvement", "leadership": "Inadequate",
        "lscb": "Inadequate",
    }, ("2017-06-20", "2017-07-13"), {
        ("judgement", "Adequate", "overall", "", "2017-09-04", "before"),
        ("judgement", "Good", "children's home", "", "2017-09-04", "before"),
        ("inspection", "", "", "2012-05-01", "2012-05-31", "month"),  # "inspected in 2012" is this one
    }),
}


@pytest.fixture(scope="module")
def ratings() -> dict[str, list[dict]]:
    return {a.article_id: [r for t, r in extract_article(a) if t == "ratings"] for a in load_corpus(OFSTED)}


@pytest.fixture(scope="module")
def published() -> dict[str, str]:
    return {a.article_id: a.published.start.isoformat() for a in load_corpus(OFSTED)}


def test_every_report_is_covered(ratings):
    assert set(ratings) == set(REPORTS)


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_own_judgements_are_the_table_dated_at_publication(ratings, published, report):
    council, grades, _, _ = REPORTS[report]
    day = published[report]
    own = {(r["scope"], r["judgement"]) for r in ratings[report]
           if r["event"] == "judgement" and r["date_start"] == day and r["date_end"] == day}
    assert own == set(grades.items())
    assert {r["council"] for r in ratings[report]} == {council}
    assert all(r["authority"] == "Ofsted" for r in ratings[report])


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_the_inspection_is_dated_by_its_inspection_dates(ratings, report):
    _, _, (start, end), _ = REPORTS[report]
    inspection = [r for r in ratings[report] if r["event"] == "inspection" and r["date_start"] == start]
    assert [(r["date_end"], r["date_precision"]) for r in inspection] == [(end, "range")]
    assert inspection[0]["quote"].startswith("Inspection date")


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_earlier_inspections_visits_and_judgements(ratings, published, report):
    _, _, (start, _), earlier = REPORTS[report]
    day = published[report]
    found = {(r["event"], r["judgement"], r["scope"], r["date_start"], r["date_end"], r["date_precision"])
             for r in ratings[report] if r["date_start"] not in (day, start)}
    assert found == earlier


def test_table_rows_quote_the_table_lines(ratings):
    quotes = {r["scope"]: r["quote"] for r in ratings["bury-2021-12-17"]
              if r["event"] == "judgement" and r["date_start"] == "2021-12-17"}
    assert quotes["help and protection"] == (
        "The experiences and progress of children \nwho need help and protection  \nInadequate")
    assert quotes["overall"] == "Overall effectiveness Inadequate"
    older = {r["scope"]: r["quote"] for r in ratings["croydon-2017-09-04"] if r["date_start"] == "2017-09-04"}
    assert older["children in care"] == "2. Children looked after and achieving \npermanence Inadequate"
    assert older["overall"] == "Children’s services in Croydon are inadequate"


def test_quotes_are_exact_spans_of_the_reports():
    for a in load_corpus(OFSTED):
        for _, row in extract_article(a):
            assert a.text[row["char_start"]:row["char_end"]] == row["quote"]
