"""The key figures the explanation text states: which claim gives which figure of `yusuan figures`.

An adapter over the text analysis of `model/claims.py`: each money (or head-count) claim is read
for the figure it states and for whose figure it is.

- **What**: the words right before the number, back to the previous comma or number ("公务接待费
  支出决算为" → 公务接待费). A clause of bare stance words ("支出决算为", "决算支出数为", "年初预算数")
  takes the item named earlier in its sentence ("公务接待费预算数为310.37万元，决算支出数为249.29万元").
- **Whose**: the document's own year and kind. A clause about last year ("上年预算数为…") or
  under another year ("2021年度“三公”经费合计支出…" in a 2022 budget; the year is the last one
  named in the sentence, else the section heading's) is not the document's figure; neither is a
  决算 in a budget document ("2021年决算"), nor the 年初预算 in final accounts ("支出预算为30.8万元，
  支出决算为25.7万元": the 决算数 is the figure). A sentence that compares its figure with 上年 is
  this year's whatever year it prints (the wrong year is W707's finding).

Several claims may state one figure; the best ranked comes first (an unqualified "基本支出" before
"一般公共预算基本支出", a 总计 before a 合计, 第三部分 三 for the 类 of expenditure; last, a sentence
that opens with an amount — an excerpt cut mid-sentence, whose subject is lost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from yusuan.catalog.catalog import Catalog, Scheme
from yusuan.model.claims import (
    DELIMS,
    MONEY_UNITS,
    SENTENCE_REACH,
    TOKEN,
    Claim,
    Flow,
    ListGroup,
    TextAnalysis,
    analyse,
    normalise,
)
from yusuan.model.disclosure import Disclosure
from yusuan.model.quantities import names_three_public_together, required_text, three_public_key
from yusuan.model.sections import SectionKey
from yusuan.model.three_public_names import (
    ABROAD,
    CAR,
    FEE,
    FEE_OR_SPENDING,
    PURCHASE,
    PURCHASE_AND_RUN,
    RECEPTION,
    RUN,
    THREE_PUBLIC,
)
from yusuan.model.word_runs import words_only

CURRENT, BUDGET, ACTUAL, PRIOR, OTHER_YEAR = "current", "budget", "actual", "prior", "other_year"

# stance words that may stand between an item and its number (longest first)
_FILLER_WORDS = sorted((
    "财政拨款", "一般公共预算", "政府性基金预算", "全口径", "实际支出", "实际", "年初", "全年", "本年度", "本年",
    "年度", "预算数", "决算数", "预算", "决算", "预安排", "安排", "拨入", "执行数", "执行", "支出数", "支出", "数额", "数",
    "总额", "金额", "总计", "合计", "共计", "小计", "总", "为", "是", "达到", "达", "约", "均", "共", "计",
    "了", "经费", "费用", "资金", "拨款", "当年", "预计", "的", "其中", "情况", "规模", "用于", "额", "有",
    "人数", "人员", "费",
    # "…决算汇总数为1134万元" (a government's sum of its departments), "人员经费合计：136.11万元"
    "汇总数", "汇总", ":",
), key=len, reverse=True)
FILLER = words_only(_FILLER_WORDS)  # not "(总计|总|计)*": a run of 总计 not followed by $ was split every way
FILLER_RUN = re.compile("(?:" + "|".join(map(re.escape, _FILLER_WORDS)) + ")*")

YEAR_IN = re.compile(r"(\d\d{3})年(?!\d{1,2}月|底|末|年末|年底)")  # (\d first: searched digit by digit)
PRIOR_WORDS = re.compile(r"(上年|去年|上一年|上年度|前一年)(?!结转|结余|末|底)")
ACTUAL_WORDS = re.compile(r"决算|实际支出|执行数|实际执行|实际完成")
BUDGET_WORDS = re.compile(r"预算|预安排")
FUND_NAMES = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算|部门预算|单位预算|预算单位|预算部门")
COMPARED_WITH_LAST_YEAR = re.compile(r"(比|较|同比|与)(上年|去年|上一年)")
COMPARATIVE = re.compile(r"(比|较|与|同|和|对比|相比|至|到|~|-|—)$")
PARENS = re.compile(r"\([^()]*\)")
OWN_STANCE = re.compile(r"预算|决算|执行|实际|上年|去年")
STANCE_WORD = re.compile(r"预算|决算|支出|执行|合计|总计|共计|总额|数")
# a sentence that opens with an amount: its beginning (the subject) is not in the text we have
CUT_SENTENCE = re.compile(r"\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)")
THOUSANDS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:,\d{3})*,$")  # (a digit first, then what stands before it)

# a qualifier in front of a total makes it a part ("财政拨款收入", "项目支出预算")
QUALIFIED = re.compile(r"(项目|基本|财政拨款|一般公共预算|政府性基金|国有资本经营|事业|经营|其他|上级补助|附属单位上缴|"
                       r"单位资金|人员|公用|资本性|工资福利|商品和服务|对个人和家庭的?补助|结转|结余|专户|专项|"
                       r"资本|债务|转移支付|本级|预备|拨款)$")

# (figure key, pattern on the clause; the number follows the pattern's end plus stance words)
ITEMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    # the “三公” items by the names of model/three_public_names.py
    ("three_public.vehicle", f"{CAR}{PURCHASE_AND_RUN}{FEE}?"),
    ("three_public.vehicle_purchase", f"{CAR}{PURCHASE}{FEE_OR_SPENDING}?"),
    ("three_public.vehicle_operation", f"{CAR}(?:\\(含[^)]*\\))?{RUN}{FEE_OR_SPENDING}?"),
    ("three_public.abroad", f"{ABROAD}{FEE}?"),
    ("three_public.reception", f"{RECEPTION}{FEE}?"),
    ("three_public.total", f"{THREE_PUBLIC}(?:经费)?"),
    ("operating_costs", r"机关运行经费"),
    ("procurement_total", r"政府采购(?:预算|金额|总额|合同金额)?"),
    ("personnel", r"人员经费"),
    ("public_funds", r"公用经费"),
    ("basic", r"基本支出"),
    ("project", r"项目支出"),
    ("both_totals", r"收、?支总计|收入支出总计|收支总额|收支总预算|收支预算总额|收支预算总计"
                    r"|收、?支决算总计|收入支出决算总计"),  # 决算: "收支决算总计9414.82万元"
    # ("本单位收入为1687.45万元", "本年支出288.13万元": the unit's or the year's own, no qualifier between)
    # ("2024年收入总预算334.21万元" (r723): the 广西 template's 收入总预算, as its 收支总预算)
    ("income_total", r"收入(?:预算)?(?:总额|总计|合计)|收入总预算|总收入|收入预算|(?:本单位|本部门|本年度?)收入"),
    ("expenditure_total", r"支出(?:预算)?(?:总额|总计|合计)|支出总预算|总支出|支出预算|(?:本单位|本部门|本年度?)支出"),
    ("staff.authorized", r"编制(?:人数|数)?"),
    # "实有在职人数5人", "2024年末实有在岗人员17人" (r768)
    ("staff.actual", r"实有(?:人数|人员|在职在编人员|在编人员|在职人员|在职人数|在职职工|在岗人员|在岗人数|在岗职工|职工|教职工)?"
                     r"|实际(?:在职|在编|正式)*(?:人数|人员|职工|教职工|员工)"  # "实际正式教职工62人"
                     r"|(?<![上去])年[末底]在职(?:职工|人员)"  # "2017年末在职职工246人"
                     # "2023年年初在职人数为86人": the staff in post when the budget year opens (not last year's)
                     r"|(?<![上去])(?<!上年)(?<!去年)年初在职(?:职工|人员|人数)"
                     # "人员概况：在职人员81人，专业技术人员57人…": the staff in post, when no 实有 figure is stated
                     # (ranked below it: "实有人数11人，其中：在职人员10人" counts the 在职 as a part)
                     # ("共有在职职工322人", "现有在职人员…" (r766) too: only 实有在职 is the 实有 alternative's)
                     r"|(?<![上去末底初年际])(?<!实有)在职(?:职工|人员|人数)"
                     # "我园现有学生683人，22个教学班，教职工82人" (r765): a school's staff, named bare at its clause's
                     # start or after 现有/共有 (not "退休教职工", "临聘教职工"); ranked like the bare 在职
                     r"|(?:^|(?<=[现共]有))教职工(?:人数)?"),
))
_JOINT_KEYS = {"three_total": "three_public.total", "vehicle": "three_public.vehicle"}
# each item with the words every match of its pattern holds: words without them are not searched
_ITEMS_NEEDING: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (key, pattern, required_text(pattern.pattern)) for key, pattern in ITEMS)
# bare words that name a 三公 item only under 公务用车 named earlier in the sentence
VEHICLE_BARE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("three_public.vehicle", re.compile(f"{PURCHASE_AND_RUN}{FEE_OR_SPENDING}?$")),
    ("three_public.vehicle_purchase", re.compile(f"{PURCHASE}{FEE_OR_SPENDING}?$")),
    ("three_public.vehicle_operation", re.compile(f"{RUN}{FEE_OR_SPENDING}?$")),
)
_AVERAGE_BEFORE = re.compile(r"(?:平均|人均|户均|车均|单车|每车|每辆|每人)$")
TOTAL_LIKE = re.compile(r"(支出|收入|预算|决算|拨款|合计|总计|总额|总数)(数|安排)?$")
COUNT_KEYS = ("staff.authorized", "staff.actual")
PART_OF_WHOLE = ("basic", "project", "personnel", "public_funds")
SCOPE = re.compile(r"^(?:其中|主要包括|包括|主要用于|用于|主要是|主要为|本部门|本单位|我单位|部门|单位|本级|年度|的|预算|安排|为|是)*$")
CLASS_NAME = re.compile(r"(?:[一二三四五六七八九十]+、|\d+[.、]|\([一二三四五六七八九十\d]+\))?"
                        r"([\u4e00-\u9fff]{2,20}?支出)(?:类科目|类|科目)?$")


@dataclass(frozen=True)
class Stated:
    key: str  # figure key of `key_figures`: "basic", "three_public.reception", "by_class.201", "staff.actual"
    value: Decimal  # 万元 for money, the count for head counts
    claim: Claim
    stance: str  # CURRENT: the document's figure; BUDGET (年初预算 of final accounts); ACTUAL (决算 in a budget); PRIOR; OTHER_YEAR
    rank: int  # lower is better among claims of one key

    @property
    def sentence(self) -> str:
        return self.claim.sentence


# The words a number belongs to lie close before it; bounding the look-back keeps reading linear
# in the length of a line that holds many numbers and no punctuation.
CLAUSE_REACH = 240


def _clause_start(flow: Flow, pos: int) -> int:
    """Start of the words before a number: after the previous delimiter or the previous number."""
    text = flow.text
    s = flow.marks.start_after(pos, DELIMS, CLAUSE_REACH)
    if _DIGIT.search(text, s, pos) is not None:  # a number can only end where a digit stands before it
        for m in TOKEN.finditer(text, s, pos):
            s = max(s, m.end())
    return s


def _spans(claim: Claim) -> tuple[int, int, int]:
    """(where the number starts, where its clause starts, where its sentence starts) in the flow's text.

    Kept on the claim once read (like its quantity): several readings of one claim ask for them."""
    spans = claim.__dict__.get("_spans")
    if spans is None:
        flow = claim.flow
        number = claim.start
        if (sep := THOUSANDS.search(flow.text, max(0, number - 24), number)) is not None:
            number = sep.start()  # "1,145.52万元": the words end before "1,"
        spans = claim.__dict__["_spans"] = (number, min(_clause_start(flow, number), number),
                                            flow.marks.start_after(number, "。;\n", SENTENCE_REACH))
    return spans


def _plain(words: str) -> str:
    """Words for matching: "(境)" kept as 境, other parentheses dropped, list marks removed."""
    w = words.replace("(境)", "境")
    w = PARENS.sub("", w).lstrip(")、")
    return w


# patterns used per claim, compiled once
_THREE_DIGITS_FIRST = re.compile(r"\d{3}(?:\.|\D|$)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_STANCE_END = re.compile(r"(?:支出|预算|决算|数|为|是)+$")
_YEAR_WORDS = re.compile(r"\d{4}年度?|的|本年|全年|当年")
_FISCAL_END = re.compile(r"(一般公共预算|财政拨款)$")
_SUBTOTAL_WORDS = re.compile(r"合计|本年")
_POST_KIND = re.compile(r"(行政|事业|机关|工勤|参公|全额|差额|自收自支)编制")
_LEVEL_MARK_END = re.compile(r"\((类|款|项)\)$")
_COMPARED_AFTER = re.compile(r"(相比|持平|同期)")
_SUB_LEVEL_MARK = re.compile(r"\((款|项)\)")
_DIGIT = re.compile(r"\d")
_BARE_IN_SERVICE = re.compile(r"(?:(?<![上去末底初年际])(?<!实有)在职(?:职工|人员|人数)|^(?:[现共]有)?教职工(?:人数)?)$")
# "单位核定事业编制54个": posts are counted in 个 as well as in 人 or 名
_POSTS_COUNTED = re.compile(r"编制(?:数)?(?:为|共|是)?$")


def value_of(claim: Claim) -> Decimal | None:
    """The claim's value, re-read when a thousands separator cut the number ("1,145.52万元")."""
    if claim.value is None:
        return None
    text = claim.flow.text
    m = THOUSANDS.search(text, max(0, claim.start - 24), claim.start)
    if m is None or not _THREE_DIGITS_FIRST.match(claim.printed):
        return claim.value
    digits = (m.group(0) + claim.printed).replace(",", "")
    number = _NUMBER.match(digits)
    if number is None:
        return claim.value
    unit = claim.printed[len(_NUMBER.match(claim.printed).group(0)):]  # type: ignore[union-attr]
    value = Decimal(number.group(0))
    return value * MONEY_UNITS[unit] if unit in MONEY_UNITS else value


