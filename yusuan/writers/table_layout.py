"""The ten tables of the national template as printable grids (headers as the template prints them).

Codes print in 类/款/项 columns ("201 | 01 | 01"); zero amounts print as empty cells; every row
the template prints is kept (tables 1 and 4 list every 类 from 201 to 234, empty ones included);
an empty table keeps its 合计 row and its 备注.
"""

from __future__ import annotations

from yusuan.model.disclosure import Disclosure, Row, RowKind, Side, Table, TableId
from yusuan.model.sources import INCOME_ROWS, IncomeRow, income_children
from yusuan.writers.grid import CellKind, PrintedTable, RowStyle, fit_widths, head_row, row, set_sum

A, T, C = CellKind.AMOUNT, CellKind.TEXT, CellKind.CODE

GROUP_TITLES = {
    TableId.T3: "支出预算",
    TableId.T5: "一般公共预算支出",
    TableId.T8: "政府性基金预算支出",
    TableId.T9: "国有资本经营预算支出",
}


def split_code(code: str | None, parts: int = 3) -> list[str]:
    """'2010101' → ['201', '01', '01']; '20101' → ['201', '01', '']; economic '30101' → ['301', '01']."""
    code = code or ""
    pieces = [code[:3], code[3:5], code[5:7]][:parts]
    return pieces


def _style(r: Row) -> RowStyle:
    if r.kind == RowKind.TOTAL:
        return RowStyle.TOTAL
    if r.code and len(r.code) == 3:
        return RowStyle.SUBTOTAL
    return RowStyle.ITEM


def _base(t: Table, number: int) -> PrintedTable:
    return PrintedTable(key=t.id.value if t.id else t.title, title=t.title, number=f"表{number}",
                department=t.department, unit=f"单位：{t.unit.value}", note=f"备注：{t.note}" if t.note else None)


def _hierarchy_sums(g: PrintedTable, codes: list[str | None], value_cols: list[int]) -> None:
    """类 = Σ its 款 (or 项 when it has no 款 rows), 款 = Σ its 项, 合计 = Σ 类 — as SUM formulas."""
    for r, code in enumerate(codes):
        if code is None:  # 合计
            parts = [i for i, c in enumerate(codes) if c and len(c) == 3]
        else:
            child_len = len(code) + 2
            parts = [i for i, c in enumerate(codes) if c and len(c) == child_len and c.startswith(code)]
        for col in value_cols:
            set_sum(g, r, col, [(i, col) for i in parts])


def functional_grid(t: Table, number: int) -> PrintedTable:
    """表3, 表5, 表8, 表9: 类 款 项 | 名称 | 合计 基本支出 项目支出."""
    g = _base(t, number)
    g.widths = [0.65, 0.55, 0.55, 3.2, 1.3, 1.3, 1.3]
    group = GROUP_TITLES.get(t.id, "支出预算")  # type: ignore[arg-type]
    g.head = [
        head_row([(0, "项目", 4, 1), (4, group, 3, 1)]),
        head_row([(0, "功能分类科目编码", 3, 1), (3, "功能分类科目名称", 1, 2), (4, "合计", 1, 2),
                  (5, "基本支出", 1, 2), (6, "项目支出", 1, 2)]),
        head_row([(0, "类", 1, 1), (1, "款", 1, 1), (2, "项", 1, 1)]),
    ]
    codes: list[str | None] = []
    for r in t.rows:
        codes.append(None if r.kind == RowKind.TOTAL else r.code)
        label = "合计" if r.kind == RowKind.TOTAL else r.label
        cells = [(c, C) for c in split_code(r.code if r.kind != RowKind.TOTAL else None)]
        g.body.append(row([*cells, (label, T), (r.value("total"), A), (r.value("basic"), A),
                           (r.value("project"), A)], _style(r)))
    _hierarchy_sums(g, codes, [4, 5, 6])
    for i, code in enumerate(codes):
        if code and len(code) == 7:
            set_sum(g, i, 4, [(i, 5), (i, 6)])
    return g


