"""Official statistics: loading, units, suppression, hashes, matching, verdicts, sentences, any council."""
import shutil
from collections import Counter

import pandas as pd
import pytest

from conftest import ROOT, sha256
from helpers import official, official_charts, report
from helpers.errors import InputError
from helpers.params import choose_council

OFFICIAL = ROOT / "data" / "official"


@pytest.fixture(scope="module")
def stats():
    return official.load_official(OFFICIAL)


def _values(table, council, measure):
    rows = table[(table["council"] == council) & (table["measure"] == measure)]
    return dict(zip(rows["date_end"].str[:4], rows["value"]))


def claim(measure="vacancy_rate", value=0.3, lower=None, upper=None, qualifier="exact", unit="share",
          scope="whole service", start="2019-03-01", end="2019-03-31", council="Croydon", article="a1"):
    return {"mention_id": f"m-{measure}-{value}-{scope}", "article_id": article, "council": council, "quote": "q",
            "char_start": 0, "char_end": 1, "date_start": start, "date_end": end, "date_precision": "month",
            "measure": measure, "scope": scope, "value": value, "lower": lower, "upper": upper, "unit": unit,
            "qualifier": qualifier}


def check(stats, *claims, outlet="Inside Croydon"):
    articles = pd.DataFrame({"article_id": ["a1"], "outlet": [outlet]})
    vacancies = pd.DataFrame([c for c in claims if c["unit"] == "share" or c["measure"] == "caseload_per_worker"])
    measures = pd.DataFrame([c for c in claims if c["unit"] == "count" and c["measure"] != "caseload_per_worker"])
    empty = pd.DataFrame(columns=list(claim()))
    return official.check_claims({"vacancies": vacancies if len(vacancies) else empty,
                                  "measures": measures if len(measures) else empty, "articles": articles}, stats)


# --- loading -----------------------------------------------------------------------------

def test_croydon_values_as_shares_and_counts(stats):
    assert _values(stats, "Croydon", "vacancy_rate") == pytest.approx(
        {"2017": 0.25, "2018": 0.357, "2019": 0.359, "2020": 0.264, "2021": 0.188, "2022": 0.312, "2023": 0.336})
    assert _values(stats, "Croydon", "caseload_per_worker") == pytest.approx(
        {"2017": 18.3, "2018": 16.6, "2019": 14.7, "2020": 15.8, "2021": 14.9, "2022": 15.1, "2023": 17.6})
    assert _values(stats, "Croydon", "children_in_care")["2019"] == 818
    assert _values(stats, "Croydon", "children_population")["2020"] == 91658
    assert _values(stats, "Croydon", "social_workers_in_post")["2017"] == 204


def test_reference_dates_as_intervals_and_source_rows(stats):
    rows = stats[(stats["council"] == "Croydon") & (stats["date_end"] == "2019-09-30")].set_index("measure")
    assert (rows.loc["vacancy_rate", "date_start"], rows.loc["turnover_rate", "date_start"]) == ("2019-09-30", "2018-10-01")
    line = int(rows.loc["vacancy_rate", "source"].split(" row ")[1])
    text = (OFFICIAL / "csww_indicators_2017_to_2023.csv").read_text(encoding="utf-8").splitlines()
    assert text[line - 1].startswith("2019,") and ",Croydon," in text[line - 1] and ",35.9," in text[line - 1]
    cla = stats[(stats["council"] == "Croydon") & (stats["measure"] == "children_in_care")]
    assert set(cla["date_end"].str[5:]) == {"03-31"}


def test_suppression_codes_become_blanks_with_a_note(stats):
    suppressed = stats[stats["note"] != ""]
    assert suppressed["value"].isna().all()
    assert {"x", "z", "c", "u", "low"} <= set(suppressed["note"])
    assert (stats["value"].isna() == ((stats["note"] != "") | (stats["published"] == ""))).all()


def test_parse_cell():
    assert official.parse_cell("35.7", "share", "f") == (0.357, "")
    assert official.parse_cell("low", "share", "f") == (None, "low")
    with pytest.raises(InputError, match="f: '12%' is neither a number"):
        official.parse_cell("12%", "share", "f")


def _copy(tmp_path):
    target = tmp_path / "official"
    shutil.copytree(OFFICIAL, target)
    return target


