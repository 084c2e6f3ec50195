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
from yusuan.rules.tables import Fig, TableView, fig_sum, show, show_in

if TYPE_CHECKING:
    from yusuan.model.claims import Claim, TextAnalysis
    from yusuan.model.layouts import LayoutFamily
    from yusuan.model.stated import Stated
    from yusuan.rules.registry import Rule

ROUNDING_RULE = "A100"


class Context:
    def __init__(self, disclosure: Disclosure, catalog: Catalog, text: TextAnalysis | None = None):
        if text is not None:  # the analysis of this disclosure's text, already made (pipeline.record_of)
            self.__dict__["text"] = text
        self.disclosure = disclosure
        self.catalog = catalog
        self.year = disclosure.year
        self.edition = catalog.nearest_edition(disclosure.year)
        self._views: dict[TableId, TableView | None] = {}
        self._stated: dict[int, Stated | None] = {}
        # answers of pure functions of this document's words that several rules ask, by function: kept for this
        # document only (nothing of one document is kept for the next)
        self.memo: dict[str, dict] = {}

    def view(self, table_id: TableId) -> TableView | None:
        if table_id not in self._views:
            t = self.disclosure.table(table_id)
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

        return analyse(self.disclosure)

    def stated(self, claim: Claim) -> Stated | None:
        """The key figure a claim of `text` states (model/stated.read_claim), read once: several rules ask."""
        key = id(claim)  # claims live as long as `text`, which lives as long as this context
        if key not in self._stated:
            from yusuan.model.stated import read_claim

            self._stated[key] = read_claim(self.disclosure, claim, self.catalog)
        return self._stated[key]

    @property
    def final(self) -> bool:
        """A final-accounts (决算) publication: its tables carry 决算数 in other column sets."""
        return self.disclosure.kind == DocumentKind.FINAL

    @property
    def whole(self) -> bool:
        """A whole disclosure: completeness (C4xx) is judged on it alone, a part gets notice C409."""
        return self.disclosure.whole

    @property
    def family(self) -> LayoutFamily:
        """The layout family whose tables and sections the disclosure is held to (its own kind's)."""
        from yusuan.model.layouts import family_for

        profile = self.disclosure.profile
        return family_for(profile.layout, self.disclosure.kind) if profile is not None else family_for(Layout.NATIONAL,
                                                                                              self.disclosure.kind)

    @property
    def derived(self) -> bool:
        """Derived from budget data (no published text is expected)."""
        return self.disclosure.source is None or self.disclosure.source.startswith("data:")

    # -- comparisons -----------------------------------------------------------------------
    def sum_check(self, rule: Rule, whole: Fig, summands: Sequence[Fig], where: Where | Callable[[], Where], what: str,
                  unit: MoneyUnit = MoneyUnit.WAN, fix: str | None = None, **fields: Any) -> Iterator[Finding]:
        """whole = Σ summands, up to rounding: an error of `rule`, or an A100 notice within the bound.

        `expected` and `actual` are numbers in `unit`; the message shows each figure in the unit it is
        printed in (Fig.shown), the difference and the bound in the whole's."""
        total = fig_sum(list(summands))
        diff = whole.value - total.value
        if diff == 0:
            return
        if callable(where):
            where = where()
        bound = whole.half + total.half
        if abs(diff) <= bound:
            yield self.rounding(rule, where, what, whole.value, total.value, len(summands) + 1, bound, unit,
                                shown_in=whole.unit)
            return
        yield rule.finding(where, expected=show(total.value, unit), actual=show(whole.value, unit),
                           fix=fix, actual_s=whole.shown, expected_s=show_in(total.value, total.unit),
                           diff=show_in(abs(diff), whole.unit), unit=unit.value, **fields)

    def rounding(self, rule: Rule, where: Where, what: str, actual: Decimal, expected: Decimal, n: int,
                 bound: Decimal, unit: MoneyUnit = MoneyUnit.WAN, shown_in: MoneyUnit | None = None) -> Finding:
        """An A100 notice for `rule`'s identity: numbers in `unit`, the message's amounts in `shown_in`
        (by default `unit`), the unit the figures are printed in."""
        from yusuan.rules.registry import get

        shown_in = shown_in or unit
        return get(ROUNDING_RULE).finding(
            where, expected=show(expected, unit), actual=show(actual, unit), origin=rule.id,
            what=what, actual_s=show_in(actual, shown_in), expected_s=show_in(expected, shown_in),
            diff=show_in(abs(actual - expected), shown_in), n=n, bound=show_in(bound, shown_in), unit=unit.value,
            rule=rule.id)

    @staticmethod
    def same(a: Fig, b: Fig) -> bool:
        """Two printings of one figure agree: exactly at equal precision, else up to the coarser one."""
        return abs(a.value - b.value) <= abs(a.half - b.half)
