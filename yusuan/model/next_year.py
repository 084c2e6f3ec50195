"""Last year's budget data → this year's starting point (`yusuan extract … --as-data --next-year`).

Last year's amounts become this year's priors (上年预算数): every income row, the per-项
一般公共预算当年拨款, the 基本支出/项目支出 totals, “三公” and 机关运行经费, and each project's
total. This year's amounts start as last year's, to be edited; every stated reason for a change
is cleared (it explained last year's change, not this year's). Pure: the input is not modified.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from yusuan.model.amounts import charges, income_amounts
from yusuan.model.budget import BudgetData, ItemPrior, Line, ThreePublicItem
from yusuan.model.sources import GENERAL_CURRENT_SOURCES, IncomeRow
from yusuan.money import ZERO


def next_year(data: BudgetData) -> BudgetData:
    """The starting point of the year after `data`'s: its figures as priors, its amounts as drafts."""
    amounts = income_amounts(data)
    income: dict[IncomeRow, Line] = {}
    for row, last in amounts.items():
        given = data.income.get(row)
        if given is None and last == ZERO:
            continue
        income[row] = Line(amount=given.amount if given else None, prior=last)
    income = {row: income[row] for row in IncomeRow if row in income}  # template order

    item_totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    basic_total = project_total = ZERO
    for c in charges(data):
        if c.source in GENERAL_CURRENT_SOURCES:
            item_totals[c.code] += c.amount
        if c.is_basic:
            basic_total += c.amount
        else:
            project_total += c.amount

    def three(item: ThreePublicItem) -> ThreePublicItem:
        return item.model_copy(update={"prior": item.total, "reason": None})

    tp = data.three_public
    department = data.department.model_copy(deep=True, update={"year": data.department.year + 1, "publish_date": None})
    return data.model_copy(
        deep=True,
        update={
            "department": department,
            "income": income,
            "item_priors": [ItemPrior(code=code, prior=item_totals[code]) for code in sorted(item_totals)],
            "changes": data.changes.model_copy(update={
                "basic": data.changes.basic.model_copy(update={"prior": basic_total, "reason": None}),
                "project": data.changes.project.model_copy(update={"prior": project_total, "reason": None}),
            }),
            "projects": [p.model_copy(deep=True, update={"prior": p.total}) for p in data.projects],
            "three_public": tp.model_copy(update={
                "abroad": three(tp.abroad),
                "reception": three(tp.reception),
                "vehicle_purchase": three(tp.vehicle_purchase),
                "vehicle_operation": three(tp.vehicle_operation),
                "reason": None,
            }),
            "operating_costs": Line(amount=data.operating_costs.amount, prior=data.operating_costs.amount),
        },
    )
