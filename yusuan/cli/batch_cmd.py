"""`yusuan batch` and `yusuan export` (the scale issue; registered in cli/main.py): many published
documents → one Parquet dataset with a summary; the dataset → CSV, Parquet or a Fiscal Data Package."""

from __future__ import annotations

from pathlib import Path

import typer

from yusuan.cli.console import EXIT_INPUT, err, escape, fail, out
from yusuan.errors import InputError


class BarProgress:
    """The batch's progress as a Rich bar: count, rate and time remaining."""

    def __init__(self, progress):
        self.progress = progress
        self.task = None

    def start(self, phase: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, visible=False)
        self.task = self.progress.add_task(phase, total=total)

    def advance(self, count: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, count)


def progress_bar():
    # Rich is imported when a batch runs: `yusuan --help` starts without it.
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("—" if speed is None else f"{speed:.2f} 份/秒", style="progress.data.speed")

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                    TimeElapsedColumn(), TextColumn("剩余"), TimeRemainingColumn(), console=err.console,
                    transient=True)


def _is_foreign(folder: Path) -> bool:
    """A non-empty folder that no batch wrote: never written into (its files are not ours to tidy)."""
    return folder.is_dir() and any(folder.iterdir()) and not (folder / "_manifest").is_dir()


def batch_command(
    inputs: list[str] = typer.Argument(..., help="文件夹、公开文件或 CSV 清单（列：path[,government,department,year]），可多个"),
    output: Path = typer.Option(..., "--output", "-o", help="输出文件夹（Parquet 数据集）；再次运行只处理缺少的文件"),
    jobs: int = typer.Option(0, "--jobs", "-j", help="工作进程数（默认：CPU 核数）"),
    engine: str = typer.Option("local", "--engine", help="local（本机进程池）或 spark（Apache Spark）"),
    master: str = typer.Option("local[*]", "--master", help="Spark 主节点：local[*]、spark://主机:端口 或 yarn"),
    timeout: float | None = typer.Option(None, "--timeout", help="每个文件的处理时限（秒，0 为不限；默认同 check：环境变量 YUSUAN_MAX_SECONDS 或 300）"),
    memory: int | None = typer.Option(None, "--memory", "--max-memory", help="处理每个文件可增加的内存（MB，0 为不限；默认同 check：环境变量 YUSUAN_MAX_MEMORY_MB 或 2048）"),
    chunk: int = typer.Option(200, "--chunk", min=1, help="每批提交的文件数（中断时最多重做一批）"),
    rules_changed: bool = typer.Option(False, "--rules-changed", help="规则已更新：只重新检查，不重新读取"),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="重新处理以前失败的文件"),
    rollup: bool = typer.Option(False, "--rollup", help="同时计算单位→部门→政府的汇总"),
) -> None:
    """批量读取并检查公开文件，输出 Parquet 数据集（按年度和类型分区）与汇总（JSON、HTML）。"""
    from yusuan.batch.local import default_jobs
    from yusuan.batch.manifest import Busy
    from yusuan.batch.runner import Options, run_batch
    from yusuan.batch.summary import write_summary
    from yusuan.limits import limit

    if engine not in ("local", "spark"):
        err.print(f"[red]不支持的引擎 {escape(engine)}[/]（应为 local 或 spark）")
        raise typer.Exit(EXIT_INPUT)
    if _is_foreign(output):
        err.print(f"[bold red]输出文件夹 {escape(str(output))} 不是空的，也不是 yusuan batch 的输出[/]，不会写入")
        raise typer.Exit(EXIT_INPUT)
    try:
        seconds = float(limit("document_seconds")) if timeout is None else timeout or None
        memory_mb = limit("document_memory_mb") if memory is None else memory or None
        options = Options(jobs=jobs or default_jobs(), seconds=seconds, memory_mb=memory_mb,
                          chunk_docs=chunk, rules_changed=rules_changed, retry_failed=retry_failed, engine=engine,
                          master=master)
        with progress_bar() as bar:
            report = run_batch(inputs, output, options, BarProgress(bar))
    except InputError as exc:
        raise fail(exc) from None
    except Busy:
        err.print(f"[bold red]另一个批处理正在写入 {escape(str(output))}[/]，请等它结束")
        raise typer.Exit(EXIT_INPUT) from None
    if report.interrupted:
        err.print(f"[bold red]已中断[/]：已完成的 {report.processed} 份已保存；再次运行同一命令即可继续")
        raise typer.Exit(130)
    summary = write_summary(output)
    if rollup:
        from yusuan.batch.rollup import write_rollups

        write_rollups(output)
    d, f = summary["documents"], summary["findings"]["by_severity"]
    out.print(f"本次处理 {report.processed} 份（失败 {report.failed}），此前已完成 {report.done_before} 份，"
              f"重复内容 {report.duplicates} 份，内容已变的 {report.retired} 份已重做，用时 {report.seconds} 秒")
    if report.rechecked:
        out.print(f"已按新规则重新检查 {report.rechecked} 份")
    if report.rules_stale:
        out.print(f"[yellow]规则已更新[/]：{report.rules_stale} 批结果是按旧规则检查的，可加 --rules-changed 重新检查")
    out.print(f"数据集共 {d['total']} 份文件（已读取 {d['ok']}，失败 {d['failed']}）；"
              f"错误 {f['error']}，警告 {f['warning']}，提示 {f['notice']} → {output}")
    for path, reason in report.failures[:20]:
        err.print(f"  [red]✗[/] {escape(path)}：{escape(reason)}")
    if len(report.failures) > 20:
        err.print(f"  ……另有 {len(report.failures) - 20} 份失败，见 {output / 'summary.html'}")


