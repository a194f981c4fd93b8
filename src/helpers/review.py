"""Reporters' decisions on the extracted facts (contract §4): record them, and apply them on every run.

    python -m helpers.review confirm MENTION_ID
    python -m helpers.review reject MENTION_ID
    python -m helpers.review correct MENTION_ID FIELD VALUE
    python -m helpers.review add --table T --article ID --quote "…" [--start OFFSET] FIELD=VALUE ...
    python -m helpers.review list [--pending]
    python -m helpers.review orphans

each followed by [--raw-dir data/raw] [--processed-dir data/processed] [--reviewer NAME] [--note TEXT].

Decisions are appended to `<raw_dir>/reviews.csv`, after the same checks that apply them:
`02_extract` replays the file after every extraction, in file order, so the latest decision
on a mention wins. A decision that no longer fits the extracted rows (the text or the rules
changed) is never applied silently nor dropped: it goes to `review_orphans.csv` with its reason.
"""
from __future__ import annotations

import argparse
import csv
import getpass
import io
import math
import re
import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from .atomic import write_text_atomic
from .corpus import Article, load_corpus
from .errors import InputError, cli_errors
from .intervals import month_end
from .schema import REJECTED, REVIEW_ACTIONS, REVIEW_COLUMNS, REVIEW_ORPHANS, TABLES, columns
from .tables import mention_id

FIELDS = {name: {f["name"]: f for f in fields} for name, fields in TABLES.items()}
FIXED = ("mention_id", "article_id", "quote", "char_start", "char_end", "rule", "review")  # set by the text, never corrected
VERDICTS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FIELD_SPLIT = re.compile(r";(?=[a-z_]+=)")


# --- reviews.csv ------------------------------------------------------------------------------

def reviews_path(raw_dir: Path) -> Path:
    return Path(raw_dir) / "reviews.csv"


def read_reviews(raw_dir: Path) -> list[dict]:
    """The recorded decisions in file order, each with its `line` in the file; none without a file."""
    path = reviews_path(raw_dir)
    if not path.is_file():
        return []
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header, rows = reader.fieldnames or [], list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: not a readable UTF-8 CSV ({exc}); save it as UTF-8 CSV") from None
    missing = [c for c in REVIEW_COLUMNS if c not in header]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}; its header must name {','.join(REVIEW_COLUMNS)}")
    return [{c: row.get(c) or "" for c in REVIEW_COLUMNS} | {"line": line} for line, row in enumerate(rows, start=2)]


def append_review(raw_dir: Path, decision: dict) -> Path:
    """Add one decision to reviews.csv (created with its header): a new file renamed over the old one."""
    path = reviews_path(raw_dir)
    old = ""
    if path.is_file():
        with open(path, encoding="utf-8-sig", newline="") as handle:
            old = handle.read()
    header = next(csv.reader(io.StringIO(old))) if old else REVIEW_COLUMNS
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    if not old:
        writer.writeheader()
    writer.writerow({c: decision.get(c, "") for c in header})
    write_text_atomic(path, old + ("" if not old or old.endswith(("\n", "\r")) else "\n") + out.getvalue())
    return path


def parse_fields(text: str) -> dict[str, str]:
    """`name=value;name=value` as a dict (a `;` belongs to the value unless a `name=` follows it)."""
    pairs = [p for p in _FIELD_SPLIT.split(text) if p.strip()]
    bad = [p for p in pairs if "=" not in p]
    if bad:
        raise InputError(f"fields {bad[0]!r} is not NAME=VALUE")
    return dict(p.split("=", 1) for p in pairs)


def format_fields(fields: dict[str, str]) -> str:
    return ";".join(f"{k}={v}" for k, v in fields.items())


# --- checks shared by the command line and the run ----------------------------------------------

def check_value(table: str, name: str, value: str):
    """The value as its table stores it (number or text); InputError saying what the field allows."""
    spec = FIELDS[table].get(name)
    if spec is None or name in FIXED:
        allowed = ", ".join(f for f in FIELDS[table] if f not in FIXED)
        raise InputError(f"{table} has no field {name!r} a review can set; choose from {allowed} "
                         "(to change a quote, reject the row and add it again)")
    constraints = spec.get("constraints", {})
    if value == "":
        if constraints.get("required"):
            raise InputError(f"{table}.{name} may not be blank; give a value")
        return math.nan if spec["type"] == "number" else ""
    if constraints.get("enum") and value not in constraints["enum"]:
        raise InputError(f"{table}.{name} {value!r} is not allowed; use one of {', '.join(constraints['enum'])}")
    if spec["type"] == "number":
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise InputError(f"{table}.{name} {value!r} is not a number; write digits only "
                             "(£2m as 2000000, 45 per cent as 0.45)")
        return number
    if spec["type"] == "date":
        try:
            date.fromisoformat(value if _ISO_DATE.fullmatch(value) else "?")
        except ValueError:
            raise InputError(f"{table}.{name} {value!r} is not a date; write it as YYYY-MM-DD") from None
    return value


