"""The rule catalogue: every rule's id, name, severity, family, Chinese message template and docs.

A rule is one unit, as in ruff or sqlfluff: a pure function `check(ctx, rule) -> Iterable[Finding]`
decorated with `@rule(id, name, severity, title, message, explanation=...)`. It receives its own
`Rule` (to make its findings), its docstring explains it with a failing example for developers (in
English), and `explanation` is the Chinese text users read (`yusuan rules ID`, docs/rules.md),
ending in a "错误示例：" line. Ids: a family letter and three digits (A101).

`RULE_FAMILIES` is the one list of families: their id letter, their package under yusuan/rules/
(whose `__init__` lists its rules in `RULES`) and their Chinese names. The registry imports the
packages from it, and the family table of docs/rules.md is generated from it.
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


@dataclass(frozen=True)
class RuleFamily:
    letter: str  # the first character of its rules' ids
    package: str  # yusuan/rules/<package>/, whose __init__ lists its rules in RULES
    name: str  # Chinese, short: the family column of `yusuan rules`
    scope: str  # Chinese: what the family checks (docs/rules.md)


RULE_FAMILIES: tuple[RuleFamily, ...] = (
    RuleFamily("A", "arithmetic", "表内运算", "同一张表内的加总关系；A100 是各等式在舍入误差内时给出的提示"),
    RuleFamily("X", "cross", "表间勾稽", "不同表格之间的勾稽关系"),
    RuleFamily("T", "text", "文字与表格", "说明文字与表格、与文字中其他表述的一致性"),
    RuleFamily("C", "completeness", "完整性",
               "《中华人民共和国预算法》第十四条、《中华人民共和国预算法实施条例》第六条、财预〔2016〕143号要求公开的表格、"
               "说明和明细"),
    RuleFamily("K", "classification", "科目分类", "编码和名称与《政府收支分类科目》核对"),
    RuleFamily("P", "performance", "绩效目标", "绩效目标表与项目核对"),
    RuleFamily("W", "plausibility", "合理性", "合理性警告"),
    RuleFamily("R", "reading", "读取", "读取公开文件时未能读取的内容（警告）和读取时修复的内容（提示）"),
)
FAMILIES: dict[str, str] = {f.letter: f.name for f in RULE_FAMILIES}
EXAMPLE_MARK = "错误示例："

Check = Callable[["Context", "Rule"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    name: str  # kebab-case slug, English
    severity: Severity
    title: str  # one line, Chinese: what the rule checks
    message: str  # Chinese template, str.format fields
    check: Check | None  # None: produced by other rules (A100)
    doc: str
    explanation: str = ""  # Chinese, for users: 说明, then a line starting "错误示例："

    @property
    def family(self) -> str:
        return FAMILIES[self.id[0]]

    def explanation_parts(self) -> tuple[str, str]:
        """The explanation → (说明, 错误示例), the example without its "错误示例：" mark."""
        body, _, example = self.explanation.partition("\n" + EXAMPLE_MARK)
        return body.strip(), example.strip()

    def run(self, ctx: Context) -> Iterable[Finding]:
        """The rule's findings on one disclosure (none for a rule that others produce, A100)."""
        return self.check(ctx, self) if self.check is not None else ()

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
_ordered: tuple[Rule, ...] | None = None  # all_rules(), sorted once per change of the registry


def rule(id: str, name: str, severity: Severity, title: str, message: str, *,
         explanation: str) -> Callable[[Check], Rule]:
    """Make a check function a rule (its docstring is the rule's documentation for developers).

    The decorated name is the `Rule`; its family's `RULES` list registers it."""

    def make(fn: Check) -> Rule:
        return define(id, name, severity, title, message, inspect.getdoc(fn) or "", fn, explanation=explanation)

    return make


def define(id: str, name: str, severity: Severity, title: str, message: str, doc: str,
           check: Check | None = None, *, explanation: str) -> Rule:
    if len(id) != 4 or id[0] not in FAMILIES or not id[1:].isdigit():
        raise ValueError(f"bad rule id {id!r}")
    return Rule(id, name, severity, title, message, check, doc, explanation)


def register(rules: Iterable[Rule]) -> None:
    global _ordered
    _ordered = None
    for r in rules:
        if r.id in _REGISTRY and _REGISTRY[r.id] is not r:
            raise ValueError(f"rule {r.id} registered twice")
        _REGISTRY[r.id] = r


def load() -> None:
    """Register the rules every family package lists in `RULES`, in the order of RULE_FAMILIES."""
    global _loaded
    if _loaded:
        return
    for family in RULE_FAMILIES:
        module = importlib.import_module(f"yusuan.rules.{family.package}")
        misplaced = [r.id for r in module.RULES if r.id[0] != family.letter]
        if misplaced:
            raise ValueError(f"rules {misplaced} listed in family {family.package}")
        register(module.RULES)
    _loaded = True


def all_rules() -> list[Rule]:
    return list(ordered_rules())


def ordered_rules() -> tuple[Rule, ...]:
    """The registered rules in catalogue order: one tuple until the registry changes (the runner keys
    what it derives from the catalogue on it)."""
    global _ordered
    load()
    if _ordered is None:
        order = list(FAMILIES)
        _ordered = tuple(sorted(_REGISTRY.values(), key=lambda r: (order.index(r.id[0]), r.id)))
    return _ordered


def catalogue() -> list[Rule]:
    """Every rule a user can look up: the single-document rules, then those over two documents of one
    department that the store runs (rules/across.py)."""
    from yusuan.rules.across import DOCUMENT_RULES

    return [*all_rules(), *DOCUMENT_RULES]


def get(rule_id: str) -> Rule:
    load()
    return _REGISTRY[rule_id.upper()]


def find(rule_id_or_name: str) -> Rule | None:
    load()
    key = rule_id_or_name.strip()
    return next((r for r in catalogue() if r.id == key.upper() or r.name == key), None)


def matching(patterns: Iterable[str]) -> Iterator[Rule]:
    pats = [p.strip().upper() for p in patterns if p.strip()]
    for r in all_rules():
        if any(r.id.startswith(p) for p in pats):
            yield r
