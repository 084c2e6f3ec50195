"""The same real page as another publisher would put it out: metamorphic variants of a corpus document.

A document of the real-world corpus is one page as one site printed it. The same content reaches users
in other forms: in traditional characters (mirror sites), with full-width digits and punctuation (many
content systems), indented with ideographic spaces, with Windows line ends, in GB18030, as an HTML page
or a Word document, as a PDF (plain, on the 公文 page, or with Word's running head over a rule and page
numbers on every page) or its text layer, or as a PDF's text copied with lines that break at the page's
width — also between an amount and its unit. Each variant keeps every figure and word of the page; what Yusuan reads from it
should not change. `benchmarks/variants_bench.py` scores every variant of every document against the
document's truth file (tests/realworld/evaluate.py) and prints where a variant reads worse than the
page as printed; `tests/realworld/test_variants.py` asserts it for the variants that must never differ.

Pure functions of the text, apart from `write_variant`, which writes one variant's file.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from yusuan.readers.published.chinese import PINYIN
from yusuan.readers.published.wrapping import char_width, display_width

_ASCII_TO_FULL = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)},
                                ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "%": "％"})
_TABLE_LINE = re.compile(r"\t|\|| {2,}\S")  # a row of a table copied as text: tab, bar or aligned columns
_UNBROKEN = re.compile(r"[\x21-\x7e\u00c0-\u024f]")  # numbers, Latin words, a pinyin gloss "(wàn)": never broken
_MARK = re.compile(r"^(===|---|#)")  # the corpus file's own marks (=== page 2 ===, --- page 2 table 1 ---, # source: …)
WRAP_WIDTH = 37  # characters of a line of body text on an A4 page at 小四


@lru_cache(maxsize=1)
def _to_traditional():
    import opencc

    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """As a mirror site republishes it: every character traditional."""
    return _to_traditional().convert(text)


_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def _radical_look_alikes() -> dict[int, str]:
    """Each character that a radical looks like → that radical (the first, where several do)."""
    from yusuan.readers.published.normalize import RADICAL_SUPPLEMENT

    out: dict[int, str] = {}
    for cp in range(0x2F00, 0x2FD6):  # Kangxi radicals: NFKC's own pairs
        out.setdefault(ord(unicodedata.normalize("NFKC", chr(cp))), chr(cp))
    for radical, ideograph in RADICAL_SUPPLEMENT.items():
        if len(ideograph) == 1:
            out.setdefault(ord(ideograph), radical)
    return out


def radicals(text: str) -> str:
    """A PDF's text layer whose font maps characters to the radicals they look like (⽀出 for 支出, ⻓期 for
    长期): every character that has such a look-alike printed as it."""
    return text.translate(_radical_look_alikes())


def invisible(text: str) -> str:
    """A page strewn with characters that print nothing, as web editors leave them: a zero-width space after
    every fifth character (inside numbers too), a soft hyphen, word joiner and byte-order mark after every 。."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i % 5 == 4 and ch != "\n":
            out.append("\u200b")
    return "".join(out).replace("。", "。\u00ad\u2060\ufeff")


_DECIMAL_CELL = re.compile(r"^-?[\d,]+\.\d+$")


def _accounting_cell(cell: str) -> str:
    s = cell.strip()
    if not _DECIMAL_CELL.match(s):  # codes, counts and words stay as printed
        return cell
    value = Decimal(s.replace(",", ""))
    if value == 0:
        return "-"
    shown = f"{abs(value):,.{len(s) - s.index('.') - 1}f}"
    return f"({shown})" if value < 0 else shown


def accounting(text: str) -> str:
    """The tables' amounts in Excel's accounting format, as sheets exported from it print them: thousands
    separators, a zero as "-", a negative in brackets (a table row copied as text, tab- or bar-separated)."""
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            line = "\t".join(_accounting_cell(c) for c in line.split("\t"))
        elif "|" in line:
            line = "|".join(_accounting_cell(c) for c in line.split("|"))
        out.append(line)
    return "\n".join(out)


