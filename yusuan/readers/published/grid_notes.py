"""What a grid says about itself, made explicit for the assembler: the unit its header states
("金额（元）", "(单位:万元)") and, for a table printed without a title line, what its content
shows it to be (rows 因公出国（境）费 / 公务接待费 / 公务用车购置及运行费: the “三公” table).

Both become text lines placed before the grid — a unit line, a title line — exactly as if the
document had printed them, so that the assembler reads every format the same way. A header
whose columns state different units has the minority columns converted to the table's unit.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from yusuan.model.disclosure import ReadingNote, TableId
from yusuan.model.layouts import FINAL_ACCOUNTS, NATIONAL, printed_title
from yusuan.money import AmountError, MoneyUnit, convert
from yusuan.readers.published.blocks import Block, Cell, Grid, TextLine
from yusuan.readers.published.header import split_header
from yusuan.readers.published.normalize import clean, key
from yusuan.readers.published.numbers import amount
from yusuan.readers.published.titles import match_title

# ("单位：万" — the 元 left off, or cut off with the cell — is 万元 too; not "单位：万人")
_COLUMN_UNIT = re.compile(r"[(（]\s*(?:(?:金额)?单位\s*[:：]\s*)?(万元|亿元|元)\s*[)）]"
                          r"|(?:金额)?单位\s*[:：]\s*(万元|亿元|元|万(?![\u4e00-\u9fff]))")
_UNIT_LINE = re.compile(r"(?:金额)?单位\s*[:：]\s*(万元|亿元|元|万(?![\u4e00-\u9fff]))")
_DEPT_LINE = re.compile(r"^编制(部门|单位)\s*[:：]")
# a title that carries its unit: "…“三公”经费预算支出表（单位：万元）"
_TITLE_UNIT = re.compile(r"\s*[(（]\s*(?:金额)?单位\s*[:：]\s*(万元|亿元|元)\s*[)）]\s*$")

# the items as amounts ("因公出国（境）费"), not as counts ("因公出国（境）团组数", "公务用车保有量")
THREE_PUBLIC_ITEMS = {
    "abroad": re.compile(r"因公出国.*(费|支出)"),
    "reception": re.compile(r"公务接待.*(费|支出)"),
    "vehicle": re.compile(r"(公务用车|公车).*(费|支出)"),
}
THREE_PUBLIC_TITLE = printed_title(NATIONAL, TableId.T10)
THREE_PUBLIC_FINAL_TITLE = printed_title(FINAL_ACCOUNTS, TableId.T10)
BALANCE_TITLE = printed_title(NATIONAL, TableId.T1)
BALANCE_FINAL_TITLE = printed_title(FINAL_ACCOUNTS, TableId.T1)


def split_title_units(blocks: list[Block]) -> list[Block]:
    """A title line that carries its unit becomes the title, then the unit line."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, TextLine):
            m = _TITLE_UNIT.search(clean(block.text))
            if m:
                title = _TITLE_UNIT.sub("", clean(block.text))
                if match_title(title):
                    out += [TextLine(title, block.location), TextLine(f"单位：{m.group(1)}", block.location)]
                    continue
        out.append(block)
    return out


def annotate(blocks: list[Block], findings: list[ReadingNote]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, Grid):
            out.append(block)
            continue
        title = _content_title(block, out)
        if title is not None:
            at = len(out)
            while at > 0 and isinstance(out[at - 1], TextLine) and (
                    _UNIT_LINE.search(clean(out[at - 1].text)) or _DEPT_LINE.match(clean(out[at - 1].text))):
                at -= 1
            out.insert(at, TextLine(title, block.location))
            findings.append(ReadingNote(code="table.identified", message=f"表格没有可识别的标题，按内容识别为“{title}”",
                                        location=block.location))
        unit = _header_unit(block, findings)
        if unit is not None:
            out.append(TextLine(f"单位：{unit.value}", block.location))
        out.append(block)
    return out


# -- units ----------------------------------------------------------------------------------------
def money_unit(word: str) -> MoneyUnit:
    """The unit a "单位：…" statement names ("万" for 万元)."""
    return MoneyUnit.WAN if word == "万" else MoneyUnit(word)