_TAIL_YEAR = re.compile(r"^\d{4}年度?")
# "…本年收入138.55万元，主要是一般公共预算拨款138.55万元，政府性基金预算拨款0万元" (r606): a fund's grant listed as a
# part names a source of the whole, never the item named before it again
_FUND_GRANT = re.compile(r"(?:一般公共预算|政府性基金预算|国有资本经营预算)(?:财政)?拨款(?:收入)?$")


def _item(words: str, sentence: str) -> tuple[str, str] | None:
    """(figure key, words before the item) of the item that the clause ends with, stance words aside."""
    best: tuple[int, str, str] | None = None
    for key, pattern, needed in _ITEMS_NEEDING:
        if needed not in words:
            continue
        for m in pattern.finditer(words):
            # "公务接待费2016年预算8万元": the year between the item and its stance words (its stance is read below)
            if not FILLER.match(_TAIL_YEAR.sub("", words[m.end():], count=1)):
                continue
            if best is None or m.start() < best[0] or (m.start() == best[0] and key < best[1]):
                best = (m.start(), key, words[:m.start()])
    if best is not None:
        return best[1], best[2]
    if _CAR.search(sentence):  # "公车保有量2辆，购置及运行维护费5万元"
        return _vehicle_bare(words)
    return None


def _vehicle_bare(words: str) -> tuple[str, str] | None:
    """购置费 / 运行维护费 named without the car, where the car is named before them."""
    for key, pattern in VEHICLE_BARE:
        if (m := pattern.search(_STANCE_END.sub("", words))) is not None:
            return key, words[:m.start()]
    return None


