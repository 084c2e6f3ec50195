"""The shape of a rule's hand-made cases, shared by the family test files beside this one.

Every registered rule has a `RuleCase` in its family's file (test_<family>.py): a base disclosure on
which the rule must stay silent, and a fault injected into a copy of a base on which it must fire.
The failing case pins the first finding of the rule that the fault brings — its location (`Where.describe()`) and its message —
and the errors the fault brings besides it: `also` names the other rules whose errors the one fault
necessarily causes in a whole, otherwise consistent disclosure (a changed 项 also breaks its 款's sum);
any error outside the rule and `also` fails the test. A fault is always made here by hand: no case
fails on a base as it is.

Bases (fixtures of tests/check/conftest.py): `example` is the bundled example with the texts the
build stage writes; `generated` a rich generated department; `seed` the transcribed publication;
`tables` the example's tables without texts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from yusuan.model.disclosure import Disclosure
from yusuan.rules import Severity, all_rules, check
from yusuan.rules.finding import Finding


@dataclass(frozen=True)
class RuleCase:
    rule: str
    fault: Callable[[Disclosure], None]  # injects one fault into a deep copy of `failing`
    where: str  # the first finding's location, Where.describe()
    message: str  # the first finding's message
    passing: str = "example"  # base the rule is silent on
    failing: str = "example"  # base the fault is injected into
    also: tuple[str, ...] = ()  # other rules whose errors the fault necessarily causes

    def __str__(self) -> str:
        return self.rule


def faulty(case: RuleCase, bases: dict[str, Disclosure]) -> Disclosure:
    d = bases[case.failing].model_copy(deep=True)
    case.fault(d)
    return d


def assert_passes(case: RuleCase, bases: dict[str, Disclosure], findings: dict[str, list[Finding]]) -> None:
    fired = [f for f in findings[case.passing] if f.rule == case.rule]
    assert not fired, f"{case.rule} fires on the clean base {case.passing}: {fired[0].message}"


def assert_fails(case: RuleCase, bases: dict[str, Disclosure], findings: dict[str, list[Finding]]) -> None:
    before = {f.key() for f in findings[case.failing]}
    after = [f for f in check(faulty(case, bases)) if f.key() not in before]  # what the fault brings
    own = [f for f in after if f.rule == case.rule]
    assert own, f"{case.rule} did not fire on its fault"
    rule = next(r for r in all_rules() if r.id == case.rule)
    assert all(f.severity == rule.severity for f in own)
    assert (own[0].where.describe(), own[0].message) == (case.where, case.message)
    others = {f.rule for f in after if f.severity == Severity.ERROR and f.rule != case.rule}
    assert others == set(case.also), f"{case.rule}: the fault also brings errors of {sorted(others)}"


def family_tests(cases: tuple[RuleCase, ...]):
    """The two tests every family's file runs over its cases: each rule silent on its clean base, and
    finding its fault (pytest collects them where the family's file binds them)."""

    @pytest.mark.parametrize("case", cases, ids=str)
    def test_rule_is_silent_on_a_clean_disclosure(case, bases, base_findings):
        assert_passes(case, bases, base_findings)

    @pytest.mark.parametrize("case", cases, ids=str)
    def test_rule_finds_its_fault(case, bases, base_findings):
        assert_fails(case, bases, base_findings)

    return test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault
