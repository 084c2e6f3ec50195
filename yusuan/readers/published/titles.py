"""Table titles → canonical tables, with the aliases used across provinces and for final accounts
(declared per layout family in model/layouts.py).

A line is a table title when, after numbering, years and quotes are removed, it ends with a
known title (the longest alias wins: 一般公共预算基本支出情况表 is not 一般公共预算支出情况表).
Titles of tables with no canonical equivalent (绩效目标表, 政府采购预算明细表 …) are recognised
too, so that they are reported as "not yet supported" rather than as unknown text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import TableId
from yusuan.model.layouts import generation, title_aliases
from yusuan.readers.published.normalize import key


@lru_cache(maxsize=4)
def _alias_keys(generation: int) -> list[tuple[str, TableId | None, DocumentKind, str]]:
    """Every family's printed names (model/layouts.py) as (key, table, kind of document, alias), the
    longest first; `generation` is the registry's, so a family registered later is seen."""
    return sorted(((key(a), t, k, a) for a, t, k in title_aliases()), key=lambda x: -len(x[0]))

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
    for alias_key, table_id, kind, alias in _alias_keys(generation()):
        if k.endswith(alias_key):
            return TitleMatch(None if variant else table_id, kind, alias, line.strip(), continued)
    return None


def is_table_number(line: str) -> bool:
    """"表 1", "表1-2": the numbering line above a title."""
    return bool(re.fullmatch(r"表\s*\d+([-—.]\d+)?", key(line)))


_CONTINUED_NUMBER = re.compile(r"表(\d+(?:[-—.]\d+)?)\(?续表?\)?|续表(\d+(?:[-—.]\d+)?)")


def continued_table_number(line: str) -> str | None:
    """"表2（续）", "表2 续表", "续表2": the numbering line of a table's continuation page, without its
    title; gives the number line it continues ("表2")."""
    found = _CONTINUED_NUMBER.fullmatch(key(line))
    return f"表{found.group(1) or found.group(2)}" if found else None
