"""Shared pieces of the table rules: names and places of cells, and row-wise identities whose
failures are collapsed when a whole column is affected (a blank 小计 column is one finding)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from yusuan.model.disclosure import Row, TableId
from yusuan.money import ZERO, MoneyUnit
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Where
from yusuan.rules.registry import Rule
from yusuan.rules.tables import Fig, TableView, fig_sum, row_label

COLLAPSE_AT = 3  # this many failing rows of one identity in one table are reported once


def tname(view: TableView | None, table_id: TableId | None = None) -> str:
    tid = view.id if view is not None else table_id
    if tid is not None:
        return f"表{tid.value[1:]}"
    return f"“{view.table.title}”" if view is not None else "表"


def at(view: TableView, row: Row | None = None, key: str | None = None) -> Where:
    w = Where(table=view.name, row=row_label(row) if row is not None else None,
              column=view.column_label(key) if key else None)
    loc = (row.location if row is not None else None) or view.table.location
    return w.with_location(loc)


def t6_total(ctx: Context, view: TableView, row: Row) -> Fig:
    """表6's 合计 as printed; a 决算 表6 prints no 决算数 in its 合计 row, only 人员经费合计 and 公用经费合计
    (the two halves of the table), so there the 合计 is their sum."""
    if _t6_total_is_halves(ctx, row):
        return view.fig(row, "personnel") + view.fig(row, "public")
    return view.fig(row, "total")


def t6_total_amount(ctx: Context, view: TableView, row: Row) -> Decimal:
    """The value of `t6_total`, without its Fig (for the exact check first)."""
    if _t6_total_is_halves(ctx, row):
        return view.amount(row, "personnel") + view.amount(row, "public")
    return view.amount(row, "total")


def _t6_total_is_halves(ctx: Context, row: Row) -> bool:
    return ctx.final and row.values.get("total") is None and (
        row.values.get("personnel") is not None or row.values.get("public") is not None)


def row_identity(ctx: Context, rule: Rule, view: TableView, rows: Sequence[Row], whole: str,
                 parts: Sequence[str], what: str, fix: str, **fields: Any) -> Iterator[Finding]:
    """For each row: whole column = Σ part columns. Three or more failing rows → one finding."""
    keys = view.key_set
    if whole not in keys and not any(p in keys for p in parts):
        return
    printed = view.printed_keys
    if whole not in printed and not any(p in printed for p in parts):
        return  # blank columns throughout: 0 = 0 in every row
    printed_parts = [p for p in parts if p in printed]  # a blank column adds nothing to the sum
    cells = view.cells
    off = [row for row in rows
           if ((c := cells(row)).get(whole) or ZERO) != sum(filter(None, map(c.get, printed_parts)), ZERO)]
    if not off:
        return  # the common case, on plain Decimals: no Fig, no text
    failures: list[tuple[Row, Finding]] = []
    parts_label = "＋".join(view.column_label(p) for p in parts)
    for row in off:

        def w(row: Row = row) -> Where:
            return at(view, row, whole)

        for f in ctx.sum_check(rule, view.fig(row, whole), [view.fig(row, p) for p in parts], w,
                               f"{tname(view)}“{row_label(row)}”的{what}", view.unit, fix=fix,
                               table=tname(view), row=row_label(row), column=view.column_label(whole),
                               parts=parts_label, **fields):
            if f.rule == rule.id:
                failures.append((row, f))
            else:
                yield f
    if len(failures) >= COLLAPSE_AT:
        first_row, first = failures[0]
        blank = [k for k in (whole, *parts) if all(r.values.get(k) is None for r, _ in failures)]
        note = f"（“{'、'.join(view.column_label(k) for k in blank)}”列在这些行中全部空白）" if blank else ""
        label = f"{row_label(first_row)} 等 {len(failures)} 行"
        yield rule.finding(
            Where(table=view.name, row=label, column=view.column_label(whole)).with_location(view.table.location),
            expected=first.expected, actual=first.actual, fix=fix + note,
            table=tname(view), row=label, column=view.column_label(whole), parts=parts_label,
            actual_s=view.fig(first_row, whole).shown,
            expected_s=fig_sum([view.fig(first_row, p) for p in parts]).shown,
            diff="（见各行）", unit=view.unit.value if isinstance(view.unit, MoneyUnit) else "万元", **fields)
    else:
        for _, f in failures:
            yield f
