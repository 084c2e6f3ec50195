"""表1 as Shanghai prints it (财务收支预算总表, r006): "一、财政拨款收入" heads the three 拨款 rows, which
it names by their budgets alone ("1. 一般公共预算"), then 事业收入, 事业单位经营收入 and 其他收入."""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.disclosure import RowKind, Side, TableId
from yusuan.readers.published import extract_file

ROWS = [("一、财政拨款收入", "2,780", "一、文化旅游体育与传媒支出", "1,990"),
        ("1. 一般公共预算", "2,780", "二、社会保障和就业支出", "790"),
        ("2. 政府性基金预算", "", "", ""), ("3. 国有资本经营预算", "", "", ""),
        ("二、事业收入", "", "", ""), ("三、事业单位经营收入", "", "", ""), ("四、其他收入", "", "", ""),
        ("收入总计", "2,780", "支出总计", "2,780")]


def test_shanghais_income_rows_are_the_national_templates(tmp_path):
    lines = ["上海市某区某局2026年部门预算", "2026年部门财务收支预算总表", "编制部门：上海市某区某局 单位：万元",
             "本年收入 | | 本年支出 |", "项目 | 预算数 | 项目 | 预算数",
             *(" | ".join(r) for r in ROWS)]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_file(path)
    assert not [f for f in result.findings if f.code == "row.unrecognized"]
    (table,) = [t for t in result.disclosure.tables if t.id == TableId.T1]
    income = {r.label: (r.code, r.kind) for r in table.rows if r.side == Side.INCOME}
    assert income["一、财政拨款收入"] == (None, RowKind.SUBTOTAL)
    assert income["1.一般公共预算"][0] == "general_budget"
    assert income["2.政府性基金预算"][0] == "fund_budget"
    assert income["3.国有资本经营预算"][0] == "soe_budget"
    assert income["二、事业收入"][0] == "unit_business_income"
    general = next(r for r in table.rows if r.code == "general_budget")
    assert general.value("amount") == Decimal("2780")
