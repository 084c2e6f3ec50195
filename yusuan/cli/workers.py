"""Documents processed in worker processes, each under a wall-time and a memory limit.

One file that hangs or swallows memory — a bomb the container checks did not catch, a reader's
slow path — must not stop the others. Every document runs in a worker process whose address
space may grow by at most `memory_mb` (RLIMIT_AS); a worker that is still busy with a document
after `seconds` is killed and replaced, and the document is reported as not processed, with the
limit that stopped it and how to raise it. Workers are forked where the platform allows it (no
re-import, the parent's environment), spawned elsewhere.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from yusuan.limits import LIMITS, MB
from yusuan.notices import Notice, collecting


@dataclass
class Done:
    """The outcome of one task: its value, or why there is none (Chinese, one line)."""

    index: int
    value: Any = None
    error: str | None = None
    notices: list[Notice] = field(default_factory=list)


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return None


def _limit_memory(memory_mb: int) -> None:
    """Let the address space grow by `memory_mb` beyond what the worker already maps."""
    current = _address_space()
    if current is None:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    target = current + memory_mb * MB
    if hard != resource.RLIM_INFINITY:
        target = min(target, hard)
    if soft == resource.RLIM_INFINITY or target < soft:
        resource.setrlimit(resource.RLIMIT_AS, (target, hard))


def memory_message(memory_mb: int) -> str:
    env = LIMITS["document_memory_mb"].env
    return (f"处理所需内存超过上限 {memory_mb:,} MB，已停止处理此文件（文件过大或内容异常；"
            f"如确属正常文件，可用 --max-memory 或环境变量 {env} 调高上限）")


def time_message(seconds: float) -> str:
    env = LIMITS["document_seconds"].env
    return (f"处理时间超过上限 {seconds:g} 秒，已停止处理此文件（文件过大或内容异常；"
            f"如确属正常文件，可用 --timeout 或环境变量 {env} 调高上限）")


def _internal(exc: BaseException) -> str:
    from yusuan.cli.boundary import write_log

    log = write_log(exc)
    where = f"详细信息已写入 {log}" if log else "详细信息无法写入日志"
    return f"内部错误（这是 Yusuan 的缺陷，不是您的文件的问题）：{type(exc).__name__}。{where}，请附上此文件报告问题。"


GC_THRESHOLD = (20_000, 20, 20)


def quiet_collector() -> None:
    """What a worker inherited (modules, the catalogue) goes to the collector's permanent generation,
    and the youngest generation is collected after 20,000 allocations instead of 700: full collections
    no longer walk the catalogue, and a document's objects are collected in a few passes. Measured: the
    collector was 10-20% of the CPU of reading and checking a document."""
    import gc

    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def _terminated(signum, frame) -> None:
    raise KeyboardInterrupt  # unwinds the task, so that it removes what it had begun (staging folders)


def _serve(conn: Connection, memory_mb: int) -> None:
    """A worker: run tasks until told to stop (None), sending back a Done for each."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends its workers
    signal.signal(signal.SIGTERM, _terminated)
    try:  # a worker ended while it starts (its task overran on a busy machine) unwinds quietly too
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # blocked by `_start` until now
        _limit_memory(memory_mb)
        quiet_collector()
        _loop(conn, memory_mb)
    except KeyboardInterrupt:
        return


def _loop(conn: Connection, memory_mb: int) -> None:
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, func, args = task
        done = Done(index)
        with collecting() as notes:
            try:
                done.value = func(*args)
            except MemoryError:
                done.error = memory_message(memory_mb)
            except RecursionError:
                done.error = "无法处理：内容的嵌套层次过深"
            except Exception as exc:  # a bug: reported for this file, the others go on
                done.error = _internal(exc)
        done.notices = notes
        try:
            conn.send(done)
        except MemoryError:
            conn.send(Done(index, error=memory_message(memory_mb)))
        except Exception as exc:  # a value that cannot be sent back (a bug)
            conn.send(Done(index, error=_internal(exc)))


def _context(start: str):
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context(start if start in methods else "spawn")