def table_2_grid(t: Table, number: int) -> PrintedTable:
    g = _base(t, number)
    keys = [c.key for c in t.columns]  # total, fiscal, 6 fiscal sources, special, unit, carryovers
    g.widths = [0.55, 0.45, 0.45, 2.2] + [0.95] * len(keys)
    g.landscape, g.font_scale = True, 0.85
    labels = {c.key: c.label for c in t.columns}
    fiscal_keys = keys[1:8]
    after = keys[8:]
    first = [(0, "功能分类科目编码", 3, 1), (3, "功能分类科目名称", 1, 2), (4, labels["total"], 1, 2),
             (5, "财政拨款（补助）", len(fiscal_keys), 1)]
    first += [(5 + len(fiscal_keys) + i, labels[k], 1, 2) for i, k in enumerate(after)]
    second = [(0, "类", 1, 1), (1, "款", 1, 1), (2, "项", 1, 1)]
    second += [(5 + i, labels[k], 1, 1) for i, k in enumerate(fiscal_keys)]
    g.head = [head_row(first), head_row(second)]
    codes: list[str | None] = []
    for r in t.rows:
        codes.append(None if r.kind == RowKind.TOTAL else r.code)
        label = "合计" if r.kind == RowKind.TOTAL else r.label
        cells = [(c, C) for c in split_code(r.code if r.kind != RowKind.TOTAL else None)]
        g.body.append(row([*cells, (label, T), *[(r.value(k), A) for k in keys]], _style(r)))
    value_cols = list(range(4, 4 + len(keys)))
    _hierarchy_sums(g, codes, value_cols)
    col = {k: 4 + i for i, k in enumerate(keys)}
    for i, code in enumerate(codes):
        if code and len(code) == 7:
            set_sum(g, i, col["fiscal"], [(i, col[k]) for k in keys[2:8]])
            set_sum(g, i, col["total"], [(i, col[k]) for k in ["fiscal", *after]])
    return g


def _side_rows(t: Table, side: Side) -> tuple[list[Row], Row | None]:
    rows = [r for r in t.rows_on(side) if r.kind != RowKind.TOTAL]
    return rows, t.total_row(side)


def table_1_grid(t: Table, number: int) -> PrintedTable:
    g = _base(t, number)
    g.widths = [3.0, 1.2, 3.0, 1.2]
    g.head = [head_row([(0, "收入", 2, 1), (2, "支出", 2, 1)]),
              head_row([(0, "项目", 1, 1), (1, "预算数", 1, 1), (2, "功能分类", 1, 1), (3, "预算数", 1, 1)])]
    income, income_total = _side_rows(t, Side.INCOME)
    spent, spent_total = _side_rows(t, Side.EXPENDITURE)
    n = max(len(income), len(spent))
    for i in range(n):
        inc = income[i] if i < len(income) else None
        exp = spent[i] if i < len(spent) else None
        g.body.append(row([
            (inc.label if inc else None, T), (inc.value("amount") if inc else None, A),
            (f"{exp.code} {exp.label}" if exp else None, T), (exp.value("amount") if exp else None, A),
        ]))
    g.body.append(row([("收入总计", T), (income_total.value("amount") if income_total else None, A),
                       ("支出总计", T), (spent_total.value("amount") if spent_total else None, A)], RowStyle.TOTAL))
    # Income side: each subtotal row adds up its parts; 收入总计 = 本年收入 + 上年结转结余.
    index = {IncomeRow(r.code): i for i, r in enumerate(income) if r.code}
    index[IncomeRow.TOTAL] = n
    for spec in INCOME_ROWS:
        parts = [index[c] for c in income_children(spec.row) if c in index]
        if spec.row in index and parts:
            set_sum(g, index[spec.row], 1, [(p, 1) for p in parts])
    depth = _income_depths()
    for i, r in enumerate(income):
        level = depth.get(IncomeRow(r.code), 1) if r.code else 1
        label, amount = g.body[i].at(0), g.body[i].at(1)
        label.indent = level - 1  # type: ignore[union-attr]
        if level == 1:
            label.strong = amount.strong = True  # type: ignore[union-attr]
    set_sum(g, n, 3, [(i, 3) for i in range(len(spent))])
    return g


