"""Hostile input: each case runs the real command line in a subprocess with memory and time limits.

Inputs are generated at test time (no bomb is committed); `snapshot` records a folder so that a
test can assert that a refused command wrote nothing and overwrote nothing.
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
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

    @property
    def text(self) -> str:
        """The output without the line breaks the terminal width puts into long messages."""
        return self.output.replace("\n", "")


def _limits(file_size: int | None):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT * 2, MEMORY_LIMIT * 2))
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
        if file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return apply


def yusuan(*args: str | Path, cwd: Path | None = None, file_size: int | None = None, env: dict | None = None,
           timeout: float = CPU_SECONDS * 2) -> Run:
    """`yusuan ARGS…` as a user runs it (the console script's entry, behind the CLI's boundary).

    `env` adds to the environment (YUSUAN_MAX_… limits); the code imported is this checkout's."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "160", **(env or {})}
    proc = subprocess.run([sys.executable, "-c", "from yusuan.cli.main import main; main()", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, preexec_fn=_limits(file_size),
                          timeout=timeout, env=environment, stdin=subprocess.DEVNULL)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def assert_refused(run: Run, file: Path | str) -> None:
    """Exit 2, a Chinese message naming the file, and no traceback."""
    assert run.code == 2, run.output
    assert "Traceback" not in run.output, run.output
    assert str(Path(file).name) in run.output.replace("\n", ""), run.output


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (hidden ones included) with a digest of its content."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# -- generated containers ---------------------------------------------------------------------
def rezip(source: Path, target: Path, replace: dict[str, bytes | None], *, level: int = 6) -> Path:
    """A copy of the zip `source` with some parts replaced (None: removed) or added."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for info in zin.infolist():
            if info.filename in replace:
                continue
            z.writestr(info, zin.read(info.filename))
        for name, data in replace.items():
            if data is not None:
                z.writestr(name, data)
    return target


def zip_streamed(source: Path, target: Path, name: str, head: bytes, repeat: bytes, times: int, tail: bytes) -> Path:
    """A copy of `source` whose part `name` is head + repeat × times + tail, compressed as it is
    written: a part of a gigabyte costs seconds and no memory (a zip bomb built at test time)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for info in zin.infolist():
            if info.filename != name:
                z.writestr(info, zin.read(info.filename))
        part = zipfile.ZipInfo(name)
        part.compress_type = zipfile.ZIP_DEFLATED
        with z.open(part, "w", force_zip64=True) as fh:
            fh.write(head)
            for _ in range(times):
                fh.write(repeat)
            fh.write(tail)
    return target


@pytest.fixture(scope="session")
def published(example_data, tmp_path_factory) -> dict[str, Path]:
    """The bundled example built as a publication (HTML, DOCX, XLSX): format → path."""
    from yusuan.writers.build import build

    out = tmp_path_factory.mktemp("published")
    paths = build(example_data, out, ["html", "docx", "xlsx"], stem="published", source="example")
    return {p.suffix[1:]: p for p in paths}
