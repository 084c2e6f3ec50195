"""Blocks (text lines and grids) → Disclosure, the same for every published format.

Walks the document once: skips the contents (目录), follows parts and section headings, notes
table titles, units (单位：万元) and 编制部门 lines, gives each grid to the title above it, joins
a grid at the top of a page to the table before it (tables continued across pages), attaches
备注/注 lines to their table; then builds the tables and reads the stated figures.

Text under no heading (standalone pages, excerpts) is kept: each run of such paragraphs becomes a
section keyed by its words (a paragraph about “三公” under the 三公 key, `sections.topic_key`) or
`UNHEADED`. Then the profile says what the document is (`profile.py`); only a page without budget
words and amounts is refused. Notes about tables missing are for whole disclosures, against the
tables of their own layout family.
"""

from __future__ import annotations

import re

from yusuan.catalog.catalog import Catalog
from yusuan.errors import InputError
from yusuan.model.budget import CORRECTIONS_TITLE, DocumentKind
from yusuan.model.disclosure import Disclosure, Location, Overview, Paragraph, Section
from yusuan.model.layouts import TABLE_TITLES, Need, family_for
from yusuan.model.profile import DocumentScope
from yusuan.model.sections import UNHEADED, SectionKey
from yusuan.money import MoneyUnit
from yusuan.readers.published import statements as st
from yusuan.readers.published.beside import beside, join_beside
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.findings import ExtractResult, Findings, file_problem
from yusuan.readers.published.grid_notes import money_unit
from yusuan.readers.published.grid_to_table import PendingTable, TableBuilder
from yusuan.readers.published.header import is_data_row
from yusuan.readers.published.inferred_grid import misread
from yusuan.readers.published.normalize import PAGE_NUMBER, SENTENCE_END, clean, key, prose
from yusuan.readers.published.numbers import is_amount
from yusuan.readers.published.performance import read_performance
from yusuan.readers.published.profile import Evidence, detect_kind, detect_profile, detect_scope
from yusuan.readers.published.sections import Heading, parse_heading, section_key, topic_key
from yusuan.readers.published.titles import TitleMatch, continued_table_number, is_table_number, match_title
from yusuan.readers.published.wrapping import wrapped_run

_UNIT = re.compile(r"(?:金额)?单位[:：]\s*(万元|亿元|元|万(?![\u4e00-\u9fff]))")  # ("单位：万": 万元)
_APPENDIX = re.compile(rf"^(附[:：]?)?{CORRECTIONS_TITLE}$")
HELD_MAX = 8  # lines of a paragraph above its first body line, at most (more is no paragraph's start)
RETOPIC_CHARS = 2000  # a paragraph under no heading is given its topic again as it grows, up to this length
_DEPT = re.compile(r"编制(?:部门|单位)[:：]\s*(.+?)(?:\s*(?:金额)?单位[:：].*)?$")
_NOTE = re.compile(r"^(备注|注|说明)\s*[:：\d]")
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元|万)")
_BUDGET_WORDS = re.compile(r"预算|决算|三公|经费|财政拨款|支出|收入")
# amounts stated once in a unit for all of them: "金额单位:万元 … 一般公共预算财政拨款收入 1 4,627.57" (r721, a table
# run into text by OCR), then at least two amounts with decimals after it
_STATED_UNIT = re.compile(r"单位\s*[:：]\s*(?:万元|元|亿元)")
_DECIMAL_AMOUNT = re.compile(r"\d[\d,]*\.\d+")


def _unit_then_amounts(words: str) -> bool:
    """A unit stated once, then two amounts with decimals after it. (The first statement has the most text
    after it; one pattern "单位：万元(.*?amount){2}" tried from every statement would be quadratic.)"""
    unit = _STATED_UNIT.search(words)
    if unit is None:
        return False
    amounts = _DECIMAL_AMOUNT.finditer(words, unit.end())
    return next(amounts, None) is not None and next(amounts, None) is not None


# the words a heading of a budget document ends with: after them a line is the text, not the heading's rest
_HEADING_ENDS = ("说明", "情况", "职能", "构成", "设置", "解释", "事项", "概况", "目录", "表", ")", "）")


