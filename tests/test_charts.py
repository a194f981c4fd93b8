"""Charts: what is plotted equals what the tables say; identical inputs give identical files.

`make_corpus` builds a small synthetic corpus (two councils, three articles, reader
comments, a quote holding markup) and its tables; the report and browser tests use it too.
"""
import hashlib
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from helpers import charts
from helpers.corpus import load_corpus
from helpers.errors import InputError
from helpers.explore import fact_mentions, load_tables, pick_council, resolve_period
from helpers.schema import TABLES, columns
from helpers.tables import articles_table, with_identity, write_tables
from helpers.timeline import consolidate

COMMENT = "SECRET-COMMENT-TEXT a reader wrote"
ARTICLES = {
    "a1": ("Town Gazette", "2016-05-10", "Wigan services rated inadequate <b>again</b>",
           "Ofsted rated Wigan's children's services inadequate today after an inspection in March 2016. "
           "One team has a vacancy rate of 78 per cent. "
           "The council has set aside £1million for recruitment. "
           "Director Jane Roe left the council in April 2016. "
           "The council leader said: \"<script>alert('x')</script> & other tricks are not ours\". "
           "The DfE issued a directive in May 2016.\n\n"
           f"2 Responses to Wigan services rated inadequate\n\n  1. {COMMENT}\n\nLeave a Reply\n"),
    "a2": ("Council Press Office", "2018-02", "Wigan rated good",
           "Ofsted rated Wigan good in February 2018. "
           "The council has invested an extra £10million a year since 2016. "
           "Nearly 1 in 6 posts is vacant across the service. "
           "Neighbouring Bolton is rated requires improvement. "
           "Ofsted first rated Wigan inadequate in May 2016. "
           "Executive director Sam Poe leads the service. "
           "A further £2million was promised.\n"),
    "a3": ("Town Gazette", "2017-06-15", "Wigan makes progress",
           "An Ofsted monitoring visit in May 2017 found progress. "
           "More than 1 in 3 posts in one area were vacant. "
           "Many teams were understrength by between one-third and one-half. "
           "Interim director John Doe was appointed in January 2017. "
           "Some 40 new posts were created. "
           "An improvement board was set up in June 2016. "
           "The council's leader resigned.\n"),
}


def _common(article, quote, start, end, precision, council="Wigan"):
    return dict(article_id=article, council=council, quote=quote, date_start=start, date_end=end, date_precision=precision)


