"""Published DOCX documents → blocks, with python-docx: paragraphs and tables in body order;
merged cells (gridSpan, vMerge) become one Cell object over the positions they cover. A
paragraph broken by line breaks (a table typed one cell per line) gives a line per break."""

from __future__ import annotations

import zipfile
from pathlib import Path

from yusuan.errors import InputError
from yusuan.model.disclosure import Location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.findings import file_problem


def read_docx(path: Path) -> Source:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(str(path), [file_problem("读取 DOCX 需要 python-docx")]) from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(str(path), [file_problem(f"无法打开 DOCX：文件已损坏或不是 Word 文档（{exc}）")]) from None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    source = Source(str(path))
    for n, element in enumerate(document.element.body.iterchildren(), start=1):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            for part in Paragraph(element, document).text.split("\n"):
                if part.strip():
                    source.blocks.append(TextLine(part, Location(line=n)))
        elif tag == "tbl":
            source.blocks.append(_grid(Table(element, document), n))
    return source


def _grid(table, n: int) -> Grid:
    """Read the table's XML: w:gridSpan widens a cell, w:vMerge="continue" extends the one above."""
    from docx.oxml.ns import qn
    from docx.table import _Cell

    rows: list[list[Cell]] = []
    for r, tr in enumerate(table._tbl.tr_lst):
        row: list[Cell] = []
        before = tr.find(qn("w:trPr"))
        skip = before.find(qn("w:gridBefore")) if before is not None else None
        for _ in range(int(skip.get(qn("w:val"), 0)) if skip is not None else 0):
            row.append(Cell(""))
        for tc in tr.tc_lst:
            pr = tc.tcPr
            span_el = pr.find(qn("w:gridSpan")) if pr is not None else None
            span = int(span_el.get(qn("w:val"), 1)) if span_el is not None else 1
            vmerge = pr.find(qn("w:vMerge")) if pr is not None else None
            c = len(row)
            if vmerge is not None and vmerge.get(qn("w:val"), "continue") == "continue" and rows \
                    and c < len(rows[-1]):
                cell = rows[-1][c]
            else:
                text = "".join(p.text for p in _Cell(tc, table).paragraphs)
                cell = Cell(text, Location(line=n, row=r + 1, column=str(c + 1)))
            row += [cell] * span
        rows.append(row)
    return Grid(rows, spans_known=True, location=Location(line=n))
