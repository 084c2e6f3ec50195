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
    TABLE_TITLES,
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
from yusuan.model.sources import (
    FISCAL_SOURCES,
    FUND_SOURCES,
    GENERAL_SOURCES,
    INCOME_ROWS,
    SOE_SOURCES,
    FundingSource,
    IncomeRow,
)
from yusuan.money import ZERO

ECONOMIC_CLASS_COLUMNS: tuple[tuple[str, str], ...] = (
    ("301", "工资福利支出"),
    ("302", "商品和服务支出"),
    ("303", "对个人和家庭的补助"),
    ("307", "债务利息及费用支出"),
    ("309", "资本性支出(基建)"),
    ("310", "资本性支出"),
    ("311", "对企业补助(基建)"),
    ("312", "对企业补助"),
    ("313", "对社会保障基金补助"),
    ("399", "其他支出"),
)

# Columns of 表2: the funding sources, grouped as the template groups them.
T2_COLUMNS: tuple[tuple[str, str], ...] = (
    ("total", "总计"),
    ("fiscal", "财政拨款（补助）小计"),
    (FundingSource.GENERAL_BUDGET, "一般公共预算"),
    (FundingSource.GENERAL_BUDGET_TRANSFER, "上级一般公共预算安排的转移支付"),
    (FundingSource.FUND_BUDGET, "政府性基金预算"),
    (FundingSource.FUND_BUDGET_TRANSFER, "上级政府性基金安排的转移支付"),
    (FundingSource.SOE_BUDGET, "国有资本经营预算"),
    (FundingSource.SOE_BUDGET_TRANSFER, "上级国有资本经营预算安排的转移支付"),
    (FundingSource.SPECIAL_ACCOUNT, "财政专户（教育收费）"),
    (FundingSource.UNIT_FUNDS, "单位资金"),
    ("carryover_fiscal", "财政拨款结转"),
    ("carryover_nonfiscal", "非财政拨款结转结余"),
)

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
                 columns=_columns([("amount", "预算数")]), rows=rows)


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
                 columns=_columns([("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")]),
                 rows=rows, note=note)


def table_4(data: BudgetData, catalog: Catalog, all_charges: list[Charge]) -> Table:
    fiscal = [c for c in all_charges if c.source in FISCAL_SOURCES]
    income = income_amounts(data)
    general = income[IncomeRow.GENERAL_BUDGET] + income[IncomeRow.CARRYOVER_GENERAL_BUDGET]
    fund = income[IncomeRow.FUND_BUDGET] + income[IncomeRow.CARRYOVER_FUND_BUDGET]
    soe = income[IncomeRow.SOE_BUDGET] + income[IncomeRow.CARRYOVER_SOE_BUDGET]
    rows = [
        Row(code="fiscal", label="一、财政拨款（补助）", side=Side.INCOME, kind=RowKind.SUBTOTAL,
            values={"total": blank(general + fund + soe)}),
        Row(code="general", label="一般公共预算", side=Side.INCOME, values={"total": blank(general)}),
        Row(code="fund", label="政府性基金预算", side=Side.INCOME, values={"total": blank(fund)}),
        Row(code="soe", label="国有资本经营预算", side=Side.INCOME, values={"total": blank(soe)}),
        Row(label="收入总计", side=Side.INCOME, kind=RowKind.TOTAL, values={"total": blank(general + fund + soe)}),
    ]
    columns = {"total": FISCAL_SOURCES, "general": GENERAL_SOURCES, "fund": FUND_SOURCES, "soe": SOE_SOURCES}
    charged = {k: [c for c in fiscal if c.source in sources] for k, sources in columns.items()}
    by_class = {k: sum_by_code(cs) for k, cs in charged.items()}
    for entry in catalog.classes(Scheme.FUNCTIONAL, data.department.year):
        rows.append(Row(code=entry.code, label=entry.name, side=Side.EXPENDITURE, kind=RowKind.SUBTOTAL,
                        values={k: blank(v.get(entry.code)) for k, v in by_class.items()}))
    totals = {k: blank(sum((c.amount for c in cs), ZERO)) for k, cs in charged.items()}
    rows.append(Row(label="支出总计", side=Side.EXPENDITURE, kind=RowKind.TOTAL, values=totals))
    return Table(id=TableId.T4, title=TABLE_TITLES[TableId.T4],
                 columns=_columns([("total", "合计"), ("general", "一般公共预算"), ("fund", "政府性基金预算"),
                                   ("soe", "国有资本经营预算")]),
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
                 columns=_columns([("total", "合计"), ("personnel", "人员经费"), ("public", "公用经费")]), rows=rows)


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
    return Table(id=TableId.T7, title=TABLE_TITLES[TableId.T7],
                 columns=_columns([("total", "项目支出合计"), *ECONOMIC_CLASS_COLUMNS]), rows=rows)


THREE_PUBLIC_ROWS: tuple[tuple[str, str], ...] = (
    ("total", "合计"),
    ("abroad", "因公出国（境）费"),
    ("reception", "公务接待费"),
    ("vehicle", "公务用车购置及运行费（小计）"),
    ("vehicle_purchase", "其中：公务用车购置费"),
    ("vehicle_operation", "公务用车运行费"),
)


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
                 columns=_columns([("total", "合计"), ("general_budget", "一般公共预算"),
                                   ("fund_budget", "政府性基金"), ("soe_budget", "国有资本经营预算")]),
                 rows=rows)


def derive_tables(data: BudgetData, catalog: Catalog | None = None) -> list[Table]:
    catalog = catalog or default_catalog()
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
        t.department = dept
        t.unit = data.department.money_unit
    return tables


def derive_disclosure(data: BudgetData, catalog: Catalog | None = None, source: str | None = None) -> Disclosure:
    dept = data.department
    return Disclosure(
        department=dept.name,
        year=dept.year,
        kind=dept.kind,
        unit=dept.money_unit,
        source=source,
        overview=Overview(duties=dept.duties, institutions=dept.institutions, budget_units=dept.budget_units,
                          staffing=dept.staffing),
        tables=derive_tables(data, catalog),
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
