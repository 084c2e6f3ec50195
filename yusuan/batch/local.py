"""The local engine: the batch's documents in worker processes, under the limits of `yusuan check`.

The workers, the per-document time limit and the memory limit are those of `yusuan/cli/workers.py`
(issue 10), not a copy: a document that overruns, exhausts its memory or kills its worker becomes a
failed outcome with the same Chinese reason `check` and `extract` give, and the others go on.
Workers start from a fork server that has imported the readers, the rules and the catalogue once
(`batch/warm.py`): the batch process holds PyArrow's threads, which a plain fork must not inherit.
Each worker is replaced after `MAX_TASKS` documents, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any

from yusuan.batch.rows import Item, Outcome, failed_outcome
from yusuan.cli.workers import Done, memory_message, run_limited, time_message

MAX_TASKS = 400
GRACE = 5.0  # the worker's own alarm fires first (a clean outcome); the parent kills it after this
UNLIMITED_MB = 1 << 30  # no memory limit (--memory 0)
UNLIMITED_SECONDS = 1e9


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _start_method() -> str:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn"
    multiprocessing.get_context("forkserver").set_forkserver_preload(["yusuan.batch.warm"])
    return "forkserver"


def failure_of(error: str, seconds: float, memory_mb: int) -> str:
    """The failure kind (documents.failure) of a reason given by the workers."""
    if error == time_message(seconds):
        return "timeout"
    if error == memory_message(memory_mb):
        return "memory"
    if error.startswith("处理此文件的进程意外"):
        return "crashed"
    return "internal"


def run_in_workers(func: Callable, tasks: Sequence[tuple], *, jobs: int, seconds: float | None,
                   memory_mb: int | None, on_result: Callable[[int, Any, str | None, str | None], None]) -> None:
    """`func(*task, seconds)` for every task; `on_result(index, value, failure, reason)` as each ends."""
    limit_s = (seconds + GRACE) if seconds else UNLIMITED_SECONDS
    limit_mb = memory_mb or UNLIMITED_MB

    def done(d: Done) -> None:
        if d.error is None:
            on_result(d.index, d.value, None, None)
        else:
            on_result(d.index, None, failure_of(d.error, limit_s, limit_mb), d.error)

    run_limited(func, [(*task, seconds) for task in tasks], jobs=jobs, seconds=limit_s, memory_mb=limit_mb,
                on_done=done, start=_start_method(), max_tasks=MAX_TASKS)


def run_documents(todo: Sequence[tuple[Item, str]], *, jobs: int, seconds: float | None, memory_mb: int | None,
                  sink: Callable[[Outcome], None]) -> None:
    """Read and check every (item, hash) in `jobs` workers; every document gives `sink` one outcome."""
    from yusuan.batch.work import run_one

    def result(index: int, value: Any, failure: str | None, reason: str | None) -> None:
        if failure is None:
            sink(value)
        else:
            item, sha = todo[index]
            sink(failed_outcome(item, sha, failure, reason or failure))

    if todo:
        run_in_workers(run_one, todo, jobs=jobs, seconds=seconds, memory_mb=memory_mb, on_result=result)
