"""Run every notebook in order with papermill, publish each as HTML, and move outputs into place whole.

    python -m helpers.pipeline [--raw-dir D] [--processed-dir D] [--reports-dir D]
                               [--only STEM ...] [--workers N] [--dask-scheduler ADDRESS]
                               [-p NAME VALUE ...] [--debug]

Everything is written to staging copies of processed_dir and reports_dir first; they
replace the real folders only when every notebook succeeded.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import papermill
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from papermill.exceptions import PapermillExecutionError
from tqdm import tqdm

from .atomic import staged_dirs, write_text_atomic
from .errors import InputError, cli_errors
from .parallel import check_workers
from .params import DEFAULTS, check_dirs, check_run, choose_council, council_counts
from .paths import project_root
from .tables import describe_folder

KERNEL = "python3"
CELL_TIMEOUT_S = 600
_WARNING = re.compile(r"^\S.*?:\d+: \w*Warning: (.+)$", re.MULTILINE)


class QuietKernelManager(AsyncKernelManager):
    """A kernel whose own stderr (transport and debugger notices) stays off the terminal; cell errors
    and warnings still reach the user through the executed notebook."""

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw) -> None:
        await super()._async_launch_kernel(kernel_cmd, **kw | {"stderr": subprocess.DEVNULL})

    _launch_kernel = _async_launch_kernel


def notebooks(root: Path, only: list[str]) -> list[Path]:
    """The notebooks to run, in file-name order; `only` picks by stem or number prefix."""
    found = sorted((root / "notebooks").glob("[0-9]*.ipynb"))
    if not only:
        return found
    picked = [nb for nb in found if any(nb.stem == o or nb.stem.split("_")[0] == o for o in only)]
    unknown = [o for o in only if not any(nb.stem == o or nb.stem.split("_")[0] == o for nb in found)]
    if unknown:
        raise InputError(f"--only {' '.join(unknown)}: no such notebook; choose from {', '.join(nb.stem for nb in found)}")
    return picked


def declared_parameters(paths: list[Path]) -> dict[Path, set[str]]:
    """Each notebook's names from its one `parameters`-tagged cell."""
    declared = {}
    for path in paths:
        cells = [c for c in nbformat.read(path, as_version=4).cells if "parameters" in c.get("metadata", {}).get("tags", [])]
        if len(cells) != 1:
            raise InputError(f"{path}: has {len(cells)} cells tagged 'parameters'; it needs exactly one")
        declared[path] = set(papermill.inspect_notebook(str(path)))
    return declared


def check_extra(extra: dict[str, str], declared: dict[Path, set[str]]) -> None:
    known = set().union(*declared.values())
    for name in extra:
        if name in ("raw_dir", "processed_dir", "reports_dir"):
            raise InputError(f"-p {name}: use --{name.replace('_', '-')} instead")
        if name not in known:
            raise InputError(f"-p {name}: no notebook declares this parameter; known: {', '.join(sorted(known))}")


def to_html(executed: Path) -> str:
    """The executed notebook as a static page: code hidden, outputs and images embedded."""
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    return body


def notebook_warnings(executed: Path) -> list[str]:
    """The warnings a notebook's cells printed, so that the terminal shows them as well as the page."""
    cells = nbformat.read(executed, as_version=4).cells
    printed = (o.get("text", "") for c in cells for o in c.get("outputs", []) if o.get("name") == "stderr")
    return [m.group(1) for text in printed for m in _WARNING.finditer(text)]


def run_notebook(path: Path, folders: dict, shown: dict[Path, str], extra: dict[str, str], declared: set[str]) -> None:
    """Execute one notebook with `folders` (raw_dir and the staging processed_dir, reports_dir) and publish it."""
    reports = Path(folders["reports_dir"])
    executed = reports / "notebooks" / f"{path.stem}.ipynb"
    executed.parent.mkdir(parents=True, exist_ok=True)
    values = {name: str(folder) for name, folder in folders.items()} | extra
    papermill.execute_notebook(
        str(path), str(executed), parameters={k: v for k, v in values.items() if k in declared},
        kernel_name=KERNEL, cwd=str(path.parent.parent), progress_bar=False, execution_timeout=CELL_TIMEOUT_S,
        kernel_manager_class=QuietKernelManager,
    )
    publish_paths(executed, shown)
    for message in notebook_warnings(executed):
        tqdm.write(f"warning: {path.stem}: {message}", file=sys.stderr)
    write_text_atomic(reports / f"{path.stem}.html", to_html(executed))