_CAR = re.compile(CAR)
_FIRST_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?(?:万元|亿元|元)")


def _named_together(earlier: str) -> tuple[str, str] | None:
    """"2010年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数2711.65万元、决算数2488.79万元，
    2011年预算数2687.06万元": the items named together before the sentence's first amount are what its later
    bare amounts ("决算数…", "2011年预算数…") state too."""
    m = _FIRST_AMOUNT.search(earlier)
    if m is None:
        return None
    head = _TAIL_YEAR.sub("", earlier[:m.start()].lstrip(",;:"))
    if not names_three_public_together(head):
        return None
    joint = _JOINT_KEYS.get(three_public_key(head) or "")
    return (joint, "") if joint is not None else None


def _last_item(words: str) -> tuple[str, str] | None:
    """The item named last in the words, with the stance words after it ("“三公”经费支出预算为30.8万元，"):
    of the items whose stance words reach furthest, the one that starts first (三公经费, not 支出预算)."""
    best: tuple[int, int, str] | None = None
    for key, pattern, needed in _ITEMS_NEEDING:
        if needed not in words:
            continue
        for m in pattern.finditer(words):
            reach = FILLER_RUN.match(words, m.end())
            end = reach.end() if reach is not None else m.end()
            if best is None or (end, -m.start()) > (best[0], -best[1]):
                best = (end, m.start(), key)
    return (best[2], words[:best[1]]) if best is not None else None


