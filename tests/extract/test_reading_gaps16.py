"""Reading gaps of the real-world corpus closed in the sixteenth round (known_gaps.yaml)."""

from __future__ import annotations

from yusuan.readers.published import extract_file

_INDEX_BLOCK = [
    "| [ 索引号 ] | 11500000MB0000000X/2026-00012 | [ 发文字号 ] | |",
    "| [ 主题分类 ] | 财政 | [ 体裁分类 ] | 财政预算、决算 |",
    "| [ 发布机构 ] | 某县农业农村委员会 | [ 有效性 ] | |",
    "| [ 成文日期 ] | 2026-02-11 | [ 发布日期 ] | 2026-02-11 |",
]


def test_a_title_below_an_index_block_whose_rows_open_with_a_pipe(tmp_path):
    """The site's index block copied as a table whose every row opens with its pipe ("| [ 索引号 ] | … |",
    r605): the rows are the site's, not the text's first sentence, and the unit's title after them names it."""
    doc = tmp_path / "page.txt"
    doc.write_text("\n".join([*_INDEX_BLOCK, "某县农机推广站2026年单位预算情况说明", "一、单位基本情况",
                              "(一)收入预算:2026年年初预算数52.10万元,其中:一般公共预算拨款52.10万元。"]),
                   encoding="utf-8")
    r = extract_file(doc)
    assert (r.disclosure.department, r.disclosure.year) == ("某县农机推广站", 2026)
    assert "document.department" not in {f.code for f in r.findings}


def test_a_page_without_a_title_below_the_index_block_still_names_none(tmp_path):
    """The same block above text that names no unit in a title: no department is made up from the rows."""
    doc = tmp_path / "page.txt"
    doc.write_text("\n".join([*_INDEX_BLOCK, "一、单位基本情况",
                              "(一)收入预算:2026年年初预算数52.10万元,其中:一般公共预算拨款52.10万元。"]),
                   encoding="utf-8")
    r = extract_file(doc)
    assert r.disclosure.year == 2026 and r.disclosure.department in (None, "", "某县农业农村委员会")
