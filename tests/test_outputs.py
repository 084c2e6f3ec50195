"""The one output layer (writers/outputs.py): every product's formats in one registry, parsed once,
the commands' choices derived from it; one reading-note type, one location formatter; the renamed
预算单位 fields still read under their old keys."""

import json
import os
import stat

import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import EXAMPLE_YAML, SEED_TEXT
from yusuan.cli.main import app
from yusuan.model.budget import BudgetData
from yusuan.model.disclosure import Disclosure, Location, Overview, ProjectTargets, ReadingNote
from yusuan.model.location_text import describe_location
from yusuan.readers.data_file import read_data_file
from yusuan.rules.report import FileResult, Report
from yusuan.writers.outputs import (
    WRITERS,
    OutputFormat,
    Product,
    UnknownFormat,
    choices_zh,
    for_suffix,
    formats,
    parse_format,
    parse_formats,
    writer,
)

runner = CliRunner()


def test_every_product_lists_its_formats_once_in_canonical_order():
    assert formats(Product.DOCUMENT) == ("html", "docx", "pdf", "xlsx", "json")
    assert formats(Product.REPORT) == ("text", "json", "html")
    assert formats(Product.EXTRACTION) == ("json", "yaml", "xlsx")
    assert formats(Product.DATA) == ("json", "yaml", "xlsx")
    pairs = [(w.product, w.output_format) for w in WRITERS]
    assert len(pairs) == len(set(pairs))
    for w in WRITERS:  # each writer is either a text renderer or a file writer, and its function exists
        assert (w.renders is None) != (w.writes is None)


def test_formats_are_parsed_once_with_chinese_errors():
    assert parse_format(Product.REPORT, " JSON ") is OutputFormat.JSON
    assert parse_formats(Product.DOCUMENT, "pdf, HTML") == [OutputFormat.HTML, OutputFormat.PDF]
    with pytest.raises(UnknownFormat, match="应为 text、json 或 html"):
        parse_format(Product.REPORT, "pdf")
    with pytest.raises(UnknownFormat, match="不支持的输出格式：doc"):
        parse_formats(Product.DOCUMENT, "html,doc")
    with pytest.raises(UnknownFormat, match="（空）"):
        parse_formats(Product.DOCUMENT, " , ")
    assert choices_zh(Product.REPORT, notes=True) == "text（终端）、json 或 html"
    assert for_suffix(Product.DATA, ".YML").output_format is OutputFormat.YAML
    assert for_suffix(Product.DATA, ".txt") is None


def _help(command: str, option: str) -> str:
    import typer

    params = typer.main.get_command(app).commands[command].params
    return next(p.help for p in params if option in p.opts)


def test_the_commands_help_and_refusals_come_from_the_registry():
    assert _help("check", "--format") == "报告格式：text（终端）、json 或 html"
    refused = runner.invoke(app, ["check", str(SEED_TEXT), "--format", "yaml"])
    assert refused.exit_code == 2 and "不支持的报告格式 yaml" in refused.output and "应为 text、json 或 html" in refused.output
    assert _help("extract", "--format") == "json、yaml 或 xlsx"
    assert _help("build", "--formats") == "输出格式，逗号分隔：html、docx、pdf、xlsx、json"


def test_a_report_written_to_a_file_is_its_rendering_with_the_usual_mode(tmp_path):
    report = Report([FileResult("a.pdf", problems=["无法读取"])])
    target = tmp_path / "report.json"
    writer(Product.REPORT, OutputFormat.JSON).write(report, target)
    text = target.read_text(encoding="utf-8")
    assert text == writer(Product.REPORT, "json").render(report)
    assert json.loads(text)["summary"]["unreadable"] == 1
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600
    target.chmod(0o640)
    writer(Product.REPORT, OutputFormat.HTML).write(report, target)  # a replaced file keeps its mode
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and "<h1>预算公开检查报告</h1>" in target.read_text("utf-8")


def test_convert_picks_the_data_writer_by_suffix(tmp_path, example_data):
    out = tmp_path / "b.yml"
    assert runner.invoke(app, ["convert", str(EXAMPLE_YAML), "-o", str(out)]).exit_code == 0
    assert read_data_file(out) == example_data
    refused = runner.invoke(app, ["convert", str(EXAMPLE_YAML), "-o", str(tmp_path / "b.csv")])
    assert refused.exit_code == 2 and ".json、.yaml、.yml 或 .xlsx" in refused.output


def test_one_reading_note_type_with_one_location_wording():
    note = ReadingNote(code="table.no_grid", message="表3 没有可识别的表格线", location=Location(page=6))
    assert str(note) == "第6页：表3 没有可识别的表格线"
    assert note.as_dict() == {"code": "table.no_grid", "message": "表3 没有可识别的表格线", "location": {"page": 6}}
    assert ReadingNote(code="x", message="m").as_dict()["location"] is None
    assert describe_location(Location(sheet="收支总表", row=12)) == "工作表“收支总表”第12行"
    assert describe_location(Location(page=3, line=7, row=99)) == "第3页第7行"  # a line before a sheet's row
    assert describe_location(None, empty="文件") == "文件"


def test_budget_units_read_under_their_old_keys(example_data):
    raw = yaml.safe_load(EXAMPLE_YAML.read_text(encoding="utf-8"))
    raw["department"]["units"] = raw["department"].pop("budget_units")
    old = BudgetData.model_validate(raw)
    assert old.department.budget_units == example_data.department.budget_units != []
    assert Overview.model_validate({"units": [{"name": "某局", "kind": "行政"}]}).budget_units[0].name == "某局"
    targets = ProjectTargets.model_validate({"project": "项目", "unit": "某局", "targets": {"goal": "目标"}})
    assert targets.budget_unit == "某局"
    assert "budget_unit" in targets.model_dump() and "unit" not in targets.model_dump()
    stored = {"department": "某局", "year": 2024, "overview": {"units": [{"name": "某局", "kind": "行政"}]}}
    assert Disclosure.model_validate(stored).overview.budget_units[0].name == "某局"  # a disclosure stored before
