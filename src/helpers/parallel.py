"""Run per-article work on one process, a pool of processes or a Dask cluster; results in input order.

The work must be a module-level function of one picklable item that depends on nothing but
its argument, so that every engine gives the same results as a plain loop.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from tqdm import tqdm

from .errors import InputError

T = TypeVar("T")
R = TypeVar("R")
CHUNKS_PER_WORKER = 4  # chunks in flight per worker: enough to keep it busy, few enough to bound memory
CHUNK_ITEMS = 8  # articles sent to a worker at once: few enough to balance uneven articles
PROGRESS_AFTER_S = 2.0  # a bar appears only on runs longer than this


def default_workers() -> int:
    """One process per core."""
    return os.cpu_count() or 1


def check_workers(workers: object) -> int:
    """`workers` as a positive int (digits in a string are accepted, as `-p workers 4` gives); None means one per core."""
    if workers is None:
        return default_workers()
    if isinstance(workers, str) and workers.strip().isdigit():
        workers = int(workers)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError(f"parameter workers={workers!r} is not a positive integer; give the number of processes, e.g. {default_workers()}")
    return workers


def progress(results: Iterator[R], total: int | None, desc: str) -> Iterator[R]:
    """`results` behind a progress bar on stderr, shown only on a terminal, without CI, after PROGRESS_AFTER_S."""
    quiet = bool(os.environ.get("CI"))
    return tqdm(results, total=total, desc=desc, unit="article", delay=PROGRESS_AFTER_S, disable=quiet or None)


def map_items(work: Callable[[T], R], items: Iterable[T], workers: int = 1, scheduler: str = "", desc: str = "articles",
              total: int | None = None) -> list[R]:
    """`[work(i) for i in items]`, spread over `workers` processes, or over the Dask cluster at `scheduler`.

    `items` may be a generator: one process or a pool takes it lazily (a pool keeps a bounded number of
    chunks in flight), so no more than those items are held in memory at once.
    """
    workers = check_workers(workers)
    if scheduler:
        return _on_dask(work, list(items), scheduler, desc)
    if workers == 1:
        return list(progress(map(work, items), total, desc))
    with ProcessPoolExecutor(workers) as pool:
        return list(progress(_in_flight(pool, work, items, workers), total, desc))


def _in_flight(pool: ProcessPoolExecutor, work: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """Results in input order, with at most CHUNKS_PER_WORKER chunks of CHUNK_ITEMS items per worker submitted."""
    pending: deque = deque()
    items = iter(items)
    for chunk in iter(lambda: list(islice(items, CHUNK_ITEMS)), []):
        pending.append(pool.submit(_run_chunk, work, chunk))
        if len(pending) >= workers * CHUNKS_PER_WORKER:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _run_chunk(work: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [work(item) for item in chunk]


def _on_dask(work: Callable[[T], R], items: list[T], scheduler: str, desc: str) -> list[R]:
    """One Dask task per item on the cluster at `scheduler`; the workers need this package installed."""
    from dask.distributed import Client

    with Client(scheduler) as client:
        futures = client.map(work, items, pure=False)
        return list(progress((f.result() for f in futures), len(items), desc))
