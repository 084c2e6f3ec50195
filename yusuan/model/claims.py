"""Number claims in the explanation text: what each amount, count and percentage says.

Pure text analysis of a Disclosure, shared by the check rules and `figures`.

The text of every section is normalised (NFKC, no whitespace; lines a page break cut in two are
joined) and scanned for quantities. Each amount becomes a `Claim` about its subject (the words
before it: "基本支出605.94万元"), with the modifiers that follow it in the same sentence: a share
("占71.19%"), a change against last year ("比上年预算增加66.22万元，增长12.27%") and its reason
("主要原因是…"). A "其中"/"包括" after an amount opens a list whose parts are the following amounts
(to the end of the paragraph, or over the following paragraphs when the opener ends a paragraph).
Section 3.7 is read as project blocks (项目名称, 预算安排规模, 资金分配情况 …).

Pure functions of the disclosure; the rules in this package check the claims.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Disclosure, Section
from yusuan.model.marks import Marks
from yusuan.model.once import once
from yusuan.model.quantities import quantity_key, vocabulary_key
from yusuan.model.sections import SectionKey
from yusuan.model.word_runs import run_at_end
from yusuan.money import in_wan

MONEY_UNITS = {word: in_wan(word) for word in ("万元", "元", "亿元", "万", "亿")}  # amounts are read in 万元
COUNT_UNITS = ("人次", "台(套)", "台套", "平方米", "公里", "课时", "人", "个", "辆", "台", "套", "家", "次", "名", "所",
               "户", "期", "批", "场", "村", "件", "份", "张", "间", "处", "座", "条", "头", "亩", "米", "吨", "篇",
               "册", "本", "班", "株", "只", "块", "艘", "架", "部", "宗", "组", "支", "队", "校", "园", "站", "点")
_COUNT_UNIT_SET = frozenset(COUNT_UNITS)  # membership of a unit: one hash, not a scan of the tuple
UNIT_ALT = "|".join(re.escape(u) for u in ("万元", "亿元", "元", "%", *COUNT_UNITS)) + \
    r"|[万亿](?=[,;。\n、)(]|$)"  # "807.95万,", "0.7亿。" — 万 or 亿 alone is 万元 or 亿元 where nothing follows it
# a number: with thousands separators ("1,145.52"; the comma printed half-width) or plain — not inside
# another number. Written to begin with its first digit (the look-behinds "not after a digit, a point or a
# digit and comma" then look past that digit): a pattern that begins with a digit is searched for digit by
# digit, where one that begins with a look-behind is tried at every character of the text.
# The units are tried after a look-ahead for their first characters: a number followed by none ("2023年") fails
# there at once, where the alternatives would be tried one by one at each of its digits.
_UNIT_FIRST = "".join(sorted({unit[0] for unit in ("万元", "亿元", "元", "%", *COUNT_UNITS)}))
TOKEN = re.compile(rf"(\d(?<![\d.]\d)(?<!\d,\d)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:\.\d+)?))"
                   rf"(?=[{re.escape(_UNIT_FIRST)}])({UNIT_ALT})")

DELIMS = ",;:。\n!?"


# A sentence is rarely longer than this; bounding every look-back keeps the analysis linear in the
# length of a line that never ends a sentence (hostile or damaged input).
SENTENCE_REACH = 2000


NEAR = 64  # most clauses are shorter: the last mark is looked for here first


def last_mark(text: str, marks: str, start: int, end: int) -> int:
    """The position of the last of `marks` (single characters) in text[start:end], -1 when there is none.

    Looked for in the last NEAR characters first: a mark missing from the text (“!”) would otherwise
    be searched for over the whole span, at every number of the text."""
    near = max(start, end - NEAR)
    found = -1
    for mark in marks:
        k = text.rfind(mark, near, end)
        if k > found:
            found = k
    if found >= 0 or near == start:
        return found
    for mark in marks:
        k = text.rfind(mark, start, near)
        if k > found:
            found = k
    return found


def start_after(text: str, pos: int, marks: str, reach: int = SENTENCE_REACH) -> int:
    """Where the words before `pos` begin: after the last of `marks`, at most `reach` characters back."""
    lowest = max(0, pos - reach)
    return max(last_mark(text, marks, lowest, pos) + 1, lowest)
UP_WORDS = ("增加", "增长", "上升", "上涨", "提高", "增幅", "增支", "增收", "增", "加")
DOWN_WORDS = ("减少", "下降", "降低", "压减", "减幅", "降幅", "节约", "核减", "减支", "减收", "减")
# (every alternative begins with its literal — the look-behind of 加 after it — so the search can skip ahead to
# the characters a change word begins with)
# (增支/减支, 增收/减收: a finance report's change of spending and of revenue, "较上年减支5273万元")
CHANGE_BEFORE = re.compile(r"(增加|减少|增长|下降|降低|上升|上涨|提高|压减|节约|核减|增幅|减幅|降幅|增支|减支|增收|减收|增|减"
                           r"|加(?<=[数年算]加))"
                           r"(?P<alt>\((?:增加|减少|增长|下降|降低|上升|增|减)\))?(了|为|约)?$")
# a rate named by its change word and 率 ("减少率35.22%", "增长率为5%"); "增减率" says no direction and is left out
RATE_WORD_BEFORE = re.compile(r"(增加|减少|增长|下降|降低|上升)率(为|是|达)?$")
BLANK_SHARE = re.compile(r"[,;]?占([^,;:。\n%\d]{1,16}?)(的)?(比重|比例|比)?(为|约)?%")
_BLANK_SHARE_FIRST = ("占", ",占", ";占")  # how a BLANK_SHARE match begins
SHARE_BEFORE = re.compile(r"占([^,;:。\n%]{0,16}?)(的)?(比重|比例|比)?(为|约)?$")
# "完成112853万元，占年计划100500万元的112.29%": the total a share is of, printed with its amount between 占 and 的
SHARE_BASE_BEFORE = re.compile(r"占[^,;:。\n%\d]{1,24}$")
SHARE_AFTER_BASE = re.compile(r"的(?:比重|比例)?(?:为|约)?\d+(?:\.\d+)?%")
THRESHOLD_WORDS = ("不低于", "不超过", "不少于", "不高于", "不足", "低于", "高于", "超过", "达到", "达", "≥", "≤", "<", ">",
                   "约束性", "最高", "最低")
THRESHOLD_BEFORE = re.compile("(" + "|".join(map(re.escape, THRESHOLD_WORDS)) + ")$")
THRESHOLD_AFTER_WORDS = ("以上", "以下", "以内", "及以上", "左右", "标准", "的标准")
THRESHOLD_AFTER = re.compile("^(" + "|".join(THRESHOLD_AFTER_WORDS) + ")")
# what a wrong decoding leaves (UTF-8 read as GBK on a mirror): box drawing, bopomofo, Cyrillic, a
# replacement character — never written in a budget document; an amount right after them may have lost a digit
_MOJIBAKE = re.compile("[\u2500-\u257f\u3100-\u312f\u0400-\u04ff\ufffd]")
# the last character of every text CHANGE_BEFORE matches: a change word's last, the ")" of its alternative, 了/为/约
_CHANGE_LAST = frozenset("加少长降低升涨高减约幅增支收)了为")
PRIOR_NONE = re.compile(r"\(?(上年|上一年度?|去年)(预算)?(未安排|无此项|为0|为零|没有安排)\)?")
SAME_AS_LAST_YEAR = re.compile(r"(与|同|和)(上年|上一年度?|去年)(预算)?(数)?(相比)?(持平|相同|一致|相等)|无增减")
REASON = re.compile(r"(?:主要原因|原因)(?:是|为|系)?[:]?([^。;\n]*)")  # (each word written out: the search skips to 主/原)
OPENER = re.compile(r"^(?:[)）])?[,;]?(其中|主要包括|具体包括|包括)[:]?")
LEAD_ENUM = re.compile(r"^(\d+[.、)](?!\d)|\(\d+\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)+")
# an item numbered in Chinese: "三、", "（三）"
CN_ITEM = r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))"
HEADING = re.compile(rf"^({CN_ITEM}|第[一二三四五六七八九十]+部分)")
YEAR = re.compile(r"\d{4}年(度)?")
# a subject that only says which of the sentence's figures is meant ("决算数", "支出决算")
_STANCE_ONLY = re.compile(r"^(?:支出)?(?:决算|预算)(?:数)?$")
# a 决算 above or below its budget by an amount ("决算数大于预算数55.93万元")
EXCEEDS_BUDGET = re.compile(r"(大于|超过|超出|多于|高于|小于|低于|少于)(?:年初)?预算(?:数)?(?:了)?$")
CHANGE_PHRASE = re.compile(
    r"(比|较|与|同)?(上年|上一年度?|去年|\d{4}年)?(年初)?(预算数?|预算|执行数|数)?(相比|同比)?"
    r"(增加|减少|增长|下降|降低|上升|上涨|提高|压减|节约|核减|增|减)(了)?$")
FILLER_END_WORDS = ("类科目", "均为", "各为", "分别为", "均", "各", "年初预算数为", "年初预算数", "年初预算为", "年初预算",
                    "预算数为", "预算数是", "预算安排规模", "预算数", "安排为", "合计为", "共计为", "总计为", "合计", "共计",
                    "总计", "总额", "金额为", "金额", "规模", "为", "是", "达", "共", "计", "约", "数为", "数",
                    "完成")  # "税收收入完成10.28亿元": the amount the year came in at (a budget's execution)
FILLER_END = run_at_end(FILLER_END_WORDS)  # in linear time: a run of these words split every way took hours
_FILLER_LAST = frozenset(word[-1] for word in FILLER_END_WORDS)  # a subject ending otherwise has no filler to drop
FILLER_START = re.compile(r"^(其中|主要包括|具体包括|包括|主要是|主要用于|用于|另有|另|和|及|以及|、|的)+")
MARKERS = re.compile(r"\((\d{3})类\)|\((\d{2})款\)|\((\d{2})项\)|\((2\d{2}(?:\d{2}){0,2})\)")
PER_UNIT = re.compile(r"每[\u4e00-\u9fff]")
PROJECT_FIELD = re.compile(r"(项目名称|设立的?政策依据|预算安排规模|项目承担单位|资金分配情况|资金执行时间|项目概述|项目实施主体)[:]")


# patterns used inside the analysis, compiled once
_LAST_YEAR = re.compile(r"上年|上一年|去年|同期|同比|上期")
_NAMED_YEAR = re.compile(r"(\d\d{3})年")  # (\d\d{3}, not \d{4}: a pattern that begins with \d is searched digit by digit)
_ITEM_MARK = re.compile(rf"(?:^|[,:\n]){CN_ITEM}")
_NEXT_ITEM = re.compile(rf",{CN_ITEM}")
_COMPARISON_WORD = re.compile(r"较|比|相比|对比|同比|与")
_COMPARED_WITH = re.compile(r"上年|上一年|去年|同比|同期|上期|预算|决算")
_THREE_DIGITS = re.compile(r"\d{3}")
_OWN_WORDS = re.compile(r"^(本部门|本单位|我单位|本级|部门)")
_OWN_WORDS_OR_AMONG = re.compile(r"^(本部门|本单位|我单位|本级|部门|其中)")
_ENUMERATED_REASON = re.compile(r"原因(是|为|有|如下)?[:]?(\d[、.]|[一二三四五]是|\(\d\)|\([一二三四五]\))")
_COMPLETED_BUDGET = re.compile(r"(?:完成(?:了)?|占)(年初|全年|调整后?的?)")
_COMPARED_END = re.compile(r"(同比|相比|相较|对比|比较)$")  # "；对比减少4.35万元": the comparison, no subject
_OTHER_BUDGET = re.compile(r"^(全年|调整后?的?|年中|变动后的?)预算(数)?(为|是)?$")
_BUDGET_END = re.compile(r"(年初)?预算(数)?$")
_NAMES_LAST_YEAR = re.compile(r"(^|[^比较与同])(上年|去年|上一年度)")
_SUBJECT_SEPARATOR = re.compile(r"[、和及与]")
# "收支总预算4,471.22万元，含…经费250万元，…537.31万元；": 含 right after an amount's clause opens a list too
# (each alternative written to begin with its first character, the look-behind after it: a pattern that begins
# with a look-behind is tried at every character of the text)
# ("…经费21962.9万元。主要项目有：…14566万元，…" (r643): the amounts a part's 主要项目 name are that part's)
_LIST_OPENER = re.compile(r"(其中|主要项目有|主要包括|具体包括|包括|包(?<=,包)含|含(?<=,含)(?!税)|主要用于以下(?:几个)?方面)[:]?")
_REASON_SENTENCE = re.compile(r"(主要|原因|这是|系|均|\d[、.]|[一二三四五]是)")
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
_DIGIT = re.compile(r"\d")
_PERCENT_OR_CLOSE = re.compile(r"[%)]")
_PROJECT_NAME = re.compile(r"项目名称[:]")
_CLAUSE_MARK = re.compile(r"[,;。]")
_DECIMAL_AMOUNT = re.compile(r"\d\.\d+(万元|元|亿元|万)")


_NORM: dict[str, str] = {}


def norm_char(c: str) -> str:
    n = _NORM.get(c)
    if n is None:
        n = _NORM[c] = unicodedata.normalize("NFKC", c) if len(_NORM) < 100_000 else unicodedata.normalize("NFKC", c)
    return n


_DROPPED = re.compile(r"[\s“”\"'‘’「」『』]")
_KEPT_RUN = re.compile(r"[^\s“”\"'‘’「」『』]+")  # what normalise keeps, a run at a time


_FULL_WIDTH = re.compile("[\u3000\uff01-\uff5e]")
_FULL_WIDTH_NFKC = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in (0x3000, *range(0xFF01, 0xFF5F))}


def _full_width_nfkc(m: re.Match[str]) -> str:
    return _FULL_WIDTH_NFKC[m.group()]


# the full-width forms of nearly every Chinese paragraph: one str.replace pass each, in C, is cheaper than a
# Python call per character; any other full-width form is left to _FULL_WIDTH
_COMMON_FULL_WIDTH = tuple((c, _FULL_WIDTH_NFKC[c]) for c in "，：；（）％")


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, fast for Chinese text whose only compatibility characters are
    full-width forms (，（）％ and the ideographic space): each is replaced by its own NFKC, and the result
    is kept when it is normalised already — then it is the NFKC of the text (a string with some characters
    replaced by their NFKC has the same NFKC). Anything else is normalised in full."""
    if text.isascii():
        return text
    t = text
    for full, half in _COMMON_FULL_WIDTH:
        if full in t:
            t = t.replace(full, half)
    if _FULL_WIDTH.search(t) is not None:
        t = _FULL_WIDTH.sub(_full_width_nfkc, t)
    return t if unicodedata.is_normalized("NFKC", t) else unicodedata.normalize("NFKC", text)