def _start(process) -> None:
    """Start a worker with SIGTERM blocked: until `_serve` sets its own handler, the child would run this
    process's (the CLI's raises to unwind the command), and a worker ended in that moment printed a
    traceback. A SIGTERM sent meanwhile waits, to this process and to the child, and is not lost."""
    import signal

    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        process.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class _Worker:
    """A worker process and the tasks sent to it, oldest (the one it is running) first."""

    def __init__(self, memory_mb: int, start: str):
        ctx = _context(start)
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, memory_mb), daemon=True)
        _start(self.process)
        child.close()
        self.tasks: deque[tuple[int, Sequence[Any]]] = deque()
        self.deadline = 0.0
        self.given = 0
        self.done = 0

    @property
    def task(self) -> int | None:
        return self.tasks[0][0] if self.tasks else None

    def give(self, index: int, func: Callable, args: Sequence[Any], seconds: float) -> None:
        if not self.tasks:
            self.deadline = time.monotonic() + seconds
        self.tasks.append((index, args))
        self.given += 1
        self.conn.send((index, func, tuple(args)))

    def finished(self, seconds: float) -> None:
        """The running task answered; the next one sent, if any, starts now."""
        self.tasks.popleft()
        self.done += 1
        if self.tasks:
            self.deadline = time.monotonic() + seconds

    def stop(self, busy: bool = False) -> None:
        """An idle worker is asked to finish; a busy one is terminated (SIGTERM: its task unwinds and
        cleans up), then killed if it does not end within two seconds."""
        if busy:
            self.process.terminate()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.terminate()
        self.process.join(2 if busy else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run_limited(func: Callable, tasks: Sequence[Sequence[Any]], *, jobs: int, seconds: float, memory_mb: int,
                on_done: Callable[[Done], None], start: str = "fork", max_tasks: int | None = None) -> None:
    """Run `func(*task)` for every task in at most `jobs` workers; `on_done` gets each outcome in
    the order they finish. A task that raises, overruns `seconds` or runs out of memory yields a
    Done with `error`; the other tasks are not affected. `start`: "fork" (cheap, where available),
    "forkserver" or "spawn" (fresh interpreters: for work that must not inherit the parent's threads).
    `max_tasks`: a worker is replaced after that many tasks, so that memory stays flat however many.

    While enough tasks wait, each worker holds the next one in its pipe (PREFETCH), so that it does
    not sit idle while this process takes its answer and runs `on_done` (which may write a chunk of
    results). A task sent to a worker that dies or overruns before starting it goes back to the queue."""
    queue = deque(enumerate(tasks))
    jobs = max(1, min(jobs, len(tasks)))
    workers: list[_Worker] = []
    try:
        while queue or any(w.tasks for w in workers):
            _hand_out(queue, workers, func, seconds, max_tasks, jobs)
            if queue and len(workers) < jobs:
                workers.append(_Worker(memory_mb, start))
                continue
            busy = [w for w in workers if w.tasks]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
            now = time.monotonic()
            for w in busy:
                index = w.task
                assert index is not None
                if w.conn in ready:
                    try:
                        done = w.conn.recv()
                    except (EOFError, OSError):
                        done = None
                    if isinstance(done, Done):
                        w.finished(seconds)
                        if max_tasks and w.done >= max_tasks:
                            w.stop()
                            workers.remove(w)
                        on_done(done)
                        continue
                if w.process.sentinel in ready or w.conn in ready:  # died without an answer
                    _retire(workers, w, queue)
                    on_done(Done(index, error=_died_message(w.process.exitcode, memory_mb)))
                elif now >= w.deadline:
                    _retire(workers, w, queue)
                    on_done(Done(index, error=time_message(seconds)))
    finally:
        for w in workers:
            w.stop(busy=bool(w.tasks))


PREFETCH = 2  # tasks a worker holds at most: the one it runs and the next


def _hand_out(queue: deque, workers: list[_Worker], func: Callable, seconds: float, max_tasks: int | None,
              jobs: int) -> None:
    """Idle workers first; then, once every worker has started, one more each while at least as many
    tasks wait as there are workers (at the end of the queue a task waits for whichever frees first)."""
    for depth in (1, PREFETCH) if len(workers) >= jobs else (1,):
        for w in workers:
            while (queue and len(w.tasks) < depth and not (max_tasks and w.given >= max_tasks)
                   and (depth == 1 or len(queue) >= jobs)):
                index, args = queue.popleft()
                w.give(index, func, args, seconds)


def _retire(workers: list[_Worker], worker: _Worker, queue: deque) -> None:
    """End a worker whose state is unknown (it died or overran); a new one takes its place, and the
    tasks it held but had not begun go back to the front of the queue."""
    worker.stop(busy=True)
    workers.remove(worker)
    queue.extendleft(reversed(list(worker.tasks)[1:]))


def _died_message(exitcode: int | None, memory_mb: int) -> str:
    import signal

    if exitcode is not None and exitcode < 0 and -exitcode in {s.value for s in signal.Signals}:
        name = signal.Signals(-exitcode).name
        likely = "，多半是内存不足" if name in ("SIGKILL", "SIGSEGV", "SIGABRT", "SIGBUS") else ""
        env = LIMITS["document_memory_mb"].env
        return (f"处理此文件的进程意外终止（{name}）{likely}；已停止处理此文件（内存上限 {memory_mb:,} MB，"
                f"可用 --max-memory 或环境变量 {env} 调整）")
    return f"处理此文件的进程意外退出（退出码 {exitcode}）"


def default_jobs(count: int, jobs: int | None) -> int:
    return max(1, min(jobs or os.cpu_count() or 1, count))