FACTS = [
    ("ratings", _common("a1", "Ofsted rated Wigan's children's services inadequate today", "2016-05-10", "2016-05-10", "day")
     | dict(authority="Ofsted", event="judgement", judgement="Inadequate", scope="overall")),
    ("ratings", _common("a1", "an inspection in March 2016", "2016-03-01", "2016-03-31", "month")
     | dict(authority="Ofsted", event="inspection", scope="overall")),
    ("ratings", _common("a1", "The DfE issued a directive in May 2016", "2016-05-01", "2016-05-31", "month")
     | dict(authority="DfE", event="directive", scope="overall")),
    ("ratings", _common("a2", "Ofsted first rated Wigan inadequate in May 2016", "2016-05-01", "2016-05-31", "month")
     | dict(authority="Ofsted", event="judgement", judgement="Inadequate", scope="overall")),
    ("ratings", _common("a2", "Ofsted rated Wigan good in February 2018", "2018-02-01", "2018-02-28", "month")
     | dict(authority="Ofsted", event="judgement", judgement="Good", scope="overall")),
    ("ratings", _common("a2", "Bolton is rated requires improvement", "2018-02-01", "2018-02-28", "month", "Bolton")
     | dict(authority="Ofsted", event="judgement", judgement="Requires improvement", scope="overall")),
    ("ratings", _common("a3", "An Ofsted monitoring visit in May 2017", "2017-05-01", "2017-05-31", "month")
     | dict(authority="Ofsted", event="monitoring_visit", scope="overall")),
    ("vacancies", _common("a1", "One team has a vacancy rate of 78 per cent", "2016-05-10", "2016-05-10", "day")
     | dict(measure="vacancy_rate", scope="one team", value=0.78, unit="share", qualifier="exact")),
    ("vacancies", _common("a2", "Nearly 1 in 6 posts is vacant across the service", "2018-02-01", "2018-02-28", "month")
     | dict(measure="vacancy_rate", scope="whole service", value=0.1667, upper=0.1667, unit="share", qualifier="nearly")),
    ("vacancies", _common("a3", "More than 1 in 3 posts in one area were vacant", "2017-06-15", "2017-06-15", "day")
     | dict(measure="vacancy_rate", scope="one area", value=0.3333, lower=0.3333, unit="share", qualifier="more_than")),
    ("vacancies", _common("a3", "Many teams were understrength by between one-third and one-half", "2017-06-15", "2017-06-15",
                          "day") | dict(measure="understrength_share", scope="many teams", lower=0.3333, upper=0.5,
                                        unit="share", qualifier="between")),
    ("vacancies", _common("a3", "Some 40 new posts were created", "2016-01-01", "2017-06-15", "range")
     | dict(measure="posts_created", scope="whole service", value=40, unit="count", qualifier="about")),
    ("budgets", _common("a1", "set aside £1million for recruitment", "2016-05-10", "2016-05-10", "day")
     | dict(kind="extra_funding", amount_gbp=1_000_000, qualifier="exact", recurrence="one_off", purpose="recruitment")),
    ("budgets", _common("a2", "invested an extra £10million a year since 2016", "2016-01-01", "2018-02-28", "range")
     | dict(kind="budget_uplift", amount_gbp=10_000_000, qualifier="exact", recurrence="per_year", purpose="children's services")),
    ("staff_changes", _common("a1", "Director Jane Roe left the council in April 2016", "2016-04-01", "2016-04-30", "month")
     | dict(person="Jane Roe", role="director", organisation="Wigan Council", change="departed")),
    ("staff_changes", _common("a3", "Interim director John Doe was appointed in January 2017", "2017-01-01", "2017-01-31",
                              "month") | dict(person="John Doe", role="interim director", organisation="Wigan Council",
                                              change="interim_appointed")),
    ("staff_changes", _common("a3", "Some 40 new posts were created", "2016-01-01", "2017-06-15", "range")
     | dict(role="social work posts", organisation="Wigan Council", change="posts_created", count=40,
            count_qualifier="about")),
    ("staff_changes", _common("a2", "Executive director Sam Poe leads the service", "2018-02-01", "2018-02-28", "month")
     | dict(person="Sam Poe", role="executive director", organisation="Wigan Council", change="in_post")),
    ("staff_changes", _common("a3", "The council's leader resigned", "", "", "unknown")
     | dict(role="council leader", organisation="Wigan Council", change="departed")),
    ("budgets", _common("a2", "A further £2million was promised", "", "", "unknown")
     | dict(kind="extra_funding", amount_gbp=2_000_000, qualifier="exact", recurrence="unknown", purpose="")),
    ("events", _common("a3", "An improvement board was set up in June 2016", "2016-06-01", "2016-06-30", "month")
     | dict(event_type="improvement_board", description="improvement board set up", actor="Wigan Council")),
    ("events", _common("a1", "\"<script>alert('x')</script> & other tricks are not ours\"", "2016-05-10", "2016-05-10", "day")
     | dict(event_type="statement", description="leader's statement", actor="council leader")),
]


def make_corpus(root: Path) -> tuple[Path, Path]:
    """Write the synthetic raw corpus and its processed tables under root; returns (raw, processed)."""
    raw, processed = root / "raw", root / "processed"
    (raw / "articles").mkdir(parents=True)
    manifest = []
    for article_id, (outlet, published, headline, body) in ARTICLES.items():
        data = f"{headline}\n\n{body}".encode()
        (raw / "articles" / f"{article_id}.txt").write_bytes(data)
        manifest.append(dict(article_id=article_id, file=f"articles/{article_id}.txt", headline=headline, outlet=outlet,
                             published=published, sha256=hashlib.sha256(data).hexdigest()))
    pd.DataFrame(manifest).to_csv(raw / "manifest.csv", index=False)
    articles = load_corpus(raw)
    texts = {a.article_id: a.text for a in articles}
    tables = _tables(texts)
    write_tables({"articles": articles_table(articles), **tables, "timeline": consolidate(tables)}, processed, texts)
    return raw, processed


