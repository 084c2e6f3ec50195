"""What a stated amount is about: a claim's subject words → the name of a quantity.

One vocabulary for the text analysis (model/claims.py), the check rules that tie a claim to a table
(rules/text/subjects.py) and the rules that compare claims with each other. A key is stable and
English ("basic", "three_total", "reception" …). `vocabulary_key` matches the end of a subject in
the national template's words; `three_public_key` knows the “三公” items under all the names real
pages give them (因公出国（境）费 / 出国经费, 公务接待费 / 公务接待, 公务用车购置及运行（维护）费 with
购置费 / 运行（维护）费); `quantity_key` tries both, then falls back to the subject itself, stripped
of the words that do not change what is counted (years, 本级, 支出决算 …).
"""

from __future__ import annotations

import re
from functools import lru_cache

from yusuan.model.three_public_names import (
    ABROAD_BARE,
    CAR,
    FEE,
    FEE_OR_SPENDING,
    ITEM_WORDS,
    PURCHASE,
    PURCHASE_AND_RUN,
    RECEPTION,
    RUN,
    THREE_PUBLIC,
)
from yusuan.model.word_runs import run_at_end

VOCABULARY: tuple[tuple[str, str], ...] = (
    # 决算 wording ("一般公共预算财政拨款支出") before 财政拨款支出, which it ends with
    (r"一般公共预算财政拨款支出(决算)?", "general_expenditure"),
    # (a subject loses its 总计 as a filler: "财政拨款收入支出总计0.3万元" is read as "财政拨款收入支出")
    (r"财政拨款收支总预算|财政拨款收支预算总?额?|财政拨款收支(总计)?|财政拨款收入支出(总计)?", "fiscal_total"),
    (r"财政拨款收入(预算)?", "fiscal_income"),
    (r"财政拨款支出(预算)?", "fiscal_expenditure"),
    (r"收支总预算|收支预算总?额|收支总额|收支总计|收支预算|收入支出总计", "total"),
    # "基本支出预算", "事业收入预算" are parts: the total is the bare word (or the department's)
    (r"(^|部门|单位)收入(总)?预算|收入总计|收入合计|总收入|本年收入", "total_income"),
    (r"(^|部门|单位)支出(总)?预算|支出总计|支出合计|总支出", "total_expenditure"),
    (r"上级一般公共预算(安排的?)?转移支付(资金|收入)?", "general_transfer"),
    (r"上级政府性基金(预算)?(安排的?)?转移支付(资金|收入)?", "fund_transfer"),
    (r"上级国有资本经营预算(安排的?)?转移支付(资金|收入)?", "soe_transfer"),
    (r"一般财力", "general_own"),
    (r"一般公共预算(当年拨款)?基本支出", "basic_general"),
    (r"一般公共预算(当年拨款)?项目支出", "project_general"),
    (r"一般公共预算(当年)?(拨款)?支出", "general_expenditure"),
    (r"一般公共预算(财政)?(当年)?(拨款)?(收入|资金)?(当年拨款)?", "general_budget"),
    (r"政府性基金收入", "fund_own"),
    (r"国有资本经营收入", "soe_own"),
    (r"政府性基金预算(拨款)?(安排的?)?支出", "fund_expenditure"),
    (r"政府性基金(预算)?(拨款|收入|资金)?", "fund_budget"),
    (r"国有资本经营预算(拨款)?(安排的?)?支出", "soe_expenditure"),
    (r"国有资本经营预算(拨款|收入|资金)?", "soe_budget"),
    (r"财政专户(管理资金|核拨|资金)?(收入)?", "special_account"),
    (r"事业单位经营收入", "unit_operating_income"),
    (r"事业收入", "unit_business_income"),
    (r"上级补助收入", "unit_superior_subsidy"),
    (r"附属单位上缴收入", "unit_affiliated_remittance"),
    (r"单位资金(收入)?", "unit_funds"),
    (r"非财政拨款结转(结余)?", "carryover_nonfiscal"),
    (r"财政拨款结转(结余|资金)?", "carryover_fiscal"),
    (r"上年结转(结余)?|结转结余", "carryover"),
    (r"基本支出", "basic"),
    (r"项目支出", "project"),
    (r"人员经费", "personnel"),
    (r"公用经费", "public"),
    (r"三公经费(预算|支出)?", "three_total"),
    (r"因公出国\(境\)(费用|费)", "abroad"),
    (r"公务用车购置及运行(维护)?费", "vehicle"),
    (r"公务用车购置(费|经费)", "vehicle_purchase"),
    (r"公务用车运行(维护)?费", "vehicle_operation"),
    (r"公务接待费", "reception"),
    (r"机关运行经费(财政拨款)?(预算)?", "operating_costs"),
    # the economic 类 of basic (and project) expenditure (部门预算支出经济分类)
    (r"工资福利(支出)?", "econ_301"),
    (r"商品和服务(支出)?", "econ_302"),
    (r"对个人和家庭(的)?补助(支出)?", "econ_303"),
    (r"(?<!其他)资本性支出", "econ_310"),
    (r"面向小微企业预留(的)?(政府采购)?(项目)?(预算)?", "micro_reserved"),
    (r"面向中小企业预留(的)?(政府采购)?(项目)?(预算)?", "sme_reserved"),
    (r"政府采购货物(类)?(预算)?|^货物(类)?(采购)?(预算)?", "goods"),
    (r"政府采购工程(类)?(预算)?|^工程(类)?(采购)?(预算)?", "works"),
    (r"政府采购服务(类)?(预算)?|^服务(类)?(采购)?(预算)?", "services"),
    (r"政府采购(预算|支出)?(总额)?", "procurement"),
)


