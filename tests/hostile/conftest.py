"""Hostile input: each case runs the real command line in a subprocess with memory and time limits."""

from __future__ import annotations

import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT = 1 << 30  # 1 GiB of address space beyond what the interpreter needs
CPU_SECONDS = 60


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def _limits(file_size: int | None):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT * 2, MEMORY_LIMIT * 2))
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
        if file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return apply


def yusuan(*args: str | Path, cwd: Path | None = None, file_size: int | None = None, env: dict | None = None) -> Run:
    """`yusuan ARGS…` as a user runs it (the console script's entry, behind the CLI's boundary)."""
    proc = subprocess.run([sys.executable, "-c", "from yusuan.cli.main import main; main()", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, preexec_fn=_limits(file_size),
                          timeout=CPU_SECONDS * 2, env=env, stdin=subprocess.DEVNULL)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def assert_refused(run: Run, file: Path | str) -> None:
    """Exit 2, a Chinese message naming the file, and no traceback."""
    assert run.code == 2, run.output
    assert "Traceback" not in run.output, run.output
    assert str(Path(file).name) in run.output.replace("\n", ""), run.output
