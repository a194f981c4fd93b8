"""Charts: what is drawn equals what the tables say, no text touches another text or mark, identical inputs
give identical files.

`make_corpus` builds a small synthetic corpus (two councils, three articles, reader
comments, a quote holding markup) and its tables; the report and browser tests use it too.
"""
import hashlib
import json
import re
from xml.etree import ElementTree
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from conftest import OFSTED, ROOT
from helpers import charts, wording
from helpers.charts.style import FRAMES, MIN_FONT, PHONE
from helpers.extract import extract_corpus
from helpers.corpus import load_corpus
from helpers.errors import InputError
from helpers.explore import fact_mentions, load_tables, pick_council, resolve_period
from helpers.schema import TABLES, columns
from helpers.tables import articles_table, mention_id, write_tables
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
           "A further £2million was promised. "
           "Its 'inadequate' department still troubles parents.\n"),
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
    ("ratings", _common("a2", "Its 'inadequate' department", "", "2018-02-28", "before")
     | dict(authority="Ofsted", event="judgement", judgement="Inadequate", scope="overall")),
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
        row = row | {"char_start": start, "char_end": start + len(row["quote"]), "rule": "test", "review": "auto"}
        rows[table].append(row | {"mention_id": mention_id(table, row)})
    blank = {name: {c: "" for c in columns(fields)} for name, fields in TABLES.items()}
    return {name: pd.DataFrame([blank[name] | r for r in rs], columns=columns(TABLES[name])) for name, rs in rows.items()}


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


def test_unknown_council_lists_the_nearest_names_and_a_council_of_the_statistics_is_allowed(loaded):
    tables, _, _ = loaded
    with pytest.raises(InputError, match="parameter council='Wigun' has no facts; nearest: Wigan"):
        pick_council("Wigun", tables["timeline"])
    with pytest.raises(InputError, match="parameter council='Atlantis' has no facts; councils found: Bolton, Wigan$"):
        pick_council("Atlantis", tables["timeline"])
    assert pick_council("croydon council", tables["timeline"]) == "Croydon"


def test_ratings_path_holds_only_judgements_given(loaded):
    tables, mentions, view = loaded
    data = charts.ratings_data(tables["timeline"], mentions, view)
    path = data[data.layer == "path"]
    assert list(path.judgement) == ["Inadequate", "Good"] and charts.given(path).all()
    assert not data.query("layer == 'standing'").drawn.any()
    assert sorted(data[data.layer == "event"].kind) == ["directive", "inspection", "monitoring_visit"]
    assert list(zip(data[data.layer == "other council"].council, data[data.layer == "other council"].judgement)) == [
        ("Bolton", "Requires improvement")]


def test_a_standing_grade_never_adds_a_point_to_path_title_or_lead(loaded):
    tables, mentions, view = loaded
    timeline = tables["timeline"].copy()
    late = timeline.query("source_table == 'ratings' and judgement == 'Good' and council == 'Wigan'").index
    timeline.loc[late, ["date_start", "date_precision"]] = ["", "before"]
    data = charts.ratings_data(timeline, mentions, view)
    assert "Good" not in set(data.query("layer == 'path'").judgement)
    assert data.query("layer == 'standing'").judgement.tolist() == ["Good"]
    assert charts.CHARTS[0].title(data, "Wigan") == "Wigan's overall judgement: Inadequate (May 2016)"


def test_lead_joins_repeated_grades_and_names_months(loaded):
    tables, mentions, view = loaded
    path = charts.ratings_data(tables["timeline"], mentions, view).query("layer == 'path'")
    text = "".join(t for t, _ in wording.lead(path, "Wigan"))
    assert text == "Ofsted judged Wigan's children's services Inadequate (May 2016) then Good (February 2018)."
    repeated = pd.concat([path.iloc[:1], path.iloc[:1].assign(fact_id="again"), path.iloc[1:]])
    assert [g for g, _, _ in wording.grade_runs(repeated)] == ["Inadequate", "Good"]


