"""Zip containers (.xlsx, .docx) checked before any reader opens them.

`check_zip_container` looks only at the zip's directory — the sizes every part declares — so that a
bomb is refused before a single part is decompressed (Python's zipfile never returns more bytes
than a part declares). `check_worksheets` then streams each worksheet's XML once, counting cells and
rows without building anything, so that a sheet of a million rows is refused before openpyxl builds
a million cell objects. Neither raises for a file that is not a zip at all: the reader reports that.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from yusuan.limits import MB, LimitExceeded, limit

ZIP_SUFFIXES = {".xlsx", ".xlsm", ".docx"}
RATIO_FLOOR = MB  # parts smaller than this are never refused for their ratio alone


def _entry_count(path: Path) -> int | None:
    """Entries the zip's end record declares (read before the directory itself is parsed)."""
    end_record = getattr(zipfile, "_EndRecData", None)
    if end_record is None:  # pragma: no cover - private helper present in every CPython since 2.x
        return None
    with path.open("rb") as fh:
        record = end_record(fh)
    return None if record is None else int(record[zipfile._ECD_ENTRIES_TOTAL])


def check_zip_container(path: Path) -> None:
    """Refuse a container with too many parts, or a part too large or too compressed (LimitExceeded)."""
    path = Path(path)
    source = str(path)
    try:
        entries = _entry_count(path)
        if entries is not None and entries > limit("zip_entries"):
            raise LimitExceeded(source, "zip_entries", entries)
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return  # not a readable zip: the reader says so in its own words
    if len(infos) > limit("zip_entries"):
        raise LimitExceeded(source, "zip_entries", len(infos))
    total = 0
    for info in infos:
        where = f"部件「{info.filename[:80]}」"
        if info.file_size > limit("zip_part_mb") * MB:
            raise LimitExceeded(source, "zip_part_mb", _mb(info.file_size), where)
        if info.compress_size > limit("zip_compressed_mb") * MB:
            raise LimitExceeded(source, "zip_compressed_mb", _mb(info.compress_size), where)
        if info.file_size >= RATIO_FLOOR:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > limit("zip_ratio"):
                raise LimitExceeded(source, "zip_ratio", ratio, where,
                                    f"压缩后 {_size(info.compress_size)}，解压后 {_size(info.file_size)}")
        total += info.file_size
        if total > limit("zip_total_mb") * MB:
            raise LimitExceeded(source, "zip_total_mb", _mb(total))


def _mb(size: int) -> int:
    return -(-size // MB)  # rounded up: 100.2 MB is over a 100 MB limit


def _size(size: int) -> str:
    return f"{size / MB:,.1f} MB" if size >= MB else f"{size / 1024:,.1f} KB"


# -- worksheets -------------------------------------------------------------------------------
# A cell element, with its attributes; ">" ends it ("/>" when it holds nothing). Bounded, so that
# a run of "<c" without ">" costs linear time.
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,20}:)?c(?=[\s/>])([^<>]{0,400})>")
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,20}:)?row(?=[\s/>])")
_REF = re.compile(rb"""\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,9})["']""")
_CHUNK = 1 << 20
_KEEP = 512  # longer than any match above


@dataclass
class SheetSize:
    part: str
    cells: int = 0  # cell elements, formatted-only ones included
    rows: int = 0  # row elements
    last_row: int = 0  # row number of the last cell that holds something
    max_row: int = 0  # used range (every cell element), as openpyxl sees it
    max_col: int = 0

    @property
    def used_range(self) -> int:
        return self.max_row * self.max_col


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def measure_sheet(zf: zipfile.ZipFile, name: str) -> SheetSize:
    size = SheetSize(name)
    pending = b""
    with zf.open(name) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            buffer = pending + chunk
            cut = len(buffer) if not chunk else max(0, len(buffer) - _KEEP)
            for m in _CELL.finditer(buffer, 0, len(buffer)):
                if m.start() >= cut:
                    break
                size.cells += 1
                ref = _REF.search(m.group(1))
                if ref:
                    row, col = int(ref.group(2)), _column_number(ref.group(1))
                    size.max_row, size.max_col = max(size.max_row, row), max(size.max_col, col)
                    if not m.group(1).endswith(b"/"):
                        size.last_row = max(size.last_row, row)
            size.rows += sum(1 for m in _ROW.finditer(buffer) if m.start() < cut)
            if not chunk:
                break
            pending = buffer[cut:]
    if not size.max_row:  # cells without references: openpyxl counts rows and cells in order
        size.last_row = size.max_row = size.rows
        size.max_col = max(size.max_col, 1 if size.cells else 0)
    return size


