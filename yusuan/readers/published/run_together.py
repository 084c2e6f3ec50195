"""Lines run together: the text of a PDF copied onto a web page or into a document viewer sometimes
arrives as one long line, every heading of the contents and of the body inside it ("…(目录) 第一部分:
基本情况 一、部门主要职能 二、部门和所属预算单位机构设置情况 … 第二部分:…"). A line that holds two
part headings (第X部分) or more is such a run: it is broken before each part heading, and before
each numbered heading ("一、", "表 1:") or "(目录)" that follows a space, where the lost line ends stood. A
sentence never names two parts of its document, so ordinary text is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from yusuan.model.numerals import chinese_number
from yusuan.readers.published.blocks import Block, TextLine
from yusuan.readers.published.text_layout import NUMBER, kind
from yusuan.readers.published.titles import match_title

_PART = re.compile(r"第[一二三四五六七八九十]+部分")
# where a line ended before it ran on: a part heading, or a numbered heading or table after a space
_BREAK = re.compile(r"\s*(?=第[一二三四五六七八九十]+部分)|\s+(?=[一二三四五六七八九十]+、|表\s*\d+\s*[:：]|[(（]?目\s*录[)）]?\s)"
                    r"|(?<=目录[)）])\s*")


# the contents' title spaced out ("目　录") beside the first part's heading comes out around it: "目 第一部分 录"
_SPLIT_CONTENTS = re.compile(r"(?<!\S)目\s+(第[一二三四五六七八九十]+部分)\s+录(?!\S)")


def split_run_together(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, TextLine) and len(_PART.findall(b.text)) >= 2:
            text = _SPLIT_CONTENTS.sub(r"目录 \1", b.text, count=1)
            out += [replace(b, text=piece) for piece in _BREAK.split(text) if piece.strip()]
        else:
            out.append(b)
    return out


# A table run into one line with its title ("一、2017年…“三公”经费支出决算表 单位:万元 项 目 预算数 决算数 合 计
# 65.00 64.87 … 公务接待费 21.00 21.00 … 二、…"): a PDF's text copied without its line ends.
_RUN_UNIT = re.compile(r"(?:金额)?单位\s*[:：]\s*(?:万元|元|亿元)")
_RUN_HEADER_END = re.compile(r"(数|额|金额)$")
_RUN_STOP = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])|[。；;，,]")


def split_run_table(blocks: list[Block]) -> list[Block]:
    """A line holding a table's title, its unit, a header ("项目" and the amount columns, "预算数 决算数")
    and rows of a label and as many amounts, then the text after it: broken into the title, the unit
    line, a tab-separated line per row (read as the table) and the rest. One row may hold twice the
    amounts when the last label stands alone after them (a label wrapped over two lines in the PDF comes
    out after its row's amounts): they are that label's. Any other count leaves the line as it is."""
    out: list[Block] = []
    for b in blocks:
        pieces = _run_table(b.text) if isinstance(b, TextLine) and "单位" in b.text and len(b.text) > 40 else None
        out += [replace(b, text=piece) for piece in pieces] if pieces else [b]
    return out


def _run_table(text: str) -> list[str] | None:
    unit = _RUN_UNIT.search(text)
    if unit is None:
        return None
    before = [p for p in _BREAK.split(text[:unit.start()]) if p.strip()]
    if not before or match_title(before[-1].strip()) is None:
        return None
    tokens = text[unit.end():].split()
    header: list[str] = []
    i = 0
    while i < len(tokens) and kind(tokens[i]) != NUMBER:
        header.append(tokens[i])
        i += 1
    label, columns = _run_header(header)
    if label is None or not columns:
        return None
    # the last header word before the first amounts is the first row's label ("合 计")
    rows: list[tuple[str, list[str]]] = [(label, [])]
    while i < len(tokens):
        t = tokens[i]
        if kind(t) == NUMBER:
            rows[-1][1].append(t)
        elif _RUN_STOP.search(t):
            break  # the text after the table: "二、…", "(一)…", a sentence
        elif rows[-1][1]:
            rows.append((t, []))
        else:
            rows[-1] = (rows[-1][0] + t, [])
        i += 1
    k = len(columns)
    counts = [len(n) for _, n in rows]
    if counts[-1] == 0 and counts.count(2 * k) == 1 and all(c == k for c in counts[:-1] if c != 2 * k):
        double = counts.index(2 * k)
        rows[double], rows[-1] = (rows[double][0], rows[double][1][:k]), (rows[-1][0], rows[double][1][k:])
    if len(rows) < 3 or any(len(n) != k for _, n in rows):
        return None
    rest = " ".join(tokens[i:])
    return [*before, text[unit.start():unit.end()], "\t".join(["项目", *columns]),
            *("\t".join([name, *numbers]) for name, numbers in rows), *([rest] if rest else [])]


def _run_header(words: list[str]) -> tuple[str | None, list[str]]:
    """"项 目 预算数 决算数 合 计" → the first row's label "合计" and the amount columns: the header opens with
    项目 (its characters may stand apart) and names each amount column by a word ending as such headers do."""
    joined: list[str] = []
    for w in words:  # single characters spaced apart ("项 目", "合 计") are one word
        if joined and len(w) == 1 and len(joined[-1]) == 1:
            joined[-1] += w
        else:
            joined.append(w)
    if len(joined) < 3 or joined[0] not in ("项目", "科目", "项目名称"):
        return None, []
    columns, label = joined[1:-1], joined[-1]
    if not columns or not all(_RUN_HEADER_END.search(c) for c in columns) or _RUN_HEADER_END.search(label):
        return None, []
    return label, columns


# The 决算 template's first table, tagged "财决公开01表" (收入支出决算总表), run into one line by OCR or a PDF's text copied
# without line ends: "财决公开01表 … 金额单位:万元 收入 … 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 一一般公共预算财政拨款收入
# 1 4,627.57 一一般公共服务支出 32 0.00 …" (r721). Only the tag of the table every 决算 opens with is named: the tag
# stands for its title, which such a copy leaves out.
_TOTALS_TAG = re.compile(r"财决公开0?1表")
_TWO_SIDED_HEADER = re.compile(r"项\s*目\s+行\s*次\s+金\s*额\s+项\s*目\s+行\s*次\s+金\s*额(?:\s+栏\s*次\s+1\s+栏\s*次\s+2)?\s+")
_ROW_NUMBER = re.compile(r"\d{1,3}")
_CELL_AMOUNT = re.compile(r"-?\d[\d,]*\.\d+")


def split_run_two_sided(blocks: list[Block]) -> list[Block]:
    """A line holding the tag of a 决算's 收入支出决算总表, its unit, the two-sided header ("项目 行次 金额 项目 行次
    金额") and then cells of a name, its 行次 and its amount, income and spending in turn: broken into the table's
    title, its unit, its header and one '|' row per row of the table (an income cell and a spending cell). A cell
    may hold its 行次 alone (an empty row of one side). Any other run leaves the line as it is."""
    out: list[Block] = []
    for b in blocks:
        pieces = _two_sided(b.text) if isinstance(b, TextLine) and _TOTALS_TAG.search(b.text) else None
        out += [replace(b, text=piece) for piece in pieces if piece] if pieces else [b]
    return out


def _two_sided(text: str) -> list[str] | None:
    tag = _TOTALS_TAG.search(text)
    header = _TWO_SIDED_HEADER.search(text, tag.end()) if tag else None
    unit = _RUN_UNIT.search(text, tag.end(), header.start()) if tag and header else None
    if tag is None or header is None or unit is None:
        return None
    cells: list[list[str]] = []  # [name, 行次, amount]
    name: list[str] = []
    for t in text[header.end():].split():
        if _CELL_AMOUNT.fullmatch(t) and cells and cells[-1][2] == "" and not name:
            cells[-1][2] = t
        elif _ROW_NUMBER.fullmatch(t) and not _CELL_AMOUNT.fullmatch(t):
            cells.append(["".join(name), t, ""])
            name = []
        elif kind(t) == NUMBER:
            return None  # an amount where a name or a 行次 belongs: not this table's cells
        else:
            name.append(t)
    if len(cells) < 4:
        return None
    for side in (cells[0::2], cells[1::2]):  # income, spending: renumbered only when every named row holds its number
        named = [(k, c) for k, c in enumerate(side, 1) if c[0]]
        if named and all(c[0].startswith(chinese_number(k)) for k, c in named):
            for k, c in named:
                c[0] = _renumbered(c[0], k)
    # '|' rows, so that a run that stops inside the table ("… 九卫生健康支出 40 89.57 10": a 行次 with neither name nor
    # amount, or a row's income cell without its spending cell) leaves its last row open, as a text table cut off
    # there is read: its 合计 is not asked for, and that last row, which the page may not hold whole, is not taken
    # (the bare 行次 it stops on is dropped)
    cut = len(cells) % 2 == 1 or not (cells[-1][0] and cells[-1][2])
    if not (cells[-1][0] or cells[-1][2]):
        cells.pop()
    rows = ["| " + " | ".join(c for cell in cells[i:i + 2] for c in cell) + " |" for i in range(0, len(cells), 2)]
    if cut:
        rows[-1] = rows[-1].removesuffix(" |")
    return [text[:tag.start()].strip(), "收入支出决算总表", text[tag.start():tag.end()], text[unit.start():unit.end()],
            "| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |", *rows]


def _renumbered(name: str, row: int) -> str:
    """"五事业收入" in the fifth row → "五、事业收入": the row's own number, its 、 lost in the run ("一一般公共服务支出" →
    "一、一般公共服务支出"), when every named row of its side opens with its own number."""
    number = chinese_number(row)
    if name.startswith(number) and len(name) > len(number) + 1 and not name.startswith(number + "、"):
        return number + "、" + name[len(number):]
    return name
