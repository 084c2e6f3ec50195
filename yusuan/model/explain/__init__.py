"""The explanation texts of a disclosure (第一部分 概况, 第三部分 说明, 第四部分 名词解释), written from
budget data — pure functions, one module per part, shared sentence pieces in `phrasing`.

Section keys and headings are those of `yusuan.model.sections`; the sub-parts of 第三部分 五 are
keyed 3.5.1–3.5.3 (as those of 十一 are 3.11.1–3.11.5). Every amount, share and change in the
text is computed here from the data, never typed.
"""

from __future__ import annotations

from yusuan.catalog.catalog import Catalog
from yusuan.model.budget import BudgetData
from yusuan.model.disclosure import Disclosure, Section
from yusuan.model.explain.appropriation import appropriation
from yusuan.model.explain.basic import basic
from yusuan.model.explain.context import make_facts
from yusuan.model.explain.fund_soe import fund_and_soe
from yusuan.model.explain.glossary import glossary
from yusuan.model.explain.income_expenditure import expenditure, fiscal, income, overall
from yusuan.model.explain.other import other
from yusuan.model.explain.overview import duties, structure
from yusuan.model.explain.projects import projects
from yusuan.model.explain.three_public import three_public


def explain(data: BudgetData, disclosure: Disclosure, catalog: Catalog | None = None) -> list[Section]:
    """Every text section, in the order of the document."""
    f = make_facts(data, disclosure, catalog)
    return [
        duties(f),
        structure(f),
        overall(f),
        income(f),
        expenditure(f),
        fiscal(f),
        *appropriation(f),
        basic(f),
        projects(f),
        *fund_and_soe(f),
        three_public(f),
        *other(f),
        glossary(f),
    ]


__all__ = ["explain"]
