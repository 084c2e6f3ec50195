"""`yusuan extract` (owned by the extract stage; registered in cli/main.py): published documents
(PDF, DOCX/DOC, XLSX/XLS, HTML, text, ZIP bundles) → structured data, many files in parallel with a progress bar."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import typer

from yusuan.writers.outputs import Product, UnknownFormat, choices_zh, parse_format, writer


@dataclass
class Outcome:
    file: str
    outputs: list[str] = field(default_factory=list)
    tables: int = 0
    findings: int = 0
    errors: list[str] = field(default_factory=list)  # the file could not be read or written


def extract_one(file: str, out_dir: str, fmt: str, as_data: bool, force: bool, next_year: bool = False) -> Outcome:
    """Extract one file and write its outputs (runs in a worker process)."""
    from yusuan.errors import InputError
    from yusuan.readers.published import extract_file
    from yusuan.writers.extraction import write_notes

    outcome = Outcome(file)
    path = Path(file)
    product = Product.DATA if as_data else Product.EXTRACTION
    target = Path(out_dir) / (path.stem + writer(product, fmt).suffix)
    findings_path = Path(out_dir) / (path.stem + ".findings.json")
    for p in (target, findings_path) if as_data else (target,):
        if p.exists() and not force:
            outcome.errors.append(f"文件已存在：{p}（不会覆盖；如确需覆盖请加 --force）")
            return outcome
    try:
        result = extract_file(path)
        outcome.tables, outcome.findings = len(result.disclosure.tables), len(result.findings)
        if as_data:
            from yusuan.readers.published.as_data import disclosure_to_data

            data, notes = disclosure_to_data(result.disclosure)
            if next_year:
                from yusuan.model.next_year import next_year as roll_forward

                data = roll_forward(data)
            writer(Product.DATA, fmt).write(data, target)
            write_notes(result.findings + list(notes), findings_path)
            outcome.findings += len(notes)
            outcome.outputs += [str(target), str(findings_path)]
        else:
            writer(Product.EXTRACTION, fmt).write(result, target)
            outcome.outputs.append(str(target))
    except InputError as exc:
        outcome.errors += [str(p) for p in exc.problems] or [str(exc)]
    except OSError as exc:
        from yusuan.cli.boundary import os_error_message

        outcome.errors.append(f"无法写出结果：{os_error_message(exc)}")
    return outcome


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        files: list[Path] = typer.Argument(..., help="公开文件（.pdf/.docx/.doc/.wps/.xlsx/.xls/.et/.html/.shtml/.txt/.zip 等），可多个"),
        output: Path = typer.Option(..., "--output", "-o", help="输出目录"),
        fmt: str = typer.Option("json", "--format", help=choices_zh(Product.EXTRACTION)),
        as_data: bool = typer.Option(False, "--as-data", help="转换为预算数据（可用于预填下一年度的工作簿）"),
        jobs: int = typer.Option(0, "--jobs", "-j", help="并行进程数（默认按 CPU 数）"),
        force: bool = typer.Option(False, "--force", help="覆盖已存在的文件"),
        next_year: bool = typer.Option(
            False, "--next-year", help="与 --as-data 同用：输出下一年度的起始数据（本年数作为上年预算数，年度加一）"
        ),
        timeout: float | None = typer.Option(None, "--timeout", min=0.01, help="每个文件的处理时间上限（秒，默认 300）"),
        max_memory: int | None = typer.Option(None, "--max-memory", min=64, help="处理每个文件时可增加的内存上限（MB，默认 2048）"),
    ) -> None:
        """从已公开的预算（决算）文件中提取表格、文字与主要数字，并列出无法识别之处。

        每个文件在单独的进程中处理，有时间和内存上限：一个异常文件不会影响其余文件。
        """
        from rich.markup import escape
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from yusuan.cli.console import EXIT_INPUT, err, out
        from yusuan.cli.workers import Done, default_jobs, run_limited
        from yusuan.limits import limit
        from yusuan.notices import forward

        try:
            export_format = parse_format(Product.EXTRACTION, fmt)
        except UnknownFormat:
            err.print(f"[red]不支持的格式 {escape(fmt)}[/]（应为 {choices_zh(Product.EXTRACTION)}）")
            raise typer.Exit(EXIT_INPUT) from None
        if next_year and not as_data:
            err.print("[red]--next-year 须与 --as-data 一起使用[/]")
            raise typer.Exit(EXIT_INPUT)
        missing = [f for f in files if not f.is_file()]
        for f in missing:
            what = "不是普通文件（文件夹、管道或设备）" if f.exists() else "文件不存在"
            err.print(f"[bold red]{what}：[/]{escape(str(f))}")
        todo = [f for f in files if f.is_file()]
        seconds = timeout or limit("document_seconds")
        memory = max_memory or limit("document_memory_mb")
        if output.exists() and not output.is_dir():
            err.print(f"[bold red]输出位置 {escape(str(output))} 是一个文件[/]，应为文件夹")
            raise typer.Exit(EXIT_INPUT)
        output.mkdir(parents=True, exist_ok=True)
        outcomes: list[Outcome] = []
        import yusuan.readers.published.assemble  # noqa: F401
        import yusuan.writers.extraction  # noqa: F401 - imported once: forked workers inherit it

        columns = (TextColumn("提取"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        args = [(str(f), str(output), export_format, as_data, force, next_year) for f in todo]
        with Progress(*columns, console=err.console, transient=True) as progress:
            task = progress.add_task("extract", total=len(todo))

            def done(d: Done) -> None:
                forward(d.notices)
                outcomes.append(d.value if d.error is None else Outcome(args[d.index][0], errors=[d.error]))
                progress.advance(task)

            if todo:
                run_limited(extract_one, args, jobs=default_jobs(len(todo), jobs), seconds=seconds, memory_mb=memory,
                            on_done=done)
        order = {str(f): i for i, f in enumerate(todo)}
        failed = len(missing)
        for o in sorted(outcomes, key=lambda o: order[o.file]):
            if o.errors:
                failed += 1
                err.print(f"[bold red]✗[/] {escape(o.file)}")
                for e in o.errors:
                    err.print(f"    [red]{escape(e)}[/]")
                continue
            note = f"，{o.findings} 处提取问题（见输出文件）" if o.findings else ""
            out.print(f"[green]✓[/] {escape(o.file)}：{o.tables} 张表{note} → {escape(', '.join(o.outputs))}")
        if failed:
            raise typer.Exit(EXIT_INPUT)
