"""Add an article to a raw corpus: `python -m helpers.manifest add FILE --headline ... --outlet ...`.

Copies the text into `<raw_dir>/articles/`, computes its sha256 and appends the manifest
row, so nobody types a hash by hand.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import shutil
from pathlib import Path

from .atomic import write_text_atomic
from .corpus import ARTICLE_ID, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, manifest_path, read_manifest
from .errors import InputError, cli_errors
from .intervals import parse_published

COLUMNS = ["article_id", "file", "headline", "outlet", "byline", "published", "published_evidence", "url", "sha256"]
assert set(COLUMNS) == set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)


def _default_id(source: Path) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", source.stem.lower()).strip("-_") or "article"


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def add_article(raw_dir: Path, source: Path, **fields: str) -> dict[str, str]:
    """Copy `source` into the corpus and append its manifest row; returns the row."""
    if not source.is_file():
        raise InputError(f"{source}: no such file; give the path of the article's text")
    data = source.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8") from None
    article_id = fields.get("article_id") or _default_id(source)
    if not ARTICLE_ID.fullmatch(article_id):
        raise InputError(f"--id {article_id!r} must match [a-z0-9][a-z0-9_-]*")
    try:
        parse_published(fields.get("published", ""))
    except ValueError as exc:
        raise InputError(f"--published: {exc}") from None
    path = manifest_path(raw_dir)
    rows = read_manifest(raw_dir) if path.exists() else []
    if any(r["article_id"] == article_id for r in rows):
        raise InputError(f"{path}: article_id {article_id!r} is already listed; choose another --id")
    target = Path(raw_dir) / "articles" / f"{article_id}.txt"
    if target.exists() and target.read_bytes() != data:
        raise InputError(f"{target}: a different file is already there; choose another --id")
    row = {c: "" for c in COLUMNS} | {k: v for k, v in fields.items() if v}
    row |= {"article_id": article_id, "file": f"articles/{article_id}.txt", "sha256": hashlib.sha256(data).hexdigest()}
    row["headline"] = row["headline"] or _first_line(text)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    write_text_atomic(path, _manifest_csv(rows + [row]))
    return row


def _manifest_csv(rows: list[dict[str, str]]) -> str:
    columns = COLUMNS + [c for r in rows for c in r if c not in COLUMNS]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(dict.fromkeys(columns)), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m helpers.manifest", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="copy an article into the corpus and list it in manifest.csv")
    add.add_argument("file", type=Path, help="the article as UTF-8 plain text")
    add.add_argument("--raw-dir", type=Path, default=Path("data/raw"))
    add.add_argument("--id", dest="article_id", default="", help="article_id (default: from the file name)")
    add.add_argument("--headline", default="", help="default: the text's first line")
    for name in ("outlet", "byline", "published", "published-evidence", "url"):
        add.add_argument(f"--{name}", default="")
    add.add_argument("--debug", action="store_true", help="show the traceback of an error")
    args = parser.parse_args(argv)
    fields = {k: v for k, v in vars(args).items() if k not in ("command", "file", "raw_dir", "debug")}
    with cli_errors(args.debug):
        row = add_article(args.raw_dir, args.file, **fields)
    print(f"added {row['article_id']} ({row['file']}, sha256 {row['sha256'][:12]}…) to {manifest_path(args.raw_dir)}")


if __name__ == "__main__":
    main()