# a numbered heading line: "三、公务接待费", "（二）公务用车购置及运行费", "2.因公出国（境）费" (no "^": matched
# from a line's start inside the text, where "^" would only ever hold at the text's first line)
_NUMBERED_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.])(.{1,30})$")


def _heading_item(text: str, sent_start: int, heading: str) -> tuple[str, str] | None:
    """The item named by the numbered heading right before the sentence — the section's own heading, or a
    heading line in its text ("三、公务接待费\n2016年预算安排8万元", "（一）收入预算\n2025年年初预算数3033.04万元"): a
    sentence that opens its paragraph with bare stance words is about its heading's item (a 三公 item, or
    the department's income or expenditure)."""
    if sent_start == 0:
        m = _NUMBERED_HEADING.match(heading)
    elif text[sent_start - 1] == "\n":
        line_start = text.rfind("\n", 0, sent_start - 1) + 1
        m = _NUMBERED_HEADING.match(text, line_start, sent_start - 1)
    else:
        return None
    if m is None or any(ch.isdigit() for ch in m.group(1)):
        return None
    found = _item(_plain(m.group(1)), m.group(1))
    if found is not None and found[0] in _HEADED_TOTALS:
        return found  # "（一）收入预算\n2025年年初预算数3033.04万元" (r747): the heading names the total (its qualifier kept)
    return (found[0], "") if found is not None and found[0].startswith("three_public.") else None


