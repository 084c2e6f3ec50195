"""Headings → the section keys of yusuan/model/sections.py.

Parts are "第一部分 …"; sections "一、…"; sub-sections "（一）…" only under 其他重要事项, where the
template puts 机关运行经费, 政府采购, 国有资产, 绩效 and 其他. Headings are matched by their words
(departments and years vary, and provinces word them differently); a heading that matches
nothing keeps a positional key ("3.7" for the seventh section of part three). Outside any part
(standalone pages, excerpts) headings are keyed by their words alone, and so are paragraphs that
stand under no heading (`topic_key`; `model.sections.UNHEADED` when their words say nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yusuan.readers.published.normalize import chinese_number, clean, key

_PART = re.compile(r"^第([一二三四五六七八九十]+)部分\s*(.*)$")
_SECTION = re.compile(r"^([一二三四五六七八九十]+)、\s*(.+)$")
_SUBSECTION = re.compile(r"^\(([一二三四五六七八九十]+)\)\s*(.+)$")
MAX_HEADING = 60

# (key, regex on the heading's key) — first match wins, so the specific come first.
PART1 = (("1.1", r"主要职能|主要职责|职能职责|部门职责"), ("1.2", r"机构设置|人员情况|基本情况|单位构成"))
PART3 = (
    ("3.10", r"三公"),
    ("3.11", r"其他重要事项"),
    ("3.11.4", r"预算绩效"),
    ("3.8", r"政府性基金"),
    ("3.9", r"国有资本经营"),
    ("3.4", r"财政拨款收支|财政拨款收入支出"),
    ("3.6", r"一般公共预算基本支出|一般公共预算财政拨款基本支出"),
    ("3.5", r"一般公共预算当年拨款|一般公共预算财政拨款支出"),
    ("3.7", r"一般公共预算项目支出|项目支出情况"),
    ("3.1", r"收支预算情况的总体说明|收支总体情况|收入支出决算总体情况|收支情况说明"),
    ("3.2", r"收入预算|收入决算"),
    ("3.3", r"支出预算|支出决算"),
)
SUB311 = (
    ("3.10", r"三公"),
    ("3.11.1", r"机关运行经费|运行经费"),
    ("3.11.2", r"政府采购"),
    ("3.11.3", r"国有资产"),
    ("3.11.4", r"绩效"),
    ("3.11.5", r"其他"),
)


# Outside any part: a heading's words alone say what it is about (the specific first).
TOPIC_HEADINGS = (
    ("4", r"名词解释"),
    ("3.10", r"三公"),
    ("3.11.1", r"机关运行经费|运行经费|行政经费"),
    ("3.11.2", r"政府采购"),
    ("3.11.3", r"国有资产"),
    *PART3,
    ("3.11.4", r"绩效"),
    *PART1,
)
# Paragraphs under no heading: only topics a paragraph's words tell unambiguously.
TOPIC_PARAGRAPHS = (
    ("3.10", r"三公|因公出国|公务接待|公务用车"),
    ("3.11.1", r"运行经费|行政经费"),
    ("3.11.2", r"政府采购"),
    ("3.11.3", r"国有资产"),
)
# A number that is not a year nor a small ordinal: an amount — a table row read as text, not a heading.
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{4,}(?!\s*年)")


@dataclass(frozen=True)
class Heading:
    level: int  # 0 part, 1 section, 2 sub-section
    number: int
    text: str


def parse_heading(line: str) -> Heading | None:
    text = clean(line)
    if len(text) > MAX_HEADING or text.endswith(("。", "；", ";")):
        return None
    for level, pattern in ((0, _PART), (1, _SECTION), (2, _SUBSECTION)):
        m = pattern.match(text)
        if m and (n := chinese_number(m.group(1))) is not None:
            if level > 0 and re.search(r"[:：]", m.group(2)[:12]) and len(m.group(2)) > 14:
                return None  # "一、财政拨款：指…" — a glossary entry, not a heading
            if level > 0 and _AMOUNT.search(m.group(2)):
                return None  # "一、财政拨款收入 278,076,101 …" — a table row flattened into text
            return Heading(level, n, text)
    return None


def _first(rules: tuple[tuple[str, str], ...], heading: str) -> str | None:
    k = key(heading)
    return next((sec for sec, pattern in rules if re.search(pattern, k)), None)


def section_key(part: int, heading: Heading, parent: str | None, part_title: str = "") -> str:
    """The canonical key of a section heading within `part` (`parent`: the enclosing section key)."""
    if heading.level == 2:
        if parent == "3.11":
            return _first(SUB311, heading.text) or f"3.11.{heading.number}"
        return f"{parent}.{heading.number}" if parent else f"{part}.0.{heading.number}"
    if "名词解释" in part_title:
        return f"4.{heading.number}"
    if part == 0:
        return _first(TOPIC_HEADINGS, heading.text) or f"0.{heading.number}"
    if "名词解释" in heading.text:
        return "4"
    if "概况" in part_title:
        return _first(PART1, heading.text) or f"{part}.{heading.number}"
    if re.search(r"说明", part_title):  # the explanations, whichever part holds them (Hunan: the first)
        return _first(PART3, heading.text) or _first(PART1, heading.text) or f"3.{heading.number}"
    if part == 1:
        return _first(PART1, heading.text) or f"{part}.{heading.number}"
    if part == 3:
        return _first(PART3, heading.text) or f"3.{heading.number}"
    return f"{part}.{heading.number}"


def topic_key(paragraph: str) -> str | None:
    """The section a paragraph under no heading belongs to by its words: the topic it names most
    (the first named on a tie), or None."""
    k = key(paragraph)
    best: tuple[int, int, str] | None = None
    for sec, pattern in TOPIC_PARAGRAPHS:
        hits = list(re.finditer(pattern, k))
        if hits and (best is None or (len(hits), -hits[0].start()) > best[:2]):
            best = (len(hits), -hits[0].start(), sec)
    return best[2] if best else None
