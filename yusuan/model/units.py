"""Convert budget data between money units (万元 ↔ 元), every amount at once, exactly.

Amounts are the Decimal fields of the model, except the few Decimals that are not money.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from yusuan.model.budget import BudgetData
from yusuan.money import MoneyUnit, convert

NOT_MONEY = frozenset({"house_area", "quantity", "weight"})  # m², counts, indicator weights


def _convert(value: Any, field: str | None, from_unit: MoneyUnit, to_unit: MoneyUnit) -> Any:
    if isinstance(value, Decimal):
        return value if field in NOT_MONEY else convert(value, from_unit, to_unit)
    if isinstance(value, BaseModel):
        return value.model_copy(update={name: _convert(getattr(value, name), name, from_unit, to_unit)
                                        for name in type(value).model_fields})
    if isinstance(value, dict):
        return {k: _convert(v, field, from_unit, to_unit) for k, v in value.items()}
    if isinstance(value, list):
        return [_convert(v, field, from_unit, to_unit) for v in value]
    return value


def in_unit(data: BudgetData, unit: MoneyUnit) -> BudgetData:
    """The same budget with every amount expressed in `unit`."""
    current = data.department.money_unit
    if current == unit:
        return data
    converted = _convert(data, None, current, unit)
    return converted.model_copy(update={"department": converted.department.model_copy(update={"money_unit": unit})})
