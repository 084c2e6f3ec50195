"""Tables on a web page → blocks, with lxml: text outside tables becomes lines at block
boundaries (<p>, <div>, <br> … each end a line, so that a table laid out one cell per line keeps
its lines); data tables (those holding no other table) become grids with colspan/rowspan;
tables used for page layout are walked into.

The page is decoded by its byte-order mark (UTF-16/UTF-8), as UTF-8 when it is valid UTF-8,
else by its declared charset (GB2312/GBK read as GB18030, Big5) or GB18030; a page in
traditional characters is converted to simplified before it is parsed. Whitespace collapses as
a browser collapses it, except inside <pre> and for &nbsp; (pages align columns with it)."""

from __future__ import annotations

import re
from pathlib import Path

from yusuan.encoding import declared_charset, decode_chinese_text
from yusuan.errors import InputError
from yusuan.limits import LimitExceeded, limit
from yusuan.model.disclosure import Location, trusted_location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.chinese import simplify_text
from yusuan.readers.published.findings import file_problem

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article", "tr", "dd", "dt",
          "blockquote", "pre", "center", "ul", "ol", "caption", "header", "footer", "hr"}
_SKIP = {"script", "style", "head", "noscript", "template"}


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_COLLAPSE = re.compile(r"[ \t\r\n\f]+")


class _Undecodable(Exception):
    """No encoding a Chinese page is written in (UTF-8/16, GB18030, Big5, the declared one) fits."""


# a character the page's charset lacks, written as a reference ("&#27770;" for 決 on a GB2312 page, as Word
# saves one): resolved before the page's script is judged and converted, else traditional characters
# written so stay traditional. Only characters past ASCII: "&#60;" is markup's own.
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{2,6})|([0-9]{3,7}));")


def _reference(m: re.Match) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if code < 0x80 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return m.group(0)
    return chr(code)


def _decode(raw: bytes) -> str:
    text = decode_chinese_text(raw, declared_charset(raw))
    if text is None:
        raise _Undecodable
    if "&#" in text:
        text = _CHARACTER_REFERENCE.sub(_reference, text)
    return _XML_DECLARATION.sub("", text.lstrip("\ufeff"))


def read_html(path: Path) -> Source:
    import lxml.html
    from lxml import etree

    source = Source(str(path))
    try:
        text = simplify_text(_decode(path.read_bytes()), source)
    except _Undecodable:
        raise InputError(str(path), [file_problem(
            "无法识别网页的编码（不是 UTF-8、UTF-16、GB18030 或 Big5，也不是网页声明的编码）",
            "以 UTF-8 或 GB18030 编码另存后再读取")]) from None
    try:
        # lxml's plain HTML parser: the same tree as lxml.html's, without its element classes, whose
        # Python class lookup for every element walked was a tenth of the time of reading a page
        root = lxml.html.document_fromstring(text, parser=etree.HTMLParser())
    except (UnicodeDecodeError, etree.ParserError, ValueError, OSError) as exc:
        raise InputError(str(path), [file_problem(f"无法读取网页：{exc}")]) from None
    walker = _Walker(source)
    walker.walk(root)
    walker.flush()
    return source


class _Walker:
    def __init__(self, source: Source):
        self.source = source
        self.buffer: list[str] = []
        self.line: int | None = None
        self.pre = 0  # inside <pre>: line breaks are lines

    def flush(self) -> None:
        text = "".join(self.buffer)
        if self.pre:
            for k, part in enumerate(text.split("\n")):
                if part.strip():
                    self.source.blocks.append(TextLine(part.strip(), Location(line=(self.line or 0) + k)))
        elif text.strip():
            self.source.blocks.append(TextLine(_COLLAPSE.sub(" ", text).strip(), Location(line=self.line)))
        self.buffer, self.line = [], None

    def add(self, text: str | None, line: int | None) -> None:
        if text and (text.strip() or self.buffer):
            if self.line is None:
                self.line = line
            self.buffer.append(text)

    def walk(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            return
        if tag == "table" and not el.xpath(".//table"):
            self.flush()
            self.source.blocks.append(_grid(el, self.source.path))
            return
        block = tag in _BLOCK or tag == "table"
        if block:
            self.flush()
        self.pre += tag == "pre"
        self.add(el.text, el.sourceline)
        for child in el:
            self.walk(child)
            self.add(child.tail, child.sourceline)
        if block:
            self.flush()
        self.pre -= tag == "pre"


def _grid(table, path: str) -> Grid:
    grid: dict[tuple[int, int], Cell] = {}
    n_rows = 0
    for r, tr in enumerate(table.xpath(".//tr")):
        c = 0
        for td in tr:
            if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            span_c = _int(td.get("colspan"))
            span_r = _int(td.get("rowspan"))
            text = "".join(td.itertext())
            cell = Cell(text, trusted_location(line=td.sourceline, row=r + 1, column=str(c + 1)))
            for dr in range(span_r):
                for dc in range(span_c):
                    grid[(r + dr, c + dc)] = cell
            c += span_c
            _within_limit(path, len(grid))
        n_rows = max(n_rows, r + 1)
    width = max((c for _, c in grid), default=-1) + 1
    _within_limit(path, n_rows * width)  # a row widened by spans times every row: 9 KB of spans took 11 s
    rows = [[grid.get((r, c)) or Cell("") for c in range(width)] for r in range(n_rows)]
    rows = [row for row in rows if any(cell.text.strip() for cell in row)]
    return Grid(rows, spans_known=True, location=Location(line=table.sourceline))


def _within_limit(path: str, cells: int) -> None:
    """Refuse a table of more cells than a worksheet may have: spans of 100 × 100 cells make a few kilobytes of
    markup a table of millions (LimitExceeded)."""
    if cells > limit("cells"):
        raise LimitExceeded(path, "cells", cells, "网页表格")


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1
