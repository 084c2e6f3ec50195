"""A113/A114 on the comparison columns of published “三公” tables, read from pages as they print them:
last year's figure, the change and its rate beside the year's figures, or a row per year."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yusuan.readers.published import extract_file
from yusuan.rules import check

# a county's 2024 budget page (the layout of a 云南 town's): 2023 and 2024 预算数, then 比上年增、减情况
# over 增、减金额 / 增、减幅度, whole per cents
HEADER = ["2024年某镇“三公”经费预算财政拨款情况统计表 | ||||", "单位:万元 | ||||",
          "项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |", "增、减金额 | 增、减幅度 | |||"]


def _page(tmp_path, rows: list[str]):
    path = tmp_path / "page.txt"
    path.write_text("\n".join([*HEADER, *rows, "某镇2024年“三公”经费预算22.15万元。"]), encoding="utf-8")
    result = extract_file(path)
    return result.disclosure, [f for f in check(result.disclosure) if f.rule in ("A113", "A114")]


CLEAN = ["合计 | 18.15 | 22.15 | 4 | 22% |", "1.因公出国(境)费 | ||||", "2.公务接待费 | 3 | 7 | 4 | 133% |",
         "3.公务用车购置及运行费 | 15.15 | 15.15 | 0 | 0% |", "其中:(1)公务用车购置费 | ||||",
         "(2)公务用车运行费 | 15.15 | 15.15 | 0 | 0 |"]


def test_the_comparison_columns_are_read_beside_the_years_figures(tmp_path):
    d, found = _page(tmp_path, CLEAN)
    (t,) = d.tables
    reception = next(r for r in t.rows if r.code == "reception")
    assert reception.values["total"] == Decimal("7")
    assert reception.compared == {"prior": Decimal("3"), "change": Decimal("4"), "rate": Decimal("133")}
    assert [c.key for c in t.compared_columns] == ["prior", "change", "rate"]
    assert found == []


@pytest.mark.parametrize(("row", "rule", "message"), [
    ("2.公务接待费 | 3 | 7 | 5 | 133% |", "A113",
     "表10“2.公务接待费”：增减金额 5.00 万元 不等于 预算数 7.00 万元 减 2023年预算数 3.00 万元 = 4.00 万元"),
    ("2.公务接待费 | 3 | 7 | 4 | 57% |", "A114",
     "表10“2.公务接待费”：增减幅度 57% 与 4.00 万元 ÷ 2023年预算数 3.00 万元 = 133.33% 不符"),
])
def test_a_misprinted_change_or_rate(tmp_path, row, rule, message):
    rows = [row if r.startswith("2.公务接待费") else r for r in CLEAN]
    _, found = _page(tmp_path, rows)
    assert [(f.rule, f.message) for f in found] == [(rule, message)]


def test_a_table_of_whole_numbers_is_rounded_to_the_unit(tmp_path):
    """A government's sums printed in whole 万元: 2364 against 2840 is −16.76%, printed −16.77% — within
    what rounding each amount to the 万元 allows; a rate that no rounding explains is an error."""
    lines = ["某区2016年“三公”经费决算数2364万元。", *(x for c in [
        "年度", "合计", "因公出国(境)经费", "公务接待费", "2015年", "2840", "90", "2750",
        "2016年", "2364", "12", "2352", "2016年比2015年增减%", "-16.77", "-86.62", "-4.47"] for x in (c, "|"))]
    path = tmp_path / "years.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    d = extract_file(path).disclosure
    found = [(f.rule, f.where.row) for f in check(d) if f.rule in ("A113", "A114")]
    assert found == [("A114", "公务接待费")]  # (2352 − 2750) / 2750 = −14.47%, not −4.47%


def test_the_extracted_workbook_keeps_the_comparison_columns(tmp_path):
    from openpyxl import load_workbook

    from yusuan.writers.extraction import write_workbook

    path = tmp_path / "page.txt"
    path.write_text("\n".join([*HEADER, *CLEAN]), encoding="utf-8")
    write_workbook(extract_file(path), tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").worksheets[1]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[2]
    assert header[5:9] == ("预算数", "2023年预算数", "增减金额", "增减幅度")
    reception = next(r for r in rows if r[2] == "2.公务接待费")
    assert [Decimal(str(v)) for v in reception[5:9]] == [Decimal(7), Decimal(3), Decimal(4), Decimal(133)]
