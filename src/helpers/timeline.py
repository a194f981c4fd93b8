"""Consolidate fact rows from many articles into distinct facts (`timeline.csv`).

Rows of one table are the same fact when they share the table's key (council and what
is measured or judged) and their date intervals overlap (a row with no dates joins the
one matching fact). Two rows of one article that say different things stay two facts:
the extraction already merged an article's restatements. A fact keeps the tightest
interval consistent with all its mentions, counts them, and is flagged as a conflict
when articles disagree on the value (a blank value agrees with any).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterator
from datetime import date

import pandas as pd

from .extract.rules import RULES as RULES_BY_ID
from .names import full_names, same_person, surname
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
    "staff_changes": Rule(("council", "organisation", "change", "role"), ("count",), "change", "=count",
                          "{change}: {role} {person}"),
    "events": Rule(("council", "event_type", "actor"), (), "event_type", "=", "{event_type} by {actor}: {description}",
                   ("description",)),
}

OPEN = ("before", "after")  # precisions with exactly one bound


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _span(row: dict) -> tuple:
    return _day(row["date_start"]), _day(row["date_end"])


def _stated(row: dict, names: tuple[str, ...]) -> tuple:
    return tuple("" if pd.isna(row[c]) else row[c] for c in names)


def _agree(a: tuple, b: tuple) -> bool:
    return all(x == y or x == "" or y == "" for x, y in zip(a, b))


def is_state(row: dict) -> bool:
    """A grade named as the service's standing: a judgement with only an upper bound (contract §2)."""
    return row["source_table"] == "ratings" and row["event"] == "judgement" and row["date_precision"] == "before" \
        and row["judgement"] != ""


class _Fact:
    """Mentions gathered into one fact: the intersection of their date intervals, the distinct values
    and details each article states, and the names of the people they name."""

    def __init__(self, row: dict, rule: Rule):
        self.rows, self.names = [], rule.values + rule.detail
        self.start = self.end = None
        self.said: dict[str, set[tuple]] = {}
        self.people: set[str] = set()
        self.add(row)

    def _bounds_with(self, row: dict) -> tuple:
        s, e = _span(row)
        if self.rows:
            s = max(d for d in (self.start, s) if d) if (self.start or s) else None
            e = min(d for d in (self.end, e) if d) if (self.end or e) else None
        return s, e

    def takes(self, row: dict, strict: bool) -> bool:
        """Dates intersect, names can be one person's, and no mention of the row's article says something
        else (`strict`: no mention at all does)."""
        start, end = self._bounds_with(row)
        if start and end and start > end:
            return False
        if not all(same_person(p, row.get("person", "")) for p in self.people):
            return False
        stated = _stated(row, self.names)
        others = set().union(*self.said.values()) if strict else self.said.get(row["article_id"], set())
        return all(_agree(o, stated) for o in others)

    def add(self, row: dict) -> None:
        self.start, self.end = self._bounds_with(row)
        self.rows.append(row)
        self.said.setdefault(row["article_id"], set()).add(_stated(row, self.names))
        if row.get("person"):
            self.people.add(row["person"])


def _order(row: dict) -> tuple:
    return row["date_start"] or "", row["date_end"] or "9999", row["article_id"], row["char_start"], row["mention_id"]


def _clusters(rows: list[dict], rule: Rule) -> list[list[dict]]:
    """Rows of one key grouped into facts whose mentions' intervals all intersect.

    Bounded rows in date order join the latest fact they fit; a grade named as a current state
    joins the latest judgement of that grade before its bound; a row with one open bound joins
    the only fact it fits; an undated row the only fact that states what it states.
    """
    facts: list[_Fact] = []
    active: list[_Fact] = []  # facts a later bounded row can still join: their interval has not ended before it
    for row in sorted((r for r in rows if r["date_precision"] not in OPEN + ("unknown",)), key=_order):
        start = _day(row["date_start"])
        active = [f for f in active if f.end is None or start is None or f.end >= start]
        home = next((f for f in reversed(active) if f.takes(row, strict=False)), None)
        if home:
            home.add(row)
        else:
            facts.append(_Fact(row, rule))
            active.append(facts[-1])
    for row in sorted((r for r in rows if r["date_precision"] in OPEN), key=_order):
        fits = [f for f in facts if f.takes(row, strict=is_state(row))]
        graded = [f for f in fits if any(row["judgement"] in t for said in f.said.values() for t in said)] if is_state(row) else []
        if graded:
            max(graded, key=lambda f: (f.end or date.max, f.rows[0]["mention_id"])).add(row)
        else:
            fits[0].add(row) if len(fits) == 1 and not is_state(row) else facts.append(_Fact(row, rule))
    for row in sorted((r for r in rows if r["date_precision"] == "unknown"), key=_order):
        fits = [f for f in facts if f.takes(row, strict=True)]
        fits[0].add(row) if len(fits) == 1 else facts.append(_Fact(row, rule))
    return [f.rows for f in facts]


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
    text = re.sub(r"\(\s*\)|\b(?:for|by)\s*$|:\s*$|\s+by\s*(?=:)", "", text.strip())
    return " ".join(f"{row['council']} {text}".split())


