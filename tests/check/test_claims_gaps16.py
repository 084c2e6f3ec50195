"""Claim checks corrected after the sixteenth blind batch (r640–r647)."""

from __future__ import annotations

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Disclosure, Paragraph, Section
from yusuan.rules import check


def _page(*paragraphs: str) -> Disclosure:
    return Disclosure(department="某团委", year=2011, kind=DocumentKind.BUDGET, tables=[],
                      sections=[Section(key="0", heading="", paragraphs=[Paragraph(text=t) for t in paragraphs])])


def _t304(d: Disclosure) -> list:
    return [f for f in check(d) if f.rule == "T304"]


_HEAD = "2.一般行政管理事务27981.4万元，用于开展共青团和青少年工作的支出。其中："


def test_a_parts_main_projects_are_its_own_parts():
    """"(1)…专项工作经费21962.9万元。主要项目有：…14566万元，…1360万元。(2)…交流经费6018.5万元" (r643): the
    主要项目 break (1) down; the list of 一般行政管理事务 is (1) and (2), which add up (no false T304)."""
    d = _page(_HEAD, "（1）专项工作经费21962.9万元。主要项目有：西部计划14566万元，网站建设3700万元，教育事业经费1360万元。",
              "（2）青年国际交流经费6018.5万元。")
    assert _t304(d) == []


def test_the_outer_list_is_still_checked():
    """(1) and (2) more than the whole: still an error, with the 主要项目 not counted in it."""
    d = _page(_HEAD, "（1）专项工作经费22962.9万元。主要项目有：西部计划14566万元，网站建设3700万元。",
              "（2）青年国际交流经费6018.5万元。")
    found = _t304(d)
    assert len(found) == 1 and "28981.40" in found[0].message


def test_main_projects_more_than_their_part():
    d = _page("（1）专项工作经费2000万元。主要项目有：西部计划1500万元，网站建设700万元。")
    assert _t304(d)


def _w712(text: str) -> list:
    return [f for f in check(_page(text)) if f.rule == "W712"]


def test_the_or_of_a_templates_two_words_left_in():
    """"基本支出158.39万元，比2022年或减少9.53万元" (r645): the template's "增加或减少" with one word deleted."""
    found = _w712("其中：基本支出158.39万元，比2022年或减少9.53万元，主要原因是压减行政运行经费。")
    assert len(found) == 1 and "或减少" in found[0].message


def test_or_between_words_without_an_amount_is_no_leftover():
    assert _w712("基本支出158.39万元，比2022年减少9.53万元，主要原因是压减行政运行经费。") == []
    assert _w712("说明预算数增加或减少的主要原因：人员调动。") == []
