"""Whole-extraction speed: characters of article body per second on one core.

Usage: python bench/bench_extract.py [RAW_DIR ...] (default: data/raw and the Ofsted examples).
Prints chars/s for each corpus, best of five runs, and the share of time each module takes.
"""
import cProfile
import pstats
import sys
import time
from pathlib import Path

from helpers.corpus import load_corpus
from helpers.extract import extract_article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "data" / "raw", ROOT.parent / "shared" / "ofsted-examples"]


def best_rate(articles, runs: int = 5) -> tuple[float, int]:
    chars = sum(a.body_end - a.body_start for a in articles)
    best = min(_timed(articles) for _ in range(runs))
    return chars / best, chars


def _timed(articles) -> float:
    start = time.perf_counter()
    for article in articles:
        extract_article(article)
    return time.perf_counter() - start


def by_module(articles) -> dict[str, float]:
    profile = cProfile.Profile()
    profile.runcall(lambda: [extract_article(a) for a in articles])
    stats = pstats.Stats(profile).stats
    total = sum(tt for (_, _, _, tt, _) in stats.values())
    shares: dict[str, float] = {}
    for (filename, _, _), (_, _, tt, _, _) in stats.items():
        if "/helpers/" in filename:
            name = filename.split("/helpers/")[1]
            shares[name] = shares.get(name, 0) + tt / total
    return dict(sorted(shares.items(), key=lambda kv: -kv[1])[:8])


def main(folders: list[Path]) -> None:
    for folder in folders:
        if not (folder / "manifest.csv").is_file():
            print(f"{folder}: no corpus, skipped")
            continue
        articles = load_corpus(folder)
        rate, chars = best_rate(articles)
        print(f"{folder.name}: {len(articles)} articles, {chars:,} body chars, {rate / 1e6:.2f} M chars/s (best of 5)")
        for name, share in by_module(articles).items():
            print(f"    {share:6.1%}  {name}")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULT)
