"""Every rule has a Chinese explanation for users, and `yusuan rules ID` shows it."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from yusuan.rules import all_rules
from yusuan.rules.registry import EXAMPLE_MARK, find

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_rule_has_a_chinese_explanation():
    for r in all_rules():
        text = r.explanation
        assert text, f"{r.id}: no Chinese explanation (the explanation= of its @rule)"
        lines = text.splitlines()
        assert any(line.startswith(EXAMPLE_MARK) for line in lines), f"{r.id}: no 错误示例 line"
        body, example = r.explanation_parts()
        assert CJK.search(body) and example, r.id
        assert len(CJK.findall(body)) >= 20, f"{r.id}: explanation too short"


def test_no_rule_for_an_unknown_id():
    assert find("Z999") is None


def test_rules_command_shows_chinese():
    from yusuan.cli.main import app

    result = CliRunner().invoke(app, ["rules", "T302"])
    assert result.exit_code == 0, result.output
    out = result.output
    flat = re.sub(r"\s+", "", out)  # Rich wraps lines at the terminal width
    assert "说明" in out and "错误示例" in out
    assert "X除以其所属总数" in flat and "834.94/851.14=98.10%" in flat
    # the English docstring, if shown, comes last under its own heading
    if "Failing example" in out:
        assert out.index("开发者说明（英文）") > out.index("错误示例")
