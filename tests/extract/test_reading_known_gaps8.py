"""Reading gaps of the real-world corpus closed after the sixteenth blind batch (known_gaps.yaml: r605, r463)."""

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


def _three_public_page(tmp_path, table: str):
    doc = tmp_path / "page.txt"
    doc.write_text("某县档案馆 2019 年一般公共预算财政拨款“三公”经费支出决算情况说明 一、2019 年一般公共预算财政拨款"
                   f"“三公”经费支出决算表 单位:万元 {table} 二、2019 年“三公”经费支出情况说明 (一)总体情况。"
                   "2019 年度“三公”经费支出决算为 12.50 万元。\n", encoding="utf-8")
    return extract_file(doc).disclosure


def test_a_three_public_table_run_into_one_line(tmp_path):
    """A PDF's 三公 table copied without its line ends, title, unit, header and rows on one line (r463): each
    label with its 预算数 and 决算数 is a row; a label wrapped in the PDF comes out last, after its amounts."""
    from yusuan.model.figures import key_figures

    d = _three_public_page(tmp_path, "项 目 预算数 决算数 合 计 13.00 12.50 0 0 公务接待费 3.00 2.80 "
                                     "公务用车购置及运行费 10.00 9.70 其中:公务用车运行维护费 10.00 9.70 "
                                     "公务用车购置 0 0 因公出国(境)费")
    assert [t.id.value for t in d.tables] == ["T10"]
    tp = key_figures(d)["three_public"]
    assert (tp["total"], tp["vehicle_operation"], tp["reception"], tp["abroad"]) == ("12.50", "9.70", "2.80", "0.00")


def test_a_run_together_line_whose_rows_do_not_fit_the_header_stays_text(tmp_path):
    """The same line with a row short of an amount: no table is made up from it."""
    d = _three_public_page(tmp_path, "项 目 预算数 决算数 合 计 13.00 12.50 公务接待费 2.80 "
                                     "公务用车购置及运行费 10.00 9.70 公务用车购置 0 0")
    assert d.tables == []
