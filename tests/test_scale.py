"""The whole pipeline on real corpora it was not written for: a sample of the 202 Ofsted reports and the
news articles of other outlets and councils, checked against the contract."""
import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED
from helpers.timeline import unconfirmed_suggestion

SAMPLE_EVERY = 10  # every 10th report of the large corpus: 21 reports, every year and many councils


def _sample(source: Path, target: Path, every: int) -> Path:
    """A raw corpus holding every `every`-th article of `source` (copies: links out of raw_dir are refused)."""
    with (source / "manifest.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows, fields = list(reader)[::every], reader.fieldnames
    (target / "articles").mkdir(parents=True)
    for row in rows:
        shutil.copyfile(source / row["file"], target / row["file"])
    with (target / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fields)
        writer.writeheader()
        writer.writerows(rows)
    return target


@pytest.fixture(scope="module", params=["ofsted-reports", "news-dev/corpus"])
def corpus_run(request, tmp_path_factory):
    source = SHARED / request.param
    if not source.is_dir():
        pytest.skip(f"{source} is not here")
    tmp = tmp_path_factory.mktemp("scale")
    raw = _sample(source, tmp / "raw", SAMPLE_EVERY if request.param == "ofsted-reports" else 1)
    result = subprocess.run([sys.executable, "-m", "helpers.pipeline", "--raw-dir", str(raw), "--processed-dir",
                             str(tmp / "processed"), "--reports-dir", str(tmp / "reports")],
                            capture_output=True, text=True, cwd=ROOT, env={"CI": "true", "PATH": "/usr/bin:/bin"})
    return raw, tmp / "processed", tmp / "reports", result


def test_the_whole_pipeline_runs_on_a_real_corpus(corpus_run):
    *_, reports, result = corpus_run
    assert result.returncode == 0, result.stderr
    assert (reports / "index.html").is_file()


def test_its_tables_pass_the_contract_check(corpus_run):
    raw, processed, *_ = corpus_run
    check = subprocess.run([sys.executable, str(SHARED / "tools" / "check_contract.py"), str(raw), str(processed)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    rows = int(check.stdout.rsplit("contract check: ", 1)[1].split()[0])
    assert rows > 50


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_mention_is_in_exactly_one_fact_whose_dates_all_intersect(corpus_run):
    """Every mention but a model's unconfirmed suggestion (which no fact holds)."""
    _, processed, *_ = corpus_run
    facts = _rows(processed / "timeline.csv")
    mentions = {(t, r["mention_id"]): r for t in ("ratings", "vacancies", "budgets", "staff_changes", "measures", "events")
                for r in _rows(processed / f"{t}.csv") if not unconfirmed_suggestion(r)}
    placed = sorted((f["source_table"], m) for f in facts for m in f["mention_ids"].split(";"))
    assert placed == sorted(mentions)
    for fact in facts:
        rows = [mentions[(fact["source_table"], m)] for m in fact["mention_ids"].split(";")]
        starts, ends = [r["date_start"] for r in rows if r["date_start"]], [r["date_end"] for r in rows if r["date_end"]]
        assert not starts or not ends or max(starts) <= min(ends), fact["fact_id"]
