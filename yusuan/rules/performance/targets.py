"""P601 each project has its target table, P602 amounts agree with 表7, P603 funding split, P604
weights, P607 the goal's amount."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.disclosure import TableId
from yusuan.model.sections import SectionKey
from yusuan.money import ZERO, MoneyUnit, convert
from yusuan.rules.common import at
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.performance.common import key, t7_projects, targets_by_name
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import num


def _where(project: str, loc=None) -> Where:
    return Where(project=project).with_location(loc)


def _wan(ctx: Context, value: Decimal | None) -> Decimal | None:
    return convert(value, ctx.disclosure.unit, MoneyUnit.WAN) if value is not None else None


@rule("P601", "target-table-present", Severity.ERROR,
      "表7 每个项目都有项目支出绩效目标表",
      "表7 的{project}没有公开项目支出绩效目标表",
      explanation="表7（一般公共预算项目支出情况表）的每个项目都应公开项目支出绩效目标表，按项目名称匹配（忽略全角括号、引号和"
      "空格）。完全没有公开绩效目标表的，只报一次。"
      "\n错误示例：表7 列有人大会议、人大监督、“代表之家”活动经费；只有前两个有绩效目标表。")
def target_table_present(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Every project of 表7 (一般公共预算项目支出情况表) has its 项目支出绩效目标表, matched by name (full-
    width brackets, quotes and spaces ignored). A disclosure that publishes no target tables at all gets
    one finding.

    Failing example: 表7 lists 人大会议, 人大监督, “代表之家”活动经费; target tables exist for the first two.
    """
    projects = [row for row in t7_projects(ctx) if any(row.values.values())]
    if not projects:
        return
    if not ctx.disclosure.performance:
        flow = ctx.text.flows.get(SectionKey.PERFORMANCE)
        if flow is not None and ("绩效目标表" in flow.text or "见下表" in flow.text):
            return  # the text says the tables follow: they were published but not read
        yield rule.finding(Where(table="T7"), expected=f"{len(projects)} 张绩效目标表", actual="0",
                        fix="公开项目支出绩效目标表", project=f"全部 {len(projects)} 个项目")
        return
    known = targets_by_name(ctx)
    for row in projects:
        name = row.project or row.label
        if key(name) not in known:
            yield rule.finding(at(ctx.view(TableId.T7), row), expected="绩效目标表", actual="缺少",  # type: ignore[arg-type]
                            fix="补充该项目的绩效目标表，或核对项目名称", project=f"项目“{name}”")


@rule("P602", "target-budget", Severity.ERROR,
      "绩效目标表的年度预算总额等于表7 该项目金额",
      "项目“{project}”绩效目标表的年度预算总额为 {actual_s} 万元，表7 为 {expected_s} 万元",
      explanation="项目支出绩效目标表所列年度预算总额，应等于表7 中该项目的项目支出合计。两数必须完全相等。"
      "\n错误示例：人大会议——表7 38.00，绩效目标表年度预算总额 48。")
