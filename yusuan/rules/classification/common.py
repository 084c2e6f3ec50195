"""The coded rows the classification rules look at."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from yusuan.catalog.catalog import Scheme, normalize_name, scheme_of
from yusuan.model.disclosure import Row, TableId
from yusuan.rules.context import Context
from yusuan.rules.tables import EXPENDITURE, FUNCTIONAL_TABLES, TableView

TWO_SIDED = (TableId.T1, TableId.T4)
# a code's scheme is told by its first digit (catalog.scheme_of): looked up here without a call per row
SCHEME_OF_DIGIT = {d: scheme_of(d) for d in "0123456789"}
SCHEME_OF_TABLE = {**dict.fromkeys((*FUNCTIONAL_TABLES, TableId.T1, TableId.T4, TableId.T7), Scheme.FUNCTIONAL),
                   TableId.T6: Scheme.ECONOMIC}


@dataclass(frozen=True, slots=True)
class CodedRows:
    """The coded rows of one document, sorted once for the classification rules: a rule asks about each
    distinct code (tables 2, 3 and 5 print the same codes) and walks the rows only to report one."""

    rows: list[tuple[TableView, Row, Scheme]]  # every coded row, with the scheme its table uses
    in_scheme: list[tuple[TableView, Row, Scheme, str]]  # those whose code is of that scheme, with the code
    off_scheme: list[tuple[TableView, Row, Scheme]]  # the others (K509)
    codes: frozenset[str]  # the distinct codes of `in_scheme`
    names: frozenset[tuple[str, str]]  # its distinct (code, printed name) pairs


def coded(ctx: Context) -> CodedRows:
    """The document's coded rows (built once per check)."""
    cached = ctx.__dict__.get("_coded_rows")
    if cached is None:
        rows = [(view, row, scheme) for view, scheme in _views(ctx) for row in _coded_of(view)]
        in_scheme: list[tuple[TableView, Row, Scheme, str]] = []
        off_scheme: list[tuple[TableView, Row, Scheme]] = []
        for view, row, scheme in rows:
            if SCHEME_OF_DIGIT.get(row.code[0]) == scheme:  # type: ignore[index]  # None for a digit of no scheme
                in_scheme.append((view, row, scheme, row.code))  # type: ignore[arg-type]
            else:
                off_scheme.append((view, row, scheme))
        cached = ctx.__dict__["_coded_rows"] = CodedRows(
            rows, in_scheme, off_scheme, frozenset(x[3] for x in in_scheme),
            frozenset((x[3], x[1].label) for x in in_scheme))
    return cached


def coded_rows(ctx: Context) -> list[tuple[TableView, Row, Scheme]]:
    """Every row with a classification code, with the scheme its table uses (cached per check)."""
    return coded(ctx).rows


ORDINAL = re.compile(r"^[一二三四五六七八九十]+、")


def fits(ctx: Context, code: str, label: str) -> bool:
    """Does a printed name fit its code (any edition, known variant, or cut short)? Cached per check."""
    cache = ctx.__dict__.setdefault("_fits", {})
    key = (code, label)
    if key not in cache:
        cache[key] = _fits(ctx, code, label)
    return cache[key]


def _fits(ctx: Context, code: str, label: str) -> bool:
    if ctx.catalog.name_matches(code, label):
        return True
    if (bare := ORDINAL.sub("", label)) != label and bare:
        return _fits(ctx, code, bare)  # 决算 表1/表4 number their 类: "一、一般公共服务支出"
    key = normalize_name(label)
    # a name the table cut short, or printed with the edition's suffix dropped ("…缴费" for "…缴费支出")
    return any(normalize_name(n).startswith(key) or key.startswith(normalize_name(n))
               for n in ctx.catalog.names_of(code) if len(key) >= 4)


def _views(ctx: Context) -> Iterator[tuple[TableView, Scheme]]:
    for tid, scheme in SCHEME_OF_TABLE.items():
        view = ctx.view(tid)
        if view is not None:
            yield view, scheme


def _coded_of(view: TableView) -> list[Row]:
    """The coded rows the classification rules read: the expenditure side of 表1 and 表4, all of the others."""
    return view.coded(EXPENDITURE) if view.id in TWO_SIDED else view.coded_any_side()