def full_width(text: str) -> str:
    """Digits and the punctuation around figures in their full-width forms: "４，１４６．０４万元"."""
    return "\n".join(line if _MARK.match(line) else _POINT.sub("．", line).translate(_ASCII_TO_FULL)
                     for line in text.split("\n"))


def indented(text: str) -> str:
    """Every paragraph opened with two ideographic spaces, as Chinese web pages and Word documents do."""
    return "\n".join(line if not line.strip() or _TABLE_LINE.search(line) or _MARK.match(line) else "\u3000\u3000" + line
                     for line in text.split("\n"))


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def wrapped(text: str, width: int = WRAP_WIDTH) -> str:
    """A PDF's text layer copied as text: a paragraph wider than the page is broken where a line is full
    (a Chinese character twice as wide as a digit), wherever that falls (between an amount and its unit
    too), but not inside a number or a Latin word — a break there is a different document."""
    out: list[str] = []
    for line in text.split("\n"):
        if _TABLE_LINE.search(line) or _MARK.match(line) or display_width(line) <= 2 * width:
            out.append(line)
            continue
        start, used, i = 0, 0, 0
        while i < len(line):
            used += char_width(line[i])
            i += 1
            if used >= 2 * width and i < len(line):
                while i < len(line) and _UNBROKEN.match(line[i]) and _UNBROKEN.match(line[i - 1]):
                    i += 1
                out.append(line[start:i])
                start, used = i, 0
        out.append(line[start:])
    return "\n".join(o for o in out if o or not out)


_GAP = re.compile(r"(?<=[^\s\x21-\x7e])(?=\S)|(?<=[\x21-\x7e])(?=[^\s\x21-\x7e])")


def justified(text: str, width: int = WRAP_WIDTH) -> str:
    """A justified PDF's text layer copied as text: its lines broken where they are full (`wrapped`), and a
    space between the characters of every full line, where the layout spread them over the page's width
    ("经 费 总 预 算 安 排 37337407.64 元 , 其 中 : 基 本 支 出"); a number keeps its digits together, and a
    paragraph's last line, not spread, keeps its own."""
    lines = wrapped(text, width).split("\n")
    out = []
    for i, line in enumerate(lines):
        full = display_width(line) >= 2 * width - 1 and i + 1 < len(lines) and bool(lines[i + 1])
        out.append(_GAP.sub(" ", line) if full and not _TABLE_LINE.search(line) else line)
    return "\n".join(out)


def _cells(line: str) -> list[str] | None:
    """The cells of a table row copied as text (tab- or bar-separated), else None; a row with one
    filled cell ("单位：万元 | ||||") is a caption over the table."""
    if "\t" in line:
        cells = line.split("\t")
    elif line.count("|") >= 2:
        stripped = line.strip()
        cells = [c.strip() for c in stripped.removeprefix("|").removesuffix("|").split("|")]
    else:
        return None
    return cells if sum(1 for c in cells if c.strip()) > 1 else None  # (kept as the line it is)


