"""The report page and the exploration helpers: generated numbers, sources, escaping, provenance."""
import hashlib
import re
import shutil
from datetime import date

import pandas as pd
import pytest

from helpers import charts, report, wording
from helpers.errors import InputError
from helpers.explore import (Explorer, describe_dates, fact_mentions, filter_facts, load_tables, percent, qualified,
                             resolve_period)
from test_charts import COMMENT, make_corpus


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(raw, tables, view, figures, page) for the synthetic corpus, figures saved beside the page."""
    root = tmp_path_factory.mktemp("report")
    raw, processed = make_corpus(root)
    tables = load_tables(processed)
    view = charts.View("Wigan", *resolve_period(tables["articles"], None, None), tables["articles"])
    figures = _figures(tables, view, root / "reports" / "figures")
    prov = report.provenance(raw, report.run_parameters({"council": ""}, view.council, view.start, view.end))
    page = report.report_html(view, tables, figures, prov, ["01_ingest", "05_report"], report.manifest_info(raw))
    return raw, tables, view, figures, page


def _figures(tables, view, folder):
    mentions = fact_mentions(tables)
    for chart in charts.CHARTS:
        charts.publish(chart, tables["timeline"], mentions, view, folder)
    return charts.read_manifest(folder)


def _page(built, changes: dict, sections=()):
    raw, tables, view, figures, _ = built
    tables = {name: df.copy() for name, df in tables.items()}
    for (fact_id, column), value in changes.items():
        tables["timeline"].loc[tables["timeline"].fact_id == fact_id, column] = value
    prov = {"commit": "c", "corpus_sha256": "h", "versions": {}, "parameters": {}}
    return report.report_html(view, tables, figures, prov, [], report.manifest_info(raw), sections)


def _fact(tables, table, **where):
    t = tables["timeline"]
    rows = t[t.source_table == table]
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return rows.fact_id.item()


def _section(page, name):
    return re.search(rf'<section id="{name}">(.*?)</section>', page, re.S).group(1)


def test_lead_states_the_judgements_given_with_footnotes(built):
    _, tables, _, _, page = built
    first = _fact(tables, "ratings", judgement="Inadequate", council="Wigan")
    good = _fact(tables, "ratings", judgement="Good", council="Wigan")
    lead = re.search(r'<p class="lead">(.*?)</p>', page, re.S).group(1)
    assert re.sub(r"<sup>.*?</sup>", "", lead) == "Ofsted judged Wigan&#39;s children&#39;s services Inadequate (May 2016) then Good (February 2018)."
    assert f'href="#src-{first}" id="cite-{first}"' in lead and f'href="#src-{good}" id="cite-{good}"' in lead


def test_standfirst_counts_the_articles_giving_the_councils_facts_and_names_the_busiest_outlets(built):
    _, tables, view, _, page = built
    dek = re.search(r'<p class="dek">(.*?)</p>', page, re.S).group(1)
    assert dek.startswith("What 3 articles (Town Gazette, Council Press Office) report about Wigan&#39;s")
    own = pd.DataFrame({"article_ids": [f"a{i};a{i + 1}" for i in range(8)]})
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(12)],
                             "outlet": ["Big"] * 3 + [f"Outlet {i}" for i in range(8)] + ["Not cited"]})
    text = wording.standfirst(charts.View("Wigan", view.start, view.end, articles), own)
    assert text.startswith("What 9 articles (Big, Outlet 0, Outlet 1, Outlet 2, Outlet 3, Outlet 4 and 1 other outlet)")
    assert "8 distinct facts" in text


def test_plain_words_leave_out_what_the_row_does_not_say(built):
    _, tables, _, _, _ = built
    t = tables["timeline"]
    money = t[t.source_table == "budgets"].iloc[0].copy()
    money[["kind", "label", "value"]] = ["salary", "Wigan salary", 42.0]
    assert wording.plain(money, "Wigan") == "Salary: £42"
    money["label"] = "Wigan salary for team manager"
    assert wording.plain(money, "Wigan") == "Salary: £42 for team manager"
    rate = t[t.source_table == "vacancies"].iloc[0].copy()
    rate[["kind", "scope", "value", "unit"]] = ["children_in_care_per_10000", "", 65.0, "count"]
    assert wording.plain(rate, "Wigan") == "Children in care per 10,000 children: 65"
    interim = t[(t.source_table == "staff_changes") & (t.kind == "interim_appointed")].iloc[0].copy()
    interim["value"] = 1.0
    assert "(1)" not in wording.plain(interim, "Wigan")
    interim["value"] = 3.0
    assert "(3)" in wording.plain(interim, "Wigan")


def test_story_has_its_sections_in_order(built):
    *_, page = built
    ids = re.findall(r'<section id="([^"]+)"', page)
    assert [i for i in ids if i in ("key-numbers", "timeline", "measures", "methodology", "sources")] == [
        "key-numbers", "timeline", "measures", "methodology", "sources"]


def test_timeline_has_one_entry_per_fact_grouped_by_month(built):
    _, tables, _, _, page = built
    timeline = _section(page, "timeline")
    cited = re.findall(r'href="#src-([^"]+)"', timeline)
    assert len(cited) == len(set(cited))
    own = tables["timeline"].query("council == 'Wigan'")
    assert set(cited) == set(own.fact_id)
    months = re.findall(r'<h3 class="month"[^>]*>([^<]+)</h3>', timeline)
    assert months[:2] == ["January 2016", "March 2016"] and months[-1].startswith("Without a date (")
    assert "Improvement board" in timeline


def test_numbers_in_the_text_come_from_the_tables(built):
    _, tables, _, _, page = built
    fact = _fact(tables, "vacancies", value=0.78)
    keys = _section(page, "key-numbers")
    assert "78%" in keys and "for one team" in keys and f"#src-{fact}" in keys
    changed = _page(built, {(fact, "value"): 0.91})
    assert "91%" in _section(changed, "key-numbers") and "78%" not in _section(changed, "key-numbers")


def test_charts_are_svg_objects_with_phone_versions_and_png_fallback(built):
    *_, figures, page = built
    for name, entry in figures.items():
        block = re.search(rf'<figure class="chart" id="chart-{name}">.*?</figure>', page, re.S).group()
        files = entry["files"]
        assert f'data="figures/{files["desktop"]["svg"]}"' in block and f'data="figures/{files["phone"]["svg"]}"' in block
        assert f'srcset="figures/{files["phone"]["png"]}"' in block and f'<img src="figures/{files["desktop"]["png"]}"' in block
        assert entry["sentence"].split(":")[0] in block.replace("&#39;", "'")


def test_extra_sections_go_in_their_slots(built):
    page = _page(built, {}, [report.Section("official", "Official statistics", "<p>from DfE</p>"),
                             report.Section("changes", "What changed", "<p>new facts</p>", slot="top")])
    ids = re.findall(r'<section id="([^"]+)"', page)
    assert ids.index("changes") < ids.index("key-numbers") and ids.index("measures") < ids.index("official") < ids.index("methodology")
    assert "<p>from DfE</p>" in page


def test_every_footnote_round_trips_and_lists_all_its_quotes(built):
    _, tables, _, _, page = built
    assert report.missing_anchors(page) == []
    cited = set(re.findall(r'href="#src-([^"]+)"', page))
    assert cited == set(re.findall(r'<li id="src-([^"]+)"', page))
    assert cited == set(re.findall(r'id="cite-([^"]+)"', page))
    inadequate = _fact(tables, "ratings", judgement="Inadequate", council="Wigan")
    row = re.search(rf'<li id="src-{inadequate}">.*?</li>', page, re.S).group()
    assert "Ofsted rated Wigan&#39;s children&#39;s services inadequate today" in row
    assert "Ofsted first rated Wigan inadequate in May 2016" in row
    assert "Town Gazette, 10 May 2016; characters" in row and 'href="#article-a1"' in row


def test_article_text_is_escaped_and_comments_never_republished(built):
    *_, page = built
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; other tricks" in page
    assert "<script" not in page.lower()
    assert "Wigan services rated inadequate &lt;b&gt;again&lt;/b&gt;" in page
    assert COMMENT not in page


def test_articles_link_to_their_original_with_outlet_and_byline(built, tmp_path):
    raw, *_ = built
    info = report.manifest_info(raw) | {"a1": {"url": "https://example.org/a1", "byline": "JANE DOE"}}
    _, tables, view, figures, _ = built
    page = report.report_html(view, tables, figures, {"commit": "", "corpus_sha256": "", "versions": {}, "parameters": {}},
                              [], info)
    item = re.search(r'<li id="article-a1">.*?</li>', page, re.S).group()
    assert '<a href="https://example.org/a1">' in item and "by JANE DOE" in item and "Town Gazette" in item


def test_a_quote_outside_the_reporting_is_refused(built):
    _, tables, view, figures, _ = built
    tables = {name: df.copy() for name, df in tables.items()}
    tables["articles"].loc[tables["articles"].article_id == "a1", "body_end"] = 10
    with pytest.raises(ValueError, match="outside the article's reporting"):
        report.report_html(view, tables, figures, {"commit": "", "corpus_sha256": "", "versions": {}, "parameters": {}},
                           [], {})


def test_a_missing_figure_asks_for_03_charts(built):
    _, tables, view, _, _ = built
    with pytest.raises(InputError, match="run 03_charts before 05_report"):
        report.report_html(view, tables, {}, {"commit": "", "corpus_sha256": "", "versions": {}, "parameters": {}}, [], {})


def test_provenance_names_commit_corpus_hash_versions_and_parameters(built):
    raw, *_, page = built
    prov = report.provenance(raw, {"council": "", "period_start": "2016-01-01"})
    assert re.fullmatch(r"[0-9a-f]{40}( \(with uncommitted changes\))?|unknown", prov["commit"])
    assert set(report.PACKAGES) <= set(prov["versions"]) and prov["versions"]["pandas"] != "not installed"
    html = report.provenance_html(prov)
    assert "parameter council</th><td><code>(blank)" in html and "2016-01-01" in html
    assert "What produced this page" in page and "parameter council used" in page


def test_corpus_hash_is_the_sha256sum_listing_and_follows_every_byte(built, tmp_path):
    raw, *_ = built
    files = ["manifest.csv", "articles/a1.txt", "articles/a2.txt", "articles/a3.txt"]
    listing = "".join(f"{hashlib.sha256((raw / f).read_bytes()).hexdigest()}  {f}\n" for f in files)
    assert report.corpus_sha256(raw) == hashlib.sha256(listing.encode()).hexdigest()
    copy = tmp_path / "raw"
    shutil.copytree(raw, copy)
    manifest = (copy / "manifest.csv").read_text()
    (copy / "manifest.csv").write_text(manifest.replace("Town Gazette", "Town Gazette ", 1))
    assert report.corpus_sha256(copy) != report.corpus_sha256(raw)


def test_missing_anchors_finds_links_without_targets():
    assert report.missing_anchors("<a href='#a'>x</a><p id='a'></p><a href='#b'>y</a><a href='b.html'>z</a>") == ["b"]


# --- exploration --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def explorer(built):
    raw, *_ = built
    return Explorer(raw, raw.parent / "processed")


def test_show_fact_highlights_every_mention_in_its_reporting(explorer):
    fact_id = explorer.facts(council="Wigan", table="ratings").query("judgement == 'Inadequate'").fact_id.item()
    shown = explorer.show_fact(fact_id)
    assert shown.count("<mark>") == 3
    assert "<mark>Ofsted first rated Wigan inadequate in May 2016</mark>" in shown
    assert shown._repr_html_() == str(shown)


def test_context_is_escaped_and_stops_at_the_comments(explorer):
    fact_id = explorer.facts(table="events").query("kind == 'statement'").fact_id.item()
    shown = explorer.show_fact(fact_id)
    assert "<mark>&quot;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in shown
    assert COMMENT not in shown and "Responses" not in shown


def test_show_row_finds_the_fact_of_a_table_row(explorer):
    row = int(explorer.rows("budgets").query("recurrence == 'per_year'").index.item())
    assert "<mark>invested an extra £10million a year since 2016</mark>" in explorer.show_row("budgets", row)
    with pytest.raises(KeyError):
        explorer.show_row("budgets", 99)


def test_filters_by_council_table_and_period(explorer):
    assert set(explorer.facts(council="Bolton").source_table) == {"ratings"}
    in_2017 = explorer.facts(council="Wigan", start=date(2017, 1, 1), end=date(2017, 12, 31))
    assert all(s <= "2017-12-31" and e >= "2017-01-01" for s, e in zip(in_2017.date_start, in_2017.date_end))
    assert len(filter_facts(explorer.timeline, "Wigan", "budgets")) == 3
    assert len(filter_facts(explorer.timeline, "Wigan", "budgets", date(2016, 1, 1), date(2018, 12, 31))) == 2
    assert len(explorer.rows("vacancies", council="Wigan", start=date(2018, 1, 1))) == 1


def test_dates_and_qualifiers_in_words():
    assert describe_dates("2017-09-04", "2017-09-04", "day") == "4 September 2017"
    assert describe_dates("2017-09-01", "2017-09-30", "month") == "September 2017"
    assert describe_dates("2017-01-01", "2017-12-31", "year") == "2017"
    assert describe_dates("2017-07-01", "2019-03-31", "range") == "between July 2017 and March 2019"
    assert describe_dates("", "2012-12-31", "before") == "before December 2012"
    assert describe_dates("", "", "unknown") == "at an unknown date"
    assert qualified(0.1667, float("nan"), 0.1667, "nearly", percent) == "nearly 17%"
    assert qualified(float("nan"), 0.3333, 0.5, "between", percent) == "between 33% and 50%"


def test_people_in_post_are_listed_once_each_with_every_date_not_as_events():
    rows = [("f1", "in_post", "Wigan in post: leader of the council Ann Lee", "2017-09-01", "2017-09-30", "month"),
            ("f2", "in_post", "Wigan in post: leader of the council Ann Lee", "2019-03-01", "2019-03-31", "month"),
            ("f3", "appointed", "Wigan appointed: director Bo Tan", "2018-01-01", "2018-01-31", "month")]
    facts = pd.DataFrame([{"fact_id": f, "source_table": "staff_changes", "kind": k, "label": label, "council": "Wigan",
                           "date_start": s, "date_end": e, "date_precision": p, "value": float("nan"), "scope": ""}
                          for f, k, label, s, e, p in rows])
    assert report.in_post(facts, "Wigan") == [("Leader of the council Ann Lee", [("f1", "September 2017"),
                                                                                 ("f2", "March 2019")])]
    assert [[f for f, *_ in entries] for _, entries in report.timeline_groups(facts, "Wigan")] == [[["f3"]]]


def test_a_directive_recorded_in_ratings_and_events_is_one_timeline_entry_citing_both():
    rows = [("r1", "ratings", "directive", "Wigan Ofsted directive", "", "2017-12-01", "2018-01-31"),
            ("e1", "events", "directive_issued", "Wigan directive issued by DfE", "", "2017-12-01", "2018-01-31"),
            ("e2", "events", "directive_issued", "Wigan directive issued by DfE", "", "2019-05-01", "2019-05-31"),
            ("e3", "events", "launch", "Wigan launch: recruitment drive", "", "2017-12-01", "2018-01-31")]
    facts = pd.DataFrame([{"fact_id": f, "source_table": table, "kind": k, "label": label, "judgement": grade,
                           "council": "Wigan", "date_start": s, "date_end": e, "date_precision": "range",
                           "value": float("nan"), "scope": ""} for f, table, k, label, grade, s, e in rows])
    entries = [entry for _, group in report.timeline_groups(facts, "Wigan") for entry in group]
    assert [(f, words) for f, words, _ in entries] == [
        (["e3"], "Launch: recruitment drive"), (["r1", "e1"], "DfE directive issued"), (["e2"], "Directive issued")]


def test_sources_say_which_quotes_a_reporter_checked_or_corrected(built):
    raw, tables, view, figures, _ = built
    tables = {name: df.copy() for name, df in tables.items()}
    vacancies = tables["vacancies"]
    vacancies.loc[vacancies["value"] == 0.78, "review"] = "corrected"
    prov = {"commit": "c", "corpus_sha256": "h", "versions": {}, "parameters": {}}
    page = report.report_html(view, tables, figures, prov, [], report.manifest_info(raw))
    fact = _fact(tables, "vacancies", value=0.78)
    entry = page.split(f'<li id="src-{fact}">', 1)[1].split("</li>", 1)[0]
    assert entry.count('<b class="review">corrected by a reporter</b>') == 1
    assert "by a reporter" not in page.replace(entry, "")


def test_methodology_counts_a_models_unconfirmed_suggestions_apart(built):
    _, tables, _, _, _ = built
    before = report.methodology(tables, tables["timeline"])
    suggestion = tables["events"].iloc[:1].assign(rule="events.sentence-model", review="auto", mention_id="s1")
    confirmed = suggestion.assign(review="confirmed", mention_id="s2")
    tables = tables | {"events": pd.concat([tables["events"], suggestion, confirmed], ignore_index=True)}
    after = report.methodology(tables, tables["timeline"])
    assert (after["mentions"], after["suggested"]) == (before["mentions"] + 1, 1)
