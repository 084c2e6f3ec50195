"""A Disclosure from any supported input: budget data (derived) or a published document (extracted)."""

from __future__ import annotations

from pathlib import Path

from yusuan.catalog.catalog import Catalog
from yusuan.errors import InputError, Problem
from yusuan.formats.workbook_layout import INSTRUCTIONS_SHEET  # the input workbook's first sheet
from yusuan.model.disclosure import Disclosure
from yusuan.model.full import derive_full
from yusuan.readers.budget_input import is_budget_input, load_budget
from yusuan.readers.published import PUBLISHED_SUFFIXES


def is_input_workbook(path: Path) -> bool:
    """Is this .xlsx Yusuan's input workbook (budget data) rather than a workbook of published tables?"""
    import zipfile
    import zlib

    from yusuan.readers.container import check_zip_container

    check_zip_container(path)  # even this peek reads the workbook's shared strings
    names = _sheet_names(path)
    if names is not None:
        return INSTRUCTIONS_SHEET in names
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError, EOFError, zlib.error):
        return True  # let the workbook reader report what is wrong with it
    try:
        return INSTRUCTIONS_SHEET in wb.sheetnames
    finally:
        wb.close()


def _sheet_names(path: Path) -> list[str] | None:
    """The sheet names in xl/workbook.xml, without loading the workbook (loading it, even read-only,
    parses its styles and shared strings: a fifth of the time of reading a published workbook);
    None when the workbook is not where it usually is or cannot be parsed (openpyxl then decides)."""
    import zipfile
    import zlib
    from xml.etree import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ElementTree.ParseError, EOFError, zlib.error):
        return None
    if root.tag != f"{main}workbook":
        return None
    return [sheet.get("name", "") for sheet in root.iter(f"{main}sheet")]


def is_published(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix not in PUBLISHED_SUFFIXES:
        return False
    return suffix != ".xlsx" or (path.exists() and not is_input_workbook(path))


def load_disclosure(path: Path, catalog: Catalog | None = None) -> Disclosure:
    """Derive the disclosure (tables and texts) from budget data, or extract it from a published document.

    Extraction findings (what could not be read) travel in `Disclosure.reading_notes`;
    `yusuan extract` and `yusuan.readers.published.extract_file` also return them on their own.
    """
    path = Path(path)
    if is_published(path):
        from yusuan.readers.published import extract_file

        result = extract_file(path, catalog)
        # The pivot carries what could not be read, so that the check reports it (rules R8xx).
        result.disclosure.reading_notes = list(result.findings)
        return result.disclosure
    if is_budget_input(path):
        return derive_full(load_budget(path, catalog), catalog, source=f"data:{path}")
    raise InputError(str(path), [Problem((), f"不支持读取“{path.suffix}”类型的文件",
                                         "预算数据（.xlsx、.yaml、.yml、.json）或公开文件（.pdf、.docx、.doc、.xlsx、.xls、.html、.htm、.txt、.zip）")])
