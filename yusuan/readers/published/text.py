"""Text files: the text layer of a published PDF (the seed's form: tab-separated table rows, one
line per paragraph line) or a web page copied as text. Consecutive tab-separated lines form a
grid (blank lines inside a table do not end it); rows keep their cells as printed — the table
builder copes with lost positions. Tables in other shapes (`|` cells, one cell per line, columns
aligned with spaces) are found afterwards, in the lines (`text_tables.py`).

The text is decoded (UTF-8, UTF-16 with BOM, GB18030) and, when written in traditional
characters, converted to simplified before it is parsed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from yusuan.encoding import decode_chinese_text
from yusuan.errors import InputError
from yusuan.model.disclosure import Location, trusted_location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.chinese import simplify_text
from yusuan.readers.published.findings import file_problem
from yusuan.readers.published.furniture import RunningLines, title_key
from yusuan.readers.published.normalize import PAGE_NUMBER
from yusuan.readers.published.numbers import squeeze

_RULE = re.compile(r"^[\s\-—|]*$")  # "--\t--\t-----" separator rows
_NOTE = re.compile(r"^(注|备注|说明)\s*\d?\s*[:：]")
_LINES = re.compile(r"\r\n|[\n\r\x0b\x1c-\x1e\x85\u2028\u2029]")
# page and table markers of text dumps: "=== page 9 ===", "--- page 9 table 1 (16 rows; …) ---"
_PAGE_MARK = re.compile(r"^={2,}\s*page\s+(\d+)\s*={2,}\s*$", re.I)
_TABLE_MARK = re.compile(r"^-{2,}\s*page\s+\d+\s+table\s+\d+\b.*-{2,}\s*$", re.I)
_IN_CELL_BREAK = re.compile(r"(?<=[^\x00-\x7f])\\n(?=[^\x00-\x7f])")  # "事业单位\n经营收入" as a dump writes it


def read_text(path: Path) -> Source:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), [file_problem(f"无法读取文件：{exc.strerror or exc}")]) from None
    text = decode_chinese_text(raw)
    if text is None:
        raise InputError(str(path), [file_problem("文件编码无法识别", "UTF-8、UTF-16 或 GB18030 编码的文本")])
    return parse_text(text, str(path))


def parse_text(text: str, name: str) -> Source:
    source = Source(name)
    text = simplify_text(text, source)
    rows: list[list[Cell]] = []
    start = 0
    page: int | None = None

    def flush() -> None:
        nonlocal rows
        if rows:
            notes = _drop_echo(source.blocks, rows)
            source.blocks.append(Grid(rows, spans_known=False, location=Location(file=name, line=start, page=page)))
            source.blocks += notes
            rows = []

    header = True  # "# …" lines before the text: where it came from, not part of it
    running = RunningLines()
    if "\f" in text:
        running.title = title_key([ln for ln in text.split("\f", 1)[0].splitlines() if ln.strip()
                                   and not ln.startswith("#")])
    at_head = False  # the page's first line of words is still to come
    for n, line in _numbered_lines(text):
        if line is None:  # a form feed (pdftotext) starts a page
            _drop_running_foot(source.blocks, page or 1, running)
            page = (page or 1) + 1
            at_head = True
            continue
        if at_head and line.strip():
            at_head = False
            if _running(line, page or 1, "head", running):
                continue
        if header and line.startswith("#") or line.startswith("# 来源"):
            continue
        header = False
        if m := _PAGE_MARK.match(line):
            flush()
            page = int(m.group(1))
            continue
        if _TABLE_MARK.match(line):
            flush()
            continue
        if "\t" in line:
            if _RULE.match(line):
                continue
            if not rows:
                start = n
            rows.append([Cell(_IN_CELL_BREAK.sub("", c) if "\\n" in c else c,
                               trusted_location(file=name, line=n, column=str(i + 1), page=page))
                         for i, c in enumerate(line.split("\t"))])
            continue
        if not line.strip():
            continue
        flush()
        source.blocks.append(TextLine(line, trusted_location(file=name, line=n, page=page)))
    flush()
    return source


def _running(line: str, page: int, edge: str, running: RunningLines) -> bool:
    """A page's first or last line of a text layer that is its running head or foot (furniture.py); a line
    of columns set apart by spaces is a table's row, never furniture."""
    stripped = line.strip()
    return not _COLUMNS.search(stripped) and not PAGE_NUMBER.match(stripped) \
        and running.furniture(page, edge, stripped)


_COLUMNS = re.compile(r"\t|\||\S {2,}\S")


def _drop_running_foot(blocks: list, page: int, running: RunningLines) -> None:
    """Remove the last line of the page that ended, its page number aside, when it is the running foot."""
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        if not isinstance(block, TextLine) or block.location is None or (block.location.page or 1) != page:
            return
        if PAGE_NUMBER.match(block.text.strip()):
            continue
        if _running(block.text, page, "foot", running):
            del blocks[k]
        return


def _numbered_lines(text: str) -> Iterator[tuple[int, str | None]]:
    """(line number, line) of the text, and (line number, None) where a form feed starts a page: a page
    break is a line break too, also where the page's last line and the next page's first run together
    ("…情况说明\f一、…")."""
    for n, line in enumerate(_LINES.split(text), start=1):
        pieces = line.split("\f")
        for k, piece in enumerate(pieces):
            if k:
                yield n, None
            if piece or len(pieces) == 1:
                yield n, piece


def _drop_echo(blocks: list, rows: list[list[Cell]]) -> list[TextLine]:
    """A table printed twice — as the page's text lines, then as its cells (text dumps of PDFs
    that add the tables they found): the text lines right before the grid whose words are all
    cells of it are dropped; a note printed under the table ("注：…") among them is returned, to
    follow the grid."""
    cells = [squeeze(c.text) for row in rows for c in row if c.text.strip()]
    if not cells:
        return []
    whole = set(cells)

    def echo(text: str) -> bool:
        words = [squeeze(w) for w in text.split()]
        return bool(words) and all(w in whole or any(w in c for c in cells) for w in words)

    k = len(blocks)
    notes: list[TextLine] = []
    echoes = 0
    while k > 0 and isinstance(blocks[k - 1], TextLine):
        text = blocks[k - 1].text
        if echo(text):
            echoes += 1
        elif _NOTE.match(text.strip()) and echoes == 0:
            notes.insert(0, blocks[k - 1])
        else:
            break
        k -= 1
    if echoes < 2:  # one line alike is chance; a run of them is the table's text
        return []
    del blocks[k:]
    return notes