def _also_named(first: dict, group: list[dict]) -> str:
    """' (also named X; same person inferred)' where mentions print one person's name differently."""
    others = sorted({r["person"] for r in group if r.get("full_person") and r["person"] != first["full_person"]})
    return f" (also named {', '.join(others)}; same person inferred)" if others else ""


def _with_full_names(rows: list[dict]) -> list[dict]:
    """Staff rows with `full_person`: the one fuller name the same person goes by elsewhere, else `person`."""
    people = [(r["organisation"], r["person"], r["role"]) for r in rows if r["person"]]
    fuller = full_names(people)
    return [r | {"full_person": fuller.get((r["organisation"], r["person"], r["role"]), r["person"])} for r in rows]


def _shown(rule: Rule, stated: tuple) -> str:
    """Stated values as words: '0.4', 'at least 0.4', '0.3 to 0.5'; a lone value as it is."""
    named = dict(zip(rule.values, stated))
    value, lower, upper = (named.get(c, "") for c in (rule.values[0], "lower", "upper"))
    if len(rule.values) == 1 or value != "":
        return str(value)
    if lower != "" and upper != "":
        return f"{lower} to {upper}"
    return f"at least {lower}" if lower != "" else f"at most {upper}"


def _said(rule: Rule, group: list[dict]) -> list[tuple]:
    """The distinct values the mentions state (blank ones left out), sorted."""
    said = {v for v in (_stated(r, rule.values) for r in group) if any(x != "" for x in v)}
    return sorted(said, key=lambda v: tuple(str(x) for x in v))


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
        shown = "; ".join(_shown(rule, v) for v in said)
        note = "; ".join(n for n in (note, f"mentions disagree: {shown}") if n)
    number = {"vacancies": "value", "measures": "value", "budgets": "amount_gbp", "staff_changes": "count"}.get(table)
    anchor = min(group, key=lambda r: (r["article_id"], r["char_start"], r["mention_id"]))
    return {
        "fact_id": f"{table}-{anchor['mention_id']}",
        "source_table": table,
        "council": first["council"],
        "kind": first[rule.kind],
        "scope": first.get("scope", ""),
        "label": _label(rule, first | {"person": first.get("full_person", "")}) + _also_named(first, group),
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


def unconfirmed_suggestion(row: dict) -> bool:
    """Whether a row is a trained model's suggestion no reporter has confirmed yet: in its table, not a fact."""
    rule = RULES_BY_ID.get(row.get("rule", ""))
    return bool(rule and rule.suggestion and row.get("review", "auto") == "auto")


def mention_groups(tables: dict[str, pd.DataFrame]) -> Iterator[tuple[dict, list[dict]]]:
    """(timeline row, its mentions) for every distinct fact; the first mention carries the values.

    Each mention is its table row plus `source_table` and `row` (its position in the table).
    """
    for table, rule in RULES.items():
        df = tables.get(table)
        if df is None or df.empty:
            continue
        rows = [r | {"source_table": table, "row": i} for i, r in enumerate(df.astype(object).fillna("").to_dict("records"))
                if not unconfirmed_suggestion(r)]
        if table == "staff_changes":
            rows = _with_full_names(rows)
        by_key: dict[tuple, list[dict]] = {}
        for row in rows:
            by_key.setdefault(tuple(row[c] for c in rule.key) + (surname(row.get("person", "")),), []).append(row)
        for group in by_key.values():
            for cluster in _clusters(group, rule):
                mentions = _lead(rule, cluster)
                yield _fact(table, rule, mentions), mentions


def consolidate(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """timeline.csv: one row per distinct fact, ordered by table, date and label."""
    facts = [fact for fact, _ in mention_groups(tables)]
    timeline = pd.DataFrame(facts, columns=columns(TIMELINE))
    return timeline.sort_values(["source_table", "date_start", "label", "fact_id"], kind="stable").reset_index(drop=True)
