"""Tables that came out as text → the same `Grid` blocks the tab-separated reader produces.

Web pages copied to text, and paragraphs of HTML and DOCX documents, carry tables in several
shapes; each is found in a run of text lines:

- `|` cells, a row per line ("| 项目 | 预算数 |", markdown rules "|---|" skipped, outer pipes optional);
- `|` cells in a stream: each cell followed by a pipe ("合 计 |" / "49.9 |"), or cells on their
  own lines between pipe lines ("|" / "合 计" / "|" / "49.9"); a pipe alone is an empty cell
  (the page kept every `<td>`, so the rows are padded to one width);
- one cell per line, no pipes: a header of labels (项目 / 预算数 / 决算数 …), then the rows, each a
  label and the run of numbers after it;
- columns aligned with runs of two or more spaces.

`text_layout` cuts the streams into rows and fits the header labels over the columns. Leading
title, unit and 编制部门 cells become text lines again. A run that does not read as a table
(no numbers, no header words) is left as it was.
"""

from __future__ import annotations

import re

from yusuan.model.disclosure import Location, ReadingNote
from yusuan.money import AmountError
from yusuan.readers.published import text_layout
from yusuan.readers.published.blocks import Block, Cell, Grid, TextLine
from yusuan.readers.published.normalize import clean, key
from yusuan.readers.published.numbers import amount
from yusuan.readers.published.text_layout import NUMBER, TEXT, Layout, kind
from yusuan.readers.published.titles import match_title

MAX_CELL = 40  # characters of a cell standing on its own line
_PIPE = re.compile(r"[|｜]")
_RULE = re.compile(r"^\s*[|｜]?\s*(:?-{2,}:?\s*[|｜]\s*)*:?-{2,}:?\s*[|｜]?\s*$")
_SPACED = re.compile(r"(?:\s{2,}|\u3000+)")
_OPEN_END = re.compile(r"(^|[\s|])[\d,，]*\d[,，]\s*$")  # a line ending in "1,234,"
_OPEN_NUMBER = re.compile(r"[\d,，]*\d[,，.]")  # "1,234," or "31.": the rest is on the next line
_ONE_HAN = re.compile(r"^[\u4e00-\u9fff]$")
_SENTENCE = re.compile(r"[。；;！？!?]|[，,](?!\d{3})")
_UNIT_CELL = re.compile(r"(金额)?单位\s*[:：]\s*(万元|元|亿元)|^[(（]\s*(万元|元|亿元)\s*[)）]$")
_DEPT_CELL = re.compile(r"^编制(部门|单位)\s*[:：]")
_CAPTION_END = re.compile(r"(说明|如下[:：]?)$")
# the caption row of a table exported from the budget system: "920平山县下口镇财政所 | 预算年度:2025 | 单位:万元"
_UNIT_CODE_CELL = re.compile(r"^\d{3,12}[\u4e00-\u9fff（）()]{2,40}"
                             r"(?:所|局|委|办|院|校|站|中心|政府|委员会|馆|队|会|部|处|室|厅|园|社)$")
_YEAR_CELL = re.compile(r"^预算年度\s*[:：]\s*\d{4}年?$")
# words of a table header, and of the row labels of budget tables
_HEADER_WORDS = re.compile(r"项目|科目|预算|决算|上年|本年|合计|金额|小计|总计|数$|收入|支出|费")
_ROW_WORDS = re.compile(r"费|支出|收入|合计|总计|经费|资金|拨款")


def find_tables(blocks: list[Block], findings: list[ReadingNote] | None = None) -> list[Block]:
    """The blocks with every run of text lines that holds a table replaced by its grid."""
    out: list[Block] = []
    run: list[TextLine] = []
    for block in blocks:
        if isinstance(block, TextLine):
            run.append(block)
            continue
        out += _in_lines(run)
        run = []
        out.append(block)
    out += _in_lines(run)
    if findings is not None:
        findings += [ReadingNote(code="row.total_label", message="表格第一行数据没有项目名称（复制网页时丢失），"
                                 "其金额不小于以下各行，按合计行读取", location=b.location)
                     for b in out if isinstance(b, Grid) and getattr(b, "total_labelled", False)]
    return out


