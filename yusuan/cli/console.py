"""Terminal output shared by the commands: Rich consoles and the input-error report."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

from yusuan.errors import InputError

out = Console()
err = Console(stderr=True)

EXIT_INPUT = 2  # an input could not be read


def report_input_error(exc: InputError) -> None:
    err.print(f"[bold red]无法读取[/] {escape(exc.source)}：共 {len(exc.problems)} 处问题")
    for p in exc.problems:
        err.print(f"  [red]✗[/] {escape(str(p))}")


def fail(exc: InputError) -> typer.Exit:
    report_input_error(exc)
    return typer.Exit(EXIT_INPUT)


def refuse_overwrite(path, force: bool) -> None:
    """Users' files are never overwritten unless they say so."""
    if path.exists() and not force:
        err.print(f"[bold red]文件已存在：[/]{escape(str(path))}（不会覆盖；如确需覆盖请加 --force）")
        raise typer.Exit(EXIT_INPUT)
