"""`yusuan extract`: many files at once (in parallel), JSON/YAML/XLSX output with the findings,
nothing overwritten, clear errors."""

from __future__ import annotations

import json

import yaml
from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.conftest import SEED_TEXT
from tests.extract.conftest import CAIZHENGJU, SHEHUI
from yusuan.cli.main import app

runner = CliRunner()


def test_several_files_in_parallel(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(SEED_TEXT), str(SHEHUI), str(CAIZHENGJU), "-o", str(out), "-j", "3"])
    assert result.exit_code == 0, result.output
    assert "10 张表" in result.output and "9 张表" in result.output
    payload = json.loads((out / f"{CAIZHENGJU.stem}.json").read_text(encoding="utf-8"))
    assert payload["disclosure"]["department"] == "上海市普陀区财政局"
    assert [f["code"] for f in payload["findings"]] == ["statement.procurement_total"]
    assert len(payload["disclosure"]["tables"]) == 9
    seed = json.loads((out / f"{SEED_TEXT.stem}.json").read_text(encoding="utf-8"))
    t2 = next(t for t in seed["disclosure"]["tables"] if t["id"] == "T2")
    assert t2["rows"][0]["code"] == "201" and t2["rows"][0]["values"]["total"] == "736.44"


def test_yaml_and_workbook_output(tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(SHEHUI), "-o", str(out), "--format", "yaml"]).exit_code == 0
    data = yaml.safe_load((out / f"{SHEHUI.stem}.yaml").read_text(encoding="utf-8"))
    assert data["disclosure"]["kind"] == "决算" and data["findings"] == []
    assert runner.invoke(app, ["extract", str(SEED_TEXT), "-o", str(out), "--format", "xlsx"]).exit_code == 0
    wb = load_workbook(out / f"{SEED_TEXT.stem}.xlsx")
    assert wb.sheetnames[0] == "概要" and wb.sheetnames[-2:] == ["文字", "提取问题"]
    problems = [row for row in wb["提取问题"].iter_rows(min_row=2, values_only=True)]
    assert ("code.recovered", "科目编码“20”已按科目名称“一般公共服务支出”恢复为 201", "第134行") in problems


def test_never_overwrites_and_reports_missing_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{SHEHUI.stem}.json").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(SHEHUI), str(tmp_path / "nope.pdf"), "-o", str(out)])
    assert result.exit_code == 2
    assert "不会覆盖" in result.output and "文件不存在" in result.output
    assert (out / f"{SHEHUI.stem}.json").read_text(encoding="utf-8") == "mine"
    assert runner.invoke(app, ["extract", str(SHEHUI), "-o", str(out), "--force"]).exit_code == 0
    result = runner.invoke(app, ["extract", str(SHEHUI), "-o", str(out), "--format", "csv"])
    assert result.exit_code == 2 and "不支持的格式" in result.output
