"""Mutation harness: inject one fault into a clean disclosure and see whether the checker finds it.

Each mutant carries one fault of a kind a real publication has: a table figure changed (digits
transposed, a digit dropped, the decimal point shifted, an amount mistyped), a row dropped, a code
replaced by another, an amount or a percentage of the text changed, a table missing. Faults are
built to break something by construction, so that every one of them should be found:

* figures change by at least 0.50 万元 (beyond any rounding bound of the template's identities),
  and every cell of the ten tables takes part in an identity (a row's columns, a table's rows, or
  another table);
* dropped rows are leaf rows with an amount (a 项, an economic 款, a project, an income or 类 row of
  表1/表4, a 三公 item), so that their parent no longer adds up;
* replaced codes belong to rows with an amount, so the row disagrees with its name or with the same
  code in another table;
* text changes touch the amounts and percentages the explanations compute (printed with two
  decimals), never the free text a user typed; percentages move by at least 0.50 points;
* dropped tables are the required ones, or 表7/表9.

A mutant is detected when the checker reports an error or a warning that the clean original does
not have. Pure functions; randomness only from the `random.Random` passed in.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.model.disclosure import Disclosure, RowKind, Side, TableId
from yusuan.model.sources import IncomeRow, income_children
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.runner import check

KINDS = ("table-figure", "drop-row", "swap-code", "text-amount", "text-percent", "drop-table")
MIN_CHANGE = Decimal("0.50")
CENT = Decimal("0.01")
TEXT_NUMBER = {"text-amount": re.compile(r"(?<![\d.])(\d+\.\d{2})(?=万元)"),
               "text-percent": re.compile(r"(?<![\d.])(\d+\.\d{2})(?=%)")}
REQUIRED = (TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T8, TableId.T10)


@dataclass
class Mutant:
    kind: str
    description: str
    disclosure: Disclosure


def _changed(rng: random.Random, value: Decimal) -> Decimal:
    """A realistic wrong figure, at least 0.50 away from `value`."""
    for _ in range(50):
        text = f"{value:.2f}"
        how = rng.choice(("transpose", "drop-digit", "shift", "typo", "add"))
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        if how == "transpose" and len(digits) >= 2:
            i = rng.randrange(len(digits) - 1)
            a, b = digits[i], digits[i + 1]
            chars = list(text)
            chars[a], chars[b] = chars[b], chars[a]
            new = Decimal("".join(chars))
        elif how == "drop-digit" and len(digits) >= 4:
            i = rng.choice(digits[:-2])
            new = Decimal(text[:i] + text[i + 1:]) if text[:i] + text[i + 1:] not in ("", ".") else value
        elif how == "shift":
            new = value * 10 if rng.random() < 0.5 else (value / 10).quantize(CENT, ROUND_HALF_UP)
        elif how == "typo":
            i = rng.choice(digits)
            chars = list(text)
            chars[i] = str((int(chars[i]) + rng.randint(1, 9)) % 10)
            new = Decimal("".join(chars))
        else:
            span = max(Decimal(2), abs(value) * Decimal("0.3"))
            new = value + (Decimal(rng.randint(50, int(span * 100))) / 100) * rng.choice((1, -1))
        new = new.quantize(CENT, ROUND_HALF_UP)
        if new >= 0 and abs(new - value) >= MIN_CHANGE:
            return new
    return value + Decimal(rng.randint(1, 100))


def _cells(d: Disclosure) -> list[tuple[int, int, str]]:
    """Every (table, row, column) that holds a figure or belongs to a row with figures."""
    out = []
    for ti, t in enumerate(d.tables):
        keys = [c.key for c in t.columns]
        for ri, r in enumerate(t.rows):
            if not any(r.values.values()):
                continue
            for k in [k for k in keys if k in r.values] or list(r.values):
                out.append((ti, ri, k))
    return out


def table_figure(d: Disclosure, rng: random.Random, catalog: Catalog) -> Mutant | None:
    cells = _cells(d)
    if not cells:
        return None
    ti, ri, key = rng.choice(cells)
    m = d.model_copy(deep=True)
    row = m.tables[ti].rows[ri]
    old = row.values.get(key)
    new = _changed(rng, old) if old else Decimal(rng.randint(50, 50000)) / 100
    row.values[key] = new
    return Mutant("table-figure", f"{m.tables[ti].id}“{row.code or row.label}”{key}: {old} → {new}", m)


def _leaf(t_id: TableId | None, row, table) -> bool:
    if row.kind == RowKind.TOTAL or not any(row.values.values()):
        return False
    code = row.code or ""
    if t_id in (TableId.T2, TableId.T3, TableId.T5, TableId.T8, TableId.T9):
        return len(code) == 7
    if t_id == TableId.T6:
        return len(code) == 5
    if t_id == TableId.T7:
        return True
    if t_id in (TableId.T1, TableId.T4):
        if row.side == Side.EXPENDITURE:
            return len(code) == 3
        if t_id == TableId.T1 and code in IncomeRow.__members__.values():
            return not any(table.find(c.value, Side.INCOME) is not None and
                           table.find(c.value, Side.INCOME).values.get("amount") for c in income_children(IncomeRow(code)))
        return code in ("general", "fund", "soe")
    if t_id == TableId.T10:
        return code in ("abroad", "reception", "vehicle_purchase", "vehicle_operation")
    return False


def drop_row(d: Disclosure, rng: random.Random, catalog: Catalog) -> Mutant | None:
    rows = [(ti, ri) for ti, t in enumerate(d.tables) for ri, r in enumerate(t.rows) if _leaf(t.id, r, t)]
    if not rows:
        return None
    ti, ri = rng.choice(rows)
    m = d.model_copy(deep=True)
    row = m.tables[ti].rows.pop(ri)
    return Mutant("drop-row", f"{m.tables[ti].id} 删去“{row.code or ''} {row.project or row.label}”", m)


def swap_code(d: Disclosure, rng: random.Random, catalog: Catalog) -> Mutant | None:
    rows = [(ti, ri) for ti, t in enumerate(d.tables) for ri, r in enumerate(t.rows)
            if r.code and r.code.isdigit() and r.kind != RowKind.TOTAL and any(r.values.values())]
    if not rows:
        return None
    ti, ri = rng.choice(rows)
    code = d.tables[ti].rows[ri].code or ""
    present = {r.code for r in d.tables[ti].rows}
    edition = catalog.nearest_edition(d.year)
    parent = code[:-2] if len(code) > 3 else None
    same_level = [e.code for e in catalog.entries if len(e.code) == len(e.code) and len(e.code) == len(code)
                  and e.code[0] == code[0] and edition in e.editions and e.code not in present]
    siblings = [c for c in same_level if parent and c.startswith(parent)]
    pool = siblings if siblings and rng.random() < 0.7 else same_level
    if not pool:
        return None
    new = rng.choice(sorted(set(pool)))
    m = d.model_copy(deep=True)
    m.tables[ti].rows[ri].code = new
    return Mutant("swap-code", f"{m.tables[ti].id}“{m.tables[ti].rows[ri].label}”编码 {code} → {new}", m)


def _text_mutant(kind: str, d: Disclosure, rng: random.Random) -> Mutant | None:
    pattern = TEXT_NUMBER[kind]
    spots = [(si, pi, mt) for si, s in enumerate(d.sections) for pi, p in enumerate(s.paragraphs)
             for mt in pattern.finditer(p.text)]
    if not spots:
        return None
    si, pi, mt = rng.choice(spots)
    old = Decimal(mt.group(1))
    new = _changed(rng, old)
    m = d.model_copy(deep=True)
    para = m.sections[si].paragraphs[pi]
    para.text = para.text[:mt.start()] + f"{new:.2f}" + para.text[mt.end():]
    return Mutant(kind, f"{m.sections[si].key} 第{pi + 1}段 {old} → {new}: {para.text[:60]}", m)


def text_amount(d: Disclosure, rng: random.Random, catalog: Catalog) -> Mutant | None:
    return _text_mutant("text-amount", d, rng)


def text_percent(d: Disclosure, rng: random.Random, catalog: Catalog) -> Mutant | None:
    return _text_mutant("text-percent", d, rng)


def drop_table(d: Disclosure, rng: random.Random, catalog: Catalog) -> Mutant | None:
    ids = [t.id for t in d.tables if t.id in REQUIRED or t.id in (TableId.T9,) or
           (t.id == TableId.T7 and any(v for r in t.rows for v in r.values.values()))]
    if not ids:
        return None
    tid = rng.choice(ids)
    m = d.model_copy(deep=True)
    m.tables = [t for t in m.tables if t.id != tid]
    return Mutant("drop-table", f"删去{tid}", m)


MUTATORS: dict[str, Callable[[Disclosure, random.Random, Catalog], Mutant | None]] = {
    "table-figure": table_figure, "drop-row": drop_row, "swap-code": swap_code,
    "text-amount": text_amount, "text-percent": text_percent, "drop-table": drop_table,
}


def mutants(d: Disclosure, rng: random.Random, count: int, catalog: Catalog | None = None,
            kinds: Iterable[str] = KINDS) -> list[Mutant]:
    catalog = catalog or default_catalog()
    kinds = list(kinds)
    out: list[Mutant] = []
    for i in range(count * 3):
        if len(out) >= count:
            break
        m = MUTATORS[kinds[i % len(kinds)]](d, rng, catalog)
        if m is not None:
            out.append(m)
    return out


def new_findings(clean: list[Finding], mutated: list[Finding]) -> list[Finding]:
    """Errors and warnings of the mutant that the clean original does not have."""
    before = {f.key() for f in clean}
    return [f for f in mutated if f.severity != Severity.NOTICE and f.key() not in before]


@dataclass
class Outcome:
    mutant: Mutant
    detected: bool
    findings: list[Finding]


def run(d: Disclosure, rng: random.Random, count: int, catalog: Catalog | None = None,
        kinds: Iterable[str] = KINDS) -> list[Outcome]:
    catalog = catalog or default_catalog()
    clean = check(d, catalog)
    out = []
    for m in mutants(d, rng, count, catalog, kinds):
        found = new_findings(clean, check(m.disclosure, catalog))
        out.append(Outcome(m, bool(found), found))
    return out
