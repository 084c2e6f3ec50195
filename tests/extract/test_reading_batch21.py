"""Readings corrected after the twenty-first blind batch (r740–r747)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_profile import read


def test_the_unit_named_as_what_stands_at_an_address(tmp_path: Path):
    """"(二)机构设置\\n增福镇卫生院位于增福镇福兴路16号，占地面积6.67亩…" (r745): with no title naming it, the unit is the
    one the 机构设置 paragraph opens with, as what stands at the address of its premises; "本院位于…" names nobody."""
    text = ("一、单位基本情况\n（一）职能职责\n1.承担公共卫生服务。\n（二）机构设置\n某镇卫生院位于某镇福兴路16号，占地面积6.67亩，"
            "建筑面积3399平方米。\n二、单位决算情况说明\n（一）收入支出决算总体情况说明。\n2024年度收入总计1262.46万元，"
            "支出总计1262.46万元。")
    assert read(tmp_path, text).disclosure.department == "某镇卫生院"
    assert not read(tmp_path, text.replace("某镇卫生院位于", "本院位于")).disclosure.department
