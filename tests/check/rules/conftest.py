from __future__ import annotations

import pytest

from yusuan.rules import check


@pytest.fixture(scope="session")
def bases(example_full, example_tables, generated_full, seed):
    return {"example": example_full, "tables": example_tables, "generated": generated_full, "seed": seed}


@pytest.fixture(scope="session")
def base_findings(bases):
    return {name: check(d) for name, d in bases.items()}
