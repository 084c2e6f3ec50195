"""Tables of the ninth blind batch (budgets, r520–r529), each test a small hand-made page."""

from __future__ import annotations

from yusuan.model.disclosure import TableId
from yusuan.model.figures import key_figures
from yusuan.readers.published import extract_file
from yusuan.rules import check


def _cells(*rows: tuple[str, ...]) -> list[str]:
    return [f"{c} |" for row in rows for c in row]


def test_a_balance_table_exported_by_the_budget_system(tmp_path, shipped_catalog):
    # r520: no title, a caption row (unit code and name | 预算年度 | 单位), a 序号 column, "本年收入合计" after its
    # parts, and the last cell after the last pipe
    lines = ["2025年部门预算信息公开目录", "部门预算公开表", "920某县某镇财政所 |", "预算年度:2025 |", "单位:万元 | ||",
             "序号 |", "收入 |", "支出 | ||", "项 目 |", "预算数 |", "项 目 |", "预算数 | |",
             *_cells(("栏次", "1", "2", "3", "4"),
                     ("1", "一、一般公共预算拨款收入", "600.00", "一、一般公共服务支出", "500.00"),
                     ("2", "二、政府性基金预算拨款收入", "", "二、外交支出", ""),
                     ("3", "", "", "三、社会保障和就业支出", "110.00"),
                     ("4", "本年收入合计", "600.00", "本年支出合计", "610.00"),
                     ("5", "上年结转结余", "10.00", "年终结转结余", ""),
                     ("6", "收入总计", "610.00", "支出总计")),
             "610.00 "]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    d = extract_file(path, shipped_catalog).disclosure
    assert [t.id for t in d.tables] == [TableId.T1]
    figures = key_figures(d, shipped_catalog)
    assert (figures["income_total"], figures["expenditure_total"]) == ("610.00", "610.00")
    assert figures["by_class"] == {"201": "500.00", "208": "110.00"}
    assert not [f for f in check(d, shipped_catalog) if f.rule.startswith("A")]


def test_a_schools_budget_called_a_departments_is_a_units(tmp_path, shipped_catalog):
    # r521, r526, r529: a school's own budget on the 部门预算 template; r522: a title that says 单位
    for title, scope in (("某市第七中学2023年部门预算公开", "单位"), ("某县水利局单位2025年一般公共预算“三公”经费预算", "单位"),
                         ("某县水利局2025年部门预算公开", "部门")):
        path = tmp_path / "page.txt"
        path.write_text(f"{title}\n一、部门收支总体情况\n2025年收入预算3814.61万元,支出预算3814.61万元。", encoding="utf-8")
        d = extract_file(path, shipped_catalog).disclosure
        assert d.profile.summary()["scope"] == scope, title
