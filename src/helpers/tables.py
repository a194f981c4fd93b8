"""Build, check and write the contract's tables and their `datapackage.json`.

Every table is checked against its schema (frictionless) and every quote against its
article before anything is written; then all files of a step are written together.
"""
from __future__ import annotations

import hashlib
import io
import json
import math
from pathlib import Path

import pandas as pd
from frictionless import Resource, Schema

from .atomic import write_files_atomic
from .corpus import Article
from .schema import ARTICLES, CLAIMS_CHECK, ID_FIELDS, OFFICIAL, RUN_TABLES, TABLES, TIMELINE, columns

SCHEMAS: dict[str, list[dict]] = {"articles": ARTICLES, **TABLES, "timeline": TIMELINE, **RUN_TABLES, "official": OFFICIAL,
                                   "claims_check": CLAIMS_CHECK}
NUMERIC = {"value", "lower", "upper", "amount_gbp", "count"}


class TableError(Exception):
    """A table breaks the contract; the message names the table, row and what is wrong."""


def articles_table(articles: list[Article]) -> pd.DataFrame:
    """articles.csv: one row per article with its publication interval and body span."""
    rows = []
    for a in articles:
        start, end = a.published.iso()
        rows.append({
            "article_id": a.article_id, "headline": a.headline, "outlet": a.outlet,
            "published_start": start, "published_end": end, "published_precision": a.published.precision,
            "n_words": len(a.body.split()), "sha256": a.sha256, "body_start": a.body_start, "body_end": a.body_end,
        })
    return pd.DataFrame(rows, columns=columns(ARTICLES))


def _number(value) -> str:
    """Numbers without float noise: 1000000.0 -> '1000000', 1/6 -> '0.1666666667'."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return ""
    return format(float(value), ".10g") if isinstance(value, float) else str(value)


def mention_id(table: str, row: dict) -> str:
    """A row's stable id: a short hash of its table, article, offsets and the fields that tell facts apart."""
    parts = [table, row["article_id"], str(row["char_start"]), str(row["char_end"])]
    parts += [f"{f}={_number(row[f]) if f in NUMERIC else row[f]}" for f in ID_FIELDS if f in row]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def with_identity(table: str, rows: list[dict]) -> list[dict]:
    """The rows with `mention_id` and `review` (auto) filled; ids repeated by identical rows get a suffix."""
    seen: dict[str, int] = {}
    out = []
    for row in rows:
        ident = mention_id(table, row)
        seen[ident] = seen.get(ident, 0) + 1
        out.append(row | {"mention_id": ident if seen[ident] == 1 else f"{ident}-{seen[ident]}", "review": "auto"})
    return out


def to_csv(name: str, df: pd.DataFrame) -> str:
    """The table as CSV text in contract column order, numbers formatted stably."""
    df = df.reindex(columns=columns(SCHEMAS[name])).copy()
    for field in SCHEMAS[name]:
        if field["type"] in ("number", "integer"):
            df[field["name"]] = [_number(v) for v in df[field["name"]]]
    out = io.StringIO()
    df.to_csv(out, index=False, lineterminator="\n")
    return out.getvalue()


def schema_errors(name: str, csv_text: str) -> list[str]:
    """Contract violations of one table's CSV text, as frictionless reports them."""
    resource = Resource(data=csv_text.encode("utf-8"), format="csv", schema=Schema.from_descriptor({"fields": SCHEMAS[name]}))
    report = resource.validate()
    return [f"{name}.csv row {row}: {message}" for row, message in report.flatten(["rowNumber", "message"])]


def grounding_errors(name: str, df: pd.DataFrame, texts: dict[str, str]) -> list[str]:
    """Rows whose quote is not the article text at their offsets, or whose dates run backwards."""
    errors = []
    for i, row in enumerate(df.to_dict("records"), start=2):
        text = texts.get(row["article_id"])
        if text is None:
            errors.append(f"{name}.csv row {i}: article_id {row['article_id']!r} is not in the corpus")
        elif text[int(row["char_start"]):int(row["char_end"])] != row["quote"]:
            errors.append(f"{name}.csv row {i}: quote is not the article text at {row['char_start']}:{row['char_end']}")
        if row["date_start"] and row["date_end"] and row["date_start"] > row["date_end"]:
            errors.append(f"{name}.csv row {i}: date_start {row['date_start']} is after date_end {row['date_end']}")
    return errors


def datapackage(names: list[str]) -> str:
    """datapackage.json text describing the given tables."""
    package = {
        "name": "childrens-services-facts",
        "title": "Facts about councils' children's services, each tied to its source quote",
        "licenses": [{"name": "ODC-By-1.0", "title": "Open Data Commons Attribution License 1.0"}],
        "resources": [
            {"name": n, "path": f"{n}.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
             "schema": {"fields": SCHEMAS[n]}}
            for n in sorted(names)
        ],
    }
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"


def write_tables(tables: dict[str, pd.DataFrame], processed_dir: Path, texts: dict[str, str]) -> list[Path]:
    """Check every table, then write them all and the datapackage.json describing the folder.

    Raises TableError listing the first violations; nothing is written then.
    """
    processed_dir = Path(processed_dir)
    files, errors = {}, []
    for name, df in tables.items():
        text = to_csv(name, df)
        errors += schema_errors(name, text)
        if name in TABLES:
            errors += grounding_errors(name, df, texts)
        files[processed_dir / f"{name}.csv"] = text
    if errors:
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        raise TableError("; ".join(errors[:10]) + more + " — nothing was written")
    files[processed_dir / "datapackage.json"] = datapackage(sorted(_described(processed_dir) | set(tables)))
    write_files_atomic(files)
    return sorted(files)


def _described(processed_dir: Path) -> set[str]:
    return {p.stem for p in Path(processed_dir).glob("*.csv") if p.stem in SCHEMAS}


def describe_folder(processed_dir: Path) -> None:
    """Rewrite datapackage.json for exactly the contract tables now in the folder (if it has one)."""
    path = Path(processed_dir) / "datapackage.json"
    if path.is_file():
        write_files_atomic({path: datapackage(sorted(_described(processed_dir)))})
