"""Trace facts back to their sentences: load the tables, link mentions to facts, filter, highlight.

Charts, the report and the exploration notebook all read the tables through these
functions, so a number on a chart, in the report and in JupyterLab is the same row.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pandas as pd

from .corpus import load_corpus
from .councils import gazetteer
from .errors import InputError
from . import params
from .intervals import Interval, parse_published
from .params import choose_council, known_councils
from .schema import TABLES
from .tables import SCHEMAS
from .timeline import mention_groups

CONTEXT_CHARS = 300
QUALIFIER_WORDS = {"exact": "", "about": "about ", "nearly": "nearly ", "more_than": "more than ",
                   "less_than": "less than ", "at_least": "at least ", "up_to": "up to ", "between": ""}


class Html(str):
    """A string of HTML that JupyterLab renders as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


MADE_BY = {"articles": "01_ingest", "timeline": "02_extract"}


def load_tables(processed_dir: Path, required: tuple[str, ...] = ("articles", "timeline")) -> dict[str, pd.DataFrame]:
    """Every contract table in the folder; blanks stay '', numbers are numbers, conflict is bool.

    Raises InputError naming the notebook to run first when a `required` table is not there yet.
    """
    for name in required:
        if not (Path(processed_dir) / f"{name}.csv").is_file():
            step = MADE_BY.get(name, "02_extract")
            raise InputError(f"{processed_dir} holds no {name}.csv: run notebooks/{step}.ipynb first "
                             f"(`python -m helpers.pipeline --only {step[:2]}`, or the whole pipeline)")
    tables = {}
    for name, fields in SCHEMAS.items():
        path = Path(processed_dir) / f"{name}.csv"
        if not path.is_file():
            continue
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        for field in fields:
            column = field["name"]
            if field["type"] in ("number", "integer"):
                df[column] = pd.to_numeric(df[column].replace("", None), errors="raise")
            elif field["type"] == "boolean":
                df[column] = df[column].eq("true")
        tables[name] = df
    return tables


