"""The coded rows the classification rules look at."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.catalog.catalog import Entry, Scheme, normalize_name, scheme_of
from yusuan.model.disclosure import Row, RowKind, Side, TableId
from yusuan.rules.context import Context
from yusuan.rules.tables import FUNCTIONAL_TABLES, TableView

SCHEME_OF_TABLE = {**dict.fromkeys((*FUNCTIONAL_TABLES, TableId.T1, TableId.T4, TableId.T7), Scheme.FUNCTIONAL),
                   TableId.T6: Scheme.ECONOMIC}


def coded_rows(ctx: Context) -> list[tuple[TableView, Row, Scheme]]:
    """Every row with a classification code, with the scheme its table uses (cached per check)."""
    cached = ctx.__dict__.get("_coded_rows")
    if cached is None:
        cached = ctx.__dict__["_coded_rows"] = list(_coded_rows(ctx))
    return cached


def scheme_rows(ctx: Context) -> list[tuple[TableView, Row, Scheme, str]]:
    """The coded rows whose code is of their table's scheme, with the code (cached per check): the rows
    K501, K502, K504–K506 look at (K509 reports the others)."""
    cached = ctx.__dict__.get("_scheme_rows")
    if cached is None:
        cached = ctx.__dict__["_scheme_rows"] = [
            (view, row, scheme, row.code) for view, row, scheme in coded_rows(ctx)
            if scheme_of(row.code) == scheme]  # type: ignore[arg-type,misc]
    return cached


def entry_of_year(ctx: Context, code: str) -> Entry | None:
    """The catalogue's entry of `code` in the document's edition, looked up once per code per check
    (tables 2, 3 and 5 print the same codes)."""
    cache = ctx.__dict__.setdefault("_entry_of_year", {})
    if code not in cache:
        cache[code] = ctx.catalog.get(code, ctx.year)
    return cache[code]


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


def _coded_rows(ctx: Context) -> Iterator[tuple[TableView, Row, Scheme]]:
    for tid, scheme in SCHEME_OF_TABLE.items():
        view = ctx.view(tid)
        if view is None:
            continue
        for row in view.table.rows:
            if row.kind == RowKind.TOTAL or not row.code or not row.code.isdigit():
                continue
            if tid in (TableId.T1, TableId.T4) and row.side != Side.EXPENDITURE:
                continue
            yield view, row, scheme