# the department's totals that a heading line may name for the bare amount under it, as "（一）收入预算：" does
# on the same line
_HEADED_TOTALS = ("income_total", "expenditure_total")


_RESPECTIVE_SAID = re.compile(r"(?:各|分别)(?:是|为|达)")
# "2023年初预算数" is "2023年年初预算数": the year's 年初, not the year followed by a stray 初
_YEAR_START = re.compile(r"\d{4}年初(?!\d)")


def _bare(words: str) -> bool:
    return FILLER.match(YEAR_IN.sub("", _YEAR_START.sub("年初", words))) is not None


def _years(text: str) -> list[int]:
    """Years a text is about: not those it compares with ("与2020年预算持平", "较2021年")."""
    return [int(m.group(1)) for m in YEAR_IN.finditer(text) if not COMPARATIVE.search(text, 0, m.start())]


def _year(prefix: str, heading: str) -> int | None:
    years = _years(prefix) or _years(_plain(heading))
    return years[-1] if years else None


def _own_name_as_self(words: str, department: str) -> str:
    """"2021年度，马关卫生院单位支出为468.738万元" (r680): the department's own name right before 收入 or 支出
    (with 单位 or 部门 after it, or not) says what "本单位" says: the totals of the department itself."""
    name = normalise(department) if department else ""
    if not name or name not in words:
        return words
    # (str.replace, not a pattern of the name: that would be compiled anew for every document)
    for what in ("单位", "部门", ""):
        for side in ("收入", "支出"):
            words = words.replace(name + what + side, "本单位" + side)
    return words


