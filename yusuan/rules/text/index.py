"""What several text rules look up, built once per document and kept on its Context.

The rules used to re-derive these by scanning every claim of the text for each claim they check
(the claims of one section, of one quantity); a per-document index turns each such scan into a
dictionary look-up. Nothing is kept between documents: the index lives in the Context's __dict__,
as long as the Context and its text analysis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from yusuan.model.claims import Claim
from yusuan.rules.context import Context

T = TypeVar("T")


def per_document(ctx: Context, name: str, build: Callable[[Context], T]) -> T:
    """`build(ctx)`, made once per Context and stored on it under `name`."""
    found = ctx.__dict__.get(name)
    if found is None:
        found = ctx.__dict__[name] = build(ctx)
    return found


def _by_flow(ctx: Context) -> dict[int, list[Claim]]:
    out: dict[int, list[Claim]] = {}
    for c in ctx.text.claims:
        out.setdefault(id(c.flow), []).append(c)
    return out


def claims_of_flow(ctx: Context, claim: Claim) -> list[Claim]:
    """The claims of the section `claim` is in, in text order (the claim among them, unless it was made
    by a rule: a list's whole, a claim with its amount filled in)."""
    return per_document(ctx, "_claims_by_flow", _by_flow).get(id(claim.flow), [])


def _by_quantity(ctx: Context) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in ctx.text.claims:
        out.setdefault(c.quantity, []).append(c)
    return out


def claims_of_quantity(ctx: Context, quantity: str) -> list[Claim]:
    """The claims that state `quantity` ("basic", "reception" …), in text order."""
    return per_document(ctx, "_claims_by_quantity", _by_quantity).get(quantity, [])


@dataclass(frozen=True, slots=True)
class ClaimKinds:
    """The text's claims that state a change, a rate, a share, a budget beside the 决算数, or a reason:
    each list in text order, listed in one pass per document. Most claims state none of these, and a
    dozen rules look only at claims that state one: they read their list instead of every claim."""

    changed: list[Claim]  # a change against last year (delta)
    rated: list[Claim]  # a rate of change, against last year or the budget
    shared: list[Claim]  # a share ("占Y%")
    budgeted: list[Claim]  # a budget stated beside the 决算数
    reasoned: list[Claim]  # a reason for the change


def _kinds(ctx: Context) -> ClaimKinds:
    kinds = ClaimKinds([], [], [], [], [])
    for c in ctx.text.claims:
        if c.delta is not None:
            kinds.changed.append(c)
        if c.rate is not None or c.budget_rate is not None:
            kinds.rated.append(c)
        if c.share is not None:
            kinds.shared.append(c)
        if c.budget is not None:
            kinds.budgeted.append(c)
        if c.reason:
            kinds.reasoned.append(c)
    return kinds


def claim_kinds(ctx: Context) -> ClaimKinds:
    """The claims of the text by what they state (ClaimKinds), made once per document."""
    return per_document(ctx, "_claim_kinds", _kinds)
