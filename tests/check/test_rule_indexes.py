"""The per-document indexes the rules share (issue 11) hold what the plain definitions they replace give."""

from __future__ import annotations

import random

from yusuan.model.disclosure import RowKind, TableId
from yusuan.model.full import derive_full
from yusuan.rules.context import Context
from yusuan.rules.performance.common import (
    cost_amount,
    is_total_cost,
    key,
    t7_projects,
    targets_by_name,
    total_costs,
)
from yusuan.synth.generator import generate_budget


def test_total_costs_are_the_cost_indicators_with_amounts(example_full, catalog):
    documents = [example_full, *(derive_full(generate_budget(random.Random(seed))) for seed in range(6))]
    listed = 0
    for d in documents:
        ctx = Context(d, catalog)
        for p in d.performance:
            plain = [(i, a) for i in p.targets.indicators if is_total_cost(i) and (a := cost_amount(i)) is not None]
            assert total_costs(ctx, p.targets) == plain
            assert total_costs(ctx, p.targets) is total_costs(ctx, p.targets)  # made once per document
            listed += len(plain)
    assert listed > 0


def test_projects_and_target_tables_are_listed_once_per_document(example_full, catalog):
    for d in (example_full, derive_full(generate_budget(random.Random(3)))):
        ctx = Context(d, catalog)
        t7 = d.table(TableId.T7)
        rows = [r for r in t7.rows if r.kind != RowKind.TOTAL and (r.project or r.label)] if t7 is not None else []
        assert t7_projects(ctx) == rows and rows
        assert t7_projects(ctx) is t7_projects(ctx)
        assert targets_by_name(ctx) == {key(p.project): p for p in d.performance} and d.performance
        assert targets_by_name(ctx) is targets_by_name(ctx)
