"""The limits themselves: documented, each with its own message, raised by its environment variable;
and reports that stay readable however many problems a file has."""

from __future__ import annotations

import json

import openpyxl
import pytest

from tests.conftest import EXAMPLE_XLSX, EXAMPLE_YAML, SEED_TEXT
from tests.hostile.conftest import ROOT, assert_refused, yusuan
from yusuan.limits import LIMITS, render_markdown
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.report import FileResult, Report, render
from yusuan.rules.report.terminal import PER_RULE, capped


def test_the_documented_limits_are_the_limits():
    assert (ROOT / "docs" / "limits.md").read_text(encoding="utf-8") == render_markdown(), \
        "regenerate docs/limits.md from yusuan.limits.render_markdown()"
    assert len({lim.env for lim in LIMITS.values()}) == len(LIMITS)
    assert len({lim.what for lim in LIMITS.values()}) == len(LIMITS)  # each its own message


def test_a_limit_set_to_nonsense(tmp_path):
    run = yusuan("validate", EXAMPLE_XLSX, env={"YUSUAN_MAX_CELL_CHARS": "很多"})
    assert run.code == 2 and "YUSUAN_MAX_CELL_CHARS" in run.text and "正整数" in run.text, run.output
    assert "Traceback" not in run.output


@pytest.mark.slow
def test_a_long_field_is_refused_and_the_limit_can_be_raised(tmp_path):
    data = tmp_path / "长.yaml"
    text = EXAMPLE_YAML.read_text(encoding="utf-8")
    data.write_text(text.replace("name: 昌吉市人大常委会办公室", "name: " + "长" * 40_000, 1), encoding="utf-8")
    run = yusuan("validate", data)
    assert_refused(run, data)
    assert "YUSUAN_MAX_CELL_CHARS" in run.text and "department.name" in run.text and "40,000" in run.text
    assert yusuan("validate", data, env={"YUSUAN_MAX_CELL_CHARS": "50000"}).code == 0


def test_a_long_cell_in_the_workbook(tmp_path):
    """(openpyxl cuts what it writes at Excel's 32 767 characters: the limit is lowered instead.)"""
    wb = openpyxl.load_workbook(EXAMPLE_XLSX)
    wb["项目"]["B2"] = "长" * 2_000
    target = tmp_path / "长.xlsx"
    wb.save(target)
    run = yusuan("validate", target, env={"YUSUAN_MAX_CELL_CHARS": "1000"})
    assert_refused(run, target)
    assert "表「项目」" in run.text and "B列" in run.text and "YUSUAN_MAX_CELL_CHARS" in run.text


@pytest.mark.slow
def test_a_long_line_in_a_published_text(tmp_path):
    lines = SEED_TEXT.read_text(encoding="utf-8").splitlines()
    seed = tmp_path / "长行.txt"
    seed.write_text("\n".join([*lines[:300], "很" * 150_000, *lines[300:]]), encoding="utf-8")
    run = yusuan("check", seed)
    assert_refused(run, seed)
    assert "第301行" in run.text and "YUSUAN_MAX_LINE_CHARS" in run.text
    run = yusuan("figures", seed, env={"YUSUAN_MAX_LINE_CHARS": "200000"})
    assert run.code == 0 and "851.14" in run.stdout, run.output


# -- reports -----------------------------------------------------------------------------------------
def _findings(rule: str, n: int, severity: Severity = Severity.ERROR) -> list[Finding]:
    return [Finding(rule, severity, f"第{i}处：[/]合计不符", Where(table="T5", row=f"{i}")) for i in range(n)]


def test_the_terminal_shows_twenty_findings_of_a_rule_and_counts_the_rest():
    findings = _findings("A101", 45) + _findings("T302", 3)
    shown = capped(findings, PER_RULE)
    assert len(shown) == PER_RULE + 3
    assert [more for _, more in shown if more] == [45 - PER_RULE]
    report = Report([FileResult("预算.pdf", findings)])
    text = render(report, "text")  # a report written to a file keeps everything
    assert text.count("合计不符") == 48
    from io import StringIO

    from rich.console import Console

    from yusuan.rules.report.terminal import print_report

    buffer = StringIO()
    print_report(report, Console(file=buffer, width=200, no_color=True))
    terminal = buffer.getvalue()
    assert terminal.count("合计不符") == PER_RULE + 3 and f"另有 {45 - PER_RULE} 条同类问题" in terminal
    assert "[/]合计不符" in terminal  # markup in a message is printed as written
    assert len(json.loads(render(report, "json"))["files"][0]["findings"]) == 48


@pytest.mark.slow
def test_validate_lists_fifty_problems_and_counts_the_rest(tmp_path):
    """300 rows of amounts that are not amounts: 50 lines and a count; --all lists them all."""
    wb = openpyxl.load_workbook(EXAMPLE_XLSX)
    ws = wb["项目"]
    header = {c.value: c.column for c in ws[1]}
    amount_col = next(col for name, col in header.items() if isinstance(name, str) and name.startswith("302"))
    for r in range(2, 302):
        ws.cell(r, 1, f"项目{r}")
        ws.cell(r, amount_col, "十二万")
    target = tmp_path / "多处问题.xlsx"
    wb.save(target)
    run = yusuan("validate", target)
    assert_refused(run, target)
    assert len(run.stderr.splitlines()) < 80 and "另有" in run.text and "--all" in run.text, run.output
    everything = yusuan("validate", target, "--all")
    assert everything.text.count("十二万") >= 300
    run = yusuan("check", target)
    assert run.code == 2 and len(run.output.splitlines()) < 120 and "另有" in run.text


def test_notices_are_counted_not_flooded(tmp_path):
    data = tmp_path / "全角.yaml"
    text = EXAMPLE_YAML.read_text(encoding="utf-8")
    full = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    data.write_text(text.split("basic_expenditure:")[0] + "basic_expenditure:" +
                    full.split("basic_expenditure:")[1], encoding="utf-8")
    run = yusuan("validate", data)
    assert "提示" in run.text
    assert len(run.output.splitlines()) < 80 or "另有" in run.text, run.output


@pytest.mark.slow
def test_a_document_with_too_much_text(tmp_path):
    """The issue's 16 MB text took 3.3 GB: refused from its size before it is read; a document
    whose text is found to be too much once read is refused before it is analysed."""
    import time

    big = tmp_path / "巨大.txt"
    seed = SEED_TEXT.read_bytes()
    big.write_bytes(seed * (16_000_000 // len(seed) + 1))
    start = time.monotonic()
    run = yusuan("check", big)
    assert_refused(run, big)
    assert "YUSUAN_MAX_DOCUMENT_CHARS" in run.text and time.monotonic() - start < 30
    run = yusuan("figures", SEED_TEXT, env={"YUSUAN_MAX_DOCUMENT_CHARS": "10000"})  # above its size / 4, below its text
    assert_refused(run, SEED_TEXT)
    assert "读到此处已超过上限" in run.text
