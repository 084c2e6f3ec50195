"""What a published document is — kind, scope, extent, layout family — from what its reader found.

`detect_profile(evidence)` is pure: it looks at the document's title, the table titles in its body
and in its contents, the canonical tables read, the section keys and the words of its text. Every
test is a general way Chinese budget documents are written:

- **kind**: the title says 预算 or 决算; else the tables' titles; else the words, by year: a 决算
  speaks of its own year's 决算 (and of that year's 年初预算), a budget speaks of last year's 决算 at
  most, so the kind named with the latest year wins, and 决算 wins a tie ("2023年预算数…决算数");
  else the words of each ("决算数", "完成年初预算", "低于预算数" against "预算安排", "比上年预算"); else
  a page dated after its year is over is a 决算.
- **scope**: 本级 when the page is about a government's own level ("市本级“三公”经费", "经汇总，本级…");
  汇总 when it sums a government's departments or levels ("…决算汇总情况", "区级部门", "各乡（镇）、
  县本级"), but not a department's own 汇总 ("部门汇总数"); 单位 when it calls itself a 单位预算/决算
  more than a 部门预算/决算; else 部门.
- **extent**: a whole disclosure prints the tables of its template (or its part of tables) and
  explains them; a page whose contents promise the whole but whose body stops after a table or two
  is a part; tables without explanations are "tables" (the “三公” table alone, a 三公 page); explanations of which “三公”经费 and
  机关运行经费 are not the most are 情况说明; else a page about “三公”经费 (or about 机关运行经费,
  行政经费, when it names them first) is that part.
- **layout**: the family (model/layouts.py) whose own table names and typical headings the
  document (body and contents) shows most; the national template on a tie; a 决算 in the 决算
  template's words is the 决算 family; a part that shows no family is an excerpt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Section, TableId
from yusuan.model.layouts import BY_ID, DEFAULT_FOR_KIND, FAMILIES, FINAL_ACCOUNTS, FINAL_PARTS, LayoutFamily
from yusuan.model.profile import DocumentProfile, DocumentScope, Extent, Layout
from yusuan.model.sections import SectionKey
from yusuan.readers.published.grid_notes import THREE_PUBLIC_FINAL_TITLE, THREE_PUBLIC_TITLE
from yusuan.readers.published.normalize import key, nfkc
from yusuan.readers.published.titles import TitleMatch, match_title

B, F = DocumentKind.BUDGET, DocumentKind.FINAL


@dataclass
class Evidence:
    """What the assembler saw, for the profile."""

    title_kind: DocumentKind | None = None  # the kind the document's title names
    year: int | None = None  # the year the document is about
    titles: list[TitleMatch] = field(default_factory=list)  # table titles in the body
    contents: list[str] = field(default_factory=list)  # lines of the contents (目录)
    tables: set[TableId] = field(default_factory=set)  # canonical tables read
    sections: list[Section] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # title lines and other lines outside sections
    parts: list[str] = field(default_factory=list)  # headings of parts (第X部分) in the body

    def text(self) -> str:
        parts = [*self.lines, *(s.heading for s in self.sections),
                 *(p.text for s in self.sections for p in s.paragraphs)]
        return re.sub(r"\s+", "", nfkc("\n".join(parts)))  # punctuation kept: it bounds clauses


def detect_profile(e: Evidence, text: str | None = None) -> DocumentProfile:
    """`text`: `e.text()` where the caller has it already."""
    text = e.text() if text is None else text
    kind = detect_kind(e, text)
    extent = detect_extent(e, text, kind)
    return DocumentProfile(kind=kind, scope=detect_scope(e, text), extent=extent,
                           layout=detect_layout(e, text, kind, extent))


# -- kind ---------------------------------------------------------------------------------------
# 预算 that names a kind of money or a baseline, not the document: 一般公共预算, 年初预算, 预算数 …
# (预决算, both together, is a site's column or a subject, "政府预决算", "预决算公开": neither kind.)
_NOT_KIND = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算|年初预算|全年预算|调整预算|预算数|预算单位|预算部门"
                       r"|预算法|预算管理|部门预算经济分类|预算绩效|预算经济分类|预算拨款|预决算"
                       r"|预算执行情况")  # "…决算草案和2016年上半年预算执行情况的报告": the execution, not a budget
# a year and the kind of figure its clause states; the “三公” items named together may stand between
# ("2010年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数…、决算数…")
_YEAR_KIND = re.compile(r"(20\d{2})年度?([^。；;，,：:]{0,60}?)(决算|预算)")
# 决算/预算 right before an amount ("决算总额2771万元", "预算79.69亿元") names what the amount is; not
# before a year ("政府预决算2017年…" where a breadcrumb runs into the title)
_FINAL_WORDS = re.compile(r"决算数|支出决算|决算(?:总额|总数|合计)?为?(?!20\d{2}年)\d|完成年初预算|完成预算|年初预算为|决算支出|决算情况"
                          r"|(?:高于|低于|大于|小于|等于|超过|超出)(?:年初)?预算")
_DATE = re.compile(r"(20\d{2})(?:-|/|\.|年)(\d{1,2})(?:-|/|\.|月)(\d{1,2})")
_BUDGET_WORDS = re.compile(r"预算安排|预算情况|预算总计|预算为|安排预算|比上年预算|较上年预算|年预算|预算(?:总额|总数|合计)?(?!20\d{2}年)\d"
                           r"|(?:上年|20\d{2}年)预算执行数")  # a budget compares with last year's execution


# A report on months of the year ("1-5月，全县完成…", "4月，…累计完成", "2月份，…") follows the budget in execution:
# what it has completed of the budget so far says nothing of final accounts (those cover a whole year)
_MONTHS_OF_THE_YEAR = re.compile(r"(?<![\d年])(?:1[-—~至])?(?:[1-9]|1[01])月份?[,，]")
_COMPLETED = re.compile(r"完成(?:年初|全年)?预算")
_EXECUTION_REPORT = re.compile(r"预算执行情况(?:和|与|及)|预算草案的报告")


def detect_kind(e: Evidence, text: str) -> DocumentKind:
    if e.title_kind is not None:
        return e.title_kind
    canonical = [t for t in e.titles if t.table_id is not None]
    if canonical:
        finals = sum(t.kind == F for t in canonical)
        if finals != len(canonical) - finals:
            return F if finals > len(canonical) / 2 else B
    cleaned = _NOT_KIND.sub("#", text)
    latest: dict[DocumentKind, int] = {}
    for m in _YEAR_KIND.finditer(cleaned):
        k = F if m.group(3) == "决算" else B
        latest[k] = max(latest.get(k, 0), int(m.group(1)))
    if len(latest) == 2:
        return F if latest[F] >= latest[B] else B
    final_text = text.replace("预决算", "#")  # 预决算 (a site's menu "财政预决算") names both kinds, neither alone
    if _EXECUTION_REPORT.search(text) and "决算" not in final_text:
        # "关于…2025年预算执行情况和2026年预算草案的报告": the year's execution, reported with the next budget, is
        # no 决算 though it says "完成年初预算的95.30%" as one does
        return B
    if _MONTHS_OF_THE_YEAR.search(text):
        final_text = _COMPLETED.sub("#", final_text)  # "1-5月…完成年初预算的43.2%": the budget in execution
    finals, budgets = len(_FINAL_WORDS.findall(final_text)), len(_BUDGET_WORDS.findall(cleaned))
    if finals or budgets:
        return F if finals >= budgets else B
    if latest:
        return next(iter(latest))
    # Published after its year is over (a page's date): final accounts; a budget comes out by its first months.
    if e.year and any(int(m.group(1)) > e.year for line in e.lines for m in _DATE.finditer(line)):
        return F
    return B


# -- scope --------------------------------------------------------------------------------------
# A government's levels together: its towns with its own level, its departments at one level.
_ACROSS_LEVELS = re.compile(r"各(?:乡|镇|街道)(?:\(镇\))?[、和及与](?:县|区|市|镇|乡)?本级|(?:县|区|市)本级[、和及与]各(?:乡|镇|街道)")
_OWN = re.compile(r"(?:市|县|区|镇|乡|州|旗|省|自治区)本级(?:20\d{2}年度?)?[\"“”]?(?:部门|一般公共预算|三公|预算|决算|财政拨款)"
                  r"|汇总[,，]?(?:20\d{2}年度?)?本级")
_CONSOLIDATED = re.compile(r"(?<!部门)(?<!单位)(?<!在内的)汇总(?!表|预算)|(?:市|县|区)级(?:各)?部门(?!预算|决算)"
                           r"|(?:全区|全县|全市|全镇|全乡|全旗)(?:20\d{2}年度?)?(?:的)?(?:一般公共预算)?[\"“”]?(?:三公|财政拨款|各部门)")
_DEPARTMENT = re.compile(r"部门预算|部门决算|部门概况")
_UNIT = re.compile(r"单位预算|单位决算|单位概况")
# a school's or a hospital's own budget, though its template calls it 部门预算 ("黄石市第七中学2023年部门预算公开",
# r521, r526, r529), and a title that calls the page a 单位's ("怀远县水利局单位2025年一般公共预算", r522)
_OWN_UNIT = re.compile(r"(?:中学|小学|学校|中心校|幼儿园|医院|卫生院|学院)20\d{2}年度?(?:部门|单位)?(?:预算|决算)"
                       r"|单位20\d{2}年度?(?:一般公共预算|预算|决算)")


# A definition says what a word means, not what the page covers: "“三公”经费，是指区级部门用财政拨款安排的…",
# "“三公”经费预算数：指区级各部门（含下属单位）…" (the page may be one department's).
_DEFINITION = re.compile(r"(?:是指|系指|[:：]指)[^。]*")


# A government's own accounts, not a department's: its 决算草案, 财政决算, the 政府预决算 of a district, the
# general budget's revenue of a whole town or county, its tax revenue, or its 财政总收入 / 大口径财政收入 (what it collects,
# 上划 shares included: "全县实现大口径财政收入5682万元", "全縣完成財政總收入4348萬元"); of all its levels
# when 全市/全区/全县/全省 speaks.
_GOVERNMENT_ACCOUNTS = re.compile(r"决算草案|财政决算|财政总决算|财政收支决算|政府预决算|政府决算"
                                  r"|预算执行情况(?:和|与|及)|预算草案的报告"  # the report to the 人代会 on the budget
                                  r"|全(?:市|区|县|镇|乡|旗|省)(?:20\d{2}年)?一般(?:公共预算|财政公共)(?:总)?收入"
                                  r"|全(?:市|区|县|镇|乡|旗|省)(?:20\d{2}年)?(?:实现|完成|累计完成)?(?:的)?"
                                  r"(?:财政总收入|大口径财政收入)"
                                  r"|税收收入")  # a department collects no taxes: "其中：税收收入8103万元…" is a government's
_ALL_LEVELS = re.compile(r"全(?:市|区|县|省|旗)")


def detect_scope(e: Evidence, text: str) -> DocumentScope:
    text = _DEFINITION.sub("。", text)
    if _OWN.search(text) and not _ACROSS_LEVELS.search(text):
        return DocumentScope.OWN
    if _CONSOLIDATED.search(text) or _ACROSS_LEVELS.search(text):
        return DocumentScope.CONSOLIDATED
    if _GOVERNMENT_ACCOUNTS.search(text) and not _DEPARTMENT.search(text):
        return DocumentScope.CONSOLIDATED if _ALL_LEVELS.search(text) else DocumentScope.OWN
    if len(_UNIT.findall(text)) > len(_DEPARTMENT.findall(text)) or _OWN_UNIT.search(text):
        return DocumentScope.UNIT
    return DocumentScope.DEPARTMENT


# -- extent -------------------------------------------------------------------------------------
_THREE = re.compile(r"三公|因公出国|公务接待|公务用车")
_OPERATING = re.compile(r"运行经费|行政经费")
# Subjects of the explanations other than 三公 and 机关运行经费.
_SUBJECTS = (r"收入总计|收入合计|本年收入|收入预算|收入决算", r"支出总计|支出合计|本年支出|支出预算|支出决算",
             r"基本支出", r"项目支出", r"政府性基金", r"国有资本经营", r"政府采购", r"国有资产",
             r"绩效", r"主要职能|主要职责|职能职责|机构设置|人员情况|编制")
_TEMPLATE_SECTIONS = re.compile(r"^(1\.[12]|3\.[1-9]|3\.11\.[234]|4)$")
WHOLE_TABLES = 4  # canonical tables in the body of a whole disclosure (or of its tables part)
_TABLES_PART = re.compile(r"(表|表格|报表)$")  # "第二部分 2023年部门预算公开表"


def detect_extent(e: Evidence, text: str, kind: DocumentKind = B) -> Extent:
    body_tables = {t.table_id for t in e.titles if t.table_id is not None} | e.tables
    prose: dict[str, int] = {}
    for s in e.sections:
        prose[s.key.split("#")[0]] = prose.get(s.key.split("#")[0], 0) + sum(len(p.text) for p in s.paragraphs)
    prose.pop(SectionKey.GLOSSARY, None)  # a glossary explains words, not this document's figures
    total = sum(prose.values())
    subjects = sum(1 for pattern in _SUBJECTS if re.search(pattern, text))
    tables_part = any(_TABLES_PART.search(key(p)) for p in e.parts)
    # A heading "第二部分 …公开表" (also a contents line read as one) makes a whole disclosure only when
    # the body holds most of what the template explains: a stored page cut off after its first table
    # is a fragment, whatever its contents promise.
    family = DEFAULT_FOR_KIND[kind]
    explains_most = 2 * len({k for k, n in prose.items() if n} & set(family.sections)) > len(family.sections)
    # Titles of tables the page does not hold (no table read under any: images, or a page cut off) with prose
    # that explains little of the template: the contents of a fragment, not a whole disclosure.
    titles_only = not e.tables and not explains_most
    if not titles_only and (len(body_tables) >= WHOLE_TABLES or (tables_part and body_tables and explains_most)):
        explained = total >= 300 and (subjects >= 3 or len(prose) >= 3)
        return Extent.WHOLE if explained or tables_part else Extent.TABLES
    # Tables whose prose explains no figure (概况 describes the department): the tables part, or a
    # “三公” page when its one table is the “三公” table.
    if body_tables and not sum(n for k, n in prose.items() if not k.startswith("1.")):
        return Extent.THREE_PUBLIC if body_tables == {TableId.T10} else Extent.TABLES
    template = {k for k, n in prose.items() if n and _TEMPLATE_SECTIONS.match(k) and k not in (SectionKey.THREE_PUBLIC, SectionKey.OPERATING_COSTS)}
    focused = sum(n for k, n in prose.items() if k.startswith((SectionKey.THREE_PUBLIC, SectionKey.OPERATING_COSTS)))
    if len(template) >= 3 or not total or focused < total / 2:
        return Extent.EXPLANATIONS
    # which the page names first — in its own words, not in the 表10 title the reader gave an untitled table
    own = key(text)
    for inserted in (THREE_PUBLIC_TITLE, THREE_PUBLIC_FINAL_TITLE):
        own = own.replace(key(inserted), "")
    three, operating = _THREE.search(own), _OPERATING.search(own)
    if operating and (three is None or operating.start() < three.start()):
        return Extent.OPERATING_COSTS
    return Extent.THREE_PUBLIC


# -- layout -------------------------------------------------------------------------------------
_FINAL_TEMPLATE = re.compile(r"收入支出决算总体情况|收入决算情况|支出决算情况|财政拨款收入支出决算总体情况"
                             r"|一般公共预算财政拨款支出决算情况|一般公共预算财政拨款基本支出决算情况")


def _names(titles: Iterable[TitleMatch]) -> set[str]:
    return {key(t.alias) for t in titles}


def family_score(family: LayoutFamily, names: set[str], text: str) -> int:
    """How much of a family the document shows: its own table names, and its typical words."""
    own = {key(n) for t in family.tables for n in t.names}
    return len(names & own) + sum(1 for m in family.markers if key(m) in text)


def detect_layout(e: Evidence, text: str, kind: DocumentKind, extent: Extent) -> Layout:
    contents = [t for line in e.contents if (t := match_title(re.sub(r"[.…·。]{2,}.*$", "", line)))]
    if kind == F:
        # the template's section headings in the text, or its tables in the page's contents (a part
        # whose contents list 收入支出决算总表, 收入决算表 … is of the template, as a budget's part is of its family)
        listed = _names(contents) & {key(n) for t in FINAL_ACCOUNTS.tables for n in t.names}
        if extent in (Extent.WHOLE, Extent.TABLES) or len(set(_FINAL_TEMPLATE.findall(text))) >= 2 or len(listed) >= 2:
            words = key(text + "".join(e.contents))
            return next((Layout(region) for region, parts in FINAL_PARTS.items()
                         if all(key(p) in words for p in parts)), Layout.FINAL)
        return Layout.EXCERPT
    names = _names(e.titles) | _names(contents)
    text_all = key(text + "".join(e.contents))
    scores = {f.id: family_score(f, names, text_all) for f in FAMILIES if f.kind == B}
    best = max(scores.values())
    national = scores[Layout.NATIONAL]
    if best == 0:
        return Layout.NATIONAL if extent == Extent.WHOLE else Layout.EXCERPT
    if extent != Extent.WHOLE and best < 2:
        return Layout.EXCERPT  # one title or word shared with a family does not make a part that family's
    if national == best:
        return Layout.NATIONAL
    return next(f for f, s in scores.items() if s == best and f in BY_ID)
