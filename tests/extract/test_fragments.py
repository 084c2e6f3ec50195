"""How real pages are cut and printed, read as what they are: a title that is a government's with the
department on the next line, a page without title whose year is the one it names most, 表10 printed
without its header or with the year's 支出 as its column, a 公务用车 breakdown left blank, a page that
stops inside a table, headings printed without the numbers the contents give them, a Shanghai 表2
with 财政拨款收入 but not its parts. Small hand-made pages; the real ones are in tests/data/real."""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import TableId
from yusuan.model.figures import key_figures
from yusuan.readers.disclosure_input import load_disclosure
from yusuan.readers.published import extract_file
from yusuan.rules import check

D = Decimal


def _read(tmp_path, lines: list[str], catalog=None):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return extract_file(path, catalog)


def _rules(d, prefix: str) -> list[str]:
    return [f.message for f in check(d) if f.rule.startswith(prefix)]


# -- title, year ------------------------------------------------------------------------------------
def test_a_governments_title_with_the_department_below(tmp_path, shipped_catalog):
    d = _read(tmp_path, ["上海市普陀区2026年区级部门预算", "预算主管部门：上海市普陀区文化和旅游局",
                         "2026年，上海市普陀区文化和旅游局收入预算27,807.61万元，比2025年预算增加27.45万元。"],
              shipped_catalog).disclosure
    assert (d.year, d.department, d.kind) == (2026, "上海市普陀区文化和旅游局", DocumentKind.BUDGET)


def test_a_sentence_is_not_a_title(tmp_path, shipped_catalog):
    # the first match of "…2019年预算" is the end of a comparison: the kind is read from the text (决算)
    d = _read(tmp_path, ["2019年度“三公”经费财政拨款支出预算为44.52万元，2019年实际支出“三公经费”决算为22.62万元。"
                         "其中公务接待费为20.10万元；公务用车运行维护费为2.52万元。本年度“三公经费”决算数未超过2019年预算数。"],
              shipped_catalog).disclosure
    assert (d.year, d.kind) == (2019, DocumentKind.FINAL)
    assert key_figures(d)["three_public"]["total"] == "22.62"


def test_a_page_without_title_is_about_the_year_it_names_not_the_ones_it_compares_or_cites(tmp_path, shipped_catalog):
    d = _read(tmp_path, ["根据四川省财政厅《关于印发四川省预决算公开操作规程(2022年修订)的通知》的有关规定，经汇总，2025年全市"
                         "“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%。"], shipped_catalog).disclosure
    assert d.year == 2025
    assert key_figures(d)["three_public"]["total"] == "1969.00"
    d = _read(tmp_path, ["对个人和家庭补助支出预算73200元，同比增加7680元，增长原因是2021年因人员调动未能正常编报，"
                         "2022年已按实有退休人员编报经费。", "2022年一般公共预算基本支出1133800元。"], shipped_catalog).disclosure
    assert d.year == 2022


def test_a_final_accounts_sentence_states_the_budget_and_the_actual(tmp_path, shipped_catalog):
    d = _read(tmp_path, ["某局2022年度“三公”经费决算情况说明",
                         "某局2022年度一般公共预算财政拨款“三公”经费支出年初预算为234000.00元，支出决算为65000.00元，"
                         "完成年初预算的27.8%。其中：公务接待费支出决算为31000.00元。"], shipped_catalog).disclosure
    assert key_figures(d)["three_public"]["total"] == "6.50"


# -- 表10 -------------------------------------------------------------------------------------------
def test_a_final_three_public_table_headed_by_the_years_spending(tmp_path, shipped_catalog):
    d = _read(tmp_path, ["2020年度全区“三公”经费决算情况", "经费项目 |", "2020年度支出 (万元) |", "支出减少率 |",
                         "因公出国(境)费 |", "0 |", "0% |", "公务接待费 |", "71.53 |", "- |",
                         "公务用车购置及运行维护费 |", "1857.23 |", "- |", "总“三公”经费支出 |", "1928.76 |", "- |",
                         "2020年度全区“三公”经费总支出为1928.76万元。"], shipped_catalog).disclosure
    (t10,) = [t for t in d.tables if t.id == TableId.T10]
    assert {r.code: r.value("total") for r in t10.rows} == {"abroad": D("0"), "reception": D("71.53"),
                                                            "vehicle": D("1857.23"), "total": D("1928.76")}
    assert not _rules(d, "T301")