def _in_lines(lines: list[TextLine]) -> list[Block]:
    lines = _join_open_numbers(lines)
    out: list[Block] = []
    i = 0
    while i < len(lines):
        for finder in (_tabbed, _pipes, _spaced, _cell_lines):
            found = finder(lines, i)
            if found is not None and found[0] > i:  # a table takes one line at least: else the loop stood still
                end, blocks = found
                out += blocks
                i = end
                break
        else:
            out.append(lines[i])
            i += 1
    return out


def _join_open_numbers(lines: list[TextLine]) -> list[TextLine]:
    """"1,234," / "567.89 |": a number broken at the end of a line goes on in the next line."""
    out: list[TextLine] = []
    for line in lines:
        if out and _OPEN_END.search(out[-1].text) and re.match(r"\s*\d", line.text):
            out[-1] = TextLine(out[-1].text.rstrip() + line.text.lstrip(), out[-1].location, out[-1].continues,
                               out[-1].page_top)
            continue
        out.append(line)
    return out


def has_pipe(text: str) -> bool:
    return bool(_PIPE.search(text))


def cell_like(text: str) -> bool:
    """A line that may be one cell of a table: short, not a sentence."""
    t = text.strip()
    return bool(t) and len(clean(t)) <= MAX_CELL and not _SENTENCE.search(t) and not has_pipe(t) \
        and "\t" not in t and len(_spaced_cells(t)) < 2


def is_caption(text: str) -> bool:
    """Title, unit and 编制部门 lines: around a table, never in it."""
    t = clean(text)
    return bool(match_title(t) or _UNIT_CELL.search(t) or _DEPT_CELL.match(t)
                or _UNIT_CODE_CELL.match(t) or _YEAR_CELL.match(t)) or (
        len(t) > 12 and bool(_CAPTION_END.search(t))) or (
        len(t) > 12 and t.endswith("情况") and bool(re.search(r"经费|预算|决算", t)) and not re.search(r"[比增减]", t))


# -- `|` tables -----------------------------------------------------------------------------------
def _pipes(lines: list[TextLine], i: int) -> tuple[int, list[Block]] | None:
    if not has_pipe(lines[i].text) and not _first_cell(lines, i):
        return None
    n = len(lines)
    j, last = i + 1, i
    while j < n:
        if has_pipe(lines[j].text):
            last = j
            j += 1
            continue
        k = j
        while k < n and k - j < 3 and not has_pipe(lines[k].text) and cell_like(lines[k].text):
            k += 1
        if k < n and k > j and has_pipe(lines[k].text):
            j = k
            continue
        break
    region = lines[i:last + 1]
    texts = [_PIPE.sub("|", line.text) for line in region]
    piped = [t for t in texts if "|" in t]
    with_text = sum(1 for t in piped if t.replace("|", "").strip())
    plain = len(texts) - len(piped)
    rows_at = [k for k, t in enumerate(texts) if "|" in t and len([c for c in _row_cells(t) if c.strip()]) >= 2]
    multi = len(rows_at)
    if multi >= max(2, len(piped) / 2) or with_text >= plain:
        cut = next((k for k, t in enumerate(texts) if "|" not in t), len(texts))
        region, texts = region[:cut], texts[:cut]
        if multi >= max(2, len(piped) / 2) or _padded_rows(texts, rows_at):
            blocks = _row_table(region, texts)
            return i + cut, blocks if blocks is not None else list(region)
        region, texts = _last_cells(lines, i, i + cut)  # a stream: its last cell may follow the last pipe
    else:
        extra = last + 1
        while extra < n and kind(lines[extra].text) == NUMBER and not has_pipe(lines[extra].text):
            extra += 1  # the last cells, after the last pipe
        region = lines[i:extra]
        texts = [_PIPE.sub("|", line.text) for line in region]
    end = i + len(region)
    cells = _stream_cells(region, texts)
    blocks = _stream_table(cells)
    return end, blocks if blocks is not None else list(region)


