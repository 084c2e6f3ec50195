"""Reading what the fourteenth blind batch (r600–r609, budgets) showed, each test a small hand-made text."""

from __future__ import annotations

from yusuan.model.figures import key_figures
from yusuan.readers.published import extract_file


def _figures(tmp_path, lines: list[str], shipped_catalog) -> dict:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    d = extract_file(path, shipped_catalog).disclosure
    return key_figures(d, shipped_catalog)


def test_a_funds_grant_listed_as_a_part_is_not_the_income_again(tmp_path, shipped_catalog):
    """"收入合计138.55万元，其中：本年收入138.55万元，主要是一般公共预算拨款138.55万元，政府性基金预算拨款0万元" (r606):
    the 0 is the fund's grant, a source of the income, not the income named before it."""
    f = _figures(tmp_path, [
        "某某中心2026年单位预算情况说明",
        "二、单位收支总体情况",
        "(一)收入预算：2026年收入合计138.55万元，其中：本年收入138.55万元，主要是一般公共预算拨款138.55万元，"
        "政府性基金预算拨款0万元，国有资本经营预算收入0万元，事业收入0万元，其他收入0万元。"], shipped_catalog)
    assert f["income_total"] == "138.55"


def test_the_first_class_after_baokuo_is_read(tmp_path, shipped_catalog):
    """"支出总计77.82万元，包括社会保障和就业支出11.35万元、卫生健康支出4.02万元…" (r602): the first 类 after 包括
    is read as well as those after 、."""
    f = _figures(tmp_path, [
        "某林场2025年预算情况说明",
        "一、关于某林场2025年财政拨款收支预算情况的总体说明",
        "某林场财政拨款收支总预算77.82万元。其中，收入总计77.82万元，包括一般公共预算本年收入77.82万元；"
        "支出总计77.82万元，包括社会保障和就业支出11.35万元、卫生健康支出4.02万元、农林水支出56.58万元、"
        "住房保障支出5.87万元，结转下年0万元。"], shipped_catalog)
    assert f["by_class"] == {"208": "11.35", "210": "4.02", "213": "56.58", "221": "5.87"}


def test_a_staff_subtotal_is_the_whole_before_the_kinds_of_post(tmp_path, shipped_catalog):
    """"编制人数小计5人，其中：行政编制人数0人，参照公务员法管理的事业编制人数0人，事业编制人数5人。实有人数8人…"
    (r607, the 江西 template): the 编制数 is the 小计, not the first kind of post."""
    f = _figures(tmp_path, [
        "某某中心2025年单位预算公开",
        "二、机构设置及人员情况",
        "编制人数小计5人，其中：行政编制人数0人，参照公务员法管理的事业编制人数0人，事业编制人数5人。实有人数8人，"
        "其中：在职人数小计8人，行政在职人数3人，参照公务员法管理的事业单位在职人数0人，事业单位在职人数5人。"],
        shipped_catalog)
    assert f["staff"] == {"authorized": 5, "actual": 8}


def test_a_title_with_danwei_after_the_name(tmp_path, shipped_catalog):
    """"上犹县老干部活动中心单位2025年单位预算公开" (r607): the name is the 中心; "单位" is the template's word for the
    kind of budget, as "部门" is."""
    path = tmp_path / "page.txt"
    path.write_text("\n".join(["上犹县老干部活动中心单位2025年单位预算公开", "目 录", "第一部分 单位概况",
                               "一、主要职责", "上犹县老干部活动中心职责承担全县离休干部和县级退休干部的服务管理。"]),
                    encoding="utf-8")
    assert extract_file(path, shipped_catalog).disclosure.department == "上犹县老干部活动中心"
