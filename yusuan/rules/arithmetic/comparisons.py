"""A113, A114 — a table's comparison columns: the change is this year's figure less the earlier one, and
the rate of change is the change in per cent of the earlier figure.

Published “三公” tables often print, beside the year's figures, last year's ("2022年预算数"), the change
("增减额") and its rate ("增减率"), as columns or as rows of a table printed a row per year; the readers
keep them in `Row.compared` (the built disclosure has none, so these rules are silent on it).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.disclosure import Table
from yusuan.money import MoneyUnit, convert
from yusuan.rules.common import at, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT, Fig, TableView, show_in
from yusuan.rules.text.common import percent_fits, plain_pct, ratio_interval
from yusuan.rules.tolerance import SUM_TOLERANCE

ZERO = Decimal(0)


def _compared_tables(ctx: Context) -> Iterator[tuple[TableView, Table]]:
    for t in ctx.disclosure.tables:
        if t.compared_columns and t.id is not None and (view := ctx.view(t.id)) is not None and view.table is t:
            yield view, t


def _half(t: Table) -> Decimal:
    """Half a unit of the table's amounts, in 万元: a table printed in whole numbers only (a government's
    sum of its departments, rounded to the 万元) is ±0.5; else to the hundredth (as every table rule)."""
    amounts = [v for r in t.rows for v in (*r.values.values(), r.compared.get("prior"), r.compared.get("change"))
               if v is not None]
    whole = bool(amounts) and all(v == v.to_integral_value() for v in amounts)
    return _in_wan(Decimal("0.5"), t) if whole else HALF_CENT


def _label(t: Table, key: str) -> str:
    return next((c.label for c in t.compared_columns if c.key == key), key)


def _in_wan(v: Decimal, t: Table) -> Decimal:
    return v if t.unit == MoneyUnit.WAN else convert(v, t.unit, MoneyUnit.WAN)


@rule("A113", "comparison-change", Severity.ERROR,
      "表中增减额 = 本年数 − 上年数",
      "{table}“{row}”：{change_label} {actual_s} 不等于 {total_label} {total_s} 减 {prior_label} {prior_s} = {expected_s}",
      explanation="“三公”经费表等表格常在本年数旁列出上年数（如“2022年预算数”）与增减额，或按年度逐行列出。增减额应等于"
      "本年数减上年数。" + SUM_TOLERANCE + "全表金额均为整数（政府汇总数常按万元取整）时，每个金额按 ±0.5 万元计。"
      "\n错误示例：公务接待费 2023年预算数 989.86、2022年预算数 1114.54，增减额却印为 −124.86（应为 −124.68）。")
def comparison_change(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Where a table prints, beside a row's figure (`total`), an earlier year's (`prior`) and the change, the
    change is the figure less the earlier one, within the rounding of the three printed amounts (±0.5 each
    when the table prints whole numbers only).

    Failing example: 公务接待费 989.86 (2023年预算数) and 1114.54 (2022年预算数), 增减 printed −124.86.
    """
    for view, t in _compared_tables(ctx):
        half = _half(t)
        for r in t.rows:
            total, prior, change = r.values.get("total"), r.compared.get("prior"), r.compared.get("change")
            if total is None or prior is None or change is None or change == total - prior:
                continue
            summands = [Fig(_in_wan(total, t), half, t.unit), Fig(-_in_wan(prior, t), half, t.unit)]
            yield from ctx.sum_check(
                rule, Fig(_in_wan(change, t), half, t.unit), summands, at(view, r),
                f"{tname(view)}“{r.label}”的增减额", t.unit, fix="增减额应等于本年数减上年数",
                table=tname(view), row=r.label, change_label=_label(t, "change"),
                total_label=view.column_label("total"), total_s=show_in(_in_wan(total, t), t.unit), prior_label=_label(t, "prior"),
                prior_s=show_in(_in_wan(prior, t), t.unit))


@rule("A114", "comparison-rate", Severity.ERROR,
      "表中增减率 = 增减额 ÷ 上年数",
      "{table}“{row}”：{rate_label} {rate_s} 与 {change_s} ÷ {prior_label} {prior_s} = {exact_s} 不符",
      explanation="表格列出的增减率（增减幅度）应等于增减额（本年数减上年数；本年数未印出时用印出的增减额）除以上年数（以百分数表示）。"
      "允许的偏差按印出的位数推算：增减率按其小数位，金额按其小数位（全表均为整数时按 ±0.5 万元）。上年数为 0 时不计算。"
      "\n错误示例：公务用车购置费 2016年 37 万元、2015年 73 万元，增减率印为 −47.95%，应为 −49.32%。")
def comparison_rate(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Where a table prints a row's rate of change (`rate`, per cent) and the earlier year's figure, the rate
    is the change (the figure less the earlier one; the printed change where the figure is not printed) over
    the earlier figure, within what the printed digits allow. A rate of an earlier figure of 0 is not computed.

    Failing example: 公务用车购置费 37 (2016) against 73 (2015), 增减率 printed −47.95 (it is −49.32).
    """
    for view, t in _compared_tables(ctx):
        half = _half(t)
        for r in t.rows:
            rate, prior = r.compared.get("rate"), r.compared.get("prior")
            change, total = r.compared.get("change"), r.values.get("total")
            if rate is None or prior is None or prior == 0:
                continue
            if total is not None:  # the change as it is (a misprinted 增减额 is A113's)
                delta, delta_half = total - prior, 2 * half
            elif change is not None:
                delta, delta_half = change, half
            else:
                continue
            places = max(-rate.as_tuple().exponent, 0)  # type: ignore[operator]
            rate_half = Decimal(5).scaleb(-places - 1)
            interval = ratio_interval(delta, delta_half, prior, half)
            if interval is None or percent_fits(rate, rate_half, interval):
                continue
            exact = 100 * delta / prior
            exact_s, rate_s = plain_pct(exact, max(places, 2)) + "%", plain_pct(rate, places) + "%"
            yield rule.finding(at(view, r), expected=exact_s, actual=rate_s, exact_s=exact_s, rate_s=rate_s,
                               fix="增减率应等于增减额除以上年数",
                               table=tname(view), row=r.label, rate_label=_label(t, "rate"),
                               change_s=show_in(_in_wan(delta, t), t.unit), prior_label=_label(t, "prior"),
                               prior_s=show_in(_in_wan(prior, t), t.unit))

