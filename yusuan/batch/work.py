"""The work on one document, as a batch runs it: `process_file` wrapped so that it never raises.

`run_one(item)` calls `yusuan.pipeline.process_file` and turns the record into rows
(`rows.document_outcome`); an unreadable file, a time-out, exhausted memory or any internal error
becomes a failed outcome with its reason. The time limit is also kept here (an alarm), because a
Spark executor or a run without workers has no parent to stop the document; the wording is that
of `yusuan check` (`cli/workers.py`). `recheck_one` runs the checks alone on a stored
disclosure (`--rules-changed`). Both run in worker processes (local pool) or Spark executors.
"""

from __future__ import annotations

import contextlib
import hashlib
import resource
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from yusuan.batch.rows import Item, Outcome, document_outcome, failed_outcome, finding_rows
from yusuan.cli.workers import time_message
from yusuan.errors import InputError


class TimeLimit(Exception):
    """The document took longer than its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimeLimit in this thread after `seconds` (main thread only; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeLimit

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def reason_of(exc: InputError) -> str:
    return "；".join(p.message + (f"（应为：{p.expected}）" if p.expected else "") for p in exc.problems) or str(exc)


def run_one(item: Item, sha: str | None = None, seconds: float | None = None) -> Outcome:
    """Read, check and summarise one document; every failure is an outcome, never an exception."""
    from yusuan.pipeline import process_file

    start = time.perf_counter(), time.process_time()
    if sha is None:
        try:
            sha = file_sha256(item.path)
        except OSError as exc:
            return _timed(failed_outcome(item, "", "unreadable", f"无法读取文件：{exc.strerror or exc}"), start)
    try:
        with time_limit(seconds):
            record = process_file(item.path)
        outcome = document_outcome(item, record)
        record = None
    except InputError as exc:
        outcome = failed_outcome(item, sha, "unreadable", reason_of(exc))
    except TimeLimit:
        outcome = failed_outcome(item, sha, "timeout", time_message(seconds or 0))
    except MemoryError:
        outcome = failed_outcome(item, sha, "memory", "处理时内存超过上限")
    except OSError as exc:
        outcome = failed_outcome(item, sha, "unreadable", f"无法读取文件：{exc.strerror or exc}")
    except RecursionError:
        outcome = failed_outcome(item, sha, "internal", "内部错误：嵌套过深（RecursionError）")
    except Exception as exc:  # noqa: BLE001 — one document's bug must not stop the batch; it is recorded
        outcome = failed_outcome(item, sha, "internal", f"内部错误：{type(exc).__name__}: {exc}"[:500])
    return _timed(outcome, start)


def _timed(outcome: Outcome, start: tuple[float, float]) -> Outcome:
    outcome.seconds = round(time.perf_counter() - start[0], 3)
    outcome.cpu_seconds = round(time.process_time() - start[1], 3)
    outcome.peak_mb = round(peak_mb(), 1)
    return outcome


def recheck_one(disclosure_json: str, seconds: float | None = None) -> list[dict[str, Any]]:
    """The checks alone, on a disclosure stored by an earlier run (rows of the findings table)."""
    from yusuan.model.disclosure import Disclosure
    from yusuan.pipeline import check_disclosure

    disclosure = Disclosure.model_validate_json(disclosure_json)
    with time_limit(seconds):
        findings = check_disclosure(disclosure)
    return findings


def recheck_rows(sha: str, disclosure_json: str, seconds: float | None = None) -> list[dict[str, Any]]:
    return finding_rows(sha, recheck_one(disclosure_json, seconds))
