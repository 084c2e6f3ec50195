"""Hypothesis strategy for budget data, for property tests.

Hypothesis is a development dependency: it is imported here only, never by the generator. The
strategy draws a seed and hands a `random.Random` of it to `generate_budget`, so a failing example
is reported (and replayed) as a seed; shrinking moves towards small seeds, not simpler budgets.
"""

from __future__ import annotations

import random

from hypothesis import strategies as st

from yusuan.catalog.catalog import Catalog
from yusuan.model.budget import BudgetData
from yusuan.synth.generator import YEARS, generate_budget

SEED_MAX = 2**32 - 1


def budgets(year: int | None = None, catalog: Catalog | None = None) -> st.SearchStrategy[BudgetData]:
    """Valid, balanced BudgetData of a random department (of `year`, else 2023–2025)."""
    years = st.just(year) if year is not None else st.sampled_from(YEARS)
    return st.builds(
        lambda seed, y: generate_budget(random.Random(seed), catalog, y),
        st.integers(min_value=0, max_value=SEED_MAX),
        years,
    )


__all__ = ["budgets"]
