"""Every registered rule has its hand-made passing and failing case in its family's test file."""

from __future__ import annotations

import importlib

from tests.check.rules.cases import RuleCase
from yusuan.rules import all_rules
from yusuan.rules.registry import RULE_FAMILIES


def family_cases() -> dict[str, tuple[RuleCase, ...]]:
    return {f.letter: importlib.import_module(f"tests.check.rules.test_{f.package}").CASES for f in RULE_FAMILIES}


def test_every_rule_has_a_case_in_its_family_file():
    cases = family_cases()
    for letter, family in cases.items():
        misplaced = [c.rule for c in family if c.rule[0] != letter]
        assert not misplaced, f"cases of {misplaced} belong to another family's file"
    ids = [c.rule for family in cases.values() for c in family]
    assert len(ids) == len(set(ids)), "a rule with two cases"
    missing = {r.id for r in all_rules()} - set(ids)
    assert not missing, f"rules without a passing and a failing case: {sorted(missing)}"
    assert set(ids) <= {r.id for r in all_rules()}, "a case for a rule that is not registered"


def test_every_failing_case_pins_location_and_message():
    for family in family_cases().values():
        for c in family:
            assert c.where and c.message, c.rule
            assert callable(c.fault), f"{c.rule}: its failing case rests on a base as it is"
