"""The disclosure as PDF: Typst lays out the outline (`templates/document.typ`).

A4 (landscape pages for the wide tables 2 and 7), page numbers in the footer, 目录 with page
numbers, table headers repeated on every page a table crosses with "表N（续）" and the 编制部门/单位
line above them, headings kept with what follows, Noto CJK fonts embedded as subsets, and a tagged
PDF (structure tree: headings, paragraphs, tables with header cells, links) for screen readers.

The layout truth is the `Outline` and its `PrintedTable`s (writers/outline.py, grid.py), exactly as the
HTML and DOCX writers print them; this module serialises them to JSON for the Typst template,
which only draws. docs/pdf-engines.md records why Typst (and not WeasyPrint) makes the PDF.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from functools import lru_cache
from importlib import resources

from yusuan.writers.grid import CellKind, PrintedTable, fits_one_page, head_lines
from yusuan.writers.outline import Heading, Outline, Para, TableBlock

TEMPLATE = "templates/document.typ"
# The fonts the template asks for (templates/document.typ: serif and sans lists) as their files are
# named, and where systems keep fonts. Typst reads just those folders — a tenth of a second less than
# scanning every font of the system — or, when none holds them, every system font.
FONT_FILES = ("NotoSerifCJK", "NotoSansCJK", "SourceHanSerif", "SourceHanSans", "simsun", "simhei", "Songti",
              "STHeiti")
FONT_ROOTS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts", "/Library/Fonts",
              "~/Library/Fonts", "/System/Library/Fonts", "C:/Windows/Fonts")


class PdfError(RuntimeError):
    """Typst could not lay out the document (a bug in the template or a missing font)."""


def _grid(g: PrintedTable) -> dict:
    def head(c) -> dict:
        out = {"col": c.col, "colspan": c.colspan, "rowspan": c.rowspan, "kind": c.kind.value, "text": c.text}
        if c.kind == CellKind.HEAD:
            out["lines"] = head_lines(g, c)
        return out

    return {
        "number": g.number, "title": g.title, "subtitle": g.subtitle, "department": g.department or "",
        "unit": g.unit or "", "note": g.note, "show_title": g.show_title, "landscape": g.landscape, "widths": g.widths,
        "fits": fits_one_page(g),
        "font_size": round(9.5 * g.font_scale, 2),
        "head": [{"cells": [head(c) for c in r.cells]} for r in g.head],
        "body": [{"style": r.style.value,
                  "cells": [{"col": c.col, "colspan": c.colspan, "rowspan": c.rowspan, "kind": c.kind.value,
                             "text": c.text, "indent": c.indent, "strong": c.strong} for c in r.cells]}
                 for r in g.body],
    }


def _blocks(items: list) -> list[dict]:
    blocks: list[dict] = []
    for b in items:
        if isinstance(b, Heading):
            blocks.append({"kind": "heading", "level": b.level, "text": b.text, "anchor": b.anchor,
                           "new_page": b.new_page})
        elif isinstance(b, Para):
            blocks.append({"kind": "para", "text": b.text})
        elif isinstance(b, TableBlock):
            blocks.append({"kind": "table", "anchor": b.anchor, "new_page": b.new_page, "grid": _grid(b.grid)})
    return blocks


def payload(o: Outline, kind: str = "预算") -> dict:
    """The outline as the JSON the Typst template reads."""
    return {
        "title": o.title, "department": o.department, "year": o.year, "kind": kind, "date": o.date,
        "keywords": [kind + "公开", o.department, str(o.year)],
        "contents": [{"level": e.level, "text": e.text, "anchor": e.anchor} for e in o.contents],
        "blocks": _blocks(o.blocks),
        "appendix": _blocks(o.appendix),
    }


@lru_cache(maxsize=1)
def _template() -> bytes:
    return resources.files("yusuan.writers").joinpath(TEMPLATE).read_bytes()


def font_dirs() -> list[str]:
    """Folders holding the Chinese fonts of the template (YUSUAN_FONT_DIRS, separated by os.pathsep,
    names them instead)."""
    given = os.environ.get("YUSUAN_FONT_DIRS")
    if given:
        return [d for d in given.split(os.pathsep) if d]
    found: list[str] = []
    for root in FONT_ROOTS:
        for folder, _, files in os.walk(os.path.expanduser(root)):
            if any(f.startswith(FONT_FILES) for f in files):
                found.append(folder)
    return found


@lru_cache(maxsize=1)
def _compiler():
    """One compiler per process: the fonts are read once (a folder build reuses them)."""
    import typst  # native extension: imported only when a PDF is wanted

    dirs = font_dirs()
    if not dirs:
        return typst.Compiler()
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=dirs)
    return typst.Compiler(font_paths=fonts, ignore_system_fonts=True)


def render_pdf(o: Outline, kind: str = "预算", timestamp: dt.date | None = None) -> bytes:
    """Lay out and export the outline; `timestamp` (the publication date) makes the file reproducible."""
    import typst

    data = json.dumps(payload(o, kind), ensure_ascii=False, separators=(",", ":"))
    stamp = None
    if timestamp is not None:
        stamp = dt.datetime(timestamp.year, timestamp.month, timestamp.day, tzinfo=dt.UTC)
    try:
        return _compiler().compile(_template(), sys_inputs={"outline": data}, timestamp=stamp)
    except typst.TypstError as exc:
        raise PdfError(f"PDF 排版失败：{exc.message}") from exc

