"""The reader-facing report (`reports_dir/index.html`) and the provenance every page states.

The story's sentences are generated from the same chart data the figures draw; every
number carries a footnote that links to its quotes, article, outlet, date and offsets
in the sources table. All article and table text is HTML-escaped; the page is one
static file with relative links to `figures/`, so it works from disk and from any server.
"""
from __future__ import annotations

import hashlib
import html
import platform
import subprocess
from datetime import date
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path
from string import Template

import pandas as pd

from . import charts, official
from .atomic import write_text_atomic
from .changes import report_box
from .corpus import article_path, manifest_path, read_manifest
from .errors import InputError
from .explore import describe_dates, fact_mentions
from .paths import project_root
from .review import read_reviews, reviews_path

PACKAGES = ["pandas", "matplotlib", "papermill", "nbconvert", "frictionless", "croydon-childrens-services"]
FIGURES = [("ratings_path", "The ratings path"), ("workforce", "Workforce"), ("money", "Money"), ("people", "People and milestones")]
MEASURE_PHRASES = {
    "vacancy_rate": "a vacancy rate of {text} ({scope})", "understrength_share": "{scope} understrength by {text}",
    "caseload_per_worker": "caseloads of {text} per worker ({scope})", "posts_created": "{text} posts created ({scope})",
    "staff_change_share": "staff numbers changed by {text} ({scope})", "turnover_rate": "staff turnover of {text} ({scope})",
    "agency_share": "{text} of staff from agencies ({scope})",
}


def e(value) -> str:
    """Text made safe for HTML (quotes included)."""
    return html.escape(str(value), quote=True)


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


def provenance_html(prov: dict) -> str:
    """The provenance as a small HTML table (for the report's footer and every notebook page)."""
    rows = [("commit", prov["commit"]), ("raw corpus sha256", prov["corpus_sha256"]), ("reviews", prov["reviews"])]
    rows += [(f"parameter {k}", v if v != "" else "(blank)") for k, v in prov["parameters"].items()]
    rows += [(f"version of {k}", v) for k, v in prov["versions"].items()]
    body = "".join(f"<tr><th>{e(k)}</th><td><code>{e(v)}</code></td></tr>" for k, v in rows)
    return (f"<table class='provenance'><caption>What produced this page</caption>{body}</table>"
            "<p class='note'>The corpus hash is the sha256 of <code>sha256sum manifest.csv &lt;article files in manifest "
            "order&gt; [reviews.csv]</code> run in raw_dir.</p>")


# --- story --------------------------------------------------------------------------------

class Footnotes:
    """Numbers facts in the order the story first cites them; each number links to the sources table."""

    def __init__(self):
        self.order: list[str] = []

    def cite(self, fact_ids: list[str]) -> str:
        marks = []
        for fact_id in fact_ids:
            first = fact_id not in self.order
            if first:
                self.order.append(fact_id)
            n = self.order.index(fact_id) + 1
            anchor = f" id='cite-{n}'" if first else ""
            marks.append(f"<a class='fn' href='#src-{e(fact_id)}'{anchor}>[{n}]</a>")
        return "<sup>" + "".join(marks) + "</sup>"


def _on(row) -> str:
    """'on 4 September 2017', 'in September 2017', 'between July 2017 and March 2019'."""
    when = describe_dates(row.date_start, row.date_end, row.date_precision)
    if when[0].isdigit():
        return f"on {when}" if row.date_precision == "day" else f"in {when}"
    return when if when.startswith(("between", "before", "after", "at ")) else f"in {when}"


