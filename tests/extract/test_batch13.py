"""Reading what the thirteenth blind batch (r580–r586, final accounts) showed: a 收入支出决算总表 copied from a
page that dropped its empty cells (r583), each test a small hand-made text."""

from __future__ import annotations

from decimal import Decimal

from tests.check.test_claims_excerpts import found
from yusuan.model.disclosure import Side, TableId
from yusuan.readers.published import extract_file

D = Decimal
TOP = ["某某医院2017年度部门决算", "1.《收入支出决算总表》", "单位名称:某某医院 单位:万元",
       "收入 | 支出 | ||||", "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |", "栏次 | 1 | 栏次 | 2 | ||"]
ROWS = ["一、一般公共预算财政拨款收入 | 1 | 625.58 | 一、一般公共服务支出 | 28 | |",
        "二、上级补助收入 | 2 | 二、外交支出 | 29 | ||",
        "三、事业收入 | 3 | 34221.23 | 三、国防支出 | 30 | |",
        "4 | 四、卫生健康支出 | 31 | 34846.81 | ||",
        "本年收入合计 | 5 | 34846.81 | 本年支出合计 | 32 | 34846.81 |"]


def _table(tmp_path, lines: list[str], shipped_catalog):
    path = tmp_path / "t1.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_file(path, shipped_catalog)
    (table,) = [t for t in result.disclosure.tables if t.id == TableId.T1]
    return result, table


def test_a_two_sided_table_whose_rows_lost_their_empty_cells(tmp_path, shipped_catalog):
    """"二、上级补助收入 | 2 | 二、外交支出 | 29 | ||", "4 | 四、卫生健康支出 | 31 | 34846.81 | ||": the page dropped
    the empty cells and padded the row at its end; each cell goes back to the slot of its kind (a label, a 行次, an
    amount) on its side."""
    _, table = _table(tmp_path, [*TOP, *ROWS, "总计 | 6 | 34846.81 | 总计 | 33 | 34846.81 |"], shipped_catalog)
    spending = {r.code: r.value("amount") for r in table.rows if r.side == Side.EXPENDITURE}
    assert spending["210"] == D("34846.81")
    income = {r.code: r.value("amount") for r in table.rows if r.side == Side.INCOME}
    assert income["unit_business_income"] == D("34221.23") and income["unit_superior_subsidy"] is None


def test_a_text_table_cut_inside_its_last_row(tmp_path, shipped_catalog):
    """"总计 | 6 | 34846" closes no cell while every row above ends with "|": the stored page stops inside that row,
    so the table is cut off (no 支出总计 to ask for, A112)."""
    result, table = _table(tmp_path, [*TOP, *ROWS, "总计 | 6 | 34846"], shipped_catalog)
    assert table.cut_off
    assert not found(result.disclosure, "A112")


def test_sums_of_a_table_with_rows_whose_names_were_not_read(tmp_path, shipped_catalog):
    """2017's names ("一、财政拨款收入", "九、医疗卫生与计划生育支出") are rows of no template the reader knows: with
    an amount in such a row, the rows read are not all of the side, and A107 / A108 have no sum to check."""
    old = [r.replace("一、一般公共预算财政拨款收入", "一、财政拨款收入").replace("四、卫生健康支出", "九、医疗卫生与计划生育支出")
           for r in ROWS]
    result, _ = _table(tmp_path, [*TOP, *old, "总计 | 6 | 34846.81 | 总计 | 33 | 34846.81 |"], shipped_catalog)
    assert not found(result.disclosure, "A107") and not found(result.disclosure, "A108")
    # the names read, the sums are checked
    wrong = [r.replace("| 31 | 34846.81 |", "| 31 | 34746.81 |") for r in ROWS]
    result, _ = _table(tmp_path, [*TOP, *wrong, "总计 | 6 | 34846.81 | 总计 | 33 | 34846.81 |"], shipped_catalog)
    assert found(result.disclosure, "A108")
