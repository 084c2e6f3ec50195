"""Budget data → disclosure: the ten tables and the stated figures, as pure functions.

Cells hold exact sums (writers round once, half-up, for display); a zero prints as an empty
cell in published tables, so it is stored as None, as an extracted table would carry it.
The explanation texts are written by the build stage, not here.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from yusuan.catalog.catalog import Catalog, Scheme, default_catalog
from yusuan.model.amounts import Charge, charges, income_amounts, rollup_codes, sum_by_code
from yusuan.model.budget import BudgetData
from yusuan.model.disclosure import (
    Column,
    Disclosure,
    Overview,
    ProjectTargets,
    Row,
    RowKind,
    Side,
    Statements,
    Table,
    TableId,
)
from yusuan.model.layouts import BY_ID, TABLE_TITLES, printed_title
from yusuan.model.profile import DocumentProfile, Layout
from yusuan.model.sources import (
    FISCAL_SOURCES,
    FUND_SOURCES,
    GENERAL_SOURCES,
    INCOME_ROWS,
    SOE_SOURCES,
    FundingSource,
    IncomeRow,
)
from yusuan.model.vocabulary import (  # noqa: F401 (ECONOMIC_CLASS_COLUMNS re-exported for rules/tables.py)
    BASIC_PROJECT_COLUMNS,
    ECONOMIC_CLASS_COLUMNS,
    T1_COLUMNS,
    T2_COLUMNS,
    T4_COLUMNS,
    T4_INCOME_ROWS,
    T6_COLUMNS,
    T7_COLUMNS,
    T10_COLUMNS,
    THREE_PUBLIC_ROWS,
)
from yusuan.money import ZERO

CARRYOVER_FISCAL_SOURCES = frozenset(
    {FundingSource.CARRYOVER_GENERAL_BUDGET, FundingSource.CARRYOVER_FUND_BUDGET, FundingSource.CARRYOVER_SOE_BUDGET}
)
CARRYOVER_NONFISCAL_SOURCES = frozenset({FundingSource.CARRYOVER_SPECIAL_ACCOUNT, FundingSource.CARRYOVER_UNIT_FUNDS})
CURRENT_FISCAL_SOURCES = FISCAL_SOURCES - CARRYOVER_FISCAL_SOURCES


def blank(value: Decimal | None) -> Decimal | None:
    """Published tables leave zero cells empty."""
    return value if value else None


class _Names:
    """Names for codes: the catalogue's for the document's year, else what the data says."""

    def __init__(self, catalog: Catalog, year: int, fallback: dict[str, str]):
        self.catalog, self.year, self.fallback = catalog, year, fallback

    def __call__(self, code: str) -> str:
        return self.catalog.name_of(code, self.year) or self.fallback.get(code, "")


def _functional_rows(
    names: _Names, items: list[Charge], columns: dict[str, Iterable[Charge]] | None = None
) -> list[Row]:
    """类/款/项 rows of a functional-classification table, then 合计.

    `columns` maps a column key to the charges summed in it; by default total/basic/project.
    """
    if columns is None:
        columns = {
            "total": items,
            "basic": [c for c in items if c.is_basic],
            "project": [c for c in items if not c.is_basic],
        }
    sums = {key: sum_by_code(cs) for key, cs in columns.items()}
    codes = [c for c in rollup_codes(c.code for c in items) if any(sums[k].get(c) for k in sums)]
    rows = [
        Row(
            code=code,
            label=names(code),
            kind=RowKind.ITEM if len(code) == 7 else RowKind.SUBTOTAL,
            values={k: blank(sums[k].get(code)) for k in columns},
        )
        for code in codes
    ]
    total = {k: blank(sum((sums[k].get(c, ZERO) for c in codes if len(c) == 3), ZERO)) for k in columns}
    rows.append(Row(label="合计", kind=RowKind.TOTAL, values=total))
    return rows


def _columns(pairs: Iterable[tuple[str, str]]) -> list[Column]:
    return [Column(key=str(k), label=v) for k, v in pairs]


def table_1(data: BudgetData, names: _Names, catalog: Catalog, all_charges: list[Charge]) -> Table:
    income = income_amounts(data)
    rows = [
        Row(code=spec.row.value, label=spec.label, side=Side.INCOME,
            kind=RowKind.TOTAL if spec.row == IncomeRow.TOTAL else RowKind.ITEM,
            values={"amount": blank(income[spec.row])})
        for spec in INCOME_ROWS
    ]
    by_class = sum_by_code(all_charges)
    for entry in catalog.classes(Scheme.FUNCTIONAL, data.department.year):
        if entry.code.startswith("2"):
            rows.append(Row(code=entry.code, label=entry.name, side=Side.EXPENDITURE, kind=RowKind.SUBTOTAL,
                            values={"amount": blank(by_class.get(entry.code))}))
    spent = sum((c.amount for c in all_charges), ZERO)
    rows.append(Row(label="支出总计", side=Side.EXPENDITURE, kind=RowKind.TOTAL, values={"amount": blank(spent)}))
    return Table(id=TableId.T1, title=TABLE_TITLES[TableId.T1],
                 columns=_columns(T1_COLUMNS), rows=rows)


def table_2(names: _Names, all_charges: list[Charge]) -> Table:
    def of(sources: frozenset[FundingSource]) -> list[Charge]:
        return [c for c in all_charges if c.source in sources]

    columns: dict[str, list[Charge]] = {"total": all_charges, "fiscal": of(CURRENT_FISCAL_SOURCES)}
    for key, _ in T2_COLUMNS[2:10]:
        columns[str(key)] = of(frozenset({FundingSource(key)}))
    columns["carryover_fiscal"] = of(CARRYOVER_FISCAL_SOURCES)
    columns["carryover_nonfiscal"] = of(CARRYOVER_NONFISCAL_SOURCES)
    return Table(id=TableId.T2, title=TABLE_TITLES[TableId.T2], columns=_columns(T2_COLUMNS),
                 rows=_functional_rows(names, all_charges, columns))


def _basic_project_table(table_id: TableId, names: _Names, items: list[Charge], budget_label: str) -> Table:
    rows = _functional_rows(names, items)
    note = None
    if not items or all(r.kind == RowKind.TOTAL for r in rows):
        note = f"本部门{budget_label}"
    return Table(id=table_id, title=TABLE_TITLES[table_id],
                 columns=_columns(BASIC_PROJECT_COLUMNS),
                 rows=rows, note=note)


def table_4(data: BudgetData, catalog: Catalog, all_charges: list[Charge]) -> Table:
    fiscal = [c for c in all_charges if c.source in FISCAL_SOURCES]
    income = income_amounts(data)
    general = income[IncomeRow.GENERAL_BUDGET] + income[IncomeRow.CARRYOVER_GENERAL_BUDGET]
    fund = income[IncomeRow.FUND_BUDGET] + income[IncomeRow.CARRYOVER_FUND_BUDGET]
    soe = income[IncomeRow.SOE_BUDGET] + income[IncomeRow.CARRYOVER_SOE_BUDGET]
    income_by_code = {"fiscal": general + fund + soe, "general": general, "fund": fund, "soe": soe}
    rows = [
        Row(code=code, label=label, side=Side.INCOME, kind=RowKind.SUBTOTAL if code == "fiscal" else RowKind.ITEM,
            values={"total": blank(income_by_code[code])})
        for code, label in T4_INCOME_ROWS
    ]
    rows.append(Row(label="收入总计", side=Side.INCOME, kind=RowKind.TOTAL, values={"total": blank(general + fund + soe)}))
    columns = {"total": FISCAL_SOURCES, "general": GENERAL_SOURCES, "fund": FUND_SOURCES, "soe": SOE_SOURCES}
    charged = {k: [c for c in fiscal if c.source in sources] for k, sources in columns.items()}
    by_class = {k: sum_by_code(cs) for k, cs in charged.items()}
    for entry in catalog.classes(Scheme.FUNCTIONAL, data.department.year):
        rows.append(Row(code=entry.code, label=entry.name, side=Side.EXPENDITURE, kind=RowKind.SUBTOTAL,
                        values={k: blank(v.get(entry.code)) for k, v in by_class.items()}))
    totals = {k: blank(sum((c.amount for c in cs), ZERO)) for k, cs in charged.items()}
    rows.append(Row(label="支出总计", side=Side.EXPENDITURE, kind=RowKind.TOTAL, values=totals))
    return Table(id=TableId.T4, title=TABLE_TITLES[TableId.T4],
                 columns=_columns(T4_COLUMNS),
                 rows=rows)


def table_6(data: BudgetData, names: _Names) -> Table:
    per_class: dict[str, dict[str, Decimal]] = {}
    items = sorted(data.basic_economic, key=lambda b: b.code)
    for b in items:
        acc = per_class.setdefault(b.code[:3], {"personnel": ZERO, "public": ZERO})
        acc["personnel"] += b.personnel
        acc["public"] += b.public
    rows: list[Row] = []
    for cls in sorted(per_class):
        acc = per_class[cls]
        rows.append(Row(code=cls, label=names(cls), kind=RowKind.SUBTOTAL,
                        values={"total": blank(acc["personnel"] + acc["public"]),
                                "personnel": blank(acc["personnel"]), "public": blank(acc["public"])}))
        for b in items:
            if b.code[:3] == cls:
                rows.append(Row(code=b.code, label=names(b.code),
                                values={"total": blank(b.personnel + b.public),
                                        "personnel": blank(b.personnel), "public": blank(b.public)}))
    personnel = sum((b.personnel for b in items), ZERO)
    public = sum((b.public for b in items), ZERO)
    rows.append(Row(label="合计", kind=RowKind.TOTAL,
                    values={"total": blank(personnel + public), "personnel": blank(personnel),
                            "public": blank(public)}))
    return Table(id=TableId.T6, title=TABLE_TITLES[TableId.T6],
                 columns=_columns(T6_COLUMNS), rows=rows)


def table_7(data: BudgetData, names: _Names) -> Table:
    projects = sorted((p for p in data.projects if p.source in GENERAL_SOURCES), key=lambda p: p.code)
    rows = [
        Row(code=p.code, label=names(p.code), project=p.name,
            values={"total": blank(p.total), **{k: blank(p.economic.get(k)) for k, _ in ECONOMIC_CLASS_COLUMNS}})
        for p in projects
    ]
    totals = {k: blank(sum((p.economic.get(k, ZERO) for p in projects), ZERO)) for k, _ in ECONOMIC_CLASS_COLUMNS}
    rows.append(Row(label="合计", kind=RowKind.TOTAL,
                    values={"total": blank(sum((p.total for p in projects), ZERO)), **totals}))
    note = None if projects else f"本部门{data.department.year}年预算未安排一般公共预算项目支出。"  # as 表8/表9
    return Table(id=TableId.T7, title=TABLE_TITLES[TableId.T7],
                 columns=_columns(T7_COLUMNS), rows=rows, note=note)


def table_10(data: BudgetData) -> Table:
    tp = data.three_public
    parts = {"abroad": tp.abroad, "reception": tp.reception,
             "vehicle_purchase": tp.vehicle_purchase, "vehicle_operation": tp.vehicle_operation}

    def col(attr: str, keys: Iterable[str]) -> Decimal:
        return sum((getattr(parts[k], attr) for k in keys), ZERO)

    groups = {"total": list(parts), "abroad": ["abroad"], "reception": ["reception"],
              "vehicle": ["vehicle_purchase", "vehicle_operation"],
              "vehicle_purchase": ["vehicle_purchase"], "vehicle_operation": ["vehicle_operation"]}
    rows = []
    for key, label in THREE_PUBLIC_ROWS:
        keys = groups[key]
        values = {"general_budget": col("general_budget", keys), "fund_budget": col("fund_budget", keys),
                  "soe_budget": col("soe_budget", keys)}
        rows.append(Row(code=key, label=label,
                        kind=RowKind.TOTAL if key == "total" else RowKind.SUBTOTAL if key == "vehicle" else RowKind.ITEM,
                        values={"total": blank(sum(values.values(), ZERO)),
                                **{k: blank(v) for k, v in values.items()}}))
    return Table(id=TableId.T10, title=TABLE_TITLES[TableId.T10],
                 columns=_columns(T10_COLUMNS),
                 rows=rows)


def derive_tables(data: BudgetData, catalog: Catalog | None = None, layout: str = Layout.NATIONAL) -> list[Table]:
    """The ten tables, titled as the layout family `layout` prints them (model/layouts.py)."""
    catalog = catalog or default_catalog()
    family = BY_ID[layout]
    year = data.department.year
    fallback = {b.code: b.name for b in data.basic_expenditure if b.name}
    fallback.update({b.code: b.name for b in data.basic_economic if b.name})
    names = _Names(catalog, year, fallback)
    all_charges = [c for c in charges(data) if c.amount]
    general = [c for c in all_charges if c.source in GENERAL_SOURCES]
    dept = data.department.name
    tables = [
        table_1(data, names, catalog, all_charges),
        table_2(names, all_charges),
        _basic_project_table(TableId.T3, names, all_charges, f"{year}年预算未安排支出。"),
        table_4(data, catalog, all_charges),
        _basic_project_table(TableId.T5, names, general, f"{year}年预算未安排一般公共预算支出。"),
        table_6(data, names),
        table_7(data, names),
        _basic_project_table(TableId.T8, names, [c for c in all_charges if c.source in FUND_SOURCES],
                             f"{year}年预算未安排政府性基金预算支出。"),
        _basic_project_table(TableId.T9, names, [c for c in all_charges if c.source in SOE_SOURCES],
                             f"{year}年预算未安排国有资本经营预算支出。"),
        table_10(data),
    ]
    for t in tables:
        t.title = printed_title(family, t.id)
        t.department = dept
        t.unit = data.department.money_unit
    return tables


def derive_disclosure(data: BudgetData, catalog: Catalog | None = None, source: str | None = None,
                      layout: str = Layout.NATIONAL) -> Disclosure:
    """The disclosure of `data` in the layout family `layout` (its table titles; a document of another
    family than the national template says so in its profile)."""
    dept = data.department
    profile = None if layout == Layout.NATIONAL else DocumentProfile(kind=dept.kind, layout=layout)
    return Disclosure(
        department=dept.name,
        year=dept.year,
        kind=dept.kind,
        unit=dept.money_unit,
        source=source,
        overview=Overview(duties=dept.duties, institutions=dept.institutions, budget_units=dept.budget_units,
                          staffing=dept.staffing),
        tables=derive_tables(data, catalog, layout),
        profile=profile,
        statements=Statements(
            operating_costs=data.operating_costs.amount,
            operating_costs_prior=data.operating_costs.prior,
            procurement=data.procurement,
            assets=data.assets,
        ),
        performance=[
            ProjectTargets(project=p.name, budget_unit=p.implementing_unit, person_in_charge=p.person_in_charge,
                           targets=p.performance)
            for p in data.projects
            if p.performance is not None
        ],
    )


__all__ = ["derive_disclosure", "derive_tables"]
