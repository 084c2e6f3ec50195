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

from yusuan.model.sections import SECTION_SPEC, SectionKey
from yusuan.readers.published.normalize import chinese_number, clean, key

# "第三部 2024年度部门决算情况说明": pages that lost the 分 of a part heading (never 第三部门…)
_PART = re.compile(r"^第([一二三四五六七八九十]+)部(?:分|(?![门署委位队]))\s*(.*)$")
_SECTION = re.compile(r"^([一二三四五六七八九十]+)、\s*(.+)$")
_SUBSECTION = re.compile(r"^\(([一二三四五六七八九十]+)\)\s*(.+)$")
MAX_HEADING = 60

S = SectionKey


def _by_words(*keys: SectionKey) -> tuple[tuple[str, str], ...]:
    """(key, regex on the heading's key): each section's words as model/sections.py declares them."""
    return tuple((k, SECTION_SPEC[k].words) for k in keys)


# first match wins, so the specific come first
PART1 = _by_words(S.DUTIES, S.ORGANISATION)
PART3 = (
    *_by_words(S.THREE_PUBLIC, S.OTHER_MATTERS),
    (S.PERFORMANCE, r"预算绩效"),  # a section (not a 其他重要事项 item) about 绩效 says 预算绩效
    *_by_words(S.FUND, S.SOE, S.FISCAL, S.GENERAL_BASIC, S.GENERAL_APPROPRIATION, S.GENERAL_PROJECTS, S.OVERALL,
               S.INCOME, S.EXPENDITURE),
)
SUB311 = _by_words(S.THREE_PUBLIC, S.OPERATING_COSTS, S.PROCUREMENT, S.ASSETS, S.PERFORMANCE, S.OTHER_NOTES)

# standalone pages call 机关运行经费 by its older name too
_OPERATING_TOPIC = (S.OPERATING_COSTS, SECTION_SPEC[S.OPERATING_COSTS].words + "|行政经费")
# Outside any part: a heading's words alone say what it is about (the specific first).
TOPIC_HEADINGS = (
    *_by_words(S.GLOSSARY, S.THREE_PUBLIC),
    _OPERATING_TOPIC,
    *_by_words(S.PROCUREMENT, S.ASSETS),
    *PART3,
    *_by_words(S.PERFORMANCE),
    *PART1,
)
# Paragraphs under no heading: only topics a paragraph's words tell unambiguously (三公 by its items too).
TOPIC_PARAGRAPHS = (
    (S.THREE_PUBLIC, SECTION_SPEC[S.THREE_PUBLIC].words + "|因公出国|公务接待|公务用车"),
    _OPERATING_TOPIC,
    *_by_words(S.PROCUREMENT, S.ASSETS),
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
        if parent == SectionKey.OTHER_MATTERS:
            return _first(SUB311, heading.text) or f"3.11.{heading.number}"
        return f"{parent}.{heading.number}" if parent else f"{part}.0.{heading.number}"
    if "名词解释" in part_title:
        return f"4.{heading.number}"
    if part == 0:
        return _first(TOPIC_HEADINGS, heading.text) or f"0.{heading.number}"
    if "名词解释" in heading.text:
        return SectionKey.GLOSSARY
    if "概况" in part_title:
        return _first(PART1, heading.text) or f"{part}.{heading.number}"
    if re.search(r"说明", part_title):  # the explanations, whichever part holds them (Hunan: the first)
        return _first(PART3, heading.text) or _first(PART1, heading.text) or f"3.{heading.number}"
    if part == 1:
        return _first(PART1, heading.text) or f"{part}.{heading.number}"
    if part == 3:
        return _first(PART3, heading.text) or f"3.{heading.number}"
    return f"{part}.{heading.number}"


# "…办公费、水电费、公务接待费、工会经费…等日常公用经费": the items of 公用经费, among them a “三公” item, name no topic
_COSTS_LIST_END = re.compile(r"等(?:日常)?公用经费")
_CLAUSE_MARKS = "，,。；;：:"
COSTS_LIST_REACH = 200  # characters a list of 公用经费's items reaches back from its 等…公用经费


def _without_costs_lists(paragraph: str) -> str:
    """The paragraph without its lists of 公用经费's items (each from its clause's start, at most
    COSTS_LIST_REACH characters back, to its 等…公用经费): one look back per list, not per character."""
    pieces, kept = [], 0
    for m in _COSTS_LIST_END.finditer(paragraph):
        start = max(kept, m.start() - COSTS_LIST_REACH)
        start = max([paragraph.rfind(mark, start, m.start()) + 1 for mark in _CLAUSE_MARKS] + [start])
        pieces.append(paragraph[kept:start])
        kept = m.end()
    return "".join(pieces) + paragraph[kept:]


def topic_key(paragraph: str) -> str | None:
    """The section a paragraph under no heading belongs to by its words: the topic it names most
    (the first named on a tie), or None."""
    k = key(_without_costs_lists(paragraph) if "公用经费" in paragraph else paragraph)
    best: tuple[int, int, str] | None = None
    for sec, pattern in TOPIC_PARAGRAPHS:
        hits = list(re.finditer(pattern, k))
        if hits and (best is None or (len(hits), -hits[0].start()) > best[:2]):
            best = (len(hits), -hits[0].start(), sec)
    return best[2] if best else None
