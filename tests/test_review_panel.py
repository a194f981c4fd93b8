"""The review panel without a browser (filters, buttons, reviews.csv) and the forgiving exploration API."""
import shutil
from datetime import date

import pytest

from conftest import RAW, ROOT
from helpers.errors import InputError
from helpers.explore import Explorer, as_date, for_people, match_council, match_table
from helpers.review import read_reviews
from helpers.review_panel import ReviewPanel

PROCESSED = ROOT / "data" / "processed"
VACANCY = "b496e8c3ee40"  # "One of his teams has a vacancy rate of 78 per cent", article 002


@pytest.fixture
def panel(tmp_path):
    raw = shutil.copytree(RAW, tmp_path / "raw")
    return ReviewPanel(raw, PROCESSED, reviewer="Ann Editor")


def test_filters_narrow_the_list_and_show_the_sentence_in_context(panel):
    assert panel.found.value.startswith(f"<b>{len(panel.states)}</b> of {len(panel.states)}")
    panel.council.value, panel.table.value, panel.start.value, panel.end.value = "Croydon", "vacancies", "2019", "2019-03"
    assert len(panel.results.options) == 5
    panel.text.value = "78 PER CENT"
    assert [ident for _, ident in panel.results.options] == [VACANCY] and panel.results.value == VACANCY
    assert "<mark>One of his teams has a vacancy rate of 78 per cent</mark>" in panel.context.value
    assert panel.field.options[0] == "council" and "Croydon" in panel.value.value
    panel.state.value = "confirmed"
    assert panel.results.options == () and "No mention matches" in panel.context.value


def test_buttons_record_decisions_like_the_command_line(panel):
    panel.text.value = "78 per cent"
    panel.note.value = "checked against the minutes"
    panel.confirm_button.click()
    assert "Recorded in reviews.csv: confirm b496e8c3ee40: vacancies, article 002" in panel.status.value
    panel.field.value = "value"
    assert panel.value.value == "0.78"
    panel.value.value = "0.8"
    panel.correct_button.click()
    panel.reject_button.click()
    rows = read_reviews(panel.desk.raw_dir)
    assert [(r["action"], r["mention_id"], r["table"], r["field"], r["value"], r["reviewer"]) for r in rows] == [
        ("confirm", VACANCY, "vacancies", "", "", "Ann Editor"),
        ("correct", VACANCY, "vacancies", "value", "0.8", "Ann Editor"),
        ("reject", VACANCY, "vacancies", "", "", "Ann Editor")]
    assert rows[0]["note"] == "checked against the minutes" and rows[1]["note"] == ""
    panel.state.value = "rejected"
    assert [ident for _, ident in panel.results.options] == [VACANCY]


def test_a_refused_value_or_date_says_why_and_writes_nothing(panel):
    panel.text.value = "78 per cent"
    panel.field.value, panel.value.value = "value", "78%"
    panel.correct_button.click()
    assert "error:</b> correct b496e8c3ee40: vacancies.value &#x27;78%&#x27; is not a number" in panel.status.value
    panel.start.value = "March"
    assert "start=&#x27;March&#x27; is not a date" in panel.status.value
    assert read_reviews(panel.desk.raw_dir) == []


def test_pending_leaves_out_what_was_decided(panel):
    panel.state.value = "pending"
    before = len(panel.results.options)
    panel.confirm_button.click()
    assert len(panel.results.options) == before - 1


# --- exploration API ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def explorer():
    return Explorer(RAW, PROCESSED)


def test_councils_tables_and_dates_are_matched_forgivingly(explorer):
    for name in ("croydon", "Croydon Council", "LONDON BOROUGH OF CROYDON", " croydon  council "):
        assert match_council(name, ["Croydon", "Bromley"]) == "Croydon"
    with pytest.raises(InputError, match="council 'Narnia' has no facts; councils found: Bromley, Croydon"):
        match_council("Narnia", ["Croydon", "Bromley"])
    assert [match_table(t) for t in ("vacancy", "Vacancies", "rating", "staff change", "Budget")] == [
        "vacancies", "vacancies", "ratings", "staff_changes", "budgets"]
    with pytest.raises(InputError, match="table 'money' is not a fact table; choose from ratings, vacancies"):
        match_table("money")
    assert (as_date("2019"), as_date("2019-02", end=True), as_date(date(2019, 1, 5))) == (
        date(2019, 1, 1), date(2019, 2, 28), date(2019, 1, 5))
    same = explorer.facts(council="croydon council", table="vacancy", start="2019", end="2019-03")
    assert same.equals(explorer.facts(council="Croydon", table="vacancies", start=date(2019, 1, 1), end=date(2019, 3, 31)))
    assert "78%" in set(same["value"])


def test_numbers_read_as_people_write_them(explorer):
    assert [for_people(1e7, "gbp"), for_people(185000.0, "gbp"), for_people(1.5e6, "gbp")] == ["£10m", "£185,000", "£1.5m"]
    assert [for_people(0.357, "share"), for_people(0.78, "share"), for_people(800.0, "count")] == ["35.7%", "78%", "800"]
    assert for_people(float("nan"), "share") == ""
    assert "£1m" in set(explorer.rows("budget", council="Croydon")["amount_gbp"])


def test_search_finds_mentions_by_quote_or_label(explorer):
    found = explorer.search("VACANCY RATE")
    assert "One of his teams has a vacancy rate of 78 per cent" in set(found["quote"])
    assert set(found.columns) >= {"fact_id", "source_table", "article_id", "quote", "label"}
    assert explorer.search("no such words anywhere").empty