def _last_cells(lines: list[TextLine], i: int, end: int) -> tuple[list[TextLine], list[str]]:
    """A stream of cells closed by pipes whose last cell stands after the last pipe ("支出总计 |" / "690.36"):
    the number lines after it are its last cells (r520)."""
    while end < len(lines) and kind(lines[end].text) == NUMBER and not has_pipe(lines[end].text):
        end += 1
    region = lines[i:end]
    return region, [_PIPE.sub("|", line.text) for line in region]


def _first_cell(lines: list[TextLine], i: int) -> bool:
    """A cell per line with a pipe line after each ("年度" / "|" / "合计" / "|" …): the first cell stands
    before the first pipe, and is the table's."""
    return i + 1 < len(lines) and _PIPE.fullmatch(lines[i + 1].text.strip()) is not None \
        and cell_like(lines[i].text) and not is_caption(lines[i].text)


def _padded_rows(texts: list[str], rows_at: list[int]) -> bool:
    """A page that kept every `<td>` prints a row per line, padded with empty cells ("1.7 | 0 | 1.7 | ||");
    its title, unit and notes are rows of one filled cell around the table ("财政拨款情况表 | |||||||").
    The lines are rows, not a stream of cells, when the lines of several cells stand together, one of
    them a row of amounts, and every line but the last is closed by a pipe."""
    if len(rows_at) < 2 or rows_at[-1] - rows_at[0] != len(rows_at) - 1:
        return False
    numbers = [sum(1 for c in _row_cells(texts[k]) if kind(c.strip()) == NUMBER) for k in rows_at]
    return max(numbers) >= 2 and all(t.rstrip().endswith("|") for t in texts[:-1])


def _row_cells(text: str) -> list[str]:
    t = text.strip()
    cells = t.split("|")
    if t.startswith("|"):
        cells = cells[1:]
    if t.endswith("|") and cells:
        cells = cells[:-1]
    return cells


def _row_table(region: list[TextLine], texts: list[str]) -> list[Block] | None:
    """A row per line: captions above it and notes below it (rows of one cell) become lines
    again; a header whose rows lost their spans (a group row over fewer sub-labels) is fitted."""
    rows: list[tuple[TextLine, list[str]]] = []
    for line, t in zip(region, texts, strict=True):
        if not _RULE.match(t):
            rows.append((line, [c.strip() for c in _row_cells(t)]))

    def filled(cells: list[str]) -> list[str]:
        return [c for c in cells if c]

    # everything down to the last caption near the top (page metadata, title, unit) is text
    top = max((k + 1 for k, (_, cells) in enumerate(rows[:8])
               if len(filled(cells)) == 1 and is_caption(filled(cells)[0])), default=0)
    while top < len(rows) and len(filled(rows[top][1])) <= 1:
        top += 1
    bottom = len(rows)
    while bottom > top and len(filled(rows[bottom - 1][1])) <= 1:
        bottom -= 1
    lines = [TextLine(" ".join(filled(cells)), line.location) for line, cells in rows[:top] if filled(cells)]
    after = [TextLine(" ".join(filled(cells)), line.location) for line, cells in rows[bottom:] if filled(cells)]
    body = rows[top:bottom]
    if len(body) < 2:
        return None
    matrix = [cells for _, cells in body]
    kinds = [[kind(c) for c in r] for r in matrix]
    numbers = sum(k.count(NUMBER) for k in kinds)
    first = next((r for r, k in enumerate(kinds) if NUMBER in k), None)
    if numbers < 2 or first is None:
        return None
    while all(r and not r[-1] for r in matrix):  # the padding after the last column
        matrix = [r[:-1] for r in matrix]
    width = max(len(r) for r in matrix)
    header: list[list[str | None]] = [r + [""] * (width - len(r)) for r in matrix[:first]]
    if len(header) > 1 and not all(all(c for c in r) for r in header):
        header = text_layout.fit_padded(header, width) or header
    data = [r + [""] * (width - len(r)) for r in matrix[first:]]
    if (slots := _numbered_sides(header, width)) is not None:
        data = [_refit_collapsed(r, slots) for r in data]
    found = Layout(header, data, width, complete=True)
    if not _is_table(found):
        return None
    cells = [Cell(c, (line.location or Location()).model_copy(update={"column": str(k + 1)}))
             for line, r in body for k, c in enumerate(r)]
    grid = _grid(found, cells)
    ends = [_PIPE.sub("|", line.text).rstrip().endswith("|") for line, _ in body]
    # "总计 | 27 | 36816" last, every row above closed by "|": the stored page stops inside that row
    grid.open_end = not after and len(ends) >= 3 and not ends[-1] and all(ends[:-1])
    return [*lines, grid, *after]


