"""Legacy Office files (.doc, .xls) → .docx/.xlsx with LibreOffice, then read as those.

Each conversion runs in a private temporary folder (its own LibreOffice profile, so that
conversions in parallel do not share one), with a time limit; the whole process group is
killed when it runs over. LibreOffice missing or failing is a clear Chinese error.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from yusuan.errors import InputError
from yusuan.readers.published.blocks import Source
from yusuan.readers.published.findings import file_problem

TIMEOUT = 180  # seconds for one conversion (LibreOffice's first start in a new profile takes a few)
# the formats LibreOffice converts into the ones read here: Word 97-2003, WPS 文字 (Kingsoft's .wps), RTF and
# OpenDocument text into DOCX; Excel 97-2003, WPS 表格 (.et) and OpenDocument sheets into XLSX
TARGET = {".doc": "docx", ".wps": "docx", ".rtf": "docx", ".odt": "docx",
          ".xls": "xlsx", ".et": "xlsx", ".ods": "xlsx"}
_NAMES = {".doc": "Word 97-2003 文档（.doc）", ".wps": "WPS 文字文档（.wps）", ".rtf": "RTF 文档（.rtf）",
          ".odt": "OpenDocument 文本（.odt）", ".xls": "Excel 97-2003 工作簿（.xls）", ".et": "WPS 表格（.et）",
          ".ods": "OpenDocument 表格（.ods）"}
WORD_LIKE = frozenset(s for s, t in TARGET.items() if t == "docx")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, workdir: Path) -> Path:
    """Convert `path` (.doc or .xls) into `workdir`; the converted file's path."""
    suffix = path.suffix.lower()
    target = TARGET[suffix]
    name = _NAMES[suffix]
    program = soffice()
    if program is None:
        raise InputError(str(path), [file_problem(
            f"读取{name}需要 LibreOffice（soffice），但未找到", f"安装 LibreOffice，或将文件另存为 .{target} 后重试")])
    source = workdir / f"input{suffix}"  # a plain name: LibreOffice names its output after it
    try:
        shutil.copyfile(path, source)
    except OSError as exc:
        raise InputError(str(path), [file_problem(f"无法读取文件：{exc.strerror or exc}")]) from None
    out_dir = workdir / "out"
    command = [program, f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", target, "--outdir", str(out_dir), str(source)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               env={**os.environ, "HOME": str(workdir)})
    try:
        _, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise InputError(str(path), [file_problem(
            f"LibreOffice 转换{name}超时（{TIMEOUT} 秒），未能读取", f"将文件另存为 .{target} 后重试")]) from None
    converted = out_dir / f"input.{target}"
    if process.returncode != 0 or not converted.exists():
        detail = err.decode("utf-8", "replace").strip().splitlines()
        why = f"：{detail[-1][:120]}" if detail else ""
        raise InputError(str(path), [file_problem(
            f"LibreOffice 未能转换{name}，文件可能已损坏或不是该格式{why}", f"将文件另存为 .{target} 后重试")])
    return converted


def read_legacy(path: Path, read: Callable[[Path], Source]) -> Source:
    """Convert, read the converted file with `read`, and report the original file as the source."""
    with tempfile.TemporaryDirectory(prefix="yusuan-legacy-") as tmp:
        converted = convert(path, Path(tmp))
        try:
            source = read(converted)
        except InputError as exc:
            raise InputError(str(path), exc.problems) from None
    source.path = str(path)
    return source