def _series(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def ratings_story(data: pd.DataFrame, view: charts.View, notes: Footnotes) -> str:
    path, parts = data[data["layer"] == "path"], data[data["layer"] == "part"]
    events, others = data[data["layer"] == "event"], data[data["layer"] == "other council"]
    out = []
    if len(path):
        grades = [f"{e(r.judgement)} {e(_on(r))}{notes.cite([r.fact_id])}" for r in path.itertuples()]
        out.append(f"Ofsted rated {e(view.council)}'s children's services {', then '.join(grades)}.")
    else:
        out.append(f"The articles give no overall Ofsted grade for {e(view.council)} in this period.")
    if len(parts):
        out.append("Parts of the service were judged separately: " + _series(
            [f"{e(r.scope)} {e(r.judgement)} {e(_on(r))}{notes.cite([r.fact_id])}" for r in parts.itertuples()]) + ".")
    if len(events):
        out.append("Along the way the articles record " + _series(
            [f"{e(charts.short_label(f'{r.authority} {charts.words(r.kind)}', ''))} {e(_on(r))}{notes.cite([r.fact_id])}"
             for r in events.itertuples()]) + ".")
    if len(others):
        out.append("For comparison, they give other councils' grades: " + _series(
            [f"{e(r.council)} {e(r.judgement)} {e(_on(r))}{notes.cite([r.fact_id])}" for r in others.itertuples()]) + ".")
    old = charts.OLD_SCALE & set(path["judgement"])
    if old:
        one = len(old) == 1
        out.append(f"{e(' and '.join(sorted(old)))} {'is' if one else 'are'} from Ofsted's older scale; "
                   f"the chart draws {'it' if one else 'them'} at the Requires improvement level.")
    return " ".join(out)


def workforce_story(data: pd.DataFrame, notes: Footnotes) -> str:
    items = [MEASURE_PHRASES.get(r.kind, "{text} " + charts.words(r.kind) + " ({scope})").format(
        text=e(r.text), scope=e(r.scope or "scope not stated")) + f" {e(_on(r))}{notes.cite([r.fact_id])}"
        for r in data.itertuples()]
    return f"The articles report {_series(items)}." if items else "The articles give no workforce figures for this period."


def money_story(data: pd.DataFrame, view: charts.View, notes: Footnotes) -> str:
    items = [f"{e(r.text)} for {e(r.purpose or charts.words(r.kind))} ({e(describe_dates(r.date_start, r.date_end, r.date_precision))})"
             f"{notes.cite([r.fact_id])}" for r in data.itertuples()]
    if not items:
        return f"The articles give no amounts of extra money for {e(view.council)} in this period."
    return f"Extra money for {e(view.council)}'s children's services: {_series(items)}."


def people_story(data: pd.DataFrame, notes: Footnotes) -> str:
    changes, in_post, milestones = (data[data["lane"] == lane] for lane in charts.PEOPLE_LANES)
    out = []
    if len(changes):
        out.append("Changes: " + "; ".join(f"{e(r.text)}{notes.cite([r.fact_id])}" for r in changes.itertuples()) + ".")
    if len(in_post):
        people = [f"{e(key)} (" + ", ".join(f"{e(describe_dates(r.date_start, r.date_end, r.date_precision))}"
                                            f"{notes.cite([r.fact_id])}" for r in rows.itertuples()) + ")"
                  for key, rows in in_post.groupby("row_key", sort=False)]
        out.append("In post, as the articles report them: " + "; ".join(people) + ".")
    if len(milestones):
        out.append("Milestones: " + "; ".join(f"{e(r.text)}{notes.cite([r.fact_id])}" for r in milestones.itertuples()) + ".")
    return " ".join(out) or "The articles record no staff changes or milestones in this period."


UNDATED_DETAIL = {"ratings": "judgement", "workforce": "text", "money": "text", "people": ""}


def undated_story(data: dict[str, pd.DataFrame], council: str, notes: Footnotes) -> str:
    """The council's facts the charts cannot place because the articles give no date."""
    items = {}
    for name, df in data.items():
        for _, r in df[~df["drawn"] & (df["council"] == council)].iterrows():
            detail = r[UNDATED_DETAIL[name]] if UNDATED_DETAIL[name] else ""
            items.setdefault(r["fact_id"], f"<li>{e(charts.short_label(r['label'], council))}"
                                           f"{': ' + e(detail) if detail else ''}{notes.cite([r['fact_id']])}</li>")
    return f"<ul>{''.join(items.values())}</ul>" if items else "<p>Every fact behind the charts has a date.</p>"


def conflicts_story(timeline: pd.DataFrame, cited: list[str], notes: Footnotes) -> str:
    rows = timeline[timeline["fact_id"].isin(cited) & timeline["conflict"]]
    items = [f"<li>{e(r.label)}: {e(r.note)}{notes.cite([r.fact_id])}</li>" for r in rows.itertuples()]
    return f"<ul>{''.join(items)}</ul>" if items else "<p>No cited fact has mentions that disagree.</p>"


# --- page ---------------------------------------------------------------------------------

def changes_html(tables: dict[str, pd.DataFrame]) -> str:
    """The "What changed since the last run" box, from changes.csv and the timeline's labels."""
    if "changes" not in tables:
        return "<p class='note'>No changes.csv beside the tables: what changed since the last run is unknown.</p>"
    box = report_box(tables["changes"], tables["timeline"])
    items = "".join(f"<li>{e(i['change'])}: {e(i['label'])}{' (' + e(', '.join(i['fields'])) + ')' if i['fields'] else ''} "
                    f"<small>{e(i['fact_id'])}</small></li>" for i in box["items"])
    more = f"<li>… and {box['more']} more in changes.csv</li>" if box["more"] else ""
    return (f"<section class='changes'><h3 id='changes'>What changed since the last run</h3>"
            f"<p class='note'>{e(box['summary'])}</p><ul class='note'>{items}{more}</ul></section>")


def figure_html(name: str, caption: str, figures: dict[str, dict]) -> str:
    """The chart's PNG with its alt text, and a link to the SVG."""
    if name not in figures:
        raise InputError(f"figure {name!r} is missing from figures/figures.json; run 03_charts before 05_report")
    fig = figures[name]
    return (f"<figure><img src='figures/{e(fig['png'])}' alt='{e(fig['alt'])}'>"
            f"<figcaption>{e(caption)}. <a href='figures/{e(fig['svg'])}'>Scalable version (SVG)</a></figcaption></figure>")


def sources_html(order: list[str], timeline: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame) -> str:
    """One row per cited fact, id='src-<fact_id>': every quote behind it with its article and offsets."""
    facts = timeline.set_index("fact_id")
    rows = []
    for n, fact_id in enumerate(order, start=1):
        fact = facts.loc[fact_id]
        quotes = "".join(_quote_html(m, articles.loc[m.article_id]) for m in mentions[mentions["fact_id"] == fact_id].itertuples())
        rows.append(f"<tr id='src-{e(fact_id)}'><td><a href='#cite-{n}' title='back to the text'>{n}</a></td>"
                    f"<td><b>{e(fact['label'])}</b><br>{e(describe_dates(fact['date_start'], fact['date_end'], fact['date_precision']))}"
                    f"<br><small>{e(fact_id)}</small></td><td>{quotes}</td></tr>")
    return ("<table class='sources'><thead><tr><th>#</th><th>fact</th><th>quotes (article, outlet, date, characters)</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _quote_html(mention, article: pd.Series) -> str:
    if not (article["body_start"] <= mention.char_start and mention.char_end <= article["body_end"]):
        raise ValueError(f"quote at {mention.article_id}:{mention.char_start} lies outside the article's reporting")
    published = describe_dates(article["published_start"], article["published_end"], article["published_precision"])
    return (f"<blockquote>{e(mention.quote)}</blockquote><p class='cite'>— <a href='#article-{e(mention.article_id)}'>"
            f"{e(article['headline'])}</a>, {e(article['outlet'])}, {e(published)}; characters "
            f"{mention.char_start}–{mention.char_end}</p>")


def articles_html(articles: pd.DataFrame, urls: dict[str, str]) -> str:
    rows = []
    for article_id, a in articles.iterrows():
        link = f"<a href='{e(urls[article_id])}'>original</a>" if urls.get(article_id, "").startswith(("http://", "https://")) else ""
        published = describe_dates(a["published_start"], a["published_end"], a["published_precision"])
        rows.append(f"<tr id='article-{e(article_id)}'><td>{e(article_id)}</td><td>{e(a['headline'])} {link}</td>"
                    f"<td>{e(a['outlet'])}</td><td>{e(published)}</td><td>{a['n_words']:,}</td>"
                    f"<td><code>{e(a['sha256'][:12])}…</code></td></tr>")
    return ("<table class='articles'><thead><tr><th>id</th><th>headline</th><th>outlet</th><th>published</th>"
            f"<th>words</th><th>sha256</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


PAGE = Template("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>$title</title>
<style>
body{font:17px/1.55 Georgia,serif;color:#1a1a1a;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1{font:bold 1.9rem/1.2 Helvetica,Arial,sans-serif}h2{font:bold 1.3rem Helvetica,Arial,sans-serif;margin-top:2.5rem}
.dek{color:#555;font-size:1.1rem}figure{margin:1.5rem 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}
figcaption,.note,.cite,small{font:.8rem/1.4 Helvetica,Arial,sans-serif;color:#555}
a.fn{text-decoration:none;font:.75rem Helvetica,Arial,sans-serif}
table{border-collapse:collapse;width:100%;font:.85rem/1.4 Helvetica,Arial,sans-serif;margin:1rem 0}
th,td{border-top:1px solid #ddd;padding:.35rem;text-align:left;vertical-align:top}
blockquote{margin:.2rem 0 .1rem;padding-left:.6rem;border-left:3px solid #999;font-style:italic}
tr:target{background:#eee}code{font-size:.8rem;word-break:break-all}caption{text-align:left;font-weight:bold}
</style></head>
<body>
<header><h1>$title</h1><p class="dek">$dek</p></header>
<main>
<h2 id="ratings">The ratings path</h2><p>$ratings</p>$fig_ratings
<h2 id="workforce">Workforce</h2><p>$workforce</p>$fig_workforce
<h2 id="money">Money</h2><p>$money</p>$fig_money
<h2 id="people">People and milestones</h2><p>$people</p>$fig_people
$official
<h2 id="undated">Facts without a date</h2>
<p>The articles state these without saying when, so the charts cannot place them.</p>$undated
<h2 id="conflicts">Where the sources disagree</h2>$conflicts
<h2 id="sources">Sources</h2>
<p class="note">Every number above links here: each fact with the exact quotes it rests on. Quotes come from the
articles' own reporting; reader comments are never used or republished.</p>
$sources
<h2 id="articles">Articles</h2>$articles
</main>
<footer><h2 id="provenance">How this page was made</h2>
<p class="note">Generated by the notebooks of this project; nothing on this page was typed by hand. Pages of each
step: $pages.</p>
$changes
$provenance</footer>
</body></html>
""")


def report_html(view: charts.View, tables: dict[str, pd.DataFrame], figures: dict[str, dict], prov: dict,
                pages: list[str], urls: dict[str, str]) -> str:
    """The whole report page for one council and period."""
    timeline = tables["timeline"]
    mentions = fact_mentions(tables)
    data = {name: fn(timeline, mentions, view) for name, fn in (
        ("ratings", charts.ratings_path_data), ("workforce", charts.workforce_data),
        ("money", charts.money_data), ("people", charts.people_data))}
    notes = Footnotes()
    dated = {name: df[df["drawn"]] for name, df in data.items()}
    parts = {
        "ratings": ratings_story(dated["ratings"], view, notes), "workforce": workforce_story(dated["workforce"], notes),
        "money": money_story(dated["money"], view, notes), "people": people_story(dated["people"], notes),
    }
    undated = undated_story(data, view.council, notes)
    conflicts = conflicts_story(timeline, list(notes.order), notes)
    articles = tables["articles"].set_index("article_id")
    outlets = ", ".join(dict.fromkeys(o for o in articles["outlet"] if o))
    return PAGE.substitute(
        title=e(charts.ratings_title(data["ratings"], view.council)),
        dek=e(f"{view.council}'s children's services, {view.span}, told from {len(articles)} articles "
              f"({outlets}). Every number links to the sentence it comes from."),
        **parts, undated=undated, conflicts=conflicts,
        official=official.report_section(tables, view.council, official.footnotes(mentions, notes)),
        **{f"fig_{key}": figure_html(name, caption, figures) for (name, caption), key in zip(FIGURES, parts)},
        sources=sources_html(notes.order, timeline, mentions, articles),
        articles=articles_html(articles, urls),
        pages=", ".join(f"<a href='{e(stem)}.html'>{e(stem)}</a>" for stem in pages),
        provenance=provenance_html(prov), changes=changes_html(tables),
    )


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


def article_urls(raw_dir: Path) -> dict[str, str]:
    return {row["article_id"].strip(): (row.get("url") or "").strip() for row in read_manifest(raw_dir)}


def write_report(reports_dir: Path, page: str) -> Path:
    path = Path(reports_dir) / "index.html"
    write_text_atomic(path, page)
    return path
