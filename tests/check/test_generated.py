"""Clean generated disclosures (tables and texts from the same data) raise no errors."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from yusuan.model.derive import derive_disclosure
from yusuan.model.full import derive_full
from yusuan.rules import Severity, check
from yusuan.synth.generator import generate_budget

SAMPLE = range(100)


@pytest.fixture(scope="module")
def budgets():
    return [generate_budget(random.Random(seed)) for seed in SAMPLE]


@pytest.mark.slow
def test_no_errors_on_generated_disclosures_with_texts(budgets):
    errors = []
    rules = Counter()
    for seed, data in zip(SAMPLE, budgets, strict=True):
        for f in check(derive_full(data)):
            rules[f.rule] += 1
            if f.severity == Severity.ERROR:
                errors.append((seed, f.rule, f.message))
    assert errors == []
    assert rules["T301"] == rules["T302"] == rules["T303"] == 0


def test_no_errors_or_warnings_on_generated_tables(budgets):
    for data in budgets[:40]:
        findings = check(derive_disclosure(data))
        assert [f for f in findings if f.severity != Severity.NOTICE] == []
        assert {f.rule for f in findings} <= {"C400", "A100"}


def test_texts_are_read_as_claims(budgets):
    """The check does read the generated texts: most amounts resolve to a table figure."""
    from yusuan.catalog.catalog import default_catalog
    from yusuan.rules.context import Context
    from yusuan.rules.text.subjects import referent

    ctx = Context(derive_full(budgets[0]), default_catalog())
    money = [c for c in ctx.text.claims if c.money and c.value is not None and not c.project]
    resolved = [c for c in money if (r := referent(ctx, c)) is not None and r.candidates]
    assert len(money) > 20 and len(resolved) / len(money) > 0.6
