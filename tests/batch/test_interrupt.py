"""A batch killed midway (SIGKILL, as a power cut would) and run again ends with exactly the dataset
of an uninterrupted run, having done only what was missing; the real CLI, in a subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.batch.test_batch import snapshot
from yusuan.batch.manifest import Manifest
from yusuan.batch.runner import Options, run_batch

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # subprocess batches over eight documents, twice each


def cli(*args) -> list[str]:
    return [sys.executable, "-c", "from yusuan.cli.main import main; main()", *map(str, args)]


def test_killed_midway_then_rerun_gives_the_same_dataset(docs, tmp_path):
    reference = tmp_path / "reference"
    run_batch([docs], reference, Options(jobs=2, chunk_docs=3))
    out = tmp_path / "out"
    proc = subprocess.Popen(cli("batch", docs, "-o", out, "--jobs", "1", "--chunk", "1"), cwd=ROOT,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while len(list((out / "_manifest").glob("chunk-*.json"))) < 3 and time.monotonic() < deadline:
            assert proc.poll() is None, "the batch ended before it could be interrupted"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, mid-document
        proc.wait()
    done = len(Manifest.load(out).docs)
    assert 3 <= done < 8
    rerun = subprocess.run(cli("batch", docs, "-o", out, "--jobs", "2"), cwd=ROOT, capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"本次处理 {8 - done} 份" in rerun.stdout and f"此前已完成 {done} 份" in rerun.stdout
    assert snapshot(out) == snapshot(reference)
    assert not [p for p in out.rglob("*") if p.name.startswith(".") and p.name.endswith(".part")]
    assert (out / "summary.json").exists() and (out / "summary.html").exists()


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: SIGINT neither blocked nor ignored in the command (a test runner's
    process may have either, and a child inherits both: the batch then ran to its end, untouched)."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_keeps_what_is_finished(docs, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.Popen(cli("batch", docs, "-o", out, "--jobs", "1", "--chunk", "2"), cwd=ROOT,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_as_from_a_terminal)
    deadline = time.monotonic() + 240
    while not list((out / "_manifest").glob("chunk-*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)  # some documents finished, not all
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "已中断" in stderr and "Traceback" not in stderr
    kept = len(Manifest.load(out).docs)
    rerun = subprocess.run(cli("batch", docs, "-o", out, "--jobs", "2"), cwd=ROOT, capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=600)
    assert rerun.returncode == 0 and f"此前已完成 {kept} 份" in rerun.stdout
    assert len(Manifest.load(out).docs) == 8