def _cell_per_line_rows(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """A table a site copied one cell per line ("合 计 |", "246 |", …), each row opened by a line "|":
    (the index after it, its rows), or None."""
    rows: list[list[str]] = []
    while i < len(lines) and lines[i].strip() == "|":
        j, row = i + 1, []
        while j < len(lines) and lines[j].strip() != "|" and (lines[j].rstrip().endswith("|") or not lines[j].strip()):
            if lines[j].strip():
                row.append(lines[j].strip().removesuffix("|").strip())
            j += 1
        if not row:
            break
        rows.append(row)
        i = j
    return (i, rows) if len(rows) > 1 else None


def blocks(text: str) -> list[str | list[list[str]]]:
    """The page as paragraphs (str) and tables (rows of cells): a run of table rows is one table when
    every row has as many cells. A copied table whose rows differ lost its merged cells on the way: its
    true grid is not known, so its lines stay lines (an HTML page would show them so too)."""
    out: list[str | list[list[str]]] = []
    run: list[tuple[str, list[str]]] = []

    def flush() -> None:
        if len({len(cells) for _, cells in run}) == 1 and len(run) > 1:
            out.append([cells for _, cells in run])
        else:
            out.extend(line for line, _ in run)
        run.clear()

    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() == "|" and (found := _cell_per_line_rows(lines, i)) is not None:
            flush()
            end, rows = found
            run.extend(("\n".join(lines[i:end]), row) for row in rows)
            flush()
            i = end
            continue
        cells = _cells(line)
        if cells is None:
            flush()
            out.append(line)
        else:
            run.append((line, cells))
        i += 1
    flush()
    return out


def applies(variant: str, text: str) -> bool:
    """Whether `variant` is a form the page could come in: a drawn table only where its tables can be drawn
    (`drawable`), a justified PDF's text layer not of a mirror's page with pinyin glosses (no office prints
    them)."""
    if variant in DRAWN:
        return drawable(text)
    if variant == "justified":
        return not PINYIN.search(text)
    return True


def drawable(text: str) -> bool:
    """Can the page's tables be drawn as the grids they were? Not when a row copied as text lost its
    merged cells, nor when a table came one cell per line (its rows marked by bars or not at all), nor a
    mirror site's page with pinyin glosses: the HTML, DOCX and PDF
    variants of such a page would hold a table nobody printed, so they are not made."""
    if any(isinstance(b, str) and ("|" in b or "\t" in b) for b in blocks(text)):
        return False
    if PINYIN.search(text):  # a mirror site's glosses ("經(jīng)費"): no office prints them
        return False
    run = figures = 0  # a table copied one cell per line with no marks at all: short lines, many of them amounts
    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        if len(line) <= 15:
            run += 1
            figures += bool(_FIGURE.fullmatch(line))
            if run >= 8 and figures >= 4:
                return False
        else:
            run = figures = 0
    return True


# what a government site prints around a page: its menu, where the page stands, the page's index card (a
# table of 索引号, 发布机构 …), share and print links, the site's footer — none of it the page's
_SITE_HEAD = ('<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwgk/xxgk/">政府信息公开</a>'
              ' | <a href="/zwgk/czyjs/">财政预决算</a> | <a href="/hd/">互动交流</a></div>\n'
              '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政预决算</div>\n'
              '<table class="index"><tr><td>索引号：</td><td>11510000MB1234567X/2024-00012</td><td>主题分类：</td>'
              '<td>财政、金融、审计</td></tr><tr><td>发布机构：</td><td>本站</td><td>文号：</td><td></td></tr>'
              '</table>\n<div class="tools">【字体：大 中 小】 浏览次数：1024</div>\n')
_SITE_FOOT = ('<div class="share">分享到：微信 微博 QQ空间</div>\n<div class="tools">【打印本页】【关闭窗口】</div>\n'
              '<div class="footer">主办单位：某某人民政府办公室 承办单位：某某大数据中心<br>网站标识码：5100000001 '
              '蜀ICP备05001234号 公网安备 51000002000001号</div>\n')


def as_html(text: str, site: bool = False) -> str:
    """A web page: the first line its title, every line a paragraph, a table copied as text a <table>."""
    parts = []
    for block in blocks(text):
        if isinstance(block, str):
            parts.append(f"<p>{html.escape(block)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in block)
            parts.append(f"<table border=\"1\">{rows}</table>")
    lines = text.split("\n")
    body = "\n".join(parts)
    head, foot = (_SITE_HEAD, _SITE_FOOT) if site else ("", "")
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(lines[0].strip())}</title>"
            f"</head>\n<body>{head}<div class=\"content\">\n{body}\n</div>{foot}</body></html>\n")


# the labels offices let Word's lists print: (pattern of the label as printed, Word's numFmt, its level text)
_LABELS = (
    (re.compile(r"^第([一二三四五六七八九十]+)部分"), "chineseCounting", "第%1部分"),
    (re.compile(r"^([一二三四五六七八九十]+)、"), "chineseCounting", "%1、"),
    (re.compile(r"^[（(]([一二三四五六七八九十]+)[)）]"), "chineseCounting", "（%1）"),
    (re.compile(r"^(\d{1,2})、"), "decimal", "%1、"),
    (re.compile(r"^(\d{1,2})[.．](?!\d)"), "decimal", "%1."),
    (re.compile(r"^[（(](\d{1,2})[)）]"), "decimal", "（%1）"),
)


