"""Comparing one figure printed in two tables."""

from __future__ import annotations

from typing import Any

from yusuan.model.disclosure import Row
from yusuan.rules.common import at
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding
from yusuan.rules.registry import Rule
from yusuan.rules.tables import Fig, TableView, show

SAME_MESSAGE = "{a}为 {a_s}，{b}为 {b_s}，两者应相等"


def same_figure(ctx: Context, rule: Rule, view: TableView, row: Row | None, key: str, a: Fig, b: Fig,
                a_name: str, b_name: str, fix: str, **fields: Any) -> Finding | None:
    """One figure printed twice must agree (exactly at the same precision): else a finding of `rule`.

    A 决算 (final accounts) is rounded from 元 cell by cell, so one total may be printed as the rounded
    sum in one table and as the sum of rounded parts in another: there a difference within the two
    figures' rounding is an A100 notice."""
    if ctx.same(a, b):
        return None
    if ctx.final and abs(a.value - b.value) <= a.half + b.half:
        return ctx.rounding(rule, at(view, row, key), f"{a_name}与{b_name}", a.value, b.value, 2, a.half + b.half,
                            shown_in=a.unit)
    return rule.finding(at(view, row, key), expected=show(b.value), actual=show(a.value), fix=fix,
                        a=a_name, b=b_name, a_s=a.shown, b_s=b.shown, **fields)


def not_above(ctx: Context, rule: Rule, view: TableView, row: Row | None, key: str, part: Fig, whole: Fig,
              a_name: str, b_name: str, fix: str, **fields: Any) -> Finding | None:
    """A part (first) may not exceed the whole it is contained in (beyond the coarser precision)."""
    if part.value - whole.value <= abs(part.half - whole.half):
        return None
    return rule.finding(at(view, row, key), expected=f"≤ {show(whole.value)}", actual=show(part.value), fix=fix,
                        a=a_name, b=b_name, a_s=part.shown, b_s=whole.shown, **fields)
