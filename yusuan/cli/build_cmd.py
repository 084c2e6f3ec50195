"""`yusuan build` (owned by the build stage; registered in cli/main.py).

    yusuan build DATA -o DIR [--formats html,docx,pdf,xlsx,json] [--force]
    yusuan build FOLDER -o DIR     every data file of the folder, in parallel, with a progress bar
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from yusuan.cli.console import EXIT_INPUT, err, fail, out, print_lines
from yusuan.errors import InputError

DEFAULT_FORMATS = "html,docx,pdf,xlsx,json"


@dataclass
class Outcome:
    """What a worker reports back: a staged document, or why there is none."""

    source: Path
    staged: object | None = None  # yusuan.writers.build.Staged
    error: str | None = None
    lines: tuple[str, ...] = ()


def stage_file(source: Path, out_dir: Path, formats: list[str], force: bool) -> Outcome:
    """Worker: read one data file and render it into a staging folder (never raises)."""
    from yusuan.readers.budget_input import load_budget
    from yusuan.writers.build import BuildError, stage

    try:
        data = load_budget(source)
        staged = stage(data, out_dir, formats, stem=source.stem, force=force, source=str(source))
        return Outcome(source, staged=staged)
    except InputError as exc:
        return Outcome(source, error=f"无法读取 {source}：共 {len(exc.problems)} 处问题",
                       lines=tuple(str(p) for p in exc.problems))
    except BuildError as exc:
        return Outcome(source, error=exc.message, lines=tuple(exc.lines))
    # anything else is a bug: the worker logs it and reports it for this file (yusuan.cli.workers)


def _report(error: str, lines: tuple[str, ...] | list[str]) -> None:
    err.print(f"[bold red]{escape(error)}[/]")
    print_lines(lines)


def _data_files(folder: Path) -> list[Path]:
    """The folder's budget data files — not the JSON disclosures an earlier build wrote there."""
    from yusuan.readers.budget_input import is_budget_input
    from yusuan.writers.build import read_manifest

    built = read_manifest(folder)
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and is_budget_input(p) and not p.name.startswith((".", "~$")) and p.name not in built)


def _build_one(source: Path, output: Path, formats: list[str], force: bool) -> None:
    from yusuan.readers.budget_input import load_budget
    from yusuan.writers.build import BuildError, build

    try:
        data = load_budget(source)
    except InputError as exc:
        raise fail(exc) from None
    try:
        with err.status("正在生成……"):
            paths = build(data, output, formats, stem=source.stem, force=force, source=str(source))
    except BuildError as exc:
        _report(exc.message, exc.lines)
        raise typer.Exit(EXIT_INPUT) from None
    out.print(f"已生成 {len(paths)} 个文件 → {escape(str(output))}")
    for p in paths:
        out.print(f"  {escape(p.name)}")


def _build_folder(folder: Path, output: Path, formats: list[str], force: bool, jobs: int | None) -> None:
    from yusuan.cli.workers import Done, default_jobs, run_limited
    from yusuan.limits import limit
    from yusuan.notices import forward
    from yusuan.writers.build import BuildError, clean_stale_staging, commit, discard

    files = _data_files(folder)
    if not files:
        err.print(f"[bold red]文件夹 {escape(str(folder))} 中没有预算数据文件[/]（.xlsx、.yaml、.yml 或 .json）")
        raise typer.Exit(EXIT_INPUT)
    stems: dict[str, list[Path]] = {}
    for f in files:
        stems.setdefault(f.stem, []).append(f)
    clashes = [f"{stem}：{'、'.join(p.name for p in ps)}" for stem, ps in stems.items() if len(ps) > 1]
    if clashes:
        _report("以下数据文件同名（仅扩展名不同），输出会互相覆盖，请改名后再生成：", clashes)
        raise typer.Exit(EXIT_INPUT)
    output.mkdir(parents=True, exist_ok=True)
    clean_stale_staging(output)
    workers = default_jobs(len(files), jobs)
    built: list[Path] = []
    failed: list[Outcome] = []
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task(f"生成公开文件（{workers} 个进程）", total=len(files))

        def done(d: Done) -> None:
            forward(d.notices)
            outcome = d.value if d.error is None else Outcome(files[d.index], error=f"{files[d.index]}：{d.error}")
            if outcome.staged is not None:
                try:
                    commit(outcome.staged, output)  # type: ignore[arg-type]
                    built.append(outcome.source)
                except (BuildError, OSError) as exc:
                    discard(outcome.staged)  # type: ignore[arg-type]
                    failed.append(Outcome(outcome.source, error=f"{outcome.source}：{exc}"))
            else:
                failed.append(outcome)
            progress.advance(task)

        try:  # fresh interpreters: no fork under the progress bar's thread
            run_limited(stage_file, [(f, output, formats, force) for f in files], jobs=workers,
                        seconds=limit("document_seconds"), memory_mb=limit("document_memory_mb"), on_done=done,
                        start="spawn")
        finally:  # an interrupted build leaves no staging folder behind (its workers have ended)
            clean_stale_staging(output)
    for outcome in sorted(failed, key=lambda o: o.source):
        _report(outcome.error or "", outcome.lines)
    out.print(f"已生成 {len(built)} 份公开文件（每份 {len(formats)} 种格式）→ {escape(str(output))}"
              + (f"；{len(failed)} 份失败" if failed else ""))
    if failed:
        raise typer.Exit(EXIT_INPUT)


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the app."""

    @app.command("build")
    def build_command(
        source: Path = typer.Argument(..., help="预算数据文件（.xlsx/.yaml/.json），或包含多个数据文件的文件夹"),
        output: Path = typer.Option(..., "--output", "-o", help="输出文件夹（不存在则创建）"),
        formats: str = typer.Option(DEFAULT_FORMATS, "--formats", help="输出格式，逗号分隔：html、docx、pdf、xlsx、json"),
        force: bool = typer.Option(False, "--force", help="数据未通过检查时仍然生成"),
        jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="并行进程数（文件夹输入时；默认为 CPU 核数）"),
    ) -> None:
        """由预算数据生成完整的部门预算公开文件：HTML、Word、PDF、Excel 与 JSON。"""
        from yusuan.writers.build import BuildError, parse_formats

        try:
            chosen = parse_formats(formats)
        except BuildError as exc:
            _report(exc.message, exc.lines)
            raise typer.Exit(EXIT_INPUT) from None
        if not source.exists():
            err.print(f"[bold red]找不到[/] {escape(str(source))}：文件或文件夹不存在")
            raise typer.Exit(EXIT_INPUT)
        if output.exists() and not output.is_dir():
            err.print(f"[bold red]输出位置 {escape(str(output))} 是一个文件[/]，应为文件夹")
            raise typer.Exit(EXIT_INPUT)
        if source.is_dir():
            _build_folder(source, output, chosen, force, jobs)
        else:
            _build_one(source, output, chosen, force)