def _column_units(grid: Grid, n_header: int) -> dict[int, MoneyUnit]:
    """The unit each column's header states; the statement taken out of the header text
    ("预算数（元）" heads its column as "预算数")."""
    units: dict[int, MoneyUnit] = {}
    done: set[int] = set()
    for r in range(n_header):
        for c, cell in enumerate(grid.rows[r]):
            m = _COLUMN_UNIT.search(clean(cell.text))
            if not m:
                continue
            units[c] = money_unit(m.group(1) or m.group(2))
            if id(cell) not in done and m.group(1):
                done.add(id(cell))
                rest = clean(cell.text).replace(m.group(0), "").strip()
                if rest:
                    cell.text = rest
    return units


def _header_unit(grid: Grid, findings: list[ReadingNote]) -> MoneyUnit | None:
    """The unit the header states for the amount columns; minority columns converted."""
    n_header = split_header(grid)
    if n_header == 0 or n_header >= len(grid.rows):
        return None
    units = _column_units(grid, n_header)
    if not units:
        return None
    counts = Counter(units.values())
    unit = max(counts, key=lambda u: (counts[u], -min(c for c, v in units.items() if v == u)))
    for c, u in units.items():
        if u != unit:
            _convert_column(grid, n_header, c, u, unit, findings)
    return unit


def _convert_column(grid: Grid, n_header: int, c: int, from_unit: MoneyUnit, to_unit: MoneyUnit,
                    findings: list[ReadingNote]) -> None:
    done: set[int] = set()
    for r in range(n_header, len(grid.rows)):
        row = grid.rows[r]
        if c >= len(row) or id(row[c]) in done:
            continue
        cell = row[c]
        try:
            value = amount(cell.text)
        except AmountError:
            continue
        if value is None:
            continue
        converted = convert(value, from_unit, to_unit)
        text = _plain(converted)
        new = Cell(text, cell.location, cell.page, cell.box)
        for k in range(len(row)):
            if row[k] is cell:
                row[k] = new
        done.add(id(new))
    header = clean(grid.rows[n_header - 1][c].text) if c < len(grid.rows[n_header - 1]) else ""
    findings.append(ReadingNote(code="table.column_unit", message=f"列“{header}”的金额单位为{from_unit.value}，"
                                f"已换算为表格的单位{to_unit.value}", location=grid.location))


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


# -- tables known by their content ---------------------------------------------------------------
def _titled(grid: Grid, before: list[Block]) -> bool:
    """A title line among the last lines before the grid, or in the grid's own first rows."""
    for block in reversed(before[-4:]):
        if isinstance(block, Grid):
            break
        if match_title(clean(block.text)):
            return True
    for row in grid.rows[:3]:
        texts = {c.text.strip() for c in row if c.text.strip()}
        if len(texts) == 1 and match_title(clean(texts.pop())):
            return True
    return False


def _content_title(grid: Grid, before: list[Block]) -> str | None:
    if _titled(grid, before):
        return None
    texts = [key(c.text) for row in grid.rows for c in row[:2] if c.text.strip()]
    texts += [key(c.text) for row in grid.rows[: split_header(grid) or 1] for c in row if c.text.strip()]
    items = {item for item, pattern in THREE_PUBLIC_ITEMS.items() if any(pattern.search(t) for t in texts)}
    if len(items) < 2:
        return _balance_title(grid, before)
    nearby = [clean(b.text) for b in before[-4:] if isinstance(b, TextLine)]
    final = any("决算" in t for t in texts + nearby)
    return THREE_PUBLIC_FINAL_TITLE if final else THREE_PUBLIC_TITLE


def _balance_title(grid: Grid, before: list[Block]) -> str | None:
    """A table without its title whose rows close with 收入总计 and 支出总计 side by side is the 收支总表
    (r520: a budget-system export that prints only "920平山县下口镇财政所 | 预算年度:2025 | 单位:万元" above it)."""
    cells = {key(c.text) for row in grid.rows for c in row if c.text.strip()}
    if not {"收入总计", "支出总计"} <= cells or not ({"本年收入合计", "本年支出合计"} <= cells):
        return None
    nearby = [clean(b.text) for b in before[-4:] if isinstance(b, TextLine)]
    return BALANCE_FINAL_TITLE if any("决算" in t for t in nearby) else BALANCE_TITLE
