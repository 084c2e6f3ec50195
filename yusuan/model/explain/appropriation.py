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
    change_clause,
    clause,
    money,
    reason_clause,
    shares_of,
)
from yusuan.model.sources import INCOME_LEAVES, IncomeRow
from yusuan.money import ZERO

GENERAL_CURRENT_ROWS = frozenset({IncomeRow.GENERAL_BUDGET_OWN, IncomeRow.GENERAL_BUDGET_TRANSFER})

SUBHEADINGS = {
    "3.5.1": "（一）一般公共预算当年拨款规模变化情况",
    "3.5.2": "（二）一般公共预算当年拨款结构情况",
    "3.5.3": "（三）一般公共预算当年拨款具体使用情况",
}


def appropriation(f: Facts) -> list[Section]:
    return [f.section("3.5", []), scale(f), structure(f), use(f)]


def last_year_all_general_current(f: Facts) -> bool:
    """Was last year's income all 一般公共预算当年拨款 (as far as the data tells)?"""
    for row in INCOME_LEAVES:
        if row in GENERAL_CURRENT_ROWS:
            continue
        prior = f.income_prior.get(row)
        if prior is None and f.income[row] or prior:
            return False
    return True


def scale(f: Facts) -> Section:
    items = f.general_current
    total = f.total(items)
    if not total:
        return f.section("3.5.1", [f"{f.dept}{f.year}年未安排一般公共预算当年拨款。"], SUBHEADINGS["3.5.1"])
    basic = f.total(c for c in items if c.is_basic)
    project = total - basic
    shares = shares_of([basic, project])
    ch = f.data.changes
    comparable = last_year_all_general_current(f)
    out = [f"{f.dept}{f.year}年一般公共预算当年拨款合计{money(total, f.unit)}，其中："]
    for words, amount, pct, line in (("基本支出", basic, shares[0], ch.basic), ("项目支出", project, shares[1], ch.project)):
        out.append(amount_clause(words, amount, f.unit, share_pct=pct, prior=line.prior if comparable else None,
                                 reason=line.reason) + "。")
    return f.section("3.5.1", out, SUBHEADINGS["3.5.1"])


def structure(f: Facts) -> Section:
    by_code = f.by_code(f.general_current)
    classes = sorted(c for c in by_code if len(c) == 3 and by_code[c])
    if not classes:
        return f.section("3.5.2", [f"{f.dept}{f.year}年未安排一般公共预算当年拨款。"], SUBHEADINGS["3.5.2"])
    shares = shares_of([by_code[c] for c in classes])
    out = [f"{i}. {f.name(c)}（{c}类）{money(by_code[c], f.unit)}，占{pct:.2f}%。"
           for i, (c, pct) in enumerate(zip(classes, shares, strict=True), 1)]
    return f.section("3.5.2", out, SUBHEADINGS["3.5.2"])


def item_path(f: Facts, code: str) -> str:
    """'一般公共服务支出（201类）人大事务（01款）行政运行（01项）'."""
    return (f"{f.name(code[:3])}（{code[:3]}类）{f.name(code[:5])}（{code[3:5]}款）"
            f"{f.name(code)}（{code[5:]}项）")


def use(f: Facts) -> Section:
    by_code = f.by_code(f.general_current)
    priors: dict[str, tuple[Decimal, str | None]] = {p.code: (p.prior, p.reason) for p in f.data.item_priors}
    codes = sorted({c for c in by_code if len(c) == 7 and by_code[c]} | {c for c, (p, _) in priors.items() if p})
    if not codes:
        return f.section("3.5.3", [f"{f.dept}{f.year}年未安排一般公共预算当年拨款。"], SUBHEADINGS["3.5.3"])
    out = []
    for i, code in enumerate(codes, 1):
        amount = by_code.get(code, ZERO)
        prior, reason = priors.get(code, (None, None))
        change = change_clause(amount, prior, f.unit)
        body = clause(f"{f.year}年预算数为{money(amount, f.unit)}", change, reason_clause(reason) if change else None)
        out.append(f"{i}. {item_path(f, code)}：{body}。")
    return f.section("3.5.3", out, SUBHEADINGS["3.5.3"])
