"""Tables a PDF prints without ruling lines, rebuilt from where their words stand.

Some publications print their tables with no lines at all, or with only the three horizontal rules
of a 三线表; `pdf_grid` finds no frame there. Such a table still shows itself in its words: a run of
visual lines whose words stand apart in columns, most of them ending in amounts aligned on their
right edges. The body's words fix the columns (their horizontal extents, merged where they
overlap); a leaf heading widens its column, and a heading over no body word adds a column (an empty
one, or in a table with no figure at all the headings alone fix the columns). A group heading takes
the run of columns it stands centred over, so the grid's spans are known, as a ruled table's are. In
the body, a wrapped label's line joins the row whose line it overlaps, and words standing between two
columns are one merged cell over both ("合计" over 类/款/项 and 名称).

Headings and labels wrap as a table is typeset: a heading's lines follow at the text's leading (far
closer than the header's levels), over one column, each cell's lines centred in its row. So a heading
right under another, alone between the headings beside it, continues it, whatever lines of other
columns' headings (centred lower) fall between; it is a group's child only when another heading
stands in its row, centred at its height. A group heading alone on its line heads the row under it
as far as the columns beside that row, whose headings stand centred higher (cells spanning the
group's row and its children's). A label wrapped over three lines has its figures on its middle line.

When a layout cannot be understood (a heading given columns it does not stand centred over, a group
heading alone on its line that no taller headings beside it bound, a column holding both figures and
words) no grid is made; a grid that is made is marked `inferred`, and
`inferred_grid.misread` judges the table read from it. Lines that are not a table's (the title, 编制部门
and 单位 lines, a contents line with its leader dots, a paragraph) are never taken: a borderless table
is only ever found among lines that no other reading claims, and only on a page whose free words hold
loose figures or headings (`may_hold_table`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from yusuan.model.disclosure import Location
from yusuan.readers.published.blocks import Cell, Grid
from yusuan.readers.published.normalize import clean
from yusuan.readers.published.numbers import is_amount, is_placeholder, leading_code
from yusuan.readers.published.pdf_words import join_words
from yusuan.readers.published.rowlabels import is_total
from yusuan.readers.published.titles import is_table_number, match_title

GAP = 0.6  # × the word height: a wider gap between two words parts two cells
NEAR = 0.3  # × the word height: beside an amount, a gap wider than a space parts two cells
LONG = 30  # characters: a single piece this long is a paragraph line, not a row label
_LEADERS = re.compile(r"[.…·。]{3,}|…{2,}")
_NOT_A_ROW = re.compile(r"(?:金额)?单位\s*[:：]|^编制(?:部门|单位)|^注\s*[:：]|^说明\s*[:：]|^资料来源")
_FIGURE_START = frozenset("0123456789-.（(－—–")  # how a figure's word (or a placeholder "—") begins
_HEADER_WORDS = re.compile(r"项目|科目|预算|决算|合计|金额|小计|总计|收入|支出|费|数$|名称|编码|类|款|来源")


@dataclass
class Piece:
    """Words of one line that stand together: one cell's text on that line."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    words: list[tuple] = field(default_factory=list)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class _Line:
    pieces: list[Piece]
    words: list[tuple]

    @property
    def top(self) -> float:
        return min(p.y0 for p in self.pieces)

    @property
    def bottom(self) -> float:
        return max(p.y1 for p in self.pieces)

    @property
    def height(self) -> float:
        return max(p.y1 - p.y0 for p in self.pieces)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    def amounts(self) -> list[Piece]:
        return [p for p in self.pieces if _is_value(p.text)]


def _is_value(text: str) -> bool:
    t = clean(text)
    return bool(t) and (is_amount(t) or (is_placeholder(t) and len(t) <= 3))



def pieces_of(line: list[tuple]) -> list[Piece]:
    """A visual line (words left to right) cut where two words stand wider apart than `GAP`, or
    apart at all beside an amount (a right-aligned figure may end close to the next cell's label)."""
    out: list[list[tuple]] = []
    for w in line:
        h = w[3] - w[1]
        if out:
            gap = w[0] - out[-1][-1][2]
            if gap <= GAP * h and not (gap > NEAR * h and (_is_value(w[4]) or _is_value(out[-1][-1][4]))):
                out[-1].append(w)
                continue
        out.append([w])
    return [_piece(ws) for ws in out]


