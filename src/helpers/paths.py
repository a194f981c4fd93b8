"""Where the project lives and how relative paths in parameters are resolved."""
from __future__ import annotations

from pathlib import Path


def project_root(start: Path | None = None) -> Path:
    """The folder holding pyproject.toml, searched upwards from `start` (default: cwd)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "notebooks").is_dir():
            return folder
    return Path(__file__).resolve().parents[2]


def resolve_dir(value: str | Path) -> Path:
    """A parameter path: absolute as given, relative to the project root otherwise.

    Notebooks run from `notebooks/` in JupyterLab and from anywhere under papermill;
    anchoring on the project root makes `data/raw` mean the same thing in both.
    """
    path = Path(value).expanduser()
    return path if path.is_absolute() else project_root() / path
