"""W701 a large change without a reason, W702 a reason for no change, W703 a rate from a zero base."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.claims import SENTENCE_REACH, Claim, mainly_clause
from yusuan.model.explain.phrasing import SAMENESS  # the explanations and W702 agree on it
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.changes import _whole_change, current_of
from yusuan.rules.text.common import claim_where, num, pct
from yusuan.rules.text.index import claim_kinds

LARGE_RATE = Decimal(20)  # percent
LARGE_AMOUNT = Decimal(1)  # 万元


@rule("W701", "large-change-without-reason", Severity.WARNING,
      "较大的增减变化说明原因",
      "文中“{subject}”比上年{change}（{rate}），没有说明原因",
      explanation="与上年相比变动达到 20% 及以上（且不少于 1 万元）时，应说明原因（“主要原因是……”）。全国模板要求说明每项增减变化"
      "的原因，本警告挑出其中较大的。总数下所列各项已分别说明原因的，总数本身无需再说明。原因也可以不用“原因”二字"
      "（“。主要是严格落实……”“这主要是受到……”），或在列举各项之后点名说明（“‘三公’经费支出决算减少的主要原因是……”）。"
      "\n错误示例：“项目支出 245.2 万元，比上年预算减少 144.8 万元，下降 37.13%。”此后再无说明。")
def large_change_without_reason(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A change against last year of at least 20% (and 1 万元) is explained ("主要原因是…"). The national
    template asks for reasons of every change; this warning picks out the large ones. A total whose
    listed parts give their reasons needs none of its own. A reason may come without the word 原因
    ("。主要是严格落实…", "这主要是受到…"), or after the list of parts, naming the total it explains
    ("“三公”经费支出决算减少的主要原因是…").

    Failing example: "项目支出 245.2 万元，比上年预算减少 144.8 万元，下降 37.13%。" and nothing more.
    """
    claims = ctx.text.claims
    for c in claims:
        if c.delta is None or not c.money or c.reason or abs(c.delta) < LARGE_AMOUNT:
            continue
        x = current_of(ctx, c)
        if x is None:
            continue
        prior, subject = x - c.delta, c.subject
        if prior < 0 and (of_whole := _whole_change(c, c.delta)) is not None:
            # the change of the list's whole, printed after its last part
            prior, subject = of_whole.value - c.delta, of_whole.subject
        rate = abs(c.delta) * 100 / prior if prior > 0 else None
        if rate is not None and rate < LARGE_RATE:
            continue
        if any(p.reason for p in claims if p.parent is not None and p.parent.wholes.get(p.unit) is c):
            continue
        whole = c.parent.wholes.get(c.unit) if c.parent is not None else None
        if whole is not None and whole.reason:
            continue  # "其中：一般财力…" under a total whose change is explained
        if _in_a_reason(c, claims) or _explained_by_changes_after(c, claims) or _text_stops_after(ctx, c):
            continue
        change = f"{'增加' if c.delta > 0 else '减少'} {num(abs(c.delta))} 万元"
        yield rule.finding(claim_where(c), expected="增减原因", actual="未说明", fix="说明增减变化的主要原因",
                        subject=subject, change=change, rate=pct(rate, 2) if rate is not None else "上年为零")


_SENTENCE_ENDS = ("。", ";", "\n")


def _text_stops_after(ctx: Context, c: Claim) -> bool:
    """"…与2020年相比，财政拨款收、支总计各增加1908.82万元" and no more (r781): the document's text stops inside the
    change's sentence, a stored page cut off there; the reason may have stood in what was lost."""
    flows = ctx.text.flows
    if not flows or next(reversed(flows.values())) is not c.flow:
        return False
    start = c.delta_start if c.delta_start is not None else c.end
    text = c.flow.text
    if len(text) - start > 40:  # (the length first: no slice of a long flow for a change far from its end)
        return False
    tail = text[start:]
    return not any(mark in tail for mark in _SENTENCE_ENDS)


def _in_a_reason(c: Claim, claims: list[Claim]) -> bool:
    """"收入较去年增加24.87万元，主要是工资调标，人员经费增加，公用经费增加，一般公共预算拨款增加23.29万元，上年结转结余
    资金增加1.58万元。" (r605): the changes named after the 主要是 of a larger change, in its sentence, are that
    change's explanation, not changes that need a reason of their own."""
    text = c.flow.text
    start = c.flow.marks.start_after(c.start, "。\n", SENTENCE_REACH)
    return any(d is not c and d.flow is c.flow and d.delta is not None and start <= d.start < c.start
               and abs(d.delta) >= abs(c.delta) and "主要" in text[d.end:c.start] and ";" not in text[d.end:c.start]
               for d in claims)


