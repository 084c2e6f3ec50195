"""Tables on a web page → blocks, with lxml: text outside tables becomes lines at block
boundaries; data tables (those holding no other table) become grids with colspan/rowspan;
tables used for page layout are walked into."""

from __future__ import annotations

import re
from pathlib import Path

from yusuan.errors import InputError
from yusuan.model.disclosure import Location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.findings import file_problem

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article", "tr", "dd", "dt",
          "blockquote", "pre", "center", "ul", "ol", "caption", "header", "footer", "hr"}
_SKIP = {"script", "style", "head", "noscript", "template"}


def _decode(raw: bytes) -> str:
    m = re.search(rb"charset\s*=\s*[\"']?([\w-]+)", raw[:4096], re.I)
    encodings = [m.group(1).decode("ascii", "ignore")] if m else []
    for enc in [*encodings, "utf-8", "gb18030"]:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    raise UnicodeDecodeError("html", raw, 0, 1, "无法识别编码")


def read_html(path: Path) -> Source:
    import lxml.html
    from lxml import etree

    try:
        text = _decode(path.read_bytes())
        root = lxml.html.document_fromstring(text)
    except (UnicodeDecodeError, etree.ParserError, ValueError, OSError) as exc:
        raise InputError(str(path), [file_problem(f"无法读取网页：{exc}")]) from None
    source = Source(str(path))
    walker = _Walker(source)
    walker.walk(root)
    walker.flush()
    return source


class _Walker:
    def __init__(self, source: Source):
        self.source = source
        self.buffer: list[str] = []
        self.line: int | None = None

    def flush(self) -> None:
        text = "".join(self.buffer).strip()
        if text:
            self.source.blocks.append(TextLine(text, Location(line=self.line)))
        self.buffer, self.line = [], None

    def add(self, text: str | None, line: int | None) -> None:
        if text and text.strip():
            if self.line is None:
                self.line = line
            self.buffer.append(text)

    def walk(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            return
        if tag == "table" and not el.xpath(".//table"):
            self.flush()
            self.source.blocks.append(_grid(el))
            return
        block = tag in _BLOCK or tag == "table"
        if block:
            self.flush()
        self.add(el.text, el.sourceline)
        for child in el:
            self.walk(child)
            self.add(child.tail, child.sourceline)
        if block:
            self.flush()


def _grid(table) -> Grid:
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
            cell = Cell(text, Location(line=td.sourceline, row=r + 1, column=str(c + 1)))
            for dr in range(span_r):
                for dc in range(span_c):
                    grid[(r + dr, c + dc)] = cell
            c += span_c
        n_rows = max(n_rows, r + 1)
    width = max((c for _, c in grid), default=-1) + 1
    rows = [[grid.get((r, c)) or Cell("") for c in range(width)] for r in range(n_rows)]
    rows = [row for row in rows if any(cell.text.strip() for cell in row)]
    return Grid(rows, spans_known=True, location=Location(line=table.sourceline))


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1