class _WordLists:
    """A Word document's automatic numbering, as an office makes it: each label style a list of its own; a
    paragraph whose printed number is not the list's next gets a new instance of the list that starts at it
    (what Word writes when its numbering value is set), so the document shows every label as printed."""

    def __init__(self, document) -> None:
        from docx.oxml import parse_xml

        self._parse = parse_xml
        self._numbering = document.part.numbering_part.element
        self._next_id = 900  # numIds and abstractNumIds clear of the template's own
        self._abstract: dict[int, int] = {}  # label style → abstractNumId
        self._current: dict[int, tuple[int, int]] = {}  # label style → (numId in use, its last number)

    def _ns(self) -> str:
        return 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def _new_num(self, style: int, start: int) -> int:
        if style not in self._abstract:
            self._next_id += 1
            _, fmt, level_text = _LABELS[style]
            self._numbering.insert(0, self._parse(
                f'<w:abstractNum {self._ns()} w:abstractNumId="{self._next_id}"><w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{level_text}"/>'
                '<w:suff w:val="nothing"/></w:lvl></w:abstractNum>'))
            self._abstract[style] = self._next_id
        self._next_id += 1
        self._numbering.append(self._parse(
            f'<w:num {self._ns()} w:numId="{self._next_id}"><w:abstractNumId w:val="{self._abstract[style]}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'))
        return self._next_id

    def number(self, paragraph) -> None:
        from yusuan.readers.published.normalize import chinese_number as parse_chinese

        text = paragraph.text
        for style, (pattern, fmt, _) in enumerate(_LABELS):
            m = pattern.match(text)
            if m is None:
                continue
            value = int(m.group(1)) if fmt == "decimal" else parse_chinese(m.group(1))
            if not value:
                return
            num_id, last = self._current.get(style, (0, 0))
            if not num_id or value != last + 1:
                num_id = self._new_num(style, value)
            self._current[style] = (num_id, value)
            for run in paragraph.runs[1:]:
                run._r.getparent().remove(run._r)
            paragraph.runs[0].text = text[m.end():]
            paragraph._p.get_or_add_pPr().append(self._parse(
                f'<w:numPr {self._ns()}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
            return


_WORD_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
              'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
              '<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n<meta name=Generator '
              'content="Microsoft Word 15 (filtered)">\n<style>\n<!--\n /* Font Definitions */\n @font-face\n'
              '\t{font-family:仿宋_GB2312;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;text-align:justify;'
              'font-size:10.5pt;}\n-->\n</style>\n</head>\n<body lang=ZH-CN style=\'text-justify-trim:punctuation\'>\n'
              '<div class=WordSection1>\n')
_WORD_RUN = re.compile(r"[\x21-\x7e]+|[^\x21-\x7e]+")  # Word gives Latin text and digits runs of their own (lang=EN-US)


def _word_runs(text: str, size: str) -> str:
    """A paragraph's text as Word writes it into HTML: a <span> per run, digits and Latin apart."""
    out = []
    for run in _WORD_RUN.findall(text):
        lang = " lang=EN-US" if run[0].isascii() else ""
        out.append(f"<span{lang} style='font-size:{size};font-family:仿宋_GB2312'>{html.escape(run)}</span>")
    return "".join(out)


def _word_wrapped(source: str, width: int = 76) -> str:
    """Word wraps its HTML's source lines at about 76 characters, also between two Chinese characters (a
    browser shows the line end as nothing or a space), never inside a tag or a run of Latin letters and digits."""
    out, line, in_tag = [], [], False
    for i, ch in enumerate(source):
        line.append(ch)
        in_tag = (in_tag or ch == "<") and ch != ">"
        nxt = source[i + 1] if i + 1 < len(source) else ""
        if len(line) >= width and not in_tag and ch != "\n" and not (ch.isascii() and ch.isalnum()) \
                and not (nxt.isascii() and nxt.isalnum()) and nxt not in ("", "<", "\n"):
            out.append("".join(line) + "\n")
            line = []
        elif ch == "\n":
            out.append("".join(line))
            line = []
    out.append("".join(line))
    return "".join(out)


def as_word_html(text: str) -> str:
    """A Word document saved as a web page, as sites post one: GB2312 (the rest as character references),
    MsoNormal paragraphs of spans, the title centred, tables of cells each holding a paragraph (&nbsp; in an
    empty one), source lines wrapped inside the text."""
    parts = [_WORD_HEAD]
    first = True
    for block in blocks(text):
        if isinstance(block, str):
            if not block.strip():
                continue
            if first:
                parts.append("<p class=MsoNormal align=center style='text-align:center'><b>"
                             f"{_word_runs(block.strip(), '22.0pt')}</b></p>\n")
            else:
                parts.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>"
                             f"{_word_runs(block.strip(), '16.0pt')}<span lang=EN-US><o:p></o:p></span></p>\n")
            first = False
            continue
        first = False
        rows = []
        for row in block:
            cells = "".join("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                            "<p class=MsoNormal align=center style='text-align:center'>"
                            f"{_word_runs(cell, '10.0pt') if cell.strip() else '<span lang=EN-US>&nbsp;</span>'}"
                            "</p>\n</td>\n" for cell in row)
            rows.append(f"<tr style='height:20.0pt'>\n{cells}</tr>\n")
        parts.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                     f"collapse;border:none'>\n{''.join(rows)}</table>\n")
    parts.append("</div>\n</body>\n</html>\n")
    return _word_wrapped("".join(parts))


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _edited(p, k: int) -> None:
    """A paragraph as an office's Word leaves it after editing, in turn: its runs inside a tracked insertion
    (w:ins) with a tracked deletion (w:del) before them, inside an inline content control (w:sdt), inside a
    simple field (w:fldSimple), or inside a smart tag — every one shows the same text."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    runs = [r for r in p if r.tag == qn("w:r")]
    if not runs:
        return
    kind = k % 4
    wrapper = parse_xml({
        0: f'<w:ins {_W_NS} w:id="{k}" w:author="某某" w:date="2024-02-01T00:00:00Z"/>',
        1: f'<w:sdt {_W_NS}><w:sdtPr><w:alias w:val="内容"/></w:sdtPr><w:sdtContent/></w:sdt>',
        2: f'<w:fldSimple {_W_NS} w:instr=" DOCPROPERTY 内容 "/>',
        3: f'<w:smartTag {_W_NS} w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"/>',
    }[kind])
    runs[0].addprevious(wrapper)
    inner = wrapper.find(qn("w:sdtContent")) if kind == 1 else wrapper
    for r in runs:
        inner.append(r)
    if kind == 0:
        wrapper.addprevious(parse_xml(f'<w:del {_W_NS} w:id="{k + 100000}" w:author="某某"><w:r><w:delText>'
                                      '删去的旧文字9999.99万元</w:delText></w:r></w:del>'))


_TEXT_BOX = ('<w:r {ns} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
             'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
             '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
             'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
             '<wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH><wp:positionV '
             'relativeFrom="page"><wp:posOffset>2000000</wp:posOffset></wp:positionV><wp:extent cx="5000000" '
             'cy="1200000"/><wp:wrapTopAndBottom/><wp:docPr id="{k}" name="文本框 {k}"/><a:graphic><a:graphicData '
             'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr '
             'txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="1200000"/></a:xfrm>'
             '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{paragraphs}'
             '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
             '</mc:Choice><mc:Fallback><w:pict><v:shape style="width:394pt;height:94pt"><v:textbox><w:txbxContent>'
             '{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def _boxed_docx(text: str, path: Path) -> None:
    """A Word document laid out as some offices lay one out: the title lines in a text box on the cover (stored,
    as Word stores a shape, as DrawingML and again as VML), the rest inside a table of one cell."""
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    parts = blocks(text)
    k = 0  # the title: the page's first short lines, two at most
    while k < min(2, len(parts)) and isinstance(parts[k], str) and 0 < len(parts[k].strip()) <= 40:
        k += 1
    if k:
        paragraphs = "".join(f"<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>{html.escape(t.strip())}</w:t>"
                             "</w:r></w:p>" for t in parts[:k])
        document.add_paragraph()._p.append(parse_xml(_TEXT_BOX.format(ns=_W_NS, k=1, paragraphs=paragraphs)))
    rest = parts[k:]
    frame = document.add_table(rows=1, cols=1).cell(0, 0)
    first = True
    for block in rest:
        if isinstance(block, str):
            if first:
                frame.paragraphs[0].text = block
                first = False
            else:
                frame.add_paragraph(block)
            continue
        first = False
        table = frame.add_table(rows=len(block), cols=max(len(row) for row in block))
        for r, row in enumerate(block):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        frame.add_paragraph("")
    document.save(str(path))


def _workbook(text: str, path: Path) -> None:
    """The page as a workbook, as offices publish one: its text, line by line, down the first sheet's first
    column ("说明"), and each table on a sheet of its own under its title (the line before it) merged across."""
    from openpyxl import Workbook

    wb = Workbook()
    notes = wb.active
    notes.title = "说明"
    lines: list[str] = []
    for block in blocks(text):
        if isinstance(block, str):
            if block.strip():
                lines.append(block.strip())
                notes.cell(row=len(lines), column=1, value=block.strip())
            continue
        sheet = wb.create_sheet(f"表{len(wb.worksheets)}")
        width = max(len(row) for row in block)
        title = next((line for line in reversed(lines) if not line.startswith("单位")), "")
        top = 1
        if title:
            sheet.cell(row=1, column=1, value=title)
            if width > 1:
                sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
            top = 2
        for r, row in enumerate(block, start=top):
            for c, cell in enumerate(row, start=1):
                sheet.cell(row=r, column=c, value=cell)
    wb.save(str(path))


def _in_content_control(body) -> None:
    """The document's first three paragraphs (its title) inside a block content control, as a template's
    cover page holds them."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    paragraphs = [e for e in body if e.tag == qn("w:p")][:3]
    if not paragraphs:
        return
    sdt = parse_xml(f'<w:sdt {_W_NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Cover Pages"/></w:docPartObj>'
                    '</w:sdtPr><w:sdtContent/></w:sdt>')
    paragraphs[0].addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for p in paragraphs:
        content.append(p)


