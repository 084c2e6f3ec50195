"""Writes are atomic and never overwrite a user's file: a failed write leaves the target as it was."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from yusuan.atomic import write_atomically, write_text_atomically
from yusuan.cli.main import app

runner = CliRunner()


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("the user's data", encoding="utf-8")

    def broken(tmp):
        tmp.write_text("half of it", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(target, broken)
    assert target.read_text(encoding="utf-8") == "the user's data"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    write_text_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_schema_never_overwrites_without_force(tmp_path):
    target = tmp_path / "schema.json"
    target.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["schema", "-o", str(target)])
    assert result.exit_code == 2 and "文件已存在" in result.output
    assert target.read_text(encoding="utf-8") == "mine"
    result = runner.invoke(app, ["schema", "-o", str(target), "--force"])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("{")


def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))  # a disk that fills after 2 kB


def test_a_full_disk_leaves_no_truncated_output(tmp_path):
    target = tmp_path / "schema.json"
    code = "from yusuan.cli.main import main; main()"
    proc = subprocess.run([sys.executable, "-c", code, "schema", "-o", str(target)], capture_output=True,
                          text=True, preexec_fn=_limit_file_size, timeout=120)
    assert proc.returncode == 2
    assert "文件超过了系统允许的大小" in proc.stderr and str(target) in proc.stderr.replace("\n", "")
    assert "Traceback" not in proc.stderr + proc.stdout
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_extracted_text_never_becomes_a_live_formula(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("某局2024年部门预算\n第一部分 概况\n一、主要职能\n=HYPERLINK(\"http://example.invalid\",\"点击\")\n"
                    "二、机构设置及人员情况\n编制数10人，实有人数9人。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(page), "-o", str(out), "--format", "xlsx", "-j", "1"])
    assert result.exit_code in (0, 1), result.output
    book = load_workbook(next(out.glob("*.xlsx")))
    cells = [c for ws in book for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    live = [c.coordinate for c in cells if c.data_type == "f"]
    assert any(c.value.startswith("=HYPERLINK") for c in cells)
    assert live == []