def publish_paths(executed: Path, shown: dict[Path, str]) -> None:
    """Show folders as the user named them, outputs not as the staging folders they were written to."""
    text = executed.read_text(encoding="utf-8")
    for path, name in shown.items():
        text = text.replace(str(path), name)
    write_text_atomic(executed, text)


def run(raw_dir: str, processed_dir: str, reports_dir: str, only: list[str], extra: dict[str, str],
        engine: dict[str, str] | None = None) -> list[Path]:
    """Run the notebooks into staging folders and swap them into place; returns the notebooks run.

    `engine` (workers, dask_scheduler, from their own options) goes, like the folders, only
    to the notebooks that declare it; `extra` (-p) must be declared by one of them.
    """
    root = project_root()
    raw, processed, reports = check_dirs(raw_dir, processed_dir, reports_dir)
    paths = notebooks(root, only)
    declared = declared_parameters(paths)
    check_extra(extra, declared)
    extra = (engine or {}) | extra
    if "workers" in extra:
        extra = extra | {"workers": check_workers(extra["workers"])}
    council_checked = check_run(raw, processed, extra)
    with staged_dirs([processed, reports], prune=not only, before_swap=lambda stages: describe_folder(stages[0])) \
            as (stage_processed, stage_reports):
        # raw_dir goes as given (notebooks resolve it from the project root, as the runner did)
        folders = {"raw_dir": raw_dir, "processed_dir": stage_processed, "reports_dir": stage_reports}
        shown = {stage_processed: processed_dir, stage_reports: reports_dir}
        quiet = bool(os.environ.get("CI"))
        for path in tqdm(paths, desc="notebooks", unit="nb", disable=quiet or None):
            tqdm.write(f"running {path.relative_to(root)}", file=sys.stderr)
            if not council_checked and (stage_processed / "timeline.csv").is_file():
                council_checked = bool(choose_council(extra["council"], council_counts(stage_processed)))
            try:
                run_notebook(path, folders, shown, extra, declared[path])
            except PapermillExecutionError as exc:
                raise StepFailed(path.relative_to(root), exc) from exc
    return paths


class StepFailed(Exception):
    """A notebook stopped: names the notebook, the cell and the error it raised."""

    def __init__(self, notebook: Path, exc: PapermillExecutionError):
        super().__init__(f"{notebook}, cell {exc.exec_count or exc.cell_index + 1}: {exc.ename}: {exc.evalue}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m helpers.pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("--raw-dir", default=DEFAULTS["raw_dir"], help="the raw corpus (default %(default)s)")
    parser.add_argument("--processed-dir", default=DEFAULTS["processed_dir"], help="the tables (default %(default)s)")
    parser.add_argument("--reports-dir", default=DEFAULTS["reports_dir"], help="notebooks, HTML, figures (default %(default)s)")
    parser.add_argument("--only", action="append", default=[], metavar="STEM", help="run only this notebook (stem or number; may repeat)")
    parser.add_argument("--workers", metavar="N", help="processes for extraction (default: one per core)")
    parser.add_argument("--dask-scheduler", metavar="ADDRESS", help="run extraction on the Dask cluster at ADDRESS, e.g. tcp://10.0.0.5:8786")
    parser.add_argument("-p", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"), help="any other notebook parameter")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    extra = dict(args.p)
    options = {"workers": args.workers, "dask_scheduler": args.dask_scheduler}
    engine = {name: value for name, value in options.items() if value is not None}
    with cli_errors(args.debug):
        try:
            ran = run(args.raw_dir, args.processed_dir, args.reports_dir, args.only, extra, engine)
        except StepFailed as exc:
            if args.debug:
                raise
            print(f"error: {exc} (nothing was changed in {args.processed_dir} or {args.reports_dir})", file=sys.stderr)
            raise SystemExit(1) from None
    print(f"ran {len(ran)} notebook(s); tables in {args.processed_dir}, pages in {args.reports_dir}")


if __name__ == "__main__":
    main()