def check_dates(table: str, row: dict) -> None:
    if row["date_start"] and row["date_end"] and row["date_start"] > row["date_end"]:
        raise InputError(f"{table}: date_start {row['date_start']} is after date_end {row['date_end']}; correct one of them")


def precision_of(start: str, end: str) -> str:
    """The date_precision an added row's bounds imply: day, month, year, range, before, after or unknown."""
    if not (start or end):
        return "unknown"
    if not (start and end):
        return "after" if start else "before"
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    if s == e:
        return "day"
    if s.day == 1 and e == month_end(s.year, s.month):
        return "month"
    return "year" if (s.month, s.day, e.month, e.day, s.year) == (1, 1, 12, 31, e.year) else "range"


def locate(article: Article, quote: str, start: str) -> int:
    """Where the quote starts in the article's text: its one occurrence in the body, or at `start`."""
    where = f"article {article.article_id}'s body"
    if not quote:
        raise InputError("the quote is blank; copy the sentence that states the fact")
    if start != "":
        offset = int(start) if start.strip().isdigit() else -1
        if not (article.body_start <= offset and offset + len(quote) <= article.body_end
                and article.text[offset:offset + len(quote)] == quote):
            raise InputError(f"{where} does not hold the quote at offset {start}; give the offset of its first character")
        return offset
    hits = [m.start() for m in re.finditer(f"(?={re.escape(quote)})", article.body)]
    if not hits:
        raise InputError(f"the quote {quote[:60]!r} does not occur in {where}; copy it exactly (quotes, dashes, line breaks)")
    if len(hits) > 1:
        offsets = ", ".join(str(article.body_start + h) for h in hits[:10]) + (", …" if len(hits) > 10 else "")
        raise InputError(f"the quote occurs {len(hits)} times in {where} (at offsets {offsets}); say which with --start OFFSET")
    return article.body_start + hits[0]


def added_row(table: str, article: Article, quote: str, fields: dict[str, str], start: str = "") -> dict:
    """The row a person adds: offsets found in the body, fields checked, rule `review`, a mention_id of its own."""
    if table not in TABLES:
        raise InputError(f"table {table!r} is not a fact table; choose from {', '.join(TABLES)}")
    char_start = locate(article, quote, start)
    row = {name: math.nan if spec["type"] == "number" else "" for name, spec in FIELDS[table].items()}
    row |= {"recurrence": "unknown"} if table == "budgets" else {}
    row |= {name: check_value(table, name, value) for name, value in fields.items()}
    row |= {"article_id": article.article_id, "quote": quote, "char_start": char_start, "char_end": char_start + len(quote)}
    row["date_precision"] = row["date_precision"] or precision_of(row["date_start"], row["date_end"])
    missing = [n for n, spec in FIELDS[table].items() if spec.get("constraints", {}).get("required")
               and n not in FIXED and row[n] in ("", None)]
    if missing:
        raise InputError(f"rows of {table} need {', '.join(missing)}; give each as NAME=VALUE")
    check_dates(table, row)
    return row | {"mention_id": mention_id(table, row), "rule": "review", "review": "added"}


# --- replaying the decisions ------------------------------------------------------------------

@dataclass
class Outcome:
    """What the decisions so far make of one mention."""

    table: str
    base: dict                      # the row as extracted, or as added
    added: bool
    verdict: str = ""               # confirmed, corrected, rejected, or '' (none yet)
    corrections: dict = field(default_factory=dict)

    def row(self) -> dict:
        return self.base | self.corrections

    def review(self) -> str:
        return "added" if self.added else self.verdict


