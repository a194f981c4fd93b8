"""Every word a reader sees about the facts, in one place: chart titles, notes, alt text, and the story.

Nothing here types a number: each phrase is built from a row of the chart data or the
timeline. A sentence the report shows with footnotes is a list of `(text, fact_ids)` parts.
"""
from __future__ import annotations

import re

import pandas as pd

from .charts.data import OLD_SCALE, UNBOUNDED, View
from .charts.style import pounds
from .explore import QUALIFIER_WORDS, count, describe_dates, month_name, percent

Parts = list[tuple[str, tuple[str, ...]]]

EVENTS = {
    "inspection": "Ofsted inspection", "monitoring_visit": "Ofsted monitoring visit",
    "monitoring_report": "Ofsted monitoring report", "inspection_expected": "Ofsted inspection expected",
    "commissioner_report": "Commissioner's report", "directive": "DfE directive issued",
    "commissioner_appointed": "Commissioner appointed", "special_measures": "Special measures",
    "improvement_plan": "Improvement plan", "improvement_board": "Improvement board", "peer_support": "Peer support",
    "improvement_partner": "Improvement partner", "deadline": "Deadline set", "trust": "Children's trust",
}
LANES = {"inspection": "Inspection", "monitoring_visit": "Monitoring visit", "monitoring_report": "Monitoring report",
         "inspection_expected": "Inspection expected", "commissioner_report": "Commissioner's report",
         "directive": "DfE directive", "judgement": "Judgement, no grade"}
CHANGES = {"appointed": "appointed", "interim_appointed": "appointed on an interim basis", "departed": "left",
           "hired": "hired", "in_post": "in post", "team_created": "created", "posts_created": "created",
           "headcount_change": "changed in number", "leadership_change": "changed"}
MEASURES = {
    "vacancy_rate": "Vacancy rate", "understrength_share": "Teams understrength by", "agency_share": "Agency staff",
    "turnover_rate": "Staff turnover", "staff_change_share": "Change in staff numbers",
    "caseload_per_worker": "Cases per social worker", "posts_created": "Posts created",
    "children_in_care": "Children in care", "child_population": "Children living in the area",
    "unaccompanied_asylum_seeking_children_in_care": "Unaccompanied asylum-seeking children in care",
    "uasc_share_of_national": "Share of England's unaccompanied asylum-seeking children",
}
MONEY = {"extra_funding": "Extra funding", "budget_uplift": "Budget increase", "salary": "Salary",
         "allowance": "Allowance", "other": "Money"}
PER = {"per_year": " a year", "one_off": " one-off", "unknown": ""}


def words(code: str) -> str:
    return code.replace("_", " ")


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def when(row) -> str:
    return describe_dates(row["date_start"], row["date_end"], row["date_precision"])


def month_when(row) -> str:
    """A date no finer than the month: 'September 2017', '2012', 'between July 2017 and March 2019'."""
    if row["date_precision"] == "day":
        return month_name(row["date_start"])
    return when(row)


def number(row, value=None) -> str:
    """The fact's number with its qualifier: 'nearly 17%', 'between 33% and 50%', '£10m', 'about 40'."""
    fmt = {"share": percent, "gbp": pounds}.get(row["unit"], count)
    value = row["value"] if value is None else value
    qualifier = row.get("qualifier", "") or ""
    if pd.isna(value) and not (pd.isna(row["lower"]) or pd.isna(row["upper"])):
        return f"between {fmt(row['lower'])} and {fmt(row['upper'])}"
    if pd.isna(value):
        bound = row["lower"] if not pd.isna(row["lower"]) else row["upper"]
        return f"{'at least' if not pd.isna(row['lower']) else 'up to'} {fmt(bound)}"
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{fmt(value)}"


def subject(label: str, council: str) -> str:
    """The timeline label's own words: without the council and the kind before a colon, no doubled word."""
    text = label.removeprefix(f"{council} ").split(": ", 1)[1] if ": " in label else ""
    return re.sub(r"\b(\w+) \1\b", r"\1", text).strip()


