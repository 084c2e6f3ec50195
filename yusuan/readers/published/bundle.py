"""A .zip bundle of published files (a department's tables and explanations as separate
attachments) → one document: every member of a supported type, in name order, read as a part
of it, their blocks concatenated.

Members are copied out one by one into a private temporary folder under names of our own, so a
member's name never becomes a path: names that climb out of the bundle ("../", absolute paths)
are refused, and so is a bundle whose members would unpack to more than `MAX_TOTAL` bytes
(counted while unpacking, not taken from the headers). Member names written by Chinese Windows
without the UTF-8 flag are decoded as GB18030.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from yusuan.errors import InputError
from yusuan.model.disclosure import Location, ReadingNote
from yusuan.readers.published import PUBLISHED_SUFFIXES
from yusuan.readers.published.blocks import Grid, Source, TextLine
from yusuan.readers.published.findings import file_problem

MAX_TOTAL = 200 * 1024 * 1024  # bytes unpacked, all members together
MAX_MEMBERS = 500
MEMBER_SUFFIXES = PUBLISHED_SUFFIXES - {".zip"}  # a bundle inside a bundle is not opened
_CHUNK = 1 << 20


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it (UTF-8 flag, else GB18030, else as stored)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _unsafe(name: str) -> bool:
    normal = name.replace("\\", "/")
    return normal.startswith("/") or bool(re.match(r"^[A-Za-z]:", normal)) or ".." in PurePosixPath(normal).parts


def _skipped(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return "__MACOSX" in parts or parts[-1].startswith((".", "~$"))


def read_bundle(path: Path, read_member: Callable[[Path], Source]) -> Source:
    """Read every supported member with `read_member` (which reads and prepares one file)."""
    problem = _problem(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise problem(f"无法打开压缩包：文件已损坏或不是 zip（{exc}）") from None
    with archive:
        members: list[tuple[str, zipfile.ZipInfo]] = []
        skipped: list[str] = []
        for info in archive.infolist():
            name = member_name(info)
            if _unsafe(name):
                raise problem(f"压缩包中的文件名“{name}”指向压缩包以外的位置，拒绝读取", "文件名不含“..”或绝对路径的 zip")
            if info.is_dir() or _skipped(name):
                continue
            if PurePosixPath(name).suffix.lower() in MEMBER_SUFFIXES:
                members.append((name, info))
            else:
                skipped.append(name)
        if not members:
            raise problem("压缩包中没有可读取的公开文件", "、".join(sorted(MEMBER_SUFFIXES)))
        if len(members) > MAX_MEMBERS:
            raise problem(f"压缩包中的文件过多（{len(members)} 个），拒绝读取", f"不超过 {MAX_MEMBERS} 个文件")
        if sum(info.file_size for _, info in members) > MAX_TOTAL:
            raise problem(_too_big(), _limit())
        members.sort(key=lambda m: m[0])
        source = Source(str(path), simplified=True)
        source.findings += [ReadingNote(code="bundle.skipped", message=f"压缩包中的“{name}”不是支持的公开文件类型，未读取")
                            for name in skipped]
        with tempfile.TemporaryDirectory(prefix="yusuan-zip-") as tmp:
            unpacked = 0
            for k, (name, info) in enumerate(members):
                target = Path(tmp) / f"{k:04d}{PurePosixPath(name).suffix.lower()}"
                unpacked = _unpack(archive, info, target, unpacked, problem, name)
                try:
                    part = read_member(target)
                except InputError as exc:
                    raise InputError(f"{path}（{name}）", exc.problems) from None
                label = f"{path.name}/{name}"
                _relocate(part, label)
                source.blocks += part.blocks
                source.findings += [ReadingNote(code=f.code, message=f"{name}：{f.message}", location=_with_file(f.location, label))
                                    for f in part.findings]
                target.unlink(missing_ok=True)
    return source


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, unpacked: int, problem, name: str) -> int:
    try:
        with archive.open(info) as src, target.open("wb") as out:
            while chunk := src.read(_CHUNK):
                unpacked += len(chunk)
                if unpacked > MAX_TOTAL:
                    raise problem(_too_big(), _limit())
                out.write(chunk)
    except RuntimeError as exc:  # encrypted member
        raise problem(f"压缩包中的“{name}”已加密，无法读取（{exc}）") from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise problem(f"压缩包中的“{name}”已损坏，无法解压（{exc}）") from None
    return unpacked


def _too_big() -> str:
    return f"压缩包解压后超过 {MAX_TOTAL // (1024 * 1024)} MB，拒绝读取"


def _limit() -> str:
    return f"解压后不超过 {MAX_TOTAL // (1024 * 1024)} MB 的 zip"


def _problem(path: Path):
    def make(message: str, expected: str | None = None) -> InputError:
        return InputError(str(path), [file_problem(message, expected)])

    return make


def _with_file(location: Location | None, label: str) -> Location:
    return (location or Location()).model_copy(update={"file": label})


def _relocate(source: Source, label: str) -> None:
    """Every location of a member's blocks names the member inside the bundle."""
    seen: set[int] = set()
    for block in source.blocks:
        block.location = _with_file(block.location, label)
        if isinstance(block, TextLine):
            continue
        assert isinstance(block, Grid)
        for row in block.rows:
            for cell in row:
                if id(cell) in seen:
                    continue
                seen.add(id(cell))
                if cell.location is None and cell.page is not None:
                    cell.location = Location(page=cell.page, box=cell.box)
                if cell.location is not None:
                    cell.location = _with_file(cell.location, label)
