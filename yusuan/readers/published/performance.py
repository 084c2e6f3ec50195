"""项目支出绩效目标表 → ProjectTargets: the labelled cells above the indicator header (预算单位,
项目名称, 项目负责人, 年度预算总额 …, 年度总体目标) and one Indicator per row below it, with the
一级/二级 names carried down where the table merges them."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pydantic import ValidationError

from yusuan.model.budget import Comparator, Indicator, PerformanceTargets
from yusuan.model.disclosure import ProjectTargets
from yusuan.money import MoneyUnit, convert
from yusuan.readers.published.blocks import Grid
from yusuan.readers.published.findings import Findings
from yusuan.readers.published.grid_to_table import PendingTable, _row_location
from yusuan.readers.published.header import origin_cells
from yusuan.readers.published.normalize import clean, key, prose
from yusuan.readers.published.numbers import amount

LABELS = (
    ("budget_unit", r"^预算单位$"), ("project", r"^项目名称$"), ("person", r"^项目负责人$"),
    ("total", r"^(年度)?预算总额$|^年度资金总额$"), ("fiscal", r"^(其中)?财政拨款$"), ("other", r"^其他资金$"),
    ("goal", r"^(年度|项目)?总体目标$|^年度绩效目标$"), ("money", r"^项目资金"),
)
COLUMNS = (("level1", "一级指标"), ("level2", "二级指标"), ("name", "三级指标"), ("value", "指标值"),
           ("basis", "指标值设置依据"), ("last_year", "上年完成值"), ("weight", "指标分值权重"),
           ("scoring", "指标赋分规则"), ("evidence", "佐证资料"))
_VALUE = re.compile(r"^(≥|≤|=|>|<)?\s*(\d+(?:\.\d+)?)\s*(\D{0,4})$")
_TAGS = re.compile(r"</?\w+[^>]*>")


def _label(text: str) -> str | None:
    k = key(text)
    return next((name for name, pattern in LABELS if re.search(pattern, k)), None)


def indicator_value(text: str) -> tuple[Comparator | None, str, str | None]:
    """'≥79 个' → (≥, '79', '个'); '发挥' → (None, '发挥', None)."""
    t = clean(text)
    m = _VALUE.match(t)
    if not m:
        return None, t, None
    return (Comparator(m.group(1)) if m.group(1) else None), m.group(2), (prose(m.group(3)) or None)


def read_performance(p: PendingTable, findings: Findings) -> ProjectTargets | None:
    grid: Grid = p.grid
    fields: dict[str, str] = {}
    unit = MoneyUnit.YUAN if re.search(r"\(元\)", key(p.title.title + "".join(
        c.text for row in grid.rows[:4] for c in row))) else MoneyUnit.WAN
    header: dict[str, int] | None = None
    indicators: list[Indicator] = []
    carried = {"level1": "", "level2": ""}
    for r, row in enumerate(grid.rows):
        if header is None:
            cells = [(c, clean(cell.text)) for c, cell in origin_cells(grid.rows, r) if cell.text.strip()]
            names = {key(t): c for c, t in cells}
            if "一级指标" in names and "三级指标" in names:
                header = {f: names[key(label)] for f, label in COLUMNS if key(label) in names}
                continue
            for i, (_, text) in enumerate(cells):
                name = _label(text)
                if name and name not in fields and i + 1 < len(cells) and not _label(cells[i + 1][1]):
                    fields[name] = cells[i + 1][1]
            continue
        texts = {f: clean(row[c].text) if c < len(row) else "" for f, c in header.items()}
        for level in ("level1", "level2"):
            if texts.get(level):
                carried[level] = texts[level]
            if level == "level1" and texts.get("level1"):
                carried["level2"] = texts.get("level2", "")
        if not texts.get("name"):
            continue
        comparator, value, value_unit = indicator_value(texts.get("value", ""))
        try:
            weight = Decimal(texts["weight"]) if texts.get("weight") else None
        except InvalidOperation:
            weight = None
        try:
            indicators.append(Indicator(
                level1=carried["level1"], level2=carried["level2"], name=texts["name"], comparator=comparator,
                value=value, value_unit=value_unit, basis=texts.get("basis") or None,
                last_year=texts.get("last_year") or None, weight=weight, scoring=texts.get("scoring") or None,
                evidence=texts.get("evidence") or None))
        except ValidationError:
            findings.add("performance.indicator", f"绩效指标“{texts['name']}”无法读取", _row_location(row))
    goal = prose(_TAGS.sub("", fields.get("goal", "")))
    if not fields.get("project") or not goal:
        findings.add("table.unsupported", f"“{p.title.title}”的版式未能识别（缺少项目名称或总体目标），未提取", p.location)
        return None

    def money(name: str) -> Decimal | None:
        try:
            value = amount(fields.get(name, ""))
        except ValueError:
            return None
        return None if value is None else convert(value, unit, MoneyUnit.WAN)

    try:
        targets = PerformanceTargets(budget_total=money("total"), budget_fiscal=money("fiscal"),
                                     budget_other=money("other"), goal=goal, indicators=indicators)
    except ValidationError:
        findings.add("table.unsupported", f"“{p.title.title}”的金额未能识别，未提取", p.location)
        return None
    return ProjectTargets(project=clean(fields["project"]), budget_unit=fields.get("budget_unit") or None,
                          person_in_charge=fields.get("person") or None, targets=targets, location=p.location)
