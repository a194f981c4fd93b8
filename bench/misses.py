"""Why gold rows were missed: for each gold row of a core table that ../shared/tools/score.py leaves unmatched, the
fields in which the nearest unmatched project row of its article differs (a row whose quote overlaps the gold quote
first), or that the article has no row left. `make eval` stores these counts beside the scores.

Run: .venv/bin/python -m bench.misses RAW PROCESSED GOLD [--list]
`--list` prints every missed gold row with its reason; it refuses a held-back gold folder (study dev misses only).
"""
from __future__ import annotations

import argparse, importlib.util, sys
from collections import Counter
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent / ".." / "shared" / "tools" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _differences(s, table: str, g: dict, p: dict) -> list[str]:
    """The fields in which project row p fails score.py's match for gold row g."""
    if table == "ratings":
        return [name for name, same in (
            ("council", s.norm_council(g.get("council")) == s.norm_council(p.get("council"))),
            ("event", s.same_event(g, p)),
            ("judgement", s.norm_judgement(g.get("judgement")) == s.norm_judgement(p.get("judgement"))),
            ("date", g["_iv"] == (None, None) or p["_iv"] == (None, None) or s.overlaps(p["_iv"], g["_iv"])))
            if not same]
    if table == "staff_changes":
        out = [] if s.norm_change(g.get("change")) == s.norm_change(p.get("change")) else ["change"]
        if g.get("person", "").strip():
            return out + ([] if g["person"].split()[-1].lower() in p.get("person", "").lower() else ["person"])
        count = s.num(g.get("count"))
        return out + ([] if s.words(g.get("role")) & s.words(p.get("role")) else ["role"]) \
            + ([] if count is None or count == s.num(p.get("count")) else ["count"])
    if table == "vacancies" and g.get("measure", "").strip() != p.get("measure", "").strip():
        return ["measure"]
    return ["value"]


def _gold(s, gold_dir: Path, files: dict, texts: dict) -> dict[str, list[dict]]:
    """The gold rows of the core tables, with article ids, shares, spans and intervals as score.py reads them."""
    gold = {}
    for table in s.CORE:
        path = gold_dir / f"{table}.csv"
        gold[table] = [{s.GOLD_RENAME.get(k, k): v for k, v in r.items()} for r in s.read_csv(str(path))[0]] \
            if path.is_file() else []
    ids = s.map_gold_ids({r["article_id"] for rows in gold.values() for r in rows}, files)
    for rows in gold.values():
        for r in rows:
            r["article_id"] = ids.get(r["article_id"], "?" + r["article_id"])
            if r.get("unit") == "percent":
                for k in ("value", "lower", "upper"):
                    r[k] = "" if s.num(r.get(k)) is None else str(s.num(r[k]) / 100)
            text = texts.get(r["article_id"], "")
            pos = text.find(r["quote"]) if r.get("quote") else -1
            r["_span"], r["_iv"] = ((pos, pos + len(r["quote"])) if pos >= 0 else None), s.interval(r)
    return gold


def reasons(raw: Path, processed: Path, gold_dir: Path) -> dict[str, list[tuple[dict, str]]]:
    """Per core table, each unmatched gold row and why: `fields differ (quote overlaps|in the article)`,
    `article's rows all matched` or `no row in the article`."""
    s = _scorer()
    texts, files, _, _ = s.load_corpus(str(raw))
    gold = _gold(s, gold_dir, files, texts)
    scored = {r["article_id"] for rows in gold.values() for r in rows}
    out = {}
    for table in s.CORE:
        path = processed / f"{table}.csv"
        proj = [r for r in (s.read_csv(str(path))[0] if path.is_file() else []) if r.get("article_id") in scored]
        for r in proj:
            r["_span"], r["_iv"] = s.span_of(r), s.interval(r)
        pairs = s.greedy(gold[table], proj, s.RULES[table])
        found, used = {i for i, _ in pairs}, {j for _, j in pairs}
        out[table] = []
        for i, g in enumerate(gold[table]):
            if i in found:
                continue
            same = [p for p in proj if p["article_id"] == g["article_id"]]
            free = [p for j, p in enumerate(proj) if j not in used and p["article_id"] == g["article_id"]]
            near = [p for p in free if g["_span"] and p["_span"] and s.span_iou(g["_span"], p["_span"]) > 0]
            if free:
                fields = min((_differences(s, table, g, p) for p in near or free), key=len)
                why = f"{'+'.join(fields)} differ{'s' if len(fields) == 1 else ''} " \
                      f"({'quote overlaps' if near else 'in the article'})"
            else:
                why = "article's rows all matched" if same else "no row in the article"
            out[table].append((g, why))
    return out


def counts(raw: Path, processed: Path, gold_dir: Path) -> dict[str, dict[str, int]]:
    """Per core table, how many missed gold rows have each reason, commonest first."""
    return {table: dict(Counter(why for _, why in missed).most_common())
            for table, missed in reasons(raw, processed, gold_dir).items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("raw", type=Path)
    ap.add_argument("processed", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--list", action="store_true", help="print each missed gold row (not for a held-back folder)")
    a = ap.parse_args(argv)
    if a.list and "held-back" in a.gold.resolve().name:
        print(f"error: {a.gold} is a held-back folder: its misses are counted, never listed", file=sys.stderr)
        return 2
    for table, missed in reasons(a.raw, a.processed, a.gold).items():
        print(f"{table}: {len(missed)} missed", dict(Counter(why for _, why in missed).most_common()))
        for g, why in missed if a.list else []:
            print(f"  {g['article_id']} [{why}] {' '.join(g.get('quote', '').split())[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
