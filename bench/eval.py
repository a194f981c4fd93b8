"""Measure the extraction against the two real-article corpora with hand-made gold tables.

For each corpus (../shared/news-dev/corpus and tests/news/corpus, relative to the project root) it
runs the project's ingest and extraction (`python -m helpers.pipeline --only 01 --only 02`) into a
temporary folder, then scores each half (gold-dev, gold-held-back) with ../shared/tools/score.py,
prints a compact table per corpus x half, and appends the figures to bench/results/eval-<date>.json.

score.py scores only the articles that appear in the gold folder it is given (project rows of other
articles are checked for grounding only), so one extraction run per corpus serves both halves.

Our own dev half is also scored in two parts, dev-A (the first, third, ... dev article of split.csv) and
dev-B (the others): study misses in dev-A only, and dev-B tells whether a rule carries over to articles
it was not written for, without touching the held-back half.
For each half it also counts why gold rows were missed (bench/misses.py: the fields in which the nearest project
row differs, or that the article has no row left) and stores the counts with the scores.
Run: make eval   (or .venv/bin/python -m bench.eval from the project root)
"""
import csv, datetime as dt, json, os, subprocess, sys, tempfile
from pathlib import Path

from bench.misses import counts as missed_counts

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / ".." / "shared"
SCORER = SHARED / "tools" / "score.py"
CORPORA = [("news-dev", SHARED / "news-dev"), ("tests-news", ROOT / "tests" / "news")]
HALVES = ["dev", "held-back"]
DEV_PARTS = {"tests-news": ("dev-A", "dev-B")}  # (too few dev articles in news-dev to split)
TABLES = ["ratings", "vacancies", "budgets", "staff_changes"]


def git_commit():
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + ("+dirty" if dirty else "")
    except OSError:
        return ""


def run_pipeline(raw, tmp):
    """Ingest + extraction into tmp/processed; returns (processed dir, error line or None)."""
    processed = Path(tmp) / "processed"
    cmd = [sys.executable, "-m", "helpers.pipeline", "--raw-dir", str(raw), "--processed-dir", str(processed),
           "--reports-dir", str(Path(tmp) / "reports"), "--only", "01", "--only", "02"]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0:
        lines = [x for x in (p.stdout + p.stderr).splitlines() if x.strip() and "WARNING" not in x]
        return processed, (lines[-1] if lines else f"pipeline exited {p.returncode}")
    return processed, None


def score(raw, processed, gold, out_json):
    p = subprocess.run([sys.executable, str(SCORER), "--raw", str(raw), "--processed", str(processed),
                        "--gold", str(gold), "--json", str(out_json)], capture_output=True, text=True)
    return p.stdout