def read_claim(d: Disclosure, claim: Claim, catalog: Catalog | None = None) -> Stated | None:
    """The key figure a claim states, with its stance; None when it states none."""
    if claim.value is None or claim.threshold or claim.per_unit is not None or claim.breakdown_of is not None:
        return None
    if claim.project is not None or claim.field is not None:
        return None
    if not claim.money and claim.unit not in ("人", "名") \
            and not (claim.unit == "个" and _POSTS_COUNTED.search(claim.subject)):
        return None
    text = claim.flow.text
    number, start, sent_start = _spans(claim)
    clause = _plain(text[start:number])
    if not clause.strip() and start > sent_start and text[start - 1] == ":":
        # "人员经费合计：136.11万元": the item is named before the colon
        start = min(_clause_start(claim.flow, start - 1), start - 1)
        clause = _plain(text[start:number])
    clause = _own_name_as_self(clause, d.department)
    prefix = text[sent_start:number]
    if names_three_public_together(claim.subject):
        # the items together: the whole ("…公务接待费（简称“三公”经费）支出合计24.75万元"), or no key figure
        joint = _JOINT_KEYS.get(three_public_key(claim.subject) or "")
        found = (joint, "") if joint is not None else None
        if found is None:
            return None
    else:
        found = _item(clause, prefix)
    if found is None and claim.subject and claim.subject == claim.raw_subject and claim.subject not in clause \
            and _RESPECTIVE_SAID.search(prefix):
        found = _item(_plain(claim.subject), prefix)  # "A与B分别为x和y": the number's own subject, split from "A与B"
    words = clause
    if found is None and _bare(clause) and STANCE_WORD.search(clause) \
            and not (claim.parent is not None and _FUND_GRANT.search(clause)):
        # "公务接待费预算数为310.37万元，决算支出数为249.29万元": the item named earlier in the sentence
        earlier = _plain(text[sent_start:start])
        found = _named_together(earlier) or _last_item(earlier) \
            or _heading_item(text, sent_start, claim.flow.section.heading)
    if found is None and claim.parent is not None and any(
            w.quantity == "vehicle" for w in claim.parent.wholes.values()):
        found = _vehicle_bare(clause)  # "公车购置及运行维护费3万元…。其中：购置经费0万元、运行维护费3万元"
    key: str | None = None
    before = ""
    if found is not None:
        key, before = found
        if _AVERAGE_BEFORE.search(before):
            return None  # "人均因公出国（境）费用2.4万元": an average of the item, not the item
        if key == "expenditure_total" and claim.money and before:
            key = _class_budget(d, claim, before, catalog) or key
    elif claim.money:
        key = _class_key(d, claim, clause, catalog)
    if key is None:
        return None
    if key in COUNT_KEYS and claim.money or key not in COUNT_KEYS and not claim.money:
        return None
    if claim.unit == "个" and key != "staff.authorized":
        return None
    if key in PART_OF_WHOLE and claim.parent is not None and not _whole_is_total(claim.parent, catalog,
                                                                                 key in ("basic", "project")):
        return None  # "机构运行1100910.5元，其中：基本支出1100910.5元": one item's split, not the department's
    value = value_of(claim)
    if value is None:
        return None
    rank = 0
    if key in ("basic", "project", "personnel", "public_funds", "income_total", "expenditure_total", "both_totals"):
        qualifier = _YEAR_WORDS.sub("", before)
        if key in ("income_total", "expenditure_total", "both_totals") and QUALIFIED.search(qualifier):
            return None
        if key in ("basic", "project") and QUALIFIED.search(qualifier):
            if not _FISCAL_END.search(qualifier):
                return None
            rank += 2  # 一般公共预算（财政拨款）基本支出: the department's only when nothing else is stated
    if key in ("income_total", "expenditure_total", "both_totals") and _SUBTOTAL_WORDS.search(words):
        rank += 1  # 本年收入合计 (决算): below the 总计
    if key in COUNT_KEYS:
        if _POST_KIND.search(clause) or "其中" in clause or _BARE_IN_SERVICE.search(clause):
            rank += 1  # a kind of post, or the bare 在职 beside a 实有: below the department's whole
        return Stated(key, value, claim, CURRENT, rank + _section_rank(claim))
    stance, misdated = _stance_of(d, claim)
    if misdated:
        rank += 5
    if CUT_SENTENCE.match(text, sent_start):
        rank += 3  # "19816.81元，项目支出0元。" on top of a page: whose figures they are was on the page before
    return Stated(key, value, claim, stance, rank * 10 + _section_rank(claim))


def stance_of(d: Disclosure, claim: Claim) -> str:
    """Whose figure a claim states: CURRENT (the document's own year and kind), BUDGET (a 决算's 年初预算),
    ACTUAL (a 决算 quoted in a budget), PRIOR (上年) or OTHER_YEAR."""
    return _stance_of(d, claim)[0]


