"""The income table: every source's row equals what is charged to it."""

from __future__ import annotations

import random
from collections import defaultdict

from yusuan.model.budget import Line
from yusuan.model.sources import INCOME_ROWS, SOURCES, FundingSource, IncomeRow
from yusuan.synth.funding import GB, GBT
from yusuan.synth.money import split_parts, wan
from yusuan.synth.priors import Charge, line_prior


def income_lines(rng: random.Random, charges: list[Charge], typed_amount: bool) -> dict[IncomeRow, Line]:
    """Income rows by source, with the optional 一般公共预算 subtotal and 单位资金 breakdown."""
    income: dict[IncomeRow, Line] = {}
    by_source: dict[FundingSource, list[Charge]] = defaultdict(list)
    for c in charges:
        by_source[c.source].append(c)
    leaf_lines: dict[IncomeRow, Line] = {}
    for spec in SOURCES:
        cs = by_source.get(spec.source, [])
        amount, prior, reason = line_prior(cs)
        if amount or prior:
            leaf_lines[spec.income_row] = Line(amount=wan(amount) if amount else None, prior=wan(prior), reason=reason)
    general_cs = by_source.get(GB, []) + by_source.get(GBT, [])
    if general_cs and rng.random() < 0.6:
        amount, prior, reason = line_prior(general_cs)
        income[IncomeRow.GENERAL_BUDGET] = Line(amount=wan(amount) if typed_amount and amount else None,
                                                prior=wan(prior), reason=reason)
        own = leaf_lines.get(IncomeRow.GENERAL_BUDGET_OWN)
        if own is not None:
            leaf_lines[IncomeRow.GENERAL_BUDGET_OWN] = Line(amount=own.amount, prior=own.prior)
    unit_line = leaf_lines.get(IncomeRow.UNIT_FUNDS)
    if unit_line is not None and unit_line.amount and rng.random() < 0.5:
        total = int(unit_line.amount * 100)
        parts_rows = rng.sample([IncomeRow.UNIT_BUSINESS_INCOME, IncomeRow.UNIT_SUPERIOR_SUBSIDY,
                                 IncomeRow.UNIT_OPERATING_INCOME, IncomeRow.UNIT_OTHER_INCOME,
                                 IncomeRow.UNIT_AFFILIATED_REMITTANCE], rng.choice((1, 1, 2)))
        parts = split_parts(rng, total, len(parts_rows))
        leaf_lines[IncomeRow.UNIT_FUNDS] = Line(amount=unit_line.amount if typed_amount else None,
                                                prior=unit_line.prior, reason=unit_line.reason)
        for row, part in zip(parts_rows, parts, strict=False):
            leaf_lines[row] = Line(amount=wan(part))
    order = [s.row for s in INCOME_ROWS]
    merged = {**income, **leaf_lines}
    income = {row: merged[row] for row in order if row in merged}
    return income