def test_a_final_three_public_table_whose_header_was_lost(tmp_path, shipped_catalog):
    """The header row copied empty and the 合计 row's label with it: the 决算 template's columns, in order."""
    cells = ["\u00a0", "\u00a0", "1.69", "1.69", "因公出国(境)费", "0.00", "0.00", "公务接待费", "1.50", "1.50",
             "公务用车购置及运行维护费", "0.19", "0.19", "\u00a0"]  # a web page's cells, one per line, blank lines between
    result = _read(tmp_path, ["某校2022年度一般公共预算财政拨款“三公”经费支出决算公开", "",
                              "一、2022年度一般公共预算财政拨款“三公”经费支出决算表", "", "单位:万元", "",
                              *(x for c in cells for x in (c, "")),
                              "二、2022年度一般公共预算财政拨款“三公”经费支出情况说明", "",
                              "某校2022年度一般公共预算财政拨款“三公”经费支出预算为1.69万元，支出决算为1.69万元。"
                              "公务接待费支出决算1.50万元；公务用车购置及运行维护费支出决算0.19万元。"], shipped_catalog)
    (t10,) = [t for t in result.disclosure.tables if t.id == TableId.T10]
    assert [(c.key, c.label) for c in t10.columns] == [("budget", "预算数"), ("total", "决算数")]
    assert {r.code: (r.value("budget"), r.value("total")) for r in t10.rows} == {
        "total": (D("1.69"), D("1.69")), "abroad": (D("0.00"), D("0.00")), "reception": (D("1.50"), D("1.50")),
        "vehicle": (D("0.19"), D("0.19"))}
    assert "table.header_assumed" in {f.code for f in result.findings}
    findings = check(load_disclosure(tmp_path / "page.txt", shipped_catalog))
    assert not [f for f in findings if f.severity.value == "error"]
    assert [f.rule for f in findings if "表头未印出" in f.message] == ["R802"]


def _vehicle_table(operation: tuple[str, str]) -> list[str]:
    return ["一、2023年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元", "项 目 |", "预 算 数 |", "决 算 数 |",
            "合 计 |", "3 |", "1.71 |", "因公出国(境)费 |", "|", "|", "公务接待费 |", "1 |", "0.53 |",
            "公务用车购置及运行维护费 |", "2 |", "1.18 |", "其中:公务用车运行维护费 |", f"{operation[0]} |",
            f"{operation[1]} |", "公务用车购置费 |", "|", "|"]


def test_a_vehicle_breakdown_printed_blank_is_not_read_as_zeros(tmp_path, shipped_catalog):
    d = _read(tmp_path, _vehicle_table(("", "")), shipped_catalog).disclosure
    (t10,) = d.tables
    assert [r.code for r in t10.rows] == ["total", "abroad", "reception", "vehicle"]
    assert not _rules(d, "A111")
    # a breakdown that is filled must add up
    d = _read(tmp_path, _vehicle_table(("", "1.18")), shipped_catalog).disclosure
    assert [r.code for r in d.tables[0].rows] == ["total", "abroad", "reception", "vehicle", "vehicle_operation",
                                                 "vehicle_purchase"]
    assert any("预算数" in m for m in _rules(d, "A111"))  # 预算数 2 over parts of 0


def test_a_car_row_off_its_own_parts_is_the_one_slip(tmp_path, shipped_catalog):
    # r527: 公务用车费 printed 0 over its 运行维护费 32.65; the 合计 34.35 counts the 32.65: one slip, the car row's
    lines = ["2015年某局部门“三公”经费情况统计表 | ||", "? | 单位:万元 | |",
             "项 目 | 本年预算数 | 其中:公共预算财政拨款 |", "合 计 | 34.35 | 34.35 |",
             "1.因公出国(境)费用 | 0 | 0 |", "2.公务接待费 | 1.70 | 1.70 |", "3.公务用车费 | 0 | 0 |",
             "其中:(1)公务用车运行维护费 | 32.65 | 32.65 |", "(2)公务用车购置 | 0 | 0 |"]
    messages = _rules(_read(tmp_path, lines, shipped_catalog).disclosure, "A111")
    assert messages and all("3.公务用车费" in m and "32.65" in m for m in messages)


# -- a page that stops inside a table --------------------------------------------------------------
def test_a_table_the_page_stops_inside(tmp_path, shipped_catalog):
    cells = ["收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额",
             "一、一般公共预算财政拨款收入", "1", "440.55", "一、一般公共服务支出", "29", "423.20",
             "二、政府性基金预算财政拨款收入", "2", "0.00", "二、外交支出", "30", "0.00",
             "三、上级补助收入", "3", "10.00", "三、国防支出", "31", "0.00", "五、经"]  # one cell per line, cut off
    lines = ["某局2019年部门决算", "", "收入支出决算总表", "", "金额单位：万元", "", *(x for c in cells for x in (c, ""))]
    result = _read(tmp_path, lines, shipped_catalog)
    (t1,) = result.disclosure.tables
    assert t1.cut_off and "table.cut_off" in {f.code for f in result.findings}
    assert key_figures(result.disclosure)["by_class"] == {"201": "423.20"}
    assert not _rules(result.disclosure, "A112")
    # the same table printed to its end without a 合计 row is missing one
    result = _read(tmp_path, lines[:-2], shipped_catalog)
    assert not result.disclosure.tables[0].cut_off
    assert _rules(result.disclosure, "A112")