def _piece(ws: list[tuple]) -> Piece:
    return Piece(min(w[0] for w in ws), min(w[1] for w in ws), max(w[2] for w in ws), max(w[3] for w in ws),
                 _read_order(ws), ws)


def _read_order(words: list[tuple]) -> str:
    """A cell's words as read: a wrapped cell's lines top to bottom, each left to right."""
    if len(words) < 2:
        return words[0][4] if words else ""
    rows: list[list[tuple]] = []
    for w in sorted(words, key=lambda w: (w[1] + w[3]) / 2):
        if rows and (w[1] + w[3]) / 2 - (rows[-1][0][1] + rows[-1][0][3]) / 2 < 0.4 * (w[3] - w[1]):
            rows[-1].append(w)
        else:
            rows.append([w])
    return "".join(join_words(sorted(r, key=lambda w: w[0])) for r in rows)


def tight_lines(words: list[tuple]) -> list[list[tuple]]:
    """Words in lines of one height each, top to bottom (a cell's wrapped lines)."""
    lines: list[list[tuple]] = []
    for w in sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0])):
        cy, h = (w[1] + w[3]) / 2, w[3] - w[1]
        if lines and abs(cy - (lines[-1][0][1] + lines[-1][0][3]) / 2) < 0.35 * h:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w[0]) for line in lines]


def _excluded(line: _Line) -> bool:
    """A line no table holds: a title, its number, a unit or 编制部门 line, a contents line, a note."""
    text = clean(line.text)
    if len(line.pieces) == 2 and clean(line.pieces[0].text).endswith((".", "…", "·")):
        return True  # a contents entry whose title leaves room for one leader dot before its page number
    return bool(match_title(text) or is_table_number(text) or _LEADERS.search(text)
                or _NOT_A_ROW.search(clean(line.pieces[0].text)) or any(_NOT_A_ROW.search(clean(p.text)) for p in line.pieces))


def _is_row(line: _Line) -> bool:
    """A body row: cells apart, amounts among them (or a code leading a label)."""
    if len(line.pieces) < 2 or _excluded(line):
        return False
    return bool(line.amounts()) or leading_code(clean(line.pieces[0].text))[0] is not None


def _is_label_only(line: _Line, labels: list[tuple[float, float]]) -> bool:
    """A row whose amounts are all empty (a category, a row of nothing): short labels, each standing
    where the rows above print their labels."""
    if _excluded(line) or line.amounts():
        return False
    return all(len(clean(p.text)) < LONG and any(p.x0 <= b and a <= p.x1 for a, b in labels) for p in line.pieces)


def _labels(line: _Line) -> list[tuple[float, float]]:
    return [(p.x0, p.x1) for p in line.pieces if not _is_value(p.text)]


def _is_header(line: _Line) -> bool:
    if _excluded(line) or line.amounts():
        return False
    texts = [clean(p.text) for p in line.pieces]
    return all(len(t) <= 20 for t in texts) and (len(texts) >= 2 or bool(_HEADER_WORDS.search(texts[0])))


def may_hold_table(words: list[tuple]) -> bool:
    """Whether words outside any frame can hold a table without lines: four figures, or three short
    headings ("合计", "基本支出"; an empty table), standing as words of their own. A paragraph's
    figures and words run together into long words; a ruled page's free words are mostly paragraphs,
    and this spares them the reading below."""
    figures = headings = 0
    for w in words:
        t = w[4]
        if t[:1] in _FIGURE_START and _is_value(t):
            figures += 1
        elif len(t) <= 8 and _HEADER_WORDS.search(t):
            headings += 1
        if figures >= 4 or headings >= 3:
            return True
    return False