def required_text(pattern: str) -> str:
    """The longest run of plain characters that every match of a pattern contains ("" when none is known):
    a subject without it is not searched (57 patterns, searched at every position, are most of the cost)."""
    try:
        from re import _parser
        from re._constants import LITERAL
    except ImportError:  # pragma: no cover - a Python whose re is laid out otherwise: search every pattern
        return ""
    best = run = ""
    for op, arg in _parser.parse(pattern):
        if op is LITERAL:
            run += chr(arg)
        else:
            best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


_VOCAB = [(re.compile(f"(?:{p})$"), key, required_text(p)) for p, key in VOCABULARY]

THREE_PUBLIC_KEYS = ("three_total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation")
THREE_PUBLIC_LABELS = {"three_total": "“三公”经费", "abroad": "因公出国（境）费", "reception": "公务接待费",
                       "vehicle": "公务用车购置及运行费", "vehicle_purchase": "公务用车购置费",
                       "vehicle_operation": "公务用车运行维护费"}

# the “三公” items by every name seen (three_public_names), the longest first (购置及运行 before 购置 and 运行)
_THREE_PUBLIC = (
    (re.compile(f"{CAR}(的)?{PURCHASE_AND_RUN}{FEE_OR_SPENDING}?"), "vehicle"),
    # "公务用车保有量2辆，购置及运行维护费5万元": the car named in the clause before
    (re.compile(f"^{PURCHASE_AND_RUN}{FEE_OR_SPENDING}?"), "vehicle"),
    (re.compile(f"{CAR}(的)?{PURCHASE}{FEE_OR_SPENDING}?"), "vehicle_purchase"),
    # bare, only 运行 ("运维费" alone is as often a computer system's)
    (re.compile(f"{CAR}(的)?{RUN}{FEE_OR_SPENDING}?|^运行(及|和|与)?(维护|维修)?{FEE}"), "vehicle_operation"),
    (re.compile(f"^{PURCHASE}{FEE}"), "vehicle_purchase"),
    (re.compile(f"(因公)?{ABROAD_BARE}{FEE}|因公出国\\(境\\)"), "abroad"),
    (re.compile(f"{RECEPTION}{FEE}?|^接待{FEE}"), "reception"),
    (re.compile(THREE_PUBLIC), "three_total"),
)
_THREE_PUBLIC_WORDS = (*ITEM_WORDS, "购置", "运行")  # one of them is in every name above
_ENUMERATION = re.compile(r"[、,]|(?<!购置)[和及与]")  # between items named together ("购置及运行" is one)
# "…公务接待费（简称“三公”经费）": the items' names, then what they are called together
_CALLED_TOGETHER = re.compile(r"\((简称|统称|以下简称)?三公经费\)$")
# words after a “三公” name that do not change the quantity ("公务接待费支出决算")
_THREE_TAIL = re.compile(r"(的)?(财政拨款)?(支出|预算|决算|数|合计|总额|安排|拨入|情况|金额|实际|总计|共计|累计|为|的|总)*$")


