"""Readings corrected after the twenty-third blind batch (r780–r783)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_profile import read

_DUTIES = ("一、部门基本情况\n（一）职能职责\n{opening}，主要职责是：1、实施免疫规划。2、承担卫生应急任务。\n（二）机构设置\n"
           "本部门内设8个职能科室。\n（一）收入支出决算总体情况说明\n1.总体情况。2021年度收入总计1606.73万元，"
           "支出总计1606.73万元。")


def test_the_unit_that_says_what_kind_of_body_it_is(tmp_path: Path):
    """"某区疾病预防控制中心为全额拨款事业单位，主要职责是…" (r781): with no title naming it, the unit is the one the
    职能职责 paragraph opens with as a kind of body; "本中心为…" names nobody."""
    text = _DUTIES.format(opening="某区疾病预防控制中心为全额拨款事业单位")
    assert read(tmp_path, text).disclosure.department == "某区疾病预防控制中心"
    text = _DUTIES.format(opening="本中心为全额拨款事业单位")
    assert not read(tmp_path, text).disclosure.department


def test_what_the_text_calls_the_unit_is_no_part_of_its_name(tmp_path: Path):
    """"某商务区管理委员会（以下简称“本部门”）为区政府派出机构" (r783): the name without the bracket."""
    text = _DUTIES.format(opening="某商务区管理委员会（以下简称“本部门”）为区政府派出机构")
    assert read(tmp_path, text).disclosure.department == "某商务区管理委员会"