# characters that no normalisation changes, in any string of them: no decomposition, no combining class, never
# the second of a composed pair (ASCII, the CJK ideographs, the CJK and typographic marks of budget text)
_PLAIN = "\x00-\x7f\u4e00-\u9fff\u3001-\u3003\u3008-\u3017\u2014\u2018\u2019\u201c\u201d"
_NOT_PLAIN = re.compile(f"[^{_PLAIN}]")


def _nfkc_each(texts: list[str]) -> list[str]:
    """`[nfkc(t) for t in texts]`, with one pass over them all where they are plain text."""
    return _nfkc_plain(texts)[0]


def _nfkc_plain(texts: list[str]) -> tuple[list[str], bool]:
    """`[nfkc(t) for t in texts]`, and whether every character of the result is plain (`_PLAIN`).

    The full-width forms are replaced one for one in the joined text; when every character left is
    plain each text's slice of it is normalised already, hence its NFKC — a paragraph at a time, the
    same replacements and a normalisation check would be a dozen calls per paragraph."""
    t = "".join(texts)
    for full, half in _COMMON_FULL_WIDTH:
        if full in t:
            t = t.replace(full, half)
    if _NOT_PLAIN.search(t) is not None:  # (any other full-width form is not plain either)
        return [nfkc(text) for text in texts], False
    out = []
    k = 0
    for text in texts:
        out.append(t[k:k + len(text)])
        k += len(text)
    return out, True


def normalise(text: str) -> str:
    """NFKC without whitespace and quotes: the key text is compared by."""
    return _DROPPED.sub("", nfkc(text))


# --------------------------------------------------------------------------------------------
# Flow: a section's text, normalised, with a map back to the printed text
# --------------------------------------------------------------------------------------------


@dataclass
class Flow:
    section: Section
    text: str  # normalised
    orig: str  # printed text, paragraphs joined
    nmap: list[int]  # index in text → index in orig
    paras: list[tuple[int, int, int]]  # (start, end, paragraph index) in text
    plain: bool = False  # every character of `text` is plain (`_PLAIN`): none is one a wrong decoding leaves
    # where the clause and sentence marks of `text` stand, listed once: every look-back is a bisect
    marks: Marks = field(init=False, repr=False, compare=False)

    _para_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.marks = Marks(self.text)
        self._para_starts = [start for start, _, _ in self.paras]

    def _para_before(self, pos: int) -> tuple[int, int, int] | None:
        """The last paragraph that starts at or before `pos`: paragraphs are disjoint and in order, so the
        only one that can hold `pos`."""
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return self.paras[i] if i >= 0 else None

    def paragraph_at(self, pos: int) -> int:
        para = self._para_before(pos)
        if para is not None:
            start, end, idx = para
            if start <= pos < end or (pos == end and start == end):
                return idx
        return self.paras[-1][2] if self.paras else 0

    def para_span(self, pos: int) -> tuple[int, int]:
        para = self._para_before(pos)
        if para is not None and pos <= para[1]:
            return para[0], para[1]
        return 0, len(self.text)

    def sentence(self, start: int, end: int) -> str:
        """The printed sentence around a span (between 。/；/line ends)."""
        s = self.marks.start_after(start, "。;\n", SENTENCE_REACH)
        e = self.marks.first("。;\n", end, len(self.text))
        if e == -1:
            e = max(end, len(self.text))
        if e < len(self.text) and self.text[e] in "。;":
            e += 1
        if not self.nmap:
            return ""
        o_s = self.nmap[min(s, len(self.nmap) - 1)]
        o_e = self.nmap[min(e, len(self.nmap)) - 1] + 1 if e > 0 else 0
        return self.orig[o_s:o_e].strip()


_SKIP = frozenset("“”\"'‘’「」『』")
_CONTINUES = re.compile(r"[\u4e00-\u9fff\d、“（(,，]$")
_CONTINUING_MARKS = frozenset("、“（(,，")


def _continues(stripped: str) -> bool:
    """`_CONTINUES.search(stripped)` for a text without trailing whitespace, from its last character alone
    (the search would try every position of the paragraph)."""
    last = stripped[-1:]
    return bool(last) and ("\u4e00" <= last <= "\u9fff" or last in _CONTINUING_MARKS or last.isdecimal())


def build_flow(section: Section, normal: dict[str, str] | None = None) -> Flow:
    """A section's flow; `normal` (printed paragraph → its `normalise`d text) is filled on the way."""
    text: list[str] = []  # pieces of the normalised text; `size` characters so far
    size = 0
    nmap: list[int] = []
    orig_parts: list[str] = []
    paras: list[tuple[int, int, int]] = []
    offset = 0
    prev_raw = prev_n = ""
    kept = [(idx, para.text) for idx, para in enumerate(section.paragraphs) if para.text.strip()]
    normalised, plain = _nfkc_plain([raw for _, raw in kept])
    for (idx, raw), n in zip(kept, normalised, strict=True):
        # A paragraph that a page break cut off mid-sentence continues in the next one.
        raw_n = _DROPPED.sub("", n)  # normalise(raw) (the text itself, not a copy, when nothing is dropped)
        if normal is not None:
            normal[raw] = raw_n
        joined = bool(prev_raw) and _continues(prev_raw.rstrip()) and \
            not (HEADING.match(prev_n) and len(prev_n) <= 40 and not TOKEN.search(prev_n)) and \
            not HEADING.match(raw_n) and not LEAD_ENUM.match(raw_n) and \
            not PROJECT_FIELD.match(raw_n)
        if prev_raw and not joined:
            text.append("\n")
            nmap.append(offset - 1 if offset else 0)
            size += 1
        start = size
        if len(raw_n) == len(n) == len(raw):  # every character kept, one for one
            text.append(n)
            nmap.extend(range(offset, offset + len(n)))
            size += len(n)
        elif len(n) == len(raw):  # characters kept one for one: runs of them map to runs of the printed text
            for m in _KEPT_RUN.finditer(n):
                text.append(m.group())
                nmap.extend(range(offset + m.start(), offset + m.end()))
                size += m.end() - m.start()
        else:
            for i, ch in enumerate(raw):
                c = norm_char(ch)
                if not c.strip() or c in _SKIP:
                    continue
                for x in c:
                    text.append(x)
                    nmap.append(offset + i)
                    size += 1
        end = size
        if joined and paras:
            s0, _, i0 = paras[-1]
            paras[-1] = (s0, end, i0)
        else:
            paras.append((start, end, idx))
        orig_parts.append(raw)
        offset += len(raw)
        prev_raw, prev_n = raw, raw_n
    return Flow(section, "".join(text), "".join(orig_parts), nmap, paras, plain)


# --------------------------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------------------------


@dataclass
class Percent:
    value: Decimal  # signed for rates (下降 → negative)
    places: int
    start: int
    denominator: str = ""  # the words between 占 and the number ("总支出的")
    printed: str = ""  # as printed, without the sign ("43.78")

    @property
    def half(self) -> Decimal:
        return Decimal(5).scaleb(-self.places - 1)


PRIOR, BUDGET = "prior", "budget"  # what a change is against: last year, or this year's 年初预算 (决算)


@functools.lru_cache(maxsize=256)
def money_half(places: int, unit: str) -> Decimal:
    """Half a unit of the last printed digit, in 万元; amounts count to at least hundredths of their unit.

    A constant of (places, unit), kept once computed: every amount of a text asks for one of a few."""
    if unit in _HUNDRED_MILLIONS:  # no account is kept in 亿: "1.5亿元" is a rounding, to its last printed digit
        return Decimal(5).scaleb(-places - 1) * MONEY_UNITS[unit]
    return Decimal(5).scaleb(-max(places, 2) - 1) * MONEY_UNITS.get(unit, Decimal(1))


_HUNDRED_MILLIONS = frozenset(("亿元", "亿"))


@dataclass(eq=False)
class Claim:
    flow: Flow
    subject: str  # cleaned subject words
    raw_subject: str  # the words before the number, uncleaned
    value: Decimal | None  # 万元 for money, the count for counts; None: a change stated without the amount
    unit: str  # "万元" for money (converted), else the count unit
    start: int
    end: int
    printed: str = ""  # the number as printed, with its unit
    share: Percent | None = None
    delta: Decimal | None = None  # signed change against last year (same unit)
    delta_start: int | None = None
    prior_none: bool = False  # "（上年未安排）": the text says last year had nothing
    rate: Percent | None = None
    reason: str | None = None
    code: str | None = None  # functional code from (201类)(01款)(01项) markers
    per_unit: Decimal | None = None  # "86个…每个…2万元": the quantity the amount is per
    per_unit_what: str = ""
    breakdown_of: Claim | None = None  # "172.00万元（86个，每个2.00万元）": the amount this per-unit claim explains
    parent: ListGroup | None = None
    project: str | None = None
    field: str | None = None
    threshold: bool = False
    # -- precision and unit as printed ------------------------------------------------------
    printed_unit: str = ""  # 元 / 万元 / 亿元 as printed (money); the count unit otherwise
    half: Decimal = Decimal(0)  # half a unit of the value's last printed digit (万元 for money)
    delta_half: Decimal = Decimal(0)
    delta_printed: str = ""
    # -- last year, stated outright ("较2024年的2190万元减少221万元", "上年预算数为20.12万元") --------
    stated_prior: Decimal | None = None
    stated_prior_half: Decimal = Decimal(0)
    period: str = "current"  # "prior": the amount is last year's ("2021年…决算数合计为807.95万")
    year: int | None = None  # the year the clause names for the amount
    # -- final accounts: the 年初预算 beside the 决算数 -----------------------------------------
    budget: Decimal | None = None  # "预算为3万元，支出决算为1.71万元": 3 (the claim's value is 1.71)
    budget_half: Decimal = Decimal(0)
    budget_delta: Decimal | None = None  # signed change against this year's budget ("较年初预算数减少4万元")
    budget_delta_half: Decimal = Decimal(0)
    budget_delta_start: int | None = None
    budget_rate: Percent | None = None
    other_budget: Decimal | None = None  # "年初预算为0万元，全年预算为321.02万元": the budget after adjustment
    completion: Percent | None = None  # "完成预算的43%"
    versus_budget: tuple[str, int] | None = None  # ("小于", position): "决算数小于预算数"
    same_as: dict[str, tuple[str, int]] = dataclasses.field(default_factory=dict)  # basis → ("无增减"/"基本持平", position)
    last_basis: str = PRIOR
    share_blank: str = ""  # "75800元，占基本支出预算%": the words of a share whose number was left out
    share_base: Decimal | None = None  # "占年计划100500万元的112.29%": the total the share is of, printed with it
    share_base_half: Decimal = Decimal(0)

    @once  # read a thousand times per document by the rules: a plain attribute after the first (unit never changes)
    def money(self) -> bool:
        return self.unit == "万元"

    @property
    def section(self) -> str:
        return self.flow.section.key

    @property
    def paragraph(self) -> int:
        return self.flow.paragraph_at(self.start)

    @property
    def sentence(self) -> str:
        return self.flow.sentence(self.start, self.end)

    @once
    def quantity(self) -> str:
        """The name of what the amount counts ("reception", "basic", "text:…"); "" when nothing names it.

        Computed on first use and then read as a plain attribute (the rules ask for it hundreds of times
        per document); whoever changes `subject` drops it (`__dict__.pop("quantity")`)."""
        return quantity_key(self.subject) if self.subject else ""

    @property
    def effective(self) -> Decimal | None:
        """The amount the claim contributes: per-unit amounts times their quantity."""
        if self.value is None:
            return None
        return self.value * self.per_unit if self.per_unit is not None else self.value

    @property
    def prior(self) -> Decimal | None:
        if self.value is None or self.delta is None:
            return None
        return self.value - self.delta

    def change(self, basis: str) -> Decimal | None:
        return self.delta if basis == PRIOR else self.budget_delta

    def change_rate(self, basis: str) -> Percent | None:
        return self.rate if basis == PRIOR else self.budget_rate

    def base(self, basis: str) -> tuple[Decimal, Decimal] | None:
        """What the change is against, stated outright, with its rounding: last year's amount or the budget."""
        if basis == PRIOR:
            return (self.stated_prior, self.stated_prior_half) if self.stated_prior is not None else None
        return (self.budget, self.budget_half) if self.budget is not None else None


# every field of a Claim in its order, at its default (the first seven, which have none, at None)
_CLAIM_FIELDS = {f.name: None if f.default is dataclasses.MISSING else f.default for f in dataclasses.fields(Claim)}


