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


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_misses_names_the_field_that_kept_a_gold_row_unmatched(tmp_path, capsys):
    from bench.misses import counts, main

    text = "Kent was rated inadequate in May 2019. Leeds was rated good."
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "raw" / "a2.txt").write_text("Nothing here.", encoding="utf-8")
    _write(tmp_path / "raw" / "manifest.csv", [{"article_id": a, "file": f"{a}.txt"} for a in ("a1", "a2")])
    first, second = "Kent was rated inadequate in May 2019.", "Leeds was rated good."
    gold = {"council": "Kent", "event": "judgement", "judgement": "Inadequate", "date_start": "2019-05-01",
            "date_end": "2019-05-31", "quote": first}
    for folder in ("gold", "held-back"):
        (tmp_path / folder).mkdir()
        _write(tmp_path / folder / "ratings.csv", [dict(gold, article="a1"), dict(gold, article="a1", council="Leeds",
                                                   judgement="Good", date_start="", date_end="", quote=second),
                                                   dict(gold, article="a2", quote="Nothing here.")])
    (tmp_path / "proc").mkdir()
    row = dict(gold, article_id="a1", council="Surrey", char_start=0, char_end=len(first))  # the wrong council
    _write(tmp_path / "proc" / "ratings.csv", [row])
    why = counts(tmp_path / "raw", tmp_path / "proc", tmp_path / "gold")["ratings"]
    assert why == {"council differs (quote overlaps)": 1, "council+judgement differ (in the article)": 1,
                   "no row in the article": 1}
    assert main([str(tmp_path / "raw"), str(tmp_path / "proc"), str(tmp_path / "held-back"), "--list"]) == 2
    assert "held-back folder" in capsys.readouterr().err
