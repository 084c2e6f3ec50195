"""Readers of published disclosures (text layer, PDF, DOCX, XLSX, HTML) → `ExtractResult`.

Each format reader produces blocks (text lines and cell grids, `blocks.py`); `assemble.py` turns
them into a `Disclosure` the same way for every format, with a finding for everything that could
not be read or recognised.
"""

from __future__ import annotations

import re
from pathlib import Path

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.errors import InputError
from yusuan.readers.published.findings import ExtractionFinding, ExtractResult, Findings, file_problem

PUBLISHED_SUFFIXES = {".txt", ".pdf", ".docx", ".html", ".htm", ".xlsx"}

__all__ = ["PUBLISHED_SUFFIXES", "ExtractResult", "ExtractionFinding", "extract_file"]


def read_blocks(path: Path):
    suffix = path.suffix.lower()
    if suffix == ".txt":
        from yusuan.readers.published.text import read_text

        return read_text(path)
    if suffix == ".pdf":
        from yusuan.readers.published.pdf import read_pdf

        return read_pdf(path)
    if suffix == ".docx":
        from yusuan.readers.published.docx import read_docx

        return read_docx(path)
    if suffix in (".html", ".htm"):
        from yusuan.readers.published.html import read_html

        return read_html(path)
    if suffix == ".xlsx":
        from yusuan.readers.published.xlsx import read_xlsx

        return read_xlsx(path)
    raise InputError(str(path), [file_problem(f"不支持的公开文件类型“{suffix}”", "、".join(sorted(PUBLISHED_SUFFIXES)))])


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def screen_blocks(source) -> None:
    """Before a document is analysed: refuse a line or a cell beyond the limits (yusuan.limits),
    and remove control characters (NUL …), which are never text and no output format can hold."""
    from yusuan.limits import check_chars
    from yusuan.readers.published.blocks import Grid

    for block in source.blocks:
        if isinstance(block, Grid):
            for row in block.rows:
                for cell in row:
                    if len(cell.text) > 1000:  # only long cells are worth a closer look
                        check_chars(source.path, cell.text, "cell_chars", _place(cell.where()))
                    if _CONTROL.search(cell.text):
                        cell.text = _CONTROL.sub("", cell.text)
        else:
            if len(block.text) > 1000:
                check_chars(source.path, block.text, "line_chars", _place(block.location))
            if _CONTROL.search(block.text):
                block.text = _CONTROL.sub("", block.text)


def _place(location) -> str:
    if location is None:
        return "文件"
    parts = [f"第{location.page}页" if location.page else "", f"工作表「{location.sheet}」" if location.sheet else "",
             f"第{location.row}行" if location.row else f"第{location.line}行" if location.line else ""]
    return "".join(parts) or "文件"


def extract_file(path: Path, catalog: Catalog | None = None) -> ExtractResult:
    """Read a published disclosure; raise InputError for files that cannot be read at all."""
    from yusuan.readers.container import check_container
    from yusuan.readers.published.assemble import Assembler

    path = Path(path)
    if not path.exists():
        raise InputError(str(path), [file_problem("文件不存在")])
    check_container(path)  # a zip bomb or a sheet of a million rows is refused before it is opened
    source = read_blocks(path)
    screen_blocks(source)
    findings = Findings(getattr(source, "findings", []))
    return Assembler(source, catalog or default_catalog(), findings).run()
