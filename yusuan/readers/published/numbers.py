"""Amounts and classification codes as they appear in extracted cells.

Cells are read as published pages write numbers: thousands separators ("1,234,567.89",
"1，234，567.89"), full-width digits ("１２３．４５", converted by NFKC), numbers split by the text
layer or a line break ("31. 31", "851 .14", "1,234,\\n567.89"), a dash for zero ("—", "－", "-",
"--"), negatives as "-12.5", "△12.5" (the accountants' minus sign) or in parentheses
("(1,234.50)"). Codes are read with their spaces removed ("21 0"). A cell that should hold an
amount but holds something else is reported, never read as zero.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from yusuan.money import AmountError, parse_amount
from yusuan.readers.published.normalize import nfkc

_NUMBER = r"(\d{1,3}(,\d{3})+|\d+)(\.\d+)?"
_AMOUNT = re.compile(rf"^[+-]?{_NUMBER}$")
# "△12.5" / "▲12.5": the minus of Chinese accounting; "(1,234.50)": a negative in parentheses — with
# decimals, separators or three digits at least, so that an item number "(1)" is not read as -1
_TRIANGLE = re.compile(rf"^[△▲]{_NUMBER}$")
_PARENS = re.compile(r"^\((\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+|\d{3,})\)$")
_CODE = re.compile(r"^\d{1,7}$")
_PLACEHOLDER = re.compile(r"^([.。…·]+|x+|X+|[—–-]+|/|无)$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)
def squeeze(text: str) -> str:
    """NFKC without whitespace. Cached: a table's cells are squeezed again by every test of them."""
    return _SPACES.sub("", nfkc(text))


def _canonical(s: str) -> str | None:
    """The plain signed number a squeezed cell writes ("-1234.5"), None when it writes none."""
    if _AMOUNT.match(s):
        return s
    if _TRIANGLE.match(s):
        return "-" + s[1:]
    m = _PARENS.match(s)
    if m:
        return "-" + m.group(1)
    return None


def is_amount(text: str) -> bool:
    """Does the cell read as a number (thousands separators, split digits, negatives allowed)?"""
    return _canonical(squeeze(text)) is not None


def is_placeholder(text: str) -> bool:
    """A dash, slash or dots: printed in place of an empty value (or a template's "…")."""
    return bool(_PLACEHOLDER.match(squeeze(text)))


def amount(text: str) -> Decimal | None:
    """The amount of a cell; None when empty or a placeholder; AmountError otherwise."""
    s = squeeze(text)
    if not s or is_placeholder(s):
        return None
    number = _canonical(s)
    if number is None:
        raise AmountError(f"不是金额：{text!r}")
    return parse_amount(number)


def code_digits(text: str) -> str | None:
    """Digits of a code cell ("21 0" → "210"), None when the cell holds anything else."""
    s = squeeze(text)
    return s if _CODE.match(s) else None


def leading_code(text: str) -> tuple[str | None, str]:
    """Split "201 一般公共服务支出" into ("201", "一般公共服务支出")."""
    m = re.match(r"^\s*([23]\d{2}(?:\d{2}){0,2})\s*(\D.*)$", nfkc(text))
    if m:
        return m.group(1), m.group(2).strip()
    return None, text
