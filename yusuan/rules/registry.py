"""The rule catalogue: every rule's id, name, severity, family, Chinese message template and docs.

A rule is a pure function `check(ctx) -> Iterable[Finding]` registered with `@rule(...)`. Its
docstring explains it, with a failing example, for developers (in English). Users read the Chinese
explanation of yusuan/rules/explanations_zh.py (`Rule.explanation`): `yusuan rules ID` prints it and
docs/rules.md is generated from it. Ids: a family letter and three digits (A101). Families:

| prefix | family |
|---|---|
| A1xx | 表内运算 table arithmetic (A100: rounding differences, a notice shared by every identity) |
| X2xx | 表间勾稽 cross-table identities |
| T3xx | 文字与表格 text versus tables and versus other claims |
| C4xx | 完整性 completeness (预算法§14, 实施条例§6, 财预〔2016〕143号) |
| K5xx | 科目 classification codes and names |
| P6xx | 绩效目标 performance targets |
| W7xx | 合理性 plausibility (warnings) |
| R8xx | 读取 what a reader could not read or had to repair in a publication |
"""

from __future__ import annotations

import importlib
import inspect
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from yusuan.rules.finding import Finding, Severity, Where

if TYPE_CHECKING:
    from yusuan.rules.context import Context

FAMILIES: dict[str, str] = {
    "A": "表内运算",
    "X": "表间勾稽",
    "T": "文字与表格",
    "C": "完整性",
    "K": "科目分类",
    "P": "绩效目标",
    "W": "合理性",
    "R": "读取",
}
FAMILY_PACKAGES = ("arithmetic", "cross", "text", "completeness", "classification", "performance", "plausibility",
                   "reading")

Check = Callable[["Context"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    name: str  # kebab-case slug, English
    severity: Severity
    title: str  # one line, Chinese: what the rule checks
    message: str  # Chinese template, str.format fields
    check: Check | None  # None: produced by other rules (A100)
    doc: str

    @property
    def family(self) -> str:
        return FAMILIES[self.id[0]]

    @property
    def explanation(self) -> str:
        """The Chinese explanation for users (说明 and a "错误示例：" line); "" if none is written."""
        return explanation(self.id)

    @property
    def fields(self) -> list[str]:
        return [f for _, f, _, _ in string.Formatter().parse(self.message) if f]

    def finding(self, where: Where, *, expected: Any = None, actual: Any = None, fix: str | None = None,
                origin: str | None = None, **fields: Any) -> Finding:
        return Finding(
            rule=self.id,
            severity=self.severity,
            message=self.message.format(**fields),
            where=where,
            expected=None if expected is None else str(expected),
            actual=None if actual is None else str(actual),
            fix=fix,
            origin=origin,
        )


_REGISTRY: dict[str, Rule] = {}
_loaded = False


def rule(id: str, name: str, severity: Severity, title: str, message: str) -> Callable[[Check], Check]:
    """Register a check function as a rule (its docstring is the rule's documentation)."""

    def register(fn: Check) -> Check:
        define(id, name, severity, title, message, inspect.getdoc(fn) or "", fn)
        return fn

    return register


def define(id: str, name: str, severity: Severity, title: str, message: str, doc: str,
           check: Check | None = None) -> Rule:
    if len(id) != 4 or id[0] not in FAMILIES or not id[1:].isdigit():
        raise ValueError(f"bad rule id {id!r}")
    if id in _REGISTRY and _REGISTRY[id].check is not check:
        raise ValueError(f"rule {id} registered twice")
    r = Rule(id, name, severity, title, message, check, doc)
    _REGISTRY[id] = r
    return r


def load() -> None:
    """Import every family package so that its rules register."""
    global _loaded
    if _loaded:
        return
    for package in FAMILY_PACKAGES:
        importlib.import_module(f"yusuan.rules.{package}")
    _loaded = True


def all_rules() -> list[Rule]:
    load()
    return sorted(_REGISTRY.values(), key=lambda r: (list(FAMILIES).index(r.id[0]), r.id))


def get(rule_id: str) -> Rule:
    load()
    return _REGISTRY[rule_id.upper()]


def find(rule_id_or_name: str) -> Rule | None:
    load()
    key = rule_id_or_name.strip()
    return _REGISTRY.get(key.upper()) or next((r for r in _REGISTRY.values() if r.name == key), None)


def explanation(rule_id: str) -> str:
    """The Chinese explanation of a rule id, "" for an id without one."""
    from yusuan.rules.explanations_zh import EXPLANATIONS

    return EXPLANATIONS.get(rule_id.upper(), "")


def matching(patterns: Iterable[str]) -> Iterator[Rule]:
    pats = [p.strip().upper() for p in patterns if p.strip()]
    for r in all_rules():
        if any(r.id.startswith(p) for p in pats):
            yield r
