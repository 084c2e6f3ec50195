"""The disclosure as a Word document (python-docx), from the same outline as the HTML page and the PDF.

A4 (landscape sections for the wide tables 2 and 7); fonts set for East Asian text (w:eastAsia:
宋体 for text, 黑体 for headings — the fonts of official documents — with Times New Roman for
Latin); real Word tables (`docx_table.py`) with merged header cells that repeat on every page and
rows that do not split; built-in Heading 1–3 styles, so Word's navigation pane shows the outline;
a real 目录: a TOC field over Heading 1–2 whose entries link to the headings and take their page
numbers from PAGEREF fields (Word updates the field on opening; LibreOffice computes the page
numbers when it converts); headings and table titles kept with what follows, page breaks as
"page break before" (never an empty paragraph that could strand on a page of its own); page
numbers in the footer (none on the cover); the properties of this disclosure (`docx_package.py`).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from yusuan.writers.docx_package import set_properties, settings
from yusuan.writers.docx_table import clean, table_xml
from yusuan.writers.grid import PrintedTable
from yusuan.writers.outline import Heading, Outline, Para, TableBlock

LATIN = "Times New Roman"
SONG = "宋体"
HEI = "黑体"
BODY_PT = 12
TABLE_PT = 9
PORTRAIT = (Mm(210), Mm(297))
MARGINS = {"top": Mm(25), "bottom": Mm(22), "left": Mm(22), "right": Mm(20)}
WIDE_MARGINS = {"top": Mm(18), "bottom": Mm(16), "left": Mm(14), "right": Mm(14)}

TOC_LEVELS = "1-2"  # the contents list parts (Heading 1), sections and tables (Heading 2)


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
          style: str | None = None, keep: bool = False):
    p = doc.add_paragraph()
    if style:
        p._p.style = style  # a style id: python-docx's lookup by name scans every style each time
    if keep:
        p.paragraph_format.keep_with_next = True
    run = p.add_run(clean(text))
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if indent:
        p.paragraph_format.first_line_indent = Pt(2 * (size or BODY_PT))
    if align is not None:
        p.alignment = align
    return p


def _cell_style(doc, size: float, head: bool, made: dict[str, str]) -> str:
    """The id of a paragraph style for table cells of one font size (made once, not per table)."""
    name = f"{'Table Head' if head else 'Table Text'} {size:g}"
    if name in made:
        return made[name]
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
    made[name] = style.style_id
    return style.style_id


def _toc_styles(doc, width) -> None:
    """Word's built-in "toc 1"/"toc 2" styles (Word applies them when it regenerates the 目录):
    a right tab with a dot leader at the text's right edge; level 2 indented two characters."""
    for level in (1, 2):
        style = doc.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.element.styleId = f"TOC{level}"
        style.base_style = doc.styles["Normal"]
        style.next_paragraph_style = doc.styles["Normal"]
        pf = style.paragraph_format
        pf.line_spacing = 1.2
        pf.space_before = Pt(6 if level == 1 else 0)
        pf.first_line_indent = Pt(0)
        pf.left_indent = Pt(0 if level == 1 else 2 * BODY_PT)
        pf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        style.font.bold = level == 1


def _heading(doc, text: str, level: int):
    p = doc.add_paragraph()
    p._p.style = f"Heading{level}"
    p.add_run(clean(text))
    return p


def _bookmark_name(anchor: str) -> str:
    """A Word bookmark name for an outline anchor: letters, digits and underscores, at most 40."""
    return ("_Toc_" + "".join(ch if ch.isalnum() else "_" for ch in anchor))[:40]


def _fld_char(parent, kind: str) -> None:
    r = OxmlElement("w:r")
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    r.append(fld)
    parent.append(r)


def _text_run(parent, text: str, tag: str = "w:t") -> None:
    r = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = clean(text)
    r.append(t)
    parent.append(r)


def _field(parent, instruction: str, result: str = "") -> None:
    """A complex field (begin, instruction, separate, cached result, end) appended to `parent`."""
    _fld_char(parent, "begin")
    _text_run(parent, instruction, "w:instrText")
    _fld_char(parent, "separate")
    if result:
        _text_run(parent, result)
    _fld_char(parent, "end")


