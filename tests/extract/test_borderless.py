"""PDF tables printed without ruling lines (readers/published/pdf_borderless.py), and the gate that
leaves a table unread rather than read wrong (readers/published/inferred_grid.py).

The PDFs are made here: the example laid out by the PDF writer's own Typst template with its rules
taken away (no lines; only a top rule, as a 三线表 starts), and Shanghai 决算 PDFs with every path
left unpainted. Each is read against the same document with its lines.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pymupdf
import pytest

from tests.extract.conftest import CAIZHENGJU, GUIHUA, SHEHUI
from yusuan.model.disclosure import Row, Table, TableId
from yusuan.model.full import derive_full
from yusuan.readers.published import extract_file
from yusuan.readers.published.blocks import Cell, Grid
from yusuan.readers.published.inferred_grid import misread
from yusuan.readers.published.pdf_borderless import may_hold_table
from yusuan.writers import pdf as pdf_writer
from yusuan.writers.document import DocumentOutput

RULE = b"#let rule = 0.6pt"
FILL = b"#let head-fill = luma(236)"
STYLES = {
    "ruled": (RULE, FILL),
    "none": (b"#let rule = none", b"#let head-fill = none"),
    "three": (b"#let rule = (x, y) => if y == 0 { (top: 1pt) } else { none }", b"#let head-fill = none"),
}
# a content stream's painting operators (stroke, fill, both): replaced by `n`, the path is built and dropped
PAINT = re.compile(rb"(?<=\s)(?:S|s|f\*?|F|B\*?|b\*?)(?=\s)")


def _render(outline_json: str, rule: bytes, fill: bytes) -> bytes:
    template = pdf_writer._template()
    assert RULE in template and FILL in template  # the template still declares its rules where this test looks
    return pdf_writer._compiler().compile(template.replace(RULE, rule).replace(FILL, fill),
                                          sys_inputs={"outline": outline_json})


@pytest.fixture(scope="module")
def example_pdfs(example_data, shipped_catalog, tmp_path_factory):
    """The example in each table style: style → the extraction result."""
    disclosure = derive_full(example_data, shipped_catalog)
    document = DocumentOutput(disclosure, example_data.department.publish_date)
    outline_json = json.dumps(pdf_writer.payload(document.layout, document.kind), ensure_ascii=False)
    folder = tmp_path_factory.mktemp("borderless")
    out = {}
    for style, (rule, fill) in STYLES.items():
        path = folder / f"example-{style}.pdf"
        path.write_bytes(_render(outline_json, rule, fill))
        out[style] = extract_file(path, shipped_catalog)
    return out


def _unpainted(source, target):
    doc = pymupdf.open(source)
    for page in doc:
        page.clean_contents()
        for xref in page.get_contents():
            doc.update_stream(xref, PAINT.sub(b"n", doc.xref_stream(xref)))
    doc.save(target)
    assert sum(len(p.get_drawings()) for p in pymupdf.open(target)) == 0
    return target


def _rows(result) -> dict[tuple, dict[str, Decimal]]:
    return {(t.id, r.side, r.code or "", r.label, r.project or ""): {k: v for k, v in r.values.items() if v is not None}
            for t in result.disclosure.tables for r in t.rows}


def _wrong(ruled, other) -> list:
    """Rows of `other` with a figure the ruled reading does not have in that row and column."""
    a, b = _rows(ruled), _rows(other)
    return [(k, col, v) for k, values in b.items() for col, v in values.items() if a.get(k, {}).get(col) != v]


def _unread(result) -> set[str]:
    return {f.message.split("”")[0].lstrip("“") for f in result.findings if f.code == "table.no_grid"}


@pytest.mark.parametrize("style", ["none", "three"])
def test_tables_without_lines_read_as_the_ruled_ones_or_are_reported_unread(example_pdfs, style):
    ruled, other = example_pdfs["ruled"], example_pdfs[style]
    assert not _wrong(ruled, other)
    read = {t.id for t in other.disclosure.tables if t.rows}
    assert {TableId.T1, TableId.T3, TableId.T5, TableId.T6} <= read
    for table in ruled.disclosure.tables:  # every table of the ruled PDF is read whole, or reported
        if table.id in read:
            assert {k for k in _rows(ruled) if k[0] == table.id} >= {k for k in _rows(other) if k[0] == table.id}
            if table.id in (TableId.T1, TableId.T3, TableId.T5, TableId.T6):
                assert [r.values for r in table.rows] == \
                    [r.values for r in next(t for t in other.disclosure.tables if t.id == table.id).rows]
        else:
            assert table.title in _unread(other) or any(table.title in f.message for f in other.findings)


def test_a_ruled_pdf_is_read_as_before(example_pdfs):
    ruled = example_pdfs["ruled"]
    assert not _unread(ruled)
    assert len([t for t in ruled.disclosure.tables if t.rows]) == 10


@pytest.fixture(scope="module")
def shanghai(shipped_catalog, tmp_path_factory):
    folder = tmp_path_factory.mktemp("unpainted")
    return {p.stem: (extract_file(p, shipped_catalog), extract_file(_unpainted(p, folder / p.name), shipped_catalog))
            for p in (CAIZHENGJU, GUIHUA, SHEHUI)}


def test_real_tables_stripped_of_their_lines_give_no_wrong_figure(shanghai):
    for ruled, stripped in shanghai.values():
        assert not _wrong(ruled, stripped)
        assert _unread(stripped)  # the two-sided tables it cannot place are reported, not read wrong


def test_a_wrapped_label_joins_the_row_it_overlaps(shanghai):
    """表6's "机关事业单位基本养老保险缴费" wraps: its first line stands above the row's figures, against the
    line of the row (its second line sits lower than the figures) and apart from the row above."""
    ruled, stripped = shanghai[SHEHUI.stem]
    t6 = next(t for t in stripped.disclosure.tables if t.id == TableId.T6)
    row = next(r for r in t6.rows if r.code == "30108")
    assert row.label == "机关事业单位基本养老保险缴费" and row.values["total"] == Decimal("6.18")
    assert next(r for r in t6.rows if r.code == "30107").label == "绩效工资"


def _table(*rows: Row) -> Table:
    return Table(id=TableId.T3, title="部门支出总体情况表", rows=list(rows))


FIGURES = Grid([[Cell("合计"), Cell("12.00")]], spans_known=True, inferred=True)


@pytest.mark.parametrize(("row", "why"), [
    (Row(label="2,106.66", values={"total": None}), "第1行的名称是数字（2,106.66）"),
    (Row(label=".63", code="236", values={"total": Decimal("236.63")}), "第1行的名称是数字（.63）"),
    (Row(label="", code="301", values={"total": Decimal("2082.85")}), "第1行有数字而没有名称"),
    (Row(label="", values={"total": None}), "第1行没有名称"),
])
def test_an_inferred_table_with_a_row_no_ruled_table_has_is_misread(row, why):
    assert misread(_table(Row(label="合计", values={"total": Decimal(12)}), row), FIGURES) == why.replace("第1", "第2")


def test_an_inferred_table_that_reads_well_is_trusted():
    table = _table(Row(label="合计", values={"total": Decimal(12)}),
                   Row(label="", code="301", values={"total": None}))  # a code alone with nothing: nothing wrong
    assert misread(table, FIGURES) is None


def test_figures_printed_but_none_read_is_misread_and_an_empty_table_is_not():
    empty_row = Row(label="", values={"total": None})
    assert misread(_table(empty_row), FIGURES) == "表中的数字未能对应到任何行和列"
    nothing = Grid([[Cell("合计"), Cell("")]], spans_known=True, inferred=True)
    assert misread(_table(empty_row), nothing) is None


def test_only_pages_with_loose_figures_or_headings_are_searched_for_a_table():
    def words(*texts):
        return [(0, 0, 10, 10, t) for t in texts]

    assert not may_hold_table(words("本部门2023年支出预算合计834.94万元，比上年增加12.00万元。", "单位：万元"))
    assert may_hold_table(words("合计", "834.94", "491.24", "343.70", "12.00"))
    assert may_hold_table(words("项目", "合计", "基本支出"))  # an empty table: its headings only


def test_a_contents_entry_with_one_leader_dot_is_no_table_row(tmp_path):
    """A long contents title leaves room for one leader dot before its page number: three such lines
    are two columns of words and whole numbers, and still no table."""
    from yusuan.readers.published.pdf_borderless import borderless_grids

    def line(y, title, page):
        return [(80, y, 460, y + 11.5, title), (523, y, 534, y + 11.5, page)]

    titles = ("五、关于佳木斯市向阳区人力资源和社会保障局2024年一般公共预算当年拨款情况说明.",
              "六、关于佳木斯市向阳区人力资源和社会保障局2024年一般公共预算基本支出情况说明.",
              "七、关于佳木斯市向阳区人力资源和社会保障局2024年一般公共预算项目支出情况说明.")
    found, left = borderless_grids(1, [line(100 + 15 * k, t, str(15 + k)) for k, t in enumerate(titles)])
    assert not found and len(left) == 6


@pytest.mark.parametrize("style", ["none", "three"])
def test_tables_with_wrapped_headings_read_as_the_ruled_ones(example_pdfs, style):
    """表4's "一般公/共预算" wraps beside headings centred lower (项目, 合计); 表7's "对个人和/家庭的补/助"
    and "对社会/保障基/金补助" wrap over three lines beside "其他支出", centred over the whole header;
    表2's "上级国/有资本经/营预算/安排的转/移支付" wraps over five, under "财政拨款（补助）" alone on its
    line; 表10's "资金来源", alone on its line, heads three sources beside "合计"."""
    ruled, other = example_pdfs["ruled"], example_pdfs[style]
    assert not _unread(other)
    for tid in (TableId.T2, TableId.T4, TableId.T7, TableId.T10):
        read = next(t for t in other.disclosure.tables if t.id == tid)
        assert read.rows and {k: v for k, v in _rows(other).items() if k[0] == tid} == \
            {k: v for k, v in _rows(ruled).items() if k[0] == tid}


