"""Consolidate fact rows from many articles into distinct facts (`timeline.csv`).

Rows of one table are the same fact when they share the table's key (council and what
is measured or judged) and their date intervals overlap (a row with no dates joins the
one matching fact). Two rows of one article that say different things stay two facts:
the extraction already merged an article's restatements. A fact keeps the tightest
interval consistent with all its mentions, counts them, and is flagged as a conflict
when articles disagree on the value (a blank value agrees with any).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from collections.abc import Iterator
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
    detail: tuple[str, ...] = ()  # more columns that tell two facts of one article apart


RULES: dict[str, Rule] = {
    "ratings": Rule(("council", "authority", "event", "scope"), ("judgement",), "event", "=",
                    "{authority} {event} ({scope})"),
    "vacancies": Rule(("council", "measure", "scope"), ("value", "lower", "upper"), "measure", "unit", "{measure} ({scope})"),
    "measures": Rule(("council", "measure", "scope"), ("value", "lower", "upper"), "measure", "unit", "{measure} ({scope})"),
    "budgets": Rule(("council", "kind", "recurrence"), ("amount_gbp", "lower", "upper"), "kind", "=gbp",
                    "{kind} for {purpose}", ("purpose",)),
    "staff_changes": Rule(("council", "change", "person", "role"), ("count",), "change", "=count", "{change}: {role} {person}"),
    "events": Rule(("council", "event_type", "actor"), (), "event_type", "=", "{event_type} by {actor}", ("description",)),
}


OPEN = ("before", "after", "unknown")  # precisions of rows with at least one open bound


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _overlaps(a: tuple, b: tuple) -> bool:
    (s1, e1), (s2, e2) = a, b
    return (s1 is None or e2 is None or s1 <= e2) and (s2 is None or e1 is None or s2 <= e1)


def _span(row: dict) -> tuple:
    return _day(row["date_start"]), _day(row["date_end"])


def _stated(row: dict, names: tuple[str, ...]) -> tuple:
    return tuple("" if pd.isna(row[c]) else row[c] for c in names)


def _agree(a: tuple, b: tuple) -> bool:
    return all(x == y or x == "" or y == "" for x, y in zip(a, b))


def _may_join(group: list[dict], row: dict, rule: Rule) -> bool:
    """Whether no member of the group from the row's article says something else."""
    names = rule.values + rule.detail
    return all(o["article_id"] != row["article_id"] or _agree(_stated(o, names), _stated(row, names)) for o in group)


def _clusters(rows: list[dict], rule: Rule) -> list[list[dict]]:
    """Rows of one key grouped by overlapping dates.

    Bounded rows first, in date order; a row with one open bound ("before March") then
    joins the only group it overlaps, and an undated row the only group it agrees with.
    """
    groups: list[list[dict]] = []
    bounded = [r for r in rows if r["date_precision"] not in OPEN]
    for row in sorted(bounded, key=lambda r: (r["date_start"], r["date_end"])):
        home = next((g for g in groups if _may_join(g, row, rule) and any(_overlaps(_span(row), _span(o)) for o in g)), None)
        (home.append(row) if home else groups.append([row]))
    for row in (r for r in rows if r["date_precision"] in ("before", "after")):
        fits = [g for g in groups if _may_join(g, row, rule) and any(_overlaps(_span(row), _span(o)) for o in g)]
        (fits[0].append(row) if len(fits) == 1 else groups.append([row]))
    for row in (r for r in rows if r["date_precision"] == "unknown"):
        fits = [g for g in groups if _may_join(g, row, rule)
                and all(_agree(_stated(o, rule.values), _stated(row, rule.values)) for o in g)]
        (fits[0].append(row) if len(fits) == 1 else groups.append([row]))
    return groups


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
    text = re.sub(r"\(\s*\)|\b(?:for|by)\s*$|:\s*$", "", text.strip())
    return " ".join(f"{row['council']} {text}".split())


def _said(rule: Rule, group: list[dict]) -> list[tuple]:
    """The distinct values the mentions state (blank ones left out), sorted."""
    return sorted({v for v in (_stated(r, rule.values) for r in group) if any(x != "" for x in v)})


def _lead(rule: Rule, group: list[dict]) -> list[dict]:
    """The mentions, the first one stating the fact's values (the first to say anything) first."""
    said = _said(rule, group)
    first = next(r for r in group if _stated(r, rule.values) == said[0]) if said else group[0]
    return [first] + [r for r in group if r is not first]


def _fact(table: str, rule: Rule, group: list[dict]) -> dict:
    """The timeline row of a group of mentions whose first carries the fact's values."""
    said = _said(rule, group)
    first = group[0]
    start, end, precision, note = tightest(group)
    if len(said) > 1:
        shown = "; ".join("/".join(str(x) for x in v if x != "") for v in said)
        note = "; ".join(n for n in (note, f"mentions disagree: {shown}") if n)
    number = {"vacancies": "value", "measures": "value", "budgets": "amount_gbp", "staff_changes": "count"}.get(table)
    key = "|".join(str(first[c]) for c in rule.key) + f"|{start}|{end}|{first['article_id']}|{first['char_start']}"
    return {
        "fact_id": f"{table}-{hashlib.sha1(key.encode()).hexdigest()[:10]}",
        "source_table": table,
        "council": first["council"],
        "kind": first[rule.kind],
        "scope": first.get("scope", ""),
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
        "mention_ids": ";".join(sorted(r["mention_id"] for r in group)),
        "conflict": "true" if note else "false",
        "note": note,
    }


def mention_groups(tables: dict[str, pd.DataFrame]) -> Iterator[tuple[dict, list[dict]]]:
    """(timeline row, its mentions) for every distinct fact; the first mention carries the values.

    Each mention is its table row plus `source_table` and `row` (its position in the table).
    """
    for table, rule in RULES.items():
        df = tables.get(table)
        if df is None or df.empty:
            continue
        rows = [r | {"source_table": table, "row": i} for i, r in enumerate(df.astype(object).fillna("").to_dict("records"))]
        by_key: dict[tuple, list[dict]] = {}
        for row in rows:
            by_key.setdefault(tuple(row[c] for c in rule.key), []).append(row)
        for group in by_key.values():
            for cluster in _clusters(group, rule):
                mentions = _lead(rule, cluster)
                yield _fact(table, rule, mentions), mentions


def consolidate(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """timeline.csv: one row per distinct fact, ordered by table, date and label."""
    facts = [fact for fact, _ in mention_groups(tables)]
    timeline = pd.DataFrame(facts, columns=columns(TIMELINE))
    return timeline.sort_values(["source_table", "date_start", "label", "fact_id"], kind="stable").reset_index(drop=True)
