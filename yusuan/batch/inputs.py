"""INPUT… of `yusuan batch`: folders (walked for published documents), files, and CSV listings.

A listing is a UTF-8 (or GB18030) CSV with a header row: `path` and optionally `government`,
`department`, `year`; relative paths are relative to the listing's folder. Every path becomes
absolute, so that both engines and every rerun name a document the same way.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from yusuan.batch.rows import Item
from yusuan.encoding import decode_chinese_text
from yusuan.errors import InputError, Problem
from yusuan.readers.disclosure_input import PUBLISHED_SUFFIXES

LISTING_COLUMNS = ("path", "government", "department", "year")


def is_listing(path: Path) -> bool:
    return path.suffix.lower() == ".csv"


def read_listing(path: Path) -> list[Item]:
    text = decode_chinese_text(path.read_bytes())
    if text is None:
        raise InputError(str(path), [Problem((), "清单文件编码无法识别", "UTF-8 或 GB18030 编码的 CSV")])
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "path" not in header:
        raise InputError(str(path), [Problem((), "清单缺少 path 列", "表头为 path[,government,department,year] 的 CSV")])
    items, problems = [], []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        if not row.get("path"):
            continue
        year: int | None = None
        if row.get("year"):
            try:
                year = int(row["year"])
            except ValueError:
                problems.append(Problem((), f"第 {line} 行：年度“{row['year']}”不是整数", "四位数年度，如 2024"))
                continue
        target = Path(row["path"]).expanduser()
        if not target.is_absolute():
            target = path.parent / target
        items.append(Item(str(target.resolve()), row.get("government") or None, row.get("department") or None, year))
    if problems:
        raise InputError(str(path), problems)
    return items


def walk(folder: Path) -> list[Item]:
    return [Item(str(p.resolve())) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix.lower() in PUBLISHED_SUFFIXES and not p.name.startswith((".", "~$"))]


def collect(inputs: Iterable[str | Path]) -> list[Item]:
    """Every document the inputs name, once each (the first mention of a path wins), in input order."""
    items: list[Item] = []
    missing = []
    for raw in inputs:
        path = Path(raw).expanduser()
        if path.is_dir():
            items += walk(path)
        elif path.is_file() and is_listing(path):
            items += read_listing(path)
        elif path.is_file():
            items.append(Item(str(path.resolve())))
        else:
            missing.append(Problem((), f"找不到输入：{raw}", "文件夹、文件或 CSV 清单"))
    if missing:
        raise InputError("输入", missing)
    seen: set[str] = set()
    unique = []
    for item in items:
        if item.path not in seen:
            seen.add(item.path)
            unique.append(item)
    return unique
