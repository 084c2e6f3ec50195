"""Findings shown where they are in a PDF: the cited sentence or table row located on its page
(PyMuPDF text search), boxed on a page image (the web explorer) or highlighted with a note in a copy of
the PDF (`yusuan check FILE.pdf --annotate OUT.pdf`).

A finding carries its page (1-based) and either the sentence it cites or the table row (code and label
as printed). Extracted text is NFKC-normalised, so a sentence is searched as extracted and with its
brackets and punctuation back in full width; a long sentence is searched by its beginning, a row by its
label, and the row's box is widened to the table's width so that the cited cell lies inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_FULL = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"})
_CODE = re.compile(r"^\d{3,7}\s*")


def _sentence_candidates(sentence: str) -> list[str]:
    out: list[str] = []
    for text in (sentence, sentence.translate(_FULL)):
        for n in (40, 24, 12):
            piece = text[:n].strip()
            if len(piece) >= 6 and piece not in out:
                out.append(piece)
        cut = re.split(r"[（(，,：:；;]", text, maxsplit=1)[0].strip()
        if len(cut) >= 6 and cut not in out:
            out.append(cut[:40])
    return out


def _row_candidates(row: str) -> list[str]:
    label = _CODE.sub("", row).strip()
    out = [row.strip()]
    if label and label != row.strip():
        out.append(label)
    code = _CODE.match(row)
    if code:
        out.append(code.group(0).strip())
    return [c for c in out if c]


def locate(page, finding: dict[str, Any]) -> list:
    """Rectangles on `page` (a pymupdf.Page) covering what the finding cites; [] when not found."""
    import pymupdf

    where = finding.get("where") or {}
    if where.get("sentence"):
        for text in _sentence_candidates(where["sentence"]):
            hits = page.search_for(text)
            if hits:
                return _merge_lines(hits)
    if where.get("row"):
        for text in _row_candidates(where["row"]):
            hits = page.search_for(text)
            if hits:
                words = page.get_text("words")
                r = max(hits, key=lambda h: _amounts_on_line(words, h))  # a row of figures, not a header
                left, right = _table_span(words, r)
                return [pymupdf.Rect(left, r.y0 - 1, right, r.y1 + 1)]
    return []


_AMOUNT = re.compile(r"^-?[\d,]+\.\d+$")


def _amounts_on_line(words: list, rect) -> int:
    mid = (rect.y0 + rect.y1) / 2
    return sum(1 for w in words if w[1] <= mid <= w[3] and _AMOUNT.match(w[4]))


def _merge_lines(hits: list) -> list:
    """A sentence found over several lines comes as one rectangle per line; keep them (a highlight each)."""
    return hits[:6]


def _table_span(words: list, rect) -> tuple[float, float]:
    """The horizontal extent of the words on the row's line (the row across the table)."""
    mid = (rect.y0 + rect.y1) / 2
    xs = [(w[0], w[2]) for w in words if w[1] <= mid <= w[3]]
    if not xs:
        return rect.x0, rect.x1
    return min(x0 for x0, _ in xs) - 2, max(x1 for _, x1 in xs) + 2


def render_page(pdf: bytes, page_no: int, findings: Iterable[dict[str, Any]] = (), dpi: int = 110) -> bytes | None:
    """A PNG of page `page_no` (1-based) with every finding's place boxed in red; None for no such page."""
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        if not 1 <= page_no <= doc.page_count:
            return None
        page = doc[page_no - 1]
        for f in findings:
            for r in locate(page, f):
                page.draw_rect(r + (-2, -2, 2, 2), color=(0.85, 0.1, 0.1), width=2)
        return page.get_pixmap(dpi=dpi).tobytes("png")


def annotate_pdf(source: Path, findings: Iterable[dict[str, Any]], output: Path) -> tuple[int, int]:
    """Write a copy of `source` with every finding as a highlight (or, where its text is not found, a
    note) carrying the rule and message. Returns (highlights, notes)."""
    import pymupdf

    from yusuan.atomic import write_atomically

    highlights = notes = 0
    with pymupdf.open(source) as doc:
        stacked: dict[int, int] = {}
        for f in findings:
            page_no = f.get("page") or (f.get("where") or {}).get("page") or 1
            if not 1 <= page_no <= doc.page_count:
                page_no = 1
            page = doc[page_no - 1]
            text = f"{f['rule']} {f.get('severity_zh') or f['severity']}：{f['message']}"
            rects = locate(page, f)
            if rects:
                annot = page.add_highlight_annot(rects)
                annot.set_colors(stroke=(1, 0.55, 0.55) if f["severity"] == "error" else (1, 0.85, 0.3))
                annot.set_info(title=f"Yusuan {f['rule']}", content=text)
                annot.update()
                highlights += 1
            else:
                n = stacked.get(page_no, 0)
                stacked[page_no] = n + 1
                annot = page.add_text_annot(pymupdf.Point(page.rect.width - 30, 20 + 22 * (n % 30)), text)
                annot.set_info(title=f"Yusuan {f['rule']}", content=text)
                annot.update()
                notes += 1
        write_atomically(output, lambda tmp: doc.save(tmp, garbage=3, deflate=True))
    return highlights, notes
