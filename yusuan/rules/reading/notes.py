"""R801 content that could not be read, R802 repairs the reader made — from `Disclosure.reading_notes`."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import ReadingNote
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import get, rule

# Notes that record a repair or a publication's own small slip the reader worked around; everything
# else is content that was not read, which the user must look at.
REPAIRS = frozenset({"code.recovered", "row.realigned", "row.inconsistent", "statement.procurement_total",
                     # how the text was read: converted from traditional characters, a table known by
                     # its content, a column's unit converted
                     "text.traditional", "text.pinyin", "table.identified", "table.column_unit",
                     "row.total_label",
                     # a 表10 whose header words were lost, read in its template's column order
                     "table.header_assumed",
                     # a 表10 breakdown printed blank under an amount: not read as zeros
                     "table.breakdown_blank"})
# Notes about what a whole disclosure holds: nothing is missing from a part for want of them.
PART_SILENT = frozenset({"table.missing", "statement.missing"})


def _where(note: ReadingNote) -> Where:
    return Where().with_location(note.location)


@rule("R801", "content-not-read", Severity.WARNING,
      "公开文件的内容均已读取",
      "未能读取：{message}")
def content_not_read(ctx: Context) -> Iterator[Finding]:
    """A published document is only checked as far as it was read: a table drawn without ruling
    lines, an unrecognised table, an amount or code that could not be read, a statement the
    explanations do not contain. Each is reported here so that no part of the document passes
    unchecked in silence. Disclosures derived from budget data have no reading notes.

    Failing example: a PDF page whose 表3 has no ruling lines — "表3 部门支出总体情况表 没有可识别的表格线".
    """
    r = get("R801")
    for note in ctx.d.reading_notes:
        if note.code in PART_SILENT and not ctx.whole:
            continue  # a part of a disclosure does not miss the tables and statements it never holds (C409)
        if note.code not in REPAIRS:
            yield r.finding(_where(note), actual=note.code, fix="核对原文件该处内容", message=note.message)


@rule("R802", "content-repaired", Severity.NOTICE,
      "读取时修复的内容",
      "读取时修复：{message}")
def content_repaired(ctx: Context) -> Iterator[Finding]:
    """What the reader repaired to read a damaged text layer — a code recovered from its name ("21 0"
    with 卫生健康支出 → 210), a row whose cells had shifted put back by the table's own sums — is
    worth knowing when a finding concerns that row.

    Failing example: the seed's 表2 prints "21 0" for 210 卫生健康支出; the code is recovered and noted.
    """
    r = get("R802")
    for note in ctx.d.reading_notes:
        if note.code in REPAIRS:
            yield r.finding(_where(note), actual=note.code, message=note.message)
