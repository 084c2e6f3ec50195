"""Worker processes with a time limit and a memory limit per document.

`WorkerPool.run(tasks)` sends each task to an idle worker and yields `(task, result, failure,
reason)` as they finish, in completion order. A worker that exceeds the time limit is killed and
replaced (failure `timeout`); one that dies (a crash, the kernel's OOM killer) is replaced
(failure `crashed`); its memory is capped with RLIMIT_AS, so that a runaway document raises
MemoryError inside it and the worker is then replaced. Workers are recycled after `max_tasks`
tasks, so memory stays flat however long the batch. Workers ignore Ctrl-C: the parent decides.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

GRACE = 5.0  # seconds after the in-worker alarm before the parent kills the worker


@dataclass
class Task:
    key: Any
    kind: str  # "doc" (work.run_one) or "recheck" (work.recheck_rows)
    args: tuple


def _limit_memory(memory_mb: int | None) -> None:
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        with contextlib.suppress(ValueError, OSError):  # a hard limit already lower: keep it
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _worker_main(conn: Connection, memory_mb: int | None, seconds: float | None) -> None:
    from yusuan.batch import work

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(memory_mb)
    functions = {"doc": work.run_one, "recheck": work.recheck_rows}
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        kind, args = message
        exit_after = False
        try:
            result: Any = ("ok", functions[kind](*args, seconds))
            exit_after = getattr(result[1], "failure", None) == "memory"
        except MemoryError:
            result, exit_after = ("memory", "处理时内存超过上限"), True
        except work.TimeLimit:
            result = ("timeout", f"处理超过时限（{seconds:g} 秒）")
        except Exception as exc:  # noqa: BLE001 — reported to the parent, the worker goes on
            result = ("internal", f"内部错误：{type(exc).__name__}: {exc}"[:500])
        try:
            conn.send(result)
        except MemoryError:
            conn.send(("memory", "处理时内存超过上限"))
            exit_after = True
        if exit_after:
            return


def context() -> multiprocessing.context.BaseContext:
    """forkserver on Linux (workers fork from a server that has imported the readers once), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["yusuan.batch.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx, memory_mb: int | None, seconds: float | None):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, memory_mb, seconds), daemon=True)
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.deadline = 0.0
        self.done = 0

    def send(self, task: Task, seconds: float | None) -> None:
        self.task = task
        self.deadline = time.monotonic() + (seconds + GRACE if seconds else 1e12)
        self.conn.send((task.kind, task.args))

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    def __init__(self, jobs: int, *, seconds: float | None = 300, memory_mb: int | None = 3072,
                 max_tasks: int = 400):
        self.jobs = max(1, jobs)
        self.seconds = seconds
        self.memory_mb = memory_mb
        self.max_tasks = max_tasks
        self.ctx = context()
        self.workers: list[_Worker] = []
        self.pids_seen: set[int] = set()

    def _spawn(self) -> _Worker:
        w = _Worker(self.ctx, self.memory_mb, self.seconds)
        self.pids_seen.add(w.process.pid or 0)
        return w

    def __enter__(self) -> WorkerPool:
        self.workers = [self._spawn() for _ in range(self.jobs)]
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            if w.task is None and w.process.is_alive():
                with contextlib.suppress(OSError):
                    w.conn.send(None)
        for w in self.workers:
            w.process.join(1 if w.task is None else 0)
            w.kill()
        self.workers = []

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, Any, str | None, str | None]]:
        """Yield (task, result, None, None) or (task, None, failure, reason) for every task."""
        pending = iter(tasks)
        retry: deque[Task] = deque()
        exhausted = False
        while True:
            for i, w in enumerate(self.workers):  # recycle idle workers that are worn out or gone
                if w.task is None and (w.done >= self.max_tasks or not w.process.is_alive()):
                    w.kill()
                    self.workers[i] = self._spawn()
            for w in self.workers:
                if w.task is not None:
                    continue
                task = retry.popleft() if retry else (None if exhausted else next(pending, None))
                if task is None:
                    exhausted = True
                    break
                try:
                    w.send(task, self.seconds)
                except OSError:  # the worker died while idle: another one takes the task
                    w.task = None
                    retry.append(task)
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                if exhausted and not retry:
                    return
                continue
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=min(timeout, 1.0))
            now = time.monotonic()
            for w in busy:
                task = w.task
                assert task is not None
                if w.conn in ready:
                    try:
                        status, value = w.conn.recv()
                    except (EOFError, OSError):
                        status, value = None, None
                    if status is not None:
                        w.task = None
                        w.done += 1
                        if status == "memory" or getattr(value, "failure", None) == "memory":
                            w.done = self.max_tasks  # it exits after a MemoryError: replace it
                        if status == "ok":
                            yield task, value, None, None
                        else:
                            yield task, None, status, value
                        continue
                if w.conn in ready or w.process.sentinel in ready or not w.process.is_alive():
                    w.task = None
                    w.done = self.max_tasks
                    yield task, None, "crashed", "工作进程意外退出（可能内存不足或读取库崩溃）"
                elif now >= w.deadline:
                    w.task = None
                    w.kill()
                    w.done = self.max_tasks
                    yield task, None, "timeout", f"处理超过时限（{self.seconds:g} 秒），工作进程已终止"


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
