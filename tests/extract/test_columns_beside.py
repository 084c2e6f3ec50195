"""A table whose columns run on to the next page, as Excel prints a sheet wider than the page without fitting it
(readers/published/beside.py): the 收入 side of a 收支总表 on one page, its 支出 side on the next, each sheet row
level on both pages. It reads as the same table printed whole. The PDFs are laid out with Typst."""

from __future__ import annotations

from tests.realworld.variants import _typst, _typst_string
from yusuan.model.figures import key_figures
from yusuan.readers.published import extract_file
from yusuan.readers.published.beside import beside
from yusuan.readers.published.blocks import Grid
from yusuan.readers.published.pdf import read_pdf
from yusuan.rules import check
from yusuan.rules.runner import Selection

HEAD = ('#set page(paper: "a4", margin: 2cm)\n'
        '#set text(font: ("Noto Serif CJK SC", "Noto Sans CJK SC"), size: 10pt, lang: "zh", region: "cn")\n')
INCOME = [("项目", "预算数"), ("一、一般公共预算拨款收入", "100.00"), ("二、政府性基金预算拨款收入", "0.00"),
          ("三、国有资本经营预算拨款收入", "0.00"), ("四、事业收入", "20.00"), ("本年收入合计", "120.00"),
          ("上年结转", "5.00"), ("收入总计", "125.00")]
SPENDING = [("项目", "预算数"), ("一、一般公共服务支出", "80.00"), ("二、教育支出", "30.00"),
            ("三、社会保障和就业支出", "10.00"), ("", ""), ("本年支出合计", "120.00"), ("年末结转和结余", "5.00"),
            ("支出总计", "125.00")]


def _table(rows) -> str:
    cells = ", ".join(_typst_string(c) for row in rows for c in row)
    return f"#table(columns: {len(rows[0])}, rows: 20pt, {cells})"


def _lines(left: str, right: str) -> str:
    # the sheet's first rows: its title and the 编制单位 / 单位 row, as tall on every page
    return (f"#block(height: 24pt, align(center, text(size: 16pt, {_typst_string(left)})))\n"
            f"#block(height: 16pt, width: 100%, {right})\n")


def _pdf(tmp_path, name: str, source: str):
    path = tmp_path / name
    path.write_bytes(_typst().compile((HEAD + source).encode("utf-8")))
    return path


def test_the_columns_on_the_next_page_read_as_the_table_printed_whole(tmp_path):
    whole = _pdf(tmp_path, "whole.pdf", _lines("某局2024年部门收支总表", '[编制单位：某局 #h(1fr) 单位：万元]')
                 + _table([a + b for a, b in zip(INCOME, SPENDING, strict=True)]))
    split = _pdf(tmp_path, "split.pdf", _lines("某局2024年部门收支总表", '[编制单位：某局]') + _table(INCOME)
                 + "\n#pagebreak()\n" + _lines("", '[#h(1fr) 单位：万元]') + _table(SPENDING))
    one, two = extract_file(whole).disclosure, extract_file(split).disclosure
    where = {"location": True, "rows": {"__all__": {"location"}}}
    assert [t.model_dump(exclude=where) for t in two.tables] == [t.model_dump(exclude=where) for t in one.tables]
    figures = key_figures(two)
    assert (figures["income_total"], figures["expenditure_total"]) == ("125.00", "125.00")
    assert not check(two, selection=Selection.of("A109"))


def test_a_table_continued_below_is_not_taken_for_columns_beside(tmp_path):
    # the next page's table has other rows at other heights: more rows of the table, not its other columns
    more = [("项目", "预算数"), ("五、其他收入", "3.00"), ("收入总计", "128.00")]
    split = _pdf(tmp_path, "below.pdf", _lines("某局2024年部门收入总表", '[单位：万元]') + _table(INCOME[:-1])
                 + "\n#pagebreak()\n" + _table(more))
    (table,) = extract_file(split).disclosure.tables
    labels = [r.label for r in table.rows]
    assert "其他收入" in "".join(labels) and labels[-1] == "收入总计"


CLASSES = [("科目编码", "科目名称", "合计"), ("201", "一般公共服务支出", "80.00"), ("208", "社会保障和就业支出", "10.00"),
           ("210", "卫生健康支出", "6.00"), ("221", "住房保障支出", "4.00"), ("", "合计", "100.00")]
SPLITS = [("基本支出", "项目支出"), ("60.00", "20.00"), ("10.00", "0.00"), ("6.00", "0.00"), ("4.00", "0.00"),
          ("80.00", "20.00")]


def test_figure_columns_without_labels_on_the_next_page_join_their_rows(tmp_path):
    title = _lines("某局2024年一般公共预算支出表", '[编制单位：某局 #h(1fr) 单位：万元]')
    whole = _pdf(tmp_path, "whole.pdf", title + _table([a + b for a, b in zip(CLASSES, SPLITS, strict=True)]))
    split = _pdf(tmp_path, "split.pdf", title + _table(CLASSES) + "\n#pagebreak()\n" + _lines("", "[]")
                 + _table(SPLITS))
    one, two = extract_file(whole).disclosure, extract_file(split).disclosure
    where = {"location": True, "rows": {"__all__": {"location"}}}
    assert one.tables and [t.model_dump(exclude=where) for t in two.tables] == \
        [t.model_dump(exclude=where) for t in one.tables]


def test_a_full_page_of_more_rows_level_with_the_first_is_no_columns_beside(tmp_path):
    # the sheet's blank first rows printed on every page too: page 2's rows stand level with page 1's, as many,
    # but they have labels of their own and page 1 ended with no total: they are more rows
    first = [("项目", "预算数"), *[(f"{n}、事业收入{n}", f"{k}.00") for k, n in enumerate("一二三四五", start=1)]]
    second = [("项目", "预算数"), *[(f"{n}、事业收入{n}", f"{k}.00") for k, n in enumerate("六七八九", start=6)],
              ("合计", "45.00")]
    split = _pdf(tmp_path, "more.pdf", _lines("某局2024年部门收入总表", '[单位：万元]') + _table(first)
                 + "\n#pagebreak()\n" + _lines("", "[]") + _table(second))
    first_grid, second_grid = [b for b in read_pdf(split).blocks if isinstance(b, Grid)]
    assert len(first_grid.rows) == len(second_grid.rows)  # as many rows, level (else this tests nothing)
    assert not beside(first_grid, second_grid)
    labels = [r.label for t in extract_file(split).disclosure.tables for r in t.rows]
    assert "事业收入一" in "".join(labels) and "事业收入九" in "".join(labels)
