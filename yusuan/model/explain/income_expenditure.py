"""第三部分 一 to 四: the overall picture, income, expenditure and 财政拨款.

Shares of income are of 收入总计 and shares of expenditure of 支出总计. The top-level income rows
(一般公共预算拨款 … 单位资金, 财政拨款结转, 非财政拨款结转结余) partition 收入总计, and 基本支出 and
项目支出 partition 支出总计, so their shares are reconciled to add up to 100.00%; the shares of
the 其中 rows beneath them are plain half-up roundings.
"""

from __future__ import annotations

from yusuan.model.amounts import Charge
from yusuan.model.disclosure import Section
from yusuan.model.explain.context import Facts
from yusuan.model.explain.phrasing import amount_clause, money, share, shares_of
from yusuan.model.sections import SectionKey
from yusuan.model.sources import (
    FISCAL_SOURCES,
    FUND_SOURCES,
    GENERAL_SOURCES,
    INCOME_SPEC,
    SOE_SOURCES,
    IncomeRow,
    income_children,
)
from yusuan.money import ZERO

# The rows that partition 收入总计, with the words the explanations use for them (model/sources.py).
TOP_INCOME: tuple[tuple[IncomeRow, str], ...] = tuple(
    (row, INCOME_SPEC[row].words)
    for row in (IncomeRow.GENERAL_BUDGET, IncomeRow.FUND_BUDGET, IncomeRow.SOE_BUDGET, IncomeRow.SPECIAL_ACCOUNT,
                IncomeRow.UNIT_FUNDS, IncomeRow.CARRYOVER_FISCAL, IncomeRow.CARRYOVER_NONFISCAL)
)

BUDGET_TYPES: tuple[tuple[str, frozenset, str], ...] = (
    ("一般公共预算", GENERAL_SOURCES, INCOME_SPEC[IncomeRow.GENERAL_BUDGET].words),
    ("政府性基金预算", FUND_SOURCES, INCOME_SPEC[IncomeRow.FUND_BUDGET].words),
    ("国有资本经营预算", SOE_SOURCES, INCOME_SPEC[IncomeRow.SOE_BUDGET].words),
)


def _reason(f: Facts, row: IncomeRow) -> str | None:
    """The row's own reason; else that of its only child with anything in it."""
    line = f.data.income.get(row)
    if line and line.reason:
        return line.reason
    live = [c for c in income_children(row) if f.income[c] or f.income_prior.get(c)]
    if len(live) == 1:
        return _reason(f, live[0])
    return None


def overall(f: Facts) -> Section:
    income_total = f.income[IncomeRow.TOTAL]
    spent = f.total(f.charges)
    if income_total == spent:
        totals = f"收支总预算{money(income_total, f.unit)}。"
    else:
        totals = f"收入总预算{money(income_total, f.unit)}，支出总预算{money(spent, f.unit)}。"
    out = [f"按照全口径预算的原则，{f.dept}{f.year}年所有收入和支出均纳入部门预算管理。{totals}"]
    sources = [words for row, words in TOP_INCOME if f.income[row]]
    if sources:
        out.append(f"收入预算包括：{'、'.join(sources)}。")
    classes = sorted({c.code[:3] for c in f.charges})
    if classes:
        out.append(f"支出预算包括：{'、'.join(f.name(c) for c in classes)}。")
    return f.section(SectionKey.OVERALL, out)