_ROW_NO = re.compile(r"^\d{1,2}$")
_SIDE = ("项目", "行次", "金额")


def _numbered_sides(header: list[list[str | None]], width: int) -> list[str] | None:
    """The slots of a 收入支出决算总表 printed with 行次 on both sides ("项目 | 行次 | 金额 | 项目 | 行次 | 金额"):
    label, row number, amount for each side; None for any other header."""
    for row in header:
        words = [key(c or "") for c in row]
        if width == 2 * len(_SIDE) and words == [*_SIDE, *_SIDE]:
            return ["label", "index", "amount"] * 2
    return None


def _refit_collapsed(row: list[str], slots: list[str]) -> list[str]:
    """A row whose page dropped its empty cells and padded the row at its end ("二、上级补助收入 | 2 | 二、外交支出 |
    29 | ||", "9 | 九、医疗卫生与计划生育支出 | 36 | 36341.62 | ||"): each cell put back in the next slot of
    its kind — a label, a row number (one or two digits), an amount. The 栏次 row, whose numbers of the amount
    columns came out under other columns, is left empty. A row that fits as printed, or whose cells do not fit
    the slots in order, is kept."""
    if key(row[0]) in text_layout._ROW_NUMBER_LABELS:
        return [""] * len(slots)

    def fits(cell: str, slot: str) -> bool:
        if slot == "label":
            return kind(cell) == TEXT
        if slot == "index":
            return bool(_ROW_NO.match(cell))
        return kind(cell) == NUMBER

    if all(not c or fits(c, s) for c, s in zip(row, slots, strict=True)):
        return row
    out = [""] * len(slots)
    at = 0
    for cell in (c for c in row if c):
        while at < len(slots) and not fits(cell, slots[at]):
            at += 1
        if at == len(slots):
            return row
        out[at] = cell
        at += 1
    return out


def _stream_cells(region: list[TextLine], texts: list[str]) -> list[Cell]:
    """Cells terminated by pipes; a cell's text may span lines (joined); the empty piece before
    the first pipe and after the last one are not cells."""
    cells: list[Cell] = []
    current: list[str] = []
    where: Location | None = None
    pieces: list[tuple[str, Location | None]] = []
    for line, t in zip(region, texts, strict=True):
        parts = t.split("|")
        for k, part in enumerate(parts):
            if part.strip():
                current.append(part.strip())
                where = where or line.location
            if k < len(parts) - 1:  # a pipe ends the cell
                pieces.append((" ".join(current), where))
                current, where = [], None
    pieces.append((" ".join(current), where))
    if pieces and not pieces[0][0]:
        pieces = pieces[1:]
    if pieces and not pieces[-1][0]:
        pieces = pieces[:-1]
    for text, loc in pieces:
        cells.append(Cell(text, loc))
    return cells


def _stream_table(cells: list[Cell], padded: bool = True) -> list[Block] | None:
    """Leading captions as lines, then the grid; None when the cells do not read as a table."""
    blocks: list[Block] = []
    start = 0
    while start < len(cells) and (not cells[start].text.strip() or is_caption(cells[start].text)):
        if cells[start].text.strip():
            blocks.append(TextLine(cells[start].text, cells[start].location))
        start += 1
    cells = cells[start:]
    texts = [c.text for c in cells]
    found = text_layout.layout(texts, padded)
    if found is None or not _is_table(found):
        return None
    blocks.append(_grid(found, cells))
    return blocks


