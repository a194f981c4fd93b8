"""Shared fixtures: the project's paths and a writable copy of a small corpus."""
import hashlib
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# No example has a time limit (tests never assert on wall-clock time: a loaded machine must not fail them). CI runs the
# same generated examples every time (a red CI is then reproducible); local runs explore anew.
settings.register_profile("local", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "local")

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"
OFSTED = SHARED / "ofsted-examples"


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A copy of the default corpus that a test may break."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and its bytes, to compare before and after."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
