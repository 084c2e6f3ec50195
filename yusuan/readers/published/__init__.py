"""Readers of published disclosures (text, PDF, DOCX/DOC, XLSX/XLS, HTML, ZIP bundles) → `ExtractResult`.

Each format reader produces blocks (text lines and cell grids, `blocks.py`); `prepare.py` gives
every format the same treatment (traditional characters, tables laid out as text, units and
content of grids); `assemble.py` turns them into a `Disclosure` the same way for every format,
with a finding for everything that could not be read or recognised.
"""

from __future__ import annotations

from pathlib import Path

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.errors import InputError
from yusuan.readers.published.blocks import Source
from yusuan.readers.published.findings import ExtractionFinding, ExtractResult, Findings, file_problem

# The one list of published file types (`yusuan check`, `figures` and `extract` all go through it).
PUBLISHED_SUFFIXES = frozenset({".txt", ".pdf", ".docx", ".doc", ".html", ".htm", ".xlsx", ".xls", ".zip"})

__all__ = ["PUBLISHED_SUFFIXES", "ExtractResult", "ExtractionFinding", "extract_file", "read_source"]


def read_blocks(path: Path) -> Source:
    """The blocks of one file as its format's reader finds them (nothing prepared yet)."""
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
    if suffix in (".doc", ".xls"):
        from yusuan.readers.published.docx import read_docx
        from yusuan.readers.published.legacy import read_legacy
        from yusuan.readers.published.xlsx import read_xlsx

        return read_legacy(path, read_docx if suffix == ".doc" else read_xlsx)
    raise InputError(str(path), [file_problem(f"不支持的公开文件类型“{suffix}”", "、".join(sorted(PUBLISHED_SUFFIXES)))])


def read_source(path: Path) -> Source:
    """The prepared blocks of a file, or of every member of a .zip bundle, in name order."""
    from yusuan.readers.published.prepare import prepare

    path = Path(path)
    if path.suffix.lower() == ".zip":
        from yusuan.readers.published.bundle import read_bundle

        return read_bundle(path, read_source)
    return prepare(read_blocks(path), path.suffix.lower())


def extract_file(path: Path, catalog: Catalog | None = None) -> ExtractResult:
    """Read a published disclosure; raise InputError for files that cannot be read at all."""
    from yusuan.readers.published.assemble import Assembler

    path = Path(path)
    if not path.exists():
        raise InputError(str(path), [file_problem("文件不存在")])
    source = read_source(path)
    findings = Findings(source.findings)
    return Assembler(source, catalog or default_catalog(), findings).run()