def _income_depths() -> dict[IncomeRow, int]:
    """一、本年收入 → 1, 1. 一般公共预算拨款 → 2, 其中 rows → 3."""
    parent = {s.row: s.parent for s in INCOME_ROWS}
    out = {}
    for income_row in parent:
        n, p = 0, parent[income_row]
        while p is not None:
            n, p = n + 1, parent.get(p)
        out[income_row] = n
    return out


def table_4_grid(t: Table, number: int) -> PrintedTable:
    g = _base(t, number)
    g.widths = [2.4, 1.0, 3.1, 1.0, 1.0, 1.0, 1.0]
    g.font_scale = 0.92
    g.head = [head_row([(0, "财政拨款收入", 2, 1), (2, "财政拨款支出", 5, 1)]),
              head_row([(0, "项目", 1, 1), (1, "合计", 1, 1), (2, "功能分类", 1, 1), (3, "合计", 1, 1),
                        (4, "一般公共预算", 1, 1), (5, "政府性基金预算", 1, 1), (6, "国有资本经营预算", 1, 1)])]
    income, income_total = _side_rows(t, Side.INCOME)
    spent, spent_total = _side_rows(t, Side.EXPENDITURE)
    keys = ["total", "general", "fund", "soe"]
    n = max(len(income), len(spent))
    for i in range(n):
        inc = income[i] if i < len(income) else None
        exp = spent[i] if i < len(spent) else None
        g.body.append(row([
            (inc.label if inc else None, T), (inc.value("total") if inc else None, A),
            (f"{exp.code} {exp.label}" if exp else None, T),
            *[(exp.value(k) if exp else None, A) for k in keys],
        ]))
    g.body.append(row([("收入总计", T), (income_total.value("total") if income_total else None, A),
                       ("支出总计", T), *[(spent_total.value(k) if spent_total else None, A) for k in keys]],
                      RowStyle.TOTAL))
    codes = [r.code for r in income]
    for i, code in enumerate(codes):
        label = g.body[i].at(0)
        label.indent = 0 if code == "fiscal" else 1  # type: ignore[union-attr]
        label.strong = g.body[i].at(1).strong = code == "fiscal"  # type: ignore[union-attr]
    if "fiscal" in codes:
        fiscal_row = codes.index("fiscal")
        set_sum(g, fiscal_row, 1, [(codes.index(k), 1) for k in ("general", "fund", "soe") if k in codes])
        set_sum(g, n, 1, [(fiscal_row, 1)])
    for c in range(3, 7):
        set_sum(g, n, c, [(i, c) for i in range(len(spent))])
    for i in range(len(spent)):
        set_sum(g, i, 3, [(i, 4), (i, 5), (i, 6)])
    return g


def table_6_grid(t: Table, number: int) -> PrintedTable:
    g = _base(t, number)
    g.widths = [0.85, 0.75, 3.3, 1.4, 1.4, 1.4]
    g.head = [
        head_row([(0, "项目", 3, 1), (3, "一般公共预算基本支出", 3, 1)]),
        head_row([(0, "经济分类科目编码", 2, 1), (2, "经济分类科目名称", 1, 2), (3, "合计", 1, 2),
                  (4, "人员经费", 1, 2), (5, "公用经费", 1, 2)]),
        head_row([(0, "类", 1, 1), (1, "款", 1, 1)]),
    ]
    codes: list[str | None] = []
    for r in t.rows:
        codes.append(None if r.kind == RowKind.TOTAL else r.code)
        label = "合计" if r.kind == RowKind.TOTAL else r.label
        cells = [(c, C) for c in split_code(r.code if r.kind != RowKind.TOTAL else None, 2)]
        g.body.append(row([*cells, (label, T), (r.value("total"), A), (r.value("personnel"), A),
                           (r.value("public"), A)], _style(r)))
    _hierarchy_sums(g, codes, [3, 4, 5])
    for i, code in enumerate(codes):
        if code and len(code) == 5:
            set_sum(g, i, 3, [(i, 4), (i, 5)])
    return g


