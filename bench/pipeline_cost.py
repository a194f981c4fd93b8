"""Where the time of a `make report` run on the default corpus goes.

The whole run is timed through the runner (into temporary folders); its parts are timed
directly: a bare kernel start (papermill on an empty notebook, once per notebook of the
run), extraction, consolidation, the charts and the HTML export of the executed
notebooks. `other` is the rest: ingest, checks, writing and validating tables, the report.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

import nbformat
import papermill

from helpers import charts, pipeline
from helpers.corpus import load_corpus
from helpers.explore import fact_mentions, load_tables, pick_council, resolve_period
from helpers.extract import extract_corpus
from helpers.parallel import default_workers
from helpers.timeline import consolidate

from .corpora import ROOT

RAW = ROOT / "data" / "raw"


def timed(work, *args, **kwargs):
    """(wall seconds, result) of one call."""
    started = time.perf_counter()
    result = work(*args, **kwargs)
    return time.perf_counter() - started, result


def measure() -> dict:
    """Seconds per part of the run; kernel_start is one start, kernel_starts all of the run's."""
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        tmp = Path(tmp)
        total, ran = timed(pipeline.run, str(RAW), str(tmp / "processed"), str(tmp / "reports"), [], {})
        seconds = {"kernel_start": _kernel_start(tmp)}
        seconds["kernel_starts"] = seconds["kernel_start"] * len(ran)
        seconds["extraction"], tables = timed(lambda: extract_corpus(load_corpus(RAW), default_workers()))
        seconds["consolidation"], _ = timed(consolidate, tables)
        seconds["charts"], _ = timed(_charts, tmp / "processed", tmp / "figures")
        seconds["html_export"], _ = timed(lambda: [pipeline.to_html(nb) for nb in sorted((tmp / "reports" / "notebooks").glob("*.ipynb"))])
    parts = ("kernel_starts", "extraction", "consolidation", "charts", "html_export")
    return seconds | {"other": total - sum(seconds[p] for p in parts), "total": total}


def _kernel_start(tmp: Path) -> float:
    empty = tmp / "empty.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("")])
    nb.metadata["kernelspec"] = {"name": pipeline.KERNEL, "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, empty)
    seconds, _ = timed(papermill.execute_notebook, str(empty), str(tmp / "empty-out.ipynb"),
                       kernel_name=pipeline.KERNEL, progress_bar=False)
    return seconds


def _charts(processed: Path, figures: Path) -> None:
    """The charts of the default council and period, drawn and saved as 03_charts does."""
    tables = load_tables(processed)
    timeline = tables["timeline"]
    view = charts.View(pick_council("", timeline), *resolve_period(tables["articles"], None, None), tables["articles"])
    mentions = fact_mentions(tables)
    for chart in charts.CHARTS:
        charts.publish(chart, timeline, mentions, view, figures)
