"""The readable terminal report (Rich): one table of findings per file, errors first.

On the terminal, one rule shows at most `PER_RULE` findings per file and a count of the rest ("另有 N 条
同类问题"): a workbook of a million broken rows must not print a million lines. The JSON and HTML
reports, and a text report written with -o, keep every finding.
"""

from __future__ import annotations

import io
from collections import Counter

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from yusuan.rules.finding import Finding, Severity
from yusuan.rules.report import Report, summary_zh

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTICE: "cyan"}
PER_RULE = 20  # findings of one rule shown per file on the terminal
PROBLEMS = 50  # reasons a file could not be read, shown per file on the terminal


def capped(findings: list[Finding], per_rule: int | None) -> list[tuple[Finding, int]]:
    """The findings to show, each with how many of its rule are left out after it (0 for most)."""
    if per_rule is None:
        return [(f, 0) for f in findings]
    total = Counter(f.rule for f in findings)
    shown: Counter[str] = Counter()
    out: list[tuple[Finding, int]] = []
    for f in findings:
        shown[f.rule] += 1
        if shown[f.rule] < per_rule or (shown[f.rule] == per_rule and total[f.rule] == per_rule):
            out.append((f, 0))
        elif shown[f.rule] == per_rule:
            out.append((f, total[f.rule] - per_rule))
    return out


def print_report(report: Report, console: Console, *, per_rule: int | None = PER_RULE) -> None:
    for result in report.files:
        console.rule(f"[bold]{escape(result.file)}[/]", align="left")
        if not result.readable:
            console.print("[bold red]无法读取[/]")
            problems = result.problems if per_rule is None else result.problems[:PROBLEMS]
            for p in problems:
                console.print(f"  [red]✗[/] {escape(p)}")
            if len(problems) < len(result.problems):
                console.print(f"  [red]另有 {len(result.problems) - len(problems)} 处问题未列出[/]")
            continue
        console.print(escape(result.heading()))
        console.print(summary_zh(result.counts()))
        if not result.findings:
            console.print("[green]✓ 未发现问题[/]")
            continue
        table = Table(show_lines=True, expand=True)
        table.add_column("级别", no_wrap=True, width=4)
        table.add_column("规则", no_wrap=True, width=5)
        table.add_column("位置", ratio=2)
        table.add_column("说明", ratio=5)
        for f, more in capped(result.findings, per_rule):
            text = escape(f.message)
            if f.fix:
                text += f"\n[dim]→ {escape(f.fix)}[/]"
            table.add_row(f"[{STYLE[f.severity]}]{f.severity.zh}[/]", escape(f.rule), escape(f.where.describe()), text)
            if more:
                table.add_row("", escape(f.rule), "",
                              f"[{STYLE[f.severity]}]另有 {more} 条同类问题[/]（完整列表：--format json 或 -o 报告文件）")
        console.print(table)
    if len(report.files) > 1:
        console.rule()
        console.print(f"共 {len(report.files)} 个文件：{summary_zh(report.counts())}"
                      + (f"，{report.unreadable} 个无法读取" if report.unreadable else ""))


def render_text(report: Report, *, color: bool = False, width: int = 120) -> str:
    """The text report as a file: every finding."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False)
    print_report(report, console, per_rule=None)
    return buffer.getvalue()