def table_7_grid(t: Table, number: int) -> PrintedTable:
    g = _base(t, number)
    econ = t.columns[1:]
    g.widths = [0.5, 0.4, 0.4, 1.6, 2.8, 1.0] + [0.85] * len(econ)
    g.landscape, g.font_scale = True, 0.85
    first = [(0, "科目编码", 3, 1), (3, "科目名称", 1, 2), (4, "项目名称", 1, 2), (5, t.columns[0].label, 1, 2)]
    first += [(6 + i, c.label, 1, 2) for i, c in enumerate(econ)]
    g.head = [head_row(first), head_row([(0, "类", 1, 1), (1, "款", 1, 1), (2, "项", 1, 1)])]
    items: list[int] = []
    total_at = None
    for r in t.rows:
        if r.kind == RowKind.TOTAL:
            total_at = len(g.body)
            g.body.append(row([("", C), ("", C), ("", C), ("", T), ("合计", T), (r.value("total"), A),
                               *[(r.value(c.key), A) for c in econ]], RowStyle.TOTAL))
            continue
        items.append(len(g.body))
        g.body.append(row([*[(c, C) for c in split_code(r.code)], (r.label, T), (r.project, T),
                           (r.value("total"), A), *[(r.value(c.key), A) for c in econ]]))
    for i in items:
        set_sum(g, i, 5, [(i, 6 + k) for k in range(len(econ))])
    if total_at is not None:
        for col in range(5, 6 + len(econ)):
            set_sum(g, total_at, col, [(i, col) for i in items])
    return g


def table_10_grid(t: Table, number: int) -> PrintedTable:
    g = _base(t, number)
    g.widths = [3.2, 1.3, 1.3, 1.3, 1.3]
    g.head = [head_row([(0, "“三公”经费支出内容", 1, 2), (1, "合计", 1, 2), (2, "资金来源", 3, 1)]),
              head_row([(2, "一般公共预算", 1, 1), (3, "政府性基金", 1, 1), (4, "国有资本经营预算", 1, 1)])]
    keys = ["total", "general_budget", "fund_budget", "soe_budget"]
    at: dict[str, int] = {}
    for r in t.rows:
        at[r.code or ""] = len(g.body)
        style = {RowKind.TOTAL: RowStyle.TOTAL, RowKind.SUBTOTAL: RowStyle.SUBTOTAL}.get(r.kind, RowStyle.ITEM)
        g.body.append(row([(r.label, T), *[(r.value(k), A) for k in keys]], style))
    groups = {"total": ["abroad", "reception", "vehicle"], "vehicle": ["vehicle_purchase", "vehicle_operation"]}
    for agg, parts in groups.items():
        if agg in at and all(p in at for p in parts):
            for col in range(1, 5):
                set_sum(g, at[agg], col, [(at[p], col) for p in parts])
    for code, i in at.items():
        if code not in groups:
            set_sum(g, i, 1, [(i, 2), (i, 3), (i, 4)])
    return g


BUILDERS = {
    TableId.T1: table_1_grid,
    TableId.T2: table_2_grid,
    TableId.T3: functional_grid,
    TableId.T4: table_4_grid,
    TableId.T5: functional_grid,
    TableId.T6: table_6_grid,
    TableId.T7: table_7_grid,
    TableId.T8: functional_grid,
    TableId.T9: functional_grid,
    TableId.T10: table_10_grid,
}


def table_grids(d: Disclosure) -> list[PrintedTable]:
    """The disclosure's canonical tables in template order, numbered 表1 … 表10."""
    out = []
    for n, tid in enumerate(TableId, 1):
        t = d.table(tid)
        if t is not None:
            grid = BUILDERS[tid](t, n)
            fit_widths(grid)
            out.append(grid)
    return out

