"""Parallel extraction: any number of processes, or a Dask cluster, gives the same tables byte for byte."""
import io
import sys

import pytest

from conftest import RAW, SHARED
from helpers import parallel, pipeline
from helpers.corpus import load_article, read_manifest
from helpers.errors import InputError
from helpers.extract import extract_corpus

OFSTED_REPORTS = SHARED / "ofsted-reports"


def _load(raw_dir, n):
    return [load_article(raw_dir, row) for row in read_manifest(raw_dir)[:n]]


@pytest.fixture(scope="module")
def articles():
    """The seed corpus and three Ofsted reports: eight articles of very different lengths."""
    return _load(RAW, 5) + _load(OFSTED_REPORTS, 3)


def _csv(tables) -> dict[str, str]:
    return {name: df.to_csv(index=False) for name, df in tables.items()}


@pytest.fixture(scope="module")
def one_worker(articles):
    return _csv(extract_corpus(articles, workers=1))


def test_tables_have_rows(one_worker):
    assert sum(text.count("\n") - 1 for text in one_worker.values()) > 50


def test_two_processes_give_byte_identical_tables(articles, one_worker):
    assert _csv(extract_corpus(articles, workers=2)) == one_worker


def test_a_dask_cluster_gives_byte_identical_tables(articles, one_worker):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        assert _csv(extract_corpus(articles, scheduler=cluster.scheduler_address)) == one_worker


def test_results_keep_input_order_over_chunks():
    assert parallel.map_items(abs, list(range(-40, 0)), workers=2) == list(range(40, 0, -1))


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "two", "", "0"])
def test_invalid_workers_raise_an_error_naming_the_parameter(value):
    with pytest.raises(InputError, match="parameter workers="):
        parallel.check_workers(value)


def test_workers_default_to_the_cores_and_accept_digits():
    assert parallel.check_workers(None) == parallel.default_workers()
    assert parallel.check_workers("3") == 3


def test_runner_rejects_bad_workers_before_any_notebook(capsys):
    with pytest.raises(SystemExit) as stop:
        pipeline.main(["--workers", "0"])
    assert stop.value.code == 2
    assert "error: parameter workers=0" in capsys.readouterr().err


def test_progress_bar_is_off_when_ci_is_set(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert parallel.progress(iter([]), 0, "articles").disable


def test_progress_bar_is_off_when_not_on_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert parallel.progress(iter([]), 0, "articles").disable
