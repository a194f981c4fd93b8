"""Consolidation at scale: mentions of one key (the worst case, since facts form within a key) merged into
facts, at 1x, 2x, 4x and 8x a base count; linear means about 2x time per step."""
from __future__ import annotations

import random
import time

import pandas as pd

from helpers.schema import TABLES, columns
from helpers.timeline import consolidate

BASE = 1000


def _mentions(n: int) -> pd.DataFrame:
    """n judgements of one council over 20 years, each dated to a month, from n articles."""
    rng, blank = random.Random(n), {c: "" for c in columns(TABLES["ratings"])}
    rows = []
    for i in range(n):
        year, month = rng.randint(2000, 2019), rng.randint(1, 12)
        rows.append(blank | {"article_id": f"a{i}", "council": "Wigan", "authority": "Ofsted", "event": "judgement",
                             "judgement": rng.choice(["Good", "Inadequate"]), "scope": "overall", "quote": "q",
                             "char_start": 0, "char_end": 1, "date_start": f"{year}-{month:02d}-01",
                             "date_end": f"{year}-{month:02d}-28", "date_precision": "month", "mention_id": f"m{i}",
                             "rule": "bench", "review": "auto"})
    return pd.DataFrame(rows)


def measure() -> list[dict]:
    out, previous = [], None
    for factor in (1, 2, 4, 8):
        table = _mentions(BASE * factor)
        start = time.perf_counter()
        facts = consolidate({"ratings": table})
        seconds = time.perf_counter() - start
        out.append({"mentions": len(table), "facts": len(facts), "seconds": seconds,
                    "time_ratio": seconds / previous if previous else None})
        previous = seconds
    return out
