"""tests/news, the hand-made gold standard: its files agree with each other and with the articles."""
import csv
import hashlib
from pathlib import Path

import pytest

NEWS = Path(__file__).parent / "news"
TABLES = ("ratings", "vacancies", "budgets", "staff_changes", "other_measures", "events", "publication_dates")
QUOTE = {"publication_dates": "evidence_quote"}


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


HALF = {r["article_id"]: r["half"] for r in _rows(NEWS / "split.csv")}
MANIFEST = {r["article_id"]: r for r in _rows(NEWS / "corpus" / "manifest.csv")}


def test_every_article_has_a_half_and_a_file_whose_sha256_matches():
    assert set(HALF) == set(MANIFEST)
    assert set(HALF.values()) == {"dev", "held-back"}
    for article_id, row in MANIFEST.items():
        data = (NEWS / "corpus" / row["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"], article_id


@pytest.mark.parametrize("table", TABLES)
def test_gold_quotes_are_exact_substrings_and_the_halves_make_the_whole(table):
    gold = _rows(NEWS / "gold" / f"{table}.csv")
    texts = {a: (NEWS / "corpus" / r["file"]).read_text(encoding="utf-8") for a, r in MANIFEST.items()}
    for row in gold:
        quote = row[QUOTE.get(table, "quote")]
        if quote.startswith("[URL]"):  # a publication date read from the page's address
            continue
        assert quote and quote in texts[row["article"]], (row["article"], quote)
    halves = [row for half in ("dev", "held-back") for row in _rows(NEWS / f"gold-{half}" / f"{table}.csv")
              if HALF[row["article"]] == half]
    key = lambda r: tuple(r.values())
    assert sorted(map(key, halves)) == sorted(map(key, gold))


def test_eval_deals_the_dev_half_into_two_parts_that_make_it_whole(tmp_path):
    from bench.eval import dev_parts

    parts = dict(dev_parts(NEWS, ("dev-A", "dev-B"), tmp_path))
    dev = [a for a, half in HALF.items() if half == "dev"]
    for table in TABLES:
        whole = _rows(NEWS / "gold-dev" / f"{table}.csv")
        a, b = (_rows(parts[name] / f"{table}.csv") for name in ("dev-A", "dev-B"))
        assert sorted(map(str, a + b)) == sorted(map(str, whole))
        assert {r["article"] for r in a} <= set(dev[0::2]) and {r["article"] for r in b} <= set(dev[1::2])
    assert dev_parts(NEWS, (), tmp_path / "none") == []
