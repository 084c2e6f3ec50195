"""Terminal output shared by the commands: Rich consoles and the input-error report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from yusuan.errors import InputError


class LazyConsole:
    """A Rich Console made when something is first printed: importing Rich is a good part of what
    `yusuan --help` would otherwise spend starting up. `.console` is the Console itself."""

    def __init__(self, **options: Any):
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_console", None)

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            object.__setattr__(self, "_console", Console(**self._options))
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.console, name, value)


def escape(text: str) -> str:
    """Rich markup escaped (rich.markup.escape, imported when first needed)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


# No emoji codes: a path such as "a:smile:b" is printed as written (markup is escaped where printed).
out = LazyConsole(emoji=False)
err = LazyConsole(stderr=True, emoji=False)

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