def _decide(d: dict, outcomes: dict[str, Outcome], rows: dict[str, tuple[str, dict]],
            articles: dict[str, Article]) -> str:
    """Apply one decision to `outcomes`; returns the mention it concerns. InputError when it cannot apply."""
    action = d["action"].strip()
    if action not in REVIEW_ACTIONS:
        raise InputError(f"action {action!r} is not one of {', '.join(REVIEW_ACTIONS)}")
    if action == "add":
        article = articles.get(d["article_id"].strip())
        if article is None:
            raise InputError(f"article {d['article_id']!r} is not in the corpus; add it to manifest.csv or retract the row")
        row = added_row(d["table"].strip(), article, d["quote"], parse_fields(d["fields"]), d["start"].strip())
        ident = row["mention_id"]
        if ident in rows:
            raise InputError(f"the extraction now finds this row itself as mention {ident}; confirm that one instead")
        if ident in outcomes and outcomes[ident].verdict != "rejected":
            raise InputError(f"this row was already added as mention {ident}")
        outcomes[ident] = Outcome(d["table"].strip(), row, added=True)
        return ident
    ident = d["mention_id"].strip()
    known = outcomes.get(ident) or (Outcome(rows[ident][0], rows[ident][1], added=False) if ident in rows else None)
    if known is None:
        raise InputError(f"no mention {ident!r} in the current tables; find the row's id with "
                         "`python -m helpers.review list`, or decide anew if the article or the rules changed")
    if d["table"].strip() and d["table"].strip() != known.table:
        raise InputError(f"mention {ident} is a row of {known.table}, not {d['table'].strip()}")
    if action == "correct":
        value = check_value(known.table, d["field"].strip(), d["value"])
        corrections = (known.corrections if known.verdict == "corrected" else {}) | {d["field"].strip(): value}
        check_dates(known.table, known.base | corrections)
        outcomes[ident] = Outcome(known.table, known.base, known.added, "corrected", corrections)
    else:
        outcomes[ident] = Outcome(known.table, known.base, known.added, VERDICTS[action])
    return ident


def replay(decisions: list[dict], rows: dict[str, tuple[str, dict]], articles: dict[str, Article]
           ) -> tuple[dict[str, Outcome], list[dict]]:
    """Each decided mention's outcome (the latest decision wins) and the decisions that could not apply, with why.

    `rows` maps the mention_id of every extracted row to (table, row).
    """
    outcomes: dict[str, Outcome] = {}
    orphans = []
    for d in decisions:
        try:
            _decide(d, outcomes, rows, articles)
        except InputError as exc:
            orphans.append(d | {"reason": f"reviews.csv row {d['line']}: {exc}"})
    return outcomes, orphans


# --- applied on every run ---------------------------------------------------------------------

@dataclass
class Reviewed:
    """The fact tables after the reviews, the rows rejected, the decisions orphaned."""

    tables: dict[str, pd.DataFrame]
    rejected: pd.DataFrame
    orphans: pd.DataFrame
    applied: int

    def outputs(self) -> dict[str, pd.DataFrame]:
        """The tables a run writes beside the fact tables."""
        return {"rejected": self.rejected, "review_orphans": self.orphans}

    def summary(self) -> str:
        where = " (listed in review_orphans.csv)" if len(self.orphans) else ""
        return (f"{self.applied} reviews applied, {len(self.orphans)} orphaned{where}\n"
                + accuracy_text(accuracy(self.tables | {"rejected": self.rejected})))


def apply_reviews(tables: dict[str, pd.DataFrame], raw_dir: Path, articles: list[Article]) -> Reviewed:
    """The extracted tables with `<raw_dir>/reviews.csv` applied as contract §4 says."""
    decisions = read_reviews(raw_dir)
    rows = {r["mention_id"]: (name, r) for name, df in tables.items() for r in df.to_dict("records")}
    outcomes, orphans = replay(decisions, rows, {a.article_id: a for a in articles})
    reviewed, rejected = {}, []
    for name, df in tables.items():
        kept = []
        for row in df.to_dict("records"):
            outcome = outcomes.get(row["mention_id"])
            if outcome and outcome.verdict == "rejected":
                rejected.append(row | {"table": name})
            else:
                kept.append(outcome.row() | {"review": outcome.review()} if outcome else row)
        kept += [o.row() for o in outcomes.values() if o.added and o.table == name and o.verdict != "rejected"]
        reviewed[name] = pd.DataFrame(kept, columns=df.columns) if decisions else df
    return Reviewed(reviewed, pd.DataFrame(rejected, columns=columns(REJECTED)),
                    pd.DataFrame(orphans, columns=columns(REVIEW_ORPHANS)), len(decisions) - len(orphans))