def plain(row, council: str) -> str:
    """One fact in plain words, without its date: 'Ofsted judged the service Good (overall)'."""
    table, kind = row["source_table"], row["kind"]
    where = "" if row["council"] == council else f" ({row['council']})"
    if table == "ratings" and row["judgement"] and kind == "judgement":
        if row["date_precision"] in UNBOUNDED:
            return f"Named as {row['judgement']} ({row['scope'] or 'scope not stated'}): a standing grade, not a new judgement{where}"
        return f"Ofsted judged the service {row['judgement']} ({row['scope'] or 'scope not stated'}){where}"
    if table in ("ratings", "events"):
        grade = f", grade {row['judgement']}" if row["judgement"] else ""
        name = EVENTS.get(kind, sentence_case(words(kind)))
        what = subject(row["label"], row["council"]) if table == "events" \
            else row["scope"] if kind == "directive" and isinstance(row["scope"], str) else ""  # its kind
        what = "" if what.lower() in name.lower() else what  # "Improvement plan", not "Improvement plan: improvement plan"
        return f"{name}{grade}{': ' + what if what else ''}{where}"
    if table == "staff_changes":
        many = f" ({number(row)})" if not pd.isna(row["value"]) and row["value"] != 1 else ""
        return sentence_case(f"{subject(row['label'], row['council']) or 'staff'}{many} {CHANGES.get(kind, words(kind))}") + where
    if table == "budgets":
        recurrence = PER.get(row.get("recurrence", "unknown") or "unknown", "")
        purpose = row["label"].split(" for ", 1)[1] if " for " in row["label"] else ""  # the label is "{kind} for {purpose}"
        return f"{MONEY.get(kind, 'Money')}: {number(row)}{recurrence}{' for ' + purpose if purpose else ''}{where}"
    scope = f" ({row['scope']})" if row["scope"] else ""
    name = MEASURES.get(kind, sentence_case(words(kind).replace(" per 10000", " per 10,000 children")))
    return f"{name}{scope}: {number(row)}{where}"


# --- the lead -----------------------------------------------------------------------------

def grade_runs(path: pd.DataFrame) -> list[tuple[str, str, tuple[str, ...]]]:
    """(grade, month, fact ids) of each change of overall grade: a judgement repeating the last grade joins it."""
    runs: list[tuple[str, str, tuple[str, ...]]] = []
    for _, r in path.iterrows():
        if runs and runs[-1][0] == r["judgement"]:
            runs[-1] = (*runs[-1][:2], runs[-1][2] + (r["fact_id"],))
        else:
            runs.append((r["judgement"], month_when(r), (r["fact_id"],)))
    return runs


def lead(path: pd.DataFrame, council: str) -> Parts:
    """'Ofsted judged Wigan's children's services Inadequate (June 2014) then Good (May 2016).'"""
    runs = grade_runs(path)
    if not runs:
        return [(f"The articles give no overall judgement of {council}'s children's services in this period.", ())]
    parts: Parts = [(f"Ofsted judged {council}'s children's services ", ())]
    for i, (grade, month, ids) in enumerate(runs):
        parts.append((f"{' then ' if i else ''}{grade} ({month})", ids))
    return parts + [(".", ())]


def headline(path: pd.DataFrame, council: str) -> str:
    runs = grade_runs(path)
    if not runs:
        return f"{council}'s children's services in the news"
    if len(runs) == 1:
        return f"{council}'s children's services: judged {runs[0][0]} ({runs[0][1]})"
    return f"{council}'s children's services: from {runs[0][0]} to {runs[-1][0]}"


NAMED_OUTLETS = 6  # a standfirst names at most this many outlets, those with the most articles


def standfirst(view: View, own: pd.DataFrame) -> str:
    """How many articles give the council's facts `own`, and from which outlets (the most frequent first)."""
    ids = {i for ids in own["article_ids"] for i in ids.split(";")}
    articles = view.articles[view.articles["article_id"].isin(ids)]
    outlets = articles.loc[articles["outlet"] != "", "outlet"].value_counts(sort=False)  # in the articles' order
    outlets = outlets.sort_values(ascending=False, kind="stable").index.tolist()
    more = len(outlets) - NAMED_OUTLETS
    named = ", ".join(outlets[:NAMED_OUTLETS]) + (f" and {more} other outlet{'s' * (more != 1)}" if more > 0 else "")
    n = len(articles)
    return (f"What {n} article{'s' * (n != 1)}{f' ({named})' if named else ''} report about {view.council}'s children's "
            f"services, {view.span}: {len(own)} distinct facts, each linked to the sentences it comes from.")


# --- charts -------------------------------------------------------------------------------

def _n(n: int, thing: str) -> str:
    return f"{n} {thing}{'s' * (n != 1)}"


def ratings_title(data: pd.DataFrame, council: str) -> str:
    runs = grade_runs(data[(data["layer"] == "path") & data["drawn"]])
    if not runs:
        return f"No overall judgement of {council} given in this period"
    return f"{council}'s overall judgement: " + " then ".join(f"{g} ({m})" for g, m, _ in runs)


