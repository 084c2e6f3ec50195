"""W719 the year-end balance of a sentence that states the year's whole account: "上年结转和结余资金为98.45万元，本年收入
1095.76万元，支出1193.35万元，用事业基金弥补收支差额0万元，结余分配0万元，年末结转和结余资金为5862.89万元" (r765)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.claims import SENTENCE_REACH, Claim
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import amount, amount_u, claim_where

# The terms of the account, by the words its amount ends with (a fund's name may stand before them:
# "一般公共预算财政拨款上年结转"), with the sign each term carries towards the year-end balance. A total
# (收入总计, 支出总计) holds the balance brought forward itself: no term of this account.
_CARRIED_IN = re.compile(r"(?:上年|年初)结转(?:和|及|与)?(?:结余)?(?:资金)?$")
_CARRIED_OUT = re.compile(r"年末结转(?:和|及|与)?(?:结余)?(?:资金)?$")
_TERMS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("in", _CARRIED_IN, 1),
    ("income", re.compile(r"(?<!总)收入(?:合计)?$"), 1),
    ("spending", re.compile(r"(?<!总)支出(?:合计)?$"), -1),
    ("fill", re.compile(r"(?:用|使用)事业基金弥补收支差额$"), 1),
    ("non_fiscal", re.compile(r"使用非财政拨款结余(?:和专用结余|\(含专用结余\))?$"), 1),
    ("distribution", re.compile(r"结余分配$"), -1),
)
_NEEDED = ("in", "income", "spending")
_TOTAL = re.compile(r"总计|总额|总收入|总支出")
_TERM_WORDS = {"in": "上年结转和结余", "income": "收入", "spending": "支出", "fill": "用事业基金弥补收支差额",
               "non_fiscal": "使用非财政拨款结余", "distribution": "结余分配"}


@rule("W719", "year-end-balance", Severity.WARNING,
      "年末结转和结余等于上年结转和结余加本年收入减本年支出",
      "文中“{subject}”为 {stated}，按同句所列{terms}计算应为 {balance}",
      explanation="一句话依次写出上年（年初）结转和结余、本年收入、本年支出（及用事业基金弥补收支差额、使用非财政拨款结余、"
      "结余分配），最后写出年末结转和结余时，年末数应等于上年结转和结余加本年收入、减本年支出（加弥补收支差额和使用的"
      "非财政拨款结余、减结余分配）。只检查句中每个金额都是上述某一项、且各项都只出现一次的句子；收入总计、支出总计"
      "已含上年结转，不作为本年收支。期望值为按所列各项算出的年末数（按年末数所印的单位），实际值为所印年末数。"
      "允许误差：各数按其最后一位的半个单位（至少 0.005 万元）。这是警告：可能是年末数印错，也可能是某一项印错。"
      "\n错误示例：“上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支差额0万元，"
      "结余分配0万元，年末结转和结余资金为5862.89万元”——98.45 + 1095.76 − 1193.35 = 0.86 万元。")
def year_end_balance(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A sentence that states the year's account in order — the balance brought forward (上年/年初结转和结余), the
    year's income, its spending (and the 事业基金 used to fill the gap, the 非财政拨款结余 used, the 结余分配), and
    last the year-end balance (年末结转和结余): the last is the first plus the income less the spending (plus the
    fill and the balances used, less the distribution). Only sentences whose every amount is one of these terms,
    each once, are checked; a 收入总计 or 支出总计 holds the balance brought forward and is no term. Expected is the
    balance the terms give (in the unit the year-end balance is printed in), actual the printed one. Accepted within
    half a unit of the last printed digit of each figure. A warning: the year-end figure or a term may be the slip.

    Failing example (r765): "上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支
    差额0万元，结余分配0万元，年末结转和结余资金为5862.89万元" — 98.45 + 1095.76 − 1193.35 = 0.86.
    """
    sentences: dict[tuple[int, int], list[Claim]] = {}
    for c in ctx.text.claims:
        if "结转" not in c.subject or not _CARRIED_OUT.search(c.subject):
            continue
        start = c.flow.marks.start_after(c.start, "。\n", SENTENCE_REACH)
        sentences.setdefault((id(c.flow), start), [])
    if not sentences:
        return
    for c in ctx.text.claims:
        key = (id(c.flow), c.flow.marks.start_after(c.start, "。\n", SENTENCE_REACH))
        if key in sentences:
            sentences[key].append(c)
    for claims in sentences.values():
        if (found := _account(claims)) is None:
            continue
        out, terms = found
        expected = sum((sign * c.value for _, c, sign in terms), Decimal(0))  # type: ignore[misc]
        bound = _half(out) + sum((_half(c) for _, c, _ in terms), Decimal(0))
        if abs(out.value - expected) <= bound:  # type: ignore[operator]
            continue
        yield rule.finding(claim_where(out), expected=amount(out, expected), actual=amount(out, out.value),
                           fix="核对年末结转和结余与上年结转和结余、本年收支",
                           subject=out.subject, stated=amount_u(out, out.value),  # type: ignore[arg-type]
                           terms="、".join(_TERM_WORDS[name] for name, _, _ in terms),
                           balance=amount_u(out, expected))


def _account(claims: list[Claim]) -> tuple[Claim, list[tuple[str, Claim, int]]] | None:
    """The year-end balance and the terms before it, when the sentence's every amount is one term, each once,
    the year-end balance last; None otherwise."""
    money = [c for c in claims if c.money and c.value is not None]
    if len(money) < 4 or len(money) != len(claims) or not _CARRIED_OUT.search(money[-1].subject):
        return None
    if any(c.threshold or c.per_unit is not None or c.delta is not None or c.share is not None for c in money):
        return None
    terms: list[tuple[str, Claim, int]] = []
    seen: set[str] = set()
    for c in money[:-1]:
        if _TOTAL.search(c.raw_subject):
            return None  # "收入总计110万元" (its subject cleaned to 收入): the total holds the balance brought forward
        hit = next(((name, sign) for name, pattern, sign in _TERMS if pattern.search(c.subject)), None)
        if hit is None or hit[0] in seen:
            return None
        seen.add(hit[0])
        terms.append((hit[0], c, hit[1]))
    if not all(name in seen for name in _NEEDED):
        return None
    return money[-1], terms


def _half(c: Claim) -> Decimal:
    return c.half or HALF_CENT
