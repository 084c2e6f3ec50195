"""T319 — the “三公” items stated one by one add up to the “三公” total the text states (no table to hold
them: a page that explains the figures in sentences, not as a "其中" list)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from yusuan.model.claims import BUDGET, Claim
from yusuan.model.disclosure import TableId
from yusuan.money import ZERO
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import amount, amount_u, claim_where, printed_places
from yusuan.rules.text.subjects import stated_value

CURRENT = "current"
SPLITS = (("abroad", "reception", "vehicle"), ("abroad", "reception", "vehicle_purchase", "vehicle_operation"))
THREE = ("three_total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation")
_THREE_NAME = re.compile(r"三公|因公出国|出国|公务接待|公务用?车|公车|接待费")
_FILLER = re.compile(r"\d{4}年度?|本年度?|全年|当年|一般公共预算|财政拨款|安排的?|使用|资金|支出|[()（）]")


@dataclass
class Figure:
    value: Decimal
    half: Decimal
    claim: Claim


def scope(c: Claim) -> str:
    """Whose “三公” the claim is about: the words before the item's name ("区直…", the department's name)."""
    return _FILLER.sub("", _THREE_NAME.split(c.subject)[0])


def _budget_role(ctx: Context, c: Claim) -> bool:
    """In final accounts, an amount named "…预算" with no 决算 beside it is the budget, not the 决算数."""
    return ctx.final and c.budget is None and "预算" in c.raw_subject and "决算" not in c.raw_subject


def figure(ctx: Context, claims: list[Claim], basis: str) -> Figure | None:
    """One “三公” figure as the text states it: this year's amount, or (final accounts) the budget — stated
    beside the 决算数, or implied by the 决算数 and its change against the budget."""
    for c in claims:
        if basis == CURRENT and c.value is not None and not _budget_role(ctx, c):
            return Figure(c.value, c.half or HALF_CENT, c)
        if basis == BUDGET and c.budget is not None:
            return Figure(c.budget, c.budget_half or HALF_CENT, c)
        if basis == BUDGET and c.budget_delta is not None:
            x = c if c.value is not None else stated_value(ctx, c.quantity, c)
            if x is None or x.value is None or _budget_role(ctx, x):
                continue
            return Figure(x.value - c.budget_delta, (x.half or HALF_CENT) + (c.budget_delta_half or HALF_CENT), c)
    return None


@rule("T319", "three-public-items-add-up", Severity.ERROR,
      "文中分别所述的“三公”各项之和等于“三公”经费合计",
      "文中“{whole}”{word}{whole_s}，各项（{parts}）合计 {sum_s}",
      explanation="没有表10、而逐句分别写出“三公”经费合计与各项（不是“其中”列举，那是 T304）的页面：因公出国（境）费、公务接待费、"
      "公务用车购置及运行费（或其购置费与运行费）之和应等于合计。决算还核对预算数：各项的预算数可直接写出，也可由"
      "决算数与“比预算增加/减少”推得（“公务接待费支出0.18万元”“比预算数减少4.82万元”：预算 5.00 万元），其和应等于"
      "所述的“三公”经费预算数。只比较同一范围（项目名称前的说法相同或未写）的本年数字；有表10 时由 T301、T315 逐项核对。"
      "允许误差：每个数字按其最后一位的半个单位，舍入范围内的差额只报 A100 提示。"
      "\n错误示例：“‘三公’经费支出预算为89.90万元”，各项推得的预算为 0 + 74.90 + 5.00 = 79.90 万元。")
def three_public_items_add_up(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A page without 表10 that states the “三公” total and then each item in sentences of their own (not
    a "其中" list, which is T304's) — 因公出国（境）费, 公务接待费, 公务用车购置及运行费 (or its 购置费 and
    运行费) — states a partition: the items add up to the total. So do their budgets in final accounts,
    stated or implied by each item's 决算数 and its change against the budget ("公务接待费支出决算数比预算数
    减少4.82万元" with "公务接待费支出0.18万元": 5.00). Only figures of one scope (the same words before the
    item's name, or none) and of this year are compared; differences within rounding are A100 notices.

    Failing example: "“三公”经费支出预算为89.90万元 … 因公出国（境）费支出0万元 … 比预算数增加（减少）0万元 …
    公务用车购置及运行费支出57.36万元 … 比预算数减少17.54万元 … 公务接待费支出0.18万元 … 比预算数减少4.82
    万元" — the items' budgets add up to 0 + 74.90 + 5.00 = 79.90.
    """
    if ctx.view(TableId.T10) is not None:
        return  # with the table, T301 and T315 compare each item with its row
    for flow in ctx.text.flows.values():
        claims = [c for c in ctx.text.claims if c.flow is flow and c.money and c.quantity in THREE
                  and c.period == CURRENT and not c.threshold and c.per_unit is None and not c.project]
        totals = [c for c in claims if c.quantity == "three_total"]
        if not totals:
            continue
        whole_scope = scope(totals[0])
        # the parts of a "其中" list of a “三公” total belong to that total (T304), whatever it is (预算 or 决算)
        claims = [c for c in claims if scope(c) in ("", whole_scope) and not (
            c.parent is not None and any(w.quantity == "three_total" for w in c.parent.wholes.values()))]
        for basis in (CURRENT, BUDGET):
            if basis == BUDGET and not ctx.final:
                continue
            whole = figure(ctx, [c for c in claims if c.quantity == "three_total"], basis)
            if whole is None:
                continue
            for keys in SPLITS:
                parts = [figure(ctx, [c for c in claims if c.quantity == k], basis) for k in keys]
                if any(p is None for p in parts):
                    continue
                yield from _check(ctx, rule, whole, [p for p in parts if p is not None], basis)
                break


def _check(ctx: Context, r, whole: Figure, parts: list[Figure], basis: str) -> Iterator[Finding]:
    c = whole.claim
    total = sum((p.value for p in parts), ZERO)
    diff = whole.value - total
    if diff == 0:
        return
    bound = whole.half + sum((p.half for p in parts), ZERO)
    word = "预算数 " if basis == BUDGET else ""
    if abs(diff) <= bound:
        yield ctx.rounding(r, claim_where(c), f"文中“{c.subject}”{word}与各项之和", whole.value, total,
                           len(parts) + 1, bound)
        return
    labels = "、".join(f"{p.claim.subject} {amount(c, p.value, printed_places(p.claim))}" for p in parts)
    yield r.finding(claim_where(c), expected=amount(c, total), actual=amount(c, whole.value),
                    fix="核对“三公”经费合计与各项" + ("预算数（决算数与比预算增减额推得）" if basis == BUDGET else ""),
                    whole=c.subject, word=word, whole_s=amount_u(c, whole.value), parts=labels,
                    sum_s=amount_u(c, total))