def _explained_by_changes_after(c: Claim, claims: list[Claim]) -> bool:
    """"支出预算较2023年减少5521.28万元，主要是基本支出预算减少607.6万元，项目支出预算减少4913.69万元。" (r661): a
    change whose next clause (after its rate, if printed) opens with 主要 and goes on to the smaller changes it
    comes from is explained by them, as the template's "收入较上年增加…，主要是…" asks (the converse of
    `_in_a_reason`). A 主要 further on, after other clauses, explains something else."""
    span = mainly_clause(c)
    if span is None or c.delta is None:
        return False
    start, stop = span
    return any(d is not c and d.flow is c.flow and d.delta is not None and start <= d.start < stop
               and abs(d.delta) < abs(c.delta) for d in claims)


@rule("W702", "reason-for-no-change", Severity.WARNING,
      "没有变化时不写增减原因",
      "文中“{subject}”比上年增减为 0，却写了原因“{reason}”",
      explanation="增减为零无需说明原因；为零变化写原因（“增加0万元，增长0%，主要原因是未做预算安排”）通常是遗留的模板文字。"
      "说明为何没有变化的（“与上年车辆数及标准一致”“无变化的原因是未发生因公出国（境）事务”）不在此列。"
      "\n错误示例：（样例数据，第三部分 十）“因公出国（境）费增加0万元，增长0%，主要原因是未做预算安排”。")
def reason_for_no_change(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A change of zero needs no reason; a reason written for it ("增加0万元，增长0%，主要原因是未做预算安排")
    is usually template text left in. A reason that says why nothing changed ("与上年车辆数及标准一致"), or
    that the words before it introduce as such ("无变化的原因是…", "持平，主要原因是…"), is fine.

    Failing example (the seed, 第三部分 十): "因公出国（境）费增加0万元，增长0%，主要原因是未做预算安排".
    """
    for c in claim_kinds(ctx).changed:
        if c.delta is None or c.delta != 0 or not c.reason or SAMENESS.search(c.reason) or _why_the_same(c):
            continue
        yield rule.finding(claim_where(c), expected="不写原因，或写明未变化的理由", actual=c.reason,
                        fix="删去原因，或说明为何没有变化", subject=c.subject, reason=c.reason)


def _why_the_same(c: Claim) -> bool:
    """The reason is introduced as why nothing changed: "较上年预算数无变化，无变化的原因是未发生因公出国（境）事务",
    "与上年持平，主要原因是…" (the words between the amount and its reason say it is the same)."""
    text = c.flow.text
    at = text.find(c.reason or "", c.end)
    return at >= 0 and SAMENESS.search(text, c.end, at) is not None


@rule("W703", "rate-from-zero-base", Severity.WARNING,
      "上年为零时不计算增长率",
      "文中“{subject}”上年为 0，“{rate}”没有意义",
      explanation="增长率以上年数为基数；上年为零（本年数等于增加额）时，增长率不存在。从零“增长100%”是部分撰写者的习惯，"
      "但不正确：100% 意味着金额翻了一倍。应写“上年无此项”或“新增”。"
      "\n错误示例：（样例数据，第三部分 二）“上级一般公共预算安排的转移支付资金 9 万元，……比上年预算增加 9 万元，增长 100%”。")
def rate_from_zero_base(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A growth rate needs last year's amount as its base; when that was zero (this year's amount equals
    the increase), no rate exists — "增长100%" from nothing is a convention some writers use, and wrong:
    100% would mean the amount doubled. Say "上年无此项" or "新增".

    Failing example (the seed, 第三部分 二): "上级一般公共预算安排的转移支付资金 9 万元，…比上年预算增加 9 万元，
    增长 100%".
    """
    for c in claim_kinds(ctx).changed:
        if c.delta is None or c.rate is None or not c.money:
            continue
        x = current_of(ctx, c)
        if x is None or x == 0 or x - c.delta != 0:
            continue
        rate = f"增长{pct(abs(c.rate.value), c.rate.places)}"
        yield rule.finding(claim_where(c), expected="不计算增长率（上年为零）", actual=rate,
                        fix="改为“上年无此项，本年新增”", subject=c.subject, rate=rate)
