"""Tables that came out as text, in every shape web pages and documents give them: `|` cells (a row
per line, or a stream of cells each ended by a pipe, or cells between pipe lines), one cell per
line, columns aligned with spaces, tabs in a paragraph — read into the same tables as a ruled one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yusuan.model.disclosure import TableId
from yusuan.readers.published import extract_file, read_source
from yusuan.readers.published.blocks import Grid
from yusuan.readers.published.text_layout import fit

D = Decimal

# the same 决算 “三公”表 in every shape: items as rows, 预算数 and 决算数 as columns
ROWS = [("合计", "30.8", "25.7"), ("因公出国(境)费", "0", "0"), ("公务接待费", "14.8", "16.3"),
        ("公务用车购置及运行维护费", "16", "9.4"), ("其中:公务用车运行维护费", "16", "9.4"),
        ("公务用车购置费", "0", "0")]
HEADER = ("项 目", "预 算 数", "决 算 数")
INTRO = ["双桥镇2020年度一般公共预算财政拨款“三公”经费支出决算情况说明",
         "一、2020年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元"]
OUTRO = ["二、2020年度一般公共预算财政拨款“三公”经费支出情况说明",
         "双桥镇2020年度“三公”经费支出决算为25.7万元,完成预算的83.44%。"]


def _cells() -> list[str]:
    return [c for row in (HEADER, *ROWS) for c in row]


SHAPES = {
    # "合 计 |" — every cell followed by a pipe (a web page's <td>s flattened)
    "cell-pipe": [f"{c} |" for c in _cells()],
    # each row opened by a pipe line ("|" / "项 目 |" …): an empty first column
    "row-pipe": [line for row in (HEADER, *ROWS) for line in ("|", *(f"{c} |" for c in row))],
    # cells on their own lines between pipe lines, rows closed by "|" "|"
    "between-pipes": ["|"] + [line for row in (HEADER, *ROWS) for line in (*(x for c in row for x in (c, "|")), "|")],
    # markdown: a row per line, with a rule
    "markdown": ["| " + " | ".join(HEADER) + " |", "|---|---:|---:|"] + ["| " + " | ".join(r) + " |" for r in ROWS],
    # pipes between cells only
    "bare-pipes": [" | ".join(r) for r in (HEADER, *ROWS)],
    # one cell per line, no pipes: the header's words, then each label with its run of numbers
    "one-per-line": _cells(),
    # columns aligned with runs of spaces (the header's letters spaced out too)
    "spaced": ["项    目            预算数      决算数"] + [f"{r[0]}      {r[1]}      {r[2]}" for r in ROWS],
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_three_public_table_in_any_text_shape(tmp_path, shipped_catalog, shape):
    path = tmp_path / f"{shape}.txt"
    path.write_text("\n".join([*INTRO, *SHAPES[shape], *OUTRO]), encoding="utf-8")
    d = extract_file(path, shipped_catalog).disclosure
    (table,) = [t for t in d.tables if t.id == TableId.T10]
    values = {row.code: (row.value("budget"), row.value("total")) for row in table.rows}
    assert values["total"] == (D("30.8"), D("25.7"))
    assert values["abroad"] == (D("0"), D("0"))
    assert values["reception"] == (D("14.8"), D("16.3"))
    assert values["vehicle"] == (D("16"), D("9.4"))
    assert values["vehicle_operation"] == (D("16"), D("9.4"))
    assert values["vehicle_purchase"] == (D("0"), D("0"))


def test_a_table_without_title_is_known_by_its_rows(tmp_path, shipped_catalog):
    lines = ["2021年区本级“三公”经费预算情况", "单位：万元", "项目 |", "预算数 |",
             *(x for label, value in (("合计", "4432"), ("1.因公出国(境)费用", "39"), ("2.公务接待费", "323"),
                                      ("3.公务用车购置及运行维护费", "4070"), ("其中:公务用车运行维护费", "2648"),
                                      ("公务用车购置", "1422")) for x in (f"{label} |", f"{value} |"))]
    path = tmp_path / "untitled.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_file(path, shipped_catalog)
    (table,) = result.disclosure.tables
    assert table.id == TableId.T10 and table.unit.value == "万元"
    assert {r.code: r.value("total") for r in table.rows}["vehicle_purchase"] == D("1422")
    assert "table.identified" in {f.code for f in result.findings}


def test_counts_of_trips_and_cars_are_not_a_three_public_table(tmp_path):
    lines = ["2020年度全区“三公”经费使用情况", "使用项目 |", "2020年度数量或人次 |", "因公出国(境)团组数 |", "0 |",
             "公务用车保有量 |", "660 |", "国内公务接待批次 |", "486 |"]
    path = tmp_path / "counts.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    blocks = read_source(path).blocks
    assert not any(getattr(b, "text", "") == "财政拨款“三公”经费支出决算表" for b in blocks)


def test_a_header_in_two_rows_over_one_row_of_amounts(tmp_path):
    """A horizontal “三公”表 copied one cell per line: the group 公务用车购置及运行费 over
    小计 / 购置费 / 运行费, a label wrapped over two lines, then the six amounts."""
    lines = ["单位:万元", "“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费", "公务", "接待费", "小计",
             "公务用车购置费", "公务用车运行费", "328.7", "10", "78.7", "43", "35.7", "240",
             "二、2024年一般公共预算“三公”经费支出预算情况说明"]
    path = tmp_path / "horizontal.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (grid,) = [b for b in read_source(path).blocks if isinstance(b, Grid)]
    assert grid.spans_known and len(grid.rows) == 3
    top, bottom, data = ([c.text for c in row] for row in grid.rows)
    assert top == ["“三公”经费合计", "因公出国(境)费", *["公务用车购置及运行费"] * 3, "公务接待费"]
    assert bottom == ["“三公”经费合计", "因公出国(境)费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费"]
    assert data == ["328.7", "10", "78.7", "43", "35.7", "240"]
    assert grid.rows[0][2] is grid.rows[0][4]  # one merged cell over the group's columns


def test_a_group_header_is_the_label_its_sub_labels_share_words_with():
    labels = ["2023年决算数", "2022年决算数", "2023年决算比上年增、减情况", "增、减额", "增、减幅度"]
    assert fit(labels, 5) == [["", "2023年决算数", "2022年决算数", "2023年决算比上年增、减情况", None],
                              [None, None, None, "增、减额", "增、减幅度"]]
    assert fit(["收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额"], 6) == [
        ["收入", None, None, "支出", None, None], ["项目", "行次", "金额", "项目", "行次", "金额"]]
    assert fit(["项目", "预算数"], 2) == [["项目", "预算数"]]
    assert fit(["预算数", "决算数"], 3) == [["", "预算数", "决算数"]]


def test_a_first_row_printed_without_its_label(tmp_path, shipped_catalog):
    """One cell per line; the 合计 row's label lost (its merged cell): the numbers that follow the
    header, at least those of every row below, are the total row — with a notice."""
    lines = ["2023年“三公”经费决算统计表", "单位:万元", "2023年决算数", "2022年决算数", "820.33", "688.84",
             "1、因公出国(境)费", "0", "0", "2、公务接待费", "249.29", "247.21", "3、公务用车购置及运行维护费",
             "571.04", "441.63"]
    path = tmp_path / "nolabel.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (grid,) = [b for b in read_source(path).blocks if isinstance(b, Grid)]
    assert [[c.text for c in r] for r in grid.rows] == [
        ["", "2023年决算数", "2022年决算数"], ["合计", "820.33", "688.84"], ["1、因公出国(境)费", "0", "0"],
        ["2、公务接待费", "249.29", "247.21"], ["3、公务用车购置及运行维护费", "571.04", "441.63"]]
    result = extract_file(path, shipped_catalog)
    (table,) = result.disclosure.tables
    assert result.disclosure.year == 2023
    assert {r.code: r.value("total") for r in table.rows} == {
        "total": D("820.33"), "abroad": D("0"), "reception": D("249.29"), "vehicle": D("571.04")}
    assert "row.total_label" in {f.code for f in result.findings}


def test_a_row_without_label_that_is_smaller_than_the_rows_below_is_no_total(tmp_path):
    lines = ["单位:万元", "预算数", "决算数", "1.00", "0.50", "公务接待费", "3.00", "2.00", "公务用车运行维护费", "1.00", "1.00"]
    path = tmp_path / "small.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (grid,) = [b for b in read_source(path).blocks if isinstance(b, Grid)]
    assert grid.rows[1][0].text == ""


def test_a_table_without_any_header_is_not_made_up(tmp_path):
    """Only numbers and row labels, no header: nothing says what the columns are."""
    lines = ["单位:万元", "1.69", "1.69", "因公出国(境)费", "0.00", "0.00", "公务接待费", "1.50", "1.50",
             "公务用车购置及运行维护费", "0.19", "0.19"]
    path = tmp_path / "headless.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert not [b for b in read_source(path).blocks if isinstance(b, Grid)]


def test_numbers_split_over_lines_and_written_in_every_way(tmp_path, shipped_catalog):
    lines = ["一般公共预算支出表", "单位：元", "科目编码 |", "科目名称 |", "合计 |", "基本支出 |", "项目支出 |",
             "201 |", "一般公共服务支出 |", "1,234,\n567.89 |", "1，000，000.00 |", "２３４，５６７．８９ |",
             "2010101 |", "行政运行 |", "1,000,000.00 |", "1,000,000 |", "— |",
             "2010199 |", "其他一般公共服务支出 |", "234 567.89 |", "-- |", "234,567.89 |"]
    path = tmp_path / "numbers.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    rows = {r.code: r.values for r in table.rows}
    assert table.unit.value == "元"
    assert rows["201"] == {"total": D("1234567.89"), "basic": D("1000000.00"), "project": D("234567.89")}
    assert rows["2010101"] == {"total": D("1000000.00"), "basic": D("1000000"), "project": None}
    assert rows["2010199"] == {"total": D("234567.89"), "basic": None, "project": D("234567.89")}


def test_prose_and_page_furniture_are_left_alone(tmp_path):
    lines = ["网站支持IPV6  |  注册  |  登录", "首页 | 政务公开 | 财政资金", "目 录", "一、部门主要职责", "二、部门基本情况",
             "1", "3", "2021年度本部门“三公”经费支出0万元,与上年持平。"]
    path = tmp_path / "prose.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert not [b for b in read_source(path).blocks if isinstance(b, Grid)]


def test_tabs_in_a_word_paragraph_make_a_table(tmp_path, shipped_catalog):
    import docx

    document = docx.Document()
    document.add_paragraph("财政拨款“三公”经费支出情况表")
    document.add_paragraph("单位：万元")
    for row in (("项目", "合计", "一般公共预算"), ("合计", "12.5", "12.5"), ("因公出国（境）费", "0", "0"),
                ("公务接待费", "12.5", "12.5")):
        document.add_paragraph("\t".join(row))
    path = tmp_path / "tabs.docx"
    document.save(path)
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    assert {r.code: r.value("total") for r in table.rows} == {"total": D("12.5"), "abroad": D("0"),
                                                              "reception": D("12.5")}


def test_a_budget_three_public_table_with_its_items_as_columns(tmp_path, shipped_catalog):
    """The Anhui layout: one row of amounts under 合计 / 因公出国（境）费 / 公务用车购置及运行费
    (小计 / 购置费 / 运行费) / 公务接待费, here as a `|` stream padded to six cells a row."""
    lines = ["寿县司法局2022年“三公”经费预算情况", "一、2022年一般公共预算“三公”经费支出预算表", "单位:万元",
             "“三公”经费合计 |", "因公出国(境)费 |", "公务用车购置及运行费 |", "公务 接待费 |", "||", "小计 |",
             "公务用车购置费 |", "公务用车运行费 |", "|||", "79 |", "0 |", "75 |", "50 |", "25 |", "4 |",
             "二、2022年一般公共预算“三公”经费支出预算情况说明", "寿县司法局2022年一般公共预算“三公”经费支出预算为79万元。"]
    path = tmp_path / "across.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    d = extract_file(path, shipped_catalog).disclosure
    (table,) = d.tables
    assert table.id == TableId.T10 and d.kind.value == "预算"
    assert [c.key for c in table.columns] == ["total"]
    assert {r.code: r.value("total") for r in table.rows} == {
        "total": D("79"), "abroad": D("0"), "vehicle": D("75"), "vehicle_purchase": D("50"),
        "vehicle_operation": D("25"), "reception": D("4")}


def test_this_years_column_of_a_table_that_compares_two_years(tmp_path, shipped_catalog):
    lines = ["奉新县2023年“三公”经费预算情况", "单位:万元 | ||||", "项目 | 2022年预算数 | 2023年预算数 | 增减 |",
             "合计 | 2378.77 | 2415.44 | 36.67 |", "1、因公出国(境)费用 | 0 | 0 | 0 |",
             "2、公务接待费 | 1114.54 | 989.86 | -124.68 |", "3、公务用车费 | 1264.23 | 1425.58 | 161.35 |",
             "其中:(1)公务用车运转维护费 | 1007.23 | 898.22 | -109.01 |", "(2)公务用车购置费 | 257.00 | 527.36 | 270.36 |"]
    path = tmp_path / "years.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    d = extract_file(path, shipped_catalog).disclosure
    assert d.year == 2023
    (table,) = d.tables
    assert {r.code: r.value("total") for r in table.rows} == {
        "total": D("2415.44"), "abroad": D("0"), "reception": D("989.86"), "vehicle": D("1425.58"),
        "vehicle_operation": D("898.22"), "vehicle_purchase": D("527.36")}


def test_the_this_year_budget_column_of_a_budget_three_public_table(tmp_path, shipped_catalog):
    """"本年预算数" heads the year's budget of a 预算 “三公”表 as "预算数" does (沅陵县's county table, r488),
    beside a 备注 column that holds the notes."""
    lines = ["某县2021年“三公”经费预算财政拨款情况统计表 | |||||", "单位:万元 | |||||",
             "项目 | 本年预算数 | 备注 | |||", "合计 | 130 | 注:“三公”经费包括因公出国(境)费等。 |",
             "1、因公出国(境)费用 | 0 | ||||", "2、公务接待费 | 40 | ||||", "3、公务用车费 | 90 | ||||",
             "其中:(1)公务用车运行维护费 | 60 | ||||", "(2)公务用车购置 | 30 | ||||"]
    path = tmp_path / "this_year.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    assert table.id == TableId.T10
    assert {r.code: r.value("total") for r in table.rows} == {
        "total": D("130"), "abroad": D("0"), "reception": D("40"), "vehicle": D("90"),
        "vehicle_operation": D("60"), "vehicle_purchase": D("30")}


def test_a_unit_cell_that_says_wan_without_yuan(tmp_path, shipped_catalog):
    """"单位:万" (the 元 left off, r488's "單位:萬") states 万元: no finding of a missing unit; "单位：万人" is
    no money unit."""
    lines = ["某县2021年“三公”经费预算财政拨款情况统计表 | ||", "单位:万 | ||", "项目 | 本年预算数 | 备注 |",
             "合计 | 130 | |", "1、因公出国(境)费用 | 0 | |", "2、公务接待费 | 40 | |", "3、公务用车费 | 90 | |",
             "其中:(1)公务用车运行维护费 | 60 | |", "(2)公务用车购置 | 30 | |"]
    path = tmp_path / "wan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_file(path, shipped_catalog)
    (table,) = result.disclosure.tables
    assert table.unit.value == "万元" and {r.code: r.value("total") for r in table.rows}["total"] == D("130")
    assert "table.unit_missing" not in {f.code for f in result.findings}
    from yusuan.readers.published.grid_notes import _UNIT_LINE
    assert _UNIT_LINE.search("单位：万人") is None


def test_a_three_public_table_that_also_prints_the_operating_costs(tmp_path, shipped_catalog):
    """"行政经费" (机关运行经费) above "“三公”经费" (the total) and its items, one cell per line
    between pipe lines, in traditional characters."""
    cells = ["項 目", "合計", "一般公共預算", "行政經費", "312.23", "312.23", "“三公”經費", "29.00", "29.00",
             "其中:(一)因公出國(境)支出", "0.00", "0.00", "(二)公務用車購置及運行維護支出", "28.00", "28.00",
             "1.公務用車購置", "0.00", "0.00", "2.公務用車運行維護費", "28.00", "28.00", "(三)公務接待費支出", "1.00", "1"]
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    lines = ["相關附件:", "單位:萬元", "|"] + [x for row in rows for x in (*(y for c in row for y in (c, "|")), "|")]
    path = tmp_path / "combined.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    values = {r.code: r.value("total") for r in table.rows if r.code}
    assert values == {"total": D("29.00"), "abroad": D("0.00"), "vehicle": D("28.00"), "vehicle_purchase": D("0.00"),
                      "vehicle_operation": D("28.00"), "reception": D("1.00")}
    assert any(r.label == "行政经费" and r.code is None for r in table.rows)


def test_a_two_sided_final_account_table_one_cell_per_line(tmp_path, shipped_catalog):
    """收入 / 支出 over 项目 / 行次 / 金额 twice, a 栏次 row, then the rows: the 行次 columns hold no data."""
    lines = ["收入支出决算总表", "金额单位:万元", "收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额",
             "栏次", "1", "栏次", "2", "一、一般公共预算财政拨款收入", "1", "440.55", "一、一般公共服务支出", "29",
             "423.20", "二、政府性基金预算财政拨款收入", "2", "0.00", "二、外交支出", "30", "0.00",
             "本年收入合计", "3", "440.55", "本年支出合计", "31", "423.20"]
    path = tmp_path / "final.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_file(path, shipped_catalog)
    (table,) = result.disclosure.tables
    assert table.id == TableId.T1
    income = {r.label: r.value("amount") for r in table.rows if r.side and r.side.value == "income"}
    spent = {r.code: r.value("amount") for r in table.rows if r.side and r.side.value == "expenditure"}
    assert income["一、一般公共预算财政拨款收入"] == D("440.55") and spent["201"] == D("423.20")
    assert not [f for f in result.findings if f.code == "table.column_unknown"]


@pytest.mark.parametrize(("year", "kind", "expected"), [
    (2022, "决算", {"total": "1890", "abroad": "6", "reception": "904", "vehicle": "980", "vehicle_purchase": "41",
                   "vehicle_operation": "939"}),
    (2021, "决算", {"total": "2210", "abroad": "30", "reception": "1100", "vehicle": "1080", "vehicle_purchase": "60",
                   "vehicle_operation": "1020"}),
])
def test_a_three_public_table_printed_a_row_per_year(tmp_path, shipped_catalog, year, kind, expected):
    """"年度 | 合计 | 因公出国（境）经费 | 公务接待费 | 公车购置及运行维护费 (合计 / 车辆购置 / 车辆运行)", then a row
    per year and a row of rates, one cell per line with a pipe line after each: the document's year is the
    row whose figures are its own; the other year and the rates are not read as items."""
    header = ["年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", "合计", "车辆购置", "车辆运行"]
    rows = [["2021年", "2210", "30", "1100", "1080", "60", "1020"], ["2022年", "1890", "6", "904", "980", "41", "939"],
            ["2022年比2021年增减%", "-14.48", "-80.00", "-17.82", "-9.26", "-31.67", "-7.94"]]
    cells = [*header, *(c for r in rows for c in r)]
    lines = [f"某区{year}年一般公共预算安排“三公”经费{kind}数{expected['total']}万元。", "2022年与2021年对比情况",
             *(x for c in cells for x in (c, "|"))]
    path = tmp_path / "per_year.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_file(path, shipped_catalog)
    assert result.disclosure.year == year
    (table,) = [t for t in result.disclosure.tables if t.id == TableId.T10]
    assert {r.code: r.value("total") for r in table.rows} == {k: D(v) for k, v in expected.items()}
    assert not [n for n in result.findings if n.code in ("table.column_unknown", "row.unrecognized")]


def test_a_row_per_line_padded_with_empty_cells_under_a_group_header(tmp_path, shipped_catalog):
    """A page that kept every `<td>`: each row on its line, padded with empty cells ("1.7 | 0 | … | ||"),
    the title, unit and notes rows of one filled cell; the header's 公务用车费 spans 小计 / 运行维护费 /
    购置费 of the second header row. The lines are rows, not a stream of cells."""
    lines = ["某区行政审批局2016年“三公”经费预算 | |||||||", "财政拨款情况表 | |||||||", "| | | | | | ||",
             "| | | | | 单位:万元 | ||", "合 计 | 因公出国(境)费 | 公务用车费 | 公务接待费 | ||||",
             "小 计 | 公务用车运行维护费 | 公务用车购置费 | |||||", "1.7 | 0 | 0 | 0 | 0 | 1.7 | ||",
             "注:1、上述数据为当年财政拨款安排的“三公”经费。 | |||||||",
             "2016年“三公”经费财政拨款预算1.70万元。"]
    path = tmp_path / "padded.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    assert table.id == TableId.T10
    assert {r.code: r.value("total") for r in table.rows} == {
        "total": D("1.7"), "abroad": D("0"), "vehicle": D("0"), "vehicle_operation": D("0"),
        "vehicle_purchase": D("0"), "reception": D("1.7")}


def test_cells_each_closed_by_a_pipe_stay_a_stream(tmp_path, shipped_catalog):
    """Two cells on a line here and there do not make a row per line when the lines are not rows."""
    lines = [*INTRO, "项 目 | 预 算 数 |", "决 算 数 |"] + [f"{c} |" for r in ROWS for c in r] + OUTRO
    path = tmp_path / "stream.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (table,) = [t for t in extract_file(path, shipped_catalog).disclosure.tables if t.id == TableId.T10]
    assert {r.code: r.value("total") for r in table.rows}["reception"] == D("16.3")


def test_items_across_each_over_a_pair_of_budget_and_final_columns(tmp_path, shipped_catalog):
    """The 决算's 三公 table laid across, one cell per line (blank lines between): a title cell over every
    item, the items (合计 / 因公出国(境)费 / 公务用车购置及运行维护费 over 小计, 购置费, 运行维护费 /
    公务接待费, some wrapped over two lines), then "预算数 / 决算数" once per item, then one row of
    amounts: each item spans its pair of columns."""
    lines = ["某区卫生健康委员会2022年“三公”经费决算公开", "一般公共预算财政拨款“三公”经费支出决算表", "单位:万元",
             "一般公共预算财政拨款“三公”经费", "合计", "因公出国", "(境)费", "公务用车购置及运行维护费", "公务接待费",
             "小计", "公务用车", "购置费", "公务用车", "运行维护费", *["预算数", "决算数"] * 6,
             "52.00", "40.50", "10.00", "0.00", "36.00", "35.20", "20.00", "19.80", "16.00", "15.40", "6.00", "5.30",
             "注:本表反映部门本年度“三公”经费支出预决算情况。"]
    path = tmp_path / "paired.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    assert table.id == TableId.T10
    assert {r.code: (r.value("budget"), r.value("total")) for r in table.rows} == {
        "total": (D("52.00"), D("40.50")), "abroad": (D("10.00"), D("0.00")), "vehicle": (D("36.00"), D("35.20")),
        "vehicle_purchase": (D("20.00"), D("19.80")), "vehicle_operation": (D("16.00"), D("15.40")),
        "reception": (D("6.00"), D("5.30"))}


def test_fit_spreads_items_over_repeated_pairs():
    labels = ["合计", "因公出国(境)费", "公务接待费", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"]
    assert fit(labels, 6, label_column=False) == [
        ["合计", None, "因公出国(境)费", None, "公务接待费", None],
        ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数"]]