def _complete_heading(heading: str) -> bool:
    return clean(heading).endswith(_HEADING_ENDS)


class Assembler:
    def __init__(self, source: Source, catalog: Catalog, findings: Findings):
        self.source, self.catalog, self.findings = source, catalog, findings
        self.preamble: list[str] = []
        self.toc = False
        self.toc_first: str | None = None
        self.toc_part: int | None = None
        self.level1: str | None = None  # key of the current "一、" section
        self.part = 0
        self.part_title = ""
        self.part_title_pending = False
        self.sections: list[Section] = []
        self._used_keys: set[str] = set()  # the sections' keys (new_section)
        self._free_from: dict[str, int] = {}  # a key → the first number whose "key#n" may be free (1: the key)
        self.section: Section | None = None
        self.pending: list[PendingTable] = []
        self.open_table: PendingTable | None = None  # awaiting its grid, or continuable
        self.continuing = False  # the open table was reopened by its "（续）" title: its next grid continues it
        self.number: str | None = None  # the last numbering line ("表2"), for the title under it
        self.unit: MoneyUnit | None = None  # unit line seen before the table's grid
        self.department: str | None = None
        self.untitled = 0
        self.previous = ""  # key of the previous line ("目" then "录")
        self.other_lines: list[str] = []  # titles and stray lines: where a year may show when nothing else says it
        self.contents: list[str] = []  # the lines of the contents (目录): the tables a part was cut from
        self.unheaded = False  # the current section holds text under no heading
        self.heading_open = False  # the last line was the current section's heading (it may wrap)
        self.parts: list[str] = []  # headings of parts (第X部分) in the body
        self.appendix = False  # past "附：与原公开文件的差异": a built document's note on its source, not its text
        self.lines_seen = 0
        # lines above the first text that are no body on their own ("按照…经汇总，2024年一般公共" of a wrapped
        # PDF line): the first lines of a paragraph when the next line continues them; with the number of
        # the last one, so that only the line right after can claim them
        self.held: list[tuple[str, TextLine]] = []
        self.held_at = -1
        self.para_default: str | None = None  # where the open unheaded paragraph goes when its words name no topic

    # -- walking --------------------------------------------------------------------------
    def run(self) -> ExtractResult:
        last: Grid | None = None  # the grid the document ends with, if it does
        for block in self.source.blocks:
            if self.appendix:
                break
            if isinstance(block, Grid):
                self.grid(block)
                last = block if block.rows else last
            else:
                self.line(block)
                if clean(block.text) and not PAGE_NUMBER.match(clean(block.text)):
                    last = None
        if last is not None and self.pending and ends_mid_row(last) and self.pending[-1].grid.rows \
                and [c.text for c in self.pending[-1].grid.rows[-1]] == [c.text for c in last.rows[-1]]:
            self.pending[-1].cut_off = True
        return self.finish()

    def line(self, line: TextLine) -> None:
        self.lines_seen += 1
        text = clean(line.text)
        if not text or PAGE_NUMBER.match(text):
            return
        if not self.toc and (self.sections or self.pending) and _APPENDIX.match(key(text)):  # the contents list it too
            self.appendix = True
            return
        if len(self.other_lines) < 400:
            self.other_lines.append(text)
        k = key(text)
        if self.toc:
            entry = re.sub(r"[.…·。]{2,}.*$", "", text)  # without dot leaders and page number
            h = parse_heading(entry)
            if self.toc_first is None:
                self.contents.append(entry)
                # the first entry, whose second printing ends the contents — not a date or a site's line
                # under 目录 ("公开时间:2025年10月15日"), which the body never prints again
                if h is not None or match_title(entry) or not re.search(r"\d{4}[-年/.]\d{1,2}", entry):
                    self.toc_first = key(entry)
                    self.toc_part = h.number if h and h.level == 0 else None
                return
            # the first entry again, as a heading of the body: the contents ended
            again = key(entry) == self.toc_first and entry == text \
                or (h is not None and h.level == 0 and h.number == self.toc_part)
            # a contents line; a long line, a sentence or the body's own printing of an entry (the
            # department's name before the entry's words, its number left out) is the body: the contents ended
            # a list of the tables' titles, each closed by the list's mark ("1、2025年部门收支总体情况表；" …
            # "10、2025年整体支出绩效目标表。"), is entries still
            listed = entry.endswith(("；", ";", "。")) and (entry[:-1].endswith("表") or bool(match_title(entry[:-1])))
            if not again and len(entry) <= 60 and (not entry.endswith(SENTENCE_END) or listed) \
                    and (h is not None or match_title(entry) or listed or self.contents_heading(entry) is None):
                self.contents.append(entry)
                return
            self.toc = False
        if k.strip("()（）") == "目录" or (k == "录" and self.previous == "目"):  # "目录", "(目录)"
            self.toc = True
            return
        self.previous = k
        if k == "目":
            return
        if self.part_title_pending:
            if not parse_heading(text) and not match_title(text) and len(self.part_title + text) <= 48 \
                    and not text.endswith("。"):
                self.part_title += text  # "第一部分" / "上海市普陀区财政局概况"; "…决算情况" / "说明"
                if "名词解释" in self.part_title and self.section is None:
                    self.new_section(SectionKey.GLOSSARY, "第四部分 名词解释")
                return
            self.part_title_pending = False
        if line.continues and self.heading_open and self.section is not None and not self.section.paragraphs \
                and (not _complete_heading(self.section.heading) or len(text) <= 8 and _complete_heading(text)) \
                and not text.endswith(SENTENCE_END):
            self.section.heading += prose(text)  # "十、关于…“三公”经费" / "预算情况说明": one heading
            return
        self.heading_open = False
        title = match_title(text)
        if title:
            self.start_table(title, line.location)
            return
        if is_table_number(text):
            self.number = key(text)
            return
        if (number := continued_table_number(text)) is not None:
            if self.pending and self.pending[-1].number == number:
                self.open_table, self.continuing = self.pending[-1], True
            return
        unit = _UNIT.search(text) if len(text) <= 60 else None
        dept = _DEPT.search(text) if len(text) <= 80 else None
        if unit or dept:
            if unit:
                self.unit = money_unit(unit.group(1))
                if self.open_table and self.open_table.grid.rows == []:
                    self.open_table.unit = self.unit
            if dept:
                self.department = dept.group(1).strip()
                if self.open_table and self.open_table.grid.rows == []:
                    self.open_table.department = self.department
            return
        heading = parse_heading(text) or self.contents_heading(text)
        if heading and not (heading.level > 0 and "名词解释" in self.part_title):
            self.heading(heading, text, line.location)
            return
        if self.open_table and self.open_table.grid.rows and (
                _NOTE.match(text) or (self.section is None and not (self.part == 0 and _is_body(text)))):
            self.open_table.notes.append(text)
            return
        if self.open_table and not self.open_table.grid.rows and len(text) < 20:
            return  # "(2023年)" between a title and its table
        self.open_table = None
        self.paragraph(text, line)

    def contents_heading(self, text: str) -> Heading | None:
        """A heading the body prints without its number, as the contents list it: "上海市普陀区文化和旅游局
        主要职能" for "一、部门主要职能", "2026年部门预算编制说明" for "四、部门预算编制说明" — the entry's
        words (its number, year and 部门 aside) end the line. Keyed as the entry."""
        if not self.contents or len(text) > 40 or re.search(r"[，,。；;：:]", text) or parse_heading(text):
            return None
        k = key(text)
        for entry in self.contents:
            h = parse_heading(entry)
            if h is None or h.level > 1 or k == key(entry):
                continue
            core = key(re.sub(r"^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)", "", clean(entry)))
            core = re.sub(r"^(20\d{2}年度?)?(部门|单位)?", "", core)
            if len(core) >= 4 and k.endswith(core):
                return Heading(h.level, h.number, entry)
        return None

    def heading(self, h: Heading, text: str, location: Location | None) -> None:
        self.open_table = None
        self.unheaded = False
        if h.level == 0:
            self.parts.append(text)
            self.part = h.number
            rest = re.sub(r"^第[一二三四五六七八九十]+部分\s*", "", text)
            self.part_title = rest
            self.part_title_pending = True
            self.section = None
            self.level1 = None
            if "名词解释" in rest:
                self.new_section(SectionKey.GLOSSARY, text)
            return
        if h.level == 2:
            if self.level1 != SectionKey.OTHER_MATTERS:
                self.paragraph(text, TextLine(text, location))
                return
            self.new_section(section_key(self.part, h, self.level1, self.part_title), text)
            self.heading_open = True
            return
        self.new_section(section_key(self.part, h, None, self.part_title), text)
        self.level1 = self.section.key if self.section else None
        self.heading_open = True

    def new_section(self, key_: str, heading: str) -> None:
        """A section under `key_`, or the first of "key_#2", "key_#3" … no section holds. The keys in use and,
        for each key, the first number that may be free are kept as sections come and go: looked for from
        the start at every heading, a page of one heading repeated took time in the square of its length."""
        n = self._free_from.get(key_, 1)
        unique = key_ if n == 1 else f"{key_}#{n}"
        while unique in self._used_keys:
            n += 1
            unique = f"{key_}#{n}"
        self._free_from[key_] = n + 1
        self._used_keys.add(unique)
        self.section = Section(key=unique, heading=prose(heading))
        self.sections.append(self.section)
        self.unheaded = False

    def remove_section(self, section: Section) -> None:
        self.sections.remove(section)
        self._used_keys.discard(section.key)
        base, _, number = section.key.partition("#")
        n = int(number) if number.isdigit() else 1
        self._free_from[base] = min(self._free_from.get(base, 1), n)

    def paragraph(self, text: str, line: TextLine) -> None:
        if self.part == 0 and (self.section is None or self.unheaded):
            if not self.sections:
                self.preamble.append(text)
            follows = bool(self.held) and self.held_at == self.lines_seen - 1 and len(self.held) < HELD_MAX and (
                line.continues or wrapped_run([h.text for _, h in self.held], line.text))
            if self.section is None and not _is_body(text):
                # a title, a date, a line of the site around the page — or the first line of a paragraph that
                # the page wrapped: the next line tells
                self.held = [*self.held, (text, line)] if follows else [(text, line)]
                self.held_at = self.lines_seen
                if len(self.held) > 1 and all(h.continues for _, h in self.held[1:]) \
                        and _is_body("".join(t for t, _ in self.held)):
                    # a PDF's paragraph none of whose lines is text alone ("根据…财政局对" / … / "…公开如下：")
                    self.release_held()
                return
            if follows:
                self.release_held()
            self.held, self.held_at = [], -1
            self.unheaded_text(text, line)
            return
        if self.section is None:
            if self.part == 2:
                return  # between tables: titles of parts, stray lines
            self.new_section(f"{self.part}.0", self.part_title)
        self.append(text, line)

    def release_held(self) -> None:
        """The held lines open a paragraph: text, and no title of the page (a wrapped first line
        "…审计署11日在其网站公布：2010年因公出国（境）费" names no year of the document)."""
        for held_text, held_line in self.held:
            self.unheaded_text(held_text, held_line)
        for held_text, _ in reversed(self.held):
            at = len(self.preamble) - 1 - self.preamble[::-1].index(held_text) if held_text in self.preamble else -1
            if at >= 0:
                del self.preamble[at]
        self.held, self.held_at = [], -1

    def unheaded_text(self, text: str, line: TextLine) -> None:
        """Text under no heading: in the section its words name (三公, 机关运行经费 …), else in the
        current one, else in the UNHEADED section."""
        current = self.section.key.split("#")[0] if self.section is not None and self.unheaded else None
        if current is not None and self.section.paragraphs and not line.continues \
                and not self.section.paragraphs[-1].text.endswith(SENTENCE_END):
            line = TextLine(line.text, line.location, continues=True)  # a line wrapped inside a paragraph
        if line.continues and self.section is not None and self.section.paragraphs:
            self.append(text, line)
            self.retopic()
            return
        self.para_default = current or UNHEADED
        target = topic_key(text) or self.para_default
        if target != current:
            self.unheaded_section(target)
        self.append(text, line)

    def unheaded_section(self, target: str) -> None:
        existing = next((s for s in self.sections if s.key == target), None)
        if existing is not None and existing.heading == "":
            self.section = existing
        else:
            self.new_section(target, "")
        self.unheaded = True

    def retopic(self) -> None:
        """The topic of a paragraph under no heading is that of all its lines, not of its first: a PDF
        wraps "…经汇总，2024年一般公共" / "预算“三公”经费支出预算为…" and a page copied as text may too."""
        assert self.section is not None
        para = self.section.paragraphs[-1]
        if len(para.text) > RETOPIC_CHARS:
            return  # its topic was told by then (and a line-by-line look at a longer one would be quadratic)
        target = topic_key(para.text) or self.para_default or UNHEADED
        if target == self.section.key.split("#")[0]:
            return
        self.section.paragraphs.pop()
        if not self.section.paragraphs and not self.section.heading:
            self.remove_section(self.section)
        self.unheaded_section(target)
        self.section.paragraphs.append(para)

    def append(self, text: str, line: TextLine) -> None:
        assert self.section is not None
        paragraphs = self.section.paragraphs
        text = prose(text)
        if line.continues and paragraphs:
            paragraphs[-1].text += text
        else:
            paragraphs.append(Paragraph(text=text, location=line.location))

    def start_table(self, title: TitleMatch, location: Location | None) -> None:
        if title.continued and self.pending and self.pending[-1].title.table_id == title.table_id:
            self.open_table = self.pending[-1]
            self.continuing = True
            return
        self.continuing = False
        number, self.number = self.number, None
        if title.table_id is not None:
            self.section = None  # the canonical tables stand outside the text sections
        self.open_table = PendingTable(title=title, location=location, grid=Grid([], False), number=number)
        self.pending.append(self.open_table)
        self.unit = None
        self.department = None

    # -- grids ----------------------------------------------------------------------------
    def grid(self, grid: Grid) -> None:
        if (self.sections or self.pending) and any(
                _APPENDIX.match(key(clean(c.text))) for row in grid.rows[:3] for c in row if c.text.strip()):
            self.appendix = True  # a workbook's sheet of the built document's differences from its source
        grid = self.leading_lines(grid)
        if not grid.rows or self.appendix:
            return
        table = self.open_table
        if table is not None and not table.grid.rows:
            table.grid = grid
            table.unit = table.unit or self.unit
            table.department = table.department or self.department
            return
        if table is not None and beside(table.grid, grid):
            # the rest of the table's columns, on the next page (a sheet printed without fitting its width)
            table.grid = join_beside(table.grid, grid)
            return
        if table is not None and (grid.page_top or not grid.spans_known or self.continuing):
            # a grid at the top of a page, or under "表N（续）" and its 编制单位/单位 lines (a page may
            # hold only the total row that did not fit on the one before)
            table.grid = join(table.grid, grid)
            self.continuing = False
            return
        self.untitled += 1
        if self.section is not None:
            # a small table inside the text (the units of 部门决算单位构成): kept as text lines
            for row in grid.rows:
                cells = list(dict.fromkeys(c for c in row if c.text.strip()))
                if cells:
                    self.paragraph(" ".join(clean(c.text) for c in cells), TextLine("", cells[0].where()))
            return
        self.findings.add("table.untitled", "未找到表格标题的表格，未提取", grid.location)

    def leading_lines(self, grid: Grid) -> Grid:
        """Title, unit and 编制部门 rows that a DOCX/XLSX/HTML table carries inside itself."""
        rows = list(grid.rows)
        while rows:
            texts = list(dict.fromkeys(c.text.strip() for c in rows[0] if c.text.strip()))
            if len(texts) == 1 and (match_title(texts[0]) or _UNIT.search(clean(texts[0]))
                                    or _DEPT.search(clean(texts[0])) or is_table_number(texts[0])):
                self.line(TextLine(texts[0], rows[0][0].where()))
                rows.pop(0)
                continue
            if len(texts) == 2 and all(_UNIT.search(clean(t)) or _DEPT.search(clean(t)) for t in texts):
                for t in texts:
                    self.line(TextLine(t, rows[0][0].where()))
                rows.pop(0)
                continue
            break
        if len(rows) == len(grid.rows):
            return grid
        return Grid(rows, grid.spans_known, grid.location, grid.col_edges, grid.page_top, grid.open_end, grid.inferred)

    # -- result ---------------------------------------------------------------------------
    def finish(self) -> ExtractResult:
        dept, year, title_kind = st.document_title(self.preamble)
        titles = [p.title for p in self.pending]
        if year is None:
            year = st.year_of_text(self.preamble + [s.heading for s in self.sections] + self.other_lines)
        evidence = Evidence(title_kind, year, titles, self.contents, set(), self.sections,
                            self.preamble[:8] + self.other_lines, self.parts)
        text = evidence.text()  # once: the tables read below change only evidence.tables
        kind = detect_kind(evidence, text)
        if dept is None:
            dept = next((p.department for p in self.pending if p.department), None) \
                or st.heading_name(self.parts + self.contents + [s.heading for s in self.sections]) \
                or next((n for s in self.sections[:1] if not s.heading
                         if (n := st.unheaded_title([p.text for p in s.paragraphs]))), None) \
                or st.opening_name([p.text for s in self.sections for p in s.paragraphs[:3]]) \
                or st.self_introduced([p.text for s in self.sections[:2] for p in s.paragraphs]) \
                or st.self_described([p.text for s in self.sections[:2] for p in s.paragraphs]) \
                or next((n for s in self.sections if s.key == SectionKey.ORGANISATION
                         if (n := st.named_in_organisation([p.text for p in s.paragraphs]))), None) \
                or st.publisher(self.preamble + self.other_lines)
        if not dept and detect_scope(evidence, text) not in (DocumentScope.OWN, DocumentScope.CONSOLIDATED):
            self.findings.add("document.department", "未能从标题识别部门名称")  # a government's page has none
        if year is None:
            self.findings.add("document.year", "未能识别文件年度，按 0 处理")
        builder = TableBuilder(self.catalog, year or 0, kind, self.findings)
        tables = []
        performance = []
        for p in self.pending:
            if p.title.table_id is None:
                if "项目" in p.title.alias and "绩效目标表" in p.title.alias and p.grid.rows:
                    if (targets := read_performance(p, self.findings)) is not None:
                        performance.append(targets)
                    continue
                self.findings.add("table.unsupported", f"暂不支持提取“{p.title.title}”", p.location)
                continue
            if not p.grid.rows:
                self.findings.add("table.no_grid", f"“{p.title.title}”下没有可识别的表格（如无框线的表格，此类版式暂不支持），未提取",
                                  p.location)
                continue
            before = len(self.findings)
            table = builder.build(p)
            if table is not None and p.grid.inferred \
                    and (why := misread(table, p.grid, self.findings[before:])):
                del self.findings[before:]  # what was said of its columns and rows no longer matters
                self.findings.add("table.no_grid", f"“{p.title.title}”无框线，{why}，无法可靠识别列的位置，未提取",
                                  p.location)
                continue
            if table is not None:
                tables.append(table)
        if not self.is_document(tables):
            raise InputError(self.source.path, [file_problem("不支持的文件内容：没有找到预算（决算）公开表格或章节标题",
                                                        "部门预算或决算公开文件")])
        evidence.tables = {t.id for t in tables if t.id is not None}
        profile = detect_profile(evidence, text)
        if profile.whole:
            family = family_for(profile.layout, kind)
            found = {t.id for t in tables}
            for t in family.tables:
                if t.id is not None and t.need != Need.OPTIONAL and t.id not in found:
                    self.findings.add("table.missing", f"未找到{t.id.value}（{TABLE_TITLES[t.id]}或其别名）")
        texts = {s.key: "".join(p.text for p in s.paragraphs) for s in self.sections}
        body = "".join(t for k, t in texts.items() if not k.startswith(SectionKey.GLOSSARY))
        statements = st.statements(texts, body, MoneyUnit.WAN, self.findings)
        part1 = "".join(t for k, t in texts.items() if k.startswith("1."))
        overview = Overview(
            duties=texts.get(SectionKey.DUTIES, ""),
            institutions=st.institutions(texts.get(SectionKey.ORGANISATION, part1)),
            staffing=st.staffing(texts.get(SectionKey.ORGANISATION, "")) or st.staffing(part1),
        )
        if overview.staffing is None and kind == DocumentKind.BUDGET:
            self.findings.add("statement.missing", "未在概况中找到编制数与实有人数")
        if not profile.whole:  # a part states only its own subject: nothing else is missing from it
            self.findings[:] = [f for f in self.findings if f.code != "statement.missing"]
        disclosure = Disclosure(department=dept or "", year=year or 0, kind=kind, unit=MoneyUnit.WAN,
                                source=self.source.path, overview=overview, tables=tables,
                                sections=self.sections, statements=statements, performance=performance,
                                profile=profile, title_lines=st.title_lines(self.preamble))
        return ExtractResult(disclosure, list(self.findings))

    def is_document(self, tables: list) -> bool:
        """A budget document: a disclosure's table, or text with budget words and amounts (or under the
        headings of a disclosure: an excerpt that stops before its figures)."""
        if tables or any(p.title.table_id is not None for p in self.pending):
            return True
        words = "".join([*self.preamble, *self.other_lines, *(s.heading for s in self.sections),
                         *(p.text for s in self.sections for p in s.paragraphs)])
        headed = any(s.heading for s in self.sections) or bool(self.contents) or bool(self.pending)
        return bool(_BUDGET_WORDS.search(words)) and (bool(_AMOUNT.search(words)) or headed
                                                        or _unit_then_amounts(words))