def _stance_of(d: Disclosure, claim: Claim) -> tuple[str, bool]:
    """(stance, whether the claim is this year's although it prints another year)."""
    text = claim.flow.text
    number, start, sent_start = _spans(claim)
    clause = _plain(text[start:number])
    stance = _stance(d, claim, clause, text[sent_start:number])
    if stance == CURRENT and claim.parent is not None and not OWN_STANCE.search(FUND_NAMES.sub("", clause)):
        # "2021年我镇“三公”经费预算为20万元，其中：公务接待费9万元" (决算): the parts are the budget's too
        whole = next(iter(claim.parent.wholes.values()), None)
        if whole is not None and whole is not claim and whole.value is not None:
            stance = _stance_of(d, whole)[0]
    if stance == OTHER_YEAR and claim.delta is not None and COMPARED_WITH_LAST_YEAR.search(text[claim.end:claim.end + 60]):
        return CURRENT, True  # compared with last year: this year's figure under a wrong year
    return stance, False


_SAID = re.compile(r"(?:为|是|:)+$")  # "本单位支出为1942.57万元。其中：…": the words end before 为


def _whole_is_total(group: ListGroup, catalog: Catalog | None, strict: bool) -> bool:
    """The list splits a total ("支出预算…，其中：基本支出…"), not a classified item (a 类, 款 or 项, named
    or coded: "机构运行…，其中：基本支出…") nor some fund ("事业运行经费总预算…，其中：基本支出…")."""
    for whole in group.wholes.values():
        if whole.value is None:
            words = _plain(whole.subject)
        else:
            number, start, _ = _spans(whole)
            # "2、支出：799.12万元": the words before the colon, the clause the subject was read from
            words = whole.flow.text[start:number] or whole.subject
        if whole.code or _LEVEL_MARK_END.search(words):
            return False
        name = _plain(words)
        if catalog is not None and name and catalog.by_name(name, scheme=Scheme.FUNCTIONAL, fuzzy=False):
            return False
        if strict and ("经费" in name or not TOTAL_LIKE.search(_SAID.sub("", name))):
            return False
    return True


def _stance(d: Disclosure, claim: Claim, words: str, prefix: str) -> str:
    if any(not COMPARATIVE.search(words, 0, m.start()) and not _COMPARED_AFTER.match(words[m.end():])
           for m in PRIOR_WORDS.finditer(words)):
        return PRIOR
    year = _year(prefix, claim.flow.section.heading)
    if year is not None and year != d.year:
        return OTHER_YEAR
    if claim.budget is not None:
        # "年初预算为234000.00元，支出决算为65000.00元": the claim's value is the 决算数, its words the budget's
        return CURRENT if d.kind.value == "决算" else ACTUAL
    plain = FUND_NAMES.sub("", words)
    actual, budget = ACTUAL_WORDS.search(plain) is not None, BUDGET_WORDS.search(plain) is not None
    heading = FUND_NAMES.sub("", claim.flow.section.heading)
    if d.kind.value == "预算":
        if actual and not budget or not budget and ACTUAL_WORDS.search(heading) and not BUDGET_WORDS.search(heading):
            return ACTUAL
        return CURRENT
    if budget and not actual:
        return BUDGET
    return CURRENT


def _section_rank(claim: Claim) -> int:
    """第三部分 三 (支出预算/决算) and 一 state the department's whole figures; later sections parts of them."""
    section = claim.section
    if section in (SectionKey.OVERALL, SectionKey.INCOME, SectionKey.EXPENDITURE):
        return 0
    if section.startswith("3.") and section not in (SectionKey.THREE_PUBLIC,):
        return 1
    return 0


def _class_key(d: Disclosure, claim: Claim, clause: str, catalog: Catalog | None) -> str | None:
    if claim.code and len(claim.code) == 3 and claim.code[0] == "2":
        return f"by_class.{claim.code}"
    if claim.code or _SUB_LEVEL_MARK.search(claim.flow.text[_clause_start(claim.flow, claim.start):claim.start]):
        return None  # a 款 or 项
    m = CLASS_NAME.search(clause)
    if m is None or catalog is None:
        return None
    name = m.group(1)
    department = normalise(d.department)
    for i in range(len(name) - 3):  # the longest ending that names one 类 ("本部门一般公共服务支出")
        lead = YEAR_IN.sub("", name[:i].replace(department, "") if department else name[:i])
        if not SCOPE.match(lead):
            continue
        codes = {e.code for e in catalog.by_name(name[i:], scheme=Scheme.FUNCTIONAL, level="类", fuzzy=False)}
        if len(codes) == 1:
            return f"by_class.{codes.pop()}"
    return None


