"""Pages of the twentieth blind batch (r720–r726), each test a small hand-made page."""

from __future__ import annotations

from yusuan.readers.published import extract_file


def test_a_units_budget_code_before_its_name_in_a_heading(tmp_path, shipped_catalog):
    # r722: "第一部分 106004中共柳州市委组织部信息中心概况" — the 预算单位编码 printed before the name is not part of it
    lines = ["目 录", "第一部分 {}概况", "一、主要职责", "负责全市组织系统信息化建设相关工作。",
             "第二部分 {}2024年单位预算情况说明", "一、单位收支总体情况说明",
             "2024年单位收支总预算136.71万元,同比增加10.00万元,同比增长7.89%。"]
    for name, expected in (("106004中共柳州市委组织部信息中心", "中共柳州市委组织部信息中心"),
                           ("中共柳州市委组织部信息中心", "中共柳州市委组织部信息中心")):
        path = tmp_path / "page.txt"
        path.write_text("\n".join(lines).format(name, name), encoding="utf-8")
        result = extract_file(path, shipped_catalog)
        assert result.disclosure.department == expected


def test_a_parts_heading_with_a_colon_names_the_unit(tmp_path, shipped_catalog):
    # r723: "第一部分:广西文化和旅游厅医务所单位概况" — a colon after the part's number, then the unit's name
    lines = ["目 录", "第一部分:单位概况", "第二部分:{0}2024年单位预算情况说明", "第一部分:{0}单位概况", "一、主要职能",
             "为干部职工提供基本医疗卫生保健服务。", "第二部分:{0}2024年单位预算情况说明", "一、单位收支总体情况说明",
             "2024年收入总预算334.21万元,同比增加36.78万元,增长12.36%。"]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines).format("广西文化和旅游厅医务所"), encoding="utf-8")
    assert extract_file(path, shipped_catalog).disclosure.department == "广西文化和旅游厅医务所"


def test_a_table_run_into_text_under_its_unit_is_a_document(tmp_path, shipped_catalog):
    # r721: an OCR of a 决算's attachment, the cover and 财决公开01表 run into one line — no title, no amount with a
    # unit after it, but "金额单位:万元" and then the amounts: a budget document's table as text, read (not refused)
    text = ("海南省某学校2022年决算批复公开资料\n(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)\n"
            "财决公开01表 部门: (略) 某学校 金额单位:万元 收入 收入 收入 支出 支出 支出 项目 行次 金额 项目 行次 金额 "
            "栏次 1 栏次 2 一一般公共预算财政拨款收入 1 4,627.57 一一般公共服务支出 32 0.00 五事业收入 5 80.78 "
            "五教育支出 36 4,146.04")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_file(path, shipped_catalog).disclosure.year == 2022
    path.write_text("海南省某学校2022年决算批复公开资料\n金额单位:万元\n详情见附件", encoding="utf-8")
    try:
        extract_file(path, shipped_catalog)
    except Exception as e:  # no amount at all: still refused
        assert "没有找到" in str(e)
    else:
        raise AssertionError("a page with a unit and no amounts was read")


def test_the_contents_title_split_by_the_first_part_heading(tmp_path, shipped_catalog):
    # r726: a PDF's text run into one line, "…2022 年度决算 目 第一部分 录 …概况 一、…" — the spaced-out title "目 录"
    # came out around the first part's heading: the contents open there, and their table names are no tables
    text = ("某中心小学2022年度决算公开.pdf\n某中心小学 2022 年度决算 目 第一部分 录 某中心小学概况 一、单位主要职责 "
            "二、单位基本情况 第二部分 2022 年度单位决算表 一、收入支出决算总表 二、收入决算表 三、支出决算表 "
            "第三部分 2022 年度单位决算情况说明 一、收入决算情况说明 第四部分 名词解释 第一部分 某中心小学概况 "
            "一、单位主要职责 负责实施九年义务教育。 二、单位基本情况 本单位 2022 年年末实有人数 125 人,其中在职人员 125 人。")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    profile = extract_file(path, shipped_catalog).disclosure.profile.summary()
    assert profile["extent"] == "情况说明"


_RUN_TOTALS = ("某学校2022年决算批复公开资料\n(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)\n"
               "部门: (略) 某学校 金额单位:万元 单位名称 (略) 某学校 预算级次 省级 F1 封面代码 财决公开01表 部门: (略) 某学校 "
               "金额单位:万元 收入 收入 收入 支出 支出 支出 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 "
               "一一般公共预算财政拨款收入 1 4,627.57 一一般公共服务支出 32 0.00 二政府性基金预算财政拨款收入 2 0.00 "
               "二外交支出 33 0.00 五事业收入 5 80.78 五教育支出 36 4,146.04 八其他收入 8 33.19 八社会保障和就业支出 39 "
               "341.76 9 九卫生健康支出 40 89.57 10 ")


def test_a_two_sided_total_table_run_into_one_line_is_read(tmp_path, shipped_catalog):
    # r721: the 决算 template's 财决公开01表 (收入支出决算总表) run into one line by OCR — its two sides' rows as
    # "name 行次 amount name 行次 amount": broken into its rows and read; the run stops on a bare 行次 ("… 89.57 10"),
    # so the table is cut off there: no 合计 asked for (no A112), and its last row is not taken
    from yusuan.model.figures import key_figures
    from yusuan.rules import check

    path = tmp_path / "page.txt"
    path.write_text(_RUN_TOTALS, encoding="utf-8")
    d = extract_file(path, shipped_catalog).disclosure
    assert key_figures(d)["by_class"] == {"205": "4146.04", "208": "341.76"}
    assert not [f for f in check(d) if f.rule == "A112"]


def test_rows_are_renumbered_only_when_every_row_holds_its_number():
    from yusuan.readers.published.run_together import _two_sided

    line = ("财决公开01表 金额单位:万元 项目 行次 金额 项目 行次 金额 一般公共预算财政拨款收入 1 10.00 一般公共服务支出 32 5.00 "
            "事业收入 2 1.00 外交支出 33 0.00 其他收入 3 0.00 国防支出 34 6.00")
    rows = _two_sided(line)
    assert rows is not None and "| 一般公共预算财政拨款收入 | 1 | 10.00 | 一般公共服务支出 | 32 | 5.00 |" in rows
