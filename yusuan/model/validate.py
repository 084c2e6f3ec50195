"""Semantic validation of budget data: codes known to the catalogue, typed totals equal to their
parts, no duplicate rows. Structural validation (types, signs, required fields) is pydantic's.

Returns problems with model paths; the reader that parsed the input turns paths into places
the user can find (sheet/row/column, or a YAML path).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from yusuan.catalog.catalog import Catalog, Scheme, default_catalog
from yusuan.errors import Problem
from yusuan.model.amounts import income_amounts
from yusuan.model.budget import BudgetData
from yusuan.model.sources import INCOME_SPEC, IncomeRow, income_children
from yusuan.money import fmt2


def validate_budget(data: BudgetData, catalog: Catalog | None = None) -> list[Problem]:
    catalog = catalog or default_catalog()
    problems: list[Problem] = []
    problems += _codes(data, catalog)
    problems += _typed_totals(data)
    problems += _duplicates(data)
    for i, p in enumerate(data.projects):
        if not p.economic:
            problems.append(Problem(("projects", i, "economic"), f"项目“{p.name}”没有按经济分类填写金额",
                                    "至少一个经济分类（类）的金额，如 302 商品和服务支出"))
    return problems


def _code_problem(catalog: Catalog, path, code: str, year: int, scheme: Scheme, level: str) -> Problem | None:
    entry = catalog.get(code, year)
    if entry is None:
        known = catalog.get(code)
        hint = f"（目录中该编码只见于 {sorted(known.editions)} 年版）" if known else ""
        return Problem(path, f"编码 {code} 不在 {catalog.nearest_edition(year)} 年版《政府收支分类科目》中{hint}",
                       f"目录中的{level}级编码；如目录不全，可用 yusuan catalog import 导入官方科目表")
    if entry.level != level:
        return Problem(path, f"编码 {code}（{entry.name}）是{entry.level}级科目", f"{level}级编码")
    if entry.scheme != scheme:
        return Problem(path, f"编码 {code} 不属于{scheme.value}", None)
    return None


def _codes(data: BudgetData, catalog: Catalog) -> list[Problem]:
    year = data.department.year
    checks: list[tuple[tuple, str, Scheme, str]] = []
    checks += [(("basic_expenditure", i, "code"), b.code, Scheme.FUNCTIONAL, "项")
               for i, b in enumerate(data.basic_expenditure)]
    checks += [(("projects", i, "code"), p.code, Scheme.FUNCTIONAL, "项") for i, p in enumerate(data.projects)]
    checks += [(("item_priors", i, "code"), p.code, Scheme.FUNCTIONAL, "项") for i, p in enumerate(data.item_priors)]
    checks += [(("basic_economic", i, "code"), b.code, Scheme.ECONOMIC, "款")
               for i, b in enumerate(data.basic_economic)]
    for i, p in enumerate(data.projects):
        checks += [(("projects", i, "economic", cls), cls, Scheme.ECONOMIC, "类") for cls in p.economic]
    return [pr for path, code, scheme, level in checks
            if (pr := _code_problem(catalog, path, code, year, scheme, level))]


def _mismatch(path, what: str, typed: Decimal, parts: Decimal, detail: str) -> Problem:
    return Problem(path, f"{what}填写为 {fmt2(typed)}，与{detail}之和 {fmt2(parts)} 不符", f"{fmt2(parts)}，或留空自动计算")


def _typed_totals(data: BudgetData) -> list[Problem]:
    out: list[Problem] = []
    amounts = income_amounts(data)
    for row, line in data.income.items():
        children = income_children(row)
        if line.amount is None or not children:
            continue
        parts_given = any(data.income.get(c) and data.income[c].amount is not None for c in _descendants(row))
        if parts_given and line.amount != amounts[row]:
            names = "、".join(INCOME_SPEC[c].label for c in children)
            out.append(_mismatch(("income", row.value, "amount"), INCOME_SPEC[row].label, line.amount,
                                 amounts[row], names))
    for section, rows in (("basic_expenditure", data.basic_expenditure), ("basic_economic", data.basic_economic)):
        for i, b in enumerate(rows):
            if b.total is not None and b.total != b.personnel + b.public:
                out.append(_mismatch((section, i, "total"), f"编码 {b.code} 的合计", b.total, b.personnel + b.public,
                                     "人员经费与公用经费"))
    for i, p in enumerate(data.projects):
        if p.amount is not None and p.economic and p.amount != p.total:
            out.append(_mismatch(("projects", i, "amount"), f"项目“{p.name}”的金额", p.amount, p.total,
                                 "各经济分类金额"))
    tp = data.three_public
    parts = tp.abroad.total + tp.reception.total + tp.vehicle_purchase.total + tp.vehicle_operation.total
    if tp.total is not None and tp.total != parts:
        out.append(_mismatch(("three_public", "total"), "“三公”经费合计", tp.total, parts, "各项“三公”经费"))
    pr = data.procurement
    if pr.total is not None and pr.total != pr.goods + pr.works + pr.services:
        out.append(_mismatch(("procurement", "total"), "政府采购合计", pr.total, pr.goods + pr.works + pr.services,
                             "货物、工程、服务"))
    if pr.micro_reserved > pr.sme_reserved:
        out.append(Problem(("procurement", "micro_reserved"),
                           f"面向小微企业预留 {fmt2(pr.micro_reserved)} 大于面向中小企业预留 {fmt2(pr.sme_reserved)}",
                           "不大于面向中小企业预留金额"))
    return out


def _descendants(row: IncomeRow) -> Iterable[IncomeRow]:
    for c in income_children(row):
        yield c
        yield from _descendants(c)


def _duplicates(data: BudgetData) -> list[Problem]:
    out: list[Problem] = []
    seen: dict[tuple, int] = {}
    for i, b in enumerate(data.basic_expenditure):
        key = ("basic", b.code, b.source)
        if key in seen:
            out.append(Problem(("basic_expenditure", i, "code"),
                               f"编码 {b.code}、资金来源 {b.source.value} 重复出现（与第 {seen[key] + 1} 条相同）",
                               "每个编码与资金来源只填一行"))
        seen.setdefault(key, i)
    for i, b in enumerate(data.basic_economic):
        key = ("econ", b.code)
        if key in seen:
            out.append(Problem(("basic_economic", i, "code"), f"经济分类编码 {b.code} 重复出现", "每个编码只填一行"))
        seen.setdefault(key, i)
    for i, p in enumerate(data.item_priors):
        key = ("prior", p.code)
        if key in seen:
            out.append(Problem(("item_priors", i, "code"), f"编码 {p.code} 的上年预算数重复填写", "每个编码只填一行"))
        seen.setdefault(key, i)
    return out