def fact_mentions(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every fact-table row with the timeline fact it is consolidated into.

    `rank` 0 is the mention whose values the timeline row carries, `row` the row's
    position in its table.
    """
    out = [r | {"fact_id": fact["fact_id"], "rank": rank}
           for fact, cluster in mention_groups(tables) for rank, r in enumerate(cluster)]
    first = ["fact_id", "source_table", "row", "rank", "article_id", "council", "quote", "char_start", "char_end"]
    mentions = pd.DataFrame(out)
    if mentions.empty:
        return pd.DataFrame(columns=first)
    mentions = mentions[first + [c for c in mentions.columns if c not in first]].astype(object).fillna("")
    return mentions.sort_values(["fact_id", "rank"], kind="stable").reset_index(drop=True)


def with_detail(facts: pd.DataFrame, mentions: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """`facts` with `columns` it lacks taken from each fact's rank-0 mention (e.g. qualifier, recurrence)."""
    lead = mentions[mentions["rank"] == 0].set_index("fact_id")
    extra = pd.DataFrame({c: facts["fact_id"].map(lead[c]) if c in lead else "" for c in columns if c not in facts},
                         index=facts.index)
    return pd.concat([facts, extra.fillna("")], axis=1)


def fact_councils(timeline: pd.DataFrame) -> Counter:
    """How many facts each council has."""
    return Counter(timeline["council"])


def pick_council(council: str, timeline: pd.DataFrame) -> str:
    """The council asked for (or the one with most facts), which may be any council of the official
    statistics (the gazetteer); unknown councils list those found and the nearest names."""
    return choose_council(council, fact_councils(timeline), known_councils())


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def resolve_period(articles: pd.DataFrame, start: date | None, end: date | None) -> tuple[date, date]:
    """The period asked for, blank bounds filled from the articles' span (params.resolve_period)."""
    published = [Interval(_day(s), _day(e), p) for s, e, p in
                 zip(articles["published_start"], articles["published_end"], articles["published_precision"])]
    return params.resolve_period(start, end, published)


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def in_period(df: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Dated rows whose interval overlaps [start, end] (an open bound overlaps that side)."""
    dated = df["date_start"].ne("") | df["date_end"].ne("")
    begins_before_end = df["date_start"].eq("") | (df["date_start"] <= _iso(end))
    ends_after_start = df["date_end"].eq("") | (df["date_end"] >= _iso(start))
    return df[dated & begins_before_end & ends_after_start]


def filter_facts(timeline: pd.DataFrame, council: str = "", table: str = "",
                 start: date | None = None, end: date | None = None) -> pd.DataFrame:
    """Timeline rows of one council and/or table; with a period, only dated facts that overlap it."""
    facts = timeline
    if council:
        facts = facts[facts["council"] == council]
    if table:
        facts = facts[facts["source_table"] == table]
    if start or end:
        facts = in_period(facts, start or date.min, end or date.max)
    return facts


def month_name(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.year}"


def describe_dates(start: str, end: str, precision: str) -> str:
    """A date interval in words: '4 September 2017', 'September 2017', 'between July 2017 and March 2019'."""
    if precision == "unknown" or not (start or end):
        return "at an unknown date"
    if precision == "before":
        return f"before {month_name(end)}"
    if precision == "after":
        return f"after {month_name(start)}"
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    if s == e:
        return f"{s.day} {s:%B} {s.year}"
    if (s.year, s.month) == (e.year, e.month):
        return month_name(start)
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year:
        return str(s.year)
    return f"between {month_name(start)} and {month_name(end)}"


def qualified(value, lower, upper, qualifier: str, fmt) -> str:
    """A number with its qualifier in words: 'nearly 17%', 'between 33% and 50%', 'more than £50,000'."""
    if qualifier == "between" or (pd.isna(value) and not pd.isna(lower) and not pd.isna(upper)):
        return f"between {fmt(lower)} and {fmt(upper)}"
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{fmt(value)}"


def percent(share) -> str:
    return f"{share * 100:,.0f}%"


def money(amount) -> str:
    if amount >= 1_000_000:
        return f"£{amount / 1_000_000:,.3g} million"
    return f"£{amount:,.0f}"


def count(n) -> str:
    return f"{n:,.0f}"


def highlight(text: str, start: int, end: int, bounds: tuple[int, int], width: int = CONTEXT_CHARS) -> str:
    """HTML of text[start:end] in <mark>, with up to `width` characters either side inside `bounds`."""
    lo, hi = max(bounds[0], start - width), min(bounds[1], end + width)
    before, quote, after = (html.escape(text[a:b]) for a, b in ((lo, start), (start, end), (end, hi)))
    return f"{'…' if lo > bounds[0] else ''}{before}<mark>{quote}</mark>{after}{'…' if hi < bounds[1] else ''}"


def match_council(given: str, councils) -> str:
    """The council of `councils` that `given` names, whatever its case, a "Council" suffix, a "London Borough of"
    prefix or an alias ("Hull"); a council of the official statistics without facts is itself (it has no rows);
    InputError listing the councils otherwise. Blank stays blank."""
    if not given:
        return ""
    found = sorted(c for c in set(councils) if c)
    alias = params.find_council(given, gazetteer())
    known = gazetteer()[alias] if alias else None
    hit = params.find_council(given, found) or (known and params.find_council(known, found)) or known
    if hit:
        return hit
    raise InputError(f"council {given!r} has no facts; councils found: {', '.join(found)}")


def match_table(given: str) -> str:
    """The fact table `given` names: any case, spaces for underscores, singular or plural ("vacancy" is vacancies);
    InputError listing the tables otherwise. Blank stays blank."""
    if not given:
        return ""
    name = re.sub(r"[\s-]+", "_", given.strip().lower())
    for candidate in (name, name + "s", name[:-1] + "ies" if name.endswith("y") else name):
        if candidate in TABLES:
            return candidate
    raise InputError(f"table {given!r} is not a fact table; choose from {', '.join(TABLES)}")


def as_date(value: date | str | None, end: bool = False) -> date | None:
    """A date, or a string `YYYY`, `YYYY-MM` or `YYYY-MM-DD` read as its first day (its last when `end`)."""
    if not value or isinstance(value, date):
        return value or None
    try:
        interval = parse_published(str(value))
    except ValueError:
        raise InputError(f"{'end' if end else 'start'}={value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") from None
    return interval.end if end else interval.start


def for_people(value, unit: str) -> str:
    """A number as a person reads it: shares as 35.7%, pounds as £2m or £162,500, counts as 1,200."""
    if value == "" or pd.isna(value):
        return ""
    if unit == "share":
        return f"{value * 100:.1f}".rstrip("0").rstrip(".") + "%"
    if unit == "gbp":
        return f"£{value / 1e6:.1f}".rstrip("0").rstrip(".") + "m" if abs(value) >= 1e6 else f"£{value:,.0f}"
    return f"{value:,.10g}"


def readable(df: pd.DataFrame, table: str = "") -> pd.DataFrame:
    """A copy of timeline or fact-table rows with their numbers formatted for people (see `for_people`)."""
    out = df.copy()
    units = out["unit"] if "unit" in out else pd.Series("gbp" if table == "budgets" else "count", index=out.index)
    for column in ("value", "lower", "upper", "amount_gbp", "count"):
        if column in out:
            out[column] = [for_people(v, u) for v, u in zip(out[column], units)]
    return out


class Explorer:
    """The tables and article texts of one run, for a reporter to query in JupyterLab.

    Councils, tables and dates are matched forgivingly (see `match_council`, `match_table`,
    `as_date`); `facts`, `rows` and `search` show numbers as people read them, while
    `explorer.timeline` and `explorer.tables` keep the numbers.
    """

    def __init__(self, raw_dir: Path, processed_dir: Path):
        self.tables = load_tables(processed_dir)
        self.timeline = self.tables["timeline"]
        self.articles = self.tables["articles"].set_index("article_id")
        self.texts = {a.article_id: a.text for a in load_corpus(raw_dir)}
        self.mentions = fact_mentions(self.tables)

    def facts(self, council: str = "", table: str = "", start: date | str | None = None,
              end: date | str | None = None) -> pd.DataFrame:
        """Timeline facts filtered by council, table and period."""
        council = match_council(council, self.timeline["council"])
        return readable(filter_facts(self.timeline, council, match_table(table), as_date(start), as_date(end, end=True)))

    def rows(self, table: str, council: str = "", start: date | str | None = None,
             end: date | str | None = None) -> pd.DataFrame:
        """One fact table's rows filtered by council and period."""
        table = match_table(table)
        df = self.tables[table]
        if council:
            df = df[df["council"] == match_council(council, self.timeline["council"])]
        start, end = as_date(start), as_date(end, end=True)
        return readable(in_period(df, start or date.min, end or date.max) if (start or end) else df, table)

    def search(self, text: str) -> pd.DataFrame:
        """The mentions whose quote or fact label contains `text` (any case), with their fact."""
        labels = self.mentions["fact_id"].map(self.timeline.set_index("fact_id")["label"])
        found = self.mentions["quote"].str.contains(text, case=False, regex=False) | labels.str.contains(
            text, case=False, regex=False)
        shown = ["fact_id", "source_table", "article_id", "council", "quote", "char_start", "char_end"]
        return self.mentions.loc[found, shown].assign(label=labels[found])

    def _mention_html(self, mention: pd.Series) -> str:
        article = self.articles.loc[mention["article_id"]]
        body = (int(article["body_start"]), int(article["body_end"]))
        context = highlight(self.texts[mention["article_id"]], int(mention["char_start"]), int(mention["char_end"]), body)
        where = (f"{html.escape(article['headline'])} — {html.escape(article['outlet'])}, "
                 f"{describe_dates(article['published_start'], article['published_end'], article['published_precision'])}; "
                 f"article {html.escape(mention['article_id'])}, characters {mention['char_start']}–{mention['char_end']}")
        return f"<div class='mention'><p><b>{where}</b></p><p>{context}</p></div>"

    def show_fact(self, fact_id: str) -> Html:
        """Every sentence behind one fact, highlighted in its article's reporting."""
        facts = self.timeline[self.timeline["fact_id"] == fact_id]
        if facts.empty:
            raise KeyError(f"no fact {fact_id!r}; list them with explorer.facts()")
        fact = facts.iloc[0]
        head = (f"<h4>{html.escape(fact['label'])} ({html.escape(fact['fact_id'])})</h4>"
                f"<p>{describe_dates(fact['date_start'], fact['date_end'], fact['date_precision'])}; "
                f"{fact['n_mentions']} mention(s){'; sources disagree: ' + html.escape(fact['note']) if fact['conflict'] else ''}</p>")
        mentions = self.mentions[self.mentions["fact_id"] == fact_id]
        return Html(head + "".join(self._mention_html(m) for _, m in mentions.iterrows()))

    def show_row(self, table: str, row: int) -> Html:
        """One table row's sentence in context, and the fact it belongs to."""
        mention = self.mentions[(self.mentions["source_table"] == table) & (self.mentions["row"] == row)]
        if mention.empty:
            raise KeyError(f"{table}.csv has no row {row}")
        return self.show_fact(mention.iloc[0]["fact_id"])
