"""Realistic, internally consistent random budget data (BudgetData) for tests and benchmarks.

`generate_budget(rng)` draws one department's budget: a department of a plausible type (教育局,
民政局, 街道办事处 …) with its units, staff and duties; basic expenditure built up from per-person
wage and office costs, so that the 经济分类 table (basic_economic) and the 功能分类 items agree by
construction (30108 = 2080505, 30110 = 21011xx, 30113 = 2210201 …); projects with allocations and
performance targets; last year's figures with reasons; 三公, 机关运行经费, procurement and assets.

Everything is computed in integer cents and turned into Decimal (万元, two decimals) at the end,
so every total adds up exactly. The result depends only on the rng (and the catalogue): no
global randomness, no clock, no iteration over unordered sets.

This module only orchestrates; the steps live next to it: department.py (with profiles.py and
names.py), expenditure.py, project_drafts.py, priors.py, projects.py (with performance.py),
income.py and statements.py, on top of state.py, codes.py, money.py and funding.py.
"""

from __future__ import annotations

import random

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.model.budget import BudgetData
from yusuan.synth.department import draw_department
from yusuan.synth.expenditure import basic_economic_table, basic_expenditure_table, basic_rows, draw_basic
from yusuan.synth.income import income_lines
from yusuan.synth.priors import changes_of, draw_priors, item_priors_of
from yusuan.synth.profiles import DEPT_TYPES
from yusuan.synth.project_drafts import draw_projects
from yusuan.synth.projects import performance_summary, project_table
from yusuan.synth.state import YEARS, GeneratorState
from yusuan.synth.statements import assets_table, operating_costs_line, procurement_table, three_public_table


def generate_budget(rng: random.Random, catalog: Catalog | None = None, year: int | None = None) -> BudgetData:
    """One department's budget, drawn from `rng` alone: valid, balanced and internally consistent.

    The steps draw from `rng` in this order; keep it, or every seed gives another budget.
    """
    catalog = catalog or default_catalog()
    g = GeneratorState(rng, catalog, year)
    department = draw_department(g)
    draw_basic(g)
    basic = basic_rows(g)
    drafts = draw_projects(g)
    basic, project_charges = draw_priors(g, basic, drafts)
    year = g.year
    per_budget_typed = rng.random() < 0.3  # fill the optional 合计 fields?
    with_names = rng.random() < 0.3
    basic_expenditure = basic_expenditure_table(g, basic, with_names, per_budget_typed)
    basic_economic = basic_economic_table(g, with_names, per_budget_typed)
    typed_amount = rng.random() < 0.5
    projects = project_table(g, department, drafts, project_charges, typed_amount)
    charges = basic + project_charges
    income = income_lines(rng, charges, typed_amount)
    changes = changes_of(basic, project_charges)
    item_priors = item_priors_of(charges)
    three_public = three_public_table(g, drafts, per_budget_typed)
    operating_costs, oc_amount = operating_costs_line(basic)
    procurement = procurement_table(rng, drafts, oc_amount, per_budget_typed)
    assets = assets_table(g)
    other_notes = rng.choice(([], ["无其他需说明的事项。"], ["无其他需说明的事项。"],
                              [f"{department.name}{year}年预算已经{g.place}人民代表大会审查批准。"]))
    return BudgetData(
        department=department,
        income=income,
        basic_expenditure=basic_expenditure,
        projects=projects,
        item_priors=item_priors,
        changes=changes,
        basic_economic=basic_economic,
        three_public=three_public,
        operating_costs=operating_costs,
        procurement=procurement,
        assets=assets,
        performance_summary=performance_summary(drafts),
        other_notes=other_notes,
    )


__all__ = ["DEPT_TYPES", "YEARS", "generate_budget"]