class _Writer:
    def __init__(self, o: Outline):
        self.outline = o
        self.doc = Document()
        self.landscape = False
        self.page_before = False  # the next paragraph starts a new page
        self.bookmarks = 0
        self.styles: dict[str, str] = {}  # table cell styles made so far: name → id
        _styles(self.doc)
        first = self.doc.sections[0]
        _page(first, False)
        first.different_first_page_header_footer = True
        _page_number_footer(first)
        _toc_styles(self.doc, self.text_width())

    def text_width(self):
        s = self.doc.sections[-1]
        return s.page_width - s.left_margin - s.right_margin

    def add_paragraph(self, *args, **kwargs):
        p = _para(self.doc, *args, **kwargs)
        if self.page_before:
            p.paragraph_format.page_break_before = True
            self.page_before = False
        return p

    def orientation(self, landscape: bool) -> bool:
        """Switch orientation with a section break; True when a new page was started.

        The break's w:sectPr goes into the last paragraph of the section when there is one, so no
        empty paragraph is left behind; after a table (Word needs a paragraph there) it sits in a
        paragraph one point high."""
        if landscape == self.landscape:
            return False
        body = self.doc.element.body
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        holder = body[-2]  # the paragraph python-docx added to carry the previous section's sectPr
        before = holder.getprevious()
        if before is not None and before.tag == qn("w:p") and before.find(qn("w:pPr") + "/" + qn("w:sectPr")) is None:
            before.get_or_add_pPr().append(holder.pPr.sectPr)
            body.remove(holder)
        else:
            ppr = holder.get_or_add_pPr()
            spacing = OxmlElement("w:spacing")
            spacing.set(qn("w:before"), "0")
            spacing.set(qn("w:after"), "0")
            spacing.set(qn("w:line"), "20")
            spacing.set(qn("w:lineRule"), "exact")
            ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, spacing)
        section.different_first_page_header_footer = False
        _page(section, landscape)
        self.landscape = landscape
        self.page_before = False
        return True

    def new_page(self) -> None:
        self.page_before = True

    def bookmark(self, p, anchor: str) -> None:
        self.bookmarks += 1
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(self.bookmarks))
        start.set(qn("w:name"), _bookmark_name(anchor))
        end.set(qn("w:id"), str(self.bookmarks))
        ppr = p._p.pPr
        if ppr is not None:
            ppr.addnext(start)
        else:
            p._p.insert(0, start)
        p._p.append(end)

    def cover(self) -> None:
        o, doc = self.outline, self.doc
        for _ in range(8):
            doc.add_paragraph()
        title = doc.add_paragraph()
        title._p.style = "Title"
        title.add_run(clean(o.department))
        title.add_run().add_break()
        title.add_run(clean(o.title[len(o.department):]))
        for _ in range(10):
            doc.add_paragraph()
        if o.date:
            _para(doc, o.date, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=15)
        self.new_page()

    def contents(self) -> None:
        """The 目录 as a TOC field over Heading 1–2. Its cached result is what updating the field
        produces (the headings' own texts, so nothing changes when Word or LibreOffice updates it),
        each entry a link to its heading with a PAGEREF field for the page number."""
        self.add_paragraph("目　录", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=18)
        titles = {b.anchor: b.grid.title for b in self.outline.blocks if isinstance(b, TableBlock) and b.grid.number}
        entries = self.outline.contents
        for n, e in enumerate(entries):
            p = self.doc.add_paragraph()
            p._p.style = f"TOC{e.level}"
            if n == 0:  # the TOC field opens in the first entry and closes after the last
                _fld_char(p._p, "begin")
                _text_run(p._p, f' TOC \\o "{TOC_LEVELS}" \\h \\z \\u ', "w:instrText")
                _fld_char(p._p, "separate")
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), _bookmark_name(e.anchor))
            link.set(qn("w:history"), "1")
            _text_run(link, titles.get(e.anchor, e.text))
            tab = OxmlElement("w:r")
            tab.append(OxmlElement("w:tab"))
            link.append(tab)
            _field(link, f" PAGEREF {_bookmark_name(e.anchor)} \\h ")
            p._p.append(link)
            if n == len(entries) - 1:
                _fld_char(p._p, "end")

    def heading(self, b: Heading) -> None:
        if b.new_page and not self.orientation(False):
            self.new_page()
        p = _heading(self.doc, b.text, b.level)
        if self.page_before:
            p.paragraph_format.page_break_before = True
            self.page_before = False
        if b.level > 1:
            p.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
        self.bookmark(p, b.anchor)

    def table(self, b: TableBlock) -> None:
        g, doc = b.grid, self.doc
        switched = self.orientation(g.landscape)
        if g.number:
            if b.new_page and not switched:
                self.new_page()
            self.add_paragraph(g.number, indent=False, bold=True, size=11, keep=True)
            title = _heading(doc, g.title, 2)
            title.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.bookmark(title, b.anchor)
            meta = self.add_paragraph(f"编制部门：{g.department or ''}\t{g.unit or ''}", indent=False, size=10,
                                      keep=True)
            meta.paragraph_format.tab_stops.add_tab_stop(self.text_width(), WD_TAB_ALIGNMENT.RIGHT)
        else:
            if b.new_page and not switched:
                self.new_page()
            if g.show_title:
                title = self.add_paragraph(g.title, indent=False, bold=True, size=15,
                                           align=WD_ALIGN_PARAGRAPH.CENTER, keep=True)
                title.paragraph_format.space_before = Pt(12)
            if g.subtitle:
                self.add_paragraph(g.subtitle, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, keep=True)
        self._table(g)
        if g.note:
            self.add_paragraph(g.note, indent=False, size=10)

    def _table(self, g: PrintedTable) -> None:
        size = round(TABLE_PT * g.font_scale, 1)
        text_style = _cell_style(self.doc, size, False, self.styles)
        head_style = _cell_style(self.doc, size, True, self.styles)
        twips = int(self.text_width() / 635)  # EMU → twentieths of a point
        self.doc.element.body._insert_tbl(parse_xml(table_xml(g, twips, text_style, head_style, size)))

    def blocks(self, blocks: list) -> None:
        for b in blocks:
            if isinstance(b, Heading):
                self.heading(b)
            elif isinstance(b, Para):
                self.orientation(False)
                self.add_paragraph(b.text)
            elif isinstance(b, TableBlock):
                self.table(b)

    def write(self) -> None:
        self.cover()
        self.contents()
        self.blocks(self.outline.blocks)
        self.orientation(False)
        sign = self.add_paragraph(self.outline.department, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        sign.paragraph_format.space_before = Pt(3 * BODY_PT)
        if self.outline.date:
            self.add_paragraph(self.outline.date, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        self.blocks(self.outline.appendix)
        title, department = clean(self.outline.title), clean(self.outline.department)
        subject = title[len(department):]
        set_properties(self.doc, title=title, department=department, subject=subject, keywords=[subject, department],
                       date=self.outline.publish_date)
        settings(self.doc)


def write_outline_docx(o: Outline, path: Path) -> Path:
    w = _Writer(o)
    w.write()
    w.doc.save(str(path))
    return Path(path)

