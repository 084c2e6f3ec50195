"""The HTML page: tables a screen reader can name and navigate (caption, column and row headers)."""

from __future__ import annotations

import lxml.html
import pytest

from yusuan.writers.document import DocumentOutput, document_html


@pytest.fixture(scope="module")
def page(example_disclosure, example_data):
    return lxml.html.document_fromstring(document_html(DocumentOutput(example_disclosure, example_data.department.publish_date)))


def test_every_table_has_a_caption_naming_it(page):
    captions = [t.findtext("caption") for t in page.iter("table")]
    assert captions[:2] == ["表1 部门收支总体情况表", "表2 部门收入总体情况表"]
    assert "项目支出绩效目标表（人大会议）" in captions
    assert captions[-1] == "与原公开文件的差异"  # the appendix: the example corrects its publication
    assert len(captions) == 10 + 5 + 1 and all(captions)


def test_column_headers_and_row_headers(page):
    t3 = page.xpath('//table[@data-table="T3"]')[0]
    heads = t3.xpath("./thead//th")
    assert {h.get("scope") for h in heads} == {"col", "colgroup"}
    assert heads[0].text == "项目" and heads[0].get("scope") == "colgroup"
    rows = t3.xpath("./tbody/tr")
    first = rows[0]
    assert [c.tag for c in first] == ["td", "td", "td", "th", "td", "td", "td"]
    assert first[3].get("scope") == "row" and first[3].text == "一般公共服务支出"
    t1 = page.xpath('//table[@data-table="T1"]')[0]
    labels = [th.text for th in t1.xpath("./tbody/tr[1]/th")]
    assert labels == ["一、本年收入", "201 一般公共服务支出"]  # each side of 表1 names its row
