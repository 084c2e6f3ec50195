"""The readable terminal report (Rich): one table of findings per file, errors first."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from yusuan.rules.finding import Severity
from yusuan.rules.report import Report, summary_zh

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTICE: "cyan"}


def print_report(report: Report, console: Console) -> None:
    for result in report.files:
        console.rule(f"[bold]{escape(result.file)}[/]", align="left")
        if not result.readable:
            console.print("[bold red]无法读取[/]")
            for p in result.problems:
                console.print(f"  [red]✗[/] {escape(p)}")
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
        for f in result.findings:
            text = escape(f.message)
            if f.fix:
                text += f"\n[dim]→ {escape(f.fix)}[/]"
            table.add_row(f"[{STYLE[f.severity]}]{f.severity.zh}[/]", f.rule, escape(f.where.describe()), text)
        console.print(table)
    if len(report.files) > 1:
        console.rule()
        console.print(f"共 {len(report.files)} 个文件：{summary_zh(report.counts())}"
                      + (f"，{report.unreadable} 个无法读取" if report.unreadable else ""))


def render_text(report: Report, *, color: bool = False, width: int = 120) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False)
    print_report(report, console)
    return buffer.getvalue()
