"""Budget data → the complete disclosure: the ten tables (`derive`), every text (`explain`) and the
data's corrections to the publication it was taken from (printed as an appendix)."""

from __future__ import annotations

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.model.budget import BudgetData
from yusuan.model.derive import derive_disclosure
from yusuan.model.disclosure import Disclosure
from yusuan.model.explain import explain
from yusuan.model.profile import Layout


def derive_full(data: BudgetData, catalog: Catalog | None = None, source: str | None = None,
                layout: str = Layout.NATIONAL) -> Disclosure:
    """`layout`: the layout family whose table titles the document prints (model/layouts.py)."""
    catalog = catalog or default_catalog()
    disclosure = derive_disclosure(data, catalog, source=source, layout=layout)
    disclosure.sections = explain(data, disclosure, catalog)
    if data.corrections is not None and data.corrections.items:
        disclosure.corrections = data.corrections
    return disclosure
