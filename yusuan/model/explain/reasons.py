"""Reasons that cannot contradict their figures.

A reason given for the change of a total may name the parts that moved ("主要原因是公务用车运行费
增加"). It holds only if every part it names moved the way the total did: "公务接待任务增加" as the
reason for a rise of the “三公” total, when 公务接待费 did not rise (or is zero), tells the reader
something the tables deny. Such clauses are left out of the published sentence; when nothing of
the stated reason is left, the reason is said from the figures themselves — the parts that moved
the total's way, largest first ("公务用车运行费增加").

Clauses are the reason's pieces between "，" "；" "、"; a clause that names no part (a policy, "严格
落实过紧日子要求") is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

_CLAUSE = re.compile(r"[，,；;、]")


def named_parts(clause: str, words: Mapping[str, Sequence[str]]) -> set[str]:
    """The parts a clause names (longest wording first, so 公务用车购置及运行 is not also 公务用车购置)."""
    aliases = sorted(((w, part) for part, ws in words.items() for w in ws), key=lambda x: -len(x[0]))
    found: set[str] = set()
    rest = clause
    for word, part in aliases:
        if word in rest:
            found.add(part)
            rest = rest.replace(word, "\0")
    return found


def fitting_reason(reason: str | None, change: Decimal, moves: Mapping[str, Decimal],
                   words: Mapping[str, Sequence[str]], parts: Sequence[str] | None = None) -> str | None:
    """The stated reason for a total's `change`, without the clauses that name a part which did not
    move the same way (`moves`: part → its change, groups of parts included; `words`: part → how a
    reason may name it; `parts`: what a reason said from the figures may name, default all)."""
    if not change:
        return reason
    up = change > 0

    def agrees(part: str) -> bool:
        moved = moves.get(part, Decimal(0))
        return moved > 0 if up else moved < 0

    if reason:
        clauses = [c.strip() for c in _CLAUSE.split(reason) if c.strip()]
        kept = [c for c in clauses if all(agrees(p) for p in named_parts(c, words))]
        if kept == clauses:
            return reason
        if kept:
            return "，".join(kept)
    elif reason is None:
        return None
    movers = sorted((p for p in (parts or list(moves)) if agrees(p)), key=lambda p: -abs(moves[p]))
    if not movers:
        return None
    return "、".join(movers) + ("增加" if up else "减少")
