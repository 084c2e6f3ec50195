"""Titles, headings and stated figures as other provinces print them (tests/data/budget-beginnings/:
the beginnings of six real budgets, from ../shared/corpus/text/)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import TableId
from yusuan.model.profile import Extent, Layout
from yusuan.money import MoneyUnit
from yusuan.readers.published import extract_file
from yusuan.readers.published.sections import parse_heading, section_key
from yusuan.readers.published.statements import document_title, operating_costs, procurement, staffing
from yusuan.readers.published.titles import match_title

BEGINNINGS = Path(__file__).resolve().parent.parent / "data" / "budget-beginnings"
T = TableId


def _toc_tables(name: str) -> list:
    lines = (BEGINNINGS / name).read_text(encoding="utf-8").splitlines()
    matches = [match_title(line) for line in lines if not line.startswith("#")]
    return [m.table_id for m in matches if m]


def test_table_lists_of_other_provinces():
    assert _toc_tables("001_shangyou_sixiazhen_2022_budget.txt") == [
        T.T1, T.T2, T.T3, T.T4, T.T5, T.T6, T.T10, T.T8, T.T9, None, None]
    assert _toc_tables("010_beijing_zhigong_2024_budget.txt") == [
        T.T1, T.T2, T.T3, T.T7, None, T.T4, T.T5, T.T6, T.T8, T.T9, T.T10, None, None, None]
    wuling = _toc_tables("011_changde_wuling_renda_2024_budget.txt")
    assert wuling[:8] == [T.T1, T.T2, T.T3, None, None, T.T4, T.T5, T.T6]
    assert wuling[8:14] == [None] * 6  # 一般公共预算基本支出表--人员经费(…): variants, recognised, unsupported
    assert wuling[14:19] == [T.T10, T.T8, None, None, T.T9]


@pytest.mark.parametrize(("title", "table", "kind"), [
    ("财务收支预算总表", T.T1, "预算"), ("2024年部门收支总体情况表", T.T1, "预算"),
    ("“三公”经费和机关运行经费预算表", T.T10, "预算"), ("一般公共预算支出功能分类预算表", T.T5, "预算"),
    ("一般公共预算基本支出部门预算经济分类预算表", T.T6, "预算"), ("收入支出决算总表", T.T1, "决算"),
    ("一般公共预算财政拨款支出决算明细表", T.T5, "决算"), ("国有资本经营预算财政拨款收入支出决算表", T.T9, "决算"),
])
def test_aliases(title, table, kind):
    m = match_title(title)
    assert (m.table_id, m.kind.value) == (table, kind)


def test_lines_that_are_not_titles():
    for line in ("第二部分 2023 年部门预算公开表", "十、关于昌吉市人大常委会办公室 2023 年财政拨款“三公”经费预算情况说明",
                 "具体情况见下表：", "第二部分 上海市普陀区财政局2024年度部门决算表"):
        assert match_title(line) is None, line


def test_headings_map_to_section_keys():
    def k(part: int, text: str, parent: str | None = None, title: str = "") -> str:
        return section_key(part, parse_heading(text), parent, title)

    assert k(1, "一、部门主要职责", title="概况") == "1.1"
    assert k(1, "二、部门基本情况", title="概况") == "1.2"
    assert k(2, "二、2022年“三公”经费预算情况说明", title="2022年部门预算情况说明") == "3.10"
    assert k(3, "八、政府性基金预算财政拨款收入支出决算情况说明") == "3.8"
    assert k(3, "(二)政府采购情况", parent="3.11") == "3.11.2"
    assert parse_heading("一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款") is None


def test_a_budget_beginning_read_as_a_document():
    result = extract_file(BEGINNINGS / "001_shangyou_sixiazhen_2022_budget.txt")
    d = result.disclosure
    assert (d.department, d.year) == ("上犹县寺下镇人民政府", 2022)
    assert (d.overview.staffing.authorized, d.overview.staffing.actual) == (56, 76)
    assert [s.key for s in d.sections][:3] == ["1.1", "1.2", "3.1"]
    # only its beginning is there (概况 and 情况说明, no table): a part, so no table is missing from it
    assert (d.profile.extent, d.profile.layout) == (Extent.EXPLANATIONS, Layout.JIANGXI)
    assert not [f for f in result.findings if f.code in ("table.missing", "statement.missing")]


def test_stated_figures():
    assert staffing("编制人数63人,其中行政编制27人、全部补助事业编制36人;实有人数 63 人,在职人数 61 人").actual == 63
    assert staffing("人员编制若干") is None
    assert operating_costs("机关运行经费支出142.80 万元，比2023 年度减少13.52 万\n元，下降8.65%", MoneyUnit.WAN) == (
        Decimal("142.80"), Decimal("156.32"))
    assert operating_costs("机关运行经费财政拨款预算1432600元，与上年持平", MoneyUnit.WAN) == (
        Decimal("143.26"), Decimal("143.26"))
    p, total = procurement("政府采购金额（以合同签订为准）为21.07 万元，其中：货物采购金额21.07 万元、工\n程采购金额0 万元、"
                           "服务采购金额0 万元。", MoneyUnit.WAN)
    assert (p.goods, p.works, p.services, total) == (Decimal("21.07"), 0, 0, Decimal("21.07"))
    assert procurement("2024年，本部门未安排政府采购预算。", MoneyUnit.WAN)[0].goods == 0
    assert document_title(["中共上海市普陀区委", "社会工作部2024 年度", "部门决算"])[:2] == ("中共上海市普陀区委社会工作部", 2024)


def test_a_title_naming_the_cppcc_or_a_mass_organisation_by_its_short_name():
    # "青岛市政协2015年部门决算公开补充说明" (r489): 政协, 人大 and the mass organisations (妇联, 科协 …) are
    # named by their short names in titles too
    assert document_title(["青岛市政协2015年部门决算公开补充说明"]) == ("青岛市政协", 2015, DocumentKind.FINAL)
    assert document_title(["某县妇联2023年部门预算"])[:2] == ("某县妇联", 2023)
    assert document_title(["某市科协2022年度部门决算"])[:2] == ("某市科协", 2022)


def test_a_title_naming_a_kindergarten_or_a_year_before_a_quoted_three_public():
    # "天水市幼兒園2017年度部門決算公開" (r480): a 幼儿园 is a unit; "2018年湛江市质量技术监督局“三公”经费预算
    # 情况说明" (r481): the year first, the department, then “三公” in its quotes
    assert document_title(["天水市幼儿园2017年度部门决算公开"]) == ("天水市幼儿园", 2017, DocumentKind.FINAL)
    assert document_title(["2018年湛江市质量技术监督局“三公”经费预算情况说明"])[:2] == ("湛江市质量技术监督局", 2018)


def test_a_part_title_below_the_sites_index_block():
    """A government site's index block opens the page ("• 索引号" / value / "• 发布机构" / value …, one
    field a line): the part's title that names the unit comes after it, further down than a title's
    first lines."""
    lines = ["• 某县教育体育局", "• 索引号", "000014348/2021-00924", "• 发布机构", "某县教育体育局",
             "• 发布日期", "2021-03-11", "某县第二中学校2021年“三公”经费预算编制说明",
             "2021年一般公共预算财政拨款“三公”经费预算合计5.55万元。"]
    assert document_title(lines)[:2] == ("某县第二中学校", 2021)
    assert document_title(lines[7:])[:2] == ("某县第二中学校", 2021)


def test_a_title_below_an_index_block_with_bracketed_labels(tmp_path):
    """The index block printed as rows of a table, its labels in brackets ("[ 索引号 ] | … | [ 发文字号 ] | |",
    r564): a long row is not the text's first sentence, and the unit's title after the block names it."""
    doc = tmp_path / "page.txt"
    doc.write_text("\n".join([
        "[ 索引号 ] | 11500111MB15011811/2025-00047 | [ 发文字号 ] | |",
        "[ 主题分类 ] | 卫生 | [ 体裁分类 ] | 财政预算、决算 |",
        "[ 发布机构 ] | 某区卫生健康委 | [ 发布日期 ] | 2025-02-17 |",
        "[ 有效性 ] |",
        "某区某镇中心卫生院2025年部门预算情况说明",
        "一、单位基本情况",
        "(一)收入预算:2025年年初预算数703.65万元,其中:一般公共预算拨款703.65万元。"]), encoding="utf-8")
    d = extract_file(doc).disclosure
    assert (d.department, d.year) == ("某区某镇中心卫生院", 2025)


def test_contents_listing_the_tables_each_closed_by_the_lists_mark(tmp_path):
    """"1、2025年部门收支总体情况表；" … "10、2025年整体支出绩效目标表。" (r565): the contents list the tables, each
    closed by the list's semicolon and the last by a full stop; they are entries, not tables the text begins."""
    doc = tmp_path / "page.txt"
    doc.write_text("\n".join([
        "目 录", "第一部分 2025年部门预算说明", "第二部分 2025年部门预算表",
        "1、2025年部门收支总体情况表;", "2、2025年财政拨款收支情况表;", "3、2025年项目支出绩效目标表;",
        "4、2025年整体支出绩效目标表。",
        "第一部分 2025年部门预算说明", "一、部门收支总体情况",
        "2025年本部门收入预算1767.4万元,其中,一般公共预算拨款1767.4万元。"]), encoding="utf-8")
    result = extract_file(doc)
    assert not [f for f in result.findings if f.code.startswith("table.")]