def _is_table(found: Layout, titled: bool = False) -> bool:
    """Numbers under a header that names budget columns, or beside labels of budget rows. Without any
    header only a table's title (read before it) can say what the columns are: then the rows must be
    budget rows, and the table builder takes the columns from the title's template."""
    numbers = sum(1 for r in found.rows for t in r if kind(t) == NUMBER)
    labels = " ".join(r[0] for r in found.rows if kind(r[0]) == TEXT)
    if numbers < 2:
        return False
    if not any(t for row in found.header for t in row):
        return titled and len(_ROW_WORDS.findall(labels)) >= 2
    header = " ".join(t for row in found.header for t in row if t)
    return bool(_HEADER_WORDS.search(key(header)) or len(_ROW_WORDS.findall(labels)) >= 2)


def _grid(found: Layout, cells: list[Cell]) -> Grid:
    """Cells for the layout's texts, located by the source cell each text came from (in order)."""
    at = 0

    def locate(text: str) -> Location | None:
        nonlocal at
        if not text:
            return None
        for k in range(at, len(cells)):
            if cells[k].text == text:
                at = k + 1
                return cells[k].location
        return None

    labelled = _label_total(found)
    rows: list[list[Cell]] = []
    for r, header_row in enumerate(found.header):
        row: list[Cell] = []
        for c, text in enumerate(header_row):
            if text is None and found.complete:
                row.append(rows[r - 1][c] if r > 0 else row[c - 1] if c > 0 else Cell(""))
            else:
                row.append(Cell(text or "", locate(text or "")))
        rows.append(row)
    for data in found.rows:
        row = []
        for text in data:
            row.append(Cell(text, locate(text)))
        rows.append(row)
    rows = _drop_empty_columns(rows)
    first = next((c.location for r in rows for c in r if c.location), None)
    grid = Grid(rows, spans_known=found.complete, location=first)
    grid.total_labelled = labelled  # type: ignore[attr-defined]  # reported by find_tables
    return grid


def _label_total(found: Layout) -> bool:
    """The first data row printed without its label (the merged 合计 cell lost when the page was
    copied), above labelled rows, is the total row — when its amounts are at least those of
    every row below it, column by column."""
    rows = found.rows
    if len(rows) < 2 or rows[0][0].strip() or not all(kind(r[0]) == TEXT for r in rows[1:]):
        return False
    seen = False
    for c in range(1, found.width):
        try:
            top = amount(rows[0][c]) if c < len(rows[0]) else None
        except AmountError:
            continue  # a rate ("19.09%")
        if top is None:
            continue
        seen = True
        for r in rows[1:]:
            try:
                value = amount(r[c]) if c < len(r) else None
            except AmountError:
                continue
            if value is not None and value > top:
                return False
    if seen:
        rows[0][0] = "合计"
    return seen


def _drop_empty_columns(rows: list[list[Cell]]) -> list[list[Cell]]:
    width = max(len(r) for r in rows)
    keep = [c for c in range(width) if any(c < len(r) and r[c].text.strip() for r in rows)]
    if len(keep) == width:
        return rows
    return [[r[c] for c in keep if c < len(r)] for r in rows]


# -- one cell per line ----------------------------------------------------------------------------
def _cell_lines(lines: list[TextLine], i: int) -> tuple[int, list[Block]] | None:
    if not cell_like(lines[i].text):
        return None
    j = i
    while j < len(lines) and cell_like(lines[j].text) and not (j > i and _first_cell(lines, j)):
        j += 1  # (a line with a lone pipe after it opens a stream of piped cells)
    run = lines[i:j]
    if sum(1 for line in run if kind(line.text) == NUMBER) < 2:
        return j, list(run)
    out: list[Block] = []
    segment: list[TextLine] = []
    titled = False  # the last caption is a table's title: it says what a headless grid's columns are
    for line in run:
        if is_caption(line.text):
            out += _segment(segment, titled)
            segment = []
            out.append(line)
            titled = titled or bool(match_title(clean(line.text)))
            continue
        segment.append(line)
    out += _segment(segment, titled)
    return j, out


