"""The published document as an ordered list of blocks, shared by every page-like writer.

cover → contents → 第一部分 概况 → 第二部分 the ten tables → 第三部分 explanations (with the
项目支出绩效目标表 after (四) 预算绩效情况) → 第四部分 名词解释 → signature → the appendix (与原公开文件的
差异, when the data corrects a publication). The HTML, PDF and DOCX writers walk the same blocks,
so they print the same document; the workbook takes its tables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

from yusuan.model.disclosure import Disclosure, Section
from yusuan.model.numerals import chinese_number
from yusuan.model.sections import PART_TITLES, SECTION_SPEC, SectionKey
from yusuan.writers.corrections import TITLE, corrections_grid, introduction
from yusuan.writers.grid import PrintedTable
from yusuan.writers.performance import performance_grid
from yusuan.writers.table_layout import table_grids


@dataclass
class Heading:
    kind: ClassVar[str] = "heading"
    level: int  # 1 part, 2 section or table, 3 sub-section
    text: str
    anchor: str
    new_page: bool = False


@dataclass
class Para:
    kind: ClassVar[str] = "para"
    text: str


@dataclass
class TableBlock:
    kind: ClassVar[str] = "table"
    grid: PrintedTable
    anchor: str
    new_page: bool = True


@dataclass
class ContentsEntry:
    level: int
    text: str
    anchor: str


@dataclass
class Outline:
    title: str  # 昌吉市人大常委会办公室2023年预算公开
    department: str
    year: int
    date: str | None  # 2023年1月20日
    publish_date: dt.date | None = None
    contents: list[ContentsEntry] = field(default_factory=list)
    blocks: list[Heading | Para | TableBlock] = field(default_factory=list)
    appendix: list[Heading | Para | TableBlock] = field(default_factory=list)  # after the signature

    @property
    def tables(self) -> list[TableBlock]:
        return [b for b in [*self.blocks, *self.appendix] if isinstance(b, TableBlock)]


def date_text(d: dt.date | None) -> str | None:
    return f"{d.year}年{d.month}月{d.day}日" if d else None


def _anchor(key: str) -> str:
    return "s-" + key.replace(".", "-")


def _level(section: Section) -> int:
    return 2 if section.key.count(".") <= 1 else 3


def outline(d: Disclosure, publish_date: dt.date | None = None) -> Outline:
    dept, year = d.department, d.year
    o = Outline(title=f"{dept}{year}年{d.kind.value}公开", department=dept, year=year, date=date_text(publish_date),
                publish_date=publish_date)
    by_part: dict[int, list[Section]] = {1: [], 3: [], 4: []}
    for s in d.sections:
        spec = SECTION_SPEC.get(s.key) or SECTION_SPEC.get(s.key.rsplit(".", 1)[0])
        part = spec.part if spec else 3
        by_part.setdefault(part, []).append(s)
    grids = table_grids(d)

    def part(n: int) -> None:
        text = PART_TITLES[n].format(dept=dept, year=year)
        o.contents.append(ContentsEntry(1, text, f"part-{n}"))
        o.blocks.append(Heading(1, text, f"part-{n}", new_page=True))

    def sections(items: list[Section]) -> None:
        for s in items:
            if s.key != SectionKey.GLOSSARY:  # 第四部分 is its own heading
                o.blocks.append(Heading(_level(s), s.heading, _anchor(s.key)))
                if _level(s) == 2:
                    o.contents.append(ContentsEntry(2, s.heading, _anchor(s.key)))
            o.blocks += [Para(p.text) for p in s.paragraphs]
            if s.key == SectionKey.PERFORMANCE:
                for n, p in enumerate(d.performance, 1):
                    o.blocks.append(TableBlock(performance_grid(p, n, year, d.unit), f"perf-{n}",
                                               new_page=n > 1))

    part(1)
    sections(by_part[1])
    part(2)
    for n, g in enumerate(grids, 1):
        anchor = f"table-{g.key}"
        o.contents.append(ContentsEntry(2, f"{chinese_number(n)}、{g.title}", anchor))
        o.blocks.append(TableBlock(g, anchor, new_page=n > 1))
    part(3)
    sections(by_part[3])
    part(4)
    sections(by_part[4])
    if d.corrections is not None and d.corrections.items:
        text = f"附：{TITLE}"
        o.contents.append(ContentsEntry(1, text, "corrections"))
        o.appendix += [Heading(1, text, "corrections", new_page=True), Para(introduction(d.corrections)),
                       TableBlock(corrections_grid(d.corrections), "corrections-table", new_page=False)]
    return o