def dev_parts(base: Path, parts: tuple[str, ...], tmp: Path) -> list[tuple[str, Path]]:
    """(name, gold folder) of each part of the dev half, dealing its articles out in split.csv order."""
    if not parts:
        return []
    with open(base / "split.csv", newline="", encoding="utf-8") as handle:
        dev = [r["article_id"] for r in csv.DictReader(handle) if r["half"] == "dev"]
    part_of = {article: parts[i % len(parts)] for i, article in enumerate(dev)}
    for name in parts:
        (tmp / name).mkdir(parents=True)
    for table in sorted((base / "gold-dev").glob("*.csv")):
        with open(table, newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
        for name in parts:
            with open(tmp / name / table.name, "w", newline="", encoding="utf-8") as out:
                writer = csv.DictWriter(out, fieldnames=reader.fieldnames)
                writer.writeheader()
                writer.writerows(r for r in rows if part_of.get(r["article"]) == name)
    return [(name, tmp / name) for name in parts]


def main():
    if not SCORER.is_file():
        print(f"error: {SCORER.parent.parent.resolve()} is missing (need ../shared/tools/score.py and ../shared/news-dev beside the project)",
              file=sys.stderr)
        return 1
    stamp = dt.datetime.now().astimezone()
    commit = git_commit()
    runs, failed = [], False
    with tempfile.TemporaryDirectory(prefix="eval-") as tmp:
        for name, base in CORPORA:
            raw = base / "corpus"
            if not (raw / "manifest.csv").is_file():
                print(f"error: no corpus at {raw}", file=sys.stderr)
                failed = True
                continue
            print(f"== {name}: extracting {raw.relative_to(ROOT) if ROOT in raw.parents else os.path.relpath(raw, ROOT)}", flush=True)
            processed, err = run_pipeline(raw, Path(tmp) / name)
            if err:
                print(f"error: extraction failed on {name}, not scored: {err}", file=sys.stderr)
                failed = True
                runs += [{"timestamp": stamp.isoformat(timespec="seconds"), "commit": commit, "corpus": name,
                          "half": half, "extraction_error": err} for half in HALVES]
                continue
            halves = [(half, base / f"gold-{half}") for half in HALVES] \
                + dev_parts(base, DEV_PARTS.get(name, ()), Path(tmp) / f"{name}-gold")
            for half, gold in halves:
                out = Path(tmp) / f"{name}-{half}.json"
                text = score(raw, processed, gold, out)
                print(f"-- {name} / {half}")
                print(text.rstrip())
                if not out.is_file():
                    continue
                res = json.loads(out.read_text(encoding="utf-8"))
                missed = missed_counts(raw, processed, gold)
                for table, why in missed.items():
                    print(f"   missed {table}: " + ("; ".join(f"{n} {reason}" for reason, n in list(why.items())[:4]) or "none"))
                core = {t: {k: res["core"][t][k] for k in ("gold", "proj", "matched", "dates_ok", "tight_ok", "grounded")}
                        for t in TABLES}
                for m in core.values():
                    m["recall"] = round(m["matched"] / m["gold"], 3) if m["gold"] else None
                    m["precision"] = round(m["matched"] / m["proj"], 3) if m["proj"] else None
                    m["dates"] = round(m["dates_ok"] / m["matched"], 3) if m["matched"] else None
                beyond = {k: {x: v.get(x) for x in ("gold", "proj", "matched", "dates_ok")} for k, v in res["beyond"].items()}
                runs.append({"timestamp": stamp.isoformat(timespec="seconds"), "commit": commit, "corpus": name,
                             "half": half, "extraction_error": err, "tables": core, "pooled": res["pooled"],
                             "summary": res["summary"], "beyond": beyond, "missed": missed})
    # compact table
    print("\n{:<12}{:<10}".format("corpus", "half") + "".join(f"{t[:9]:>16}" for t in TABLES) + f"{'POOLED':>22}")
    print("{:<22}".format("") + "".join(f"{'R/P/dates':>16}" for _ in TABLES) + f"{'R/P/dates/ground':>22}")
    for r in runs:
        if r.get("extraction_error"):
            print(f"{r['corpus']:<12}{r['half']:<10}  extraction failed: {r['extraction_error'][:90]}")
            continue
        cells = []
        for t in TABLES:
            m = r["tables"][t]
            f = lambda v: "  - " if v is None else f"{v:.2f}"
            cells.append(f"{f(m['recall'])}/{f(m['precision'])}/{f(m['dates'])}")
        s = r["summary"]
        print(f"{r['corpus']:<12}{r['half']:<10}" + "".join(f"{c:>16}" for c in cells)
              + f"{s['recall']:.2f}/{s['precision']:.2f}/{s['dates']:.2f}/{s['grounded']:.2f}".rjust(22))
    results = ROOT / "bench" / "results" / f"eval-{stamp.date().isoformat()}.json"
    results.parent.mkdir(parents=True, exist_ok=True)
    old = json.loads(results.read_text(encoding="utf-8")) if results.is_file() else []
    results.write_text(json.dumps(old + runs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nappended {len(runs)} runs to {results.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