def _typst_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_FIGURE = re.compile(r"-?[\d,]+(?:\.\d+)?%?")


def _typst_cell(text: str) -> str:
    """A cell; a figure in one piece (a spreadsheet never breaks a number over two lines: it widens the
    column or prints ###)."""
    if _FIGURE.fullmatch(text.strip()):
        return f"box({_typst_string(text.strip())})"
    return _typst_string(text)


_PLAIN_PAGE = ('#set page(paper: "a4", margin: 2.5cm)',
               '#set text(font: ("Noto Serif CJK SC", "Noto Sans CJK SC"), size: 12pt, lang: "zh", region: "cn")',
               "#set par(leading: 0.8em)")
# GB/T 9704's 公文 page, as governments print their explanations: 三号 (16 pt) text, 28 characters a line,
# justified, each paragraph's first line indented two characters, a title line first centred in 二号 (22 pt)
_OFFICIAL_PAGE = ('#set page(paper: "a4", margin: (top: 3.7cm, bottom: 3.5cm, left: 2.8cm, right: 2.6cm))',
                  '#set text(font: ("Noto Serif CJK SC", "Noto Sans CJK SC"), size: 16pt, lang: "zh", region: "cn")',
                  "#set par(leading: 0.75em, justify: true, first-line-indent: (amount: 2em, all: true))")


