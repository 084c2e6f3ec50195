"""Key figures of a disclosure — the summary `yusuan figures` prints — from its tables and its text.

Amounts are converted to 万元 and printed with two decimals; a figure the disclosure does not
state is null, never zero. A figure comes from its table when the table states it (表1 totals and
类, 表3 基本/项目支出, 表6 人员/公用经费, 表10 “三公”), else from the data the reader took from the
text (机关运行经费, 政府采购, 人员情况), else from a sentence of the explanations that states it as
the document's own (`model/stated.py`: "基本支出…万元", "“三公”经费预算总计21.8万元，其中：…"; in
final accounts the 决算数). `sources` says for each figure where it came from: a table and its row,
or a section and its sentence.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.model.claims import TextAnalysis
from yusuan.model.disclosure import Disclosure, Row, Side, Table, TableId
from yusuan.model.stated import Stated, stated_figures
from yusuan.money import ZERO, MoneyUnit, convert, fmt2

THREE_PUBLIC = ("total", "abroad", "reception", "vehicle_purchase", "vehicle_operation", "vehicle")
SCALARS = ("income_total", "expenditure_total", "basic", "project", "personnel", "public_funds", "operating_costs",
           "procurement_total")


def _wan(value: Decimal | None, unit: MoneyUnit) -> str | None:
    if value is None:
        return None
    return fmt2(convert(value, unit, MoneyUnit.WAN))


def _cell(table: Table | None, row: Row | None, key: str, *, empty_is_zero: bool = True) -> str | None:
    if table is None or row is None:
        return None
    value = row.value(key)
    if value is None and empty_is_zero:
        value = ZERO
    return _wan(value, table.unit)


def _located(source: dict[str, Any], location: Any) -> dict[str, Any]:
    if location is not None:
        for attr in ("page", "line", "sheet", "row"):
            value = getattr(location, attr, None)
            if value is not None:
                source["sheet_row" if attr == "row" else attr] = value
    return source


def _row_source(table: Table, row: Row, column: str) -> dict[str, Any]:
    label = next((c.label for c in table.columns if c.key == column), None)
    source: dict[str, Any] = {"table": table.id.value if table.id else table.title, "row": row.label}
    if label and label != row.label:
        source["column"] = label
    return _located(source, row.location)


def _text_source(s: Stated) -> dict[str, Any]:
    section = s.claim.flow.section
    idx = s.claim.paragraph
    location = section.paragraphs[idx].location if 0 <= idx < len(section.paragraphs) else None
    return _located({"section": section.key, "heading": section.heading, "sentence": s.sentence}, location)


_SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")


def _sentence_with(d: Disclosure, keys: tuple[str, ...], number: Decimal | int | None) -> dict[str, Any] | None:
    """The first sentence naming one of `keys` with `number` printed in it (编制数29 has no unit to claim)."""
    if number is None:
        return None
    printed = re.compile(rf"(?<![\d.]){re.escape(str(number))}(?![\d])")
    for section in d.sections:
        for para in section.paragraphs:
            for m in _SENTENCE.finditer(para.text):
                sentence = m.group(0).strip()
                if any(k in sentence for k in keys) and printed.search(sentence):
                    return _located({"section": section.key, "heading": section.heading, "sentence": sentence},
                                    para.location)
    return None


class _Figures:
    """The figures being filled and their sources."""

    def __init__(self, d: Disclosure, stated: dict[str, list[Stated]]):
        self.disclosure = d
        self.stated = stated
        self.values: dict[str, Any] = {}
        self.sources: dict[str, dict[str, Any]] = {}

    def table(self, key: str, table: Table | None, row: Row | None, column: str) -> None:
        if table is not None and not any(r.values for r in table.rows):
            return  # no amount was read from the table (its columns unmatched): its figures are unknown, not 0
        value = _cell(table, row, column)
        if value is not None and table is not None and row is not None:
            self.values[key] = value
            self.sources[key] = _row_source(table, row, column)

    def statement(self, key: str, value: Any, what: str, words: tuple[str, ...],
                  match: Decimal | int | None = None) -> None:
        """A figure the reader took from the text (or the data stated): its sentence when one states it."""
        if value is None or key in self.values:
            return
        self.values[key] = value
        hit = next((s for s in self.stated.get(key, []) if match is not None and s.value == match), None)
        if hit is not None:
            self.sources[key] = _text_source(hit)
        else:
            self.sources[key] = _sentence_with(self.disclosure, words, match) or {"statement": what}

    def text(self, key: str) -> None:
        if key in self.values or not self.stated.get(key):
            return
        best = self.stated[key][0]
        if key.startswith("staff."):
            self.values[key] = int(best.value)
        else:
            self.values[key] = fmt2(best.value)
        self.sources[key] = _text_source(best)

    def get(self, key: str) -> Any:
        return self.values.get(key)


def key_figures(d: Disclosure, catalog: Catalog | None = None, text: TextAnalysis | None = None) -> dict[str, Any]:
    """The key figures of `d` (万元, two decimals, as strings; null when not stated) and their `sources`
    (`text`: the disclosure's `model.claims.analyse`, when the caller has it already)."""
    t1, t3, t6, t10 = (d.table(t) for t in (TableId.T1, TableId.T3, TableId.T6, TableId.T10))
    stated = stated_figures(d, catalog if catalog is not None else default_catalog(), text)
    f = _Figures(d, stated)

    if t1 is not None:
        f.table("income_total", t1, t1.total_row(Side.INCOME), "amount")
        f.table("expenditure_total", t1, t1.total_row(Side.EXPENDITURE), "amount")
    if t3 is not None:
        f.table("basic", t3, t3.total_row(), "basic")
        f.table("project", t3, t3.total_row(), "project")
    if t6 is not None:
        f.table("personnel", t6, t6.total_row(), "personnel")
        f.table("public_funds", t6, t6.total_row(), "public")
    for item in THREE_PUBLIC:
        if t10 is not None:
            f.table(f"three_public.{item}", t10, t10.find(item), "total")

    unit = d.unit
    s = d.statements
    if s.operating_costs is not None:
        f.statement("operating_costs", _wan(s.operating_costs, unit), "机关运行经费", ("机关运行经费",),
                    convert(s.operating_costs, unit, MoneyUnit.WAN))
    if s.procurement is not None:
        p = s.procurement
        total = p.total if p.total is not None else p.goods + p.works + p.services
        f.statement("procurement_total", _wan(total, unit), "政府采购", ("政府采购",), convert(total, unit, MoneyUnit.WAN))
    staffing = d.overview.staffing if d.overview else None
    if staffing is not None:
        f.statement("staff.authorized", staffing.authorized, "人员情况", ("编制",), staffing.authorized)
        f.statement("staff.actual", staffing.actual, "人员情况", ("实有",), staffing.actual)

    by_class: dict[str, str] = {}
    source_table = t1 if t1 is not None else t3
    if source_table is not None:
        rows = source_table.rows_on(Side.EXPENDITURE) if t1 is not None else source_table.rows
        for row in rows:
            amount = row.value("amount" if t1 is not None else "total")
            if row.code and len(row.code) == 3 and amount:
                by_class[row.code] = _wan(amount, source_table.unit)  # type: ignore[assignment]
                f.sources[f"by_class.{row.code}"] = _row_source(source_table, row, "amount" if t1 is not None else "total")
    else:
        for key in sorted(k for k in stated if k.startswith("by_class.")):
            f.text(key)
            by_class[key.split(".", 1)[1]] = f.values[key]

    for key in (*SCALARS, *(f"three_public.{i}" for i in THREE_PUBLIC), "staff.authorized", "staff.actual"):
        f.text(key)

    return {
        "department": d.department,
        "year": d.year,
        "kind": d.kind.value,
        "unit_in_source": (t1.unit if t1 else d.unit).value,
        **{key: f.get(key) for key in SCALARS[:6]},
        "three_public": {i: f.get(f"three_public.{i}") for i in THREE_PUBLIC},
        "by_class": by_class,
        "operating_costs": f.get("operating_costs"),
        "procurement_total": f.get("procurement_total"),
        "staff": {"authorized": f.get("staff.authorized"), "actual": f.get("staff.actual")},
        "sources": f.sources,
        "profile": d.profile.summary() if d.profile else None,  # kind, scope, extent, layout, label
    }