def _claim(flow: Flow, subject: str, raw_subject: str, value: Decimal | None, unit: str, start: int, end: int,
           printed: str, printed_unit: str, half: Decimal) -> Claim:
    """`Claim(flow, subject, raw_subject, value, unit, start, end, printed, printed_unit=…, half=…)`.

    The dataclass's __init__ assigns its forty fields one by one, in Python, for each of the hundred
    amounts of a document; this copies them in one step from their defaults. Only `same_as` has a
    default made by a factory (a dict of its own)."""
    c = object.__new__(Claim)
    c.__dict__ = {**_CLAIM_FIELDS, "flow": flow, "subject": subject, "raw_subject": raw_subject, "value": value,
                  "unit": unit, "start": start, "end": end, "printed": printed, "printed_unit": printed_unit,
                  "half": half, "same_as": {}}
    return c


@dataclass(eq=False)
class ListGroup:
    flow: Flow
    opener: str  # 其中 / 包括 / 主要包括
    wholes: dict[str, Claim]  # unit → the whole of that unit
    parts: list[Claim] = field(default_factory=list)
    start: int = 0
    end: int = 0


@dataclass(eq=False)
class ProjectBlock:
    flow: Flow
    name: str
    start: int
    end: int
    budget: Claim | None = None
    allocations: list[Claim] = field(default_factory=list)
    allocation_text: str = ""


@dataclass
class TextAnalysis:
    flows: dict[str, Flow]
    claims: list[Claim]
    lists: list[ListGroup]
    projects: list[ProjectBlock]
    normal: dict[str, str] = field(default_factory=dict)  # printed text → normalise(text), made once per document

    def normalised(self, text: str) -> str:
        """`normalise(text)`, computed once per document: the paragraphs were normalised by the analysis."""
        n = self.normal.get(text)
        if n is None:
            n = self.normal[text] = normalise(text)
        return n

    def in_section(self, *keys: str) -> Iterator[Claim]:
        for c in self.claims:
            if c.section in keys or any(c.section.startswith(k + ".") for k in keys):
                yield c


@dataclass(slots=True)  # one per number of the text: slots make them cheaper to make and to read
class _Token:
    value: Decimal
    unit: str
    start: int
    end: int
    printed: str
    kind: str = "head"  # head, delta, share, share_base, rate, completion, prior, other
    sign: int = 1  # 0: stated without a word, the rate after it tells
    pre: str = ""  # text of the clause before the number
    places: int = 0
    basis: str = PRIOR

    resp: tuple[int, int, int] | None = None  # "收、支总计各是A,B万元": (where 各 stands, index, count)

    @property
    def half(self) -> Decimal:
        return money_half(self.places, self.unit) if self.unit in MONEY_UNITS else Decimal(0)

    @property
    def number(self) -> str:
        return self.printed[: len(self.printed) - len(self.unit)]


def _clause_before(text: str, pos: int, limit: int = 40) -> str:
    """The words before `pos` back to the last delimiter, at most `limit` characters."""
    return text[start_after(text, pos, DELIMS, limit):pos]


def _clause(ix: Marks, pos: int, limit: int = 40) -> str:
    """`_clause_before` on a text whose marks are indexed."""
    return ix.text[ix.start_after(pos, DELIMS, limit):pos]


# what a change is compared with: "较上年", "与2021年度预算相比", "比年初预算数", "同比", "相较于上年"
COMPARE = re.compile(r"(相较于?|相比于?|对比|比|较|与|同|和)(?=上年|上一年|去年|同期|上期|\d{4}年|年初|预算|决算|调整|原)")
PERIOD_WORDS = r"(上年|上一年度?|上年度|去年|\d{4}年度?)(同期)?(的)?(年初)?(累计)?(预算|决算|执行|支出|实际)*(数)?"  # "比上年累计支出285万元"
PRIOR_INLINE = re.compile(rf"(相较于?|相比于?|比|较|与|同)(?P<p>{PERIOD_WORDS})(为|是)?$")
PRIOR_CLAUSE = re.compile(rf"^(其中)?(?P<p>{PERIOD_WORDS})(为|是)?$")
UNSIGNED_DELTA = re.compile(r"(相较于?|相比于?|比|较|与)[^,;。:]*\d(万元|亿元|元|万)$")
COMPLETION_BEFORE = re.compile(r"完成(了)?(年初|全年|调整后?的?)?(预算|计划)(数)?(的)?(比例|比率)?(为)?$|"
                               r"完成(了)?(年初|全年|调整后?的?)?(预算|计划)(数)?[\d.,]+(万元|元|亿元|万)的$")
# "收入969万元，占年初预算2180万元的44.5%": 占 the year's budget (named as 年初/全年/调整 or a 计划) is what the
# year's amount completes, as after 完成; "占预算…" alone may be a share of a budget the amount is part of
_BUDGET_NAMED = r"占(?:(?:年初|全年|调整后?的?)(?:预算|计划)|计划)数?"
SHARE_OF_BUDGET = re.compile(_BUDGET_NAMED + r"[\d.,]+(?:万元|元|亿元|万)的$")
_NAMED_BUDGET_END = re.compile(_BUDGET_NAMED + "$")
BUDGET_COMPARE = re.compile(r"(相较于?|相比于?|比|较|与)(本年|当年)?(年初|全年|调整后?的?)?预算(数)?(的)?(为)?$")
# "完成全年预算50.74万元的67.2%", "占年初预算2180万元的44.5%"
BUDGET_INLINE = re.compile(r"完成(了)?(年初|全年|调整后?的?)?(预算|计划)(数)?$|" + _BUDGET_NAMED + "$")
ACTUAL_CLAUSE = re.compile(r"^(全年)?(实际)?(支出)?(决算|实际支出|执行)(支出)?(数)?(合计|共计)?(为|是|达)?$")
VERSUS = re.compile(r"决算数?(大于|小于|等于|高于|低于|超过|少于|多于)(年初)?预算数?|"
                    r"决算数?与(年初)?预算数?(基本持平|持平|相等|相同|一致)")
ZERO_CHANGE = re.compile(r"(?P<word>基本持平|持平|无增减(?:变化)?|增减变化为0|无变化|没有变化|未发生变化|保持不变|相同|相等|一致)")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 (the last one is wanted)
        continue
    return found


def _basis(compared: str, year: int, final: bool) -> str:
    """Last year (PRIOR) or this year's budget (BUDGET, in final accounts) — from the comparison words."""
    if _LAST_YEAR.search(compared):
        return PRIOR
    m = _NAMED_YEAR.search(compared)
    if m is not None:
        return BUDGET if final and int(m.group(1)) == year and "决算" not in compared else PRIOR
    if final and "预算" in compared:
        return BUDGET
    return PRIOR


def _is_prior_period(words: str, year: int) -> bool:
    m = _NAMED_YEAR.search(words)
    return int(m.group(1)) == year - 1 if m is not None and year else m is None


def _names_year(words: str, year: int) -> bool:
    m = _NAMED_YEAR.search(words)
    return m is not None and bool(year) and int(m.group(1)) == year


# a clause that only says what a change is against: "与2021年度预算相比，减少0.1万元"
COMPARE_CLAUSE = re.compile(r"^(与|同|和|较|比|相较于?|相比于?|对比)[^,;:。\n]{1,24}(相比|比较|相较|对比)$")


def _compared(ix: Marks, start: int, words: str) -> str:
    """The words that say what a change is against: in its own clause, else a clause of their own just before."""
    if COMPARE.search(words) or _COMPARED_WITH.search(words):
        return words
    clause_start = ix.start_after(start, DELIMS, 40)
    if clause_start > 0 and ix.text[clause_start - 1] == ",":
        prev = _clause(ix, clause_start - 1)
        if COMPARE_CLAUSE.match(prev):
            return prev
    return words


def stated_comparison(c: Claim) -> str:
    """The words by which a claim's change says what it is against ("比2020年", "与上年相比"), in its own clause or
    a clause of their own just before; "" when it says nothing ("…，主要是因公出国(境)费减少1485.38万元": a change
    named to explain another, whose basis it shares)."""
    if c.delta_start is None:
        return ""
    ix = c.flow.marks
    start = ix.start_after(c.delta_start, DELIMS, 40)
    words = _compared(ix, c.delta_start, ix.text[start:c.delta_start])
    m = _last(COMPARE.finditer(words)) or _LAST_YEAR.search(words)
    return words[m.start():] if m is not None else ""  # from the comparison on: "比2022年决算", not the subject's 预算


# "收、支总计各是4125.49,4143.91万元", "各减少1267.86,2570.97万元", "分别为12万元、8万元": one number per subject
RESPECTIVE = re.compile(
    r"(?P<word>各|分别)(?P<verb>是|为|达|占|增加|减少|增长|下降|降低|上升)?(了|为)?"
    r"(?P<list>\d+(?:\.\d+)?(?:万元|亿元|元|万|%)?(?:[,、和及]\d+(?:\.\d+)?(?:万元|亿元|元|万|%)?)+)")
LIST_ITEM = re.compile(r"(\d+(?:\.\d+)?)(万元|亿元|元|万|%)?")
# "各增加1412.7万元、2062.79万元，增长15.74%、23.72%": the rates right after a respective change are respective too
RESPECTIVE_RATES = re.compile(r",(?P<verb>增长|下降|降低|上升|减少|增加)(了|为)?(?P<list>\d+(?:\.\d+)?%?(?:、\d+(?:\.\d+)?%?)+)")


def _respective(ix: Marks, year: int, final: bool) -> list[_Token]:
    text = ix.text
    out: list[_Token] = []
    for m in RESPECTIVE.finditer(text) if "各" in text or "分别" in text else ():
        items = list(LIST_ITEM.finditer(text, m.start("list"), m.end("list")))
        unit = items[-1].group(2)
        seps = {text[a.end():b.start()] for a, b in zip(items, items[1:], strict=False)}
        if unit is None or seps == {","} and all(_THREE_DIGITS.fullmatch(b.group(1).split(".")[0]) for b in items[1:]):
            continue  # "各为1,145.52万元": one number with thousands separators
        if any(i.group(2) not in (None, unit) for i in items) or m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        verb = m.group("verb") or ""
        pre = _clause(ix, m.start())
        kind, sign, basis = "head", 1, PRIOR
        if verb == "占":
            kind = "share" if unit == "%" else "other"
        elif verb in UP_WORDS or verb in DOWN_WORDS:
            kind = "rate" if unit == "%" else "delta"
            sign = -1 if verb in DOWN_WORDS else 1
            basis = _basis(_compared(ix, m.start(), pre), year, final)
        elif unit == "%":
            kind = "other"
        for i, item in enumerate(items):
            raw = item.group(1)
            t = _Token(Decimal(raw), unit, item.start(), item.end(), raw + unit, kind=kind, sign=sign,
                       pre=pre + m.group(0)[:m.start("list") - m.start()], places=_places(raw), basis=basis,
                       resp=(m.start(), i, len(items)))
            out.append(t)
        if kind == "delta" and (r := RESPECTIVE_RATES.match(text, m.end())) is not None:
            rates = list(LIST_ITEM.finditer(text, r.start("list"), r.end("list")))
            if len(rates) == len(items) and rates[-1].group(2) == "%" and all(x.group(2) in (None, "%") for x in rates):
                rsign = -1 if r.group("verb") in DOWN_WORDS else 1
                for i, item in enumerate(rates):
                    raw = item.group(1)
                    out.append(_Token(Decimal(raw), "%", item.start(), item.end(), raw + "%", kind="rate", sign=rsign,
                                      pre=pre + r.group(0)[:r.start("list") - r.start()], places=_places(raw),
                                      basis=basis, resp=(m.start(), i, len(rates))))  # the subjects of the 各
    return out


