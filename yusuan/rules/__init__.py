"""Check: the rule catalogue over a Disclosure, its findings and their reports.

    from yusuan.rules import check
    findings = check(disclosure)          # every rule; errors first

Rules are pure functions of the disclosure (and the classification catalogue); see
`yusuan.rules.registry` for the id scheme and docs/rules.md for the catalogue.
"""

from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, all_rules, find, get
from yusuan.rules.runner import Selection, check, count

__all__ = ["Finding", "Rule", "Selection", "Severity", "Where", "all_rules", "check", "count", "find", "get"]