def test_changed_file_is_an_input_error_naming_it(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "csww_indicators_2017_to_2023.csv"
    path.chmod(0o644)
    path.write_text(path.read_text(encoding="utf-8").replace(",35.9,", ",5.9,"), encoding="utf-8")
    with pytest.raises(InputError, match=r"file 'csww_indicators_2017_to_2023.csv': sha256 of .* sources.csv says "
                                         r"98431e63.*restore the file as published"):
        official.load_official(folder)


def test_bom_is_fine_and_rehashed_file_loads(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "csww_indicators_2017_to_2023.csv"
    path.chmod(0o644)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    sources = (folder / "sources.csv")
    sources.chmod(0o644)
    sources.write_text(sources.read_text().replace(official.read_sources(OFFICIAL)[0]["sha256"], sha256(path)))
    assert _values(official.load_official(folder), "Croydon", "vacancy_rate")["2019"] == pytest.approx(0.359)


def test_missing_sources_csv(tmp_path):
    with pytest.raises(InputError, match="sources.csv is missing"):
        official.load_official(tmp_path)


# --- councils ----------------------------------------------------------------------------

def test_official_table_holds_council_region_and_england(stats):
    table = official.official_table(stats, "Lambeth")
    assert set(zip(table["level"], table["council"])) == {("council", "Lambeth"), ("region", "Inner London"),
                                                          ("England", "England")}
    assert _values(table, "Lambeth", "vacancy_rate")["2023"] == pytest.approx(0.553)


def test_choose_council_accepts_any_council_the_statistics_know():
    found, known = Counter({"Croydon": 12}), ["Croydon", "Lambeth", "Bristol"]
    assert choose_council("london borough of lambeth", found, known) == "Lambeth"
    assert choose_council("Croydon Council", found, known) == "Croydon"
    assert choose_council("City of Bristol", found, known) == "Bristol"
    with pytest.raises(InputError, match="parameter council='Lambet' has no facts; nearest: Lambeth$"):
        choose_council("Lambet", found, known)


# --- claims ------------------------------------------------------------------------------

def test_claim_intervals():
    assert official.claim_interval(12, None, None, "about", "count") == (11.5, 12.5)
    assert official.claim_interval(0.78, None, None, "about", "share") == pytest.approx((0.775, 0.785))
    assert official.claim_interval(800, None, None, "about", "count") == (750, 850)
    assert official.claim_interval(94000, None, None, "about", "count") == (93500, 94500)
    assert official.claim_interval(40, None, 40, "nearly", "count") == (None, 40)
    assert official.claim_interval(50, 50, None, "more_than", "count") == (50, None)
    assert official.claim_interval(None, 1 / 3, 0.5, "between", "share") == (1 / 3, 0.5)
    assert official.claim_interval(1 / 6, None, None, "exact", "share") == (1 / 6, 1 / 6)


def test_nearest_reference_dates_before_and_after(stats):
    rows = check(stats, claim(value=0.36, qualifier="about"))
    assert list(rows["official_date"]) == ["2018-09-30", "2019-09-30"]
    assert list(rows["gap_days"]) == [-152, 183]
    inside = check(stats, claim("children_in_care", 818, unit="count", scope=""))
    assert list(zip(inside["official_date"], inside["gap_days"])) == [("2019-03-31", 0)]


def test_consistent_within_the_official_rounding(stats):
    rows = check(stats, claim(value=0.36, qualifier="about", start="2019-09-01", end="2019-09-30"))
    assert list(rows["verdict"]) == ["consistent"]
    assert rows["explanation"][0] == ("Inside Croydon's vacancy rate of about 36% (September 2019) allows 35.5% to 36.5%, "
                                      "which includes the official figure for Croydon, 35.9% at 30 September 2019 "
                                      "(within the article's dates).")
    edge = check(stats, claim(value=0.3595, start="2019-09-30", end="2019-09-30"))
    assert list(edge["verdict"]) == ["consistent"]


def test_contradicts(stats):
    rows = check(stats, claim("caseload_per_worker", 12, qualifier="about", unit="count"))
    assert list(rows["verdict"]) == ["contradicts", "contradicts"]
    assert list(rows["difference"]) == pytest.approx([12 - 16.6, 12 - 14.7])
    assert rows["explanation"][0] == ("Inside Croydon's average caseload per social worker of about 12 (March 2019) allows "
                                      "11.5 to 12.5, but the official figure for Croydon, 16.6 at 30 September 2018 "
                                      "(152 days before the article's date), lies outside it.")


def test_a_rate_of_children_in_care_per_10000_is_checked_against_the_official_rate(stats):
    official_rate = _values(stats, "Croydon", "children_in_care_rate")["2019"]
    rows = check(stats, claim("children_in_care_per_10000", official_rate, unit="count", start="2019-03-31",
                              end="2019-03-31"))
    assert list(rows["measure"]) == ["children_in_care_rate"] and list(rows["verdict"]) == ["consistent"]


def test_qualifiers_open_one_side(stats):
    nearly = check(stats, claim(value=1 / 6, upper=1 / 6, qualifier="nearly", start="2018-01-01", end="2018-01-31"))
    assert list(nearly["verdict"]) == ["contradicts", "contradicts"]
    assert list(nearly["claim_lower"].isna()) == [True, True]
    more = check(stats, claim(value=0.2, lower=0.2, qualifier="more_than", start="2018-01-01", end="2018-01-31"))
    assert list(more["verdict"]) == ["consistent", "consistent"]


def test_part_of_the_service_is_a_different_definition(stats):
    rows = check(stats, claim(value=0.78, scope="one team"))
    assert list(rows["verdict"]) == ["different_definition"] * 2
    assert rows["explanation"][0] == ("Inside Croydon's vacancy rate of 78% (March 2019) covers one team only, while the "
                                      "official figure (35.7% at 30 September 2018) covers the whole of Croydon, so the "
                                      "two measure different things.")


def test_no_official_figure(stats):
    early = check(stats, claim(start="2012-03-01", end="2012-03-31"))
    assert list(early["verdict"]) == ["no_official_figure"]
    assert early["explanation"][0] == ("The official statistics publish no vacancy rate for Croydon within a year of "
                                       "Inside Croydon's vacancy rate of 30% (March 2012); they cover 2017 to 2023.")
    undated = check(stats, claim(start="", end=""))
    assert "has no date" in undated["explanation"][0]
    nowhere = check(stats, claim(council="Atlantis"))
    assert nowhere["explanation"][0] == "The official statistics publish no vacancy rate for Atlantis."


def test_suppressed_official_value_is_no_official_figure(stats):
    code = stats[(stats["level"] == "council") & (stats["measure"] == "agency_share") & (stats["note"] != "")].iloc[0]
    day = code["date_end"]
    rows = check(stats, claim("agency_share", council=code["council"], start=day, end=day))
    assert list(rows["verdict"]) == ["no_official_figure"]
    assert f"(code '{code['note']}'" in rows["explanation"][0]


def test_england_figure_is_held_to_england(stats):
    rows = check(stats, claim(value=0.169, council="", scope="England average", start="2019-09-30", end="2019-09-30"))
    assert list(rows["official_area"]) == ["England"]
    assert rows["verdict"][0] in ("consistent", "contradicts")


def test_another_council_lambeth(stats):
    rows = check(stats, claim(value=0.553, council="Lambeth", start="2023-09-30", end="2023-09-30"), outlet="Brixton Buzz")
    assert list(rows["verdict"]) == ["consistent"]
    assert rows["explanation"][0].startswith("Brixton Buzz's vacancy rate of 55.3% (30 September 2023)")


# --- charts and report section -----------------------------------------------------------

def test_council_without_claims_draws_official_lines_only(stats, tmp_path):
    table = official.official_table(stats, "Lambeth")
    claims = check(stats, claim())
    lines = official_charts.lines_data(table, official_charts.WORKFORCE)
    points = official_charts.claims_data(claims, pd.DataFrame({"article_id": ["a1"], "outlet": ["x"]}), "Lambeth",
                                         official_charts.WORKFORCE)
    assert points.empty and set(lines["level"]) == {"council", "region", "England"}
    figs = official_charts.official_chart(lines, points, official_charts.WORKFORCE)
    assert [f.get_figwidth() for f in figs.values()] == [8.0, 3.6]
    assert "vacancy rate, Lambeth:" in official_charts.alt_text(lines, points, "Lambeth", official_charts.WORKFORCE)
    section = official.report_section({"official": table, "claims_check": claims}, "Lambeth", pd.DataFrame())
    html = section.render(report.Footnotes())
    assert "The articles give no figure for Lambeth that the official statistics also publish." in html
    assert section.id == "official" and "Open Government Licence v3.0" in html


def test_section_links_claims_to_footnotes_and_source_rows_and_escapes(stats):
    table = official.official_table(stats, "Croydon")
    claims = check(stats, claim(value=0.78, scope="<b>one</b> team"))
    mentions = pd.DataFrame({"source_table": ["vacancies"], "mention_id": [claims["mention_id"][0]],
                             "fact_id": ["vacancies-f1"]})
    section = official.report_section({"official": table, "claims_check": claims}, "Croydon", mentions).render(
        report.Footnotes())
    assert '<sup><a class="fn" href="#src-vacancies-f1" id="cite-vacancies-f1">1</a></sup>' in section
    assert "&lt;b&gt;one&lt;/b&gt; team" in section and "covers <b>" not in section
    anchor = official.source_anchor(claims["official_source"][0])
    assert f"href='#{anchor}'" in section and f"id='{anchor}'" in section
