"""The extraction step (load the corpus, extract every article) on copies of the Ofsted corpus at scale.

Each run is a child process (`python -m bench.scaling RAW_DIR WORKERS`) that prints its
wall time and peak resident memory: its own (VmHWM, which unlike ru_maxrss starts afresh at
exec), and the largest of its worker processes (ru_maxrss of its children; forked workers
count the parent's pages they share).
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers.corpus import iter_corpus
from helpers.extract import extract_corpus

from . import corpora

WORKERS = (1, 2)


def factors(max_scale: int) -> list[int]:
    """1, 5, 25, ... up to max_scale, which is always included."""
    steps = [f for f in (1, 5, 25, 125) if f < max_scale]
    return steps + [max_scale]


def measure(max_scale: int) -> list[dict]:
    """One row per (scale, workers): chars, wall seconds, peak MB, and the time ratio to the previous scale."""
    source = corpora.ROOT / corpora.CORPORA["ofsted-reports"]
    target = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    rows, manifest, done = [], [], 0
    try:
        for factor in factors(max_scale):
            manifest += list(corpora.grow(source, target, range(done, factor)))
            corpora.write_manifest(target, manifest)
            done = factor
            for workers in WORKERS:
                rows.append({"scale": factor, "workers": workers, **_child(target, workers)})
    finally:
        corpora.remove(target)
    return _with_ratios(rows)


def _child(raw: Path, workers: int) -> dict:
    run = subprocess.run([sys.executable, "-m", "bench.scaling", str(raw), str(workers)], cwd=corpora.ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout.splitlines()[-1])


def _with_ratios(rows: list[dict]) -> list[dict]:
    for row in rows:
        before = [r for r in rows if r["workers"] == row["workers"] and r["scale"] < row["scale"]]
        row["time_ratio"] = row["wall_s"] / before[-1]["wall_s"] if before else None
    return rows


def main(raw: str, workers: int) -> None:
    started, read = time.perf_counter(), []
    extract_corpus(_counted(iter_corpus(Path(raw)), read), workers)  # streamed: texts are not held
    wall = time.perf_counter() - started
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"articles": len(read), "body_chars": sum(read), "wall_s": wall,
                      "peak_mb_main": _peak_mb(), "peak_mb_worker": worker if workers > 1 else None}))


def _counted(articles, sizes: list[int]):
    """The articles, noting each body's length in `sizes` as it passes."""
    for article in articles:
        sizes.append(article.body_end - article.body_start)
        yield article


def _peak_mb() -> float:
    """This process's peak resident memory since it started (Linux's VmHWM)."""
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
