"""Key figures of a disclosure — the summary `yusuan figures` prints — read from its tables.

Amounts are converted to 万元 and printed with two decimals; a figure the disclosure does not
state is null, never zero.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from yusuan.model.disclosure import Disclosure, Row, Side, Table, TableId
from yusuan.money import ZERO, MoneyUnit, convert, fmt2


def _wan(value: Decimal | None, unit: MoneyUnit) -> str | None:
    if value is None:
        return None
    return fmt2(convert(value, unit, MoneyUnit.WAN))


def _cell(table: Table | None, row: Row | None, key: str, *, empty_is_zero: bool = True) -> str | None:
    if table is None or row is None:
        return None
    value = row.value(key)
    if value is None and empty_is_zero:
        value = ZERO
    return _wan(value, table.unit)


def key_figures(d: Disclosure) -> dict[str, Any]:
    t1, t3, t6, t10 = (d.table(t) for t in (TableId.T1, TableId.T3, TableId.T6, TableId.T10))
    three = {}
    for key, row_code in (("total", "total"), ("abroad", "abroad"), ("reception", "reception"),
                          ("vehicle_purchase", "vehicle_purchase"), ("vehicle_operation", "vehicle_operation")):
        row = t10.find(row_code) if t10 else None
        three[key] = _cell(t10, row, "total")
    by_class: dict[str, str] = {}
    source_rows = t1.rows_on(Side.EXPENDITURE) if t1 else (t3.rows if t3 else [])
    source_table = t1 if t1 else t3
    for row in source_rows:
        amount = row.value("amount") if t1 else row.value("total")
        if row.code and len(row.code) == 3 and amount:
            by_class[row.code] = _wan(amount, source_table.unit)  # type: ignore[union-attr]
    procurement = d.statements.procurement
    staffing = d.overview.staffing if d.overview else None
    return {
        "department": d.department,
        "year": d.year,
        "kind": d.kind.value,
        "unit_in_source": (t1.unit if t1 else d.unit).value,
        "income_total": _cell(t1, t1.total_row(Side.INCOME) if t1 else None, "amount"),
        "expenditure_total": _cell(t1, t1.total_row(Side.EXPENDITURE) if t1 else None, "amount"),
        "basic": _cell(t3, t3.total_row() if t3 else None, "basic"),
        "project": _cell(t3, t3.total_row() if t3 else None, "project"),
        "personnel": _cell(t6, t6.total_row() if t6 else None, "personnel"),
        "public_funds": _cell(t6, t6.total_row() if t6 else None, "public"),
        "three_public": three,
        "by_class": by_class,
        "operating_costs": _wan(d.statements.operating_costs, d.unit),
        "procurement_total": _wan(procurement.goods + procurement.works + procurement.services, d.unit)
        if procurement else None,
        "staff": {"authorized": staffing.authorized if staffing else None,
                  "actual": staffing.actual if staffing else None},
        "profile": d.profile.summary() if d.profile else None,  # kind, scope, extent, layout, label
    }
