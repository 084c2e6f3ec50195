"""Places and numbers of text claims."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from yusuan.model.claims import MONEY_UNITS, Claim, Flow
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


def unit_of(c: Claim) -> str:
    """The unit a claim printed its amount in (万元 when converted from 元/亿元 it is shown back in it)."""
    if not c.money:
        return c.unit
    unit = _FULL_UNIT.get(c.printed_unit, c.printed_unit)
    return unit if unit in MONEY_UNITS else "万元"


_FULL_UNIT = {"万": "万元", "亿": "亿元"}  # "807.95万", "0.7亿": the unit word cut short


def in_unit(c: Claim, value: Decimal) -> Decimal:
    """A value of the claim (万元 for money) in the unit the claim printed it in."""
    unit = unit_of(c)
    return value / MONEY_UNITS[unit] if c.money and unit in MONEY_UNITS else value


def amount(c: Claim, value: Decimal, places: int | None = None) -> str:
    """A plain number in the claim's printed unit, for money at two decimals or at as many as the claim
    printed ("4.647", the figure as the reader sees it), as a count otherwise."""
    if not c.money:
        return f"{value:f}"
    return num(in_unit(c, value), max(2, printed_places(c) if places is None else places))


def printed_places(c: Claim) -> int:
    """The decimals the claim's figure was printed with ("4.647万元": 3)."""
    return places_of(c.printed)


def places_of(printed: str) -> int:
    """The decimals of a printed amount ("4.647万元": 3, "19万元": 0)."""
    point = printed.find(".")
    if point < 0:
        return 0
    end = point + 1
    while end < len(printed) and printed[end].isdigit():
        end += 1
    return end - point - 1


def amount_u(c: Claim, value: Decimal) -> str:
    """An amount with its unit for messages: "4.76 万元", "54357.12 元"."""
    return f"{amount(c, value)} {unit_of(c)}"


def plain_pct(value: Decimal, places: int) -> str:
    """A percentage as a plain number at the printed precision ("42.56")."""
    return num(value, places)
