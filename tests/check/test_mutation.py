"""The mutation harness on a sample: single injected faults are found (≥ 98%)."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from yusuan.model.full import derive_full
from yusuan.synth.generator import generate_budget
from yusuan.synth.mutate import KINDS, mutants, run

pytestmark = pytest.mark.slow  # whole module: hundreds of generated disclosures (see pyproject: -m 'not slow')


def test_mutants_differ_from_the_original():
    d = derive_full(generate_budget(random.Random(3)))
    made = mutants(d, random.Random(0), 12)
    assert {m.kind for m in made} == set(KINDS)
    for m in made:
        assert m.disclosure != d


def test_detection_rate_on_a_sample():
    total, detected, missed = Counter(), Counter(), []
    for seed in range(2000, 2012):
        d = derive_full(generate_budget(random.Random(seed)))
        for outcome in run(d, random.Random(seed), 12):
            total[outcome.mutant.kind] += 1
            if outcome.detected:
                detected[outcome.mutant.kind] += 1
            else:
                missed.append(outcome.mutant.description)
    rate = sum(detected.values()) / sum(total.values())
    print(f"detected {sum(detected.values())}/{sum(total.values())} = {rate:.1%}", dict(total), missed)
    assert sum(total.values()) >= 140
    assert rate >= 0.98, missed
