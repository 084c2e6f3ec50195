"""Terminal output shared by the commands: Rich consoles and the input-error report."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

from yusuan.errors import InputError

# No emoji codes: a path such as "a:smile:b" is printed as written (markup is escaped where printed).
out = Console(emoji=False)
err = Console(stderr=True, emoji=False)

EXIT_INPUT = 2  # an input could not be read
SHOWN = 50  # problems listed per file before "另有 N 处问题未列出"


def print_lines(lines, style: str = "red", mark: str = "✗", shown: int | None = SHOWN, hint: str = "") -> None:
    """One line per problem, at most `shown` of them and a count of the rest."""
    lines = list(lines)
    for line in lines if shown is None else lines[:shown]:
        err.print(f"  [{style}]{mark}[/] {escape(str(line))}")
    if shown is not None and len(lines) > shown:
        err.print(f"  [{style}]另有 {len(lines) - shown} 处未列出{hint}[/]")


def report_input_error(exc: InputError, shown: int | None = SHOWN) -> None:
    err.print(f"[bold red]无法读取[/] {escape(exc.source)}：共 {len(exc.problems)} 处问题")
    print_lines(exc.problems, shown=shown, hint="（yusuan validate --all 列出全部）")


def fail(exc: InputError) -> typer.Exit:
    report_input_error(exc)
    return typer.Exit(EXIT_INPUT)


def refuse_overwrite(path, force: bool) -> None:
    """Users' files are never overwritten unless they say so (and a folder never is)."""
    if path.is_dir():
        err.print(f"[bold red]输出位置是一个文件夹：[/]{escape(str(path))}（应为文件路径，如 {escape(str(path / '报告.json'))}）")
        raise typer.Exit(EXIT_INPUT)
    if path.exists() and not force:
        err.print(f"[bold red]文件已存在：[/]{escape(str(path))}（不会覆盖；如确需覆盖请加 --force）")
        raise typer.Exit(EXIT_INPUT)
