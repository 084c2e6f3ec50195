"""Amounts and classification codes as they appear in extracted cells.

The text layer splits numbers ("31. 31", "851 .14", "825.9 4") and codes ("21 0"); both are
read with the spaces removed. A cell that should hold an amount but holds something else is
reported, never read as zero.
"""

from __future__ import annotations

import re
from decimal import Decimal

from yusuan.money import AmountError, parse_amount
from yusuan.readers.published.normalize import nfkc

_AMOUNT = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_CODE = re.compile(r"^\d{1,7}$")
_PLACEHOLDER = re.compile(r"^([.。…·]+|x+|X+|—+|-+|－+|/|无)$")
_SPACES = re.compile(r"\s+")


def squeeze(text: str) -> str:
    return _SPACES.sub("", nfkc(text))


def is_amount(text: str) -> bool:
    """Does the cell read as a number (thousands separators and split digits allowed)?"""
    return bool(_AMOUNT.match(squeeze(text)))


def is_placeholder(text: str) -> bool:
    """A dash, slash or dots: printed in place of an empty value (or a template's "…")."""
    return bool(_PLACEHOLDER.match(squeeze(text)))


def amount(text: str) -> Decimal | None:
    """The amount of a cell; None when empty or a placeholder; AmountError otherwise."""
    s = squeeze(text)
    if not s or is_placeholder(s):
        return None
    if not _AMOUNT.match(s):
        raise AmountError(f"不是金额：{text!r}")
    return parse_amount(s)


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
