"""A `PrintedTable` as a WordprocessingML table (w:tbl), written as XML text and parsed once.

Building the table through python-docx's object model (merge, cell widths, styles cell by cell)
took a second for the example's fifteen tables; the same XML written directly takes a few
milliseconds. What the table holds is the PrintedTable's: header rows flagged to repeat on every page
(w:tblHeader), merged cells (w:gridSpan, w:vMerge), fixed column widths in proportion to the
PrintedTable's, rows that do not split across pages (w:cantSplit), and — for a table that fits on one
page — paragraphs kept with the next, so Word moves the table whole instead of splitting it.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _escape

from yusuan.writers.grid import Cell, CellKind, PrintedTable, RowStyle, fits_one_page, head_lines

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
JC = {CellKind.AMOUNT: "right", CellKind.CODE: "center", CellKind.CENTER: "center", CellKind.NUMBER: "center",
      CellKind.HEAD: "center", CellKind.TEXT: "left"}
HEAD_FILL = "ECECEC"
CELL_MARGIN_TWIPS = 62  # 1.1 mm left and right
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters XML cannot hold


def clean(text: str) -> str:
    return CONTROL.sub("", text)


def escape(text: str) -> str:
    return _escape(clean(text))


def _run(text: str, bold: bool) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(cell: Cell, lines: list[str], style: str, bold: bool, keep: bool, indent_twips: int) -> str:
    props = [f'<w:pStyle w:val="{style}"/>']
    if keep:
        props.append("<w:keepNext/>")
    if indent_twips:
        props.append(f'<w:ind w:left="{indent_twips}"/>')
    if cell.kind not in (CellKind.TEXT, CellKind.HEAD):
        props.append(f'<w:jc w:val="{JC[cell.kind]}"/>')
    runs = '<w:r><w:br/></w:r>'.join(_run(line, bold) for line in lines if line)
    return f"<w:p><w:pPr>{''.join(props)}</w:pPr>{runs}</w:p>"


def _tc(width: int, span: int, merge: str | None, fill: bool, body: str) -> str:
    props = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span > 1:
        props.append(f'<w:gridSpan w:val="{span}"/>')
    if merge:
        props.append('<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>")
    if fill:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{HEAD_FILL}"/>')
    props.append('<w:vAlign w:val="center"/>')
    return f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>{body}</w:tc>"


def table_xml(g: PrintedTable, text_width_twips: int, text_style: str, head_style: str, font_pt: float) -> str:
    """The w:tbl element of the grid, as XML text (namespace declared on the element)."""
    total = sum(g.widths)
    cols = [int(text_width_twips * w / total) for w in g.widths]
    keep_whole = fits_one_page(g)
    rows = [*g.head, *g.body]
    covered: dict[int, tuple[int, int]] = {}  # column → (rows still covered below, span) of a vertical merge
    out = [f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblStyle w:val="TableGrid"/>'
           f'<w:tblW w:w="{sum(cols)}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:left w:w="{CELL_MARGIN_TWIPS}" w:type="dxa"/>'
           f'<w:right w:w="{CELL_MARGIN_TWIPS}" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in cols]
    out.append("</w:tblGrid>")
    for r, grow in enumerate(rows):
        head_row = r < len(g.head)
        last = r == len(rows) - 1
        flags = "<w:cantSplit/>" + ("<w:tblHeader/>" if head_row else "")
        out.append(f"<w:tr><w:trPr>{flags}</w:trPr>")
        bold_row = grow.style in (RowStyle.SUBTOTAL, RowStyle.TOTAL)
        starts = {c.col: c for c in grow.cells}
        col = 0
        while col < g.ncols:
            cell = starts.get(col)
            if cell is None and col in covered:
                left, span = covered[col]
                out.append(_tc(sum(cols[col: col + span]), span, "continue", head_row,
                               f'<w:p><w:pPr><w:pStyle w:val="{text_style}"/></w:pPr></w:p>'))
                covered[col] = (left - 1, span)
                if left - 1 == 0:
                    del covered[col]
                col += span
                continue
            if cell is None:  # nothing printed here: an empty cell keeps the grid rectangular
                cell = Cell(col)
            head = cell.kind == CellKind.HEAD
            span = max(1, min(cell.colspan, g.ncols - col))
            merge = None
            if cell.rowspan > 1:
                merge = "restart"
                covered[col] = (cell.rowspan - 1, span)
            lines = head_lines(g, cell) if head else [cell.text]
            indent = int(font_pt * 20 * cell.indent)
            body = _paragraph(cell, lines, head_style if head else text_style,
                              bold=(cell.strong or bold_row) and not head, keep=keep_whole and not last,
                              indent_twips=indent)
            out.append(_tc(sum(cols[col: col + span]), span, merge, head, body))
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
