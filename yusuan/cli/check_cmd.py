"""`yusuan check` and `yusuan rules` (the check stage; registered in cli/main.py)."""

from __future__ import annotations

from pathlib import Path

import typer

from yusuan.cli.console import EXIT_INPUT, err, escape, out, refuse_overwrite
from yusuan.writers.outputs import Product, UnknownFormat, choices_zh, parse_format, writer


def check_one(file: str, select: str | None, ignore: str | None):
    """Read and check one file (in a worker process): its FileResult, readable or not."""
    from yusuan.catalog.catalog import default_catalog
    from yusuan.errors import InputError
    from yusuan.readers.disclosure_input import load_disclosure
    from yusuan.rules.report import FileResult
    from yusuan.rules.runner import Selection
    from yusuan.rules.runner import check as run_check

    catalog = default_catalog()
    try:
        disclosure = load_disclosure(Path(file), catalog)
    except InputError as exc:
        return FileResult.unreadable(file, exc)
    return FileResult.of(file, disclosure, run_check(disclosure, catalog, Selection.of(select, ignore)))


def check(
    files: list[Path] = typer.Argument(..., help="预算数据（.xlsx/.yaml/.json）或公开文件（.pdf/.docx/.doc/.wps/.xlsx/.xls/.et/.html/.shtml/.txt/.zip 等），可多个"),
    fmt: str = typer.Option("text", "--format", "-f", help=f"报告格式：{choices_zh(Product.REPORT, notes=True)}"),
    output: Path | None = typer.Option(None, "--output", "-o", help="把报告写入文件（默认输出到终端）"),
    select: str | None = typer.Option(None, "--select", help="只运行这些规则：编号或前缀，逗号分隔，如 A,X2,T301"),
    ignore: str | None = typer.Option(None, "--ignore", help="不运行这些规则：编号或前缀，逗号分隔"),
    force: bool = typer.Option(False, "--force", help="覆盖已存在的报告文件"),
    annotate: Path | None = typer.Option(None, "--annotate", help="（PDF）另存一份 PDF：每个问题在原文处高亮并附说明"),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="并行进程数（默认按 CPU 数）"),
    timeout: float | None = typer.Option(None, "--timeout", min=0.01, help="每个文件的处理时间上限（秒，默认 300）"),
    max_memory: int | None = typer.Option(None, "--max-memory", min=64, help="处理每个文件时可增加的内存上限（MB，默认 2048）"),
) -> None:
    """按规则目录检查公开文件：表内运算、表间勾稽、文字与表格、完整性、科目、绩效目标、合理性。

    每个文件在单独的进程中处理，有时间和内存上限：一个异常文件不会影响其余文件。
    退出码：0 没有错误；1 发现错误；2 有文件无法读取。
    """
    from yusuan.catalog.catalog import default_catalog
    from yusuan.cli.workers import Done, default_jobs, run_limited
    from yusuan.limits import limit
    from yusuan.notices import forward
    from yusuan.rules.report import FileResult, Report
    from yusuan.rules.report.terminal import print_report
    from yusuan.rules.runner import Selection
    from yusuan.writers.outputs import OutputFormat

    try:
        report_format = parse_format(Product.REPORT, fmt)
    except UnknownFormat:
        err.print(f"[red]不支持的报告格式 {escape(fmt)}[/]（应为 {choices_zh(Product.REPORT)}）")
        raise typer.Exit(EXIT_INPUT) from None
    selection = Selection.of(select, ignore)
    if unknown := selection.unknown():
        err.print(f"[red]没有这样的规则：{escape('、'.join(unknown))}[/]（yusuan rules 列出全部规则）")
        raise typer.Exit(EXIT_INPUT)
    if output is not None:
        refuse_overwrite(output, force)
    if annotate is not None:
        if len(files) != 1 or files[0].suffix.lower() != ".pdf":
            err.print("[red]--annotate 只用于检查一个 PDF 文件[/]")
            raise typer.Exit(EXIT_INPUT)
        refuse_overwrite(annotate, force)
    seconds = timeout or limit("document_seconds")
    memory = max_memory or limit("document_memory_mb")
    default_catalog()  # loaded once, before the workers start: forked, they inherit it and the modules below
    import yusuan.readers.disclosure_input  # noqa: F401
    import yusuan.readers.published.assemble  # noqa: F401
    results: list[FileResult | None] = [None] * len(files)

    def done(d: Done) -> None:
        forward(d.notices)
        results[d.index] = d.value if d.error is None else FileResult(str(files[d.index]), problems=[d.error])

    run_limited(check_one, [(str(f), select, ignore) for f in files], jobs=default_jobs(len(files), jobs),
                seconds=seconds, memory_mb=memory, on_done=done)
    report = Report([r for r in results if r is not None])
    if annotate is not None and report.files[0].readable:
        from yusuan.annotate import annotate_pdf
        from yusuan.pipeline import finding_rows

        marks, notes = annotate_pdf(files[0], finding_rows(report.files[0].findings), annotate)
        err.print(f"已写出 {escape(str(annotate))}：{marks} 处高亮，{notes} 条未能定位的问题作为页面批注")
    if output is not None:
        writer(Product.REPORT, report_format).write(report, output)
        out.print(f"已写出 {escape(str(output))}")
    elif report_format == OutputFormat.TEXT:
        print_report(report, out)  # the terminal's own: colours, and long runs of one rule capped
    else:
        typer.echo(writer(Product.REPORT, report_format).render(report), nl=False)
    raise typer.Exit(report.exit_code)


def rules(
    rule_id: str | None = typer.Argument(None, help="规则编号（如 T302）；省略则列出全部规则"),
    markdown: bool = typer.Option(False, "--markdown", help="以 Markdown 输出完整的规则目录（即 docs/rules.md）"),
) -> None:
    """列出检查规则目录，或说明一条规则。"""
    from yusuan.rules.registry import FAMILIES, catalogue, find

    if markdown:
        from yusuan.rules.docs import render_markdown

        typer.echo(render_markdown(), nl=False)
        return
    if rule_id is None:
        from rich.table import Table

        table = Table(show_lines=False)
        for col in ("编号", "级别", "类别", "检查内容", "名称"):
            table.add_column(col)
        for r in catalogue():
            table.add_row(r.id, r.severity.zh, FAMILIES[r.id[0]], escape(r.title), r.name)
        out.print(table)
        out.print(f"共 {len(catalogue())} 条规则（X290、X291 比对同一部门的两份文件，在 yusuan import 后运行）。yusuan rules 编号 查看说明；yusuan check --select/--ignore 选择规则。")
        return
    r = find(rule_id)
    if r is None:
        err.print(f"[red]没有规则 {escape(rule_id)}[/]（yusuan rules 列出全部规则）")
        raise typer.Exit(EXIT_INPUT)
    out.print(f"[bold]{r.id}[/] {escape(r.title)}")
    out.print(f"名称：{r.name}    级别：{r.severity.zh}（{r.severity.value}）    类别：{r.family}")
    out.print(f"消息：{escape(r.message)}")
    body, example = r.explanation_parts()
    if body:
        out.print()
        out.print("[bold]说明[/]")
        out.print(escape(body))
    if example:
        out.print()
        out.print("[bold]错误示例[/]")
        out.print(escape(example))
    if r.doc:
        out.print()
        out.print("[bold]开发者说明（英文）[/]")
        out.print(escape(r.doc), soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add `check` and `rules` to the app."""
    app.command("check")(check)
    app.command("rules")(rules)