# a row of a government site's index block: a field's label, in brackets or not, then its value after "|"
# (the copied row may open with the table's own pipe: "| [ 索引号 ] | … |")
_SITE_INDEX_ROW = re.compile(r"^[|｜]?\s*[•·]?\s*[\[【]?\s*(索引号|发文字号|主题分类|体裁分类|发布机构|发文机构|发布日期|成文日期|"
                             r"有效性|时效性)\s*[\]】]?\s*[|｜]")


def _is_body(text: str) -> bool:
    """A line of running text (a sentence, or one stating an amount), not a title or a site's menu
    nor a row of its index block ("[ 索引号 ] | 1150…/2025-00047 | [ 发文字号 ] | |", however long)."""
    if _SITE_INDEX_ROW.match(text):
        return False
    return bool(_AMOUNT.search(text)) or text.rstrip().endswith(("。", "；", ";")) or len(text) >= 50


def ends_mid_row(grid: Grid) -> bool:
    """A grid whose last row holds only the start of a label while the rows above hold amounts: the
    stored page stops there ("五、经"); or a text table whose last line stops before its closing pipe."""
    if grid.open_end:
        return True
    filled = [sum(1 for c in dict.fromkeys(row) if c.text.strip()) for row in grid.rows]
    if len(filled) < 3 or filled[-1] != 1 or not grid.rows[-1][0].text.strip():
        return False
    above = filled[-4:-1]
    return min(above) >= 3 and not is_amount(grid.rows[-1][0].text)


