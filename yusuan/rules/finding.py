"""Findings: what a rule reports — rule id, severity, a Chinese message, where, expected/actual, a fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from yusuan.model.disclosure import Location, TableId
from yusuan.model.layouts import TABLE_TITLES
from yusuan.model.location_text import location_parts
from yusuan.model.sections import SECTION_SPEC


class Severity(StrEnum):
    """error: the document contradicts itself or the rules; warning: probably wrong, verify;
    notice: worth knowing (rounding, nearest catalogue edition), nothing to fix."""

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "notice": 2}[self.value]

    @property
    def zh(self) -> str:
        return {"error": "错误", "warning": "警告", "notice": "提示"}[self.value]


@dataclass(frozen=True, slots=True)
class Where:
    """Where a finding stands: a table and row (and column), or a section and sentence.

    `page`, `line` and `file` come from the `Location` the reader attached to the row, table or
    paragraph (see `yusuan.model.disclosure.Location`), when it knows them.
    """

    table: str | None = None  # canonical id (T5) or the printed title of an unmapped table
    row: str | None = None  # the row's code and label as printed, or a project name
    column: str | None = None  # column label as printed
    section: str | None = None  # section key (3.2, 3.11.4 …)
    paragraph: int | None = None  # index of the paragraph in its section
    sentence: str | None = None  # the sentence the claim stands in, as printed
    project: str | None = None  # a performance-target table's project
    page: int | None = None
    line: int | None = None
    file: str | None = None

    def with_location(self, loc: Location | None) -> Where:
        if loc is None:
            return self
        return Where(self.table, self.row, self.column, self.section, self.paragraph, self.sentence, self.project,
                     loc.page if loc.page is not None else self.page,
                     loc.line if loc.line is not None else self.line,
                     loc.file or self.file)

    def describe(self) -> str:
        """Chinese, one line: 表5 一般公共预算支出情况表 · 201 一般公共服务支出 · 基本支出 · 第3页."""
        parts: list[str] = []
        if self.table:
            title = TABLE_TITLES.get(TableId(self.table)) if self.table in TableId.__members__ else None
            parts.append(f"表{self.table[1:]} {title}" if title else self.table)
        if self.row:
            parts.append(self.row)
        if self.column:
            parts.append(self.column)
        if self.section:
            spec = SECTION_SPEC.get(self.section)
            if spec is None and "." in self.section and (parent := SECTION_SPEC.get(self.section.rsplit(".", 1)[0])):
                sub = "（" + "一二三四五六七八九十"[int(self.section.rsplit(".", 1)[1]) - 1] + "）" \
                    if self.section.rsplit(".", 1)[1].isdigit() and 0 < int(self.section.rsplit(".", 1)[1]) <= 10 else ""
                parts.append(_section_name(self.section.rsplit(".", 1)[0], parent.heading) + sub)
            else:
                parts.append(_section_name(self.section, spec.heading if spec else None))
        if self.project:
            parts.append(f"项目“{self.project}”")
        if self.sentence:
            text = self.sentence if len(self.sentence) <= 80 else self.sentence[:78] + "…"
            parts.append(f"“{text}”")
        parts += location_parts(page=self.page, line=self.line)
        return " · ".join(parts) or "全文"

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k in self.__slots__ if (v := getattr(self, k)) is not None}


def _section_name(key: str, heading: str | None) -> str:
    if heading is None:
        return f"说明 {key}"
    part = {"1": "第一部分", "3": "第三部分", "4": "第四部分"}.get(key.split(".")[0], "")
    head = heading.replace("{dept}", "").replace("{year}年", "").replace("关于", "")
    if key.count(".") == 2 and (parent := SECTION_SPEC.get(key.rsplit(".", 1)[0])) is not None:
        head = parent.heading.split("、")[0] + head  # 十一（四）预算绩效情况
    return f"{part} {head}".strip()


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    where: Where = field(default_factory=Where)
    expected: str | None = None
    actual: str | None = None
    fix: str | None = None
    origin: str | None = None  # A100 only: the rule whose identity was off by rounding
    source: str | None = None  # the checked file (set by the runner)

    def key(self) -> tuple:
        """Identity of a finding across runs (for comparing a mutant with its clean original)."""
        return (self.rule, self.where.table, self.where.row, self.where.column, self.where.section,
                self.where.project, self.message)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule, "severity": self.severity.value, "message": self.message,
                               "where": self.where.to_dict(), "location": self.where.describe()}
        for name in ("expected", "actual", "fix", "origin", "source"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out
