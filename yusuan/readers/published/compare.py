"""Differences between two disclosures — the one derived from data and the one read back from a
published document — in the terms the publication can carry: table rows by code, amounts to
the cent (a published cell is rounded once), and the figures stated in text."""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.disclosure import Disclosure, ProjectTargets, Row, RowKind, Table
from yusuan.money import ZERO, convert, round2
from yusuan.readers.published.normalize import clean, key


def _key(row: Row) -> tuple:
    code = row.code if row.kind != RowKind.TOTAL else "合计"
    return (row.side.value if row.side else "", code, row.project or "")


def _cell(table: Table, row: Row | None, key: str, to) -> Decimal:
    if row is None:
        return ZERO
    value = row.value(key)
    return round2(convert(value, table.unit, to)) if value is not None else ZERO


def table_differences(expected: Table, got: Table) -> list[str]:
    out = []
    name = expected.id.value if expected.id else expected.title
    rows = {_key(r): r for r in got.rows}
    keys = [c.key for c in expected.columns]
    for row in expected.rows:
        other = rows.pop(_key(row), None)
        if other is None:
            if any(row.value(k) for k in keys):
                out.append(f"{name}：缺少行 {_key(row)}")
            continue
        for k in keys:
            a, b = _cell(expected, row, k, expected.unit), _cell(got, other, k, expected.unit)
            if a != b:
                out.append(f"{name} {_key(row)} {k}：应为 {a}，读出 {b}")
    for row_key, row in rows.items():
        if any(row.value(k) for k in keys):
            out.append(f"{name}：多出行 {row_key}")
    return out


def _indicators(p: ProjectTargets) -> list[tuple]:
    return [(i.level1, i.level2, clean(i.name), i.comparator, clean(i.value), clean(i.value_unit or ""), i.weight)
            for i in p.targets.indicators]


def performance_differences(expected: Disclosure, got: Disclosure) -> list[str]:
    out = []
    found = {clean(p.project): p for p in got.performance}
    for p in expected.performance:
        other = found.get(clean(p.project))
        if other is None:
            out.append(f"绩效目标表“{p.project}”：未读出")
            continue
        a, b = p.targets, other.targets
        if (a.budget_total, a.budget_fiscal) != (b.budget_total, b.budget_fiscal):
            out.append(f"绩效目标表“{p.project}”：预算总额 应为 {a.budget_total}，读出 {b.budget_total}")
        if key(a.goal) != key(b.goal):
            out.append(f"绩效目标表“{p.project}”：总体目标不同")
        if _indicators(p) != _indicators(other):
            out.append(f"绩效目标表“{p.project}”：绩效指标不同")
    return out


def differences(expected: Disclosure, got: Disclosure, *, text: bool = True, performance: bool = True) -> list[str]:
    """`text`: compare the figures stated in text; `performance`: the 绩效目标表 (both present in a
    complete publication; a workbook of tables carries no text)."""
    out: list[str] = []
    if (expected.department, expected.year, expected.kind) != (got.department, got.year, got.kind):
        out.append(f"文件信息：应为 {expected.department} {expected.year} {expected.kind.value}，"
                   f"读出 {got.department} {got.year} {got.kind.value}")
    for table in expected.tables:
        if table.id is None:
            continue
        other = got.table(table.id)
        if other is None:
            out.append(f"{table.id.value}：未读出")
            continue
        out += table_differences(table, other)
    if performance:
        out += performance_differences(expected, got)
    if text:
        a, b = expected.statements, got.statements
        if (a.operating_costs or ZERO) != (b.operating_costs or ZERO):
            out.append(f"机关运行经费：应为 {a.operating_costs}，读出 {b.operating_costs}")
        pa, pb = a.procurement, b.procurement
        for part in ("goods", "works", "services"):
            va = getattr(pa, part) if pa else ZERO
            vb = getattr(pb, part) if pb else ZERO
            if va != vb:
                out.append(f"政府采购 {part}：应为 {va}，读出 {vb}")
        sa = expected.overview.staffing if expected.overview else None
        sb = got.overview.staffing if got.overview else None
        if sa and (not sb or (sa.authorized, sa.actual) != (sb.authorized, sb.actual)):
            out.append(f"人员：应为 {sa.authorized}/{sa.actual}，读出 {sb and (sb.authorized, sb.actual)}")
    return out
