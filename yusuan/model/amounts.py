"""Pure arithmetic over budget data: income by row, expenditure charges, roll-ups by code.

Everything the tables show is computed here, once, from the facts in BudgetData.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from yusuan.model.budget import BudgetData
from yusuan.model.sources import FundingSource, IncomeRow, income_children
from yusuan.money import ZERO


def income_amounts(data: BudgetData) -> dict[IncomeRow, Decimal]:
    """Amount of every row of 表1's income side.

    A subtotal is the sum of its parts; when none of its parts is given, the subtotal's own
    amount stands (a 单位资金 without its 其中 breakdown).
    """
    out: dict[IncomeRow, Decimal] = {}

    def amount(row: IncomeRow) -> Decimal:
        if row in out:
            return out[row]
        children = income_children(row)
        given = data.income.get(row)
        typed = given.amount if given and given.amount is not None else None
        if children and any(_has_amount(data, c) for c in children):
            value = sum((amount(c) for c in children), ZERO)
        else:
            for c in children:
                amount(c)
            value = typed if typed is not None else ZERO
        out[row] = value
        return value

    amount(IncomeRow.TOTAL)
    return out


def _has_amount(data: BudgetData, row: IncomeRow) -> bool:
    given = data.income.get(row)
    if given and given.amount is not None:
        return True
    return any(_has_amount(data, c) for c in income_children(row))


def income_priors(data: BudgetData) -> dict[IncomeRow, Decimal | None]:
    """Last year's amount of every income row: as given, else the sum of the parts' priors."""
    out: dict[IncomeRow, Decimal | None] = {}

    def prior(row: IncomeRow) -> Decimal | None:
        if row in out:
            return out[row]
        given = data.income.get(row)
        parts = [prior(c) for c in income_children(row)]
        if given and given.prior is not None:
            value = given.prior
        elif parts and any(p is not None for p in parts):
            value = sum((p for p in parts if p is not None), ZERO)
        else:
            value = None
        out[row] = value
        return value

    prior(IncomeRow.TOTAL)
    return out


class ChargeKind(StrEnum):
    PERSONNEL = "personnel"  # 基本支出 人员经费
    PUBLIC = "public"  # 基本支出 公用经费
    PROJECT = "project"  # 项目支出


@dataclass(frozen=True)
class Charge:
    """One amount of expenditure: a 项, a source, a kind."""

    code: str
    source: FundingSource
    kind: ChargeKind
    amount: Decimal

    @property
    def is_basic(self) -> bool:
        return self.kind != ChargeKind.PROJECT


def charges(data: BudgetData) -> Iterator[Charge]:
    for b in data.basic_expenditure:
        yield Charge(b.code, b.source, ChargeKind.PERSONNEL, b.personnel)
        yield Charge(b.code, b.source, ChargeKind.PUBLIC, b.public)
    for p in data.projects:
        yield Charge(p.code, p.source, ChargeKind.PROJECT, p.total)


def rollup_codes(codes: Iterable[str]) -> list[str]:
    """Every 类, 款 and 项 needed to print the given 项 codes, in table order."""
    out: set[str] = set()
    for code in codes:
        out.update({code[:3], code[:5], code})
    return sorted(out)


def sum_by_code(
    items: Iterable[Charge], value: Callable[[Charge], Decimal | None] = lambda c: c.amount
) -> dict[str, Decimal]:
    """Sum per 项 and per enclosing 款 and 类 (keys of length 7, 5 and 3)."""
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for c in items:
        v = value(c)
        if v is None:
            continue
        for key in {c.code[:3], c.code[:5], c.code}:
            totals[key] += v
    return dict(totals)
