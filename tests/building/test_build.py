"""Building: all or nothing, never over the user's files, refusing bad data unless forced; the
command line for one file and for a folder of generated departments (built in parallel)."""

from __future__ import annotations

import json
import random

import pymupdf
import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.conftest import EXAMPLE_YAML
from yusuan.cli.main import app
from yusuan.model.disclosure import Disclosure
from yusuan.synth.generator import generate_budget
from yusuan.writers import build as build_module
from yusuan.writers.build import MANIFEST, BuildRefused, OutputConflict, build, parse_formats, preflight
from yusuan.writers.data_file import write_data_file

runner = CliRunner()


def listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_formats_are_checked():
    assert parse_formats("pdf, html") == ["html", "pdf"]
    with pytest.raises(build_module.BuildError, match="不支持的输出格式：doc"):
        parse_formats("html,doc")


def test_a_failing_format_leaves_nothing_behind(example_data, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = build(example_data, out, ["html", "json"], stem="doc")
    before = {p.name: p.read_bytes() for p in first}

    def broken(*args, **kwargs) -> bytes:
        raise RuntimeError("PDF 渲染失败")

    monkeypatch.setattr("yusuan.writers.pdf.render_pdf", broken)
    changed = example_data.model_copy(update={"other_notes": ["这一版不应出现。"]})
    with pytest.raises(RuntimeError):
        build(changed, out, ["html", "json", "pdf"], stem="doc")
    assert listing(out) == sorted([MANIFEST, *before])  # no PDF, no staging folder
    assert {n: (out / n).read_bytes() for n in before} == before  # the previous build is intact
    fresh = tmp_path / "fresh"
    with pytest.raises(RuntimeError):
        build(changed, fresh, ["html", "pdf"], stem="doc")
    assert not fresh.exists()


def test_never_overwrites_the_users_files_but_replaces_its_own(example_data, tmp_path):
    mine = tmp_path / "doc.html"
    mine.write_text("我的文件", encoding="utf-8")
    with pytest.raises(OutputConflict) as exc:
        build(example_data, tmp_path, ["html", "json"], stem="doc")
    assert "doc.html" in exc.value.lines and "不会覆盖" in str(exc.value)
    assert mine.read_text(encoding="utf-8") == "我的文件" and not (tmp_path / "doc.json").exists()
    mine.unlink()
    build(example_data, tmp_path, ["html"], stem="doc")
    changed = example_data.model_copy(update={"other_notes": ["第二版。"]})
    build(changed, tmp_path, ["html"], stem="doc")  # its own file: replaced
    assert "第二版。" in mine.read_text(encoding="utf-8")
    assert json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))["files"] == ["doc.html"]


def test_data_that_fails_the_checks_is_refused_unless_forced(example_data, tmp_path):
    bad = example_data.model_copy(update={
        "basic_expenditure": [example_data.basic_expenditure[0].model_copy(update={"code": "2010177"}),
                              *example_data.basic_expenditure[1:]]})
    problems = preflight(bad, Disclosure(department="x", year=2023))
    assert any("2010177" in p for p in problems)
    with pytest.raises(BuildRefused) as exc:
        build(bad, tmp_path / "out", ["json"], stem="bad")
    assert "未通过检查" in exc.value.message and any("2010177" in line for line in exc.value.lines)
    assert not (tmp_path / "out").exists()
    [path] = build(bad, tmp_path / "out", ["json"], stem="bad", force=True)
    assert Disclosure.model_validate_json(path.read_text(encoding="utf-8")).department == "昌吉市人大常委会办公室"


def test_cli_builds_one_file(tmp_path):
    result = runner.invoke(app, ["build", str(EXAMPLE_YAML), "-o", str(tmp_path / "out"), "--formats", "html,json"])
    assert result.exit_code == 0, result.output
    assert listing(tmp_path / "out") == [MANIFEST, "changji-renda-2023.html", "changji-renda-2023.json"]
    html = (tmp_path / "out" / "changji-renda-2023.html").read_text(encoding="utf-8")
    assert "<style>" in html and "<link" not in html and "src=" not in html  # self-contained
    assert '<table class="grid" data-table="T1"' in html and "<thead>" in html and 'scope="col"' in html


def test_cli_reports_bad_input_in_chinese(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "无.yaml"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "不存在" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE_YAML.read_text(encoding="utf-8").replace('"2010150"', '"2010177"'), encoding="utf-8")
    result = runner.invoke(app, ["build", str(bad), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "2010177" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["build", str(EXAMPLE_YAML), "-o", str(tmp_path / "out"), "--formats", "pdf,odt"])
    assert result.exit_code == 2 and "不支持的输出格式：odt" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_cli_builds_a_folder_of_generated_departments_in_every_format(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    seeds = [7, 20, 41]
    for seed in seeds:
        write_data_file(generate_budget(random.Random(seed)), data_dir / f"dept-{seed}.yaml")
    broken = data_dir / "broken.json"
    broken.write_text("{ 不是 JSON", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(data_dir), "-o", str(out), "-j", "2"])
    assert result.exit_code == 2, result.output  # one file could not be read …
    output = result.output.replace("\n", "")  # a long temporary path wraps anywhere, even inside a name
    assert "broken.json" in output and "不是有效的 JSON" in output
    assert "已生成 3 份公开文件" in output  # … the others were built
    for seed in seeds:
        stem = out / f"dept-{seed}"
        with pymupdf.open(str(stem.with_suffix(".pdf"))) as pdf:
            assert pdf.page_count > 15 and "部门收支总体情况表" in "".join(p.get_text() for p in pdf)
        assert len(Document(str(stem.with_suffix(".docx"))).tables) >= 10
        assert len(load_workbook(str(stem.with_suffix(".xlsx"))).sheetnames) >= 10
        d = Disclosure.model_validate_json(stem.with_suffix(".json").read_text(encoding="utf-8"))
        assert len(d.tables) == 10 and len(d.sections) >= 20
        assert f"<title>{d.department}" in stem.with_suffix(".html").read_text(encoding="utf-8")
    assert not [p for p in out.iterdir() if p.name.startswith(".yusuan-staging")]


@pytest.mark.slow
def test_a_department_with_nothing_yet_still_builds(tmp_path):
    from yusuan.model.budget import BudgetData, Department

    data = BudgetData(department=Department(name="某某局", year=2024))
    paths = build(data, tmp_path, ["html", "docx", "xlsx", "json", "pdf"], stem="empty", force=True)
    assert [p.suffix for p in paths] == [".html", ".docx", ".pdf", ".xlsx", ".json"]
    with pymupdf.open(str(tmp_path / "empty.pdf")) as pdf:
        text = "".join(p.get_text() for p in pdf)
    assert "某某局2024年未安排收入预算。" in text and "备注：本部门2024年预算未安排支出。" in text
