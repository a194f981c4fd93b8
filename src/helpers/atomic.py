"""Write outputs whole or not at all."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
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
def staged_dirs(targets: list[Path], prune: bool = False,
                before_swap: Callable[[list[Path]], None] | None = None) -> Iterator[list[Path]]:
    """Copies of `targets` to work in; swapped into place only if the block succeeds.

    Each copy starts as the target's current content, so steps can read the previous outputs
    (a partial run keeps them). With `prune` (a whole run), every copied file the block did not
    rewrite is deleted before the swap, so nothing an earlier run wrote survives; `before_swap`
    then sees the finished copies. On error the targets are left exactly as they were.
    """
    stages, copied = [], []
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            stage = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.stage-"))
            stages.append(stage)
            os.chmod(stage, DIR_MODE)
            if target.is_dir():
                shutil.copytree(target, stage, dirs_exist_ok=True)
            copied.append(_stamps(stage))
        yield stages
        if prune:
            for stage, stamps in zip(stages, copied):
                _prune(stage, stamps)
        if before_swap:
            before_swap(stages)
        for stage, target in zip(stages, targets):
            _swap(stage, target)
    finally:
        for stage in stages:
            shutil.rmtree(stage, ignore_errors=True)


def _stamps(folder: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def _prune(folder: Path, stamps: dict[Path, int]) -> None:
    """Delete the files still as they were copied, then the folders left empty."""
    for path, stamp in stamps.items():
        if path.is_file() and path.stat().st_mtime_ns == stamp:
            path.unlink()
    for sub in sorted((p for p in folder.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(sub.iterdir()):
            sub.rmdir()


def _swap(stage: Path, target: Path) -> None:
    """Replace `target` by `stage` with two renames on the same file system."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(stage, target)
    shutil.rmtree(old, ignore_errors=True)