def test_a_heading_wrapped_beside_headings_centred_lower_is_one_heading():
    """A wrapped heading's lines stand closer than the header's levels, and the headings of other
    columns, centred lower, fall between them: they are not the wrapped heading's children."""
    from yusuan.readers.published.pdf_borderless import borderless_grids

    lines = [[_word(410, 437, 137.0, "一般公"), _word(452, 487, 137.0, "政府性基")],
             [_word(103, 120, 142.5, "项目"), _word(181, 198, 142.5, "合计")],
             [_word(410, 437, 148.0, "共预算"), _word(456, 483, 148.0, "金预算")],
             [_word(103, 120, 162.0, "合计"), _word(183, 209, 162.0, "851.14"), _word(416, 443, 162.0, "700.00"),
              _word(460, 487, 162.0, "151.14")],
             [_word(70, 122, 176.0, "一般公共预算"), _word(184, 209, 176.0, "700.00"), _word(416, 443, 176.0, "700.00")]]
    found, _ = borderless_grids(1, lines)
    assert len(found) == 1
    rows = [[c.text for c in row] for row in found[0][0].rows]
    assert rows[-3] == ["项目", "合计", "一般公共预算", "政府性基金预算"]  # the header's last row, above the body
    assert rows[-2:] == [["合计", "851.14", "700.00", "151.14"], ["一般公共预算", "700.00", "700.00", ""]]