def target_budget(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A project's 项目支出绩效目标表 states its 年度预算总额; it equals the project's 项目支出合计 in 表7.

    Failing example: 人大会议 — 表7 38.00, target table 年度预算总额 48.
    """
    view = ctx.view(TableId.T7)
    if view is None:
        return
    known = targets_by_name(ctx)
    for row in t7_projects(ctx):
        t = known.get(key(row.project or row.label))
        if t is None or t.targets.budget_total is None:
            continue
        stated, table = _wan(ctx, t.targets.budget_total), view.amount(row, "total")
        if stated != table:
            yield rule.finding(_where(t.project, t.location), expected=num(table), actual=num(stated or ZERO),
                            fix="绩效目标表的预算总额应与表7 一致", project=t.project, actual_s=num(stated or ZERO),
                            expected_s=num(table))


@rule("P603", "target-funding-split", Severity.ERROR,
      "年度预算总额 = 财政拨款 + 其他资金",
      "项目“{project}”绩效目标表：年度预算总额 {total} 万元，财政拨款 {fiscal} 万元，其他资金 {other} 万元",
      explanation="绩效目标表的项目资金栏：年度预算总额 = 其中：财政拨款 + 其他资金（空白按零计）。必须完全相等。"
      "\n错误示例：年度预算总额 172，其中：财政拨款 162，其他资金空白。")
def target_funding_split(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The 项目资金 block of a target table: 年度预算总额 = 其中：财政拨款 + 其他资金 (blank = 0).

    Failing example: 年度预算总额 172, 其中：财政拨款 162, 其他资金 blank.
    """
    for t in ctx.disclosure.performance:
        p = t.targets
        if p.budget_total is None or (p.budget_fiscal is None and p.budget_other is None):
            continue
        parts = (p.budget_fiscal or ZERO) + (p.budget_other or ZERO)
        if parts != p.budget_total:
            yield rule.finding(_where(t.project, t.location), expected=num(parts), actual=num(p.budget_total),
                            fix="年度预算总额应等于财政拨款与其他资金之和", project=t.project,
                            total=num(p.budget_total), fiscal=num(p.budget_fiscal or ZERO),
                            other=num(p.budget_other or ZERO))


ALLOWED_WEIGHTS = (Decimal(100), Decimal(90))


@rule("P604", "target-weights", Severity.ERROR,
      "指标权重合计为 100（或 90，另 10 分为预算执行率）",
      "项目“{project}”各指标分值权重合计为 {total}，应为 100（或按预算执行率另计 10 分时为 90）",
      explanation="绩效目标表各指标分值权重合计应为 100。有的地区（如新疆）在表外为预算执行率另计 10 分，表中权重合计为 90，"
      "同样接受。合计必须正好是 100 或 90。"
      "\n错误示例：权重 10 + 10 + 10 + 5 + 5 + 20 + 20 + 10 + 5 = 95。")
def target_weights(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The weights (指标分值权重) of a target table add up to 100. Some regions (新疆 among them) reserve 10
    points for 预算执行率 outside the table, so the printed weights add up to 90: also accepted.

    Failing example: weights 10 + 10 + 10 + 5 + 5 + 20 + 20 + 10 + 5 = 95.
    """
    for t in ctx.disclosure.performance:
        weights = [i.weight for i in t.targets.indicators if i.weight is not None]
        if not weights:
            continue
        total = sum(weights, ZERO)
        if total not in ALLOWED_WEIGHTS:
            yield rule.finding(_where(t.project, t.location), expected="100", actual=f"{total:f}",
                            fix="调整各指标权重", project=t.project, total=f"{total:f}")


GOAL_AMOUNT = re.compile(r"(?:拟投入|投入|安排|预算)(?:资金)?\s*(\d+(?:\.\d+)?)\s*万元")


@rule("P607", "goal-amount", Severity.ERROR,
      "年度总体目标所述投入金额等于预算总额",
      "项目“{project}”的年度总体目标称投入 {stated} 万元，年度预算总额为 {budget} 万元",
      explanation="绩效目标表的年度总体目标通常以资金开头：“本项目拟投入 172 万元用于……”；该金额应等于表中的年度预算总额，"
      "必须完全相等。"
      "\n错误示例：“本项目拟投入 38 万元用于人大会议”，年度预算总额为 40。")
def goal_amount(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The 年度总体目标 of a target table usually opens with the money: "本项目拟投入 172 万元用于…"; that
    amount is the table's 年度预算总额.

    Failing example: "本项目拟投入 38 万元用于人大会议" with 年度预算总额 40.
    """
    for t in ctx.disclosure.performance:
        m = GOAL_AMOUNT.search(t.targets.goal)
        if m is None or t.targets.budget_total is None:
            continue
        stated = Decimal(m.group(1))  # the goal states 万元; the table is in the document's unit
        budget = _wan(ctx, t.targets.budget_total)
        if stated != budget:
            yield rule.finding(_where(t.project, t.location), expected=num(budget), actual=num(stated),
                            fix="目标中的投入金额应与预算总额一致", project=t.project, stated=num(stated),
                            budget=num(budget))
