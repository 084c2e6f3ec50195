"""A published disclosure back into budget data, as far as the publication determines it.

What a publication states is taken as stated: income rows of 表1, 基本支出 per 项 (表3/表5), the
projects of 表7 with their economic 类, 表6 by economic 款, “三公”, 机关运行经费, 政府采购, staffing
and duties. What it does not determine is left out or, where budget data needs a value, filled
by a stated rule and reported as a finding (the 人员/公用 split of 基本支出 per 项 is never
published, for example). Last year's publication can so pre-fill this year's workbook.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import ValidationError

from yusuan.errors import InputError, problems_from_validation
from yusuan.model.budget import (
    BasicEconomic,
    BasicExpenditure,
    BudgetData,
    Department,
    Line,
    Procurement,
    Project,
    ThreePublic,
    ThreePublicItem,
)
from yusuan.model.disclosure import Disclosure, RowKind, Side, Table, TableId
from yusuan.model.sources import INCOME_SPEC, FundingSource, IncomeRow
from yusuan.money import ZERO, MoneyUnit, convert
from yusuan.readers.published.findings import Findings, file_problem
from yusuan.readers.published.normalize import clean

UNIT = MoneyUnit.WAN


def _wan(table: Table, value: Decimal | None) -> Decimal | None:
    return None if value is None else convert(value, table.unit, UNIT)


def _descendants(row: IncomeRow) -> list[IncomeRow]:
    out = []
    for spec in INCOME_SPEC.values():
        if spec.parent == row:
            out += [spec.row, *_descendants(spec.row)]
    return out


def _income(d: Disclosure, findings: Findings) -> dict[IncomeRow, Line]:
    t1 = d.table(TableId.T1)
    if t1 is None:
        return {}
    printed: dict[IncomeRow, Decimal] = {}
    for row in t1.rows_on(Side.INCOME):
        if row.code in IncomeRow._value2member_map_ and row.kind != RowKind.TOTAL:
            value = _wan(t1, row.value("amount"))
            if value:
                printed[IncomeRow(row.code)] = value
    out: dict[IncomeRow, Line] = {}
    for row, value in printed.items():
        # a subtotal is derived from its parts; only a row whose parts are not printed keeps its amount
        if not any(c in printed for c in _descendants(row)):
            out[row] = Line(amount=value)
    return out


def _by_code(table: Table | None, key: str) -> dict[str, Decimal]:
    if table is None:
        return {}
    return {r.code: v for r in table.rows if r.code and len(r.code) == 7 and (v := _wan(table, r.value(key)))}


def _basic(d: Disclosure, findings: Findings) -> list[BasicExpenditure]:
    t3, t5, t6 = d.table(TableId.T3), d.table(TableId.T5), d.table(TableId.T6)
    total = _by_code(t3, "basic") or _by_code(t5, "basic")
    general = _by_code(t5, "basic") if t5 is not None else dict(total)
    out: list[BasicExpenditure] = []
    for code, amount in total.items():
        g = min(general.get(code, ZERO), amount)
        if g:
            out.append(BasicExpenditure(code=code, personnel=g))
        if amount - g > 0:
            out.append(BasicExpenditure(code=code, source=FundingSource.UNIT_FUNDS, personnel=amount - g))
            findings.add("as_data.source", f"{code} 的基本支出中 {amount - g} 万元不是一般公共预算，资金来源未公开，按单位资金填写")
    public = None
    if t6 is not None and (row := t6.total_row()) is not None:
        public = _wan(t6, row.value("public"))
    if public:
        # 公用经费 is not published per 项; put it on the largest 行政运行 (…01) item that can hold it
        candidates = sorted((b for b in out if b.code.endswith("01") and b.source == FundingSource.GENERAL_BUDGET
                             and b.personnel >= public), key=lambda b: -b.personnel)
        if candidates:
            b = candidates[0]
            b.personnel, b.public = b.personnel - public, public
            findings.add("as_data.split", f"各项基本支出的人员经费、公用经费未公开：公用经费 {public} 万元记在 {b.code}，其余记为人员经费，请核对")
        else:
            findings.add("as_data.split", "各项基本支出的人员经费、公用经费未公开，已全部记为人员经费，请核对")
    return out


def _projects(d: Disclosure, findings: Findings) -> list[Project]:
    t7 = d.table(TableId.T7)
    if t7 is None:
        if any(r.value("project") for t in (d.table(TableId.T3),) if t for r in t.rows):
            findings.add("as_data.projects", "未公开项目支出表，项目未能填写")
        return []
    out = []
    for row in t7.rows:
        if row.kind == RowKind.TOTAL or not row.code or len(row.code) != 7:
            continue
        economic = {k: v for k, v in ((k, _wan(t7, row.value(k))) for k in row.values if k.isdigit()) if v}
        name = row.project or row.label
        if not economic:
            findings.add("as_data.projects", f"项目“{name}”没有按经济分类公开金额，未填写")
            continue
        targets = next((p for p in d.performance if clean(p.project) == clean(name)), None)
        out.append(Project(name=name, code=row.code, economic=economic,
                           person_in_charge=targets.person_in_charge if targets else None,
                           implementing_unit=targets.budget_unit if targets else None,
                           performance=targets.targets if targets else None))
    if out:
        findings.add("as_data.projects", "项目支出表只列一般公共预算项目，资金来源均按一般公共预算填写")
    return out


def _basic_economic(d: Disclosure, findings: Findings) -> list[BasicEconomic]:
    t6 = d.table(TableId.T6)
    if t6 is None:
        return []
    out = []
    split = any(r.value("personnel") is not None or r.value("public") is not None
                for r in t6.rows if r.kind != RowKind.TOTAL)
    for row in t6.rows:
        if not row.code or len(row.code) != 5 or row.kind == RowKind.TOTAL:
            continue
        if split:
            personnel, public = _wan(t6, row.value("personnel")) or ZERO, _wan(t6, row.value("public")) or ZERO
        else:
            total = _wan(t6, row.value("total")) or ZERO
            personnel, public = (total, ZERO) if row.code[:3] in ("301", "303") else (ZERO, total)
        if personnel or public:
            out.append(BasicEconomic(code=row.code, personnel=personnel, public=public))
    if out and not split:
        findings.add("as_data.split", "基本支出表未分人员经费、公用经费：301、303 记为人员经费，其余记为公用经费")
    return out


def _three_public(d: Disclosure, findings: Findings) -> ThreePublic:
    t10 = d.table(TableId.T10)
    tp = ThreePublic()
    if t10 is None:
        return tp
    sources = any(r.value("general_budget") is not None for r in t10.rows)
    for item in ("abroad", "reception", "vehicle_purchase", "vehicle_operation"):
        row = t10.find(item)
        if row is None:
            continue
        if sources:
            values = {k: _wan(t10, row.value(k)) or ZERO for k in ("general_budget", "fund_budget", "soe_budget")}
        else:
            values = {"general_budget": _wan(t10, row.value("total")) or ZERO}
        setattr(tp, item, ThreePublicItem(**values))
    if not sources:
        findings.add("as_data.three_public", "“三公”经费表未分资金来源，均按一般公共预算填写")
    return tp


def _procurement(d: Disclosure, findings: Findings) -> Procurement:
    p = d.statements.procurement
    if p is None:
        return Procurement()
    if p.total is not None and p.total != p.goods + p.works + p.services:
        findings.add("as_data.procurement", f"政府采购合计 {p.total} 与货物、工程、服务之和不符，合计留空（按各项相加）")
        return p.model_copy(update={"total": None})
    return p


def disclosure_to_data(d: Disclosure) -> tuple[BudgetData, Findings]:
    findings = Findings()
    overview = d.overview
    if not 2000 <= d.year <= 2100:
        raise InputError(d.source or "", [file_problem("未能识别文件年度，无法转换为预算数据")])
    try:
        department = Department(
            name=d.department or "（未识别）", year=d.year, kind=d.kind, money_unit=UNIT,
            duties=overview.duties if overview else "", institutions=overview.institutions if overview else [],
            staffing=overview.staffing if overview else None)
        data = BudgetData(
            department=department,
            income=_income(d, findings),
            basic_expenditure=_basic(d, findings),
            projects=_projects(d, findings),
            basic_economic=_basic_economic(d, findings),
            three_public=_three_public(d, findings),
            operating_costs=Line(amount=d.statements.operating_costs, prior=d.statements.operating_costs_prior),
            procurement=_procurement(d, findings),
        )
    except ValidationError as exc:
        raise InputError(d.source or "", problems_from_validation(exc)) from None
    if not d.department:
        findings.add("as_data.department", "未能识别部门名称，请在数据中填写")
    return data, findings

