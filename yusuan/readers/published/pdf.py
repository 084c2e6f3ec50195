"""Published PDFs → blocks, with PyMuPDF (pinned below 2.0: its 2.x table code garbles cells).

Tables are rebuilt from word positions and ruling lines (`pdf_grid.py`), not from find_tables;
text outside tables becomes lines, marked as continuing the previous line when it wraps, so
paragraphs can be rejoined. Encrypted, corrupt and scanned (no text layer) files raise InputError.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from yusuan.errors import InputError
from yusuan.model.disclosure import Location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.findings import Findings, file_problem
from yusuan.readers.published.furniture import RunningLines, title_key
from yusuan.readers.published.normalize import PAGE_NUMBER, SENTENCE_END, clean
from yusuan.readers.published.pdf_borderless import borderless_grids, may_hold_table
from yusuan.readers.published.pdf_grid import Frame, frames, rulings
from yusuan.readers.published.pdf_words import join_words
from yusuan.readers.published.wrapping import char_width


def _open(path: Path):
    import pymupdf

    try:
        doc = pymupdf.open(path)
    except Exception as exc:  # PyMuPDF raises FileDataError, RuntimeError … for damaged files
        raise InputError(str(path), [file_problem(f"无法打开 PDF：文件已损坏或不是 PDF（{exc}）")]) from None
    if not doc.is_pdf:
        raise InputError(str(path), [file_problem("不是 PDF 文件")])
    try:
        _ = doc.page_count  # a file cut short fails here ('Invalid number of pages'), not at open
    except Exception as exc:
        raise InputError(str(path), [file_problem(f"无法打开 PDF：文件已损坏或不完整（{exc}）", "完整的 PDF 文件")]) from None
    if doc.needs_pass:
        raise InputError(str(path), [file_problem("PDF 已加密，需要密码才能打开，无法提取", "未加密的 PDF")])
    return doc


def read_pdf(path: Path) -> Source:
    doc = _open(path)
    source = Source(str(path), pages=doc.page_count)
    findings = Findings()
    source.findings = findings  # type: ignore[attr-defined]
    state = _Flow()
    text_pages = unreadable = 0
    try:
        for pno in range(doc.page_count):
            try:
                page = doc[pno]
                if page.rotation:
                    # a landscape table printed on a portrait page turned for display (as Excel and Word export
                    # one): its words and lines are read as the reader sees them, upright
                    page.remove_rotation()
                words = page.get_text("words", sort=False)
                paths = page.get_cdrawings() if words else []
            except Exception as exc:
                unreadable += 1
                findings.add("pdf.page_unreadable", f"第{pno + 1}页无法读取（{exc}）", Location(page=pno + 1))
                continue
            if not words:
                if page.get_images():
                    findings.add("pdf.no_text", f"第{pno + 1}页没有文字层（可能为扫描页），未提取", Location(page=pno + 1))
                continue
            text_pages += 1
            source.blocks += _page_blocks(pno + 1, words, paths, state, _CharCentres(page))
    finally:
        doc.close()
    if text_pages == 0 and unreadable and unreadable == source.pages:
        raise InputError(str(path), [file_problem("PDF 已损坏：没有一页能够读取", "完整的 PDF 文件")])
    if text_pages == 0:
        raise InputError(str(path), [file_problem("PDF 没有文字层（可能是扫描件），无法提取", "含文字层的 PDF，或先做文字识别（OCR）")])
    return source


class _Flow:
    """Across pages: the last text line, to tell a wrapped line from a new paragraph, and the running
    heads and feet printed so far."""

    def __init__(self) -> None:
        # (x1 of the last line, the right margin, its text, its height)
        self.last: tuple[float, float, str, float] | None = None
        self.running = RunningLines()



def _lines_of(words: list[tuple]) -> list[list[tuple]]:
    """Words grouped into visual lines, top to bottom, each left to right."""
    if len(words) < 2:
        return [words] if words else []
    lines: list[list[tuple]] = []
    for w in sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0])):
        cy, h = (w[1] + w[3]) / 2, w[3] - w[1]
        if lines:
            last = lines[-1][-1]
            if abs((last[1] + last[3]) / 2 - cy) <= max(h, last[3] - last[1]) * 0.5:
                lines[-1].append(w)
                continue
        lines.append([w])
    return [sorted(line, key=lambda w: w[0]) for line in lines]


class _CharCentres:
    """Where each character of a word stands: asked only for a word that runs across a cell boundary
    (rare), from the page's characters inside the word's box."""

    LOOKUPS = 200  # per page: each looks at the page's text; a page of many more is estimated (hostile or odd)

    def __init__(self, page) -> None:
        self.page = page
        self.left = self.LOOKUPS

    def __call__(self, w: tuple) -> list[float] | None:
        import pymupdf

        if self.left <= 0:
            return None
        self.left -= 1
        try:
            raw = self.page.get_text("rawdict", clip=pymupdf.Rect(w[:4]))
        except Exception:  # a damaged page: the widths estimate the positions instead
            return None
        chars = [c for block in raw.get("blocks", ()) for line in block.get("lines", ())
                 for span in line.get("spans", ()) for c in span.get("chars", ())
                 if abs((c["bbox"][1] + c["bbox"][3]) / 2 - (w[1] + w[3]) / 2) <= (w[3] - w[1]) / 2]
        chars = [c for c in chars if not c["c"].isspace()]
        if "".join(c["c"] for c in chars) != w[4]:
            return None
        return [(c["bbox"][0] + c["bbox"][2]) / 2 for c in sorted(chars, key=lambda c: c["bbox"][0])]


def _estimated_centres(w: tuple) -> list[float]:
    """Character centres from the characters' usual widths: a Chinese character is a full em, a digit or
    Latin letter about half (equal steps would put the "2" of "…维护费245" in the label's cell)."""
    widths = [char_width(ch) for ch in w[4]]
    step = (w[2] - w[0]) / sum(widths)
    out, x = [], w[0]
    for width in widths:
        out.append(x + width * step / 2)
        x += width * step
    return out


def _split_straddling(frame: Frame, w: tuple, centres: list[float] | None = None) -> list[tuple[int, tuple]]:
    """A word running across a cell boundary (no space between two cells' texts), split where its
    characters stand."""
    x0, y0, x1, y1, text = w[:5]
    cy = (y0 + y1) / 2
    if centres is None or len(centres) != len(text):
        centres = _estimated_centres(w)
    pieces: list[tuple[int, list[str]]] = []
    for ch, cx in zip(text, centres, strict=True):
        gid = frame.cell_at(cx, cy)
        if pieces and pieces[-1][0] == gid:
            pieces[-1][1].append(ch)
        else:
            pieces.append((gid, [ch]))
    out: list[tuple[int, tuple]] = []
    k = 0
    for gid, chars in pieces:  # each piece's box: from its first character's centre band to its last's
        first, last = centres[k], centres[k + len(chars) - 1]
        half = (x1 - x0) / (2 * len(text))
        out.append((gid, (max(x0, first - half), y0, min(x1, last + half), y1, "".join(chars), *w[5:])))
        k += len(chars)
    return out


def _frame_grid(pno: int, frame: Frame) -> Grid:
    cells: dict[int, Cell] = {}
    extent = frame.extent
    xs = [round(x, 1) for x in frame.xs]
    ys = [round(y, 1) for y in frame.ys]
    for gid, (i0, j0, i1, j1) in extent.items():
        words = frame.words.get(gid)
        text = "".join(join_words(line) for line in _lines_of(words)) if words else ""
        cells[gid] = Cell(text, page=pno, box=(xs[j0], ys[i0], xs[j1 + 1], ys[i1 + 1]))
    rows = [[cells[gid] for gid in band] for band in frame.groups]
    box = (xs[0], ys[0], xs[-1], ys[-1])
    return Grid(rows, spans_known=True, location=Location(page=pno, box=box), col_edges=list(frame.xs))


def _page_blocks(pno: int, words: list[tuple], paths: list[dict], flow: _Flow,
                 centres: Callable[[tuple], list[float] | None] | None = None) -> list:
    hs, vs = rulings(paths)
    page_frames = [f for f in frames(hs, vs) if f.xs[-1] - f.xs[0] > 30 and f.ys[-1] - f.ys[0] > 8
                   and (len(f.xs) > 2 or len(f.ys) > 2)]
    free: list[tuple] = []
    bounds_by_frame = [{gid: (f.xs[e[1]], f.xs[e[3] + 1]) for gid, e in f.extent.items()} for f in page_frames]
    for w in words:
        cx, cy = (w[0] + w[2]) / 2, (w[1] + w[3]) / 2
        for f, bounds in zip(page_frames, bounds_by_frame, strict=True):
            if f.contains(cx, cy):
                gid = f.cell_at(cx, cy)
                lo, hi = bounds[gid]
                if (w[0] < lo - 3 or w[2] > hi + 3) and len(w[4]) > 1:
                    for g, piece in _split_straddling(f, w, centres(w) if centres is not None else None):
                        f.words.setdefault(g, []).append(piece)
                else:
                    f.words.setdefault(gid, []).append(w)
                break
        else:
            free.append(w)
    items: list[tuple[float, float, object]] = []
    grids = [(_frame_grid(pno, f), f.ys[0], f.xs[0]) for f in page_frames]
    if len(free) > 4 and may_hold_table(free):
        found, free = borderless_grids(pno, _lines_of(free))
        grids += [(g, g.location.box[1], g.location.box[0]) for g, _ in found]
    lines = _without_running_lines(pno, _text_lines(pno, free), [g.location.box for g, _, _ in grids], hs,
                                   flow.running)
    for line, box in lines:
        items.append((box[1], box[0], line))
    for grid, top, left in grids:
        above = [ln for ln, box in lines if box[3] <= top + 1]
        grid.page_top = all(len(clean(ln.text)) <= 4 for ln in above)
        items.append((top, left, grid))
    items.sort(key=lambda t: (t[0], t[1]))
    _mark_continuations(lines, flow)
    return [it[2] for it in items]


def _without_running_lines(pno: int, lines: list[tuple[TextLine, tuple]], grid_boxes: list[tuple],
                           hs: list[tuple[float, float, float]], running: RunningLines) -> list[tuple[TextLine, tuple]]:
    """The page's lines without its running head and foot (furniture.py): the first line above all else
    and the last below all else (its page number aside), standing at least a line's height apart and in
    type no larger than the page's other lines (a table's title at the top of each page is larger); a
    line set off by a rule as wide as the text (Word's 页眉 style draws one) is one by its place alone."""
    if pno == 1:
        running.title = title_key([line.text for line, _ in lines if not PAGE_NUMBER.match(clean(line.text))])
    body = [(ln, b) for ln, b in lines if not PAGE_NUMBER.match(clean(ln.text))]
    if len(body) < 2:
        return lines
    drop: set[int] = set()
    width = max(b[2] for _, b in body) - min(b[0] for _, b in body)
    tops = [g[1] for g in grid_boxes]

    def standing_apart(k: int, gap: float) -> bool:
        h = body[k][1][3] - body[k][1][1]
        others = sorted(b[3] - b[1] for i, (_, b) in enumerate(body) if i != k)
        return gap >= h and h <= 1.05 * others[len(others) // 2]

    def ruled(y0: float, y1: float) -> bool:
        return any(y0 <= y <= y1 and x1 - x0 >= RULE_SHARE * width and all(abs(y - t) > 2 for t in tops)
                   for x0, x1, y in hs)

    head, box = body[0]
    below = min([body[1][1][1], *tops])
    if standing_apart(0, below - box[3]) and running.furniture(pno, "head", head.text, ruled(box[3], below - 1)):
        drop.add(id(head))
    foot, box = body[-1]
    above = max([body[-2][1][3], *(g[3] for g in grid_boxes)])
    if standing_apart(len(body) - 1, box[1] - above) \
            and running.furniture(pno, "foot", foot.text, ruled(above + 1, box[1])):
        drop.add(id(foot))
    return [(ln, b) for ln, b in lines if id(ln) not in drop] if drop else lines


RULE_SHARE = 0.8  # of the text's width: a rule that sets a running line off from the text spans it


def _text_lines(pno: int, words: list[tuple]) -> list[tuple[TextLine, tuple[float, float, float, float]]]:
    by_line: dict[tuple[int, int], list[tuple]] = {}
    for w in words:
        by_line.setdefault((w[5], w[6]), []).append(w)
    out = []
    for ws in by_line.values():
        ws.sort(key=lambda w: w[0])
        box = (min(w[0] for w in ws), min(w[1] for w in ws), max(w[2] for w in ws), max(w[3] for w in ws))
        text = join_words(ws)
        if not text.strip():
            continue
        out.append((TextLine(text, Location(page=pno, box=tuple(round(v, 1) for v in box))), box))
    out.sort(key=lambda t: (round(t[1][1]), t[1][0]))
    return out


def _wraps(x1: float, right: float, text: str, h: float, lead: float = 0.0) -> bool:
    """A line that ends at the right margin goes on in the next one. Line breaking keeps a closing
    bracket or mark with the character before it, so a line cut mid-sentence may end up to two
    characters short of the margin ("…（06" / "项）：…"); and a number never breaks, so a line cut
    mid-sentence before one ends short by less than the number's width (`lead`: the width of the next
    line's opening number: "…决算支出数为" / "1165.08万元，…"), where a number that would have fit
    ("…总体情况说明" / "2022年…") opens a new paragraph."""
    if x1 >= right - 1.5 * h:
        return True
    if text.rstrip().endswith(SENTENCE_END):
        return False
    return x1 >= right - 3 * h or right - x1 < lead + 0.5 * h


_LEAD = re.compile(r"\s*([0-9][0-9.,%]*)")
DIGIT_WIDTH = 0.6  # of the line's height: a digit in a Chinese font is about half as wide as a character


def _lead(text: str, h: float) -> float:
    """The width of the number a line opens with (0 when it opens with none)."""
    m = _LEAD.match(text)
    return len(m.group(1)) * DIGIT_WIDTH * h if m else 0.0


def _mark_continuations(lines: list[tuple[TextLine, tuple]], flow: _Flow) -> None:
    body = [box for line, box in lines if len(clean(line.text)) >= 15]
    if not body:
        return
    left = min(b[0] for b in body)
    right = max(b[2] for b in body)
    prev: tuple | None = None
    prev_text = ""
    for line, box in lines:
        if PAGE_NUMBER.match(clean(line.text)):
            continue  # a paragraph runs on past the number of its page to the next page
        h = box[3] - box[1]
        indented = box[0] > left + 0.8 * h
        if prev is None:
            if flow.last is not None:
                line.continues = not indented and _same_size(h, flow.last[3]) \
                    and _wraps(flow.last[0], flow.last[1], flow.last[2], h, _lead(line.text, h))
        else:
            gap = box[1] - prev[3]
            # a heading indented as a whole wraps onto a line that starts where it started; a centred title
            # onto a line centred as well ("…基本支出决算情况" / "说明")
            # (not after a line that ends a sentence or opens a list: two one-line paragraphs, each indented,
            # "…基本支出911.7万元，其中：" / "人员经费489.18万元，…")
            aligned = abs(box[0] - prev[0]) < 0.5 * h and not prev_text.rstrip().endswith(SENTENCE_END)
            centred = abs((box[0] + box[2]) / 2 - (left + right) / 2) < h and box[0] > left + 3 * h \
                and box[2] < right - 3 * h  # clear of a paragraph's indent on both sides
            line.continues = (not indented or aligned or centred) and _same_size(h, prev[3] - prev[1]) \
                and _wraps(prev[2], right, prev_text, h, _lead(line.text, h)) and -1 <= gap < 1.5 * h
        prev, prev_text = box, line.text
    if prev is not None:
        flow.last = (prev[2], right, prev_text, prev[3] - prev[1])


def _same_size(h: float, other: float) -> bool:
    """Lines of one paragraph share their type size; a heading's (larger) does not run into the text."""
    return abs(h - other) < 0.1 * h
