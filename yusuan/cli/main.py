"""The `yusuan` command line. Each command is a thin shell: parse, call the core, print."""

from __future__ import annotations

from pathlib import Path

import typer

from yusuan.cli import build_cmd, catalog_cmd, check_cmd, extract_cmd, serve_cmd, store_cmd
from yusuan.cli.console import SHOWN, err, escape, fail, out, refuse_overwrite
from yusuan.errors import InputError

# Commands import what they need when they run, so the command line starts fast (`yusuan --help` in
# well under 0.15 s of CPU). Help is plain text: Rich-formatted help alone would cost more than that.
app = typer.Typer(
    help="预算（Yusuan）：部门预算公开的编制、检查与提取工具。",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(catalog_cmd.app, name="catalog")
for _stage in (build_cmd, check_cmd, extract_cmd, store_cmd, serve_cmd):
    _stage.register(app)


@app.command()
def figures(file: Path = typer.Argument(..., help="预算数据（.xlsx/.yaml/.json）或公开文件")) -> None:
    """以 JSON 输出公开文件的主要数字（金额为万元，两位小数；文件未列明的为 null）。

    表格未列明的数字取自说明文字（决算取决算数，不取年初预算数或上年数）；sources 逐项说明出处：表与行，或章节与句子。
    """
    import json

    from yusuan.model.figures import key_figures
    from yusuan.readers.disclosure_input import load_disclosure

    try:
        disclosure = load_disclosure(file)
    except InputError as exc:
        raise fail(exc) from None
    out.print_json(json.dumps(key_figures(disclosure), ensure_ascii=False))


@app.command()
def validate(
    files: list[Path] = typer.Argument(..., help="预算数据（.xlsx/.yaml/.json），可多个"),
    all_: bool = typer.Option(False, "--all", help="列出全部问题（默认每个文件最多列出 50 处）"),
) -> None:
    """检查预算数据能否读取：编码、数字、必填项、合计等，一次列出全部问题。"""
    from yusuan.cli.console import report_input_error
    from yusuan.readers.budget_input import load_budget

    failed = 0
    for file in files:
        try:
            load_budget(file)
            out.print(f"[green]✓[/] {escape(str(file))}")
        except InputError as exc:
            report_input_error(exc, shown=None if all_ else SHOWN)
            failed += 1
    if failed:
        raise typer.Exit(2)


@app.command()
def template(
    output: Path = typer.Option(..., "--output", "-o", help="要生成的工作簿（.xlsx）"),
    from_: Path | None = typer.Option(None, "--from", help="用已有预算数据预先填好"),
    year: int | None = typer.Option(None, "--year", help="预算年度（决定下拉列表用哪一版科目）"),
    force: bool = typer.Option(False, "--force", help="覆盖已存在的文件"),
) -> None:
    """生成供财务人员填写的 Excel 预算数据工作簿。"""
    from yusuan.readers.budget_input import load_budget
    from yusuan.writers.outputs import OutputFormat, Product, write

    refuse_overwrite(output, force)
    data = None
    if from_ is not None:
        try:
            data = load_budget(from_)
        except InputError as exc:
            raise fail(exc) from None
    write(Product.DATA, OutputFormat.XLSX, data, output, year=year)
    out.print(f"已生成工作簿 {escape(str(output))}")


@app.command()
def convert(
    file: Path = typer.Argument(..., help="预算数据（.xlsx/.yaml/.json）"),
    output: Path = typer.Option(..., "--output", "-o", help="输出文件（.yaml/.json/.xlsx）"),
    force: bool = typer.Option(False, "--force", help="覆盖已存在的文件"),
) -> None:
    """在工作簿、YAML 与 JSON 之间转换预算数据。"""
    from yusuan.readers.budget_input import load_budget
    from yusuan.writers.outputs import Product, for_suffix, suffixes_zh

    refuse_overwrite(output, force)
    try:
        data = load_budget(file)
    except InputError as exc:
        raise fail(exc) from None
    data_writer = for_suffix(Product.DATA, output.suffix)
    if data_writer is None:
        err.print(f"[red]不支持的输出类型 {escape(output.suffix)}[/]（应为 {suffixes_zh(Product.DATA)}）")
        raise typer.Exit(2)
    data_writer.write(data, output)
    out.print(f"已写出 {escape(str(output))}")


@app.command()
def schema(
    output: Path | None = typer.Option(None, "--output", "-o", help="写入文件（默认输出到终端）"),
    force: bool = typer.Option(False, "--force", help="覆盖已存在的文件"),
) -> None:
    """输出预算数据（YAML/JSON）格式的 JSON Schema。"""
    from yusuan.atomic import write_text_atomically
    from yusuan.model.schema import budget_schema_json

    text = budget_schema_json()
    if output is None:
        typer.echo(text)
    else:
        refuse_overwrite(output, force)
        write_text_atomically(output, text)
        out.print(f"已写出 {escape(str(output))}")


@app.command()
def synth(
    count: int = typer.Argument(..., min=1, help="生成的部门数"),
    output: Path = typer.Option(..., "--output", "-o", help="输出目录"),
    seed: int = typer.Option(0, "--seed", help="随机种子（相同种子生成相同数据）"),
    fmt: str = typer.Option("yaml", "--format", help="yaml 或 json"),  # synth.write.FORMATS
    documents: bool = typer.Option(False, "--documents", help="生成公开文件（而非预算数据），附 truth.csv 与 listing.csv"),
    formats: str = typer.Option("pdf,docx,xlsx,html,txt", "--formats", help="公开文件的格式（与 --documents 同用）"),
    faults: float = typer.Option(0.0, "--faults", min=0.0, max=1.0, help="注入单个错误的文件比例（0–1）"),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="并行进程数（与 --documents 同用）"),
) -> None:
    """生成内部一致的随机预算数据（或公开文件），供测试与性能评估使用。"""
    from rich.progress import Progress

    from yusuan.synth.write import FORMATS, write_synth

    if documents:
        batch_cmd.synth_documents(count, output, seed, formats, faults, jobs)
        return
    if fmt not in FORMATS:
        err.print(f"[red]不支持的格式 {escape(fmt)}[/]（应为 {' 或 '.join(FORMATS)}）")
        raise typer.Exit(2)
    if output.exists() and not output.is_dir():
        err.print(f"[bold red]输出位置 {escape(str(output))} 是一个文件[/]，应为文件夹")
        raise typer.Exit(2)
    output.mkdir(parents=True, exist_ok=True)
    with Progress(console=err.console, transient=True) as progress:
        task = progress.add_task("生成预算数据", total=count)
        try:
            paths = write_synth(count, output, seed, fmt, progress=lambda: progress.advance(task))
        except FileExistsError as exc:
            err.print(f"[bold red]文件已存在：[/]{escape(str(exc))}（不会覆盖）")
            raise typer.Exit(2) from None
    out.print(f"已生成 {len(paths)} 个预算数据文件 → {escape(str(output))}")


from yusuan.cli import batch_cmd  # noqa: E402 — the scale issue's commands: batch, export

batch_cmd.register(app)


def main() -> None:
    """The console script: every command behind one boundary (yusuan.cli.boundary)."""
    import sys

    from yusuan.cli.boundary import guarded

    sys.unraisablehook = lambda unraisable: None  # echoes of a failure already reported (see guarded)
    sys.exit(guarded(app))


if __name__ == "__main__":
    main()
