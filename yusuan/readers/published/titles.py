"""Table titles → canonical tables, with the aliases used across provinces and for final accounts.

A line is a table title when, after numbering, years and quotes are removed, it ends with a
known title (the longest alias wins: 一般公共预算基本支出情况表 is not 一般公共预算支出情况表).
Titles of tables with no canonical equivalent (绩效目标表, 政府采购预算明细表 …) are recognised
too, so that they are reported as "not yet supported" rather than as unknown text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import TableId
from yusuan.readers.published.normalize import key

B, F = DocumentKind.BUDGET, DocumentKind.FINAL

# (alias, table, kind of document it belongs to)
ALIASES: tuple[tuple[str, TableId | None, DocumentKind], ...] = (
    # T1
    ("部门收支总体情况表", TableId.T1, B), ("收支预算总表", TableId.T1, B), ("部门收支总表", TableId.T1, B),
    ("财务收支预算总表", TableId.T1, B), ("收支总表", TableId.T1, B), ("部门预算收支总表", TableId.T1, B),
    ("部门收支预算总表", TableId.T1, B),
    ("收入支出决算总表", TableId.T1, F), ("收支决算总表", TableId.T1, F),
    # T2
    ("部门收入总体情况表", TableId.T2, B), ("部门收入总表", TableId.T2, B), ("收入预算总表", TableId.T2, B),
    ("收入总表", TableId.T2, B), ("部门收入预算表", TableId.T2, B),
    ("收入决算表", TableId.T2, F),
    # T3
    ("部门支出总体情况表", TableId.T3, B), ("部门支出总表", TableId.T3, B), ("支出预算总表", TableId.T3, B),
    ("支出总表", TableId.T3, B), ("部门支出预算表", TableId.T3, B),
    ("支出决算表", TableId.T3, F),
    # T4
    ("财政拨款收支总体情况表", TableId.T4, B), ("财政拨款收支预算总体情况表", TableId.T4, B),
    ("财政拨款收支预算总表", TableId.T4, B), ("财政拨款收支总表", TableId.T4, B),
    ("财政拨款收入支出决算总表", TableId.T4, F),
    # T5
    ("一般公共预算支出情况表", TableId.T5, B), ("一般公共预算支出功能分类预算表", TableId.T5, B),
    ("一般公共预算财政拨款支出表", TableId.T5, B), ("一般公共预算支出表", TableId.T5, B),
    ("一般公共预算支出预算表", TableId.T5, B),
    ("一般公共预算财政拨款支出决算表", TableId.T5, F), ("一般公共预算财政拨款支出决算明细表", TableId.T5, F),
    # T6
    ("一般公共预算基本支出情况表", TableId.T6, B), ("一般公共预算基本支出部门预算经济分类预算表", TableId.T6, B),
    ("一般公共预算财政拨款基本支出表", TableId.T6, B), ("一般公共预算基本支出表", TableId.T6, B),
    ("一般公共预算基本支出预算表", TableId.T6, B),
    ("一般公共预算财政拨款基本支出决算表", TableId.T6, F), ("一般公共预算财政拨款基本支出决算明细表", TableId.T6, F),
    # T7
    ("一般公共预算项目支出情况表", TableId.T7, B), ("一般公共预算项目支出表", TableId.T7, B),
    ("项目支出表", TableId.T7, B), ("一般公共预算项目支出预算表", TableId.T7, B),
    # T8
    ("政府性基金预算支出情况表", TableId.T8, B), ("政府性基金预算支出功能分类预算表", TableId.T8, B),
    ("政府性基金预算财政拨款支出表", TableId.T8, B), ("政府性基金预算支出表", TableId.T8, B),
    ("政府性基金预算财政拨款收入支出决算表", TableId.T8, F), ("政府性基金预算财政拨款支出决算表", TableId.T8, F),
    # T9
    ("国有资本经营预算支出情况表", TableId.T9, B), ("国有资本经营预算支出功能分类预算表", TableId.T9, B),
    ("国有资本经营预算财政拨款支出表", TableId.T9, B), ("国有资本经营预算支出表", TableId.T9, B),
    ("国有资本经营预算表", TableId.T9, B),
    ("国有资本经营预算财政拨款收入支出决算表", TableId.T9, F), ("国有资本经营预算财政拨款支出决算表", TableId.T9, F),
    # T10
    ("财政拨款三公经费支出情况表", TableId.T10, B), ("三公经费和机关运行经费预算表", TableId.T10, B),
    ("一般公共预算三公经费支出表", TableId.T10, B), ("一般公共预算三公经费支出情况表", TableId.T10, B),
    ("三公经费支出预算表", TableId.T10, B), ("财政拨款三公经费支出表", TableId.T10, B),
    ("三公经费支出情况表", TableId.T10, B), ("三公经费支出表", TableId.T10, B),
    ("财政拨款三公经费支出决算表", TableId.T10, F), ("三公经费支出决算表", TableId.T10, F),
    # recognised, no canonical equivalent
    ("项目支出绩效目标表", None, B), ("部门整体支出绩效目标表", None, B), ("部门单位整体绩效目标表", None, B),
    ("整体支出绩效目标表", None, B), ("重点项目绩效目标表", None, B), ("项目绩效目标表", None, B),
    ("整体绩效目标表", None, B), ("支出预算分类汇总表", None, B), ("政府性基金预算支出分类汇总表", None, B),
    ("政府采购预算明细表", None, B), ("政府购买服务预算财政拨款明细表", None, B),
    ("财政专户管理资金预算支出表", None, B), ("专项资金预算汇总表", None, B),
    ("机关运行经费支出决算表", None, F), ("政府采购支出决算表", None, F),
)

_ALIAS_KEYS = sorted(((key(a), t, k, a) for a, t, k in ALIASES), key=lambda x: -len(x[0]))
_PREFIX = re.compile(r"^(表\s*\d+[-—.、]?\d*|[一二三四五六七八九十]+、|\d+[、.．]|\(?[一二三四五六七八九十\d]+\))")
_TRAILER = re.compile(r"(\((20\d{2})年?(度)?\)|\d{4}年度?|\(续表?\)|续表)$")
MAX_TITLE = 48


@dataclass(frozen=True)
class TitleMatch:
    table_id: TableId | None
    kind: DocumentKind
    alias: str  # the alias as listed above
    title: str  # the line as printed (cleaned)
    continued: bool = False  # "续表"


_QUALIFIER = re.compile(r"(--|—|-)[^表]*$|(\([^()]*\))+$")


def match_title(line: str) -> TitleMatch | None:
    """The table a title line names, or None when the line is not a table title.

    A title qualified after its name ("一般公共预算基本支出表--人员经费(按政府预算经济分类)") is a
    variant the canonical table does not cover: recognised, with no canonical id."""
    k = key(line)
    if not k or len(k) > MAX_TITLE:
        return None
    continued = "续表" in k or "(续" in k
    k = _TRAILER.sub("", _PREFIX.sub("", k))
    variant = False
    if not k.endswith("表"):
        stripped = _QUALIFIER.sub("", k)
        if stripped == k or not stripped.endswith("表"):
            return None
        k, variant = stripped, True
    for alias_key, table_id, kind, alias in _ALIAS_KEYS:
        if k.endswith(alias_key):
            return TitleMatch(None if variant else table_id, kind, alias, line.strip(), continued)
    return None


def is_table_number(line: str) -> bool:
    """"表 1", "表1-2": the numbering line above a title."""
    return bool(re.fullmatch(r"表\s*\d+([-—.]\d+)?", key(line)))
