"""W720 the change of one quantity against last year, stated twice, with two values."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.claims import Claim, stated_comparison
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.common import amount, claim_where
from yusuan.rules.text.relations import _FISCAL_WORDS, THREE, _same_key

Key = tuple[str, str, str]


@rule("W720", "change-stated-twice", Severity.WARNING,
      "同一数额比上年的增减在文中两处所述一致",
      "文中“{subject}”比上年{second}，另一处为{first}",
      explanation="同一数额（同一说法、同一年度，“三公”经费及各项不论名称写法，单位名称写全或略去一部分："
      "“红河县本级……”与“县本级……”）比上年的增减额在文中两处写出时应一致：一处写减少、另一处写增加，或两处金额不同，"
      "至少有一处错了，随之算出的增减率也错。比较的范围与 T317 相同：同一部分内都检查；不同部分之间，只在说法点明资金"
      "范围或为“三公”数额时检查。一处比上年预算、另一处比上年决算的，是两个增减额，不比较；只在“主要是”之后列出、"
      "自身未写比较对象的增减，是解释另一增减的，也不比较。"
      "允许误差：两处增减额各按其最后一位的半个单位（至少 0.005 万元）。这是警告：两处仍可能说的是不同范围。"
      "\n错误示例：“县本级“三公”经费决算数为1,115.07万元，比2020年减少166.4万元，减少12.99%……从汇总数据看，2021年县本级"
      "“三公”经费决算数比2020年增加43万元，增长4.83%。”")
def change_stated_twice(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """One quantity — the same words for the same year and role, or a “三公” figure under any of its names and
    with its government's name written out or partly left out ("红河县本级…" and "县本级…") — changed by one amount
    against last year: two statements of that change that differ (one a fall, the other a rise, or two sizes)
    cannot both be right, nor the rates worked out from them. Compared where T317 compares amounts: within a
    section, and across sections for words that name the fund or a “三公” figure; a change against last year's 预算
    and one against its 决算 are two changes, and a change named after 主要是 with no comparison words of its own
    explains another one and is left out. Accepted within half a unit of
    the last printed digit of each change. A warning: the two may still speak of two scopes.

    Failing example (r681): "县本级“三公”经费决算数为1,115.07万元，比2020年减少166.4万元，减少12.99% … 从汇总数据看，
    2021年县本级“三公”经费决算数比2020年增加43万元，增长4.83%".
    """
    seen: dict[Key, Claim] = {}
    for c in ctx.text.claims:
        if c.delta is None or not c.money or c.period != "current" or c.per_unit is not None or c.threshold \
                or c.project or not stated_comparison(c):
            continue  # (a change without comparison words of its own explains another change, on that one's basis)
        key = _same_key(ctx, c)
        if key is None:
            continue
        three = key[0].split(":")[0] in THREE
        if c.parent is not None and not three:
            continue  # a part's change is its own list's matter
        first = seen.get(key) or (_same_three(seen, key) if three else None)
        if first is None or first.flow is not c.flow and not three and not _FISCAL_WORDS.search(c.subject):
            seen.setdefault(key, c)
            continue
        if abs(first.delta - c.delta) <= (first.delta_half or HALF_CENT) + (c.delta_half or HALF_CENT):  # type: ignore[operator]
            continue
        if {_against(first), _against(c)} == {"预算", "决算"}:
            continue  # "比上年预算增加2万元" and "比上年决算增加5万元": two bases of last year, two changes
        yield rule.finding(claim_where(c), expected=_change(first), actual=_change(c),
                           fix=f"核对两处增减额：另一处为{_change(first)}（{first.sentence[:40]}）",
                           subject=c.subject, second=_change(c), first=_change(first))


def _same_three(seen: dict[Key, Claim], key: Key) -> Claim | None:
    """The same “三公” figure seen under a scope written in full or in part: "红河县本级" and "县本级", or with the
    department's own name left out in one of them."""
    quantity, scope = key[0].split(":", 1)
    for (k, period, role), c in seen.items():
        q, _, s = k.partition(":")
        if q != quantity or (period, role) != key[1:]:
            continue
        if not s or not scope or len(min(s, scope, key=len)) >= 2 and (s.endswith(scope) or scope.endswith(s)):
            return c
    return None


def _against(c: Claim) -> str:
    """Which of last year's figures the change is against, when its words say: 预算 or 决算 ("" when not)."""
    words = stated_comparison(c)
    budget, final = "预算" in words, "决算" in words
    return "预算" if budget and not final else "决算" if final and not budget else ""


def _change(c: Claim) -> str:
    """"减少 166.40 万元（12.99%）": the change as stated, with its rate when one is printed."""
    word = "增加" if c.delta >= 0 else "减少"  # type: ignore[operator]
    rate = f"（{c.rate.printed}%）" if c.rate is not None else ""
    return f"{word} {amount(c, abs(c.delta))} 万元{rate}"  # type: ignore[arg-type]
