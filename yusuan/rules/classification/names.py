"""K504 a name that belongs to another code, K505 a name that fits no known name of its code."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.catalog.catalog import Entry, parent_code
from yusuan.model.disclosure import Row
from yusuan.rules.classification.common import coded, fits
from yusuan.rules.common import at, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import TableView


def _misnamed(ctx: Context) -> list[tuple[TableView, Row, str, str, list[Entry]]]:
    """Rows of a known code whose printed name fits none of its names, with the other codes of the
    same level that bear that name (K504 when there are some, K505 when there are none). Found once per
    check: both rules ask."""
    cached = ctx.__dict__.get("_misnamed")
    if cached is None:
        cached = ctx.__dict__["_misnamed"] = list(_find_misnamed(ctx))
    return cached


def _find_misnamed(ctx: Context) -> Iterator[tuple[TableView, Row, str, str, list[Entry]]]:
    found, knows = coded(ctx), ctx.catalog.knows
    misfits = {(code, label) for code, label in found.names if label and knows(code) and not fits(ctx, code, label)}
    if not misfits:
        return  # the common case: every printed name fits its code
    for view, row, scheme, code in found.in_scheme:
        label = row.label
        if (code, label) not in misfits:
            continue
        level = {3: "类", 5: "款", 7: "项"}.get(len(code))
        others = [e for e in ctx.catalog.by_name(label, scheme=scheme, level=level, fuzzy=False) if e.code != code]
        yield view, row, code, label, others


@rule("K504", "name-of-other-code", Severity.ERROR,
      "科目名称不属于另一编码（编码错位）",
      "{table}中编码 {code} 的名称印为“{label}”，这是编码 {other} 的名称（{code} 应为“{name}”）",
      explanation="印出的科目名称不是该编码的名称，却恰好是同级另一编码（优先为同一上级下的科目）的名称：编码或名称有误（编码错行、"
      "项的编号打错）。名称经规范化后比较，容许各版本之间的更名和因栏宽截短的名称。"
      "\n错误示例：表5 印 2010150 行政运行；行政运行的编码是 2010101，2010150 是事业运行。")
def name_of_other_code(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A printed name that is not a name of its code but is exactly the name of another code of the same
    level — a sibling first — means the code or the name is wrong (codes shifted by a row, a 项 typed
    with the wrong number). Names are compared after normalisation, tolerating the renames between
    editions and names cut short by the column.

    Failing example: 表5 prints 2010150 行政运行; 行政运行 is 2010101, 2010150 is 事业运行.
    """
    for view, row, code, label, others in _misnamed(ctx):
        if not others:
            continue
        sibling = [e for e in others if e.parent == parent_code(code)]
        other = (sibling or others)[0]
        yield rule.finding(at(view, row), expected=ctx.catalog.name_of(code, ctx.year) or "", actual=label,
                        fix=f"核对编码（“{label}”的编码为 {other.code}）或名称", table=tname(view), code=code,
                        label=label, other=other.code, name=ctx.catalog.name_of(code, ctx.year) or "")


@rule("K505", "name-mismatch", Severity.WARNING,
      "科目名称与编码相符",
      "{table}中编码 {code} 的名称印为“{label}”，目录中为“{name}”",
      explanation="印出的科目名称与该编码历来的任何名称（任一版本，或实际文件中见过的写法）都不符，也不是其他编码的名称："
      "报警告——可能是目录未收录的地方写法，也可能是笔误。名称经规范化后比较。"
      "\n错误示例：表4 印 234 抗疫特别国债还本支出；类 234 的名称是抗疫特别国债安排的支出。")
def name_mismatch(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A printed name that fits none of the names its code has had (in any edition, or as a variant seen
    in real documents) and is not another code's name either: a warning — it may be a local variant the
    catalogue lacks, or a typo.

    Failing example: 表4 prints 234 抗疫特别国债还本支出; the 类 234 is 抗疫特别国债安排的支出.
    """
    for view, row, code, label, others in _misnamed(ctx):
        if others:
            continue  # K504
        name = ctx.catalog.name_of(code, ctx.year) or sorted(ctx.catalog.names_of(code))[0]
        yield rule.finding(at(view, row), expected=name, actual=label, fix="核对科目名称", table=tname(view),
                        code=code, label=label, name=name)
