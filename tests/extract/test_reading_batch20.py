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
