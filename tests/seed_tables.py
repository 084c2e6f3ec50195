"""Minimal reader of the seed's tab-separated 类/款/项 tables, for comparing derived tables with
the published ones. (The real text reader is the extract stage's; this one only knows the seed.)"""

from __future__ import annotations

import re
from decimal import Decimal

from tests.conftest import SEED_TEXT
from yusuan.money import parse_amount


def seed_section(start: str, end: str) -> list[str]:
    text = SEED_TEXT.read_text(encoding="utf-8")
    body = text[text.index(start): text.index(end, text.index(start))]
    return body.splitlines()


def coded_rows(start: str, end: str, amounts: int, code_columns: int = 3) -> dict[str, list[Decimal | None]]:
    """code → amounts for rows like '201\\t01\\t01\\t行政运行\\t473.27\\t473.27\\t', plus '合计'."""
    rows: dict[str, list[Decimal | None]] = {}
    for line in seed_section(start, end):
        cells = line.split("\t")
        names = [re.sub(r"\s", "", c) for c in cells]
        code = "".join(c.strip() for c in cells[:code_columns])
        if "合计" in names and not code:  # the 合计 row may carry an extra empty cell
            at, code = names.index("合计"), "合计"
        elif len(cells) > code_columns and re.fullmatch(r"\d{3}(\d{2}){0,2}", code):
            at = code_columns
        else:
            continue
        values = [parse_amount(c) for c in cells[at + 1: at + 1 + amounts]]
        values += [None] * (amounts - len(values))
        rows[code] = values
    return rows