def _tokens(flow: Flow, year: int = 0, final: bool = False) -> list[_Token]:
    """The numbers of a flow with their units, each classified by the words of its clause before it.

    Each pattern is tried only where it can match (a word it needs is in the clause, the clause ends in
    a character it ends with): most numbers are plain amounts, and the patterns are tried in turn."""
    text = flow.text
    ix = flow.marks
    out: list[_Token] = []
    respective = _respective(ix, year, final)
    spans = [(t.start, t.end) for t in respective]
    delims = ix.positions(DELIMS)  # the clause before each number: `ix.start_after(start, DELIMS, 40)`, inlined
    bisect_left = bisect.bisect_left
    unsure = False  # a token that the next one may still reclassify (the second pass below)
    # one search of the text, not one before each number; none in plain text (no _MOJIBAKE character is plain)
    mojibake = not flow.plain and _MOJIBAKE.search(text) is not None
    for m in TOKEN.finditer(text):
        raw, unit = m.groups()
        start, end = m.span()
        if spans and any(a <= start < b or start <= a < end for a, b in spans):
            continue
        if "," in raw:
            if any(flow.orig[flow.nmap[start + i]] != "," for i, ch in enumerate(raw) if ch == ","):
                # a full-width comma between two numbers separates them: keep the last one
                cut = raw.rindex(",") + 1
                raw, start = raw[cut:], start + cut
            value = Decimal(raw.replace(",", "") if "," in raw else raw)
        else:
            value = Decimal(raw)
        k = bisect_left(delims, start) - 1
        lowest = start - 40 if start > 40 else 0
        pre = text[delims[k] + 1 if k >= 0 and delims[k] >= lowest else lowest:start]
        if out and out[-1].kind in ("head", "delta") and start - len(pre) < out[-1].end < start:
            # "增加39.39万元项目支出预算增加1.78万元": a clause a lost comma ran on from the amount before; the
            # subject starts after that amount
            pre = text[out[-1].end:start]
        t = _Token(value, unit, start, end, text[start:end], "head", 1, pre,
                   len(raw) - raw.index(".") - 1 if "." in raw else 0)  # _places(raw)
        last = pre[-1:]
        if pre.endswith(THRESHOLD_WORDS) or text.startswith(THRESHOLD_AFTER_WORDS, end):
            t.kind = "other"
        elif mojibake and _MOJIBAKE.search(text, start - 4 if start > 4 else 0, start):
            t.kind = "other"  # "?。ㄒ唬┮话愎卜罩С?8639万元": text decoded wrongly, a digit may be lost with it
        elif unit == "%":
            if "占" in pre and SHARE_OF_BUDGET.search(pre):
                t.kind = "completion"  # a share of the year's budget is how much of it is done
            elif "占" in pre and SHARE_BEFORE.search(pre) or out and out[-1].kind == "share_base" \
                    and SHARE_AFTER_BASE.match(text, out[-1].end):
                t.kind = "share"
            elif last in _CHANGE_LAST and (cm := CHANGE_BEFORE.search(pre)) is not None:
                t.kind = "rate"
                t.sign = -1 if cm.group(1) in DOWN_WORDS else 1
                t.basis = _basis(_compared(ix, start, pre[:cm.start()]), year, final)
                if cm.group("alt") and value != 0:
                    t.kind = "other"  # "增长(下降)5%": the template's alternatives left in, the direction unknown
            elif "率" in pre and (rm := RATE_WORD_BEFORE.search(pre)) is not None:
                t.kind = "rate"  # "对比减少4.35万元；减少率35.22%"
                t.sign = -1 if rm.group(1) in DOWN_WORDS else 1
                t.basis = _basis(_compared(ix, start, pre[:rm.start()]), year, final)
            elif "完成" in pre and COMPLETION_BEFORE.search(pre):
                t.kind = "completion"
            elif last == "(" and out and out[-1].kind == "delta" and text[out[-1].end:start] == "(":
                t.kind, t.sign, t.basis = "rate", out[-1].sign, out[-1].basis  # "减少1.5万元(42.86%)"
            else:
                t.kind = "other"
        elif unit in MONEY_UNITS and "占" in pre and SHARE_BASE_BEFORE.search(pre) \
                and SHARE_AFTER_BASE.match(text, end) and not _NAMED_BUDGET_END.search(pre):
            # ("占年初预算2180万元的44.5%" names the budget the amount completes: below, with BUDGET_INLINE)
            t.kind = "share_base"  # "占年计划100500万元的112.29%": the total of the share after it, no claim of its own
        elif last in _CHANGE_LAST and (cm := CHANGE_BEFORE.search(pre)) is not None:
            t.kind = "delta"
            t.sign = -1 if cm.group(1) in DOWN_WORDS else 1
            t.basis = _basis(_compared(ix, start, pre[:cm.start()]), year, final)
            if cm.group("alt") and value != 0:
                t.kind = "other"  # "增加(减少)5万元": which of the two is not said
        elif unit not in MONEY_UNITS:
            pass
        elif final and "于" in pre and (em := EXCEEDS_BUDGET.search(pre)) is not None:
            # "完成年初预算100%，决算数大于预算数55.93万元": what the year's 决算 exceeds its budget by
            t.kind, t.basis, t.sign = "delta", BUDGET, -1 if em.group(1) in ("小于", "低于", "少于") else 1
        elif "年" in pre and (pm := PRIOR_INLINE.search(pre)) is not None:
            # "较2024年的2190万元": what the amount is compared with, never the document's own figure — in
            # final accounts this year's 预算数 ("较2023年预算数X万元" in the final accounts of 2023), else
            # another year's (whatever year it names: the document's year may be misread)
            t.kind = "prior"
            if final and "预算" in pm.group("p") and _names_year(pm.group("p"), year):
                t.basis = BUDGET
        elif "年" in pre and (pm := PRIOR_CLAUSE.match(pre)) is not None and _is_prior_period(pm.group("p"), year):
            t.kind = "prior"  # "上年预算数为20.12万元"
        elif ("完成" in pre or "占" in pre) and BUDGET_INLINE.search(pre) \
                or final and "预算" in pre and BUDGET_COMPARE.search(pre):
            t.kind, t.basis = "prior", BUDGET
        elif (last == "元" or last == "万") and UNSIGNED_DELTA.search(pre):
            t.kind, t.sign = "delta", 0  # "较2022年决算数688.84万元131.49万元，增长19.09%"
            t.basis = _basis(pre, year, final)
        if t.sign == 0 or t.kind == "prior":
            unsure = True
        out.append(t)
    if respective:
        out = sorted(out + respective, key=lambda t: t.start)
    for i, t in enumerate(out if unsure else ()):  # the tokens of `respective` are never either
        if t.kind == "prior":
            nxt = out[i + 1] if i + 1 < len(out) else None
            # "较2023年度决算数38.31万元,下降6.31%": the change, its word left out — after a comparison word
            # only: "2015年预算数160万元，2016年预算比2015年预算下降68.8%" states last year's amount
            if nxt is not None and nxt.kind == "rate" and "的" not in t.pre[-6:] \
                    and not ix.any_in("。;\n", t.end, nxt.start) and _COMPARISON_WORD.search(t.pre) \
                    and not _rate_says_base(out[:i], t, nxt):
                t.kind, t.sign = "delta", 0
        if t.kind == "delta" and t.sign == 0:
            nxt = out[i + 1] if i + 1 < len(out) else None
            if nxt is not None and nxt.kind == "rate" and not ix.any_in("。;\n", t.end, nxt.start):
                t.sign = nxt.sign
            else:
                t.kind = "other"
    return out


def _rate_says_base(before: list[_Token], t: _Token, rate: _Token) -> bool:
    """"公务接待费2352万元，相比年初预算数6200万元下降62.1%": an amount after a comparison word and before a rate is
    what the amount before it is compared with when the rate says so ((6200 − 2352) / 6200 = 62.1%), not the change
    with its word left out (6200 / 8552 = 72.5%)."""
    head = next((h for h in reversed(before) if h.kind == "head"), None)
    if head is None or head.unit not in MONEY_UNITS or t.unit not in MONEY_UNITS or not t.value or not rate.value:
        return False
    h, x = head.value * MONEY_UNITS[head.unit], t.value * MONEY_UNITS[t.unit]
    as_base = abs(h - x) / x * 100
    prior = h + x if rate.sign < 0 else h - x
    if prior <= 0:
        return True
    return abs(as_base - rate.value) < abs(x / prior * 100 - rate.value)


# the first characters the patterns anchored at the start can match: a subject that begins otherwise is
# left as it is without running them (LEAD_ENUM also begins with any decimal digit)
_ENUM_FIRST = frozenset("(一二三四五六七八九十")
_OWN_FIRST = frozenset("本我部")
_FILLER_FIRST = frozenset("其主具包用另和及以、的")


_RUN_ON_FIGURES = re.compile(r"^.*(?:\d\.\d+(?![\d.])|——)")


def clean_subject(raw: str, department: str) -> str:
    s = raw
    if "." in s or "——" in s:
        # "…动用预算稳定调节基金2.34接受援助收入0.21——全区一般公共预算收入30.09亿元" (r668, a table's cells run into
        # the text): a figure without its unit, or a dash opening the sentence, ends the words before; the
        # subject starts after them
        s = _RUN_ON_FIGURES.sub("", s)
    first = s[:1]
    if first in _ENUM_FIRST or first.isdecimal():
        s = LEAD_ENUM.sub("", s)
    if department and department in s:
        # with what the title adds to the name: "某镇政府（单位）收入预算" is the 收入预算
        s = s.replace(department + "(单位)", "").replace(department + "(部门)", "").replace(department, "")
    if s[:1] in _OWN_FIRST:
        s = _OWN_WORDS.sub("", s)
    if "年" in s:
        s = YEAR.sub("", s)
    if s[:1] in _FILLER_FIRST:
        s = FILLER_START.sub("", s)
    if s[-1:] in _FILLER_LAST or s[-1:] == "\n":  # "$" matches before a last line end too
        s = FILLER_END.sub("", s)
    return s.strip()


def _subject_of(ix: Marks, pos: int, department: str, floor: int,
                cleaned: dict[str, str] | None = None) -> tuple[str, str]:
    """The words before a number: this clause, or the previous one if this one is only fillers.

    `cleaned` holds the subjects cleaned already (`clean_subject` of the same words, same department)."""
    text = ix.text
    end = pos
    for _ in range(3):
        lowest = max(floor, end - SENTENCE_REACH)
        s = max(ix.last(DELIMS, lowest, end) + 1, lowest) if lowest < end else end
        raw = text[s:end]
        opener = max(raw.rfind("其中"), raw.rfind("包括"))
        if opener >= 0:
            raw = raw[opener + 2:]
        if raw.startswith("、") and s > floor and text[s - 1] == ",":
            # "…因公出国（境）经费、公务用车购置及运行费，、公务接待费决算支出94.7亿元": an enumeration a stray
            # comma cut (a mirror's doubled punctuation) goes on before it
            lowest = max(floor, s - 1 - SENTENCE_REACH)
            s = max(ix.last(DELIMS, lowest, s - 1) + 1, lowest)
            raw = text[s:end]
            opener = max(raw.rfind("其中"), raw.rfind("包括"))
            if opener >= 0:
                raw = raw[opener + 2:]
        if cleaned is None:
            subject = clean_subject(raw, department)
        else:
            subject = cleaned.get(raw)
            if subject is None:
                subject = cleaned[raw] = clean_subject(raw, department)
        if subject or s <= floor or text[s - 1] in "。\n;":
            return subject, raw
        end = s - 1
    return "", ""


def _markers(text: str, floor: int, upto: int) -> str | None:
    """Functional code from (201类)(01款)(01项) markers in [floor, upto): the last complete path."""
    cls = kuan = code = None
    for m in MARKERS.finditer(text, floor, upto):
        if m.group(1):
            cls, kuan, code = m.group(1), None, m.group(1)
        elif m.group(2) and cls:
            kuan, code = m.group(2), cls + m.group(2)
        elif m.group(3) and cls and kuan:
            code = cls + kuan + m.group(3)
        elif m.group(4):
            code = m.group(4)
            cls, kuan = code[:3], code[3:5] if len(code) >= 5 else None
    return code


def _code_for(flow: Flow, start: int, subject_raw: str) -> str | None:
    if "(" not in subject_raw or not MARKERS.search(subject_raw):
        return None
    pstart, _ = flow.para_span(start)
    return _markers(flow.text, pstart, start)


# "。主要是严格落实…", "。这主要是受到…所致": a sentence that gives the reason without the word 原因; also the
# clause right after a rate ("下降33.3%，主要是区税务局部分征收经费在2023年度支出的影响")
CAUSE = re.compile(r"(?:(?<=[。;])|(?<=%,))(?:这|此)?主要(?:是|系|由于|因为|因|受)(?!用于)([^。;\n]*)")
# "…“三公”经费支出决算减少的主要原因是…": a reason that names what it explains
NAMED_REASON = re.compile(r"(?:(?<=[。;\n])|^)([^。;\n,]{2,60}?)(?:增加|减少|增长|下降|变动|变化|增减变动|增减变化)?的?"
                          r"(?:主要)?原因(?:是|为|系|主要是|主要有)?[:]?([^。;\n]*)")


# the comparison a named reason's subject ends with ("收入预算与上年增减变化的主要原因")
_COMPARED_WITH_END = re.compile(r"(?:与|较|比|同)(?:上年|上一年度?|去年|\d{4}年度?)(?:预算数?|决算数?)?(?:相比)?$")


def _reason_after(text: str, pos: int, stop: int) -> str | None:
    m = REASON.search(text, pos, stop)
    if m is not None and not m.group(1).strip(":,") and text[m.end() - 1:m.end()] != ":":
        # "增长46.7242%,主要是事业收入增加原因。" (r680): the reason stands before the word 原因 that ends it
        m = CAUSE.search(text, pos, m.start()) or m
    m = m or CAUSE.search(text, pos, stop)
    if m is None:
        return None
    reason = m.group(1).strip(":,")
    if not reason and text[m.end() - 1:m.end()] == ":" and text[m.end():m.end() + 1] in ("\n", ""):
        nl = text.find("\n", m.end() + 1)
        reason = text[m.end() + 1:nl if nl != -1 else len(text)]  # "主要原因是：" and the reasons listed below
    return reason or None


def _named_reasons(ix: Marks, claims: list[Claim], department: str) -> None:
    """"…“三公”经费支出决算减少的主要原因是…" after a list of the parts' changes: the reason of the whole it
    names (the nearest change of that quantity before it that has no reason yet)."""
    for m in _named_reason_matches(ix):
        named = _named_reason(ix.text, m, department)
        if named is None:
            continue
        q, reason = named
        at = m.start()
        last = next((c for c in reversed(claims) if c.start < at and c.quantity == q and c.delta is not None), None)
        if last is not None and last.reason is None:
            last.reason = reason


def _named_reason(text: str, m: re.Match[str], department: str) -> tuple[str, str] | None:
    """The quantity a named reason names and the reason: "收入预算与上年增减变化的主要原因：" names 收入预算 (and
    what it is compared with), its reasons on the lines below when nothing follows the colon."""
    q = quantity_key(clean_subject(_COMPARED_WITH_END.sub("", m.group(1)), department))
    reason = m.group(2).strip(":,")
    if not reason and text[m.end() - 1:m.end()] == ":" and text[m.end():m.end() + 1] == "\n":
        nl = text.find("\n", m.end() + 1)
        reason = text[m.end() + 1:nl if nl != -1 else len(text)]
    return (q, reason) if q and reason else None


def _reasons_named_for_earlier(ix: Marks, own: list[Claim], earlier: list[Claim], department: str) -> None:
    """"二、单位收入总体情况说明 … 收入预算与上年增减变化的主要原因：…" (r660): a section that names the reason of a
    change its own text does not state gives the reason of that quantity's change stated in an earlier section
    ("一、单位收支总体情况说明：…总收入848105.90元，比上年减少265895.04元")."""
    for m in _named_reason_matches(ix):
        named = _named_reason(ix.text, m, department)
        if named is None:
            continue
        q, reason = named
        if any(c.quantity == q and c.delta is not None and c.start < m.start() for c in own):
            continue  # the section's own change: `_named_reasons`
        last = next((c for c in reversed(earlier) if c.quantity == q and c.delta is not None), None)
        if last is not None and last.reason is None:
            last.reason = reason