# The three keys are pure functions of a short phrase that the analysis and several rules ask about
# many times over in one document: cached (`clear_caches` empties them; check_bench measures both ways).
@lru_cache(maxsize=8192)
def vocabulary_key(subject: str) -> str | None:
    s = subject.replace("“", "").replace("”", "")
    three = three_public_key(s)  # "三公经费财政拨款支出" is “三公”, not 财政拨款支出
    if three is not None:
        return three
    for pattern, key, required in _VOCAB:
        if required in s and pattern.search(s):
            return key
    # "基本支出预算", "人员经费决算数": the figure of the document's kind of a quantity that has a name of its own
    # (the words after a “三公” name are dropped likewise, _THREE_TAIL)
    if (bare := _STANCE_TAIL.sub("", s)) != s and len(bare) >= 4:
        return vocabulary_key(bare)
    return None


_STANCE_TAIL = re.compile(r"(?<=支出|经费)(?:预算|决算)数?$")


def _three_public_words(subject: str) -> str | None:
    """The subject as the “三公” names are matched: quotes dropped, brackets half-width, the words after
    the name that do not change the quantity removed; None when it names no “三公” item at all."""
    s = subject.replace("“", "").replace("”", "").replace("（", "(").replace("）", ")")
    if not any(word in s for word in _THREE_PUBLIC_WORDS):
        return None
    return _THREE_TAIL.sub("", s)


@lru_cache(maxsize=8192)
def names_three_public_together(subject: str) -> bool:
    """The subject names several “三公” items as one amount: by enumerating them ("因公出国（境）经费、
    公务用车购置及运行费、公务接待费") or by their joint name after them ("…（简称“三公”经费）")."""
    s = _three_public_words(subject)
    if not s:
        return False
    if _CALLED_TOGETHER.search(s):
        return True
    parts = _ENUMERATION.split(s)
    return len(parts) > 1 and sum(three_public_key(p) is not None for p in parts if p) > 1


@lru_cache(maxsize=8192)
def three_public_key(subject: str) -> str | None:
    """A “三公” item (or the whole) named at the end of a subject, under any of its names."""
    s = _three_public_words(subject)
    if not s:
        return None
    if _CALLED_TOGETHER.search(s):
        return "three_total"
    parts = _ENUMERATION.split(s)
    if len(parts) > 1:
        named = [key for key in map(three_public_key, filter(None, parts)) if key is not None]
        if len(named) > 1:
            # "因公出国（境）经费、公务用车购置及运行费、公务接待费决算支出94.7亿元": the items together, the
            # whole when all three are named
            if {"abroad", "reception"} <= set(named) and set(named) & {"vehicle", "vehicle_purchase"}:
                return "three_total"
            return "vehicle" if set(named) == {"vehicle_purchase", "vehicle_operation"} else None
    for pattern, key in _THREE_PUBLIC:
        m = None
        for m in pattern.finditer(s):  # noqa: B007 (the last match is wanted)
            continue
        if m is not None and (m.end() == len(s) or key == "three_total" and s.endswith("经费")):
            return key
    return None


_QUALIFIERS = re.compile(r"\d{4}年度?|本年度?|本级|镇本级|区本级|县本级|本部门|本单位|我单位|全年|年初|当年|"
                         r"一般公共预算财政拨款|一般公共预算|财政拨款|[\"“”()（）]")
_TAIL = run_at_end(("支出决算", "决算支出", "支出预算", "预算支出", "决算数", "预算数", "支出", "决算", "预算",
                    "合计", "总额", "总计", "共计", "数", "为", "是"))  # in linear time (word_runs)


_BUDGET_WORD = re.compile(r"(支出)?(预算|决算)(数)?$")
_SPENT_BUDGET_WORD = re.compile(r"支出(预算|决算)(数)?$")


@lru_cache(maxsize=8192)
def quantity_key(subject: str) -> str:
    """A name for what a subject counts: a vocabulary key, else the subject without qualifiers."""
    key = vocabulary_key(subject) or vocabulary_key(_BUDGET_WORD.sub("", subject) + (
        "支出" if _SPENT_BUDGET_WORD.search(subject) else ""))  # "基本支出预算" is 基本支出
    if key is not None:
        return key
    s = _QUALIFIERS.sub("", subject)
    s = _TAIL.sub("", s)
    return f"text:{s}" if s else ""


def clear_caches() -> None:
    """Forget every phrase's key (for measuring the checker on documents with nothing cached between them)."""
    for cached in (vocabulary_key, three_public_key, names_three_public_together, quantity_key):
        cached.cache_clear()
