"""`yusuan check` and `yusuan rules`: formats, exit codes, selection, no overwriting."""

from __future__ import annotations

import json

import jsonschema
from typer.testing import CliRunner

from tests.conftest import EXAMPLE_YAML, ROOT, SEED_TEXT
from yusuan.cli.main import app

runner = CliRunner()
SCHEMA = json.loads((ROOT / "docs" / "findings.schema.json").read_text(encoding="utf-8"))


def test_clean_data_exits_0():
    result = runner.invoke(app, ["check", str(EXAMPLE_YAML)])
    assert result.exit_code == 0, result.output
    assert "0 个错误" in result.output


def test_published_seed_exits_1_and_names_the_findings():
    result = runner.invoke(app, ["check", str(SEED_TEXT)])
    assert result.exit_code == 1, result.output
    assert "T302" in result.output and "97.04%" in result.output and "T307" in result.output


def test_unreadable_input_exits_2(tmp_path):
    result = runner.invoke(app, ["check", str(EXAMPLE_YAML), str(tmp_path / "missing.yaml")])
    assert result.exit_code == 2
    assert "无法读取" in result.output and "Traceback" not in result.output


def test_json_report_follows_its_schema(tmp_path):
    result = runner.invoke(app, ["check", str(SEED_TEXT), str(EXAMPLE_YAML), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    jsonschema.validate(report, SCHEMA)
    assert report["summary"]["files"] == 2 and report["summary"]["error"] > 0
    seed = report["files"][0]
    assert any(f["rule"] == "T302" and f["where"]["section"] == "3.2" for f in seed["findings"])
    bad = {**report, "files": [{**seed, "findings": [{"rule": "Z999"}]}]}
    try:
        jsonschema.validate(bad, SCHEMA)
        raise AssertionError("schema accepted a malformed finding")
    except jsonschema.ValidationError:
        pass


def test_html_report_is_standalone_and_escaped(tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["check", str(SEED_TEXT), "--format", "html", "-o", str(out)])
    assert result.exit_code == 1
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html and "http" not in html.split("<body>")[1]
    assert "T302" in html and 'id="rule-T302"' in html and "“" in html


def test_report_file_is_never_overwritten(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["check", str(EXAMPLE_YAML), "--format", "json", "-o", str(out)])
    assert result.exit_code == 2 and out.read_text(encoding="utf-8") == "mine"


def test_select_and_ignore():
    only_text = runner.invoke(app, ["check", str(SEED_TEXT), "--format", "json", "--select", "T3"])
    rules = {f["rule"] for f in json.loads(only_text.output)["files"][0]["findings"]}
    assert rules and all(r.startswith("T3") or r == "A100" for r in rules)
    assert "A100" in rules  # the T304 rounding notice travels with its rule
    no_rounding = runner.invoke(app, ["check", str(SEED_TEXT), "--format", "json", "--ignore", "A100,W"])
    rules = {f["rule"] for f in json.loads(no_rounding.output)["files"][0]["findings"]}
    assert "A100" not in rules and not any(r.startswith("W") for r in rules)
    errors_only = runner.invoke(app, ["check", str(SEED_TEXT), "--select", "T302"])
    assert errors_only.exit_code == 1
    quiet = runner.invoke(app, ["check", str(SEED_TEXT), "--select", "W"])
    assert quiet.exit_code == 0  # warnings alone do not fail
    typo = runner.invoke(app, ["check", str(SEED_TEXT), "--select", "Q9"])
    assert typo.exit_code == 2 and "没有这样的规则" in typo.output


def test_rules_listing_and_explanation():
    listing = runner.invoke(app, ["rules"])
    assert listing.exit_code == 0 and "A101" in listing.output and "W708" in listing.output
    one = runner.invoke(app, ["rules", "t302"])
    assert one.exit_code == 0 and "Failing example" in one.output and "97.04%" in one.output
    by_name = runner.invoke(app, ["rules", "share-of-total"])
    assert by_name.exit_code == 0 and "T302" in by_name.output
    missing = runner.invoke(app, ["rules", "Z123"])
    assert missing.exit_code == 2
