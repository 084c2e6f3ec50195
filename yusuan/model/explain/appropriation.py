"""第三部分 五: 一般公共预算当年拨款 — its scale, its structure by 类 and its use per 项.

一般公共预算当年拨款 is expenditure paid from this year's 一般公共预算 (own and transferred), not
from last year's carry-over. Sub-parts (一)(二)(三) are sections 3.5.1–3.5.3 under 3.5, as
(一)–(五) of 十一 are 3.11.1–3.11.5. The 类 shares of (二) add up to 100.00% (reconciled).
"""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.disclosure import Section
from yusuan.model.explain.context import Facts
from yusuan.model.explain.phrasing import (
    amount_clause,
    change_and_reason,
    clause,
    money,
    shares_of,
)
from yusuan.model.sections import SectionKey
from yusuan.model.sources import IncomeRow
from yusuan.money import ZERO

GENERAL_CURRENT_ROWS = frozenset({IncomeRow.GENERAL_BUDGET_OWN, IncomeRow.GENERAL_BUDGET_TRANSFER})
ENCLOSING_ROWS = frozenset({IncomeRow.CURRENT_YEAR, IncomeRow.TOTAL})  # the rows 一般公共预算拨款 sits in

SUBHEADINGS = {
    SectionKey.GENERAL_APPROPRIATION_SCALE: "（一）一般公共预算当年拨款规模变化情况",
    SectionKey.GENERAL_APPROPRIATION_STRUCTURE: "（二）一般公共预算当年拨款结构情况",
    SectionKey.GENERAL_APPROPRIATION_USE: "（三）一般公共预算当年拨款具体使用情况",
}


def appropriation(f: Facts) -> list[Section]:
    return [f.section(SectionKey.GENERAL_APPROPRIATION, []), scale(f), structure(f), use(f)]


def last_year_all_general_current(f: Facts) -> bool:
    """Was last year's income all 一般公共预算当年拨款 (as far as the data tells)?

    Last year's figures are `income_priors`' (a row's own prior, else its parts' sum), the ones
    第三部分 二 states, so a prior entered on a parent row (单位资金, 上年结转结余, 收入总计 …) counts
    as much as one entered on a leaf. A row with money this year and no known prior leaves last
    year unknown: not comparable.
    """
    general = f.income_prior.get(IncomeRow.GENERAL_BUDGET)
    for row in IncomeRow:
        if row in GENERAL_CURRENT_ROWS or row == IncomeRow.GENERAL_BUDGET:
            continue
        prior = f.income_prior.get(row)
        if row in ENCLOSING_ROWS:  # 本年收入, 收入总计: nothing beyond 一般公共预算拨款 last year
            if prior is not None and prior != (general or ZERO):
                return False
            continue
        if prior is None and f.income[row] or prior:
            return False
    return True


def _item_reason(f: Facts, codes: set[str], change: Decimal) -> str | None:
    """The reason of the 项 (among `codes`) whose 一般公共预算当年拨款 moved most in the direction of
    `change`, as 五（三） states it; None when no such 项 gives one."""
    by_code = f.by_code(f.general_current)
    moves = [(p.code, by_code.get(p.code, ZERO) - p.prior, p.reason) for p in f.data.item_priors
             if p.code in codes and p.prior is not None and p.reason]
    moves = sorted(m for m in moves if m[1] and (m[1] > 0) == (change > 0))
    if not moves:
        return None
    return max(moves, key=lambda m: abs(m[1]))[2]  # ties: the first 项 in code order


def _part_reason(f: Facts, basic: bool, part: Decimal, whole: Decimal, prior: Decimal | None,
                 reason: str | None) -> str | None:
    """Why the 一般公共预算当年拨款 part of 基本 (项目) 支出 changed.

    The data's reason explains the change of all 基本 (项目) 支出. Last year's figure is the same for
    the part (五（一） compares only when last year's income was all 一般公共预算当年拨款), so the
    part's change is the whole's less this year's money from other sources (结转, 单位资金, 政府性
    基金 …). The whole's reason is said of the part when the part moved the same way; a reason for an
    increase is never said of a decrease: then the part takes the reason of its 项 that moved most
    its way (五（三）) — for 项目支出 the 项 with a project now or with nothing at all this year (a
    project no longer funded), for 基本支出 those with 基本支出. No reason for no change.
    """
    if prior is None or part == whole:
        return reason
    if part == prior:
        return None
    if whole != prior and (part > prior) == (whole > prior):
        return reason
    kind = [c for c in f.general_current if c.is_basic == basic]
    codes = {c.code for c in kind}
    if not basic:
        funded = {c.code for c in f.general_current}
        codes |= {p.code for p in f.data.item_priors if p.code not in funded}
    return _item_reason(f, codes, part - prior)


