"""Budget data → the complete disclosure: the ten tables (`derive`) and every text (`explain`)."""

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
    return disclosure
