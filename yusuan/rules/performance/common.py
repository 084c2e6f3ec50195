"""Matching performance-target tables to 表7's projects; reading cost indicators."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from yusuan.catalog.catalog import normalize_name
from yusuan.model.budget import Comparator, Indicator
from yusuan.model.disclosure import ProjectTargets, Row, RowKind, TableId
from yusuan.money import MoneyUnit, convert
from yusuan.rules.context import Context

_YEAR_SUFFIX = re.compile(r"\(\d{4}年?\)$")
_NOT_NUMBER = re.compile(r"[^\d.]")


def key(name: str) -> str:
    return _YEAR_SUFFIX.sub("", normalize_name(name))


def t7_projects(ctx: Context) -> list[Row]:
    """表7's project rows (not its total), listed once per document (P601, P602; read-only)."""
    found = ctx.__dict__.get("_t7_project_rows")
    if found is None:
        view = ctx.view(TableId.T7)
        found = ctx.__dict__["_t7_project_rows"] = [] if view is None else [
            r for r in view.table.rows if r.kind != RowKind.TOTAL and (r.project or r.label)]
    return found


def targets_by_name(ctx: Context) -> dict[str, ProjectTargets]:
    """The target tables by their project's name (`key`), made once per document (P601, P602; read-only)."""
    found = ctx.__dict__.get("_targets_by_name")
    if found is None:
        found = ctx.__dict__["_targets_by_name"] = {key(p.project): p for p in ctx.disclosure.performance}
    return found


PER_UNIT = re.compile(r"每|单位|人均|平均|/|单价|标准")


def cost_amount(ind: Indicator) -> Decimal | None:
    """A cost indicator's amount in 万元 (None unless it is a money amount)."""
    if ind.level1 != "成本指标" or ind.value_unit not in ("万元", "元"):
        return None
    try:
        value = Decimal(_NOT_NUMBER.sub("", ind.value))
    except InvalidOperation:
        return None
    return convert(value, MoneyUnit(ind.value_unit), MoneyUnit.WAN)


def is_total_cost(ind: Indicator) -> bool:
    """A ceiling (or an exact amount) on the project's whole spending on something, not a unit cost."""
    return ind.comparator in (Comparator.LE, Comparator.LT, Comparator.EQ) and not PER_UNIT.search(ind.name)


def total_costs(ctx: Context, targets: ProjectTargets) -> list[tuple[Indicator, Decimal]]:
    """The indicators of one target table that cap or fix a part of the project's money (`is_total_cost`
    with an amount), each with its amount in 万元: listed once per document for P605 and P606. Most
    indicators are no cost in 万元 or 元, and are passed over before their names are searched."""
    index = ctx.__dict__.setdefault("_total_costs", {})
    found = index.get(id(targets))  # the disclosure's own tables: alive as long as the context
    if found is None:
        found = index[id(targets)] = [(i, a) for i in targets.indicators
                                      if (a := cost_amount(i)) is not None and is_total_cost(i)]
    return found
