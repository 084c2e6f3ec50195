"""Money helpers in integer cents of 万元: draws, splits, shares, and the Decimal and text they become."""

from __future__ import annotations

import random
from decimal import Decimal


def wan(cents: int) -> Decimal:
    """Cents → Decimal 万元 with exactly two decimals."""
    return Decimal(cents).scaleb(-2)


def wan_text(cents: int) -> str:
    """Amount as text writes it: 38, 16.2, 4.25."""
    whole, frac = divmod(cents, 100)
    return str(whole) if frac == 0 else f"{whole}.{frac:02d}".rstrip("0")


def rand_cents(rng: random.Random, lo: float, hi: float) -> int:
    return rng.randint(round(lo * 100), round(hi * 100))


def bp_of(amount: int, basis_points: int) -> int:
    """amount × basis_points / 10000, rounded half up."""
    return (amount * basis_points + 5000) // 10000


def split_parts(rng: random.Random, total: int, n: int, step: int = 1) -> list[int]:
    """n positive parts adding up to total, in multiples of `step` where possible."""
    n = max(1, min(n, total))
    if step > 1 and total % step == 0 and total // step >= n:
        return [p * step for p in split_parts(rng, total // step, n)]
    if n == 1:
        return [total]
    cuts = sorted(rng.sample(range(1, total), n - 1))
    bounds = [0, *cuts, total]
    return [b - a for a, b in zip(bounds, bounds[1:], strict=False)]


def nice_amount(rng: random.Random, lo: float, hi: float) -> int:
    """A project-sized amount, log-uniform, rounded as budgets round: whole 万, 0.1 万 or cents."""
    # Log-uniform by doubling buckets, in integers only (exp/log may round differently across platforms).
    edges = [round(lo * 100)]
    while edges[-1] * 2 < hi * 100:
        edges.append(edges[-1] * 2)
    edges.append(max(edges[-1] + 1, round(hi * 100)))
    k = rng.randrange(len(edges) - 1)
    cents = max(1, rng.randint(edges[k], edges[k + 1]))
    r = rng.random()
    if r < 0.5 and cents >= 100:
        return round(cents / 100) * 100
    if r < 0.7 and cents >= 10:
        return round(cents / 10) * 10
    return cents


def prior_of(amount: int, pct: int) -> int:
    """Last year's amount given this year's change in percent (120 = grew by 20%)."""
    return (amount * 100 + pct // 2) // pct
