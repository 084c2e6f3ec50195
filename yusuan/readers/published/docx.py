"""Published DOCX documents → blocks, with python-docx: paragraphs and tables in body order;
merged cells (gridSpan, vMerge) become one Cell object over the positions they cover. A
paragraph broken by line breaks (a table typed one cell per line) gives a line per break. A paragraph
numbered by Word's lists opens with the label Word shows ("一、", "（二）": docx_numbering.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from yusuan.errors import InputError
from yusuan.model.disclosure import Location, trusted_location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.docx_numbering import Numbering
from yusuan.readers.published.findings import file_problem

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TR, _TC, _P, _TR_PR, _TC_PR, _TBL = f"{W}tr", f"{W}tc", f"{W}p", f"{W}trPr", f"{W}tcPr", f"{W}tbl"


def read_docx(path: Path) -> Source:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(str(path), [file_problem("读取 DOCX 需要 python-docx")]) from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError, TypeError) as exc:
        # python-docx meets a damaged package part (e.g. an Override without PartName) as AttributeError
        raise InputError(str(path), [file_problem(f"无法打开 DOCX：文件已损坏或不是 Word 文档（{exc}）")]) from None
    source = Source(str(path))
    numbering = _numbering(document)
    for n, element in enumerate(_content(document.element.body), start=1):
        if element.tag == _P:
            text = paragraph_text(element)
            if numbering and text.strip():  # Word numbers no empty paragraph
                text = numbering.label(element) + text
            for part in text.split("\n"):
                if part.strip():
                    source.blocks.append(TextLine(part, trusted_location(line=n)))
        else:
            source.blocks.append(_grid(element, n, numbering))
    return source


def _content(container):
    """The paragraphs and tables a container shows, in order: wrappers opened (`_unwrapped`), the paragraphs of
    a paragraph's text boxes before it (a cover page's title is often one), and a table used for layout — one
    cell, or one column whose cells hold tables — walked into, as a web page's layout tables are."""
    for child in _unwrapped(container):
        if child.tag == _P:
            for box in _text_boxes(child):
                yield from _content(box)
            yield child
        elif child.tag == _TBL:
            cells = _layout_cells(child)
            if cells is None:
                yield child
            else:
                for cell in cells:
                    yield from _content(cell)


_TXBX = f"{W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p) -> list:
    """The paragraph's outermost text boxes, each once: Word stores a shape twice, as DrawingML and, in
    mc:Fallback, as VML; the fallback's copy is skipped."""
    out = []
    for box in p.iter(_TXBX):
        ancestor, inner = box.getparent(), False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag in (_TXBX, _FALLBACK):
                inner = True
                break
            ancestor = ancestor.getparent()
        if not inner:
            out.append(box)
    return out


def _layout_cells(tbl) -> list | None:
    """The cells of a table used for layout, in order, or None for a table of data: one cell, or one column
    whose cells hold tables."""
    rows = [[tc for tc in _unwrapped(tr) if tc.tag == _TC] for tr in _unwrapped(tbl) if tr.tag == _TR]
    if not rows or any(len(row) != 1 for row in rows):
        return None
    cells = [row[0] for row in rows]
    if len(cells) == 1 or any(child.tag == _TBL for cell in cells for child in _unwrapped(cell)):
        return cells
    return None


def _numbering(document) -> Numbering:
    """The document's lists, read from its numbering and styles parts. A document without lists has no
    numbering part, and a damaged part raises whatever its parser meets (lxml's syntax errors among them):
    either way the text is read without labels, never refused for them."""
    try:
        numbering_xml = document.part.numbering_part.element
    except Exception:  # noqa: BLE001 - see the docstring
        numbering_xml = None
    try:
        styles_xml = document.styles.element
    except Exception:  # noqa: BLE001
        styles_xml = None
    return Numbering(numbering_xml, styles_xml)


_RUN_TEXT = {f"{W}cr": "\n", f"{W}noBreakHyphen": "-", f"{W}ptab": "\t", f"{W}tab": "\t"}


