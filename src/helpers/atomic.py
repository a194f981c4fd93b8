"""Write outputs whole or not at all."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Temporary files and folders are private (0600/0700); published outputs must be readable
# by a web server running as another user.
FILE_MODE, DIR_MODE = 0o644, 0o755


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_files_atomic(files: dict[Path, str]) -> None:
    """Write several files so that none changes unless all could be written."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            os.chmod(tmp, FILE_MODE)
        for tmp, path in staged:
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)


@contextmanager
def staged_dirs(targets: list[Path], fresh: bool = False) -> Iterator[list[Path]]:
    """Folders standing in for `targets`; swapped into place only if the block succeeds.

    Each starts empty when `fresh` (a whole run writes only what it produces), else as a copy
    of the target (a partial run keeps the other outputs). On error the targets are left
    exactly as they were.
    """
    stages = []
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            stage = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.stage-"))
            stages.append(stage)
            os.chmod(stage, DIR_MODE)
            if target.is_dir() and not fresh:
                shutil.copytree(target, stage, dirs_exist_ok=True)
        yield stages
        for stage, target in zip(stages, targets):
            _swap(stage, target)
    finally:
        for stage in stages:
            shutil.rmtree(stage, ignore_errors=True)


def _swap(stage: Path, target: Path) -> None:
    """Replace `target` by `stage` with two renames on the same file system."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(stage, target)
    shutil.rmtree(old, ignore_errors=True)