# Page furniture as Word prints a document: the document's title as a running head over a rule from the second
# page on, and GB/T 9704's page number "— N —" in 四号, at the right of odd pages and the left of even ones
_PAGED = ('#set page(header: context {{ if counter(page).get().first() > 1 {{ align(center, text(size: 10.5pt, {title}))'
          ' ; v(-0.6em); line(length: 100%, stroke: 0.5pt) }} }}, footer: context {{ let n = counter(page).get().first();'
          ' align(if calc.odd(n) {{ right }} else {{ left }}, text(size: 14pt, "— " + str(n) + " —")) }})')


def _title(text: str) -> str:
    """The document's title as a running head prints it: the first of the page's opening lines that names a
    budget (its first line of words when none does)."""
    lines = [b.strip() for b in blocks(text)[:12] if isinstance(b, str) and b.strip() and not _MARK.match(b.strip())]
    titled = [line for line in lines if len(line) <= 40 and any(w in line for w in ("预算", "决算", "经费"))
              and not any(w in line for w in ("。", "元", "%", ","))]
    return (titled or lines or [""])[0][:40]


def as_typst(text: str, official: bool = False, paged: bool = False, three_line: bool = False) -> str:
    """A PDF as offices print one: A4, 12 pt serif (`official`: the 公文 page; `paged`: with a running head and
    page numbers), paragraphs wrapped at the page's width (where the layout breaks them, between an amount and
    its unit too), tables ruled."""
    parts = [*(_OFFICIAL_PAGE if official else _PLAIN_PAGE), '#set table(stroke: 0.5pt, inset: 3pt)',
             "#show table: set text(size: 8pt)"]
    if paged:
        parts.append(_PAGED.format(title=_typst_string(_title(text))))
    first = True
    for block in blocks(text):
        if isinstance(block, str):
            if block.strip():
                if official and first and len(block.strip()) <= 40 and not block.strip().endswith(("。", "；")):
                    parts.append(f"#align(center, text(size: 22pt, {_typst_string(block.strip())}))")
                else:
                    parts.append(f"#par({_typst_string(block.strip())})")
                first = False
            continue
        first = False
        width = max(len(row) for row in block)
        cells = ", ".join(_typst_cell(row[i] if i < len(row) else "") for row in block for i in range(width))
        if three_line:
            # 三线表 as Word lays one out: across the page's width, figures flush right, no rule but one over the
            # table, one under its header row and one under its last row
            first = ", ".join(_typst_cell(block[0][i] if i < len(block[0]) else "") for i in range(width))
            rest = ", ".join(_typst_cell(row[i] if i < len(row) else "") for row in block[1:] for i in range(width))
            columns = "(" + ", ".join(["2fr"] + ["1fr"] * (width - 1)) + ")"
            parts.append(f"#table(columns: {columns}, stroke: none, align: (x, y) => if x == 0 {{ left }} else "
                         f"{{ right }}, table.hline(stroke: 1pt), {first}, table.hline(stroke: 0.5pt), {rest}, "
                         "table.hline(stroke: 1pt))")
        else:
            parts.append(f"#table(columns: {width}, {cells})")
    return "\n\n".join(parts) + "\n"


