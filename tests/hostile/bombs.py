"""Zip bombs built at test time, in seconds and without the memory they expand to.

A deflate segment ended by a full flush does not refer to what came before it, so one compressed
chunk can be repeated: a sheet of a gigabyte is a megabyte of compressed bytes written once and
referenced a thousand times. The zip around it is written by hand (local headers, central
directory, end record), its sizes and CRC true to the data it expands to.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

_TIME, _DATE = 0, (2024 - 1980) << 9 | 1 << 5 | 1


def _raw(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def repeated_deflate(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, size) of head + chunk × times + tail."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    segment = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    assert again == segment, "a full flush should make every chunk compress alike"
    last = c.compress(tail) + c.flush(zlib.Z_FINISH)
    crc = zlib.crc32(head)
    block = chunk * max(1, (1 << 24) // max(len(chunk), 1))  # CRC in blocks of ~16 MB
    whole, rest = divmod(times, len(block) // len(chunk))
    for _ in range(whole):
        crc = zlib.crc32(block, crc)
    for _ in range(rest):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return first + segment * (times - 1) + again + last, crc, len(head) + len(chunk) * times + len(tail)


def write_zip(target: Path, parts: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of (name, raw deflate data, crc, uncompressed size) parts (sizes below 4 GiB)."""
    central = b""
    with target.open("wb") as fh:
        for name, data, crc, size in parts:
            offset = fh.tell()
            encoded = name.encode("utf-8")
            fh.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, _TIME, _DATE, crc, len(data), size,
                                 len(encoded), 0) + encoded)
            fh.write(data)
            central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, _TIME, _DATE, crc, len(data),
                                   size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded
        start = fh.tell()
        fh.write(central)
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central), start, 0))
    return target


def bomb_copy(source: Path, target: Path, name: str, head: bytes, chunk: bytes, times: int, tail: bytes) -> Path:
    """A copy of the container `source` whose part `name` is head + chunk × times + tail."""
    parts = []
    with zipfile.ZipFile(source) as zin:
        for info in zin.infolist():
            if info.filename != name:
                data = zin.read(info.filename)
                parts.append((info.filename, _raw(data), zlib.crc32(data), len(data)))
    parts.append((name, *repeated_deflate(head, chunk, times, tail)))
    return write_zip(target, parts)


SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = b"</sheetData></worksheet>"
DOCX_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
DOCX_TAIL = b"</w:body></w:document>"


def sheet_rows(rows: int, text: str = "甲") -> bytes:
    """`rows` rows of one inline-string cell each, without row numbers (so that a chunk repeats)."""
    cell = f'<row><c t="inlineStr"><is><t>{text}</t></is></c></row>'.encode()
    return cell * rows


def docx_paragraphs(count: int, text: str = "部门预算") -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode() * count
