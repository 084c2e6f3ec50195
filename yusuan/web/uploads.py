"""Uploaded files: recognised by their content (never their name), limited in size, zip archives
(DOCX/XLSX) inspected before any reader decompresses them, saved under a generated name.

No part of the name the browser sends reaches the file system: it is kept only as the document's
display name, reduced to its last component and stripped of control characters.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from yusuan.encoding import decode_chinese_text

MAX_UPLOAD = 50 * 1024 * 1024  # bytes
MAX_UNZIPPED = 200 * 1024 * 1024  # total size of a DOCX/XLSX's parts once decompressed
MAX_RATIO = 200  # decompressed / compressed size of any one part
MAX_PARTS = 10_000


class Refused(ValueError):
    """An upload that is not accepted (Chinese message)."""


@dataclass(frozen=True)
class Sniffed:
    format: str  # pdf | docx | xlsx | html | txt
    suffix: str


def _zip_kind(content: bytes) -> Sniffed:
    try:
        archive = zipfile.ZipFile(BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise Refused("文件已损坏：不是有效的 Word 或 Excel 文件") from None
    if len(infos) > MAX_PARTS:
        raise Refused("文件结构异常（压缩包内文件过多），拒绝处理")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_UNZIPPED or total > MAX_UNZIPPED:
            raise Refused("文件解压后过大（可能是压缩炸弹），拒绝处理")
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1 << 20:
            raise Refused("文件压缩比异常（可能是压缩炸弹），拒绝处理")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" in names and "word/document.xml" in names:
        return Sniffed("docx", ".docx")
    if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
        return Sniffed("xlsx", ".xlsx")
    raise Refused("不支持的文件内容：压缩包既不是 Word（.docx）也不是 Excel（.xlsx）文件")


_HTML = re.compile(rb"<\s*(!doctype\s+html|html|head|body|table|meta)\b", re.IGNORECASE)


def sniff(content: bytes) -> Sniffed:
    """The format of an upload by its bytes; `Refused` for anything else."""
    if not content:
        raise Refused("文件是空的")
    if b"%PDF-" in content[:1024]:
        return Sniffed("pdf", ".pdf")
    if content.startswith(b"PK\x03\x04"):
        return _zip_kind(content)
    if content.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):
        raise Refused("不支持旧版 Office 格式（.doc/.xls）或 RTF：请另存为 .docx/.xlsx 或 PDF 后上传")
    head = content[:65536]
    if b"\x00" in head:
        raise Refused("不支持的文件内容：应为 PDF、Word（.docx）、Excel（.xlsx）、网页（.html）或文本（.txt）")
    if decode_chinese_text(content) is None:
        raise Refused("无法识别文本编码（应为 UTF-8 或 GB18030）")
    if _HTML.search(head):
        return Sniffed("html", ".html")
    return Sniffed("txt", ".txt")


def display_name(name: str | None, sniffed: Sniffed) -> str:
    """What the user called the file, for display only: last path component, no control characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip().lstrip(".")[:120]
    return base or f"上传文件{sniffed.suffix}"


def save(folder: Path, content: bytes, sniffed: Sniffed) -> Path:
    """Write the upload under a generated name in the server's own folder."""
    from yusuan.atomic import write_atomically

    path = folder / f"upload-{uuid.uuid4().hex}{sniffed.suffix}"
    write_atomically(path, lambda tmp: tmp.write_bytes(content))
    return path