def _segment(lines: list[TextLine], titled: bool = False) -> list[Block]:
    if sum(1 for line in lines if kind(line.text) == NUMBER) < 2:
        return list(lines)
    cells = _join_split_numbers([Cell(line.text.strip(), line.location) for line in lines])
    first = next(k for k, c in enumerate(cells) if kind(c.text) == NUMBER)
    for skip in range(min(4, first) + 1):
        # lines before the header that the run took in (a caption, a date) stay text
        found = text_layout.layout([c.text for c in cells[skip:]], padded=False)
        if found is not None and _is_table(found, titled):
            # short lines after the last amounts that are no row of a budget table stay text
            tail = 0
            while len(found.rows) > 1 and _stray(found.rows[-1]):
                found.rows.pop()
                tail += 1
            kept = lines[len(lines) - tail:] if tail else []
            return [*lines[:skip], _grid(found, cells[skip:len(cells) - tail]), *kept]
    return list(lines)


def _stray(row: list[str]) -> bool:
    """A row of one text cell that names no budget item (a sentence after the table)."""
    filled = [t for t in row if t.strip()]
    return len(filled) == 1 and kind(filled[0]) == TEXT and not _ROW_WORDS.search(filled[0]) \
        and not re.match(r"^(其中|[一二三四五六七八九十]+、|\d+[.、])", filled[0])


def _join_split_numbers(cells: list[Cell]) -> list[Cell]:
    """"1,234," / "567.89" and "851" / ".14": a number broken over two lines is one cell."""
    out: list[Cell] = []
    for cell in cells:
        if out and (_OPEN_NUMBER.fullmatch(out[-1].text) and re.fullmatch(r"\d[\d,，.]*", cell.text)
                    or re.fullmatch(r"\d[\d,，]*", out[-1].text) and re.fullmatch(r"\.\d+", cell.text)):
            out[-1] = Cell(out[-1].text + cell.text, out[-1].location)
        else:
            out.append(cell)
    return out


# -- tab-separated rows (a paragraph of a Word document or a web page typed with tabs) -------------
def _tabbed(lines: list[TextLine], i: int) -> tuple[int, list[Block]] | None:
    if "\t" not in lines[i].text:
        return None
    j = i
    while j < len(lines) and "\t" in lines[j].text:
        j += 1
    rows = [[Cell(c.strip(), (lines[k].location or Location()).model_copy(update={"column": str(n + 1)}))
             for n, c in enumerate(lines[k].text.strip("\n").split("\t"))] for k in range(i, j)]
    if j - i < 2 or sum(1 for r in rows for c in r if kind(c.text) == NUMBER) < 2:
        return j, list(lines[i:j])
    return j, [Grid(rows, spans_known=False, location=lines[i].location)]


# -- columns aligned with spaces ------------------------------------------------------------------
def _spaced_cells(text: str) -> list[str]:
    """Cells between runs of spaces; the letters of one word spaced out ("项    目") joined again
    (not "类  款  项", which head three columns)."""
    out: list[str] = []
    single = False
    for c in _SPACED.split(text.strip()):
        if not c:
            continue
        one = bool(_ONE_HAN.match(c))
        if out and one and single and not (c in "类款项" and out[-1][-1] in "类款项"):
            out[-1] += c
            continue
        out.append(c)
        single = one
    return out


def _spaced(lines: list[TextLine], i: int) -> tuple[int, list[Block]] | None:
    def row(k: int) -> list[str] | None:
        t = lines[k].text
        cells = _spaced_cells(t)
        if len(cells) < 2 or has_pipe(t) or "\t" in t or any(len(c) > MAX_CELL or _SENTENCE.search(c) for c in cells):
            return None
        return cells

    if row(i) is None:
        return None
    j = i
    rows: list[list[str]] = []
    while j < len(lines) and (cells := row(j)) is not None:
        rows.append(cells)
        j += 1
    numbers = sum(1 for r in rows for c in r if kind(c) == NUMBER)
    if len(rows) < 2 or numbers < 2:
        return None
    grid_rows = []
    for k, cells in enumerate(rows):
        loc = lines[i + k].location or Location()
        grid_rows.append([Cell(c, loc.model_copy(update={"column": str(n + 1)})) for n, c in enumerate(cells)])
    return j, [Grid(grid_rows, spans_known=False, location=lines[i].location)]