def _run_text(run) -> str:
    """python-docx's `Run.text`, by iterating the run's children (its XPath per run was a third of the
    time of reading a DOCX): w:t its text, w:tab and w:ptab a tab, w:cr and a text-wrapping w:br a
    line break, w:noBreakHyphen "-"."""
    out = []
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}br":
            if child.get(f"{W}type", "textWrapping") == "textWrapping":
                out.append("\n")
        elif tag in _RUN_TEXT:
            out.append(_RUN_TEXT[tag])
    return "".join(out)


# what Word wraps around runs, paragraphs, rows or cells without changing the text they show: a tracked insertion
# (w:ins, w:moveTo), a content control (w:sdt and its w:sdtContent), custom XML, a simple field, a smart tag,
# a hyperlink, a bidirectional run; a tracked deletion (w:del, w:moveFrom) shows nothing, nor a control's w:sdtPr
_WRAPPERS = frozenset(f"{W}{t}" for t in ("ins", "moveTo", "sdt", "sdtContent", "customXml", "fldSimple", "smartTag",
                                           "hyperlink", "dir", "bdo"))


_WRAPPER_PROPERTIES = frozenset(f"{W}{t}" for t in ("sdtPr", "sdtEndPr", "customXmlPr"))


def _unwrapped(element):
    """The children of `element` as they show, wrappers opened (a content control's paragraphs are the
    body's, an inserted run is the paragraph's); the wrappers' own properties, comments and processing
    instructions skipped."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _WRAPPER_PROPERTIES:
            continue
        if child.tag in _WRAPPERS:
            yield from _unwrapped(child)
        else:
            yield child


def paragraph_text(p) -> str:
    """What the paragraph shows: its runs in order, also those Word wrapped in a tracked insertion, a
    content control, a field, a smart tag or a hyperlink (python-docx's `Paragraph.text` takes only direct
    runs and hyperlinks); a tracked deletion's text is no part of it."""
    return "".join(_run_text(child) for child in _unwrapped(p) if child.tag == f"{W}r")


def _numbered(p, numbering: Numbering | None) -> str:
    text = paragraph_text(p)
    return numbering.label(p) + text if numbering and text.strip() else text


_GRID_BEFORE, _GRID_SPAN, _V_MERGE, _VAL = f"{W}gridBefore", f"{W}gridSpan", f"{W}vMerge", f"{W}val"


# Word's widest table has 63 columns: a span or a skip beyond any table's width is a damaged or hostile file
# (a gridSpan of 200 000 000 took 3 GB and a minute for one cell), read as the widest there is
_MOST_COLUMNS = 100


def _count(el, default: int) -> int:
    """A w:gridSpan's or w:gridBefore's number of columns, within 0 … _MOST_COLUMNS; `default` when it is
    missing or no number (w:val="abc" raised ValueError)."""
    if el is None:
        return default
    try:
        return max(0, min(int(el.get(_VAL, default)), _MOST_COLUMNS))
    except ValueError:
        return default


def _grid(tbl, n: int, numbering: Numbering | None = None) -> Grid:
    """Read the table's XML: w:gridSpan widens a cell, w:vMerge="continue" extends the one above.
    (The w:tr and w:tc children are walked directly: python-docx's `tr_lst`, `tc_lst`, `tcPr` and
    `qn` per cell were most of the time of reading a DOCX's tables.)"""
    rows: list[list[Cell]] = []
    r = 0
    for tr in _unwrapped(tbl):
        if tr.tag != _TR:
            continue
        row: list[Cell] = []
        before = tr.find(_TR_PR)
        skip = before.find(_GRID_BEFORE) if before is not None else None
        for _ in range(_count(skip, 0)):
            row.append(Cell(""))
        for tc in _unwrapped(tr):
            if tc.tag != _TC:
                continue
            pr = tc.find(_TC_PR)
            span_el = pr.find(_GRID_SPAN) if pr is not None else None
            span = _count(span_el, 1)
            vmerge = pr.find(_V_MERGE) if pr is not None else None
            c = len(row)
            if vmerge is not None and vmerge.get(_VAL, "continue") == "continue" and rows \
                    and c < len(rows[-1]):
                cell = rows[-1][c]
            else:
                text = "".join(_numbered(p, numbering) for p in _unwrapped(tc) if p.tag == _P)
                cell = Cell(text, trusted_location(line=n, row=r + 1, column=str(c + 1)))
            row += [cell] * span
        rows.append(row)
        r += 1
    return Grid(rows, spans_known=True, location=Location(line=n))