@lru_cache(maxsize=1)
def _typst():
    import typst

    from yusuan.writers.pdf import font_dirs

    dirs = font_dirs()
    if not dirs:
        return typst.Compiler()
    return typst.Compiler(font_paths=typst.Fonts(include_system_fonts=False, font_paths=dirs), ignore_system_fonts=True)


TEXT_VARIANTS: dict[str, Callable[[str], str]] = {
    "traditional": traditional,
    "full_width": full_width,
    "indented": indented,
    "crlf": crlf,
    "wrapped": wrapped,
    "justified": justified,
    "radicals": radicals,
    "invisible": invisible,
    "accounting": accounting,
}
FILE_VARIANTS = ("gb18030", "html", "html_site", "html_word", "docx", "docx_numbered", "docx_edited", "docx_boxed",
                 "xlsx", "pdf", "pdf_official", "pdf_text", "pdf_paged",
                 "pdf_paged_text", "pdf_three_line")
DRAWN = ("html", "html_site", "html_word", "docx", "docx_numbered", "docx_edited", "docx_boxed",
                 "xlsx", "pdf", "pdf_official", "pdf_text", "pdf_paged", "pdf_paged_text",
         "pdf_three_line")  # variants that draw the page's tables: made only for a `drawable` page
VARIANTS = (*TEXT_VARIANTS, *FILE_VARIANTS)
# The same words in another script, encoding, width of digits, indentation or line ends: nothing may differ. (A table copied as text
# that lost its merged cells has no one true grid, so the HTML, DOCX and PDF variants, which must draw one,
# are measured by the bench, not required.)
MUST_NOT_DIFFER = ("traditional", "full_width", "indented", "crlf", "gb18030", "radicals", "invisible",
                   "accounting")