def accuracy(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per fact table (and `all`): mentions a reviewer confirmed, corrected or rejected, the share confirmed as
    extracted (confirmed / reviewed), and how many await review. Reads the `review` column and rejected rows."""
    rejected = tables.get("rejected", pd.DataFrame(columns=["table"]))
    counts = []
    for name in TABLES:
        review = tables[name]["review"].value_counts() if name in tables else pd.Series(dtype=int)
        counts.append({"table": name, "confirmed": int(review.get("confirmed", 0)), "corrected": int(review.get("corrected", 0)),
                       "rejected": int((rejected["table"] == name).sum()), "unreviewed": int(review.get("auto", 0))})
    df = pd.DataFrame(counts)
    df = pd.concat([df, pd.DataFrame([df.drop(columns="table").sum().to_dict() | {"table": "all"}])], ignore_index=True)
    df["reviewed"] = df["confirmed"] + df["corrected"] + df["rejected"]
    df["accuracy"] = (df["confirmed"] / df["reviewed"]).where(df["reviewed"] > 0)
    return df[["table", "reviewed", "confirmed", "corrected", "rejected", "accuracy", "unreviewed"]]


def accuracy_text(acc: pd.DataFrame) -> str:
    """'accuracy from reviews: 3 of 4 reviewed mentions confirmed as extracted (75%); 93 not reviewed', then per table."""
    def line(r) -> str:
        share = f" ({r.accuracy:.0%})" if r.reviewed else ""
        return f"{r.confirmed} of {r.reviewed} reviewed mentions confirmed as extracted{share}; {r.unreviewed} not reviewed"
    rows = list(acc.itertuples())
    return "\n".join([f"accuracy from reviews: {line(rows[-1])}"] + [f"  {r.table}: {line(r)}" for r in rows[:-1] if r.reviewed])


# --- the current tables, for the command line and the review panel -----------------------------

def current_rows(processed_dir: Path) -> dict[str, tuple[str, dict]]:
    """(table, row) by mention_id of every extracted row of the tables in processed_dir, rejected ones included."""
    processed = Path(processed_dir)
    if not all((processed / f"{name}.csv").is_file() for name in TABLES):
        raise InputError(f"{processed} holds no fact tables: run the pipeline first (`python -m helpers.pipeline`)")
    rows = {}
    for name in [*TABLES, "rejected"]:
        path = processed / f"{name}.csv"
        if path.is_file():
            for row in pd.read_csv(path, dtype=str, keep_default_na=False).to_dict("records"):
                if row["review"] != "added":
                    rows[row["mention_id"]] = (row.pop("table", name), row)
    return rows


@dataclass
class Desk:
    """The state a reviewer works on: the current rows, the corpus and the decisions recorded so far."""

    raw_dir: Path
    processed_dir: Path

    def __post_init__(self):
        self.rows = current_rows(self.processed_dir)
        self.articles = {a.article_id: a for a in load_corpus(self.raw_dir)}

    def outcomes(self, decisions: list[dict] | None = None) -> tuple[dict[str, Outcome], list[dict]]:
        return replay(read_reviews(self.raw_dir) if decisions is None else decisions, self.rows, self.articles)

    def states(self) -> pd.DataFrame:
        """Every current mention (added and rejected ones included) with its table, row and state:
        the latest decision recorded, or `auto`; `decided` says whether anyone decided on it."""
        outcomes, _ = self.outcomes()
        records = [o.row() | {"table": o.table, "state": o.review() if o.verdict != "rejected" else "rejected", "decided": True}
                   for o in outcomes.values()]
        records += [row | {"table": table, "state": "auto", "decided": False}
                    for ident, (table, row) in self.rows.items() if ident not in outcomes]
        states = pd.DataFrame(records).fillna("")
        return states.astype({"char_start": int, "char_end": int})

    def record(self, action: str, reviewer: str = "", note: str = "", **given: str) -> tuple[dict, Outcome]:
        """Check one decision as a run would apply it after those recorded, then append it to reviews.csv.

        Returns the decision (an added row's future mention_id filled in) and what it makes of the mention.
        """
        decision = {c: "" for c in REVIEW_COLUMNS} | given | {
            "action": action, "reviewer": reviewer or default_reviewer(),
            "reviewed_at": datetime.now().astimezone().isoformat(timespec="seconds"), "note": note}
        outcomes, _ = self.outcomes()
        try:
            ident = _decide(decision, outcomes, self.rows, self.articles)
        except InputError as exc:
            subject = decision["mention_id"] or f"--table {decision['table']} --article {decision['article_id']}"
            raise InputError(f"{action} {subject}: {exc}") from None
        decision["table"] = outcomes[ident].table
        append_review(self.raw_dir, decision)
        return decision | {"mention_id": ident}, outcomes[ident]


def default_reviewer() -> str:
    """`git config user.name`, else the login name."""
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    return name or getpass.getuser()


# --- command line -----------------------------------------------------------------------------

def _options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--raw-dir", type=Path, default=Path("data/raw"), help="the corpus holding reviews.csv (default %(default)s)")
    common.add_argument("--processed-dir", type=Path, default=Path("data/processed"),
                        help="the tables the mention ids are checked against (default %(default)s)")
    common.add_argument("--reviewer", default="", help="who decides (default: git config user.name, else the login name)")
    common.add_argument("--note", default="", help="why")
    common.add_argument("--debug", action="store_true", help="show the traceback of an error")
    return common


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    common = _options()
    parser = argparse.ArgumentParser(prog="python -m helpers.review", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for action, help_ in (("confirm", "the row is right as extracted"), ("reject", "the row is wrong: drop it")):
        sub.add_parser(action, parents=[common], help=help_).add_argument("mention_id")
    correct = sub.add_parser("correct", parents=[common], help="set one field of a row to the right value")
    for name in ("mention_id", "field", "value"):
        correct.add_argument(name)
    add = sub.add_parser("add", parents=[common], help="add a fact the extraction missed")
    add.add_argument("--table", required=True, choices=list(TABLES))
    add.add_argument("--article", required=True, help="the article_id")
    add.add_argument("--quote", required=True, help="the exact text stating the fact, as in the article's body")
    add.add_argument("--start", default="", help="offset of the quote when it occurs more than once")
    add.add_argument("fields", nargs="*", metavar="FIELD=VALUE", help="the row's other columns")
    sub.add_parser("list", parents=[common], help="every mention and its review state").add_argument(
        "--pending", action="store_true", help="only mentions nobody has decided on")
    sub.add_parser("orphans", parents=[common], help="decisions that no longer match a row of the tables")
    return parser.parse_args(argv)


def describe(decision: dict, outcome: Outcome) -> str:
    """One line saying what a recorded decision does to which row."""
    what = {"correct": f" {decision['field']} = {decision['value']!r}", "add": " (a new row)"}
    return (f"{decision['action']} {decision['mention_id']}{what.get(decision['action'], '')}: {outcome.table}, "
            f"article {outcome.base['article_id']}, “{short(outcome.base['quote'])}” — by {decision['reviewer']}")


def short(text: str, width: int = 70) -> str:
    """Text on one line, cut to `width` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _listing(desk: Desk, pending: bool) -> list[str]:
    states = desk.states()
    if pending:
        states = states[~states["decided"]]
    return [f"{r.mention_id}  {r.table:<13} {r.article_id:<6} {r.state:<9}  {short(r.quote, 80)}"
            for r in states.sort_values(["table", "article_id", "mention_id"]).itertuples()]


def run(args: argparse.Namespace) -> list[str]:
    """The lines the command prints."""
    desk = Desk(args.raw_dir, args.processed_dir)
    if args.command == "list":
        return _listing(desk, args.pending)
    if args.command == "orphans":
        _, orphans = desk.outcomes()
        return [f"{o['action']} {o['mention_id'] or o['table']}: {o['reason']}" for o in orphans] or ["no orphaned decisions"]
    given = {"mention_id": args.mention_id} if args.command != "add" else {
        "table": args.table, "article_id": args.article, "quote": args.quote, "start": args.start,
        "fields": format_fields(_pairs(args.fields))}
    if args.command == "correct":
        given |= {"field": args.field, "value": args.value}
    decision, outcome = desk.record(args.command, args.reviewer, args.note, **given)
    return [f"recorded in {reviews_path(args.raw_dir)}: {describe(decision, outcome)}",
            "applied on the next run (python -m helpers.pipeline)"]


def _pairs(items: list[str]) -> dict[str, str]:
    bad = [i for i in items if "=" not in i]
    if bad:
        raise InputError(f"add: {bad[0]!r} is not FIELD=VALUE; give the row's columns as e.g. judgement=Good")
    return dict(i.split("=", 1) for i in items)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    with cli_errors(args.debug):
        lines = run(args)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
