"""Write copies of notebooks/*.ipynb with parameters pointing at a temporary folder, for nbval.

Usage: python tests/prepare_nbval.py OUTDIR. The copies read the project's data/raw and
write tables and reports under OUTDIR, so nbval never touches data/processed or reports/.
"""
import sys
from pathlib import Path

import papermill

ROOT = Path(__file__).resolve().parents[1]


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    parameters = {"raw_dir": str(ROOT / "data" / "raw"), "processed_dir": str(outdir / "processed"),
                  "reports_dir": str(outdir / "reports")}
    for notebook in sorted((ROOT / "notebooks").glob("[0-9]*.ipynb")):
        declared = papermill.inspect_notebook(str(notebook))
        papermill.execute_notebook(str(notebook), str(outdir / notebook.name), prepare_only=True,
                                   parameters={k: v for k, v in parameters.items() if k in declared})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
