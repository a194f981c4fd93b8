"""`python -m helpers.manifest add`: copy, hash and list an article so nobody types a hash."""
import csv
import subprocess
import sys

import pytest

from conftest import sha256
from helpers.corpus import load_corpus
from helpers.errors import InputError
from helpers.manifest import add_article

ARTICLE = "Northshire social workers strike\n\nSocial workers at Northshire Council walked out last week.\n"


def test_add_copies_hashes_and_appends_a_loadable_row(raw_copy, tmp_path):
    source = tmp_path / "Northshire Strike.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "helpers.manifest", "add", str(source), "--raw-dir", str(raw_copy),
         "--outlet", "Northshire News", "--published", "2021-06"],
        capture_output=True, text=True, check=True)
    assert "added northshire-strike" in result.stdout
    rows = list(csv.DictReader(open(raw_copy / "manifest.csv", encoding="utf-8")))
    row = rows[-1]
    assert (row["article_id"], row["file"], row["outlet"], row["published"]) == (
        "northshire-strike", "articles/northshire-strike.txt", "Northshire News", "2021-06")
    assert row["headline"] == "Northshire social workers strike"
    assert row["sha256"] == sha256(source) == sha256(raw_copy / "articles" / "northshire-strike.txt")
    assert [a.article_id for a in load_corpus(raw_copy)][-1] == "northshire-strike"
    assert len(rows) == 6


def test_add_refuses_a_used_id(raw_copy, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(InputError, match="article_id '003' is already listed"):
        add_article(raw_copy, source, article_id="003")


def test_add_refuses_a_malformed_date_and_leaves_the_manifest(raw_copy, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    before = (raw_copy / "manifest.csv").read_bytes()
    with pytest.raises(InputError, match="--published"):
        add_article(raw_copy, source, published="June 2021")
    assert (raw_copy / "manifest.csv").read_bytes() == before


def test_cli_error_is_one_line_without_traceback(raw_copy, tmp_path):
    result = subprocess.run([sys.executable, "-m", "helpers.manifest", "add", str(tmp_path / "missing.txt"),
                             "--raw-dir", str(raw_copy)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "missing.txt: no such file" in result.stderr