def borderless_grids(pno: int, lines: list[list[tuple]]) -> tuple[list[tuple[Grid, list[tuple]]], list[tuple]]:
    """The grids of tables printed without lines among a page's visual lines (words outside any frame),
    each with the words it took; and the words left over."""
    ls = [_Line(pieces_of(line), line) for line in lines if line]
    used: set[int] = set()
    grids: list[tuple[Grid, list[tuple]]] = []
    i = 0
    while i < len(ls):
        if not _is_row(ls[i]):
            i += 1
            continue
        start, end = i, _body_end(ls, i)
        rows = [ln for ln in ls[start:end] if _is_row(ln)]
        head = _header_start(ls, start)
        if len(rows) >= 2 and _aligned(rows) or (len(rows) >= 1 and start - head >= 1
                                                  and any(len(ln.pieces) >= 2 for ln in ls[head:start])):
            grid = _grid(pno, _header_lines(ls[head:start]), _with_wrapped_labels(ls[start:end]))
            if grid is not None:
                taken = [w for ln in ls[head:end] for w in ln.words]
                grids.append((grid, taken))
                used.update(range(head, end))
        i = end
    grids += _empty_tables(pno, ls, used)
    left = [w for k, ln in enumerate(ls) if k not in used for w in ln.words]
    return grids, left


def _empty_tables(pno: int, ls: list[_Line], used: set[int]) -> list[tuple[Grid, list[tuple]]]:
    """Tables with nothing in them: header lines (two at least, one with three headings) and the 合计
    row after them, if it is printed. Header lines right above a row of figures are a table whose body
    could not be read, not an empty one: they are left as they are."""
    out: list[tuple[Grid, list[tuple]]] = []
    i = 0
    while i < len(ls):
        j = i
        while j < len(ls) and j not in used and _is_header(ls[j]) \
                and (j == i or ls[j].top - ls[j - 1].bottom <= 2.5 * ls[j].height) \
                and not (j >= i + 2 and len(ls[j].pieces) == 1 and is_total(clean(ls[j].text))):
            j += 1  # (a 合计 alone after two header lines at least is the table's row, not a heading)
        run = ls[i:j]
        unread_body = j < len(ls) and bool(ls[j].amounts()) and ls[j].top - ls[j - 1].bottom <= 2.5 * ls[j].height
        if len(run) >= 2 and max(len(ln.pieces) for ln in run) >= 3 and not unread_body \
                and sum(1 for ln in run for p in ln.pieces if _HEADER_WORDS.search(clean(p.text))) >= 3:
            end = j
            if j < len(ls) and j not in used and len(ls[j].pieces) == 1 and is_total(clean(ls[j].text)) \
                    and ls[j].top - ls[j - 1].bottom <= 2.5 * ls[j].height:
                end = j + 1
            grid = _grid(pno, _header_lines(run), ls[j:end])
            if grid is not None:
                out.append((grid, [w for ln in ls[i:end] for w in ln.words]))
                used.update(range(i, end))
            i = end
            continue
        i = max(j, i + 1)
    return out


def _body_end(ls: list[_Line], start: int) -> int:
    """Past the last line of the body that begins at `start`: rows, and label-only rows among them."""
    labels = _labels(ls[start])
    pitch = 2.5 * ls[start].height
    end = k = start + 1
    while k < len(ls):
        ln = ls[k]
        if ln.top - ls[k - 1].bottom > pitch:
            break
        if _is_row(ln):
            end = k + 1
        elif not _is_label_only(ln, labels):
            break
        labels += _labels(ln)
        k += 1
    # label-only lines after the last row: the table's own only when they follow as closely as rows
    while end < k and ls[end].top - ls[end - 1].bottom <= pitch / 2.5:
        end += 1
    return end


def _with_wrapped_labels(body: list[_Line]) -> list[_Line]:
    """Rows whose label wraps: the figures stand centred between the label's lines, so the label's
    lines come out as lines of their own above and below a row that has figures but no label. Such
    label-only lines, right against a row with nothing where they stand, are that row's."""
    out = _with_labels_wrapped_around(body)
    k = 0
    while k < len(out):
        row = out[k]
        if row.amounts():
            for side in (-1, 1):
                n = k + side
                if not 0 <= n < len(out) or not out[n].pieces or out[n].amounts():
                    continue
                frag = out[n]
                gap = frag.top - row.bottom if side > 0 else row.top - frag.bottom
                taken = [p for p in row.pieces if not _is_value(p.text)]
                if gap <= 0.5 * frag.height and not any(
                        q.x0 < p.x1 and p.x0 < q.x1 for q in frag.pieces for p in taken):
                    row = _Line(row.pieces + frag.pieces, row.words + frag.words)
                    out[n] = _Line([], [])
            out[k] = row
        k += 1
    return _join_to_nearer_row([ln for ln in out if ln.pieces])