def test_workforce_one_measure_per_panel_and_title_names_the_scope(loaded):
    tables, mentions, view = loaded
    data = charts.workforce_data(tables["timeline"], mentions, view)
    assert set(data.fact_id) == set(_timeline(tables, "vacancies").fact_id)
    assert (data.panel == data.kind).all()
    assert data.groupby("panel").unit.nunique().max() == 1
    assert charts.CHARTS[1].title(data, "Wigan") == "Wigan's highest vacancy rate reported: 78%, for one team (May 2016)"
    fig = charts.CHARTS[1].draw(data, view, FRAMES[0])
    assert [ax.get_title() for ax in fig.axes] == ["Vacancy rate (%)", "Teams understrength by (%)", "Posts created"]


def test_money_draws_every_dated_sum_and_formats_pounds(loaded):
    tables, mentions, view = loaded
    data = charts.money_data(tables["timeline"], mentions, view)
    assert set(data[data.drawn].fact_id) == set(_timeline(tables, "budgets").query("date_precision != 'unknown'").fact_id)
    assert list(data[~data.drawn].value) == [2_000_000]
    fig = charts.CHARTS[2].draw(data, view, FRAMES[0])
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "£10m" in ticks and not any("," in t for t in ticks)


def test_money_titles_stay_on_the_phone_frame_and_pay_says_a_year_only_when_every_sum_recurs_yearly(loaded):
    tables, mentions, view = loaded
    data = charts.money_data(tables["timeline"], mentions, view)
    big = data.assign(**{c: data[c] * 12 for c in ("value", "lower", "upper", "y", "y_low", "y_high")})  # ticks to £150m
    pay = big.iloc[:1].assign(fact_id="pay", kind="salary", panel="pay", panel_order=True, value=42.0, y=42.0,
                              y_low=42.0, y_high=42.0, recurrence="unknown", purpose="")
    fig = charts.CHARTS[2].draw(pd.concat([big, pay], ignore_index=True), view, PHONE)
    assert charts.overlaps(fig) == []
    assert [ax.get_title() for ax in fig.axes] == ["Extra funding and budget\nincreases (£)", "Pay (£)"]
    yearly = charts.CHARTS[2].draw(pd.concat([data, pay.assign(recurrence="per_year")], ignore_index=True), view, FRAMES[0])
    assert yearly.axes[-1].get_title() == "Pay (£ a year)"


def test_people_title_counts_what_is_drawn(loaded):
    tables, mentions, view = loaded
    data = charts.people_data(tables["timeline"], mentions, view)
    drawn = data[data.drawn]
    # the DfE directive of ratings.csv is no milestone here: extraction gives each its events.csv row, drawn instead
    assert charts.CHARTS[3].title(data, "Wigan") == "Wigan: 1 appointment, 1 departure, 2 milestones, 1 person in post"
    fig = charts.CHARTS[3].draw(data, view, FRAMES[0])
    marks = {line.get_gid() for line in fig.findobj(lambda a: (getattr(a, "get_gid", lambda: "")() or "").startswith("fact-"))}
    assert marks == {f"fact-{f}" for f in drawn.fact_id}


def test_a_chart_with_nothing_dated_is_not_drawn(loaded):
    tables, mentions, view = loaded
    nowhere = charts.View("Nowhere", view.start, view.end, view.articles)
    for chart in charts.CHARTS:
        data = chart.data(tables["timeline"], mentions, nowhere)
        assert charts.draw(chart, data, nowhere) == {}
        assert charts.entry(chart, data, nowhere)["sentence"].startswith("No chart of")


def _views(processed, council=""):
    tables = load_tables(processed)
    view = charts.View(pick_council(council, tables["timeline"]), *resolve_period(tables["articles"], None, None),
                       tables["articles"])
    return tables, fact_mentions(tables), view


