"""What extraction could not read or recognise, reported next to the disclosure it produced.

A reader never drops a value silently: a table whose columns cannot be aligned, a code that
cannot be recovered, a layout not yet supported — each becomes an `ExtractionFinding` with a
Chinese message and the place in the source where it happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yusuan.model.disclosure import Disclosure, Location


@dataclass(frozen=True)
class ExtractionFinding:
    code: str  # stable identifier, e.g. "table.unrecognized", "code.recovered"
    message: str  # Chinese, for the user
    location: Location | None = None

    def where(self) -> str:
        loc = self.location
        if loc is None:
            return ""
        parts = []
        if loc.sheet:
            parts.append(f"工作表“{loc.sheet}”")
        if loc.page is not None:
            parts.append(f"第{loc.page}页")
        if loc.line is not None:
            parts.append(f"第{loc.line}行")
        if loc.row is not None and loc.line is None:
            parts.append(f"第{loc.row}行")
        return "".join(parts)

    def __str__(self) -> str:
        place = self.where()
        return f"{place}：{self.message}" if place else self.message

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "message": self.message,
            "location": self.location.model_dump(exclude_none=True) if self.location else None,
        }


@dataclass
class ExtractResult:
    disclosure: Disclosure
    findings: list[ExtractionFinding] = field(default_factory=list)


class Findings(list):
    """A list of findings with a shorthand for adding one."""

    def add(self, code: str, message: str, location: Location | None = None) -> None:
        self.append(ExtractionFinding(code, message, location))


def file_problem(message: str, expected: str | None = None):
    """An InputError problem about the whole file (encrypted, corrupt, scanned …)."""
    from yusuan.errors import Problem

    return Problem((), message, expected, where="文件")
