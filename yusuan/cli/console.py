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


out = LazyConsole()
err = LazyConsole(stderr=True)

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