def scale(f: Facts) -> Section:
    items = f.general_current
    total = f.total(items)
    if not total:
        return f.section(SectionKey.GENERAL_APPROPRIATION_SCALE, [f"{f.dept}{f.year}年未安排一般公共预算当年拨款。"], SUBHEADINGS[SectionKey.GENERAL_APPROPRIATION_SCALE])
    basic = f.total(c for c in items if c.is_basic)
    project = total - basic
    shares = shares_of([basic, project])
    ch = f.data.changes
    comparable = last_year_all_general_current(f)
    all_basic = f.total(c for c in f.charges if c.is_basic)
    all_project = f.total(f.charges) - all_basic
    out = [f"{f.dept}{f.year}年一般公共预算当年拨款合计{money(total, f.unit)}，其中："]
    for words, is_basic, amount, whole, pct, line in (
        ("基本支出", True, basic, all_basic, shares[0], ch.basic),
        ("项目支出", False, project, all_project, shares[1], ch.project),
    ):
        prior = line.prior if comparable else None
        reason = _part_reason(f, is_basic, amount, whole, prior, line.reason)
        out.append(amount_clause(words, amount, f.unit, share_pct=pct, prior=prior, reason=reason) + "。")
    return f.section(SectionKey.GENERAL_APPROPRIATION_SCALE, out, SUBHEADINGS[SectionKey.GENERAL_APPROPRIATION_SCALE])


def structure(f: Facts) -> Section:
    by_code = f.by_code(f.general_current)
    classes = sorted(c for c in by_code if len(c) == 3 and by_code[c])
    if not classes:
        return f.section(SectionKey.GENERAL_APPROPRIATION_STRUCTURE, [f"{f.dept}{f.year}年未安排一般公共预算当年拨款。"], SUBHEADINGS[SectionKey.GENERAL_APPROPRIATION_STRUCTURE])
    shares = shares_of([by_code[c] for c in classes])
    out = [f"{i}. {f.name(c)}（{c}类）{money(by_code[c], f.unit)}，占{pct:.2f}%。"
           for i, (c, pct) in enumerate(zip(classes, shares, strict=True), 1)]
    return f.section(SectionKey.GENERAL_APPROPRIATION_STRUCTURE, out, SUBHEADINGS[SectionKey.GENERAL_APPROPRIATION_STRUCTURE])


def item_path(f: Facts, code: str) -> str:
    """'一般公共服务支出（201类）人大事务（01款）行政运行（01项）'."""
    return (f"{f.name(code[:3])}（{code[:3]}类）{f.name(code[:5])}（{code[3:5]}款）"
            f"{f.name(code)}（{code[5:]}项）")


def use(f: Facts) -> Section:
    by_code = f.by_code(f.general_current)
    priors: dict[str, tuple[Decimal, str | None]] = {p.code: (p.prior, p.reason) for p in f.data.item_priors}
    codes = sorted({c for c in by_code if len(c) == 7 and by_code[c]} | {c for c, (p, _) in priors.items() if p})
    if not codes:
        return f.section(SectionKey.GENERAL_APPROPRIATION_USE, [f"{f.dept}{f.year}年未安排一般公共预算当年拨款。"], SUBHEADINGS[SectionKey.GENERAL_APPROPRIATION_USE])
    out = []
    for i, code in enumerate(codes, 1):
        amount = by_code.get(code, ZERO)
        prior, reason = priors.get(code, (None, None))
        body = clause(f"{f.year}年预算数为{money(amount, f.unit)}", change_and_reason(amount, prior, reason, f.unit))
        out.append(f"{i}. {item_path(f, code)}：{body}。")
    return f.section(SectionKey.GENERAL_APPROPRIATION_USE, out, SUBHEADINGS[SectionKey.GENERAL_APPROPRIATION_USE])