def income(f: Facts) -> Section:
    total = f.income[IncomeRow.TOTAL]
    if not total and not any(f.income_prior.get(row) for row, _ in TOP_INCOME):
        return f.section(SectionKey.INCOME, [f"{f.dept}{f.year}年未安排收入预算。"])
    out = [f"{f.dept}{f.year}年收入预算{money(total, f.unit)}，其中："]
    amounts = [f.income[row] for row, _ in TOP_INCOME]
    shares = shares_of(amounts)
    nothing: list[str] = []
    for (row, words), pct in zip(TOP_INCOME, shares, strict=True):
        amount, prior = f.income[row], f.income_prior.get(row)
        if not amount and not prior:
            nothing.append(words)
            continue
        text = amount_clause(words, amount, f.unit, share_pct=pct, prior=prior, reason=_reason(f, row))
        children = [c for c in income_children(row)
                    if (f.income[c] or f.income_prior.get(c)) and f.income[c] != amount]
        if children:
            parts = [amount_clause(INCOME_SPEC[c].words, f.income[c], f.unit, share_pct=share(f.income[c], total),
                                   prior=f.income_prior.get(c), reason=_reason(f, c)) for c in children]
            text += "；其中：" + "；".join(parts)
        out.append(text + "。")
    if nothing:
        out.append(f"{'、'.join(nothing)}未安排。")
    return f.section(SectionKey.INCOME, out)


def expenditure(f: Facts) -> Section:
    spent = f.total(f.charges)
    basic = f.total(c for c in f.charges if c.is_basic)
    project = spent - basic
    ch = f.data.changes
    if not spent and not ch.basic.prior and not ch.project.prior:
        return f.section(SectionKey.EXPENDITURE, [f"{f.dept}{f.year}年未安排支出预算。"])
    out = [f"{f.dept}{f.year}年支出预算{money(spent, f.unit)}，其中："]
    shares = shares_of([basic, project])
    out.append(amount_clause("基本支出", basic, f.unit, share_pct=shares[0], prior=ch.basic.prior,
                             reason=ch.basic.reason) + "。")
    out.append(amount_clause("项目支出", project, f.unit, share_pct=shares[1], prior=ch.project.prior,
                             reason=ch.project.reason) + "。")
    return f.section(SectionKey.EXPENDITURE, out)


def _uses(f: Facts, items: list[Charge], cls: str) -> str:
    """'人大事务' — the 款 of a 类, largest first."""
    by_code = f.by_code(c for c in items if c.code.startswith(cls))
    kuan = sorted((code for code in by_code if len(code) == 5), key=lambda k: (-by_code[k], k))
    return "、".join(f.name(k) for k in kuan)


def fiscal(f: Facts) -> Section:
    fiscal_items = f.of_sources(FISCAL_SOURCES)
    income_by_type = {
        INCOME_SPEC[IncomeRow.GENERAL_BUDGET].words: f.income[IncomeRow.GENERAL_BUDGET] + f.income[IncomeRow.CARRYOVER_GENERAL_BUDGET],
        INCOME_SPEC[IncomeRow.FUND_BUDGET].words: f.income[IncomeRow.FUND_BUDGET] + f.income[IncomeRow.CARRYOVER_FUND_BUDGET],
        INCOME_SPEC[IncomeRow.SOE_BUDGET].words: f.income[IncomeRow.SOE_BUDGET] + f.income[IncomeRow.CARRYOVER_SOE_BUDGET],
    }
    total = sum(income_by_type.values(), ZERO)
    if not total and not fiscal_items:
        return f.section(SectionKey.FISCAL, [f"{f.dept}{f.year}年未安排财政拨款收支预算。"])
    out = [f"{f.year}年财政拨款收支总预算{money(total, f.unit)}。"]
    present = [k for k, v in income_by_type.items() if v]
    absent = [k for k, v in income_by_type.items() if not v]
    if len(present) == 1 and absent:
        out.append(f"收入全部为{present[0]}，无{'和'.join(absent)}。")
    if present:
        out.append("收入预算包括：" + "、".join(f"{k}{money(income_by_type[k], f.unit)}" for k in present) + "。")
    for words, sources, _ in BUDGET_TYPES:
        items = [c for c in fiscal_items if c.source in sources]
        if not items:
            continue
        by_code = f.by_code(items)
        parts = [f"{f.name(cls)}{money(by_code[cls], f.unit)}，主要用于{_uses(f, items, cls)}"
                 for cls in sorted(c for c in by_code if len(c) == 3)]
        out.append(f"{words}支出包括：" + "；".join(parts) + "。")
    return f.section(SectionKey.FISCAL, out)

