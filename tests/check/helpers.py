"""Small editing helpers for building faulty disclosures in tests."""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.disclosure import Disclosure, Row, RowKind, Side, Table, TableId
from yusuan.rules import Finding, check


def table(d: Disclosure, tid: str) -> Table:
    t = d.table(TableId(tid))
    assert t is not None, tid
    return t


def row(d: Disclosure, tid: str, code: str | None, side: Side | None = None) -> Row:
    t = table(d, tid)
    if code is None:
        r = next((r for r in t.rows if r.kind == RowKind.TOTAL and (side is None or r.side == side)), None)
    else:
        r = next((r for r in t.rows if r.code == code and (side is None or r.side == side)), None)
    assert r is not None, (tid, code)
    return r


def add(r: Row, key: str, amount: str) -> None:
    r.values[key] = (r.values.get(key) or Decimal(0)) + Decimal(amount)


def replace_text(d: Disclosure, key: str, old: str, new: str) -> None:
    """Replace `old` by `new` in the paragraphs of section `key` (it must occur)."""
    section = next(s for s in d.sections if s.key == key)
    hits = [p for p in section.paragraphs if old in p.text]
    assert hits, (key, old, [p.text for p in section.paragraphs])
    for p in hits:
        p.text = p.text.replace(old, new)


def ids(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def rule_findings(d: Disclosure, rule_id: str) -> list[Finding]:
    return [f for f in check(d) if f.rule == rule_id]


def drop_rows(d: Disclosure, tid: str, keep) -> None:
    t = table(d, tid)
    t.rows = [r for r in t.rows if keep(r)]
