"""What extraction could not read or recognise, reported next to the disclosure it produced.

A reader never drops a value silently: a table whose columns cannot be aligned, a code that
cannot be recovered, a layout not yet supported — each becomes a `ReadingNote` (the model's one note
type) with a Chinese message and the place in the source where it happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yusuan.model.disclosure import Disclosure, Location, ReadingNote


@dataclass
class ExtractResult:
    disclosure: Disclosure
    findings: list[ReadingNote] = field(default_factory=list)


class Findings(list):
    """A list of findings with a shorthand for adding one."""

    def add(self, code: str, message: str, location: Location | None = None) -> None:
        self.append(ReadingNote(code=code, message=message, location=location))


def file_problem(message: str, expected: str | None = None):
    """An InputError problem about the whole file (encrypted, corrupt, scanned …)."""
    from yusuan.errors import Problem

    return Problem((), message, expected, where="文件")
