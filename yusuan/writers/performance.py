"""项目支出绩效目标表 as printable grids: the full template, empty level-2 rows included.

The template's indicator tree (一级 → 二级) is printed whole, so a level-2 indicator with no entry
(社会成本指标, 生态成本指标 …) still has its empty row, as the published tables show. Indicators
under other level-2 names follow their level-1 group; unknown level-1 groups come last.
"""

from __future__ import annotations

from yusuan.model.budget import Indicator
from yusuan.model.disclosure import ProjectTargets
from yusuan.money import MoneyUnit
from yusuan.writers.grid import Cell, CellKind, GridRow, PrintedTable, RowStyle

TEMPLATE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("产出指标", ("数量指标", "质量指标", "时效指标")),
    ("成本指标", ("经济成本指标", "社会成本指标", "生态成本指标")),
    ("效益指标", ("经济效益指标", "社会效益指标", "生态效益指标")),
    ("满意度指标", ("满意度指标",)),
)

COLUMNS = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重",
           "指标赋分规则", "佐证资料")

H, T, CEN, A, NUM = CellKind.HEAD, CellKind.TEXT, CellKind.CENTER, CellKind.AMOUNT, CellKind.NUMBER


def indicator_value(i: Indicator) -> str:
    """'≥79个', '≤2万元', '发挥'."""
    return f"{i.comparator.value if i.comparator else ''}{i.value}{i.value_unit or ''}"


def _tree(indicators: list[Indicator]) -> list[tuple[str, list[tuple[str, list[Indicator]]]]]:
    tree: list[tuple[str, list[tuple[str, list[Indicator]]]]] = [
        (l1, [(l2, []) for l2 in l2s]) for l1, l2s in TEMPLATE
    ]
    for ind in indicators:
        group = next((g for g in tree if g[0] == ind.level1), None)
        if group is None:
            group = (ind.level1, [])
            tree.append(group)
        branch = next((b for b in group[1] if b[0] == ind.level2), None)
        if branch is None:
            branch = (ind.level2, [])
            group[1].append(branch)
        branch[1].append(ind)
    return tree


def performance_grid(p: ProjectTargets, number: int, year: int, unit: MoneyUnit) -> PrintedTable:
    """Amounts and weights are numbers (printed as every table prints them; numbers in a workbook)."""
    t = p.targets
    g = PrintedTable(key=f"perf-{number}", title="项目支出绩效目标表", subtitle=f"（{year}年）",
             widths=[1.2, 1.5, 2.3, 1.15, 1.2, 1.0, 0.9, 1.4, 1.0], font_scale=0.9,
             label=f"绩效目标表{number} {p.project}", subject=p.project)

    def head(cells: list[Cell]) -> GridRow:
        return GridRow(cells, RowStyle.HEAD)

    g.head = [
        head([Cell(0, "预算单位", H, 2), Cell(2, p.budget_unit or "", T, 7)]),
        head([Cell(0, "项目名称", H, 2), Cell(2, p.project, T, 3), Cell(5, "项目负责人", H, 2),
              Cell(7, p.person_in_charge or "", T, 2)]),
        head([Cell(0, f"项目资金（{unit.value}）", H, 2), Cell(2, "年度预算总额", H),
              Cell(3, t.budget_total, A), Cell(4, "其中：财政拨款", H), Cell(5, t.budget_fiscal, A),
              Cell(6, "其他资金", H), Cell(7, t.budget_other, A, 2)]),
        head([Cell(0, "年度总体目标", H, 2), Cell(2, t.goal, T, 7)]),
        head([Cell(i, label, H) for i, label in enumerate(COLUMNS)]),
    ]
    for l1, branches in _tree(t.indicators):
        l1_rows = sum(max(1, len(inds)) for _, inds in branches)
        first_of_l1 = True
        for l2, inds in branches:
            for k, ind in enumerate(inds or [None]):
                cells: list[Cell] = []
                if first_of_l1:
                    cells.append(Cell(0, l1, CEN, rowspan=l1_rows))
                    first_of_l1 = False
                if k == 0:
                    cells.append(Cell(1, l2, CEN, rowspan=max(1, len(inds))))
                if ind is None:
                    cells += [Cell(c, "", T) for c in range(2, 9)]
                else:
                    cells += [Cell(2, ind.name, T), Cell(3, indicator_value(ind), CEN), Cell(4, ind.basis or "", CEN),
                              Cell(5, ind.last_year or "", CEN), Cell(6, ind.weight, NUM),
                              Cell(7, ind.scoring or "", CEN), Cell(8, ind.evidence or "", CEN)]
                g.body.append(GridRow(cells))
    return g