def _class_budget(d: Disclosure, claim: Claim, before: str, catalog: Catalog | None) -> str | None:
    """"社会保障和就业支出预算144.52万元": the words before "支出预算" name a functional 类, so the amount is that
    类's budget, not the department's 支出预算 (r524, r528: "支出预算…，其中：教育支出预算…，住房保障支出预算…")."""
    return _class_key(d, claim, _plain(before) + "支出", catalog)


def stated_figures(d: Disclosure, catalog: Catalog | None = None,
                   analysis: TextAnalysis | None = None) -> dict[str, list[Stated]]:
    """Every key figure the text states as the document's own, best first (`both_totals` split)."""
    analysis = analysis if analysis is not None else analyse(d)
    out: dict[str, list[Stated]] = {}
    for claim in analysis.claims:
        s = read_claim(d, claim, catalog)
        if s is None or s.stance != CURRENT:
            continue
        keys = ("income_total", "expenditure_total") if s.key == "both_totals" else (s.key,)
        for key in keys:
            out.setdefault(key, []).append(Stated(key, s.value, s.claim, s.stance, s.rank))
    _staff_by_kind_of_post(out)
    for items in out.values():
        items.sort(key=lambda s: s.rank)  # stable: document order within a rank
    return out


# between a kind of post's 编制 and its own 实有人数: "行政编制0人，实有人数0人" (flow text is NFKC: ASCII commas)
_PAIR_GAP = re.compile(r"[人名]?[,;]?")
_ACTUAL_WORD = re.compile(r"实有")


def _names_a_whole(s: Stated) -> bool:
    """A head count whose own words name no kind of post, no part (其中) and no bare 在职: the unit's whole."""
    number, start, _ = _spans(s.claim)
    clause = _plain(s.claim.flow.text[start:number])
    return not (_POST_KIND.search(clause) or "其中" in clause or _BARE_IN_SERVICE.search(clause))


def _staff_by_kind_of_post(out: dict[str, list[Stated]]) -> None:
    """编制 and 实有人数 stated kind of post by kind of post, each 编制 right followed by its own 实有人数, and
    no whole ("行政编制0人，实有人数0人；事业编制30人，实有人数25人", the Beijing template: r760, r761): the
    unit's 编制 and 实有人数 are the sums of the kinds', ranked above every single kind's (and above a bare 实有人数,
    which here is one kind's). A whole stated outright (a 编制 or 实有 figure that names no kind) is kept."""
    authorized, actual = out.get("staff.authorized", []), out.get("staff.actual", [])
    if len(authorized) < 2 or len(actual) < 2:
        return
    pairs: list[tuple[Stated, Stated]] = []
    for a in authorized:
        text = a.claim.flow.text
        number, start, _ = _spans(a.claim)
        if not _POST_KIND.search(text, start, number):
            continue
        for b in actual:
            if b.claim.flow is not a.claim.flow or b.claim.start <= a.claim.end:
                continue
            b_number, b_start, _ = _spans(b.claim)
            if _PAIR_GAP.fullmatch(text, a.claim.end, b_start) and _ACTUAL_WORD.match(text, b_start, b_number):
                pairs.append((a, b))
            break  # only the 实有人数 right after this 编制 can be its own
    if len(pairs) < 2:
        return
    paired = {id(s) for pair in pairs for s in pair}
    for key, side in (("staff.authorized", 0), ("staff.actual", 1)):
        items = out[key]
        if any(id(s) not in paired and _names_a_whole(s) for s in items):
            continue  # the whole is stated ("编制人数小计39人，其中：…")
        total = sum((pair[side].value for pair in pairs), Decimal(0))
        first = pairs[0][side]
        items.insert(0, Stated(key, total, first.claim, first.stance, -1))
