"""Readers of published disclosures (text, PDF, DOCX/DOC, XLSX/XLS, HTML, ZIP bundles) → `ExtractResult`.

Each format reader produces blocks (text lines and cell grids, `blocks.py`); `prepare.py` gives
every format the same treatment (traditional characters, tables laid out as text, units and
content of grids); `assemble.py` turns them into a `Disclosure` the same way for every format,
with a finding for everything that could not be read or recognised.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.errors import InputError
from yusuan.readers.published.blocks import Source
from yusuan.readers.published.findings import ExtractResult, Findings, file_problem
from yusuan.readers.published.legacy import TARGET

# A web page saved under its address's name keeps the server's suffix (.shtml, .jhtml …).
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".shtm", ".xhtml", ".jhtml"})
# The one list of published file types (`yusuan check`, `figures` and `extract` all go through it): the formats
# read here, and those LibreOffice converts into them (legacy.TARGET).
PUBLISHED_SUFFIXES = frozenset({".txt", ".pdf", ".docx", ".xlsx", ".zip"} | HTML_SUFFIXES | set(TARGET))

__all__ = ["HTML_SUFFIXES", "PUBLISHED_SUFFIXES", "ExtractResult", "extract_file", "read_source"]


# Exceptions that only parsing a damaged file raises: a broken zip or deflate stream, XML that is not
# well-formed (lxml's and ElementTree's errors are SyntaxErrors), a file that ends too soon.
DAMAGED = (zipfile.BadZipFile, zlib.error, SyntaxError, EOFError)


def damage(exc: BaseException) -> str:
    if isinstance(exc, SyntaxError):
        return "文件内部的 XML 内容格式错误或不完整"
    if isinstance(exc, EOFError):
        return "文件不完整"
    return "压缩数据已损坏"


def read_blocks(path: Path) -> Source:
    """The blocks of one file as its format's reader finds them (nothing prepared yet)."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        from yusuan.readers.published.text import read_text

        return read_text(path)
    if suffix == ".pdf":
        import pymupdf

        from yusuan.readers.published.pdf import read_pdf

        # MuPDF prints every repair it makes to stderr, in English; what matters reaches the user
        # as findings (pdf.page_unreadable) or as an input error.
        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)

        return read_pdf(path)
    if suffix == ".docx":
        from yusuan.readers.published.docx import read_docx

        return read_docx(path)
    if suffix in HTML_SUFFIXES:
        from yusuan.readers.published.html import read_html

        return read_html(path)
    if suffix == ".xlsx":
        from yusuan.readers.published.xlsx import read_xlsx

        return read_xlsx(path)
    if suffix in TARGET:
        from yusuan.readers.published.docx import read_docx
        from yusuan.readers.published.legacy import read_legacy
        from yusuan.readers.published.xlsx import read_xlsx

        return read_legacy(path, read_docx if TARGET[suffix] == "docx" else read_xlsx)
    raise InputError(str(path), [file_problem(f"不支持的公开文件类型“{suffix}”", "、".join(sorted(PUBLISHED_SUFFIXES)))])


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def screen_blocks(source) -> None:
    """Before a document is analysed: refuse a line, a cell or a whole text beyond the limits
    (yusuan.limits), and remove control characters (NUL …), which are never text and no output
    format can hold."""
    from yusuan.limits import LimitExceeded, check_chars, limit
    from yusuan.readers.published.blocks import Grid

    total, cap = 0, limit("document_chars")
    for block in source.blocks:
        if isinstance(block, Grid):
            for row in block.rows:
                for cell in row:
                    total += len(cell.text)
                    if len(cell.text) > 1000:  # only long cells are worth a closer look
                        check_chars(source.path, cell.text, "cell_chars", _place(cell.where()))
                    if _CONTROL.search(cell.text):
                        cell.text = _CONTROL.sub("", cell.text)
        else:
            total += len(block.text)
            if len(block.text) > 1000:
                check_chars(source.path, block.text, "line_chars", _place(block.location))
            if _CONTROL.search(block.text):
                block.text = _CONTROL.sub("", block.text)
        if total > cap:
            raise LimitExceeded(source.path, "document_chars", total, detail="读到此处已超过上限，其余未计")


def check_text_size(path: Path) -> None:
    """A text or web page holds at least a quarter as many characters as it has bytes (UTF-8 needs
    at most four per character): beyond four times the text limit, refused before it is read."""
    from yusuan.limits import LimitExceeded, limit

    if path.suffix.lower() == ".txt" or path.suffix.lower() in HTML_SUFFIXES:
        size = path.stat().st_size
        if size > 4 * limit("document_chars"):
            raise LimitExceeded(str(path), "document_chars", size // 4,
                                detail=f"按文件大小 {size / (1 << 20):,.2f} MB 估算的最少字符数")


def _place(location) -> str:
    from yusuan.model.location_text import describe_location

    return describe_location(location, empty="文件")


def read_source(path: Path) -> Source:
    """The prepared blocks of a file, or of every member of a .zip bundle, in name order.

    Before a reader opens a file: its container (zip bombs, sheets of a million rows) and its size
    (text) within the limits; a parser's error on a damaged file becomes an input error; before the
    blocks are prepared, their lines and cells within the limits (`screen_blocks`)."""
    from yusuan.readers.container import check_container
    from yusuan.readers.published.prepare import prepare

    path = Path(path)
    if path.suffix.lower() == ".zip":
        from yusuan.readers.published.bundle import read_bundle

        return read_bundle(path, read_source)
    check_container(path)
    check_text_size(path)
    try:
        source = read_blocks(path)
    except DAMAGED as exc:  # what a reader's parser says of a damaged file, whichever reader it is
        raise InputError(str(path), [file_problem(f"文件已损坏，无法读取（{damage(exc)}）",
                                                  "用 Word、Excel、WPS 或浏览器打开后重新保存，再试一次")]) from None
    screen_blocks(source)
    return prepare(source, path.suffix.lower())


def extract_file(path: Path, catalog: Catalog | None = None) -> ExtractResult:
    """Read a published disclosure; raise InputError for files that cannot be read at all."""
    from yusuan.readers.published.assemble import Assembler

    path = Path(path)
    if not path.exists():
        raise InputError(str(path), [file_problem("文件不存在")])
    source = read_source(path)
    if path.suffix.lower() == ".zip":
        screen_blocks(source)  # the bundle's members together: the document's text within its limit
    findings = Findings(source.findings)
    return Assembler(source, catalog or default_catalog(), findings).run()