def _named_reason_matches(ix: Marks) -> Iterator[re.Match[str]]:
    """`NAMED_REASON.finditer(text)`, tried only where a match can begin: a match starts a sentence or
    clause (after 。；or a line end) and runs to its 原因 without one of 。；, or a line end between, so it
    can only begin right after the last such mark before an occurrence of 原因."""
    text = ix.text
    tried = -1
    end = 0
    for k in ix.word_positions("原因"):
        s = ix.last("。;\n", 0, k) + 1
        if s == tried or s < end:
            continue
        tried = s
        if text.find(",", s, k) != -1:
            continue  # the words before 原因 hold no comma, and no 原因 of the sentence comes before this one
        m = NAMED_REASON.match(text, s)
        if m is not None:
            end = m.end()
            yield m


def _in_reason(ix: Marks, pos: int) -> bool:
    """After "原因是：1、…；2、…" up to the sentence's end: an enumerated reason runs over its ；."""
    if not ix.word_positions("原因"):
        return False
    start = ix.start_after(pos, "。\n", SENTENCE_REACH)
    k = ix.last_word("原因", start, pos)
    if k == -1:
        return False
    return _still_in_reason(ix.text[k:pos])


def _still_in_reason(after: str) -> bool:
    """From 原因 to a number: the number is still inside the reason — over an enumerated reason's ；
    ("原因是：1、…；2、…"), never past a ； or the next numbered item ("…主要原因是…，三、2023年…")."""
    if _ENUMERATED_REASON.match(after) is not None:
        return True
    return ";" not in after and _NEXT_ITEM.search(after) is None


def _reason_near(ix: Marks, pos: int) -> bool:
    """Whether 原因 stands in the clause before `pos` (at most 80 characters back)."""
    return ix.last_word("原因", ix.start_after(pos, DELIMS, 80), pos) != -1


def _reason_before(ix: Marks, pos: int) -> bool:
    """`_reason_near(ix, pos) or _in_reason(ix, pos)` (the clause before a number, which holds its own
    words, names 原因, or the number is in an enumerated reason), with one look for 原因: the clause lies
    within the sentence, so both ask about the last 原因 in the sentence before `pos`."""
    if not ix.word_positions("原因"):
        return False
    k = ix.last_word("原因", ix.start_after(pos, "。\n", SENTENCE_REACH), pos)
    if k == -1:
        return False
    clause = ix.start_after(pos, DELIMS, 80)
    if k >= clause:
        return True
    if _names_an_item(ix.text[clause:pos]):
        return False  # "…主要原因是…，相应核减公务用车运行费预算，公务用车购置费0万元，…": the next item's amount
    return _still_in_reason(ix.text[k:pos])


def _names_an_item(words: str) -> bool:
    """A clause that is a template item's name and nothing else ("公务用车购置费", "公务接待费预算为")."""
    return bool(words) and not CHANGE_BEFORE.search(words) and vocabulary_key(words) is not None


def _sentence_start(ix: Marks, pos: int) -> int:
    return ix.start_after(pos, "。;\n", SENTENCE_REACH)


def _same_sentence(ix: Marks, a: int, b: int) -> bool:
    return not ix.any_in("。;\n", a, b)


def _topic_before(ix: Marks, text: str, claims: list[Claim], last: Claim, pos: int) -> Claim | None:
    """A sentence that opens with its comparison and names nothing ("。比2022年预算增加246.51万元，增长24.4%") goes on
    about what the sentence before it was about: the amount that sentence opened with, not the last item it listed
    ("收入预算1256.92万元，包括：一般公共预算收入…，其他收入0万元。"). None when the sentence before stated one amount,
    or the change does not open a sentence after a full stop."""
    start = _sentence_start(ix, pos)
    if start == 0 or text[start - 1] != "。" or _same_sentence(ix, last.end, pos):
        return None
    before = _sentence_start(ix, last.start)
    # (the claims are in text order: the sentence's are the last ones, read back from the end, not from the first)
    topic = None
    for c in reversed(claims):
        if c.start < before:
            break
        if _same_sentence(ix, c.start, last.start):
            topic = c
    if topic is None or topic is last or topic.value is None or topic.unit != last.unit or topic.per_unit is not None:
        return None
    return topic


# "收入总计16062.73万元，支出总计16062.73万元。收支较上年决算数增加1995.90万元，增长14.18%" (r781): 收支 names the
# two totals together; when the two claims just read state the same amount, its change is theirs
_BOTH_TOTALS = frozenset({"收支", "收、支", "收支总计", "收、支总计", "收支总额"})
_TOTAL_SIDES = frozenset({"收入", "支出"})  # the subjects of "收入总计…", "支出总计…" once cleaned


def _both_totals(rest: str, current: Claim, claims: list[Claim]) -> bool:
    """The subject names income and expenditure together ("收支") and the two last claims are those two totals,
    equal: the change goes to the last of them, as a change restating its subject would."""
    if rest not in _BOTH_TOTALS or len(claims) < 2 or claims[-1] is not current or current.value is None:
        return False
    other = claims[-2]
    return {current.subject, other.subject} == _TOTAL_SIDES \
        and other.value == current.value and other.unit == current.unit


def _sentence_year(ix: Marks, text: str, pos: int) -> int | None:
    """The one year the sentence names before `pos` ("经财政部汇总，2010年中央本级……决算支出94.7亿元"): its
    amounts are that year's; None where it names none, or several ("2023年…比2022年增加…")."""
    start = _sentence_start(ix, pos)
    if text.find("年", start, pos) < 0:
        return None
    years = set(_NAMED_YEAR.findall(text, start, pos))
    return int(years.pop()) if len(years) == 1 else None


def _claim_year(raw: str) -> int | None:
    if "年" not in raw:
        return None
    years = [int(y) for y in _NAMED_YEAR.findall(raw)]
    return years[-1] if years else None


def analyse_flow(flow: Flow, department: str, year: int = 0, final: bool = False,
                 cleaned: dict[str, str] | None = None) -> tuple[list[Claim], list[ListGroup], list[ProjectBlock]]:
    """The claims, lists and project blocks of a flow; `cleaned` (the words before a number → its subject,
    `clean_subject` of them) is shared by the flows of one document: its subjects repeat."""
    if cleaned is None:
        cleaned = {}
    text = flow.text
    ix = flow.marks
    tokens = _tokens(flow, year, final)
    claims: list[Claim] = []
    current: Claim | None = None
    floor = 0  # a subject never reaches back over an earlier number
    outer: Claim | None = None  # the amount before an open parenthesis: "2066万元(其中:…),减少12万元"
    respective: dict[int, list[str] | None] = {}  # where 各 stands → the subjects it distributes over
    groups: list[tuple[tuple[str, ...], list[Claim]]] = []  # subjects → their claims, in order
    reasons = bool(ix.word_positions("原因"))  # no number of a text without 原因 lies in a stated reason
    for t in tokens:
        sentence_floor, floor = floor, t.end
        if t.resp is not None:
            if t.kind != "other" and not _in_reason(ix, t.start) and not _reason_near(ix, t.resp[0]):
                _respective_claim(flow, t, department, year, sentence_floor, respective, groups, claims)
            current = outer = None
            continue
        # A new sentence (。 or line) between the current claim and this token ends the claim's modifiers,
        # except for a reason sentence ("。主要原因是…").
        if current is not None and text.find("\n", current.end, t.start) != -1:
            current = outer = None
        if outer is not None and t.kind in ("share", "rate", "delta", "completion"):
            inside = text[outer.end:t.start]
            if inside.count("(") <= inside.count(")") and inside.rfind(")") >= (current.end - outer.end if current else 0):
                current, outer = outer, None
        elif outer is not None and t.kind == "head" and not _same_sentence(ix, outer.end, t.start):
            outer = None
        if t.kind == "head" and current is not None and outer is None \
                and text.find("(", current.end, t.start) != -1:  # (no parenthesis between: none left open)
            between = text[current.end:t.start]
            if between.count("(") > between.count(")") and _same_sentence(ix, current.end, t.start):
                outer = current
        if t.kind == "other":
            continue
        if t.kind == "share_base":
            if current is not None and current.money and current.share is None and t.unit in MONEY_UNITS:
                current.share_base, current.share_base_half = t.value * MONEY_UNITS[t.unit], t.half
            continue
        if t.kind in ("share", "rate", "completion"):
            if current is None:
                continue
            pct = Percent(t.value * t.sign, t.places, t.start, "", t.number)  # t.places: _places(t.number)
            if t.kind == "share" and current.share is None and current.delta is None:
                m = SHARE_BEFORE.search(t.pre)
                pct.denominator = (m.group(1) if m else "") or ""
                current.share = pct
            elif t.kind == "completion" and current.completion is None:
                named = _COMPLETED_BUDGET.search(t.pre)
                pct.denominator = named.group(1) if named else ""  # which budget: "完成年初预算的95.89%"
                current.completion = pct
            elif t.kind == "rate":
                basis = current.last_basis if current.change(current.last_basis) is not None \
                    and current.change_rate(current.last_basis) is None else t.basis
                if basis == PRIOR and current.rate is None:
                    current.rate = pct
                elif basis == BUDGET and current.budget_rate is None:
                    current.budget_rate = pct
            continue
        unit = "万元" if t.unit in MONEY_UNITS else t.unit
        value = t.value * MONEY_UNITS[t.unit] if t.unit in MONEY_UNITS else t.value
        if reasons and _reason_before(ix, t.start):
            continue  # a number inside a stated reason ("主要原因为事业位减少1人") is not a claim
        if t.kind == "prior":
            if current is not None and current.unit == unit and current.value is not None \
                    and _same_sentence(ix, current.end, t.start):
                if t.basis == BUDGET and current.budget is None:
                    current.budget, current.budget_half = value, t.half
                elif t.basis == PRIOR and current.stated_prior is None:
                    current.stated_prior, current.stated_prior_half = value, t.half
                continue
            t.kind = "head"
        if t.kind == "delta":
            rest = CHANGE_BEFORE.sub("", t.pre)
            if t.basis == BUDGET and "于" in rest:
                rest = EXCEEDS_BUDGET.sub("", rest)
            cmp = _last(COMPARE.finditer(rest))
            rest = rest[:cmp.start()] if cmp is not None else _COMPARED_END.sub("", rest)
            rest = clean_subject(rest, department)
            if _STANCE_ONLY.match(rest) and not (rest.startswith("支出") and (
                    current is None or not _same_sentence(ix, current.end, t.start))):
                rest = ""  # "决算数大于预算数55.93万元": the figure the sentence is about
            # (but "…交通运输支出6567.36万元。支出预算较2023年减少5521.28万元" opens a sentence of its own: the
            # 支出预算 it names is the whole the sentence before broke down, not that sentence's last class)
            if not rest and current is not None and current.value is not None \
                    and (topic := _topic_before(ix, flow.text, claims, current, t.start)) is not None:
                current = topic  # "收入预算1256.92万元，包括：…，其他收入0万元。比2022年预算增加246.51万元" (r740)
            slot_free = current is not None and current.change(t.basis) is None
            restated = current is not None and bool(rest) and (
                bool(current.quantity) and quantity_key(rest) == current.quantity  # "公务接待费20万元，公务接待费较上年减少2.5万元"
                or _both_totals(rest, current, claims))
            attach = current is not None and slot_free and current.unit == unit and (not rest or restated)
            if attach and current is not None:
                if t.basis == PRIOR:
                    current.delta, current.delta_start = value * t.sign, t.start
                    current.delta_half, current.delta_printed = t.half, t.printed
                else:
                    current.budget_delta, current.budget_delta_start = value * t.sign, t.start
                    current.budget_delta_half = t.half
                current.last_basis = t.basis
                continue
            if not rest:
                continue
            subject_raw = t.pre[:cmp.start()] if cmp is not None else CHANGE_PHRASE.sub("", t.pre)
            c = Claim(flow, rest, subject_raw, None, unit, t.start, t.end, t.printed, printed_unit=t.unit,
                      last_basis=t.basis)
            if t.basis == PRIOR:
                c.delta, c.delta_start, c.delta_half, c.delta_printed = value * t.sign, t.start, t.half, t.printed
            else:
                c.budget_delta, c.budget_delta_start, c.budget_delta_half = value * t.sign, t.start, t.half
            c.code = _code_for(flow, t.start, subject_raw)
            c.year = _claim_year(subject_raw)
            claims.append(c)
            current = c
            continue
        # "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元": another budget of the same amount
        if current is not None and "预算" in t.pre and _OTHER_BUDGET.match(t.pre) \
                and "预算" in current.raw_subject and current.budget is None and _same_sentence(ix, current.end, t.start):
            current.other_budget = value
            continue
        # "预算为3万元，支出决算为1.71万元": one claim, the 决算数 with its budget
        if current is not None and "预算" in current.raw_subject and ACTUAL_CLAUSE.match(t.pre) \
                and current.unit == unit and current.budget is None \
                and current.value is not None and current.delta is None and current.budget_delta is None \
                and _same_sentence(ix, current.end, t.start):
            current.budget, current.budget_half = current.value, current.half
            current.value, current.half, current.printed = value, t.half, t.printed
            current.subject = _BUDGET_END.sub("", current.subject) or current.subject
            current.__dict__.pop("quantity", None)
            continue
        subject, raw = _subject_of(ix, t.start, department, sentence_floor, cleaned)
        c = _claim(flow, subject, raw, value, unit, t.start, t.end, t.printed, t.unit, t.half)
        if "(" in raw:
            c.code = _code_for(flow, t.start, raw)
        c.year = (_claim_year(raw) if "年" in raw else None) or _sentence_year(ix, text, t.start)
        if (c.year is not None and year and c.year == year - 1) or "年" in raw and _NAMES_LAST_YEAR.search(raw):
            c.period = PRIOR
        # "每人3.5万元", "3.5万元/人": an amount per thing counted
        if unit == "万元" and ("每" in raw and PER_UNIT.search(raw)
                              or text.startswith("/", t.end) and _per_count_after(text, t.end)):
            qty = _quantity_before(tokens, t, ix)
            if qty is not None:
                c.per_unit, c.per_unit_what = qty
            else:
                c.threshold = True
        claims.append(c)
        current = c
    # "2022年“三公”经费支出决算为3.46万元，完成预算100%，较上年增加2.4万元" in the final accounts of 2023: an
    # amount measured against this year's budget is this year's, whatever year is printed (W707 says so)
    if final:
        for c in claims:
            if c.period == PRIOR and c.year == year - 1 and (c.completion is not None or c.budget is not None) \
                    and not _NAMES_LAST_YEAR.search(c.raw_subject):
                c.period = "current"
    # "商品和服务支出预算75800元，占基本支出预算%": a share whose number was never filled in still says what
    # the amount is a part of
    for c in claims:
        if c.share is None and c.value is not None and text.startswith(_BLANK_SHARE_FIRST, c.end) \
                and (m := BLANK_SHARE.match(text, c.end)) is not None:
            c.share_blank = m.group(1)
    # "X万元（N个，每个Y万元）": the per-unit amount explains X, it is not another amount
    for i, c in enumerate(claims):
        if c.per_unit is None or i == 0:
            continue
        prev = claims[i - 1]
        j = i - 1
        while j >= 0 and not claims[j].money:
            j -= 1
        prev = claims[j] if j >= 0 else None
        if prev is None or prev.value is None or prev.per_unit is not None:
            continue
        between = text[prev.end:c.start]
        if "(" in between and ")" not in between and not any(ch in between for ch in "。;\n"):
            c.breakdown_of = prev
    # "计划出国（境）2人，预算费用3.5万元/人，共计7万元": the count times the amount per thing restated
    for c, nxt in zip(claims, claims[1:], strict=False):
        if c.per_unit is not None and c.value is not None and nxt.value is not None and nxt.money \
                and nxt.per_unit is None and nxt.value == c.value * c.per_unit and _same_sentence(ix, c.end, nxt.start):
            nxt.breakdown_of = c
    # "比上年预算增加9.00万元（上年未安排）": last year's amount is zero
    for i, c in enumerate(claims):
        if c.delta is None or c.delta_start is None:
            continue
        stop = claims[i + 1].start if i + 1 < len(claims) else len(text)
        cut = ix.first("。;\n", c.delta_start, stop)
        window = text[c.delta_start:cut if cut != -1 else stop]
        if "年" in window and PRIOR_NONE.search(window):  # 上年, 上一年, 去年
            c.prior_none = True
    # a zero change is said in words that a text without them cannot hold in any of its windows
    for i, c in enumerate(claims if ZERO_CHANGE.search(text) is not None else ()):
        stop = claims[i + 1].start if i + 1 < len(claims) else len(text)
        _sameness(ix, c, stop, year, final)
    if final:
        _named_budgets(flow, claims)
    # "决算数小于预算数": the nearest claim before it with a budget, in its paragraph
    for m in VERSUS.finditer(text) if "决算" in text else ():
        if text[max(m.start() - 1, 0)] == "大" or "大小" in m.group(0):
            continue  # "大于(小于)" left from the template
        pstart, _ = flow.para_span(m.start())
        before = [c for c in claims if pstart <= c.start < m.start() and c.budget is not None and c.value is not None]
        if before and before[-1].versus_budget is None:
            word = m.group(1) or m.group(4)
            before[-1].versus_budget = (word, m.start())
    # reasons: from the change to the next claim (a reason may sit in the next sentence)
    starts = [c.start for c in claims]  # in text order
    for i, c in enumerate(claims):
        if c.delta is None:
            continue
        pos = c.delta_start or c.end
        # to the next claim ("收、支总计各减少A,B万元。主要原因是…": after every change of the group)
        after = bisect.bisect_right(starts, pos, i + 1)
        stop = starts[after] if after < len(starts) else len(text)
        nl = ix.first("\n", max(c.end, pos), stop)
        if nl != -1:
            stop = nl
        c.reason = _reason_after(text, pos, stop)
    _named_reasons(ix, claims, department)
    _owned_attributes(text, claims)
    lists = _lists(flow, claims, department)
    for g in lists:
        whole = next(iter(g.wholes.values()), None)
        for p in g.parts:
            if whole is not None and p.year is None and p.period != whole.period:
                p.period = whole.period
    projects = _projects(flow, claims) if flow.section.key == SectionKey.GENERAL_PROJECTS else []
    return claims, lists, projects


