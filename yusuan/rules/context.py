"""What a rule sees: the disclosure, the catalogue, cached views and analyses, and the comparison
helpers that separate real differences from rounding (rule A100)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from yusuan.catalog.catalog import Catalog
from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Disclosure, TableId
from yusuan.model.profile import Layout
from yusuan.money import MoneyUnit
from yusuan.rules.finding import Finding, Where
from yusuan.rules.tables import Fig, TableView, fig_sum, show

if TYPE_CHECKING:
    from yusuan.model.claims import TextAnalysis
    from yusuan.model.layouts import LayoutFamily
    from yusuan.rules.registry import Rule

ROUNDING_RULE = "A100"


class Context:
    def __init__(self, disclosure: Disclosure, catalog: Catalog, text: TextAnalysis | None = None):
        if text is not None:  # the analysis of this disclosure's text, already made (pipeline.record_of)
            self.__dict__["text"] = text
        self.d = disclosure
        self.catalog = catalog
        self.year = disclosure.year
        self.edition = catalog.nearest_edition(disclosure.year)
        self._views: dict[TableId, TableView | None] = {}

    def view(self, table_id: TableId) -> TableView | None:
        if table_id not in self._views:
            t = self.d.table(table_id)
            self._views[table_id] = TableView(t) if t is not None else None
        return self._views[table_id]

    def views(self, ids: Sequence[TableId]) -> Iterator[TableView]:
        for tid in ids:
            v = self.view(tid)
            if v is not None:
                yield v

    @cached_property
    def text(self) -> TextAnalysis:
        from yusuan.model.claims import analyse

        return analyse(self.d)

    @property
    def final(self) -> bool:
        """A final-accounts (决算) publication: its tables carry 决算数 in other column sets."""
        return self.d.kind == DocumentKind.FINAL

    @property
    def whole(self) -> bool:
        """A whole disclosure: completeness (C4xx) is judged on it alone, a part gets notice C409."""
        return self.d.whole

    @property
    def family(self) -> LayoutFamily:
        """The layout family whose tables and sections the disclosure is held to (its own kind's)."""
        from yusuan.model.layouts import family_for

        profile = self.d.profile
        return family_for(profile.layout, self.d.kind) if profile is not None else family_for(Layout.NATIONAL,
                                                                                              self.d.kind)

    @property
    def derived(self) -> bool:
        """Derived from budget data (no published text is expected)."""
        return self.d.source is None or self.d.source.startswith("data:")

    # -- comparisons -----------------------------------------------------------------------
    def sum_check(self, rule: Rule, whole: Fig, summands: Sequence[Fig], where: Where | Callable[[], Where], what: str,
                  unit: MoneyUnit = MoneyUnit.WAN, fix: str | None = None, **fields: Any) -> Iterator[Finding]:
        """whole = Σ summands, up to rounding: an error of `rule`, or an A100 notice within the bound."""
        total = fig_sum(list(summands))
        diff = whole.value - total.value
        if diff == 0:
            return
        if callable(where):
            where = where()
        bound = whole.half + total.half
        if abs(diff) <= bound:
            yield self.rounding(rule, where, what, whole.value, total.value, len(summands) + 1, bound, unit)
            return
        yield rule.finding(where, expected=show(total.value, unit), actual=show(whole.value, unit),
                           fix=fix, actual_s=show(whole.value, unit), expected_s=show(total.value, unit),
                           diff=show(abs(diff), unit), unit=unit.value, **fields)

    def rounding(self, rule: Rule, where: Where, what: str, actual: Decimal, expected: Decimal, n: int,
                 bound: Decimal, unit: MoneyUnit = MoneyUnit.WAN) -> Finding:
        from yusuan.rules.registry import get

        return get(ROUNDING_RULE).finding(
            where, expected=show(expected, unit), actual=show(actual, unit), origin=rule.id,
            what=what, actual_s=show(actual, unit), expected_s=show(expected, unit),
            diff=show(abs(actual - expected), unit), n=n, bound=show(bound, unit), unit=unit.value, rule=rule.id)

    @staticmethod
    def same(a: Fig, b: Fig) -> bool:
        """Two printings of one figure agree: exactly at equal precision, else up to the coarser one."""
        return abs(a.value - b.value) <= abs(a.half - b.half)
