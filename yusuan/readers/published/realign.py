"""Re-aligning rows of the text layer whose cells lost their column positions.

The text layer of a PDF drops empty cells here and adds one there, so a value can land one
column off ("727.44" under 财政拨款小计 instead of 一般公共预算). Every table has arithmetic its
rows obey (总计 = its parts, 合计 = 基本支出 + 项目支出 …): a row that breaks it is tried with one
empty cell inserted or removed, and the placement that satisfies it is kept; the 合计 row is
placed where it agrees with the sum of the rows above. Rows that satisfy their arithmetic as
printed are never moved.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from yusuan.model.disclosure import TableId
from yusuan.money import ZERO

Values = dict[str, Decimal | None]

T2_FISCAL_PARTS = ("general_budget", "general_budget_transfer", "fund_budget", "fund_budget_transfer",
                   "soe_budget", "soe_budget_transfer")
T2_OTHER = ("special_account", "unit_funds", "unit_business_income", "unit_operating_income",
            "unit_superior_subsidy", "unit_affiliated_remittance", "unit_other_income",
            "carryover_fiscal", "carryover_nonfiscal", "carryover")


def _sum(values: Values, keys) -> Decimal:
    return sum((values.get(k) or ZERO for k in keys), ZERO)


def _t2(v: Values) -> bool:
    fiscal = v.get("fiscal")
    split = any(k in v for k in T2_FISCAL_PARTS)  # Shanghai prints 财政拨款收入 without its parts
    if fiscal is not None and split and fiscal != _sum(v, T2_FISCAL_PARTS):
        return False
    fiscal_value = fiscal if fiscal is not None else _sum(v, T2_FISCAL_PARTS)
    total = v.get("total")
    return total is None or total == fiscal_value + _sum(v, T2_OTHER)


def _parts(total_key: str, parts: tuple[str, ...]) -> Callable[[Values], bool]:
    def check(v: Values) -> bool:
        total = v.get(total_key)
        return total is None or total == _sum(v, parts)

    return check


def _basic_project(v: Values) -> bool:
    return _parts("total", ("basic", "project", "remit_superior", "operating", "affiliated_subsidy"))(v)


def _t7(v: Values) -> bool:
    econ = tuple(k for k in v if k.isdigit())
    return _parts("total", econ)(v)


IDENTITIES: dict[TableId, Callable[[Values], bool]] = {
    TableId.T2: _t2,
    TableId.T3: _basic_project,
    TableId.T5: _basic_project,
    TableId.T8: _basic_project,
    TableId.T9: _basic_project,
    TableId.T6: _parts("total", ("personnel", "public")),
    TableId.T7: _t7,
    TableId.T10: _parts("total", ("general_budget", "fund_budget", "soe_budget")),
}


def consistent(table_id: TableId | None, values: Values) -> bool:
    check = IDENTITIES.get(table_id) if table_id else None
    return True if check is None else check(values)


def variants(cells: list[str], first_amount: int) -> list[tuple[int, list[str]]]:
    """The row with one empty cell inserted, or one empty cell removed, at or after `first_amount`.

    Returned with the position of the change, latest first (fewest cells moved)."""
    out: list[tuple[int, list[str]]] = []
    for q in range(len(cells), first_amount - 1, -1):
        out.append((q, cells[:q] + [""] + cells[q:]))
        if q < len(cells) and not cells[q].strip():
            out.append((q, cells[:q] + cells[q + 1:]))
    return out


def agreement(values: Values, sums: list[Values]) -> int:
    """How many columns of a total row equal the column sums of one set of rows (best set)."""
    best = 0
    for s in sums:
        keys = set(values) | set(s)
        best = max(best, sum(1 for k in keys if (values.get(k) or ZERO) == (s.get(k) or ZERO)))
    return best
