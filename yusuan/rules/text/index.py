"""What several text rules look up, built once per document and kept on its Context.

The rules used to re-derive these by scanning every claim of the text for each claim they check
(the claims of one section, of one quantity); a per-document index turns each such scan into a
dictionary look-up. Nothing is kept between documents: the index lives in the Context's __dict__,
as long as the Context and its text analysis.
"""

from __future__ import annotations

from collections.abc import Callable
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