def write_variant(text: str, variant: str, folder: Path, stem: str) -> Path:
    """Write the page as `variant` into `folder`; return the file's path."""
    if variant in TEXT_VARIANTS:
        path = folder / f"{stem}.{variant}.txt"
        path.write_bytes(TEXT_VARIANTS[variant](text).encode("utf-8"))
    elif variant == "gb18030":
        path = folder / f"{stem}.gb18030.txt"
        path.write_bytes(text.encode("gb18030"))
    elif variant in ("html", "html_site"):
        path = folder / f"{stem}.{variant}.html"
        path.write_text(as_html(text, site=variant == "html_site"), encoding="utf-8")
    elif variant == "html_word":
        path = folder / f"{stem}.html_word.html"
        path.write_bytes(as_word_html(text).encode("gb2312", errors="xmlcharrefreplace"))
    elif variant == "xlsx":
        path = folder / f"{stem}.xlsx"
        _workbook(text, path)
    elif variant == "docx_boxed":
        path = folder / f"{stem}.docx_boxed.docx"
        _boxed_docx(text, path)
    elif variant in ("docx", "docx_numbered", "docx_edited"):
        from docx import Document

        path = folder / f"{stem}.{variant}.docx"
        document = Document()
        lists = _WordLists(document) if variant == "docx_numbered" else None
        k = 0
        for block in blocks(text):
            if isinstance(block, str):
                paragraph = document.add_paragraph(block)
                if lists is not None:
                    lists.number(paragraph)
                if variant == "docx_edited" and block.strip():
                    _edited(paragraph._p, k)
                    k += 1
                continue
            table = document.add_table(rows=len(block), cols=max(len(row) for row in block))
            for r, row in enumerate(block):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if variant == "docx_edited" and cell.strip():
                        _edited(table.cell(r, c).paragraphs[0]._p, k)
                        k += 1
        if variant == "docx_edited":
            _in_content_control(document.element.body)
        document.save(str(path))
    elif variant in ("pdf_text", "pdf_paged_text"):
        import pymupdf

        printed = write_variant(text, "pdf_paged" if variant == "pdf_paged_text" else "pdf_official", folder, stem)
        with pymupdf.open(printed) as doc:
            layer = "\f".join(page.get_text(sort=True) for page in doc)  # a form feed between pages, as pdftotext
        path = folder / f"{stem}.{variant}.txt"
        path.write_text(layer, encoding="utf-8")
    elif variant in ("pdf", "pdf_official", "pdf_paged", "pdf_three_line"):
        path = folder / f"{stem}.{variant}.pdf"
        typst_source = as_typst(text, official=variant in ("pdf_official", "pdf_paged"), paged=variant == "pdf_paged",
                                three_line=variant == "pdf_three_line")
        path.write_bytes(_typst().compile(typst_source.encode("utf-8")))
    else:
        raise ValueError(f"unknown variant {variant!r}")
    return path


def losses(base: Any, other: Any) -> list[str]:
    """What `other` (a variant's tests/realworld/evaluate.Score) reads worse than `base` (the page as printed)."""
    out = []
    if not other.read:
        return [f"未读取：{other.read_error}"]
    out += [f"关键数字：{m}" for m in other.figure_misses if m not in base.figure_misses]
    out += [f"漏报错误：{m}" for m in other.error_misses if m not in base.error_misses]
    out += [f"误报：{m}" for m in other.false_errors if m not in base.false_errors]
    for field in ("kind", "year", "extent"):
        was, now = base.identity.get(field), other.identity.get(field)
        if was and now and was[0] == was[1] and now[0] != now[1]:
            out.append(f"{field}：读作 {now[1]}（原文读作 {was[1]}）")
    return out