def export_command(
    sources: list[str] = typer.Argument(..., help="yusuan batch 的输出文件夹，或公开文件、文件夹、CSV 清单"),
    output: Path = typer.Option(..., "--output", "-o", help="输出文件夹"),
    fmt: str = typer.Option("csv", "--format", help="csv、parquet 或 fdp（Fiscal Data Package）"),
    jobs: int = typer.Option(0, "--jobs", "-j", help="读取公开文件时的工作进程数（默认：CPU 核数）"),
) -> None:
    """把批处理数据集导出为开放数据：CSV、Parquet 或财政数据包（datapackage.json）。"""
    from yusuan.batch.export import FORMATS, export_fdp, export_tables, validate_fdp

    if fmt not in FORMATS:
        err.print(f"[red]不支持的格式 {escape(fmt)}[/]（应为 csv、parquet 或 fdp）")
        raise typer.Exit(EXIT_INPUT)
    if len(sources) == 1 and (Path(sources[0]) / "_manifest").is_dir():
        dataset = Path(sources[0])
    else:  # documents: read and check them into OUT/dataset first (resumable, like yusuan batch)
        dataset = output / "dataset"
        batch_command(sources, dataset, jobs, "local", "local[*]", 300, 3072, 200, False, False, False)
    if fmt == "fdp":
        path = export_fdp(dataset, output)
        problems = validate_fdp(path)
        if problems:
            err.print("[bold red]财政数据包未通过校验[/]：")
            for p in problems[:20]:
                err.print(f"  [red]✗[/] {escape(p)}")
            raise typer.Exit(1)
        out.print(f"已写出财政数据包 {path}（已通过 frictionless 校验）")
    else:
        written = export_tables(dataset, output, fmt)
        out.print(f"已写出 {len(written)} 个表 → {output}")


def register(app: typer.Typer) -> None:
    app.command("batch")(batch_command)
    app.command("export")(export_command)


def synth_documents(count: int, output: Path, seed: int, formats: str, faults: float, jobs: int) -> None:
    """`yusuan synth N --documents`: published documents with injected faults and a truth file."""
    from rich.progress import Progress as Bar

    from yusuan.synth.documents import parse_formats, write_documents

    try:
        chosen = parse_formats(formats)
    except ValueError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(EXIT_INPUT) from None
    with Bar(console=err.console, transient=True) as bar:
        task = bar.add_task("生成公开文件", total=count)
        try:
            truths = write_documents(count, output, seed, chosen, faults, jobs=jobs,
                                     progress=lambda: bar.advance(task))
        except FileExistsError as exc:
            err.print(f"[bold red]文件已存在：[/]{escape(str(exc))}（不会覆盖）")
            raise typer.Exit(EXIT_INPUT) from None
    faulty = sum(t.faulty for t in truths)
    out.print(f"已生成 {len(truths)} 份公开文件（其中 {faulty} 份注入了错误）→ {output}（truth.csv、listing.csv）")