def _tables(texts: dict[str, str]) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for table, row in FACTS:
        start = texts[row["article_id"]].index(row["quote"])
        rows[table].append(row | {"char_start": start, "char_end": start + len(row["quote"]), "rule": f"{table}.synthetic"})
    blank = {name: {c: "" for c in columns(fields)} for name, fields in TABLES.items()}
    return {name: pd.DataFrame(with_identity(name, [blank[name] | r for r in rs]), columns=columns(TABLES[name]))
            for name, rs in rows.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    return make_corpus(tmp_path_factory.mktemp("synthetic"))


@pytest.fixture(scope="module")
def loaded(corpus):
    tables = load_tables(corpus[1])
    timeline = tables["timeline"]
    council = pick_council("", timeline)
    view = charts.View(council, *resolve_period(tables["articles"], None, None), tables["articles"])
    return tables, fact_mentions(tables), view


def _timeline(tables, table, council="Wigan"):
    t = tables["timeline"]
    return t[(t.source_table == table) & (t.council == council)]


def test_default_council_has_most_facts_and_period_spans_its_facts(loaded):
    _, _, view = loaded
    assert (view.council, view.start, view.end) == ("Wigan", date(2016, 1, 1), date(2018, 2, 28))


def test_undated_facts_are_kept_but_not_drawn_and_the_chart_says_so(loaded):
    tables, mentions, view = loaded
    data = charts.money_data(tables["timeline"], mentions, view)
    fig, alt = charts.money_chart(data, view)
    texts = " ".join(t.get_text() for t in fig.texts)
    assert "Not drawn: 1 fact the articles give without a date" in texts
    assert "£2 million (unknown) for extra funding, at an unknown date" in alt


def test_unknown_council_lists_the_councils_found(loaded):
    tables, _, _ = loaded
    with pytest.raises(InputError, match="councils found: Bolton, Wigan; nearest names: Croydon"):
        pick_council("Croydn", tables["timeline"])
    assert pick_council("croydon council", tables["timeline"]) == "Croydon"


def test_every_mention_belongs_to_one_timeline_fact(loaded):
    tables, mentions, _ = loaded
    timeline = tables["timeline"].set_index("fact_id")
    assert set(mentions.fact_id) == set(timeline.index)
    assert mentions.groupby("fact_id").size().to_dict() == timeline["n_mentions"].to_dict()


def test_ratings_path_plots_every_rating_of_the_council_in_its_layer(loaded):
    tables, mentions, view = loaded
    data = charts.ratings_path_data(tables["timeline"], mentions, view)
    wigan = _timeline(tables, "ratings")
    assert set(data[data.council == "Wigan"].fact_id) == set(wigan.fact_id)
    path = data[data.layer == "path"]
    assert list(path.judgement) == ["Inadequate", "Good"]
    assert list(path.level) == [1, 2 + 1]
    merged = path.merge(wigan, on="fact_id", suffixes=("", "_t"))
    assert (merged.date_start == merged.date_start_t).all() and (merged.date_end == merged.date_end_t).all()
    assert sorted(data[data.layer == "event"].kind) == ["directive", "inspection", "monitoring_visit"]
    others = data[data.layer == "other council"]
    assert list(zip(others.council, others.judgement)) == [("Bolton", "Requires improvement")]


def test_inadequate_fact_is_one_step_with_the_tightest_interval(loaded):
    tables, mentions, view = loaded
    path = charts.ratings_path_data(tables["timeline"], mentions, view).query("layer == 'path'")
    first = path.iloc[0]
    assert (first.date_start, first.date_end, first.n_mentions) == ("2016-05-10", "2016-05-10", 2)


def test_ratings_title_states_the_finding(loaded):
    tables, mentions, view = loaded
    data = charts.ratings_path_data(tables["timeline"], mentions, view)
    assert charts.ratings_title(data, "Wigan") == "Wigan rose from Inadequate (10 May 2016) to Good (February 2018)"


def test_period_filter_keeps_only_overlapping_facts(loaded):
    tables, mentions, view = loaded
    narrow = charts.View("Wigan", date(2017, 1, 1), date(2017, 12, 31), view.articles)
    data = charts.ratings_path_data(tables["timeline"], mentions, narrow)
    assert list(data.kind) == ["monitoring_visit"]


def test_old_scale_grades_sit_at_requires_improvement():
    assert charts.GRADE_LEVEL["Satisfactory"] == charts.GRADE_LEVEL["Adequate"] == charts.GRADE_LEVEL["Requires improvement"]
    assert [charts.GRADE_LEVEL[g] for g in charts.SCALE] == [1, 2, 3, 4]


def test_workforce_data_equals_the_vacancies_table_with_qualifiers(loaded):
    tables, mentions, view = loaded
    data = charts.workforce_data(tables["timeline"], mentions, view)
    assert set(data.fact_id) == set(_timeline(tables, "vacancies").fact_id)
    row = data.set_index(["kind", "scope"]).loc
    assert row["vacancy_rate", "one team"]["text"] == "78%"
    assert row["vacancy_rate", "whole service"]["text"] == "nearly 17%"
    assert row["vacancy_rate", "one area"]["text"] == "more than 33%"
    assert (row["posts_created", "whole service"]["text"], row["posts_created", "whole service"]["unit"]) == ("about 40", "count")
    between = row["understrength_share", "many teams"]
    assert (between["text"], between["y_low"], between["y_high"], between["y"]) == ("between 33% and 50%", 0.3333, 0.5, pytest.approx(0.41665))


def test_money_data_keeps_one_off_and_recurring_apart(loaded):
    tables, mentions, view = loaded
    data = charts.money_data(tables["timeline"], mentions, view).set_index("recurrence")
    assert set(data.fact_id) == set(_timeline(tables, "budgets").fact_id)
    assert (data.loc["one_off", "value"], data.loc["one_off", "text"]) == (1_000_000, "£1 million one-off")
    assert (data.loc["unknown", "text"], data.loc["unknown", "drawn"], data.loc["unknown", "x_start"]) == ("£2 million", False, "")
    assert (data.loc["per_year", "value"], data.loc["per_year", "text"]) == (10_000_000, "£10 million a year")
    assert (data.loc["per_year", "x_start"], data.loc["per_year", "x_end"]) == ("2016-01-01", "2018-02-28")


def test_people_data_has_changes_then_milestones(loaded):
    tables, mentions, view = loaded
    data = charts.people_data(tables["timeline"], mentions, view)
    expected = set(_timeline(tables, "staff_changes").fact_id) | set(_timeline(tables, "events").fact_id)
    expected |= set(_timeline(tables, "ratings").query("kind == 'directive'").fact_id)
    assert set(data.fact_id) == expected
    assert list(data.lane) == ["people"] * 3 + ["in post"] + ["milestone"] * 3 + ["people"]
    assert list(data.drawn) == [True] * 7 + [False]
    assert list(data[data.lane == "people"].kind) == ["posts_created", "departed", "interim_appointed", "departed"]
    assert data.loc[data.lane == "in post", "row_key"].item() == "Sam Poe"
    assert charts.people_title(data, "Wigan") == "Wigan: 2 departures, 1 appointment (1 interim) and 3 milestones in the articles"


def test_source_line_names_the_outlets_of_the_plotted_facts(loaded):
    tables, mentions, view = loaded
    data = charts.money_data(tables["timeline"], mentions, view)
    assert charts.source_line(view.articles, data.article_ids).startswith("Source: Town Gazette, Council Press Office (2 articles)")


CHARTS = [(charts.ratings_path_data, charts.ratings_path_chart), (charts.workforce_data, charts.workforce_chart),
          (charts.money_data, charts.money_chart), (charts.people_data, charts.people_chart)]


@pytest.mark.parametrize("data_fn, chart_fn", CHARTS, ids=lambda f: f.__name__)
def test_identical_inputs_give_identical_files(loaded, tmp_path, data_fn, chart_fn):
    tables, mentions, view = loaded
    outputs = []
    for run in ("one", "two"):
        fig, alt = chart_fn(data_fn(tables["timeline"], mentions, view), view)
        paths = charts.save(fig, tmp_path / run, "chart", alt)
        outputs.append({fmt: p.read_bytes() for fmt, p in paths.items()})
    assert outputs[0] == outputs[1]
    assert outputs[0]["png"].startswith(b"\x89PNG") and b"<svg" in outputs[0]["svg"]
    assert b"<dc:date>" not in outputs[0]["svg"] and b"Software" not in outputs[0]["png"]


def test_save_records_alt_text_in_the_manifest(loaded, tmp_path):
    tables, mentions, view = loaded
    fig, alt = charts.money_chart(charts.money_data(tables["timeline"], mentions, view), view)
    charts.save(fig, tmp_path, "money", alt)
    manifest = json.loads((tmp_path / "figures.json").read_text())
    assert manifest == {"money": {"png": "money.png", "svg": "money.svg", "alt": alt}}
    assert "£10 million a year" in alt and "£1 million one-off" in alt


def test_charts_draw_with_no_data(loaded):
    _, _, view = loaded
    empty = charts.View("Nowhere", view.start, view.end, view.articles)
    tables, mentions, _ = loaded
    for data_fn, chart_fn in CHARTS:
        data = data_fn(tables["timeline"], mentions, empty)
        assert not (data.council == "Nowhere").any()
        fig, alt = chart_fn(data, empty)
        assert "Nowhere" in alt and charts.render(fig, "png", alt)
