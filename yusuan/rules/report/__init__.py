"""Reports of a check run: the terminal (Rich), JSON (docs/findings.schema.json) and standalone HTML.

A `Report` holds one `FileResult` per input: the findings of a readable file, or the problems that
kept it from being read. Writers are pure functions from a report to text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yusuan.errors import InputError
from yusuan.model.disclosure import Disclosure
from yusuan.model.profile import DocumentProfile
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.runner import count

FORMATS = ("text", "json", "html")


@dataclass
class FileResult:
    file: str
    findings: list[Finding] = field(default_factory=list)
    department: str | None = None
    year: int | None = None
    problems: list[str] = field(default_factory=list)  # why the file could not be read
    profile: DocumentProfile | None = None  # what the document is (kind, scope, extent, layout)

    @property
    def readable(self) -> bool:
        return not self.problems

    @classmethod
    def of(cls, file: str, disclosure: Disclosure, findings: list[Finding]) -> FileResult:
        return cls(file, findings, disclosure.department, disclosure.year, profile=disclosure.profile)

    @classmethod
    def unreadable(cls, file: str, error: InputError) -> FileResult:
        return cls(file, problems=[str(p) for p in error.problems] or [str(error)])

    def counts(self) -> dict[Severity, int]:
        return count(self.findings)

    def heading(self) -> str:
        """"上海市普陀区财政局 2024 年决算 · 部门 · 完整公开文件 · 决算版式"."""
        head = f"{self.department or ''} {self.year or ''} 年".strip()
        return f"{head}{self.profile.label()}" if self.profile is not None else head


@dataclass
class Report:
    files: list[FileResult] = field(default_factory=list)

    def counts(self) -> dict[Severity, int]:
        return count(f for r in self.files for f in r.findings)

    @property
    def unreadable(self) -> int:
        return sum(1 for r in self.files if not r.readable)

    @property
    def exit_code(self) -> int:
        """0 no errors, 1 errors found, 2 an input could not be read."""
        if self.unreadable:
            return 2
        return 1 if self.counts()[Severity.ERROR] else 0


def render(report: Report, fmt: str, *, color: bool = False, width: int = 120) -> str:
    if fmt == "json":
        from yusuan.rules.report.json_report import render_json

        return render_json(report)
    if fmt == "html":
        from yusuan.rules.report.html_report import render_html

        return render_html(report)
    if fmt == "text":
        from yusuan.rules.report.terminal import render_text

        return render_text(report, color=color, width=width)
    raise ValueError(f"unknown format {fmt!r}")


def summary_zh(counts: dict[Severity, int]) -> str:
    return f"{counts[Severity.ERROR]} 个错误、{counts[Severity.WARNING]} 个警告、{counts[Severity.NOTICE]} 个提示"
