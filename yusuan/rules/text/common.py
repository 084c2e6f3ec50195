"""Places and numbers of text claims."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from yusuan.model.claims import Claim, Flow
from yusuan.rules.finding import Where


def claim_where(c: Claim) -> Where:
    return flow_where(c.flow, c.start, c.end)


def flow_where(flow: Flow, start: int, end: int) -> Where:
    idx = flow.paragraph_at(start)
    paras = flow.section.paragraphs
    loc = paras[idx].location if 0 <= idx < len(paras) else None
    return Where(section=flow.section.key, paragraph=idx, sentence=flow.sentence(start, end)).with_location(loc)


def num(value: Decimal, places: int = 2) -> str:
    """A number as the text would print it: 2 decimals for money, fewer when given."""
    q = Decimal(1).scaleb(-places)
    return f"{value.quantize(q, rounding=ROUND_HALF_UP):f}"


def pct(value: Decimal, places: int) -> str:
    return num(value, places) + "%"


def ratio_interval(x: Decimal, hx: Decimal, d: Decimal, hd: Decimal) -> tuple[Decimal, Decimal] | None:
    """100·x/d over every x ± hx and d ± hd (None when d may be zero)."""
    if d - hd <= 0:
        return None
    lo_x, hi_x = x - hx, x + hx
    values = [100 * a / b for a in (lo_x, hi_x) for b in (d - hd, d + hd)]
    return min(values), max(values)


def percent_fits(stated: Decimal, half: Decimal, interval: tuple[Decimal, Decimal] | None) -> bool:
    if interval is None:
        return False
    lo, hi = interval
    eps = Decimal("1e-9")
    return stated - half - eps <= hi and stated + half + eps >= lo