def _named_budgets(flow: Flow, claims: list[Claim]) -> None:
    """"…支出调整预算为6218.84亿元。…一般公共预算支出5930.32亿元，比上年增长3.7%，完成调整预算的95.36%" (r683): the
    budget a completion rate names (年初 / 全年 / 调整), stated as an amount of its own earlier in the paragraph
    on the same side (收入 or 支出), is the budget the rate is of."""
    for c in claims:
        done = c.completion
        if done is None or not done.denominator or c.budget is not None or c.value is None or not c.money:
            continue
        side = "支出" if "支出" in c.subject else "收入" if "收入" in c.subject else ""
        if not side:
            continue
        named = re.compile(re.escape(done.denominator.rstrip("的")) + r"(?:后的?)?预算数?$")
        pstart, _ = flow.para_span(c.start)
        for b in reversed([b for b in claims if pstart <= b.start < c.start]):
            if b.value is not None and b.money and b.parent is None and b.per_unit is None \
                    and b.completion is None and side in b.subject and named.search(b.subject):
                c.budget, c.budget_half = b.value, b.half
                break


SHORT_NAMES = {"收": "收入", "支": "支出"}
# "因公出国(境)经费与公务用车购置及运行维护费分别为0.34亿元和4.23亿元" (r647): 及 (then 和) inside a name, when
# splitting at every joining word gives more subjects than numbers
_NARROWER_SEPARATORS = (re.compile(r"[、和与]"), re.compile(r"[、与]"))
SHARED_TAIL = re.compile(r"(收入|支出)?(总计|合计|总额|总数|预算数|决算数|预算|决算|经费)$|(支出|收入)$")


# what an amount says of the thing counted just before it ("车辆10辆，价值248.72万元")
WORTH_WORDS = ("价值", "原值", "账面价值", "净值")  # what the things counted are worth (T320 reads these)
_ATTRIBUTE = re.compile("|".join((*WORTH_WORDS, "金额", "经费")))


def _owned_attributes(text: str, claims: list[Claim]) -> None:
    """"车辆10辆，价值248.72万元；其中：一般公务用车2辆，价值51.20万元": the bare 价值 is the value of the
    things counted in the clause before, "车辆价值", "一般公务用车价值" — one quantity each, so that the
    parts' values add up to the whole's, as their counts do."""
    for prev, c in zip(claims, claims[1:], strict=False):
        if prev.unit in _COUNT_UNIT_SET and c.money and prev.value is not None and prev.subject \
                and _ATTRIBUTE.fullmatch(c.subject) and text[prev.end:c.start].strip(",") == c.raw_subject.strip(","):
            c.subject = prev.subject + c.subject
            c.__dict__.pop("quantity", None)


def split_subjects(subject: str, n: int) -> list[str] | None:
    """"收、支总计" → 收入总计, 支出总计: the subjects a "各"/"分别" distributes over, the shared tail given to each."""
    parts = [p for p in _SUBJECT_SEPARATOR.split(subject) if p]
    for narrower in _NARROWER_SEPARATORS:
        if len(parts) == n:
            break
        parts = [p for p in narrower.split(subject) if p]
    if len(parts) != n:
        return None
    m = SHARED_TAIL.search(parts[-1])
    tail = m.group(0) if m is not None and m.start() > 0 else ""
    out = []
    for p in parts[:-1]:
        p = SHORT_NAMES.get(p, p)
        out.append(p if not tail or p.endswith(tail) else p + tail)
    last = parts[-1]
    head = last[:len(last) - len(tail)] if tail else last
    out.append(SHORT_NAMES.get(head, head) + tail if tail else last)
    return out


def _respective_claim(flow: Flow, t: _Token, department: str, year: int, floor: int,
                      respective: dict[int, list[str] | None], groups: list[tuple[tuple[str, ...], list[Claim]]],
                      claims: list[Claim]) -> None:
    """One number of "收、支总计各是A,B万元" / "各减少A,B万元" / "各下降x%、y%": the claim of its subject."""
    text = flow.text
    at, i, n = t.resp  # type: ignore[misc]
    if at not in respective:
        _, raw = _subject_of(flow.marks, at, department, floor if i == 0 else 0)
        words = YEAR.sub("", LEAD_ENUM.sub("", raw.replace(department, "") if department else raw))
        words = _OWN_WORDS_OR_AMONG.sub("", _COMPARED_END.sub("", words))
        subjects = split_subjects(words, n) if words else None
        respective[at] = [clean_subject(s, department) if not SHARED_TAIL.search(s) else s for s in subjects] \
            if subjects else None
    subjects = respective[at]
    unit = "万元" if t.unit in MONEY_UNITS else t.unit
    value = t.value * MONEY_UNITS[t.unit] if t.unit in MONEY_UNITS else t.value
    if t.kind == "head":
        if subjects is None:
            return
        c = Claim(flow, subjects[i], subjects[i], value, unit, t.start, t.end, t.printed, printed_unit=t.unit,
                  half=t.half)
        raw = text[_sentence_start(flow.marks, at):at]
        c.year = _claim_year(raw)
        if c.year is not None and year and c.year == year - 1:
            c.period = PRIOR
        claims.append(c)
        if i == 0:
            groups.append((tuple(subjects), []))
        groups[-1][1].append(c)
        return
    # a change, rate or share of the subjects stated before: the same subjects, else the last group of n
    group = next((g for key, g in reversed(groups) if subjects is not None and key == tuple(subjects)), None)
    if group is None:
        group = next((g for _, g in reversed(groups) if len(g) == n), None)
    if group is None and subjects is not None:
        group = _stated_one_by_one(claims, subjects, at)
    if group is None or len(group) != n:
        return
    c = group[i]
    if t.kind == "delta" and c.unit == unit and c.change(t.basis) is None:
        if t.basis == PRIOR:
            c.delta, c.delta_start, c.delta_half, c.delta_printed = value * t.sign, t.start, t.half, t.printed
        else:
            c.budget_delta, c.budget_delta_start, c.budget_delta_half = value * t.sign, t.start, t.half
        c.last_basis = t.basis
    elif t.kind in ("rate", "share"):
        pct = Percent(t.value * t.sign, t.places, t.start, "", t.number)  # t.places: _places(t.number)
        if t.kind == "share" and c.share is None:
            c.share = pct
        elif t.kind == "rate":
            basis = c.last_basis if c.change(c.last_basis) is not None else t.basis
            if basis == PRIOR and c.rate is None:
                c.rate = pct
            elif basis == BUDGET and c.budget_rate is None:
                c.budget_rate = pct


def _stated_one_by_one(claims: list[Claim], subjects: list[str], at: int) -> list[Claim] | None:
    """"收入总计7562.45万元，支出总计6632.48万元，与2023年度相比，收入、支出总计各增加1412.7万元、2062.79万元": the
    subjects a respective change is of, each stated before it on its own (the last claim of each subject)."""
    found: list[Claim] = []
    for subject in subjects:
        words = (subject, clean_subject(subject, ""))  # "支出总计", kept whole as the list's shared tail: "支出"
        c = next((c for c in reversed(claims) if c.end <= at and c.subject in words and c.value is not None), None)
        if c is None or c in found:
            return None
        found.append(c)
    return found


def _sameness(ix: Marks, c: Claim, stop: int, year: int, final: bool) -> None:
    """"与上年预算持平", "与2021年度预算相比无增减", "同比无增减变化": a change of zero against a basis."""
    if c.value is None:
        return
    k = ix.first("。;\n", c.end, stop)
    window = ix.text[c.end:k if k != -1 else stop]
    for m in ZERO_CHANGE.finditer(window):
        clause = _clause_before(window, m.start(), 30)
        if "原因" in window[:m.start()]:
            return
        cmp = _last(COMPARE.finditer(clause))
        if cmp is None and not clause.endswith(("同比", "与上年", "较上年")) and m.group("word") not in (
                "无增减", "无增减变化", "无变化"):
            continue
        compared = clause[cmp.start():] if cmp is not None else clause
        basis = _basis(compared or "上年", year, final)
        c.same_as.setdefault(basis, (m.group("word"), c.end + m.start()))
        if basis == PRIOR and c.delta is None and m.group("word") != "基本持平" and SAME_OR_ZERO.search(m.group("word")):
            c.delta, c.delta_start = Decimal(0), c.end + m.start()
        elif basis == BUDGET and c.budget_delta is None and m.group("word") != "基本持平":
            c.budget_delta, c.budget_delta_start = Decimal(0), c.end + m.start()
        return


SAME_OR_ZERO = re.compile(r"持平|无增减|无变化|没有变化|未发生变化|保持不变|相同|相等|为0")


def _places(number: str) -> int:
    return len(number) - number.index(".") - 1 if "." in number else 0


def _per_count_after(text: str, end: int) -> bool:
    """An amount followed by "/人", "/辆", "/次" …: an amount per thing counted."""
    return text.startswith("/", end) and any(text.startswith(u, end + 1) for u in COUNT_UNITS)


def _quantity_before(tokens: list[_Token], t: _Token, ix: Marks) -> tuple[Decimal, str] | None:
    """The count a per-unit amount multiplies: the nearest count in the same sentence before it."""
    s = ix.start_after(t.start, "。;\n", SENTENCE_REACH)
    counts = [x for x in tokens if s <= x.start < t.start and x.unit in _COUNT_UNIT_SET and x.kind == "head"]
    if not counts:
        return None
    q = counts[-1]
    return q.value, f"{q.printed}"