def ratings_sentence(data: pd.DataFrame, council: str) -> str:
    drawn = data[data["drawn"]]
    path, events, others = (drawn[drawn["layer"] == k] for k in ("path", "event", "other council"))
    text = (f"Each red dot is an overall judgement given to {council} ({_n(len(path), 'judgement')}), placed when "
            f"it was published; the line joins them and stops at the last. The lanes below mark the "
            f"{len(events)} dated inspections, visits, reports and directives.")
    if len(others):
        text += (f" Hollow dots: other councils' judgements the articles give ({', '.join(sorted(set(others['council'])))}),"
                 " joined only between their own dated judgements.")
    old = OLD_SCALE & set(path["judgement"])
    if old:
        text += f" {' and '.join(sorted(old))} is on Ofsted's older scale, drawn at the Requires improvement level."
    return text


def ratings_alt(data: pd.DataFrame, view: View) -> str:
    drawn = data[data["drawn"]]
    items = "; ".join(f"{'' if r.council == view.council else r.council + ' '}{plain(r._asdict(), view.council)}, {when(r._asdict())}"
                      for r in drawn.itertuples())
    return f"Chart of {view.council}'s Ofsted judgements and inspection events, {view.span}: {items or 'none'}."


def workforce_title(data: pd.DataFrame, council: str) -> str:
    rates = data[data["drawn"] & (data["kind"] == "vacancy_rate")]
    if rates.empty:
        drawn = data[data["drawn"]]
        return f"{council}'s workforce: {_n(len(drawn), 'figure')} the articles date"
    top = rates.loc[rates["y"].idxmax()]
    scope = top["scope"] or "a part of the service not stated"
    return f"{council}'s highest vacancy rate reported: {number(top)}, for {scope} ({month_when(top)})"


def panel_title(kind: str, unit: str) -> str:
    suffix = {"share": " (%)", "gbp": " (£)"}.get(unit, "")
    return MEASURES.get(kind, sentence_case(words(kind))) + suffix


def workforce_sentence(data: pd.DataFrame, council: str) -> str:
    drawn = data[data["drawn"]]
    return (f"{_n(drawn['panel'].nunique(), 'measure')} of {council}'s workforce, each on its own axis: rates of posts, "
            "changes in staff numbers and counts are never mixed. Each label says whose figure it is (one team, "
            "the whole service); bars show when the figure held.")


def fact_alt(data: pd.DataFrame, view: View, what: str) -> str:
    drawn = data[data["drawn"]]
    items = "; ".join(f"{plain(r, view.council)}, {when(r)}" for _, r in drawn.iterrows())
    return f"Chart of {what} for {view.council}, {view.span}: {items or 'none'}."


def money_title(data: pd.DataFrame, council: str) -> str:
    funding = data[data["drawn"] & (data["panel"] == "funding")]
    if funding.empty:
        return f"{council}: sums of money the articles date"
    top = funding.loc[funding["y"].idxmax()]
    return f"{council}: the largest extra sum reported is {number(top)}{PER.get(top['recurrence'], '')} ({when(top)})"


def money_sentence(data: pd.DataFrame, council: str) -> str:
    drawn = data[data["drawn"]]
    return (f"{_n(len(drawn), 'dated sum')} for {council}: extra funding and budget increases on one axis, pay on "
            "another. Filled dots recur every year, hollow ones are one-off, squares do not say; bars show the years "
            "a sum covers.")


def people_counts(data: pd.DataFrame) -> dict[str, int]:
    drawn = data[data["drawn"]]
    kinds = list(drawn["kind"])
    return {"appointments": kinds.count("appointed") + kinds.count("interim_appointed"),
            "departures": kinds.count("departed"), "milestones": int((drawn["lane"] == "milestone").sum()),
            "people in post": drawn.loc[drawn["lane"] == "in post", "row_key"].nunique()}


def people_title(data: pd.DataFrame, council: str) -> str:
    counts = people_counts(data)
    shown = [f"{n} {k if n != 1 else k.rstrip('s').replace('people', 'person')}" for k, n in counts.items() if n]
    return f"{council}: " + (", ".join(shown) if shown else "no dated staff changes or milestones")


def people_sentence(data: pd.DataFrame, council: str) -> str:
    return (f"One row per dated change or milestone at {council}, one per person the articles name in post; "
            "bars show when it could have happened, as precisely as the articles say.")


def empty_sentence(what: str, view: View) -> str:
    return f"No chart of {what}: the articles date none for {view.council} between {view.span.replace(' to ', ' and ')}."
