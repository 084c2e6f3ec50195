"""What the seed publication prints in tables 1, 3, 5, 6, 7 and 10, row by row, for comparing a build.

Each table maps a row key to the amounts the seed prints in it (None for an empty cell). The
keys are what identifies a row on the page: the 类/款/项 code, the project, the label; for 表1
the pair (income label, expenditure label) that share the printed row.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tests.seed_tables import coded_rows, seed_section
from yusuan.money import parse_amount

Amounts = list[Decimal | None]


def norm(text: str | None) -> str:
    """Labels compared without spaces or line breaks (the seed's text layer is full of them)."""
    return re.sub(r"\s", "", text or "").replace("(", "（").replace(")", "）")


def table_1() -> dict[tuple[str, str], Amounts]:
    rows = {}
    for line in seed_section("表 1", "表 2"):
        cells = (line.split("\t") + ["", "", "", ""])[:4]
        if re.match(r"^\d{3} ", cells[2].strip()) or "总计" in norm(cells[2]):
            rows[(norm(cells[0]), norm(cells[2]))] = [parse_amount(cells[1]), parse_amount(cells[3])]
    return rows


def table_7() -> dict[str, tuple[str, Amounts]]:
    """project → (code, [合计, 301 … 399])."""
    rows = {}
    for line in seed_section("表 7", "表 8"):
        cells = line.split("\t")
        if len(cells) > 6 and cells[0].strip() == "201":
            amounts = [parse_amount(c) for c in (cells[5:16] + [""] * 11)[:11]]
            rows[norm(cells[4])] = ("".join(c.strip() for c in cells[:3]), amounts)
    return rows


def table_10() -> dict[str, Amounts]:
    rows = {}
    for line in seed_section("表 10", "第三部分"):
        cells = (line.split("\t") + [""] * 5)[:5]
        label = norm(cells[0])
        if label and (label == "合计" or label.endswith(("费", "（小计）"))):
            rows[label] = [parse_amount(c) for c in cells[1:5]]
    return rows


def coded(table: str) -> dict[str, Amounts]:
    """表3, 表5 (类/款/项) and 表6 (类/款): code (or 合计) → three amounts."""
    start, end, code_columns = {"T3": ("表 3", "表 4", 3), "T5": ("表 5", "表 6", 3), "T6": ("表 6", "表 7", 2)}[table]
    return coded_rows(start, end, 3, code_columns=code_columns)


# Where the seed contradicts itself and the build follows the seed's own parts (see the example's
# comments): 表3/表5 print 491.23 as 基本支出 of 201 and 20101 while their items add up to 491.24, and
# 表7 codes 驻县(市)州人大代表活动经费 2010199 where 表2, 表3 and 表5 put it under 2010108.
KNOWN_SLIPS = {("T3", "201", 1): Decimal("491.24"), ("T3", "20101", 1): Decimal("491.24"),
               ("T5", "201", 1): Decimal("491.24"), ("T5", "20101", 1): Decimal("491.24")}
T7_CODE_SLIP = {"驻县（市）州人大代表活动经费": "2010108"}
