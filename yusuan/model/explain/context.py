"""The facts every explanation draws on, computed once from the budget data (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.model.amounts import Charge, charges, income_amounts, income_priors, sum_by_code
from yusuan.model.budget import BudgetData
from yusuan.model.disclosure import Disclosure, Paragraph, Section
from yusuan.model.sections import heading
from yusuan.model.sources import GENERAL_CURRENT_SOURCES, IncomeRow
from yusuan.money import ZERO, MoneyUnit


@dataclass
class Facts:
    data: BudgetData
    disclosure: Disclosure
    catalog: Catalog
    charges: list[Charge] = field(init=False)
    income: dict[IncomeRow, Decimal] = field(init=False)
    income_prior: dict[IncomeRow, Decimal | None] = field(init=False)

    def __post_init__(self) -> None:
        self.charges = [c for c in charges(self.data) if c.amount]
        self.income = income_amounts(self.data)
        self.income_prior = income_priors(self.data)
        self._fallback = {b.code: b.name for b in self.data.basic_expenditure if b.name}
        self._fallback.update({b.code: b.name for b in self.data.basic_economic if b.name})

    @property
    def dept(self) -> str:
        return self.data.department.name

    @property
    def year(self) -> int:
        return self.data.department.year

    @property
    def unit(self) -> MoneyUnit:
        return self.data.department.money_unit

    def name(self, code: str) -> str:
        return self.catalog.name_of(code, self.year) or self._fallback.get(code, "") or code

    def of_sources(self, sources: Iterable) -> list[Charge]:
        wanted = frozenset(sources)
        return [c for c in self.charges if c.source in wanted]

    @property
    def general_current(self) -> list[Charge]:
        """一般公共预算当年拨款: the basis of 第三部分 五."""
        return self.of_sources(GENERAL_CURRENT_SOURCES)

    @staticmethod
    def total(items: Iterable[Charge]) -> Decimal:
        return sum((c.amount for c in items), ZERO)

    @staticmethod
    def by_code(items: Iterable[Charge]) -> dict[str, Decimal]:
        return sum_by_code(items)

    def section(self, key: str, paragraphs: Iterable[str], title: str | None = None) -> Section:
        return Section(key=key, heading=title or heading(key, self.dept, self.year),
                       paragraphs=[Paragraph(text=p) for p in paragraphs])


def make_facts(data: BudgetData, disclosure: Disclosure, catalog: Catalog | None = None) -> Facts:
    return Facts(data, disclosure, catalog or default_catalog())