NUMBERED_ITEM = re.compile(r"^\d+[、.](?!\d)")


# what is left over or what one amount exceeds another by: never what a 其中 list breaks down
_REMAINDER = re.compile(r"(?:结转|结余|大于|小于|超过|超出|高于|低于|多于|少于)[^,;:]{0,6}$")


def _no_remainder_as_whole(g: ListGroup, before: list[Claim]) -> None:
    """The whole of a list is an amount its parts can break down: this year's for this year's parts, and not
    a remainder nor a difference that a part exceeds.

    "本单位支出为288.13万元，年末结转和结余1.35万元。其中：基本支出288.13万元", "…支出1741.75万元…，决算数大于
    预算数55.93万元…，其中：1.教育支出1595.95万元": the last amount before the opener is a remainder or a difference
    that a part exceeds; the whole is the amount before it that no part exceeds."""
    for unit, whole in list(g.wholes.items()):
        if whole.period == PRIOR and whole.value is not None and any(
                p.unit == unit and p.year is not None and p.period != PRIOR for p in g.parts):
            # "2016年三公经费预算33万元，2015年三公经费预算57.55万元…其中：1、公务接待费2016年预算8万元，2015年预算
            # 12.5万元": parts that say they are this year's break down this year's amount, not last year's
            current = [c for c in before if c.unit == unit and c.per_unit is None and c.value is not None
                       and c.period != PRIOR]
            if current:
                g.wholes[unit] = current[-1]
            continue
        if whole.value is None or not whole.money or not _REMAINDER.search(whole.subject):
            continue
        largest = max((p.value for p in g.parts if p.unit == unit and p.value is not None), default=None)
        if largest is None or largest <= whole.value:
            continue
        fit = [c for c in before if c.unit == unit and c.per_unit is None and c.value is not None
               and c.value >= largest and not _REMAINDER.search(c.subject)]
        if fit:
            g.wholes[unit] = fit[-1]


# "较2023年年初预算的1278万元": last year's amount named as what this year's is compared with
_COMPARISON_BASE = re.compile(r"^[,;、]?(?:相较于?|相比于?|比|较|与|同)")


def _no_comparison_base_as_whole(g: ListGroup, before: list[Claim]) -> None:
    """"“三公”经费预算总额为1238万元，较2023年年初预算的1278万元减少40万元。其中：因公出国(境)费用0万元，公务接待费
    633万元…": last year's amount named as the base of a comparison is not what the list breaks down; the amount
    compared with it is (the list is this year's)."""
    for unit, whole in list(g.wholes.items()):
        if whole.period != PRIOR or not _COMPARISON_BASE.match(whole.raw_subject):
            continue
        current = [c for c in before if c.unit == unit and c.per_unit is None and c.value is not None
                   and c.period != PRIOR and c.end <= whole.start]
        if current:
            g.wholes[unit] = current[-1]


def _lists(flow: Flow, claims: list[Claim], department: str) -> list[ListGroup]:
    text = flow.text
    ix = flow.marks
    groups: list[ListGroup] = []
    starts = [c.start for c in claims]  # in text order: the claims in a span are a slice

    def within(a: int, b: int) -> list[Claim]:
        return claims[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]

    for m in _LIST_OPENER.finditer(text):
        # the whole: claims before the opener in the same sentence (one per unit), or the words before it
        sent_start = ix.start_after(m.start(), "。\n", SENTENCE_REACH)
        if sent_start == m.start() or not text[sent_start:m.start()].strip(",;:"):
            # "其中：" opening a sentence: the whole is the last claim of the sentence before (over a
            # sentence that only gives the reason: "…减少19万元。主要是严控一般性支出。其中：…")
            # (over a remark of another unit too: "…支出总数为5,572万元…。其他11个区暂未公开。其中：1.因公出国
            # （境）支出169万元" — the list of amounts breaks down the last amount, not the count)
            prev_start = sent_start
            first = next(iter(within(m.end(), len(text))), None)
            for _ in range(3):
                end = prev_start
                while prev_start > 0 and text[prev_start - 1] in "。\n":
                    prev_start -= 1
                prev_start = ix.start_after(prev_start, "。\n", SENTENCE_REACH)
                stated = within(prev_start, end)
                if first is not None and first.money and stated and not any(c.money for c in stated):
                    continue
                if stated or not _REASON_SENTENCE.match(text[prev_start:end]):
                    break
            sent_start = max(prev_start, 0)
        before = [c for c in within(sent_start, m.start()) if c.value is not None and not c.threshold]
        if before:
            # "…结转结余23,067.24元；支出包括：" — a new subject between the last amount and the opener
            tail = text[before[-1].end:m.start()]
            cut = max(tail.rfind(";"), tail.rfind(","))
            if cut >= 0 and "。" not in tail and _TWO_HAN.search(tail[cut:]) \
                    and not _DIGIT.search(tail[cut:]) \
                    and not _PERCENT_OR_CLOSE.search(tail[cut:]):
                sent_start, before = before[-1].end + cut + 1, []
        wholes: dict[str, Claim] = {}
        for c in before:
            if c.per_unit is None:
                wholes[c.unit] = c
        if not wholes:
            delta_wholes = [c for c in within(sent_start, m.start()) if c.value is None]
            if delta_wholes:
                wholes[delta_wholes[-1].unit] = delta_wholes[-1]
            else:
                raw = text[sent_start:m.start()]
                subject = clean_subject(raw[max(raw.rfind(mark) for mark in ",;:") + 1:], department)
                if not subject:
                    continue
                virtual = Claim(flow, subject, raw, None, "万元", m.start(), m.start())
                virtual.code = _code_for(flow, m.start(), raw)
                wholes["万元"] = virtual
        # scope: to the paragraph end; over following paragraphs when the opener ends its paragraph
        pstart, pend = flow.para_span(m.start())
        end = pend
        if text[m.end():pend].strip(":") == "":
            numbered = NUMBERED_ITEM.match(text[pstart:pend].lstrip("\n"))
            nxt = pend
            reach = min(len(text), m.end() + SENTENCE_REACH)  # the list is cut there below: a scan past it finds
            while nxt < reach:  # nothing (it went to the next heading for each 其中, in the square of the lines)
                seg_end = text.find("\n", nxt + 1)
                seg_end = len(text) if seg_end == -1 else seg_end
                seg = text[nxt:seg_end].lstrip("\n")
                if HEADING.match(seg) or PROJECT_FIELD.match(seg):
                    break
                if numbered and NUMBERED_ITEM.match(seg):
                    break  # "2、… 其中：" ends where the next numbered item "3、…" begins
                end = seg_end
                nxt = seg_end
        end = min(end, m.end() + SENTENCE_REACH)  # a list reaches as far as a sentence does (else every 其中 of a
        # text without full stops reaches the end, and a line of them costs time in the square of its length)
        if m.group(1) in ("含", "包含") and (cut := ix.first("。;", m.end(), end)) != -1:
            end = cut  # a 含 list ends with its clause
        if _ITEM_MARK.search(text, pstart, m.start()) and (sibling := _NEXT_ITEM.search(text, m.end(), end)):
            end = sibling.start()  # "二、…，其中公务用车运行费150万元，…，三、…": the list ends at the next item
        if (close := _bracket_close(text, sent_start, m.start(), end)) != -1:
            end = close  # "中级17人(其中正科1人,副科2人),助理级36人": a 其中 in brackets ends at the closing bracket
        first = next(iter(within(m.end(), end)), None)
        # "主要包括：基本工资、津贴补贴…。", "主要包括公务用车燃料费、维修保养费及其他运行费用；公务接待费…":
        # a list of words, not of amounts, ends with its sentence (with its clause after 包括)
        stop = ix.last("。" if m.group(1) == "其中" else "。;", m.end(), first.start if first is not None else end)
        if stop != -1:
            end = text.find(text[stop], m.end())
        if any(w.value is not None for w in wholes.values()):
            later = next((c for c in within(m.end(), end) if c.value is None
                          and "。" in text[m.end():c.start]), None)
            if later is not None:
                end = _sentence_start(ix, later.start)  # "…住房保障支出65.09万元。支出较去年增加105.77万元"
            # "…住房保障支出7.56万元；支出较去年增加34.74万元" (r741): a clause that states only the change of the
            # whole's own quantity, after a "；", speaks of the whole again: the list of amounts ended before it
            subjects = {w.subject for w in wholes.values() if w.subject}
            again = next((c for c in within(m.end(), end) if c.value is None and c.delta is not None
                          and c.subject in subjects and ";" in text[m.end():c.start]), None)
            if again is not None:
                end = text.rfind(";", m.end(), again.start) + 1
        g = ListGroup(flow, m.group(1), wholes, start=m.end(), end=end)
        whole_ids = {id(c) for c in wholes.values()}
        for c in within(m.end(), end):
            if id(c) not in whole_ids and not c.threshold and c.unit in wholes:
                g.parts.append(c)
        _no_remainder_as_whole(g, before)
        _no_comparison_base_as_whole(g, before)
        groups.append(g)
    groups += _sublists(flow, groups)
    groups += _subtotal_kinds(flow, groups)
    groups += _mainly_lists(flow, groups)
    groups += _mainly_changes(flow, claims, groups)
    groups += _made_up_of(flow, claims)
    # the same quantity stated again ("2021年的三公经费决算数合计为807.95万，其中：…") is not a part of
    # the whole it restates: the list ends there
    for g in groups:
        if not g.parts:
            continue  # nothing to end, complete or enumerate
        quantities = {w.quantity for w in g.wholes.values() if w.quantity}
        again = next((c for c in g.parts if c.quantity in quantities), None) if quantities else None
        if again is not None:
            g.parts, g.end = [c for c in g.parts if c.start < again.start], again.start
        _end_before_a_total(text, g)
        _subtotal_to_clause_end(g)
        _complete_at_boundary(text, g)
        _enumeration_end(text, g)
    # innermost list wins: a claim belongs to the last-opened list whose scope holds it
    owner: dict[int, ListGroup] = {}
    for g in groups:
        for c in g.parts:
            prev = owner.get(id(c))
            if prev is None or g.start >= prev.start:
                owner[id(c)] = g
    for g in groups:
        g.parts = [c for c in g.parts if owner.get(id(c)) is g]
        # a part that opens its own list is a whole there, but stays a part here
        for c in g.parts:
            c.parent = g
    return groups


_BRACKET_REACH = 300  # a list in brackets is short: its closing bracket is looked for this far, no further


def _bracket_close(text: str, floor: int, at: int, end: int) -> int:
    """Where the bracket that the list opener at `at` stands in closes (before `end`), or -1 when the
    opener stands in no bracket: "单位人员编制:57人(其中一正两副)" — the bracket's 其中 breaks down the
    number before the bracket, and what follows the bracket is that number's sibling, not its part.
    (Bounded finds within the sentence: no pass over the whole text.)"""
    opened = text.rfind("(", max(floor, at - 40), at)
    if opened == -1 or text.find(")", opened, at) != -1:
        return -1
    return text.find(")", at, min(end, at + _BRACKET_REACH))


# "收入合计为6449万元", "支出合计…": the total of everything listed, never a part of a 其中's whole (but 本年收入合计
# is a part of 收入总计)
_GRAND_TOTAL = re.compile(r"^(?:收入|支出|收支)?(?:合计|共计)(?:为|是)?$")


def _other_side(whole: str, part: str) -> bool:
    """收入 against 支出: a whole of income has no spending among its parts, nor the reverse."""
    return any(a in whole and b not in whole and b in part and a not in part for a, b in (("收入", "支出"), ("支出", "收入")))


def _end_before_a_total(text: str, g: ListGroup) -> None:
    """A 其中 list ends before an amount that cannot be one of its parts: a grand total ("…基金调入103万元，
    收入合计为6449万元"), or, after the end of a sentence, an amount of the other side, spending in a list of income
    or the reverse ("一般公共预算收入505.4亿元…其中，税收收入420.6亿元…。一般公共预算支出684.6亿元")."""
    for i, p in enumerate(g.parts):
        whole = g.wholes.get(p.unit)
        if whole is None or "总计" in whole.raw_subject:
            continue
        if _GRAND_TOTAL.match(p.raw_subject.lstrip(",;、")) or (
                "。" in text[g.start:p.start] and _other_side(whole.subject, p.subject)):
            g.parts, g.end = g.parts[:i], p.start
            return


def _sublists(flow: Flow, groups: list[ListGroup]) -> list[ListGroup]:
    """"公务用车购置及运行维护费21万元(公务用车购置费0万元、公务用车运行维护费21万元)": the amounts in a
    parenthesis right after a part are that part's parts, a list of their own."""
    text = flow.text
    if "(" not in text:
        return []  # a sub-list opens with a bracket: without one, every part stays where it is
    out: list[ListGroup] = []
    for g in groups:
        if not g.parts:
            continue
        keep: list[Claim] = []
        sub: ListGroup | None = None
        starts = sorted(q.start for q in g.parts)  # the next part after each: linear in long lists
        for p in g.parts:
            if sub is not None and p.start < sub.end:
                sub.parts.append(p)
                continue
            sub = None
            keep.append(p)
            later = bisect.bisect_right(starts, p.end)
            nxt = starts[later] if later < len(starts) else g.end
            opening = text.find("(", p.end, nxt)
            if opening != -1 and p.value is not None and _same_sentence(flow.marks, p.end, opening):
                close = text.find(")", opening)
                if close != -1 and close - p.end < 200 and "\n" not in text[p.end:close] \
                        and "(" not in text[opening + 1:close]:
                    sub = ListGroup(flow, "(", {p.unit: p}, start=opening + 1, end=close)
                    out.append(sub)
        g.parts = keep
    return _adopted(out)