@pytest.fixture(scope="module")
def ofsted(tmp_path_factory):
    articles = load_corpus(OFSTED)
    tables = extract_corpus(articles)
    processed = tmp_path_factory.mktemp("ofsted") / "processed"
    write_tables({"articles": articles_table(articles), **tables, "timeline": consolidate(tables)}, processed,
                 {a.article_id: a.text for a in articles})
    return processed


@pytest.fixture(params=["synthetic", "seeds", "seeds Bromley", "ofsted examples"])
def corpora(request, corpus, ofsted):
    processed = {"synthetic": corpus[1], "seeds": ROOT / "data" / "processed", "seeds Bromley": ROOT / "data" / "processed",
                 "ofsted examples": ofsted}[request.param]
    return _views(processed, "Bromley" if "Bromley" in request.param else "")


def test_no_text_touches_another_text_or_mark_and_phone_text_is_readable(corpora):
    tables, mentions, view = corpora
    for chart in charts.CHARTS:
        data = chart.data(tables["timeline"], mentions, view)
        figs = charts.draw(chart, data, view)
        assert bool(figs) == charts.has_own(data, view)
        for frame, fig in figs.items():
            assert charts.overlaps(fig) == [], f"{chart.name}{frame.suffix}"
            sizes = {t.get_fontsize() for t in fig.findobj(lambda a: hasattr(a, "get_fontsize") and a.get_visible())}
            assert min(sizes) >= MIN_FONT
        phone = figs.get(PHONE)
        if phone is not None:
            assert phone.get_figwidth() * phone.dpi <= 640
            assert MIN_FONT * 346 / (PHONE.width_in * 72) >= 12, "9 pt at 346 CSS px is at least 12 px"


def test_every_dated_fact_is_drawn_and_the_others_listed(corpora, tmp_path):
    tables, mentions, view = corpora
    for chart in charts.CHARTS:
        record = charts.publish(chart, tables["timeline"], mentions, view, tmp_path)
        data = chart.data(tables["timeline"], mentions, view)
        assert record["facts"] == (sorted(data[data.drawn].fact_id) if record["published"] else [])
        own = data[data.council == view.council]
        assert set(record["listed"]) == set(own[~own.drawn].fact_id)
        if record["published"]:
            svg = (tmp_path / record["files"]["desktop"]["svg"]).read_text()
            titled = re.findall(r'<g id="fact-([^"]+)"><title>([^<]+)</title>', svg)
            assert sorted(f for f, _ in titled) == record["facts"]
            assert len(re.findall(r'xlink:href="../index.html#src-[^"]+" target="_top">', svg)) == len(record["facts"])
            ElementTree.fromstring(svg)


def test_overlap_check_sees_a_label_on_a_mark(loaded):
    tables, mentions, view = loaded
    fig = charts.CHARTS[1].draw(charts.workforce_data(tables["timeline"], mentions, view), view, FRAMES[0])
    ax = fig.axes[0]
    line = next(a for a in ax.lines if (a.get_gid() or "").startswith("fact-"))
    ax.text(*[v[0] for v in line.get_data()], "on top", ha="center", va="center")
    assert any("'on top' overlaps mark fact-" in p for p in charts.overlaps(fig))


def test_identical_inputs_give_identical_files(loaded, tmp_path):
    tables, mentions, view = loaded
    outputs = []
    for run in ("one", "two"):
        for chart in charts.CHARTS:
            charts.publish(chart, tables["timeline"], mentions, view, tmp_path / run)
        outputs.append({p.name: p.read_bytes() for p in sorted((tmp_path / run).iterdir())})
    assert outputs[0] == outputs[1]
    assert b"<dc:date>" not in outputs[0]["money.svg"] and b"Software" not in outputs[0]["money.png"]
    assert set(json.loads(outputs[0]["figures.json"])) == {c.name for c in charts.CHARTS}
