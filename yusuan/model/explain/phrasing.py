"""Sentence pieces shared by the explanations: amounts, shares, year-on-year changes, reasons.

Every claim is phrased in one regular pattern, so that the checker can read it back:

    基本支出605.94万元，占71.19%，比上年预算增加66.22万元，增长12.27%，主要原因是工资普调。

Rules (the project's rounding convention):

* amounts print with two decimals (`money.fmt2`, half-up);
* a share is part / whole × 100 and a rate of change is |change| / prior × 100, each computed
  from the exact Decimals and rounded once, half-up, to two places — never from rounded figures;
* no change is "与上年预算持平"; a change from a zero base has no percentage ("（上年未安排）");
* an item with nothing this year and nothing last year is "未安排", with no reason (there is no
  change to explain: a reason there is template text left in);
* "主要原因是…" only when a reason is given, and for "与上年预算持平" only when the reason says why
  nothing changed ("与上年车辆数及标准一致"): a reason for a change of zero is template text left in.

Shares that must add up to 100.00% go through `reconcile_shares` (largest remainder).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_FLOOR, Decimal

from yusuan.money import CENT, ZERO, MoneyUnit, fmt2, round2

HUNDRED = Decimal(100)
PRIOR = "上年预算"


def money(amount: Decimal | None, unit: MoneyUnit = MoneyUnit.WAN) -> str:
    """'473.27万元' (None prints as 0.00)."""
    return f"{fmt2(amount)}{unit.value}"


def number(value: Decimal | int | None) -> str:
    """A count, area or weight as written: 86, 4.2, 0 (no trailing zeros, no exponent)."""
    if value is None:
        return "0"
    d = Decimal(value)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    text = format(d.normalize(), "f")
    return text


def percent(value: Decimal) -> str:
    """'12.27%' for an already rounded percentage."""
    return f"{round2(value):.2f}%"


def share(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole in percent, rounded once, half-up, to two places; None when whole is zero."""
    if not whole:
        return None
    return round2(part * HUNDRED / whole)


def rate(amount: Decimal, prior: Decimal) -> Decimal | None:
    """|amount − prior| / prior in percent, rounded once half-up; None on a zero base."""
    if not prior:
        return None
    return round2(abs(amount - prior) * HUNDRED / prior)


def change_clause(amount: Decimal, prior: Decimal | None, unit: MoneyUnit = MoneyUnit.WAN) -> str | None:
    """'比上年预算增加66.22万元，增长12.27%' / '与上年预算持平' / '比上年预算增加9.00万元（上年未安排）'.

    None when last year's figure is not known.
    """
    if prior is None:
        return None
    delta = amount - prior
    if delta == 0:
        return f"与{PRIOR}持平"
    verb, trend = ("增加", "增长") if delta > 0 else ("减少", "下降")
    head = f"比{PRIOR}{verb}{money(abs(delta), unit)}"
    r = rate(amount, prior)
    if r is None:
        return f"{head}（上年未安排）"
    return f"{head}，{trend}{percent(r)}"


_REASON_LEAD = re.compile(r"^(主要原因(是|为)|原因(是|为))[:：]?")


def clean_reason(reason: str | None) -> str | None:
    """The reason's own words: without a typed lead ('主要原因是：') or trailing punctuation."""
    if reason is None:
        return None
    text = _REASON_LEAD.sub("", reason.strip()).strip()
    text = text.rstrip("。；;，,. ")
    return text or None


def reason_clause(reason: str | None) -> str | None:
    text = clean_reason(reason)
    return f"主要原因是{text}" if text else None


# Words of a reason that explains why an amount did not change (kept after "与上年预算持平");
# rule W702 accepts exactly these.
SAMENESS = re.compile(r"一致|不变|持平|相同|保持|无变化|未发生变化|没有变化|无增减|未变")


def change_and_reason(amount: Decimal, prior: Decimal | None, reason: str | None,
                      unit: MoneyUnit = MoneyUnit.WAN) -> str | None:
    """The change against last year followed by its reason: '比上年预算增加…，主要原因是…'.

    None when last year's figure is not known. No reason without a change to explain: after
    "与上年预算持平" only a reason that says why nothing changed is kept.
    """
    change = change_clause(amount, prior, unit)
    if change is None:
        return None
    text = clean_reason(reason)
    if amount == prior and text and not SAMENESS.search(text):
        text = None
    return clause(change, reason_clause(text))


def clause(*parts: str | None) -> str:
    """Join the non-empty parts with '，' (no final punctuation)."""
    return "，".join(p for p in parts if p)


def sentence(*parts: str | None) -> str:
    """Join the non-empty parts with '，' and end with '。'."""
    return clause(*parts) + "。"


def is_nothing(amount: Decimal | None, prior: Decimal | None) -> bool:
    """Nothing this year and nothing (or nothing known) last year."""
    return not amount and not prior


def amount_clause(
    label: str,
    amount: Decimal | None,
    unit: MoneyUnit = MoneyUnit.WAN,
    *,
    share_pct: Decimal | None = None,
    prior: Decimal | None = None,
    reason: str | None = None,
    with_change: bool = True,
) -> str:
    """'基本支出605.94万元，占71.19%，比上年预算增加66.22万元，增长12.27%，主要原因是工资普调'.

    `share_pct` is an already computed (possibly reconciled) share; it is left out for a zero
    amount. An item with nothing this year and last is '{label}未安排'.
    """
    amount = amount or ZERO
    if is_nothing(amount, prior):
        return f"{label}未安排"
    share_part = f"占{percent(share_pct)}" if share_pct is not None and amount else None
    change = change_and_reason(amount, prior, reason, unit) if with_change else None
    return clause(f"{label}{money(amount, unit)}", share_part, change)


def reconcile_shares(parts: Sequence[Decimal]) -> list[Decimal]:
    """Percent shares of `parts` in their sum, two places, adding up to exactly 100.00.

    Largest remainder on the last digit: each exact share is cut down to hundredths of a percent
    (floor); the hundredths still missing to 100.00 go one each to the shares with the largest
    remainders (ties: the larger part first, then the earlier one). When the shares rounded
    half-up already add up to 100.00 this gives exactly those (the rounded-up shares are the
    ones with remainders of at least one half), so a share differs from its half-up rounding
    only when the half-up shares do not add up; no share is ever more than 0.01 from its exact
    value. Parts must be non-negative with a positive sum; zero parts get 0.00.
    """
    whole = sum(parts, ZERO)
    if whole <= 0 or any(p < 0 for p in parts):
        raise ValueError("reconcile_shares needs non-negative parts with a positive sum")
    exact = [p * HUNDRED / whole for p in parts]
    floors = [e.quantize(CENT, rounding=ROUND_FLOOR) for e in exact]
    missing = int((HUNDRED - sum(floors, ZERO)) / CENT)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - floors[i]), -parts[i], i))
    out = list(floors)
    for i in order[:missing]:
        out[i] += CENT
    return out


def shares_of(parts: Sequence[Decimal]) -> list[Decimal | None]:
    """Reconciled shares (`reconcile_shares`) where they exist; None each for an empty whole."""
    if sum(parts, ZERO) > 0 and all(p >= 0 for p in parts):
        return list(reconcile_shares(parts))
    return [None] * len(parts)