def _worksheet_parts(zf: zipfile.ZipFile) -> list[str]:
    names = set(zf.namelist())
    parts = {n for n in names if n.lower().startswith("xl/worksheets/") and n.lower().endswith(".xml")}
    try:  # sheets stored elsewhere are still declared in [Content_Types].xml
        types = zf.read("[Content_Types].xml") if zf.getinfo("[Content_Types].xml").file_size < MB else b""
    except KeyError:
        types = b""
    for m in re.finditer(rb'PartName="/?([^"]{1,300})"[^>]{0,300}?worksheet\+xml', types):
        name = m.group(1).decode("utf-8", "replace")
        if name in names:
            parts.add(name)
    return sorted(parts)


def _sheet_titles(zf: zipfile.ZipFile) -> dict[str, str]:
    """Part name → the sheet's title as the user sees it (from workbook.xml and its relationships)."""
    try:
        if max(zf.getinfo(n).file_size for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")) > MB:
            return {}
        book, rels = zf.read("xl/workbook.xml"), zf.read("xl/_rels/workbook.xml.rels")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return {}
    targets = {}
    for m in re.finditer(rb"<(?:\w+:)?Relationship\b([^<>]{0,1000})>", rels):
        rid, target = re.search(rb'\bId="([^"]+)"', m.group(1)), re.search(rb'\bTarget="([^"]+)"', m.group(1))
        if rid and target:
            name = target.group(1).decode("utf-8", "replace")
            targets[rid.group(1)] = name.lstrip("/") if name.startswith("/") else "xl/" + name
    titles = {}
    for m in re.finditer(rb"<(?:\w+:)?sheet\b([^<>]{0,1000})>", book):
        title, rid = re.search(rb'\bname="([^"]*)"', m.group(1)), re.search(rb'\bid="([^"]+)"', m.group(1))
        if title and rid and rid.group(1) in targets:
            from html import unescape

            titles[targets[rid.group(1)]] = unescape(title.group(1).decode("utf-8", "replace"))
    return titles


def check_worksheets(path: Path, *, used_range: bool = True) -> list[SheetSize]:
    """Refuse a workbook with a sheet of too many rows or cells (LimitExceeded); the sizes otherwise.

    `used_range`: also refuse a sheet whose used range (last row × last column, formatted empty
    cells included) is beyond the cell limit — for readers that walk the whole range."""
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []
    sizes = []
    with zf:
        titles = _sheet_titles(zf)
        for name in _worksheet_parts(zf):
            try:
                size = measure_sheet(zf, name)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
                continue  # a damaged part: openpyxl reports it
            where = f"工作表「{titles[name][:40]}」" if name in titles else f"工作表部件「{name[:80]}」"
            if size.last_row > limit("rows"):
                raise LimitExceeded(str(path), "rows", size.last_row, where)
            if size.cells > limit("cells"):
                raise LimitExceeded(str(path), "cells", size.cells, where)
            if used_range and size.used_range > limit("cells"):
                raise LimitExceeded(str(path), "cells", size.used_range, where,
                                    f"使用范围 {size.max_row:,} 行 × {size.max_col:,} 列")
            sizes.append(size)
    return sizes


def check_container(path: Path, *, used_range: bool = True) -> None:
    """Every check for a zip container, by suffix: the directory, then (workbooks) the sheets."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ZIP_SUFFIXES:
        return
    check_zip_container(path)
    if suffix in (".xlsx", ".xlsm"):
        check_worksheets(path, used_range=used_range)
