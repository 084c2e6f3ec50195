"""The command line: clear Chinese errors, exit codes, no tracebacks, nothing overwritten."""

import json

import jsonschema
import yaml
from typer.testing import CliRunner

from tests.conftest import EXAMPLE_YAML, ROOT
from yusuan.cli.main import app
from yusuan.model.schema import budget_schema_json

runner = CliRunner()


def test_validate_reports_problems_with_exit_code_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE_YAML.read_text(encoding="utf-8").replace('"2010150"', '"2010177"'), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(EXAMPLE_YAML), str(bad)])
    assert result.exit_code == 2
    assert "basic_expenditure[1].code" in result.output and "2010177" in result.output
    assert "Traceback" not in result.output


def test_missing_file_and_unsupported_type(tmp_path):
    result = runner.invoke(app, ["figures", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "文件不存在" in result.output
    odd = tmp_path / "budget.txt"
    odd.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["figures", str(odd)])
    assert result.exit_code == 2 and "不支持" in result.output


def test_template_never_overwrites(tmp_path):
    target = tmp_path / "mine.xlsx"
    target.write_bytes(b"the user's own work")
    result = runner.invoke(app, ["template", "-o", str(target)])
    assert result.exit_code == 2 and "不会覆盖" in result.output
    assert target.read_bytes() == b"the user's own work"


def test_convert_yaml_to_json_and_back(tmp_path):
    out = tmp_path / "b.json"
    assert runner.invoke(app, ["convert", str(EXAMPLE_YAML), "-o", str(out)]).exit_code == 0
    back = tmp_path / "b.yaml"
    assert runner.invoke(app, ["convert", str(out), "-o", str(back)]).exit_code == 0
    a = runner.invoke(app, ["figures", str(EXAMPLE_YAML)]).output
    b = runner.invoke(app, ["figures", str(back)]).output
    assert json.loads(a) == json.loads(b)


def test_schema_validates_the_example_and_is_published():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    raw = yaml.safe_load(EXAMPLE_YAML.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(raw, default=str)), schema)
    bad = {**raw, "department": {**raw["department"], "year": "x"}}
    try:
        jsonschema.validate(json.loads(json.dumps(bad, default=str)), schema)
        raise AssertionError("schema accepted a bad year")
    except jsonschema.ValidationError:
        pass
    published = ROOT / "docs" / "budget-data.schema.json"
    assert published.read_text(encoding="utf-8") == budget_schema_json(), "run: yusuan schema -o docs/budget-data.schema.json"


def test_catalog_show_and_stats():
    result = runner.invoke(app, ["catalog", "show", "卫生健康支出"])
    assert result.exit_code == 0 and "210" in result.output and "21011" in result.output
    result = runner.invoke(app, ["catalog", "show", "2010101"])
    assert "行政运行" in result.output and "20101" in result.output
    result = runner.invoke(app, ["catalog", "stats", "--json"])
    rows = json.loads(result.output)
    assert sum(r["count"] for r in rows) > 1000
