"""What a run changed: `changes.csv` against the tables the previous run left in processed_dir (contract §2).

Fact-table rows are matched by mention_id, timeline facts by fact_id, and compared as
the CSV text they are written as. A table the previous run did not write (or wrote
without ids) is not compared, so a first run's changes.csv is empty. The runner works in
a staging copy of processed_dir that starts as the previous run's files, so
`02_extract` reads them there before writing its own.
"""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from .schema import CHANGES, TABLES, columns
from .tables import to_csv

IDS = {**{name: "mention_id" for name in TABLES}, "timeline": "fact_id"}
SHOWN = {"mention_id": "quote", "fact_id": "label"}   # what an added or removed row is shown by
KINDS = ("added", "changed", "removed")


def _as_written(name: str, df: pd.DataFrame) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(to_csv(name, df)), dtype=str, keep_default_na=False)


def previous_tables(processed_dir: Path) -> dict[str, pd.DataFrame]:
    """The fact tables and timeline in the folder, as text, those with their id column only."""
    found = {}
    for name, ident in IDS.items():
        path = Path(processed_dir) / f"{name}.csv"
        if path.is_file():
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            if ident in df.columns:
                found[name] = df
    return found


def _rows(change: str, name: str, ident: str, row: pd.Series, field: str, old: str, new: str) -> dict:
    articles = row["article_id"] if ident == "mention_id" else row["article_ids"]
    return {"change": change, "table": name, "mention_id": row[ident] if ident == "mention_id" else "",
            "fact_id": row[ident] if ident == "fact_id" else "", "field": field, "old": old, "new": new,
            "article_id": articles}


def compare(previous: dict[str, pd.DataFrame], current: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """changes.csv rows: one per added or removed row (its quote or label shown), one per changed field."""
    out, compared = [], [name for name in IDS if name in previous and name in current]
    for name in compared:
        ident = IDS[name]
        old = previous[name].set_index(ident, drop=False)
        new = _as_written(name, current[name]).set_index(ident, drop=False)
        shown = SHOWN[ident]
        out += [_rows("added", name, ident, new.loc[i], shown, "", new.at[i, shown]) for i in new.index.difference(old.index, sort=False)]
        out += [_rows("removed", name, ident, old.loc[i], shown, old.at[i, shown], "") for i in old.index.difference(new.index, sort=False)]
        fields = [c for c in new.columns if c in old.columns and c != ident]
        out += [_rows("changed", name, ident, new.loc[i], c, old.at[i, c], new.at[i, c])
                for i in new.index.intersection(old.index, sort=False) for c in fields if old.at[i, c] != new.at[i, c]]
    changes = pd.DataFrame(out, columns=columns(CHANGES))
    changes.attrs["compared"] = compared
    return changes


def changes_since(processed_dir: Path, current: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """This run's tables against those still in processed_dir; call it before writing the new ones."""
    return compare(previous_tables(processed_dir), current)


def counts(changes: pd.DataFrame) -> dict[str, dict[str, int]]:
    """{'facts': {'added': n, 'changed': n, 'removed': n}, 'mentions': {...}}: distinct ids per kind of change."""
    facts, mentions = changes[changes["table"] == "timeline"], changes[changes["table"] != "timeline"]
    return {"facts": {k: facts.loc[facts["change"] == k, "fact_id"].nunique() for k in KINDS},
            "mentions": {k: mentions.loc[mentions["change"] == k, "mention_id"].nunique() for k in KINDS}}


def summary(changes: pd.DataFrame) -> str:
    """'3 facts added, 1 changed, 0 removed (mentions: 4 added, 1 changed, 0 removed)'; '1 fact added, ...'."""
    if changes.attrs.get("compared") == []:
        return "no previous tables in processed_dir to compare with: changes.csv is empty"
    f, m = counts(changes).values()
    return (f"{f['added']} fact{'' if f['added'] == 1 else 's'} added, {f['changed']} changed, {f['removed']} removed "
            f"(mentions: {m['added']} added, {m['changed']} changed, {m['removed']} removed)")


def report_box(changes: pd.DataFrame, timeline: pd.DataFrame, limit: int = 20) -> dict:
    """The data of a "What changed since the last run" box: the summary, the counts and the facts concerned.

    `items` lists each added, changed or removed timeline fact once (fact_id, change, label,
    and the fields that changed), at most `limit` of them; `more` says how many were left out.
    """
    facts = changes[changes["table"] == "timeline"]
    labels = dict(zip(timeline["fact_id"], timeline["label"]))
    items = []
    for (fact_id, change), rows in facts.groupby(["fact_id", "change"], sort=False):
        label = rows["old"].iloc[0] if change == "removed" else labels.get(fact_id, "")
        items.append({"fact_id": fact_id, "change": change, "label": label,
                      "fields": list(rows["field"]) if change == "changed" else []})
    return {"summary": summary(changes), "counts": counts(changes), "items": items[:limit], "more": max(0, len(items) - limit)}