def _with_labels_wrapped_around(body: list[_Line]) -> list[_Line]:
    """Rows whose label wraps over three lines: the figures stand centred, on the label's middle
    line, and its first and last lines come out as label-only lines just above and below, each as
    close to the row as the other and starting where the row's label starts, and closer than rows
    stand apart (rows packed as close hold a label-only row above and below: a category, a row of
    nothing). They are that row's."""
    out = list(body)
    gaps = sorted(b.top - a.bottom for a, b in zip(body, body[1:], strict=False) if a.amounts() and b.amounts())
    if not gaps:
        return out
    row_gap = gaps[len(gaps) // 2]
    for k in range(1, len(out) - 1):
        row, above, below = out[k], out[k - 1], out[k + 1]
        if not row.amounts() or not above.pieces or not below.pieces or above.amounts() or below.amounts():
            continue
        if len(above.pieces) != 1 or len(below.pieces) != 1:
            continue
        h = row.height
        gap_above, gap_below = row.top - above.bottom, below.top - row.bottom
        close = min(0.5 * h, 0.6 * row_gap)
        if not (0 <= gap_above <= close and 0 <= gap_below <= close and abs(gap_above - gap_below) <= 0.2 * h):
            continue
        starts = {round(p.x0) for p in row.pieces if not _is_value(p.text)}
        if {round(above.pieces[0].x0), round(below.pieces[0].x0)} - starts:
            continue
        out[k] = _Line(above.pieces + row.pieces + below.pieces, above.words + row.words + below.words)
        out[k - 1] = out[k + 1] = _Line([], [])
    return [ln for ln in out if ln.pieces]


def _join_to_nearer_row(body: list[_Line]) -> list[_Line]:
    """A label wrapped over lines packed closer than the rows: the line of the label without the row's
    figures overlaps its own row's line (the row's label sits lower than its figures) and stands apart
    from the neighbouring row, so it joins the row it stands nearer to, by a clear margin. A line apart
    from both rows, or as near to both, is left where it is."""
    out = list(body)
    for k, frag in enumerate(out):
        if not frag.pieces or frag.amounts() or not 0 < k < len(out) - 1:
            continue
        above, below = out[k - 1], out[k + 1]
        if not above.amounts() or not below.amounts():
            continue
        gap_above, gap_below = frag.top - above.bottom, below.top - frag.bottom
        if min(gap_above, gap_below) >= 0 or is_total(clean(frag.text)):
            continue  # a line apart from both rows is a row of its own (a 合计 or a category with nothing)
        margin = 0.3 * frag.height
        if gap_below < gap_above - margin:
            out[k + 1] = _Line(frag.pieces + below.pieces, frag.words + below.words)
        elif gap_above < gap_below - margin:
            out[k - 1] = _Line(above.pieces + frag.pieces, above.words + frag.words)
        else:
            continue
        out[k] = _Line([], [])
    return [ln for ln in out if ln.pieces]


def _is_wrapped_end(line: _Line) -> bool:
    """The last line of wrapped headings ("移支付"): short, no figure, right above the next line."""
    return not _excluded(line) and not line.amounts() and all(len(clean(p.text)) <= 8 for p in line.pieces)


def _header_lines(lines: list[_Line]) -> list[_Line]:
    """The header's lines, each heading one piece (its wrapped lines joined). A piece whose words
    stand over several headings on a lower line ("科目编码" over "类", "款") is a group heading:
    those headings go to a line of their own below it."""
    out: list[_Line] = []
    for ln in lines:
        upper: list[Piece] = []
        lower: list[Piece] = []
        for p in ln.pieces:
            rows = tight_lines(p.words)
            split = next((r for r, ws in enumerate(rows) if r > 0 and len(pieces_of(ws)) >= 2), None)
            if split is None:
                upper.append(p)
                continue
            upper.append(_piece([w for ws in rows[:split] for w in ws]))
            leaves = pieces_of(rows[split])
            rest = [w for ws in rows[split + 1:] for w in ws]
            for leaf in leaves:  # words wrapped below a leaf belong to it
                mine = [w for w in rest if w[0] <= leaf.x1 and leaf.x0 <= w[2]]
                lower.append(_piece(leaf.words + mine))
        out.append(_Line(upper, [w for q in upper for w in q.words]))
        if lower:
            out.append(_Line(lower, [w for q in lower for w in q.words]))
    return _join_wrapped(out)


def _join_wrapped(lines: list[_Line]) -> list[_Line]:
    """A heading wrapped over lines that other headings' lines fall between ("工资福" / "利支出"): a
    piece right under exactly one piece, which has nothing else right under it, continues it. The
    pieces joined are copies: the page's lines may be read again (as an empty table's header)."""
    lines = [_Line([replace(p) for p in ln.pieces], ln.words) for ln in lines]
    flat = [(k, p) for k, ln in enumerate(lines) for p in ln.pieces]

    def under(q: Piece) -> list[Piece]:
        h = _type_size(q)  # a wrapped line follows at the text's leading, however many lines q has already
        return [p for _, p in flat if p is not q and p.x0 < q.x1 and q.x0 < p.x1 and -0.3 * h <= p.y0 - q.y1 <= 0.6 * h]

    def heads_several(k: int, q: Piece, child: Piece) -> bool:
        """Is q a group heading, `child` (the heading right under it) one of several it heads? The
        line of `child` holds another heading between the midpoints to q's neighbours, centred at the
        height of `child`: a group's headings stand in one row, each centred in it (however many lines
        it wraps over), while a heading centred over the whole header beside them is no child of q.
        q's neighbours are the headings standing beside it, down to that line, whatever their line: a
        heading centred lower, or wrapped over more lines, is another column's and bounds what q heads
        as a heading on q's own line does."""
        nxt = next((n for n in range(k + 1, len(lines))
                    if any(p.x0 < q.x1 and q.x0 < p.x1 for p in lines[n].pieces)), None)
        if nxt is None:
            return False
        top = min(p.y0 for p in lines[nxt].pieces)
        beside = [p for _, p in flat if p is not q and id(p) not in joined and p.y0 < top and q.y0 < p.y1]
        if not beside:
            return False
        lo = max(((p.x1 + q.x0) / 2 for p in beside if p.x1 <= q.x0), default=float("-inf"))
        hi = min(((q.x1 + p.x0) / 2 for p in beside if p.x0 >= q.x1), default=float("inf"))
        middle = _middle(child)
        return sum(1 for p in lines[nxt].pieces if id(p) not in joined and lo <= p.centre <= hi
                   and abs(_middle(p) - middle) <= 0.3 * _type_size(q)) >= 2

    joined: set[int] = set()
    for k, q in sorted(flat, key=lambda t: -t[1].y0):  # bottom up: a heading's lines gather into its first
        below = under(q)
        if len(below) != 1 or id(below[0]) in joined:
            continue
        p = below[0]
        h = _type_size(q)
        if heads_several(k, q, p):
            continue
        if abs(p.centre - q.centre) > 0.5 * h and abs(p.x0 - q.x0) > 0.5 * h:
            continue  # a wrapped heading's lines are centred, or start, on one line; a group's child is not
        if sum(1 for _, r in flat if r is not p and id(r) not in joined and p in under(r)) != 1:
            continue
        q.words = q.words + p.words
        q.text = _read_order(q.words)
        q.x0, q.x1, q.y1 = min(q.x0, p.x0), max(q.x1, p.x1), max(q.y1, p.y1)
        joined.add(id(p))
    out = [_Line([p for p in ln.pieces if id(p) not in joined], []) for ln in lines]
    return [ln for ln in out if ln.pieces]


def _type_size(piece: Piece) -> float:
    """The height of a piece's words: of one line of it, however many lines it wraps over."""
    return max(w[3] - w[1] for w in piece.words) if piece.words else piece.y1 - piece.y0


def _header_start(ls: list[_Line], start: int) -> int:
    head = start
    while head > 0:
        ln = ls[head - 1]
        gap = ls[head].top - ln.bottom
        wrapped_end = _is_wrapped_end(ln) and gap < max(0.6 * ln.height, _row_gap(ls, start) + 0.1 * ln.height)
        if gap > 2.5 * ln.height or not (_is_header(ln) or wrapped_end):
            break
        head -= 1
    return head


def _row_gap(ls: list[_Line], start: int) -> float:
    """The gap between the body's first two rows: each cell's padding twice. The last line of the
    header's tallest heading (wrapped over most lines, the others centred beside it) stands as far
    above the first row, its cell's padding and the row's apart. A body of one row (a continued
    table's 合计 alone) gives no such gap: two paddings are then taken as under a line's height."""
    if start + 1 < len(ls) and _is_row(ls[start + 1]):
        return ls[start + 1].top - ls[start].bottom
    return 0.7 * ls[start].height


def _aligned(rows: list[_Line]) -> bool:
    """Two rows at least end an amount at the same place (right-aligned figures of one column)."""
    ends: list[float] = sorted(p.x1 for ln in rows for p in ln.amounts())
    return any(b - a <= 2.0 for a, b in zip(ends, ends[1:], strict=False)) or len(ends) == 0 and len(rows) >= 3


def _columns(header: list[_Line], body: list[_Line]) -> list[tuple[float, float]]:
    """Columns: the body's pieces merged where they overlap; a header piece over no body piece either
    names the column beside it (a centred heading over right-aligned figures) or an empty column. In a
    table with no figure its words (a 合计 centred over merged cells) say nothing of the columns."""
    figures = any(ln.amounts() for ln in body)  # else an empty table: its headings alone fix the columns
    spans = sorted((p.x0, p.x1) for ln in body for p in ln.pieces) if figures else []
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    for k in range(len(header) - 1, -1, -1):  # the lowest header line names the leaf columns
        for p in header[k].pieces:
            over = [c for c in cols if p.x0 <= c[1] and c[0] <= p.x1]
            leaf = not any(q.x0 < p.x1 and p.x0 < q.x1 for ln in header[k + 1:] for q in ln.pieces)
            if len(over) == 1 and leaf:  # a leaf heading is its column's: the column is as wide as both
                over[0][0], over[0][1] = min(over[0][0], p.x0), max(over[0][1], p.x1)
            if over:
                continue
            near = min(cols, key=lambda c: max(c[0] - p.x1, p.x0 - c[1]), default=None)
            if near is not None and max(near[0] - p.x1, p.x0 - near[1]) <= p.y1 - p.y0 \
                    and not any(q is not p and q.x0 <= near[1] and near[0] <= q.x1 for q in header[k].pieces):
                near[0], near[1] = min(near[0], p.x0), max(near[1], p.x1)
            else:
                cols.append([p.x0, p.x1])
                cols.sort()
    return [(a, b) for a, b in cols]


def _overlapped(cols: list[tuple[float, float]], p: Piece) -> list[int]:
    js = [j for j, (a, b) in enumerate(cols) if min(b, p.x1) - max(a, p.x0) > 0]
    if js:
        return js
    edges = [(cols[j][1] + cols[j + 1][0]) / 2 for j in range(len(cols) - 1)]
    return [sum(1 for e in edges if p.centre >= e)]


def _column_of(cols: list[tuple[float, float]], piece: Piece) -> int:
    """The column of a body piece: the first it overlaps, else the nearest."""
    return _overlapped(cols, piece)[0]


def _header_rows(pno: int, header: list[_Line], cols: list[tuple[float, float]]) -> list[list[Cell]] | None:
    """The header as rows of cells with their spans: a heading stands over the columns whose headings
    stand below it, down to the next heading below it (a merged cell, as a ruled table prints it).

    A centred group heading ("本年预算" over 合计 / 基本支出 / 项目支出) is often narrower than the
    columns it heads: the columns beside it that nothing above heads, and that have headings below,
    go to the nearest such heading of its line."""
    n, m = len(header), len(cols)
    spans: list[list[list[int]]] = []  # per line, per piece: [first, last] column
    for ln in header:
        spans.append([[min(js), max(js)] for js in (_overlapped(cols, p) for p in ln.pieces)])
    overlapped = [[(s[0], s[1]) for s in line] for line in spans]

    def below(k: int, j: int) -> bool:
        return any(s[0] <= j <= s[1] for k2 in range(k + 1, n) for s in spans[k2])

    def held(k: int, j: int) -> bool:
        """A heading stands at line k over column j: on that line, reaching up into it from below (a
        heading centred over two lines), or reaching down to it from above with nothing between."""
        for k2 in range(n):
            for p, s in zip(header[k2].pieces, spans[k2], strict=True):
                if s[0] <= j <= s[1] and (k2 == k or (k2 > k and p.y0 < header[k].bottom - 0.5)
                                          or (k2 < k and not _overlaps_between(spans, k2, s, k))):
                    return True
        return False

    edges = [cols[0][0]] + [(cols[j][1] + cols[j + 1][0]) / 2 for j in range(m - 1)] + [cols[-1][1]]
    for k in range(n):
        groups = [i for i, s in enumerate(spans[k]) if any(below(k, j) for j in range(s[0], s[1] + 1))]

        def free(j: int, i: int, k: int = k, groups: list[int] = groups) -> bool:
            """Column j may join group i: nothing heads it at this line, something below does, and no
            other group of the line stands nearer."""
            if held(k, j) or not below(k, j):
                return False
            centre = (cols[j][0] + cols[j][1]) / 2
            if min(groups, key=lambda g: abs(header[k].pieces[g].centre - centre)) != i:
                return False
            # its heading must stand in the row of the group's own sub-headings: cells are centred in
            # their rows, so a sibling heading that spans this row too stands higher
            children = [c for c in (_first_below(header, spans, k, c)
                                    for c in range(overlapped[k][i][0], overlapped[k][i][1] + 1)) if c is not None]
            mine = _first_below(header, spans, k, j)
            if not children or mine is None:
                return True
            row = sum(_middle(c) for c in children) / len(children)
            return abs(_middle(mine) - row) <= 0.3 * (mine.y1 - mine.y0)

        for i in groups:  # a group grows outwards column by column: it never jumps a column it does not head
            while spans[k][i][0] > 0 and free(spans[k][i][0] - 1, i):
                spans[k][i][0] -= 1
            while spans[k][i][1] < m - 1 and free(spans[k][i][1] + 1, i):
                spans[k][i][1] += 1
        for i, (p, first) in enumerate(zip(header[k].pieces, overlapped[k], strict=True)):
            spans[k][i] = list(_centred(spans[k][i], first, p.centre, edges, p.y1 - p.y0))

    for k in range(n):
        for p, (c0, c1), first in zip(header[k].pieces, spans[k], overlapped[k], strict=True):
            if (c0, c1) != first and not _is_centred((c0, c1), p.centre, edges, p.y1 - p.y0):
                return None  # a heading given columns it does not stand centred over: the header is not understood
            if (c0, c1) != first and len(header[k].pieces) == 1 and not _bounded_by_taller(header, spans, m, k, c0, c1):
                return None  # a group heading alone on its line: nothing bounds the columns it heads
    grid: list[list[Cell | None]] = [[None] * m for _ in range(n)]
    for k in range(n):
        for p, (c0, c1) in zip(header[k].pieces, spans[k], strict=True):
            last = next((k2 - 1 for k2 in range(k + 1, n)
                         if any(s[0] <= c1 and c0 <= s[1] for s in spans[k2])), n - 1)
            cell = _cell(pno, [p])
            for r in range(k, last + 1):
                for j in range(c0, c1 + 1):
                    if grid[r][j] is None:
                        grid[r][j] = cell
    return [[c if c is not None else Cell("") for c in row] for row in grid]


def _middle(piece: Piece) -> float:
    return (piece.y0 + piece.y1) / 2


def _first_below(header: list[_Line], spans: list[list[list[int]]], k: int, j: int) -> Piece | None:
    """The first heading below line k over column j."""
    for k2 in range(k + 1, len(header)):
        for p, s in zip(header[k2].pieces, spans[k2], strict=True):
            if s[0] <= j <= s[1]:
                return p
    return None


def _bounded_by_taller(header: list[_Line], spans: list[list[list[int]]], m: int, k: int, c0: int, c1: int) -> bool:
    """Does something bound the columns c0..c1 that a group heading alone on line k was given? Cells
    are centred in their rows: the headings right under it stand in one row, centred at one height,
    and a column beside the run whose heading is centred higher, between the group's line and that
    row, is headed by a cell spanning both rows ("合计" beside "资金来源" over its three sources), not by
    the group. A run reaching the table's edge is bounded there."""
    children = [_first_below(header, spans, k, j) for j in range(c0, c1 + 1)]
    if any(c is None for c in children):
        return False
    size = _type_size(children[0])
    row = sum(_middle(c) for c in children) / len(children)
    if any(abs(_middle(c) - row) > 0.3 * size for c in children):
        return False
    group = _middle(header[k].pieces[0])
    for j in (c0 - 1, c1 + 1):
        if 0 <= j < m:
            side = _first_below(header, spans, k, j)
            if side is None or not group < _middle(side) < row - 0.3 * size:
                return False
    return True


def _centred(span: list[int], first: tuple[int, int], centre: float, edges: list[float],
             height: float) -> tuple[int, int]:
    """Of the columns a group heading was given, the run it stands centred over (it keeps the columns
    it overlaps): a column beside it that it does not head is a heading's own, merged down from above."""
    runs = [(a, b) for a in range(span[0], first[0] + 1) for b in range(first[1], span[1] + 1)]
    fits = [ab for ab in runs if _is_centred(ab, centre, edges, height)]
    if fits:
        return max(fits, key=lambda ab: ab[1] - ab[0])
    return min(runs, key=lambda ab: abs((edges[ab[0]] + edges[ab[1] + 1]) / 2 - centre))


def _is_centred(run: tuple[int, int], centre: float, edges: list[float], height: float) -> bool:
    left, right = edges[run[0]], edges[run[1] + 1]
    return abs((left + right) / 2 - centre) <= max(0.05 * (right - left), height)


def _overlaps_between(spans: list[list[list[int]]], k2: int, s: list[int], k: int) -> bool:
    """Does a heading on a line after k2, up to k, stand over some of the columns s?"""
    return any(t[0] <= s[1] and s[0] <= t[1] for k3 in range(k2 + 1, k + 1) for t in spans[k3])


def _grid(pno: int, header: list[_Line], body: list[_Line]) -> Grid | None:
    cols = _columns(header, body)
    if len(cols) < 2:
        return None
    rows = _header_rows(pno, header, cols) if header else []
    if rows is None:
        return None
    body_rows: list[list[Cell]] = []
    for ln in body:
        cells: list[list[Piece]] = [[] for _ in cols]
        spans: list[tuple[int, Piece]] = []
        for p in ln.pieces:
            j = _column_of(cols, p)
            cells[j].append(p)
            left = sum(1 for a, _ in cols if a < p.x0) - 1  # the columns on either side of the words
            if not _is_value(p.text) and 0 <= left < len(cols) - 1 and cols[left][1] < p.x0 \
                    and p.x1 < cols[left + 1][0]:
                spans.append((left, p))
        row = [_cell(pno, ps) for ps in cells]
        for left, p in spans:  # words between two columns: a merged cell over both ("合计" over 类/款/项 and 名称)
            if cells[left] + cells[left + 1] == [p]:
                row[left] = row[left + 1] = _cell(pno, [p])
        body_rows.append(row)
    if not _columns_agree(body_rows):
        return None
    rows += body_rows
    lines = header + body
    box = (min(c[0] for c in cols), lines[0].top, max(c[1] for c in cols), lines[-1].bottom)
    edges = [cols[0][0]] + [(cols[j][1] + cols[j + 1][0]) / 2 for j in range(len(cols) - 1)] + [cols[-1][1]]
    return Grid(rows, spans_known=True, location=Location(page=pno, box=tuple(round(v, 1) for v in box)),
                col_edges=edges, inferred=True)


def _columns_agree(rows: list[list[Cell]]) -> bool:
    """Every column holds figures only or words only: a figure among a column's labels (or a label among its
    figures) means the words were put in the wrong columns, and a table read so would give wrong figures."""
    for j in range(len(rows[0]) if rows else 0):
        texts = [clean(r[j].text) for r in rows if r[j].text.strip()]
        figures = sum(1 for t in texts if _is_value(t))
        if 0 < figures < len(texts):
            return False
    return True


def _cell(pno: int, pieces: list[Piece]) -> Cell:
    if not pieces:
        return Cell("")
    pieces.sort(key=lambda p: (round(p.y0), p.x0))
    box = (min(p.x0 for p in pieces), min(p.y0 for p in pieces), max(p.x1 for p in pieces), max(p.y1 for p in pieces))
    return Cell("".join(p.text for p in pieces), page=pno, box=tuple(round(v, 1) for v in box))

