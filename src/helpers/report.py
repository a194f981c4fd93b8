"""The reader-facing report (`reports_dir/index.html`) and the provenance every page states.

This module prepares the story from the tables (`story_context`) and renders the Jinja2
templates in `helpers/templates/` with autoescape on. Every sentence comes from
`helpers.wording`; every number carries a footnote whose anchor is derived from its
fact_id (`#src-<fact_id>`, back to `#cite-<fact_id>`), so anchors are stable across runs.
Other steps add sections through `extra_sections` (see `Section`), never by editing the page.
"""
from __future__ import annotations

import hashlib
import platform
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from . import charts, wording
from .atomic import write_text_atomic
from .changes import report_box
from .corpus import article_path, manifest_path, read_manifest
from .errors import InputError
from .explore import describe_dates, fact_mentions, month_name
from .paths import project_root
from .review import accuracy, accuracy_text, read_reviews, reviews_path
from .schema import TABLES as FACT_TABLES
from .timeline import unconfirmed_suggestion

REVIEW_WORDS = {"confirmed": "checked and confirmed by a reporter", "corrected": "corrected by a reporter",
                "added": "added by a reporter"}
PACKAGES = ["pandas", "matplotlib", "papermill", "nbconvert", "jinja2", "frictionless", "croydon-childrens-services"]
ENV = Environment(loader=PackageLoader("helpers", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class Section:
    """An extra section another step adds: `slot` 'top' (under the lead, e.g. what changed since the last run)
    or 'body' (before the methodology, e.g. official statistics). `html` is trusted markup the step rendered, or
    a function of the page's Footnotes that renders it where it stands, so its footnotes number in page order."""

    id: str
    title: str
    html: str | Callable[[Footnotes], str]
    slot: str = "body"

    def render(self, notes: Footnotes) -> Markup:
        return Markup(self.html(notes) if callable(self.html) else self.html)


# --- provenance ---------------------------------------------------------------------------

def git_commit(root: Path) -> str:
    """HEAD's commit, marked when the working tree has uncommitted changes; 'unknown' without git."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=20)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root, capture_output=True,
                               text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    if head.returncode != 0:
        return "unknown"
    return head.stdout.strip() + (" (with uncommitted changes)" if dirty.returncode == 0 and dirty.stdout.strip() else "")


def corpus_sha256(raw_dir: Path) -> str:
    """sha256 of the `sha256sum`-style listing of manifest.csv, each article file in manifest order, and
    reviews.csv when there is one (the reporters' decisions change the tables too)."""
    files = [("manifest.csv", manifest_path(raw_dir))]
    files += [(row["file"].strip(), article_path(raw_dir, row)) for row in read_manifest(raw_dir)]
    files += [("reviews.csv", reviews_path(raw_dir))] if reviews_path(raw_dir).is_file() else []
    listing = "".join(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {name}\n" for name, path in files)
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def run_parameters(given: dict[str, str], council: str, start: date, end: date) -> dict[str, str]:
    """The parameters that decide a page's content, as given and as resolved. The output folders are
    left out: the runner points them at staging copies that are renamed once the run succeeds."""
    kept = {k: v for k, v in given.items() if k not in ("processed_dir", "reports_dir")}
    return kept | {"council used": council, "period used": f"{start} to {end}"}


def provenance(raw_dir: Path, parameters: dict[str, str]) -> dict:
    """What produced a page: commit, corpus hash, package versions, parameters."""
    return {"commit": git_commit(project_root()), "corpus_sha256": corpus_sha256(raw_dir),
            "reviews": f"{len(read_reviews(raw_dir))} decisions in reviews.csv (part of the corpus hash)",
            "versions": package_versions(), "parameters": dict(parameters)}


def provenance_html(prov: dict) -> Markup:
    """The provenance as a small HTML table (for the report's footer and every notebook page)."""
    return Markup(ENV.get_template("provenance.html.j2").render(prov=prov))


# --- story --------------------------------------------------------------------------------

class Footnotes:
    """Numbers facts in the order the page first cites them; anchors are the fact ids, never the numbers."""

    def __init__(self):
        self.order: list[str] = []

    def cite(self, fact_id: str) -> tuple[int, bool]:
        """(number, whether this is the first citation: that one carries id='cite-<fact_id>')."""
        first = fact_id not in self.order
        if first:
            self.order.append(fact_id)
        return self.order.index(fact_id) + 1, first


def _own(timeline: pd.DataFrame, view: charts.View) -> pd.DataFrame:
    """The council's facts: dated within the period, or without a bounded date."""
    facts = timeline[timeline["council"] == view.council]
    bounded = ~facts["date_precision"].isin(charts.UNBOUNDED)
    inside = (facts["date_start"] <= view.end.isoformat()) & (facts["date_end"] >= view.start.isoformat())
    return facts[(bounded & inside) | ~bounded]


def _in_post(facts: pd.DataFrame) -> pd.Series:
    return (facts["source_table"] == "staff_changes") & (facts["kind"] == "in_post")


# Events the contract also records in ratings.csv (a DfE directive is both): the ratings kind they restate.
_ALSO_RATINGS = {"directive_issued": "directive", "improvement_notice": "directive"}


def _restating(facts: pd.DataFrame) -> dict[str, str]:
    """{events fact: the ratings fact of the same kind and dates it restates}: the timeline shows them as one entry."""
    rated = {(r["kind"], r["date_start"], r["date_end"]): r["fact_id"]
             for _, r in facts[facts["source_table"] == "ratings"].iterrows()}
    return {r["fact_id"]: rated[key] for _, r in facts[facts["source_table"] == "events"].iterrows()
            if (key := (_ALSO_RATINGS.get(r["kind"]), r["date_start"], r["date_end"])) in rated}


def timeline_groups(facts: pd.DataFrame, council: str) -> list[tuple[str, list[tuple[list[str], str, str]]]]:
    """(month, [(fact ids, words, date)]) in date order: one entry per distinct fact (an event the ratings table
    also records is cited in the rating's entry). People merely in post are states, not events: they are listed
    by `in_post`."""
    dated = facts[~facts["date_precision"].isin(charts.UNBOUNDED) & ~_in_post(facts)]
    restating = _restating(dated)
    dated = dated[~dated["fact_id"].isin(restating)].sort_values(["date_start", "date_end", "fact_id"])
    also = {rated: [f for f, r in restating.items() if r == rated] for rated in restating.values()}
    groups: dict[str, list] = {}
    for _, r in dated.iterrows():
        groups.setdefault(month_name(r["date_start"]), []).append(
            ([r["fact_id"], *also.get(r["fact_id"], [])], wording.plain(r, council), wording.when(r)))
    return list(groups.items())


def in_post(facts: pd.DataFrame, council: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(person and post in words, [(fact_id, date)]) for each person the articles say is in post, by first date."""
    rows = facts[_in_post(facts)].sort_values(["date_start", "date_end", "fact_id"])
    people: dict[str, list[tuple[str, str]]] = {}
    for _, r in rows.iterrows():
        people.setdefault(wording.sentence_case(wording.subject(r["label"], council)), []).append(
            (r["fact_id"], wording.month_when(r) if r["date_precision"] not in charts.UNBOUNDED else wording.when(r)))
    return list(people.items())


def undated(facts: pd.DataFrame, council: str) -> list[tuple[str, str, str]]:
    """(fact_id, words, what is known of the date) of the facts without a bounded date."""
    rows = facts[facts["date_precision"].isin(charts.UNBOUNDED) & ~_in_post(facts)]
    rows = rows.sort_values(["source_table", "kind", "fact_id"])
    known = {"unknown": "date not given"}
    return [(r["fact_id"], wording.plain(r, council), known.get(r["date_precision"], wording.when(r))) for _, r in rows.iterrows()]


def key_numbers(data: dict[str, pd.DataFrame]) -> list[dict]:
    """A few numbers a reader should leave with, each with its fact: latest grade, top vacancy rate, largest sum,
    children in care."""
    out = []
    runs = wording.grade_runs(data["ratings_path"].query("layer == 'path' and drawn"))
    if runs:
        out.append({"value": runs[-1][0], "caption": f"Ofsted's latest overall judgement, {runs[-1][1]}", "fact_id": runs[-1][2][-1]})
    for name, kinds, caption in (("workforce", ["vacancy_rate"], "highest vacancy rate reported, for {scope}, {when}"),
                                 ("money", ["extra_funding", "budget_uplift"], "largest extra sum reported, {when}"),
                                 ("measures", ["children_in_care"], "children in care, {when}")):
        rows = data[name][data[name]["kind"].isin(kinds) & data[name]["drawn"]]
        if len(rows):
            r = rows.loc[rows["value"].fillna(rows["upper"]).idxmax()] if name != "measures" else rows.iloc[-1]
            value = wording.number(r) + wording.PER.get(r.get("recurrence", ""), "")
            out.append({"value": value, "fact_id": r["fact_id"],
                        "caption": caption.format(scope=r["scope"] or "a scope not stated", when=wording.month_when(r))})
    return out


def measures_story(measures: pd.DataFrame) -> list[tuple[str, list[tuple[str, str]]]]:
    """(measure in words, [(fact_id, 'about 800, March 2019')]) for each other figure the articles give."""
    out = []
    for kind, rows in measures.groupby("kind", sort=False):
        items = [(r["fact_id"], f"{wording.number(r)}{' (' + r['scope'] + ')' if r['scope'] else ''}, "
                                f"{wording.when(r) if r['drawn'] else 'date not given'}") for _, r in rows.iterrows()]
        out.append((wording.MEASURES.get(kind, wording.sentence_case(wording.words(kind))), items))
    return out


def chart_blocks(data: dict[str, pd.DataFrame], figures: dict[str, dict], view: charts.View,
                 labels: dict[str, str]) -> list[dict]:
    """Each chart with its title, sentence, files and the facts listed under it; a chart not published keeps its sentence."""
    blocks = []
    for chart in charts.CHARTS:
        if chart.name not in figures:
            raise InputError(f"figure {chart.name!r} is missing from figures/figures.json; run 03_charts before 05_report")
        entry = charts.entry(chart, data[chart.name], view)
        others = data[chart.name].query("drawn and council != @view.council and fact_id in @entry['facts']")
        blocks.append(entry | {"name": chart.name, "files": figures[chart.name].get("files", {}),
                               "listed": [(f, labels[f]) for f in entry["listed"]],
                               "others": [(r["fact_id"], f"{labels[r['fact_id']]}, {wording.when(r)}")
                                          for _, r in others.iterrows()]})
    return blocks


def methodology(tables: dict[str, pd.DataFrame], timeline: pd.DataFrame) -> dict:
    """The numbers the methodology states: mentions (a model's unconfirmed suggestions apart), facts, merged facts,
    conflicts, reviewed rows and the share of reviewed mentions confirmed as extracted."""
    rows = [row for t in FACT_TABLES if t in tables for row in tables[t].astype(object).fillna("").to_dict("records")]
    suggested = sum(map(unconfirmed_suggestion, rows))
    reviewed = sum(int((tables[t]["review"] != "auto").sum()) for t in FACT_TABLES if t in tables and "review" in tables[t])
    return {"mentions": len(rows) - suggested, "suggested": suggested, "facts": len(timeline),
            "merged": int((timeline["n_mentions"] > 1).sum()), "conflicts": int(timeline["conflict"].sum()),
            "reviewed": reviewed, "accuracy": accuracy_text(accuracy(tables))}


def changes_section(tables: dict[str, pd.DataFrame]) -> Section:
    """The "What changed since the last run" box, from changes.csv and the timeline's facts."""
    if "changes" not in tables:
        return Section("changes", "What changed since the last run",
                       "<p class='note'>No changes.csv beside the tables: what changed is unknown.</p>", "top")
    box = report_box(tables["changes"], tables["timeline"])
    return Section("changes", "What changed since the last run",
                   lambda notes: ENV.get_template("changes.html.j2").render(box=box, notes=notes), "top")


def sources(order: list[str], timeline: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame) -> list[dict]:
    """One entry per cited fact: its words, date and every quote behind it with its article."""
    facts = timeline.set_index("fact_id")
    out = []
    for fact_id in order:
        fact = facts.loc[fact_id]
        quotes = [_quote(m, articles.loc[m.article_id]) for m in mentions[mentions["fact_id"] == fact_id].itertuples()]
        out.append({"fact_id": fact_id, "label": fact["label"], "when": wording.when(fact), "quotes": quotes,
                    "note": fact["note"] if fact["conflict"] else ""})
    return out


def _quote(mention, article: pd.Series) -> dict:
    if not (article["body_start"] <= mention.char_start and mention.char_end <= article["body_end"]):
        raise ValueError(f"quote at {mention.article_id}:{mention.char_start} lies outside the article's reporting")
    return {"text": mention.quote, "article_id": mention.article_id, "headline": article["headline"],
            "outlet": article["outlet"], "chars": f"{mention.char_start}–{mention.char_end}",
            "review": REVIEW_WORDS.get(getattr(mention, "review", "auto"), ""),
            "published": describe_dates(article["published_start"], article["published_end"], article["published_precision"])}


def article_list(articles: pd.DataFrame, info: dict[str, dict[str, str]]) -> list[dict]:
    out = []
    for article_id, a in articles.iterrows():
        url = info.get(article_id, {}).get("url", "")
        out.append({"id": article_id, "headline": a["headline"], "outlet": a["outlet"], "n_words": f"{a['n_words']:,}",
                    "byline": info.get(article_id, {}).get("byline", ""), "sha256": a["sha256"][:12],
                    "url": url if url.startswith(("http://", "https://")) else "",
                    "published": describe_dates(a["published_start"], a["published_end"], a["published_precision"])})
    return out


def report_html(view: charts.View, tables: dict[str, pd.DataFrame], figures: dict[str, dict], prov: dict,
                pages: list[str], info: dict[str, dict[str, str]], extra_sections: list[Section] = ()) -> str:
    """The whole report page for one council and period."""
    timeline = tables["timeline"]
    mentions = fact_mentions(tables)
    data = {c.name: c.data(timeline, mentions, view) for c in charts.CHARTS}
    data["measures"] = charts.measures_data(timeline, mentions, view)
    own = _own(timeline, view)
    labels = {r["fact_id"]: wording.plain(r, view.council) for _, r in timeline.iterrows()}
    path = data["ratings_path"].query("layer == 'path' and drawn")
    notes = Footnotes()
    articles = tables["articles"].set_index("article_id")
    context = {
        "title": wording.headline(path, view.council), "standfirst": wording.standfirst(view, own),
        "lead": wording.lead(path, view.council), "key_numbers": key_numbers(data),
        "timeline": timeline_groups(own, view.council), "undated": undated(own, view.council),
        "in_post": in_post(own, view.council),
        "charts": chart_blocks(data, figures, view, labels), "measures": measures_story(data["measures"]),
        "method": methodology(tables, timeline), "view": view, "notes": notes,
        "sources": lambda: sources(notes.order, timeline, mentions, articles),
        "articles": article_list(articles, info), "pages": pages, "prov": prov,
        "top_sections": [s for s in extra_sections if s.slot == "top"],
        "body_sections": [s for s in extra_sections if s.slot != "top"], "Markup": Markup,
    }
    return ENV.get_template("index.html.j2").render(**context)


def notebook_pages() -> list[str]:
    """Stems of the project's notebooks, whose pages the runner writes beside index.html."""
    return [p.stem for p in sorted((project_root() / "notebooks").glob("[0-9]*.ipynb"))]


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and (attrs.get("href") or "").startswith("#"):
            self.links.append(attrs["href"][1:])


def missing_anchors(page: str) -> list[str]:
    """In-page links (href='#x') whose target id is not in the page."""
    parser = _Anchors()
    parser.feed(page)
    return [link for link in parser.links if link not in parser.ids]


def manifest_info(raw_dir: Path) -> dict[str, dict[str, str]]:
    """article_id -> its manifest's url and byline (blank when not given)."""
    return {row["article_id"].strip(): {k: (row.get(k) or "").strip() for k in ("url", "byline")}
            for row in read_manifest(raw_dir)}


def write_report(reports_dir: Path, page: str) -> Path:
    path = Path(reports_dir) / "index.html"
    write_text_atomic(path, page)
    return path
