"""Run every benchmark in one go, print the tables, write bench/results/<YYYY-MM-DD>.json."""
from __future__ import annotations

import argparse
import json
import os
import platform
from datetime import date

from . import __doc__ as DOC, accuracy, consolidation, corpora, finders, pipeline_cost, scaling, throughput


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=DOC.splitlines()[0])
    parser.add_argument("--max-scale", type=int, default=25, help="largest copy factor of the Ofsted corpus (default %(default)s)")
    parser.add_argument("--sample-kb", type=int, default=1000, help="text per corpus for the slow peers, in thousands of characters (default %(default)s)")
    return parser.parse_args()


def table(title: str, header: list[str], rows: list[list]) -> None:
    cells = [header] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n{title}")
    for row in cells:
        print("  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths))))


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def show_throughput(results: dict) -> None:
    rows = []
    for corpus, r in results.items():
        rows.append([corpus, "whole extraction", "ours", r["extraction"], None])
        for key, value in r.items():
            if key.count(".") == 1:
                kind, peer = key.split(".")
                rows.append([corpus, kind, peer, value, value / r[f"{kind}.ours"]])
    table("Throughput on one core (CPU time): characters of body per second; ratio = peer / ours",
          ["corpus", "step", "finder", "chars/s", "ratio"], rows)


def show_accuracy(result: dict) -> None:
    peers = [p for p in ("ours", "regex", "dateparser", "quantulum3") if p in result["dates"] or p in result["sums"]]
    rows = [["gold dated rows", result["gold_dates"], *(result["dates"].get(p) for p in peers)],
            ["gold sums", result["gold_sums"], *(result["sums"].get(p) for p in peers)]]
    table("Accuracy on the news gold: rows found (matching rules in bench/accuracy.py)", ["", "of", *peers], rows)


def show_scaling(rows: list[dict]) -> None:
    table("Scaling: load + extract the Ofsted reports copied N times (wall time; peak resident memory)",
          ["scale", "workers", "articles", "M chars", "wall s", "x previous", "peak MB", "worker MB"],
          [[r["scale"], r["workers"], r["articles"], r["body_chars"] / 1e6, r["wall_s"], r["time_ratio"],
            r["peak_mb_main"], r["peak_mb_worker"]] for r in rows])


def show_consolidation(rows: list[dict]) -> None:
    table("Consolidation: mentions of one key merged into facts (linear means about 2x per step)",
          ["mentions", "facts", "seconds", "x previous"],
          [[r["mentions"], r["facts"], r["seconds"], r["time_ratio"]] for r in rows])


def show_pipeline(seconds: dict) -> None:
    parts = [k for k in seconds if k not in ("kernel_start", "total")]
    table(f"Pipeline cost of `make report` on data/raw ({seconds['kernel_start']:.2f} s per bare kernel start)",
          ["part", "seconds", "share"], [[p, seconds[p], f"{seconds[p] / seconds['total']:.0%}"] for p in parts + ["total"]])


def main() -> None:
    args = parse_args()
    dates, sums, missing = finders.peers()
    for message in missing:
        print(f"skipped: {message}")
    results = {"date": date.today().isoformat(), "cpus": os.cpu_count(), "python": platform.python_version(),
               "sample_chars": args.sample_kb * 1000, "skipped": missing}
    results["pipeline"] = pipeline_cost.measure()  # first, so that extraction is timed cold, as in a kernel
    show_pipeline(results["pipeline"])
    results["throughput"] = {name: throughput.measure(name, args.sample_kb * 1000, dates, sums) for name in corpora.CORPORA}
    show_throughput(results["throughput"])
    results["accuracy"] = accuracy.score(dates, sums)
    show_accuracy(results["accuracy"])
    results["consolidation"] = consolidation.measure()
    show_consolidation(results["consolidation"])
    results["scaling"] = scaling.measure(args.max_scale)
    show_scaling(results["scaling"])
    path = corpora.ROOT / "bench" / "results" / f"{results['date']}.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {path.relative_to(corpora.ROOT)}")


if __name__ == "__main__":
    main()