def _word(x0, x1, y, text, h=8.7):
    return (x0, y, x1, y + h, text)


def test_a_group_heading_alone_on_its_line_heads_the_row_under_it():
    """"资金来源" stands alone on its line over three sources, one wrapped and centred in their row;
    "合计" beside them is centred over both rows, higher than the sources: it bounds the group."""
    from yusuan.readers.published.pdf_borderless import borderless_grids

    lines = [[_word(408, 446, 123.1, "资金来源", 9.5)],
             [_word(99, 194, 136.5, "“三公”经费支出内容", 9.5), _word(268, 287, 136.5, "合计", 9.5),
              _word(482, 520, 138.1, "国有资本", 9.5)],
             [_word(324, 381, 144.0, "一般公共预算", 9.5), _word(403, 450, 144.0, "政府性基金", 9.5)],
             [_word(482, 520, 150.0, "经营预算", 9.5)],
             [_word(60, 79, 165.0, "合计", 9.5), _word(287, 312, 165.0, "31.00", 9.5),
              _word(362, 386, 165.0, "26.00", 9.5), _word(495, 520, 165.0, "5.00", 9.5)],
             [_word(60, 107, 180.0, "公务接待费", 9.5), _word(292, 312, 180.0, "6.00", 9.5),
              _word(366, 386, 180.0, "6.00", 9.5)]]
    found, _ = borderless_grids(1, lines)
    assert len(found) == 1
    rows = [[c.text for c in row] for row in found[0][0].rows]
    assert rows[0][2:] == ["资金来源"] * 3 and rows[0][:2] != ["资金来源"] * 2
    assert rows[-3] == ["“三公”经费支出内容", "合计", "一般公共预算", "政府性基金", "国有资本经营预算"]
    assert rows[-2] == ["合计", "31.00", "26.00", "", "5.00"]


def test_a_label_wrapped_over_three_lines_around_its_figures_is_one_label(shanghai):
    """表5's "机关事业单位/基本养老保险/缴费支出": the figures stand on the middle line, the first and last
    lines just above and below it, as close to it as each other."""
    ruled, stripped = shanghai[SHEHUI.stem]
    t5 = next(t for t in stripped.disclosure.tables if t.id == TableId.T5)
    row = next(r for r in t5.rows if r.code == "2080505")
    assert row.label == "机关事业单位基本养老保险缴费支出" and row.values["total"] == Decimal("6.18")
    assert next(r for r in t5.rows if r.code == "20805").label == "行政事业单位养老支出"


def test_rows_of_nothing_packed_as_close_as_rows_are_not_a_wrapped_label():
    """Label-only rows just above and below a row, as close to it as the rows with figures stand to
    each other, are rows of their own (categories with nothing), not a label wrapped around figures."""
    from yusuan.readers.published.pdf_borderless import borderless_grids

    labels = ("206科学技术支出", "207文化旅游体育与传媒支出", "208社会保障和就业支出", "209社会保险基金支出",
              "210卫生健康支出", "211节能环保支出")
    lines = [[_word(60, 100, 88.0, "项目"), _word(300, 330, 88.0, "合计")]]
    for k, label in enumerate(labels):
        line = [_word(60, 60 + 10 * len(label), 100.0 + 12 * k, label)]
        if k % 2 == 0:
            line.append(_word(300, 330, 100.0 + 12 * k, f"{k + 1}0.00"))
        lines.append(line)
    lines += [[_word(60, 140, 172.0, "212城乡社区支出"), _word(300, 330, 172.0, "70.00")]]
    found, _ = borderless_grids(1, lines)
    assert len(found) == 1
    assert [row[0].text for row in found[0][0].rows[1:]] == [*labels, "212城乡社区支出"]
