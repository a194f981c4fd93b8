"""The runner: whole runs, byte-identical tables, failures that change nothing."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, snapshot

NOTEBOOK_STEMS = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9]*.ipynb"))


def run_pipeline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpers.pipeline", *args], capture_output=True, text=True,
                          cwd=ROOT, env={"CI": "true", "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def whole_run(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess]:
    """A whole run into folders an earlier run left a table and a page in."""
    out = tmp_path_factory.mktemp("run")
    for stale in ("processed/measures_old.csv", "processed/events.csv", "reports/99_gone.html"):
        (out / stale).parent.mkdir(parents=True, exist_ok=True)
        (out / stale).write_text("from an earlier run\n")
    result = run_pipeline("--processed-dir", str(out / "processed"), "--reports-dir", str(out / "reports"))
    assert result.returncode == 0, result.stderr
    return out / "processed", out / "reports", result


@pytest.fixture(scope="module")
def fresh_run(whole_run) -> tuple[Path, Path]:
    return whole_run[:2]


def test_a_whole_run_keeps_nothing_from_an_earlier_run(whole_run):
    processed, reports, _ = whole_run
    assert not (processed / "measures_old.csv").exists() and not (reports / "99_gone.html").exists()
    assert (processed / "events.csv").read_text().startswith("mention_id,article_id,")
    listed = {r["path"] for r in json.loads((processed / "datapackage.json").read_text())["resources"]}
    assert listed == {p.name for p in processed.glob("*.csv")}


def test_a_successful_run_prints_only_its_progress(whole_run):
    *_, result = whole_run
    assert result.stderr.splitlines() == [f"running notebooks/{stem}.ipynb" for stem in NOTEBOOK_STEMS]


def test_every_notebook_page_states_its_provenance_once(fresh_run):
    _, reports = fresh_run
    for stem in NOTEBOOK_STEMS:
        assert (reports / f"{stem}.html").read_text(encoding="utf-8").count("<caption>What produced this page") == 1, stem


def test_fresh_run_regenerates_the_committed_tables_byte_for_byte(fresh_run):
    processed, _ = fresh_run
    committed = snapshot(ROOT / "data" / "processed")
    assert "articles.csv" in committed and "datapackage.json" in committed
    assert snapshot(processed) == committed


def test_fresh_run_writes_an_executed_copy_and_a_page_per_notebook(fresh_run):
    _, reports = fresh_run
    for stem in NOTEBOOK_STEMS:
        assert (reports / "notebooks" / f"{stem}.ipynb").is_file()
        page = (reports / f"{stem}.html").read_text(encoding="utf-8")
        assert "<html" in page and "helpers.pipeline" not in page


def test_a_failing_step_names_notebook_and_cell_and_changes_nothing(raw_copy, tmp_path):
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    for folder in (processed, reports):
        folder.mkdir()
        (folder / "previous.txt").write_text("from an earlier run")
    (raw_copy / "articles" / "001.txt").write_text("changed", encoding="utf-8")
    raw_before, before = snapshot(raw_copy), snapshot(tmp_path)
    result = run_pipeline("--raw-dir", str(raw_copy), "--processed-dir", str(processed), "--reports-dir", str(reports))
    assert result.returncode == 1
    assert "notebooks/01_ingest.ipynb, cell" in result.stderr and "sha256 of 001.txt" in result.stderr
    assert snapshot(tmp_path) == before
    assert snapshot(raw_copy) == raw_before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "staging folders left behind"


def test_unknown_parameter_is_rejected_before_anything_runs(tmp_path):
    result = run_pipeline("--processed-dir", str(tmp_path / "p"), "-p", "colour", "red")
    assert result.returncode == 2
    assert result.stderr.startswith("error: -p colour: no notebook declares this parameter")
    assert not (tmp_path / "p").exists()


def test_unknown_only_lists_the_notebooks(tmp_path):
    result = run_pipeline("--processed-dir", str(tmp_path / "p"), "--only", "99")
    assert result.returncode == 2
    assert "--only 99: no such notebook; choose from 01_ingest" in result.stderr


def test_only_one_step_keeps_the_other_outputs(tmp_path):
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    processed.mkdir()
    (processed / "ratings.csv").write_text("kept\n")
    result = run_pipeline("--processed-dir", str(processed), "--reports-dir", str(reports), "--only", "01")
    assert result.returncode == 0, result.stderr
    assert (processed / "ratings.csv").read_text() == "kept\n"
    assert (processed / "articles.csv").read_text().startswith("article_id,headline,outlet")
    assert [p.name for p in reports.glob("*.html")] == ["01_ingest.html"]


def test_raw_corpus_is_untouched_by_a_run(fresh_run):
    result = subprocess.run(["git", "status", "--porcelain", "data/raw"], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout == ""


def test_a_council_of_the_statistics_without_facts_gets_its_official_figures_and_says_the_articles_give_none(tmp_path):
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    shutil.copytree(ROOT / "data" / "processed", processed)
    result = run_pipeline("--processed-dir", str(processed), "--reports-dir", str(reports), "-p", "council", "wigan",
                          "--only", "03", "--only", "04", "--only", "05")
    assert result.returncode == 0, result.stderr
    page = (reports / "index.html").read_text(encoding="utf-8")
    assert "The articles give no figure for Wigan that the official statistics also publish." in page
    assert "The articles give no overall judgement of Wigan&#39;s children&#39;s services in this period." in page
    official = (processed / "official.csv").read_text(encoding="utf-8")
    assert "\nWigan,council,vacancy_rate," in official and "\nEngland,England,vacancy_rate," in official
