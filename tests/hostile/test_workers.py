"""Per-document limits in check and extract: one file that hangs, swallows memory or crashes its
process is reported, and the other files are processed as usual."""

from __future__ import annotations

import os
import time

import pytest

from tests.conftest import EXAMPLE_YAML, SEED_TEXT
from tests.hostile.conftest import snapshot, yusuan
from yusuan.cli.workers import Done, _Worker, run_limited

PDF = SEED_TEXT.parent / "putuo-caizhengju-2024-juesuan.pdf"


# Tasks (module level: workers receive them by reference)
def _square(n: int) -> int:
    return n * n


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def _allocate(mb: int) -> int:
    return len(bytearray(mb << 20))


def _crash() -> None:
    os.abort()


def _pid() -> int:
    return os.getpid()


def _bug() -> None:
    {}["no such key"]  # noqa: B018 - a real KeyError


def _run(tasks, **limits) -> dict[int, Done]:
    out: dict[int, Done] = {}
    run_limited(limits.pop("func"), tasks, jobs=limits.pop("jobs", 2), seconds=limits.pop("seconds", 30),
                memory_mb=limits.pop("memory_mb", 512), on_done=lambda d: out.setdefault(d.index, d))
    return out


def test_results_come_back_in_any_order_all_of_them():
    done = _run([(n,) for n in range(7)], func=_square, jobs=3)
    assert {i: d.value for i, d in done.items()} == {n: n * n for n in range(7)}
    assert all(d.error is None for d in done.values())


def test_a_task_over_its_time_is_stopped_and_the_others_go_on(_isolated_home):
    start = time.monotonic()
    done = _run([(60,), (0,), (0,)], func=_sleep, seconds=1, jobs=2)
    assert time.monotonic() - start < 20
    assert "处理时间超过上限" in done[0].error and "YUSUAN_MAX_SECONDS" in done[0].error
    assert done[1].value == done[2].value == "woke"


def test_tasks_sent_ahead_to_a_worker_that_overruns_are_run_by_its_successor(_isolated_home):
    # one worker, so the tasks after the sleeper wait in its pipe; they must not share its fate
    done = _run([(60,), (0,), (0,), (0,)], func=_sleep, seconds=1, jobs=1)
    assert "处理时间超过上限" in done[0].error
    assert [done[i].value for i in (1, 2, 3)] == ["woke"] * 3


def test_a_worker_replaced_after_max_tasks_never_holds_more(_isolated_home):
    out: dict[int, Done] = {}
    run_limited(_pid, [() for _ in range(7)], jobs=1, seconds=30, memory_mb=512,
                on_done=lambda d: out.setdefault(d.index, d), max_tasks=3)
    pids = [out[i].value for i in range(7)]
    assert [len(set(pids[i:i + 3])) for i in (0, 3)] == [1, 1] and len(set(pids)) == 3


def test_a_task_over_its_memory_is_stopped_and_the_others_go_on():
    done = _run([(4096,), (8,)], func=_allocate, memory_mb=256, jobs=1)
    assert "内存" in done[0].error and "YUSUAN_MAX_MEMORY_MB" in done[0].error
    assert done[1].value == 8 << 20


def test_a_crashed_process_is_reported_and_replaced():
    done = _run([(), ()], func=_crash, jobs=1)
    assert all("意外终止" in d.error for d in done.values())


def test_a_bug_is_logged_and_reported_for_its_task_only(_isolated_home):
    done = _run([()], func=_bug)
    assert "内部错误" in done[0].error
    assert any((_isolated_home / "logs").glob("yusuan-*.log"))


@pytest.mark.slow
def test_a_worker_ended_as_it_starts_prints_no_traceback(capfd):
    """On a busy machine a task's time can run out while its worker is still starting (before its own
    SIGTERM handler, with the one it inherited; setting its memory limit, freezing what it inherited):
    the worker ends as quietly as one ended mid-task."""
    import signal

    def unwind(signum, frame):  # as the command line's boundary does: the workers inherit it
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, unwind)
    try:
        for _ in range(30):
            _Worker(500, "fork").stop(busy=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert "Traceback" not in capfd.readouterr().err


def test_check_reports_a_file_over_its_time_and_checks_the_others(tmp_path):
    run = yusuan("check", PDF, EXAMPLE_YAML, "--timeout", "0.05", "-j", "1")
    assert run.code == 2, run.output
    assert "处理时间超过上限" in run.output.replace("\n", "") and PDF.name in run.output
    run = yusuan("check", "-f", "json", EXAMPLE_YAML, PDF, "--timeout", "0.05", "--max-memory", "64")
    assert run.code == 2 and "Traceback" not in run.output


@pytest.mark.slow
def test_one_file_that_never_ends_does_not_stop_the_rest(tmp_path):
    """A named pipe nobody writes to: reading it never ends. The same limit holds for every file;
    the data file is checked, the pipe is reported."""
    import json

    fifo = tmp_path / "无尽.yaml"
    os.mkfifo(fifo)
    run = yusuan("check", "-f", "json", fifo, EXAMPLE_YAML, "--timeout", "10", "-j", "2")
    assert run.code == 2, run.output
    by_file = {f["file"]: f for f in json.loads(run.stdout)["files"]}
    assert by_file[str(fifo)]["readable"] is False and "处理时间超过上限" in by_file[str(fifo)]["problems"][0]
    assert by_file[str(EXAMPLE_YAML)]["readable"] is True


def test_extract_over_its_time_writes_nothing(tmp_path):
    out = tmp_path / "out"
    run = yusuan("extract", PDF, "-o", out, "--timeout", "0.05")
    assert run.code == 2 and "处理时间超过上限" in run.output.replace("\n", ""), run.output
    assert snapshot(out) == {}