def join(base: Grid, extra: Grid) -> Grid:
    """Append a continuation grid: its repeated header rows dropped, its columns mapped onto
    the base's by position on the page (PDF) or by index."""
    header_texts = {key(c.text) for row in base.rows[:8] for c in row if c.text.strip()}
    rows = list(extra.rows)
    while rows and not is_data_row(rows, 0) and all(
            key(c.text) in header_texts for c in rows[0] if c.text.strip()):
        rows.pop(0)
    width = base.width
    mapping = list(range(extra.width))
    if base.col_edges and extra.col_edges and len(base.col_edges) != len(extra.col_edges):
        mapping = []
        for j in range(len(extra.col_edges) - 1):
            centre = (extra.col_edges[j] + extra.col_edges[j + 1]) / 2
            i = next((i for i in range(len(base.col_edges) - 1)
                      if base.col_edges[i] <= centre < base.col_edges[i + 1]), width - 1)
            mapping.append(i)
    out = list(base.rows)
    for row in rows:
        new: list[Cell] = [Cell("") for _ in range(max(width, len(row)))]
        seen: set[int] = set()
        for j, cell in enumerate(row):
            if id(cell) in seen:
                continue
            seen.add(id(cell))
            i = mapping[j] if j < len(mapping) else j
            if new[i].text:
                new[i] = Cell(new[i].text + cell.text, new[i].location, new[i].page, new[i].box)
            else:
                new[i] = cell
        out.append(new)
    return Grid(out, base.spans_known, base.location, base.col_edges, base.page_top,
                inferred=base.inferred or extra.inferred)
