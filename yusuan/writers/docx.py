"""The disclosure as a Word document (python-docx), from the same outline as the HTML page.

A4 (landscape sections for the wide tables 2 and 7); fonts set for East Asian text (w:eastAsia:
宋体 for text, 黑体 for headings — the fonts of official documents — with Times New Roman for
Latin); real Word tables with merged header cells that repeat on every page and rows that do
not split; built-in Heading 1–3 styles, so Word's navigation pane shows the outline; page
numbers in the footer (none on the cover).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from yusuan.model.disclosure import Disclosure
from yusuan.writers.grid import CellKind, PrintedTable, RowStyle
from yusuan.writers.outline import Heading, Outline, Para, TableBlock, outline

LATIN = "Times New Roman"
SONG = "宋体"
HEI = "黑体"
BODY_PT = 12
TABLE_PT = 9
PORTRAIT = (Mm(210), Mm(297))
MARGINS = {"top": Mm(25), "bottom": Mm(22), "left": Mm(22), "right": Mm(20)}
WIDE_MARGINS = {"top": Mm(18), "bottom": Mm(16), "left": Mm(14), "right": Mm(14)}

ALIGN = {
    CellKind.AMOUNT: WD_ALIGN_PARAGRAPH.RIGHT,
    CellKind.CODE: WD_ALIGN_PARAGRAPH.CENTER,
    CellKind.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    CellKind.HEAD: WD_ALIGN_PARAGRAPH.CENTER,
    CellKind.TEXT: WD_ALIGN_PARAGRAPH.LEFT,
}


def _set_fonts(font, latin: str, east_asia: str) -> None:
    """Latin and East Asian font of a style's or run's font (theme fonts removed)."""
    font.name = latin
    rpr = font.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)


def _styles(doc) -> None:
    normal = doc.styles["Normal"]
    _set_fonts(normal.font, LATIN, SONG)
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.5
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)
    for name, size, center in (("Title", 26, True), ("Heading 1", 16, True), ("Heading 2", 14, False),
                               ("Heading 3", 12, False)):
        style = doc.styles[name]
        _set_fonts(style.font, LATIN, HEI)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = None
        style.font.color.theme_color = None
        pf = style.paragraph_format
        pf.space_before = Pt(12 if name != "Heading 3" else 6)
        pf.space_after = Pt(8 if name != "Heading 3" else 4)
        pf.keep_with_next = True
        if center:
            pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # The default template draws a rule under Title: not in an official document.
        ppr = style.element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        rpr = doc.styles[name].element.get_or_add_rPr()
        for color in rpr.findall(qn("w:color")):
            rpr.remove(color)


def _page(section, landscape: bool) -> None:
    width, height = PORTRAIT
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side, value in (WIDE_MARGINS if landscape else MARGINS).items():
        setattr(section, f"{side}_margin", value)


def _page_number_footer(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    p._p.append(field)
    p.add_run(" —")


def _para(doc, text: str, *, indent: bool = True, align=None, bold: bool = False, size: float | None = None,
          style: str | None = None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if indent:
        p.paragraph_format.first_line_indent = Pt(2 * (size or BODY_PT))
    if align is not None:
        p.alignment = align
    return p


def _row_flag(tr, tag: str) -> None:
    trpr = tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell_margins(table, side) -> None:
    """Narrow left/right cell margins (Word's default 1.9 mm each leaves amounts too little room)."""
    tblpr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(int(side.twips)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tblpr.append(margins)


def _cell_style(doc, size: float, head: bool):
    """A paragraph style for table cells of one font size (set once, not per cell)."""
    name = f"{'Table Head' if head else 'Table Text'} {size:g}"
    try:
        return doc.styles[name]
    except KeyError:
        pass
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size = Pt(size)
    if head:
        _set_fonts(style.font, LATIN, HEI)
        style.font.bold = True
    pf = style.paragraph_format
    pf.line_spacing = 1.0
    pf.space_before = pf.space_after = Pt(1)
    pf.first_line_indent = Pt(0)
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER if head else WD_ALIGN_PARAGRAPH.LEFT
    return style


def _table(doc, g: PrintedTable, text_width) -> None:
    rows = g.head + g.body
    table = doc.add_table(rows=len(rows), cols=g.ncols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _cell_margins(table, Mm(1.1))
    total = sum(g.widths)
    widths = [int(text_width * w / total) for w in g.widths]
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    grid_cells = [r.cells for r in table.rows]
    for r_cells in grid_cells:
        for c, w in zip(r_cells, widths, strict=True):
            c.width = w
    size = round(TABLE_PT * g.font_scale, 1)
    text_id, head_id = _cell_style(doc, size, False).style_id, _cell_style(doc, size, True).style_id
    for r, grow in enumerate(rows):
        tr = table.rows[r]._tr
        if r < len(g.head):
            _row_flag(tr, "w:tblHeader")
        _row_flag(tr, "w:cantSplit")
        row_bold = grow.style in (RowStyle.SUBTOTAL, RowStyle.TOTAL)
        for cell in grow.cells:
            target = grid_cells[r][cell.col]
            if cell.colspan > 1 or cell.rowspan > 1:
                target = target.merge(grid_cells[r + cell.rowspan - 1][cell.col + cell.colspan - 1])
            target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            head = cell.kind == CellKind.HEAD
            p = target.paragraphs[0]
            p._p.style = head_id if head else text_id  # by id: assigning the style object looks it up by name
            if cell.kind not in (CellKind.TEXT, CellKind.HEAD):
                p.alignment = ALIGN[cell.kind]
            if cell.indent:
                p.paragraph_format.left_indent = Pt(size * cell.indent)
            if head:
                _shade(target, "ECECEC")
            if cell.text:
                run = p.add_run(cell.text)
                if (cell.strong or row_bold) and not head:
                    run.bold = True


class _Writer:
    def __init__(self, o: Outline):
        self.outline = o
        self.doc = Document()
        self.landscape = False
        _styles(self.doc)
        first = self.doc.sections[0]
        _page(first, False)
        first.different_first_page_header_footer = True
        _page_number_footer(first)

    def text_width(self):
        s = self.doc.sections[-1]
        return s.page_width - s.left_margin - s.right_margin

    def orientation(self, landscape: bool) -> bool:
        """Switch orientation with a section break; True when a new page was started."""
        if landscape == self.landscape:
            return False
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        _page(section, landscape)
        self.landscape = landscape
        return True

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def cover(self) -> None:
        o, doc = self.outline, self.doc
        for _ in range(8):
            doc.add_paragraph()
        title = doc.add_paragraph(style="Title")
        title.add_run(o.department)
        title.add_run().add_break()
        title.add_run(o.title[len(o.department):])
        for _ in range(10):
            doc.add_paragraph()
        if o.date:
            _para(doc, o.date, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=15)
        self.page_break()

    def contents(self) -> None:
        doc = self.doc
        _para(doc, "目　录", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=18)
        for e in self.outline.contents:
            p = _para(doc, e.text, indent=False, bold=e.level == 1)
            p.paragraph_format.line_spacing = 1.2
            if e.level == 1:
                p.paragraph_format.space_before = Pt(6)
            else:
                p.paragraph_format.left_indent = Pt(2 * BODY_PT)

    def heading(self, b: Heading) -> None:
        if b.new_page and not self.orientation(False):
            self.page_break()
        p = self.doc.add_heading(b.text, level=b.level)
        if b.level > 1:
            p.paragraph_format.first_line_indent = Pt(2 * BODY_PT)

    def table(self, b: TableBlock) -> None:
        g, doc = b.grid, self.doc
        switched = self.orientation(g.landscape)
        if g.number:
            if b.new_page and not switched:
                self.page_break()
            _para(doc, g.number, indent=False, bold=True, size=11)
            doc.add_heading(g.title, level=2).alignment = WD_ALIGN_PARAGRAPH.CENTER
            meta = _para(doc, f"编制部门：{g.department or ''}\t{g.unit or ''}", indent=False, size=10)
            meta.paragraph_format.tab_stops.add_tab_stop(self.text_width(), WD_TAB_ALIGNMENT.RIGHT)
        else:
            if not switched:
                self.page_break()
            _para(doc, g.title, indent=False, bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
            if g.subtitle:
                _para(doc, g.subtitle, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        _table(doc, g, self.text_width())
        if g.note:
            _para(doc, g.note, indent=False, size=10)

    def write(self) -> None:
        self.cover()
        self.contents()
        for b in self.outline.blocks:
            if isinstance(b, Heading):
                self.heading(b)
            elif isinstance(b, Para):
                self.orientation(False)
                _para(self.doc, b.text)
            elif isinstance(b, TableBlock):
                self.table(b)
        self.orientation(False)
        doc = self.doc
        doc.add_paragraph()
        _para(doc, self.outline.department, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        if self.outline.date:
            _para(doc, self.outline.date, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        props = doc.core_properties
        props.title, props.author, props.language = self.outline.title, self.outline.department, "zh-CN"
        props.comments = "由 Yusuan 根据预算数据生成"


def write_docx(d: Disclosure, path: Path, publish_date: dt.date | None = None) -> Path:
    w = _Writer(outline(d, publish_date))
    w.write()
    w.doc.save(str(path))
    return Path(path)
