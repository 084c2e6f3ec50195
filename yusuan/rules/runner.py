"""Run the rule catalogue over a disclosure: select/ignore by id or prefix, collect findings.

Selection follows ruff: `select` and `ignore` hold ids or prefixes (`A`, `X2`, `T301`); a rule runs
when it matches `select` (everything by default) and not `ignore`. Rounding notices (A100) come from
the identities of other rules: they are kept when the rule that produced them runs, unless A100
itself is ignored; selecting A100 alone runs every identity and keeps only the notices.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.model.claims import TextAnalysis
from yusuan.model.disclosure import Disclosure
from yusuan.rules.context import ROUNDING_RULE, Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, all_rules, ordered_rules


def _split(ids: Iterable[str] | str | None) -> tuple[str, ...]:
    if ids is None:
        return ()
    if isinstance(ids, str):
        ids = [ids]
    return tuple(p.strip().upper() for item in ids for p in item.split(",") if p.strip())


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def of(cls, select: Iterable[str] | str | None = None, ignore: Iterable[str] | str | None = None) -> Selection:
        return cls(_split(select), _split(ignore))

    def selected(self, rule_id: str) -> bool:
        return not self.select or rule_id.startswith(tuple(self.select))

    def ignored(self, rule_id: str) -> bool:
        return rule_id.startswith(tuple(self.ignore))  # False for no patterns

    def wants(self, rule_id: str) -> bool:
        return self.selected(rule_id) and not self.ignored(rule_id)

    def runs(self, r: Rule) -> bool:
        if r.check is None:
            return False
        return self.wants(r.id) or (self.select == (ROUNDING_RULE,) and not self.ignored(r.id))

    def keeps(self, f: Finding) -> bool:
        if f.rule == ROUNDING_RULE:
            if self.ignored(ROUNDING_RULE):
                return False
            return self.wants(ROUNDING_RULE) or (f.origin is not None and self.wants(f.origin))
        return self.wants(f.rule)

    def unknown(self) -> list[str]:
        """Patterns that match no rule (a typo the CLI reports)."""
        ids = [r.id for r in all_rules()]
        return [p for p in (*self.select, *self.ignore) if not any(i.startswith(p) for i in ids)]


def check(disclosure: Disclosure, catalog: Catalog | None = None, selection: Selection | None = None,
          rules: Sequence[Rule] | None = None, text: TextAnalysis | None = None) -> list[Finding]:
    """All findings of the selected rules on one disclosure, errors first (`text`: the disclosure's
    `model.claims.analyse`, when the caller has it already)."""
    ctx = Context(disclosure, catalog or default_catalog(), text)
    selection = selection or Selection()
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for r in _plan(selection, rules):
        for f in r.check(ctx, r):  # type: ignore[misc]  # the plan holds only rules with a check
            if not selection.keeps(f):
                continue
            k = f.key()
            if k in seen:
                continue
            seen.add(k)
            findings.append(replace(f, source=disclosure.source) if disclosure.source else f)
    return sort_findings(findings)


_PLANS: dict[Selection, tuple[tuple[Rule, ...], list[Rule]]] = {}  # selection → (catalogue, the rules it runs)


def _plan(selection: Selection, rules: Sequence[Rule] | None) -> list[Rule]:
    """The rules `check` runs, in catalogue order: chosen once per selection of the whole catalogue (a
    function of the selection and the registry, not of any document), again when the registry changes."""
    if rules is not None:
        return [r for r in rules if selection.runs(r)]
    catalogue = ordered_rules()
    try:
        cached = _PLANS.get(selection)
    except TypeError:  # a Selection made by hand with lists: not hashable, chosen every time
        return [r for r in catalogue if selection.runs(r)]
    if cached is None or cached[0] is not catalogue:
        cached = _PLANS[selection] = (catalogue, [r for r in catalogue if selection.runs(r)])
    return cached[1]


def clear_caches() -> None:
    """Empty every cache the analysis and the rules keep between documents (pure functions of short
    phrases): what a document costs when nothing of an earlier one is remembered."""
    from yusuan.catalog.catalog import normalize_name
    from yusuan.model.quantities import clear_caches as clear_quantities

    clear_quantities()
    normalize_name.cache_clear()


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.severity.rank, f.rule))


def count(findings: Iterable[Finding]) -> dict[Severity, int]:
    out = dict.fromkeys(Severity, 0)
    for f in findings:
        out[f.severity] += 1
    return out
