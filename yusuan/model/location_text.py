"""Where something stands in its source, as Chinese words: the one place-formatter of every output.

Reading notes, limit messages, the extraction workbook and check findings all name a place the
same way — 工作表“收支总表”, 第3页, 第12行 — so that a user meets one wording everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from yusuan.model.disclosure import Location


def location_parts(*, sheet: str | None = None, page: int | None = None, line: int | None = None,
                   row: int | None = None) -> list[str]:
    """工作表“S”, 第P页, 第L行 in reading order; a sheet's row stands in for a line the source lacks."""
    parts: list[str] = []
    if sheet:
        parts.append(f"工作表“{sheet}”")
    if page is not None:
        parts.append(f"第{page}页")
    if line is not None:
        parts.append(f"第{line}行")
    elif row is not None:
        parts.append(f"第{row}行")
    return parts


def describe_location(location: Location | None, *, separator: str = "", empty: str = "") -> str:
    """"工作表“收支总表”第12行", "第3页"; `empty` when nothing is known."""
    if location is None:
        return empty
    parts = location_parts(sheet=location.sheet, page=location.page, line=location.line, row=location.row)
    return separator.join(parts) or empty
