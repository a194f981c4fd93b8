"""Consolidate fact rows from many articles into distinct facts (`timeline.csv`).

Rows of one table are the same fact when they share the table's key (council and what
is measured or judged) and their date intervals overlap (a row with no dates joins the
one matching fact). A fact keeps the tightest interval consistent with all its
mentions, counts them, and is flagged as a conflict when they disagree on the value.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from .schema import TIMELINE, columns


@dataclass(frozen=True)
class Rule:
    """How one fact table is consolidated."""

    key: tuple[str, ...]     # columns that name the fact
    values: tuple[str, ...]  # columns that must agree across mentions
    kind: str                # column that gives timeline.kind
    unit: str                # unit column, or a fixed unit prefixed with '='
    label: str               # template of timeline.label, filled from a row


RULES: dict[str, Rule] = {
    "ratings": Rule(("council", "authority", "event", "scope"), ("judgement",), "event", "=",
                    "{authority} {event} ({scope})"),
    "vacancies": Rule(("council", "measure", "scope"), ("value", "lower", "upper"), "measure", "unit", "{measure} ({scope})"),
    "measures": Rule(("council", "measure", "scope"), ("value", "lower", "upper"), "measure", "unit", "{measure} ({scope})"),
    "budgets": Rule(("council", "kind", "recurrence", "purpose"), ("amount_gbp", "lower", "upper"), "kind", "=gbp",
                    "{kind} for {purpose}"),
    "staff_changes": Rule(("council", "change", "person", "role"), ("count",), "change", "=count", "{change}: {role} {person}"),
    "events": Rule(("council", "event_type", "actor"), (), "event_type", "=", "{event_type} by {actor}"),
}


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _overlaps(a: tuple, b: tuple) -> bool:
    (s1, e1), (s2, e2) = a, b
    return (s1 is None or e2 is None or s1 <= e2) and (s2 is None or e1 is None or s2 <= e1)


def _clusters(rows: list[dict], rule: Rule) -> list[list[dict]]:
    """Rows of one key grouped by overlapping dates; undated rows join the only matching group."""
    dated = [r for r in rows if r["date_precision"] != "unknown"]
    groups: list[list[dict]] = []
    for row in sorted(dated, key=lambda r: (r["date_start"] or "", r["date_end"] or "")):
        span = (_day(row["date_start"]), _day(row["date_end"]))
        home = next((g for g in groups if any(_overlaps(span, (_day(o["date_start"]), _day(o["date_end"]))) for o in g)), None)
        if home is None:
            groups.append([row])
        else:
            home.append(row)
    for row in (r for r in rows if r["date_precision"] == "unknown"):
        same = [g for g in groups if _values(g[0], rule) == _values(row, rule)]
        if len(same) == 1:
            same[0].append(row)
        else:
            groups.append([row])
    return groups


def _values(row: dict, rule: Rule) -> tuple:
    return tuple("" if pd.isna(row[c]) else row[c] for c in rule.values)


def tightest(rows: list[dict]) -> tuple[str, str, str, str]:
    """(start, end, precision, note): the intersection of the rows' intervals.

    Keeps the precision of a mention whose interval is that intersection; an empty
    intersection falls back to the union and says so in the note.
    """
    spans = [(_day(r["date_start"]), _day(r["date_end"]), r["date_precision"]) for r in rows if r["date_precision"] != "unknown"]
    if not spans:
        return "", "", "unknown", ""
    starts = [s for s, _, _ in spans if s]
    ends = [e for _, e, _ in spans if e]
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    note = ""
    if start and end and start > end:
        start, end = min(starts), max(ends)
        note = "mentions give dates that do not overlap"
    exact = [p for s, e, p in spans if (s, e) == (start, end)]
    precision = exact[0] if exact else ("after" if end is None else "before" if start is None else "range")
    return (start.isoformat() if start else ""), (end.isoformat() if end else ""), precision, note


def _label(rule: Rule, row: dict) -> str:
    """The rule's label template filled from the row; blank parts and their brackets dropped."""
    text = rule.label.format(**{k: str(v).replace("_", " ") for k, v in row.items()})
    text = re.sub(r"\(\s*\)|\b(?:for|by)\s*$", "", text)
    return " ".join(f"{row['council']} {text}".split())


def _fact(table: str, rule: Rule, group: list[dict]) -> dict:
    first = group[0]
    start, end, precision, note = tightest(group)
    values = sorted({_values(r, rule) for r in group})
    if len(values) > 1:
        shown = "; ".join("/".join(str(v) for v in vs if v != "") or "blank" for vs in values)
        note = "; ".join(n for n in (note, f"mentions disagree: {shown}") if n)
    number = {"vacancies": "value", "measures": "value", "budgets": "amount_gbp", "staff_changes": "count"}.get(table)
    key = "|".join(str(first[c]) for c in rule.key) + f"|{start}|{end}"
    return {
        "fact_id": f"{table}-{hashlib.sha1(key.encode()).hexdigest()[:10]}",
        "source_table": table,
        "council": first["council"],
        "kind": first[rule.kind],
        "label": _label(rule, first),
        "value": first[number] if number else "",
        "lower": first.get("lower", ""),
        "upper": first.get("upper", ""),
        "unit": rule.unit[1:] if rule.unit.startswith("=") else first[rule.unit],
        "judgement": first.get("judgement", ""),
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "n_mentions": len(group),
        "article_ids": ";".join(sorted({r["article_id"] for r in group})),
        "conflict": "true" if len(values) > 1 or note else "false",
        "note": note,
    }


def consolidate(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """timeline.csv: one row per distinct fact, ordered by table, date and label."""
    facts = []
    for table, rule in RULES.items():
        df = tables.get(table)
        if df is None or df.empty:
            continue
        rows = df.astype(object).fillna("").to_dict("records")
        by_key: dict[tuple, list[dict]] = {}
        for row in rows:
            by_key.setdefault(tuple(row[c] for c in rule.key), []).append(row)
        facts += [_fact(table, rule, g) for group in by_key.values() for g in _clusters(group, rule)]
    timeline = pd.DataFrame(facts, columns=columns(TIMELINE))
    return timeline.sort_values(["source_table", "date_start", "label", "fact_id"], kind="stable").reset_index(drop=True)
