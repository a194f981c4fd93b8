"""What each chart draws, as a DataFrame of timeline facts: the charts, the story and the tests read these.

A fact is `drawn` when its dates are bounded (not `before`, `after` or `unknown`);
the others are kept, listed under the chart, never placed on a guess.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from ..explore import in_period, with_detail

UNBOUNDED = ("before", "after", "unknown")
GRADE_LEVEL = {"Inadequate": 1, "Requires improvement": 2, "Adequate": 2, "Satisfactory": 2, "Good": 3, "Outstanding": 4}
SCALE = ["Inadequate", "Requires improvement", "Good", "Outstanding"]
OLD_SCALE = {"Adequate", "Satisfactory"}
EVENT_KINDS = ["inspection", "monitoring_visit", "monitoring_report", "inspection_expected", "commissioner_report",
               "directive", "judgement"]
WORKFORCE_KINDS = ["vacancy_rate", "agency_share", "turnover_rate", "understrength_share", "staff_change_share",
                   "caseload_per_worker", "posts_created"]
PAY_KINDS = ("salary", "allowance")
PEOPLE_LANES = ["people", "in post", "milestone"]
# DfE directives are milestones through their events.csv rows (events.directive-milestone, or the rule that read the
# same words): drawn once, not again from ratings.csv
MILESTONE_RATINGS = ("commissioner_report",)


@dataclass(frozen=True)
class View:
    """Whose story, over which period, told from which articles (articles.csv)."""

    council: str
    start: date
    end: date
    articles: pd.DataFrame

    @property
    def span(self) -> str:
        return f"{self.start:%B %Y} to {self.end:%B %Y}"


def given(df: pd.DataFrame) -> pd.Series:
    """Judgements given (issue 9): ratings facts of kind `judgement` with a grade and a bounded date."""
    return ((df["source_table"] == "ratings") & (df["kind"] == "judgement") & df["judgement"].ne("")
            & ~df["date_precision"].isin(UNBOUNDED))


def facts_of(timeline: pd.DataFrame, mentions: pd.DataFrame, table: str, view: View, detail: list[str]) -> pd.DataFrame:
    """One table's facts overlapping the period or without dates, with detail columns from their lead mention,
    `drawn` and where: x_start, x_end (the interval clipped to the period) and x_mid; drawn ones first, by date."""
    facts = timeline[timeline["source_table"] == table]
    facts = pd.concat([in_period(facts, view.start, view.end), facts[facts["date_precision"] == "unknown"]])
    df = with_detail(facts.reset_index(drop=True), mentions, detail + ["quote"])
    lo, hi = view.start.isoformat(), view.end.isoformat()
    df["drawn"] = ~df["date_precision"].isin(UNBOUNDED)
    df["x_start"] = [max(s, lo) if d else "" for s, d in zip(df["date_start"], df["drawn"])]
    df["x_end"] = [min(e, hi) if d else "" for e, d in zip(df["date_end"], df["drawn"])]
    df["x_mid"] = [_mid(s, e) if d else "" for s, e, d in zip(df["x_start"], df["x_end"], df["drawn"])]
    return df.sort_values(["drawn", "x_mid", "fact_id"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def _mid(start: str, end: str) -> str:
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    return (s + (e - s) // 2).isoformat()


def _with_y(df: pd.DataFrame) -> pd.DataFrame:
    """y (the stated value, or the middle of a stated range), y_low and y_high."""
    low, high = df["lower"].fillna(df["value"]), df["upper"].fillna(df["value"])
    return df.assign(y=df["value"].fillna((low + high) / 2), y_low=low, y_high=high)


def _layer(row: pd.Series, council: str, is_given: bool) -> str:
    if row["council"] != council:
        return "other council" if is_given and row["scope"] == "overall" else ""
    if is_given:
        return "path" if row["scope"] == "overall" else "part"
    return "standing" if row["kind"] == "judgement" else "event"


def ratings_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """layer: 'path' (the council's overall judgements given), 'part' (parts judged), 'event' (inspections,
    visits, reports, directives), 'standing' (a grade named as current: never a point), 'other council'."""
    facts = facts_of(timeline, mentions, "ratings", view, ["authority"])
    facts["layer"] = [_layer(r, view.council, g) for (_, r), g in zip(facts.iterrows(), given(facts))]
    facts = facts[facts["layer"] != ""].copy()
    facts.loc[facts["layer"] == "standing", "drawn"] = False
    facts["level"] = facts["judgement"].map(GRADE_LEVEL)
    return facts.reset_index(drop=True)


def workforce_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """The council's workforce figures with a number; `panel` is the measure (one measure per axis)."""
    facts = facts_of(timeline, mentions, "vacancies", view, ["qualifier"])
    facts = facts[(facts["council"] == view.council) & facts[["value", "lower", "upper"]].notna().any(axis=1)]
    order = {k: i for i, k in enumerate(WORKFORCE_KINDS)}
    facts = _with_y(facts).assign(panel=facts["kind"], panel_order=facts["kind"].map(order).fillna(len(order)))
    return facts.reset_index(drop=True)


def money_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """The council's sums of money; `panel` 'funding' (extra money, budgets) or 'pay' (salaries, allowances)."""
    facts = facts_of(timeline, mentions, "budgets", view, ["qualifier", "recurrence", "purpose"])
    facts = facts[(facts["council"] == view.council) & facts[["value", "lower", "upper"]].notna().any(axis=1)]
    panel = ["pay" if k in PAY_KINDS else "funding" for k in facts["kind"]]
    return _with_y(facts).assign(panel=panel, panel_order=[p == "pay" for p in panel]).reset_index(drop=True)


def people_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """The council's staff changes ('people'), people in post ('in post', one row_key per person) and
    milestones ('milestone': events, DfE directives, commissioners' reports)."""
    staff = facts_of(timeline, mentions, "staff_changes", view, ["person", "role"])
    staff["lane"] = ["in post" if k == "in_post" else "people" for k in staff["kind"]]
    ratings = facts_of(timeline, mentions, "ratings", view, [])
    others = pd.concat([facts_of(timeline, mentions, "events", view, []), ratings[ratings["kind"].isin(MILESTONE_RATINGS)]])
    facts = pd.concat([staff, others.assign(lane="milestone", person="", role="")], ignore_index=True)
    facts = facts[facts["council"] == view.council].copy()
    facts["row_key"] = [(r.person or r.role) if r.lane == "in post" else r.fact_id for r in facts.itertuples()]
    facts["lane_order"] = facts["lane"].map(PEOPLE_LANES.index)
    first = facts.groupby("row_key")["x_mid"].transform("min")
    return (facts.assign(first=first).sort_values(["drawn", "lane_order", "first", "x_mid", "fact_id"],
                                                  ascending=[False] + [True] * 4, kind="stable").reset_index(drop=True))


def measures_data(timeline: pd.DataFrame, mentions: pd.DataFrame, view: View) -> pd.DataFrame:
    """The council's other figures (children in care, population, asylum-seeking children), by measure and date."""
    facts = facts_of(timeline, mentions, "measures", view, ["qualifier"])
    facts = facts[(facts["council"] == view.council) & facts[["value", "lower", "upper"]].notna().any(axis=1)]
    return facts.sort_values(["kind", "drawn", "x_mid"], ascending=[True, False, True], kind="stable").reset_index(drop=True)
