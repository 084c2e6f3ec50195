"""Notices: what a reader changed in a user's data on purpose, so that nothing changes silently.

A reader that converts what a user typed — full-width digits "１２３" read as 123 — calls `notice`;
the command line collects the notices of a run (`collecting`) and prints them. Outside a
collection, notices go nowhere (library use and tests see the converted data only).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    source: str  # the file
    where: str  # the place in it (sheet/row/column, YAML path and line)
    message: str

    def __str__(self) -> str:
        return f"{self.source}：{self.where}：{self.message}" if self.where else f"{self.source}：{self.message}"


_sink: ContextVar[list[Notice] | None] = ContextVar("yusuan_notices", default=None)


def notice(source: str, where: str, message: str) -> None:
    sink = _sink.get()
    if sink is not None:
        sink.append(Notice(source, where, message))


def forward(notices: Iterable[Notice]) -> None:
    """Notices collected elsewhere (a worker process) into the current collection."""
    sink = _sink.get()
    if sink is not None:
        sink.extend(notices)


@contextmanager
def collecting() -> Iterator[list[Notice]]:
    notes: list[Notice] = []
    token = _sink.set(notes)
    try:
        yield notes
    finally:
        _sink.reset(token)
