"""Shortcuts the readers take for speed must give what the library gives: the DOCX reader takes a
paragraph's text straight from the XML (python-docx's XPath per run was a third of the time of reading a
DOCX), and telling an input workbook from published tables reads only the sheet names."""

from __future__ import annotations

from docx import Document
from docx.text.paragraph import Paragraph

from yusuan.readers.published.docx import W, paragraph_text


def test_paragraph_text_is_python_docx_text(tmp_path):
    from yusuan.synth.documents import make_document

    make_document(3, 5, "docx", 0.0, str(tmp_path))  # a published disclosure: headings, texts, tables
    document = Document(str(tmp_path / "doc-000003.docx"))
    paragraphs = list(document.element.body.iter(f"{W}p"))  # in the body and in table cells
    assert len(paragraphs) > 100
    assert [paragraph_text(p) for p in paragraphs] == [Paragraph(p, document).text for p in paragraphs]


def test_breaks_tabs_and_hyperlinks(tmp_path):
    document = Document()
    p = document.add_paragraph("收入")
    run = p.add_run("合计")
    run.add_tab()
    run.add_text("851.14")
    run.add_break()  # a line break: "\n"
    run.add_text("万元")
    from docx.enum.text import WD_BREAK

    p.add_run("下页").add_break(WD_BREAK.PAGE)  # a page break: nothing
    document.save(tmp_path / "t.docx")
    element = Document(str(tmp_path / "t.docx")).paragraphs[0]._p
    assert paragraph_text(element) == "收入合计\t851.14\n万元下页"


def test_sheet_names_without_loading_the_workbook(tmp_path):
    from openpyxl import load_workbook

    from yusuan.readers.disclosure_input import _sheet_names, is_input_workbook
    from yusuan.synth.documents import make_document
    from yusuan.writers.workbook_template import write_template

    write_template(tmp_path / "预算.xlsx")
    make_document(2, 5, "xlsx", 0.0, str(tmp_path))
    for name, is_input in (("预算.xlsx", True), ("doc-000002.xlsx", False)):
        path = tmp_path / name
        assert _sheet_names(path) == load_workbook(path, read_only=True).sheetnames
        assert is_input_workbook(path) is is_input
    (tmp_path / "odd.xlsx").write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip: openpyxl decides
    assert _sheet_names(tmp_path / "odd.xlsx") is None


def _blocks(source) -> list:
    from yusuan.readers.published.blocks import Grid

    return [(type(b).__name__, b.text, b.location) if not isinstance(b, Grid) else
            ("Grid", [[(c.text, c.location) for c in row] for row in b.rows], b.location) for b in source.blocks]


def test_workbook_shortcut_reads_what_two_plain_loads_read(tmp_path):
    """The XLSX reader's one load (openpyxl's parser patched to keep formula results and merged ranges
    only) gives the blocks of the plain path: a load with formulas and a data-only load."""
    from openpyxl import Workbook

    from yusuan.readers.published.xlsx import read_xlsx
    from yusuan.synth.documents import make_document

    make_document(2, 5, "xlsx", 0.0, str(tmp_path))  # published tables: merged headers, =SUM totals with results
    wb = Workbook()
    ws = wb.active
    ws.append(["一般公共预算支出情况表"])
    ws.merge_cells("A1:C1")
    ws.append(["科目名称", "合计", "基本支出"])
    ws.append(["行政运行", "=B4+1", 10.5])  # a formula saved without its result
    ws.append(["合计", 3, None])
    wb.save(tmp_path / "formulas.xlsx")
    for name in ("doc-000002.xlsx", "formulas.xlsx"):
        shortcut = read_xlsx(tmp_path / name, one_load=True)
        plain = read_xlsx(tmp_path / name, one_load=False)
        assert len(shortcut.blocks) > 1
        assert _blocks(shortcut) == _blocks(plain)


def test_workbook_shortcut_only_for_the_openpyxl_it_was_written_for():
    import openpyxl

    from yusuan.readers.published.xlsx import one_load_supported

    assert one_load_supported("3.1.5") and one_load_supported("3.1.2")
    assert not one_load_supported("3.2.0") and not one_load_supported("4.0.0")
    assert one_load_supported() is openpyxl.__version__.startswith("3.1.")


def test_trusted_locations_are_the_validated_ones():
    """The readers make a cell's Location without validation; it must be the Location validation makes."""
    import copy
    import pickle

    from yusuan.model.disclosure import Location, trusted_location

    for values in ({"file": "a.txt", "line": 3, "column": "2", "page": None}, {"sheet": "表1", "row": 4, "column": "C"},
                   {"line": 7}, {}):
        made, valid = trusted_location(**values), Location(**values)
        assert made == valid and made.model_fields_set == valid.model_fields_set
        assert made.model_dump_json() == valid.model_dump_json()
        assert made.model_dump(exclude_none=True) == valid.model_dump(exclude_none=True)
        assert pickle.loads(pickle.dumps(made)) == valid and copy.deepcopy(made) == valid
        assert made.model_copy(update={"page": 9}) == valid.model_copy(update={"page": 9})