# -- headings printed without their numbers --------------------------------------------------------
SHANGHAI_LIKE = [
    "上海市普陀区2026年区级部门预算", "预算主管部门：上海市普陀区某局",
    "目 录", "一、部门主要职能 ……………… 1", "二、部门机构设置 ……………… 2", "三、名词解释 ……………… 3",
    "四、部门预算编制说明 ……………… 4",
    "上海市普陀区某局主要职能", "上海市普陀区某局是主管全区某项事业的部门。", "主要职能包括：", "1.贯彻执行有关法律。",
    "上海市普陀区某局机构设置", "本部门中，行政单位1家，事业单位3家。",
    "名词解释", "（一）财政拨款收入：是区级预算主管部门从本级财政部门取得的财政拨款。",
    "2026年部门预算编制说明", "2026年，上海市普陀区某局收入预算100.00万元。",
]


def test_headings_printed_without_the_numbers_the_contents_give_them(tmp_path, shipped_catalog):
    result = _read(tmp_path, SHANGHAI_LIKE, shipped_catalog)
    d = result.disclosure
    assert [(s.key, s.heading) for s in d.sections] == [
        ("1.1", "上海市普陀区某局主要职能"), ("1.2", "上海市普陀区某局机构设置"), ("4", "名词解释"),
        ("0.4", "2026年部门预算编制说明")]
    assert d.sections[0].paragraphs[0].text == "上海市普陀区某局是主管全区某项事业的部门。"


def test_contents_whose_entries_are_headings_stay_contents(tmp_path, shipped_catalog):
    """"十、…“三公”经费预算情况说明" ends with the words of "第三部分 …预算情况说明": a contents line still."""
    lines = ["某局2023年部门预算", "目录", "第一部分 某局概况", "一、部门职责", "第三部分 2023年部门预算情况说明",
             "一、2023年收支预算情况的总体说明", "十、2023年财政拨款“三公”经费预算情况说明",
             "第一部分 某局概况", "一、部门职责", "负责全县某项工作。"]
    d = _read(tmp_path, lines, shipped_catalog).disclosure
    assert [s.key for s in d.sections] == ["1.1"]


# -- a 表2 with 财政拨款收入 but not its parts -----------------------------------------------------
def _shanghai_t2(first_fiscal: str) -> list[str]:
    rows = [("207", "", "", "文化旅游体育与传媒支出", "199,337,712", first_fiscal, "", "", ""),
            ("207", "01", "01", "行政运行", "199,337,712", "199,337,712", "", "", "")]
    return ["2026年部门收入预算总表", "单位：元",
            "\t".join(["项目", "", "", "", "收入预算", "", "", "", ""]),
            "\t".join(["功能分类科目编码", "", "", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "事业单位经营收入",
                       "其他收入"]),
            "\t".join(["类", "款", "项", "", "", "", "", "", ""]),
            *("\t".join(r) for r in rows)]


def test_a_shanghai_income_table(tmp_path, shipped_catalog):
    d = _read(tmp_path, _shanghai_t2("199,337,712"), shipped_catalog).disclosure
    (t2,) = d.tables
    assert t2.rows[0].value("fiscal") == D("199337712") and t2.rows[0].value("unit_business_income") is None
    assert not _rules(d, "A106")
    d = _read(tmp_path, _shanghai_t2("190,000,000"), shipped_catalog).disclosure
    assert _rules(d, "A106")


def test_the_department_of_a_parts_title_or_of_the_pages_publisher(tmp_path, shipped_catalog):
    body = "2022年一般公共预算“三公”经费支出预算为79万元。"
    for first, dept in (("寿县司法局2022年“三公”经费预算情况", "寿县司法局"),
                        ("2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明", "广东省财政厅"),
                        ("发文机构:游仙区人民政府办公室 发文日期: 2022-04-15", "游仙区人民政府办公室"),
                        ("部门乡镇信息公开>部门>南漳县招商服务中心>财政资金", None)):
        result = _read(tmp_path, [first, body], shipped_catalog)
        assert (result.disclosure.department or None) == dept, first
        assert ("document.department" in {f.code for f in result.findings}) == (dept is None)
    # "…“三公”经费2022年预算" after quotes: 经费 is no department
    d = _read(tmp_path, ["文号:关键词:说明", "游仙区政府办财政拨款“三公”经费2022年预算情况的说明", body], shipped_catalog)
    assert d.disclosure.department == "" and d.disclosure.year == 2022


def test_a_governments_page_is_not_asked_for_a_department(tmp_path, shipped_catalog):
    result = _read(tmp_path, ["2024年，市本级一般公共预算安排的“三公”经费支出共计3923万元，比2023年预算数减少332万元。"],
                   shipped_catalog)
    assert result.disclosure.profile.scope.value == "本级"
    assert "document.department" not in {f.code for f in result.findings}
