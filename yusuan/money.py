"""Money: Decimal amounts with an explicit unit (万元, 元 or 亿元), never float.

Published figures are usually 万元 with two decimals; some documents use 元, government-wide
pages sometimes 亿元. Amounts are carried in the unit of their source and converted explicitly
with `convert`.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

CENT = Decimal("0.01")
ZERO = Decimal("0")


class MoneyUnit(StrEnum):
    WAN = "万元"
    YUAN = "元"
    YI = "亿元"


_PER_YUAN = {MoneyUnit.WAN: Decimal(10000), MoneyUnit.YUAN: Decimal(1), MoneyUnit.YI: Decimal(100000000)}


def convert(amount: Decimal, from_unit: MoneyUnit, to_unit: MoneyUnit) -> Decimal:
    """Convert exactly between units (no rounding: 1.23 万元 is 12300 元, 1.5 亿元 is 15000 万元)."""
    if from_unit == to_unit:
        return amount
    return amount * _PER_YUAN[from_unit] / _PER_YUAN[to_unit]


def round2(amount: Decimal) -> Decimal:
    """Round once, half-up, to two decimals (the convention of published tables)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt2(amount: Decimal | None) -> str:
    """Two-decimal string of an amount, '0.00' for None."""
    return f"{round2(amount if amount is not None else ZERO):.2f}"


_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


class AmountError(ValueError):
    """A cell or field that should hold an amount holds something else."""


def parse_amount(value: object) -> Decimal | None:
    """Parse an amount as users and documents write it: '1,234.50', '851 .14', '－', ''.

    Returns None for an empty cell or a dash placeholder; raises AmountError for text that is
    not a number. Floats (as openpyxl returns them) are read through their shortest repr so
    that 0.1 stays 0.1.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError(f"不是金额：{value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = unicodedata.normalize("NFKC", str(value))
    text = _SPACES.sub("", text).replace(",", "")
    if text in ("", "-", "—", "－", "/", "——"):
        return None
    if not _NUMBER.match(text):
        raise AmountError(f"不是金额：{value!r}")
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - regex already guards
        raise AmountError(f"不是金额：{value!r}") from exc