def _adopted(subs: list[ListGroup]) -> list[ListGroup]:
    """The sub-lists that hold parts, each of their parts pointing to its sub-list."""
    for sub in subs:
        for p in sub.parts:
            p.parent = sub
    return [s for s in subs if s.parts]


def _subtotal_kinds(flow: Flow, groups: list[ListGroup]) -> list[ListGroup]:
    """"实有人数小计15人，其中：在职人数小计7人，全部补助事业在职人数7人，退休人数小计8人" (r725, the 江西 template): the
    counts right after a part's 小计 that name that 小计's own quantity ("…在职人数" after "在职人数小计") are its kinds,
    a list of their own, not siblings in the whole's list (7 + 8 = 15, not 7 + 7 + 8)."""
    out: list[ListGroup] = []
    for g in groups:
        if len(g.parts) < 3:
            continue
        keep: list[Claim] = []
        sub: ListGroup | None = None
        base, sub_unit = "", ""
        for p in g.parts:
            name = p.raw_subject.lstrip(",;、:其中")
            if sub is not None and p.unit == sub_unit and "小计" not in name and name != base and name.endswith(base) \
                    and flow.marks.first("。;\n", sub.end, p.start) == -1:
                sub.parts.append(p)
                sub.end = p.end
                continue
            sub = None
            keep.append(p)
            if not p.money and p.value is not None and name.endswith("小计") and len(name) > 2:
                base, sub_unit = name[:-2], p.unit
                sub = ListGroup(flow, "小计", {p.unit: p}, start=p.end, end=p.end)
                out.append(sub)
        g.parts = keep
    return _adopted(out)


def _mainly_lists(flow: Flow, groups: list[ListGroup]) -> list[ListGroup]:
    """"收入合计138.55万元，其中：本年收入138.55万元，主要是一般公共预算拨款138.55万元，政府性基金预算拨款0万元，…
    其他收入0万元。" (r606): the amounts from "主要是" after a part to the end of its clause break that part down,
    a list of their own."""
    out: list[ListGroup] = []
    for g in groups:
        for i, (p, q) in enumerate(zip(g.parts, g.parts[1:], strict=False)):
            if p.value is None or q.value is None or q.unit != p.unit or not q.raw_subject.startswith("主要是") \
                    or flow.marks.first("。;\n", p.end, q.start) != -1:
                continue
            stop = flow.marks.first("。;\n", q.end, g.end)
            end = g.end if stop == -1 else stop
            sub = ListGroup(flow, "主要是", {p.unit: p}, start=q.start, end=end)
            sub.parts = [r for r in g.parts[i + 1:] if r.start < end and r.unit == p.unit]
            taken = {id(x) for x in sub.parts}
            g.parts = [r for r in g.parts if id(r) not in taken]
            out.append(sub)
            break
    return out


# a change's own clause, its rate's clause if printed, then 主要: "减少5521.28万元，下降38.27%，主要是…"
MAINLY_NEXT = re.compile(r"[^,;。\n]*(?:,[^,;。\n]*%)?,(?:这|其中)?主要")


def mainly_clause(c: Claim) -> tuple[int, int] | None:
    """Where the clause that opens with 主要 right after a claim's change runs ("支出预算较2024年增加了130.95万元，
    主要是基本支出预算增加39.39万元，项目支出预算增加1.78万元。"): from after 主要 to the sentence's end."""
    if c.delta is None:
        return None
    text = c.flow.text
    at = c.delta_start if c.delta_start is not None else c.start
    stop = min(len(text), at + SENTENCE_REACH)
    end = c.flow.marks.first("。;\n", at, stop)
    if end != -1:
        stop = end
    m = MAINLY_NEXT.match(text, at, stop)
    return (m.end(), stop) if m is not None else None


def _mainly_changes(flow: Flow, claims: list[Claim], groups: list[ListGroup]) -> list[ListGroup]:
    """"支出预算较2024年增加了130.95万元，主要是基本支出预算增加39.39万元，项目支出预算增加1.78万元" (r528): the
    changes named in the clause that opens with 主要 right after a change break that change down, a list of
    their own (its sum is checked only when its parts are a known partition: T311)."""
    if "主要" not in flow.text:
        return []  # MAINLY_NEXT needs 主要: most sections have none, and their changes need not be looked at
    listed = {id(p) for g in groups for p in g.parts}
    out: list[ListGroup] = []
    for i, c in enumerate(claims):
        if c.delta is None or c.parent is not None or (span := mainly_clause(c)) is None:
            continue
        start, stop = span
        parts = [d for d in claims[i + 1:] if start <= d.start < stop and d.unit == c.unit]
        if len(parts) < 2 or any(d.delta is None or id(d) in listed for d in parts):
            continue
        g = ListGroup(flow, "主要是", {c.unit: c}, start=start, end=stop)
        g.parts = parts
        out.append(g)
    return out


# "由A…，加B…构成": what an amount is made up of, to the sentence's 构成/组成
# (由 first, the look-behind after it: the search skips ahead to each 由)
_MADE_UP_OF = re.compile(r"由(?<![^,。;:\n]由)(?=[^。;\n]{2,200}?(?:构成|组成))")


def _made_up_of(flow: Flow, claims: list[Claim]) -> list[ListGroup]:
    """"全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元，加上级补助收入…等1,756.37万元构成" (r580): the
    amounts between a clause's opening 由 and its 构成 (组成) make up the amount right before it, in the same
    sentence or closing the one before: a list of their own, complete by its words."""
    text = flow.text
    ix = flow.marks
    out: list[ListGroup] = []
    if "由" not in text:
        return out
    starts = [c.start for c in claims]
    for m in _MADE_UP_OF.finditer(text):
        close = min((k for k in (text.find("构成", m.end()), text.find("组成", m.end())) if k != -1), default=-1)
        i = bisect.bisect_left(starts, m.start())
        before = next((c for c in reversed(claims[:i]) if c.value is not None), None)
        if close == -1 or before is None or ix.any_in("\n", before.end, m.start()) \
                or ix.last("。;", 0, m.start()) > before.end:
            continue  # the whole is the amount right before 由 ("…万元，由", "…万元。由"): no other words of a sentence between
        parts = [c for c in claims[i:bisect.bisect_left(starts, close)] if c.value is not None]
        if len(parts) < 2 or any(c.unit != before.unit for c in parts):
            continue
        g = ListGroup(flow, "由", {before.unit: before}, start=m.end(), end=close)
        g.parts = parts
        out.append(g)
    return out


def _enumeration_end(text: str, g: ListGroup) -> None:
    """A list whose items are separated by 、 is one enumeration: it ends at the clause's end (；/。)."""
    if len(g.parts) < 3 or not text[g.parts[0].end:g.parts[1].start].startswith("、"):
        return
    for i, p in enumerate(g.parts[:-1]):
        if any(ch in text[p.end:g.parts[i + 1].start] for ch in ";。"):
            g.parts, g.end = g.parts[:i + 1], g.parts[i + 1].start
            return


_MONEY_LIST_STOP = re.compile("[;。]")
_COUNT_LIST_STOP = re.compile("[;。,]")


def _series_ends(text: str, parts: list[Claim], i: int) -> bool:
    """Parts joined by 、 up to part i, and a comma after it: the enumeration ends there ("(含均衡性转移支付收入
    166万元、…、其他一般转移支付收入212万元，专项转移支付收入406万元)": the 专项 is the 一般's sibling)."""
    return i >= 1 and text.startswith(",", parts[i].end) and all(
        text.startswith("、", parts[j].end) for j in range(i))


def _count_subtotal(whole: Claim) -> bool:
    return not whole.money and "小计" in whole.raw_subject


def _subtotal_to_clause_end(g: ListGroup) -> None:
    """"编制人数小计39人，其中：行政编制人数0人，参照公务员法管理的事业编制人数39人，事业编制人数39人。实有人数小计39人…"
    (r604, the 江西 template): the kinds of post under a count's 小计 run to the end of its clause, whether or not
    they add up before it; the count after the clause is the 小计's sibling."""
    for unit, whole in g.wholes.items():
        parts = [p for p in g.parts if p.unit == unit]
        if not parts or not _count_subtotal(whole):
            continue
        cut = g.flow.marks.first("。;\n", parts[0].end, g.end)
        if cut != -1:
            g.parts, g.end = [p for p in g.parts if p.start < cut], cut


# "4.其他收入0万元…\n5.上年结转和结余5.9219万元" — a line opened by an item number
_LINE_NUMBER = re.compile(r"[ \t]*(\d{1,2})[、.](?!\d)")


# 本年收入合计 / 收入合计 hold this year's income only: a 结转 numbered after their parts is their sibling (收入总计 holds it)
_YEAR_SUBTOTAL = re.compile(r"合计|本年")
_CARRIED_OVER = re.compile(r"结转|结余")


def _numbered_on(text: str, p: Claim, nxt: Claim) -> bool:
    """p and nxt stand on lines opened by consecutive item numbers (4. then 5.): one numbered enumeration."""
    a, b = text.rfind("\n", 0, p.start) + 1, text.rfind("\n", 0, nxt.start) + 1
    if a == b:
        return False
    ma, mb = _LINE_NUMBER.match(text, a), _LINE_NUMBER.match(text, b)
    return ma is not None and mb is not None and int(mb.group(1)) == int(ma.group(1)) + 1


def _complete_at_boundary(text: str, g: ListGroup) -> None:
    """A list that already adds up to its whole at the end of a clause (；/。) ends there: the amounts
    after it are the whole's siblings ("编制人数63人，其中行政编制27人、事业编制36人；实有人数63人…").
    Not inside a numbered enumeration: "收入总计为457.8161万元,其中:\n1.财政拨款收入…\n…\n4.其他收入0万元…\n5.上年
    结转和结余5.9219万元" (r680) lists five parts of the whole, whatever the first four add up to."""
    for unit, whole in g.wholes.items():
        if whole.value is None or _count_subtotal(whole):
            continue
        parts = [p for p in g.parts if p.unit == unit and p.value is not None]
        total, half = Decimal(0), whole.half
        stops = _MONEY_LIST_STOP if whole.money else _COUNT_LIST_STOP  # counts are exact: a list of people ends where it adds up
        for i, p in enumerate(parts[:-1]):
            total += p.effective or Decimal(0)
            half += p.half
            nxt = parts[i + 1]
            if stops.search(text, p.end, nxt.start) is None and not _series_ends(text, parts, i) \
                    or abs(total - whole.value) > half or _numbered_on(text, p, nxt) \
                    and not (_YEAR_SUBTOTAL.search(whole.raw_subject) and _CARRIED_OVER.search(nxt.subject)):
                continue
            inside = text[g.start:p.end]
            if inside.count("(") <= inside.count(")") and any(q.value for q in parts[i + 1:]):
                cut = {id(q) for q in parts[i + 1:]}
                g.parts = [q for q in g.parts if id(q) not in cut]
                g.end = nxt.start
                break


def _projects(flow: Flow, claims: list[Claim]) -> list[ProjectBlock]:
    text = flow.text
    starts = list(_PROJECT_NAME.finditer(text))
    blocks: list[ProjectBlock] = []
    claim_starts = [c.start for c in claims]  # in text order: the claims in a span are a slice

    def within(a: int, b: int) -> list[Claim]:
        return claims[bisect.bisect_left(claim_starts, a):bisect.bisect_left(claim_starts, b)]

    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        line_end = text.find("\n", m.end())
        line_end = end if line_end == -1 or line_end > end else line_end
        name = text[m.end():line_end].strip()
        name = _CLAUSE_MARK.split(name)[0]
        b = ProjectBlock(flow, name, m.start(), end)
        fields = [(f.group(1), f.end()) for f in PROJECT_FIELD.finditer(text, m.start(), end)]
        for j, (label, fstart) in enumerate(fields):
            fend = fields[j + 1][1] - len(fields[j + 1][0]) - 1 if j + 1 < len(fields) else end
            inside = within(fstart, fend)
            for c in inside:
                c.project, c.field = name, label
            if label == "预算安排规模":
                heads = [c for c in inside if c.value is not None and c.money and not c.threshold]
                b.budget = heads[0] if heads else None
            elif label == "资金分配情况":
                b.allocations = [c for c in inside if c.value is not None and c.money and not c.threshold
                                 and c.delta is None and c.breakdown_of is None]
                b.allocation_text = text[fstart:fend]
        for c in within(m.start(), end):
            if c.project is None:
                c.project = name
        blocks.append(b)
    return blocks


def _coarsen(claims: list[Claim]) -> None:
    """A text that prints every amount in whole units rounds them: each stands for ±0.5 of its unit."""
    if not any(c.money for c in claims) or any(
            _DECIMAL_AMOUNT.search(flow.text) for flow in {id(c.flow): c.flow for c in claims}.values()):
        return
    for c in claims:
        if not c.money:
            continue
        unit = MONEY_UNITS.get(c.printed_unit, Decimal(1))
        half = Decimal("0.5") * unit
        c.half, c.delta_half, c.budget_half = max(c.half, half), max(c.delta_half, half), max(c.budget_half, half)
        c.stated_prior_half, c.budget_delta_half = max(c.stated_prior_half, half), max(c.budget_delta_half, half)


def analyse(d: Disclosure) -> TextAnalysis:
    department = normalise(d.department)
    flows: dict[str, Flow] = {}
    claims: list[Claim] = []
    lists: list[ListGroup] = []
    projects: list[ProjectBlock] = []
    normal: dict[str, str] = {}
    cleaned: dict[str, str] = {}
    for section in d.sections:
        flow = build_flow(section, normal)
        flows[section.key] = flow
        c, g, p = analyse_flow(flow, department, d.year, d.kind == DocumentKind.FINAL, cleaned)
        if claims and flow.marks.word_positions("原因"):
            _reasons_named_for_earlier(flow.marks, c, claims, department)
        claims += c
        lists += g
        projects += p
    _coarsen(claims)
    return TextAnalysis(flows, claims, lists, projects, normal)
