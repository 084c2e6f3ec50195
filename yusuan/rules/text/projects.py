"""第三部分 七, the projects: T307 资金分配情况 adds up to 预算安排规模; T308 the projects described are
those of 表7."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.catalog.catalog import normalize_name
from yusuan.model.disclosure import RowKind, TableId
from yusuan.model.sections import SectionKey
from yusuan.money import ZERO
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT, Fig
from yusuan.rules.text.common import claim_where, flow_where, num
from yusuan.rules.tolerance import SUM_TOLERANCE


@rule("T307", "allocation-adds-up", Severity.ERROR,
      "项目资金分配情况之和等于预算安排规模",
      "项目“{project}”资金分配合计 {sum_s} 万元（{parts}），预算安排规模为 {budget_s} 万元",
      explanation="在项目说明（第三部分 七）中，项目的资金分配情况是对预算安排规模的分配：各分配金额（按单位标准给出的按数量"
      "相乘计）之和应等于预算安排规模。" + SUM_TOLERANCE +
      "\n错误示例：（样例数据）人大会议，预算安排规模 38 万元；资金分配情况 昌吉市十届三次人代会 35 万元、常委会 2 万元、"
      "主任会议 1.5 万元、基层人大会议 1.5 万元，合计 40 万元。")
def allocation_adds_up(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """In the project explanations (第三部分 七) a project's 资金分配情况 distributes its 预算安排规模: the
    allocated amounts (a per-unit amount counts times its quantity) add up to it, within rounding.

    Failing example (the seed): 人大会议, 预算安排规模 38 万元; 资金分配情况 昌吉市十届三次人代会 35 万元、
    常委会 2 万元、主任会议 1.5 万元、基层人大会议 1.5 万元 = 40 万元.
    """
    for b in ctx.text.projects:
        if b.budget is None or b.budget.value is None or not b.allocations:
            continue
        parts = [Fig(c.effective, HALF_CENT) for c in b.allocations if c.effective is not None]
        total = sum((p.value for p in parts), ZERO)
        if total == b.budget.value:
            continue  # adds up exactly (sum_check would say nothing): no words to make
        labels = "、".join(f"{c.subject or '?'} {num(c.effective or ZERO)}" for c in b.allocations)
        yield from ctx.sum_check(rule, Fig(b.budget.value, HALF_CENT), parts, claim_where(b.budget),
                                 f"项目“{b.name}”的资金分配合计", fix="资金分配各项之和应等于预算安排规模",
                                 project=b.name, sum_s=num(total), parts=labels, budget_s=num(b.budget.value))


@rule("T308", "projects-described", Severity.WARNING,
      "第三部分 七 说明的项目与表7 一致",
      "项目“{project}”{problem}",
      explanation="项目说明（第三部分 七）描述的是表7（一般公共预算项目支出情况表）的项目：表7 每个项目都应有说明，说明的每个"
      "项目都应在表7 中。项目名称规范化后比较（忽略全角括号、引号和空格）。这是警告：省级部门可能只说明主要项目。"
      "\n错误示例：表7 列有人大会议、人大监督和“代表之家”活动经费；第三部分 七 只说明了前两个。")
def projects_described(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The project explanations (第三部分 七) describe the projects of 表7 (一般公共预算项目支出情况表): every
    project of 表7 has its description, and every project described is in 表7. A warning: names are
    compared after normalisation (full-width brackets, quotes and spaces ignored), and a province may
    describe only its main projects.

    Failing example: 表7 lists 人大会议, 人大监督 and “代表之家”活动经费; 第三部分 七 describes only the first two.
    """
    t7 = ctx.view(TableId.T7)
    if t7 is None or SectionKey.GENERAL_PROJECTS not in ctx.text.flows:
        return
    described = {normalize_name(b.name): b for b in ctx.text.projects}
    listed = {normalize_name(row.project or row.label): row for row in t7.table.rows
              if row.kind != RowKind.TOTAL and (row.project or row.label)}
    flow = ctx.text.flows[SectionKey.GENERAL_PROJECTS]
    for key, row in listed.items():
        if key not in described and t7.amount(row, "total") != ZERO:
            yield rule.finding(flow_where(flow, 0, 0), expected=row.project or row.label, actual="未说明",
                            fix="补充该项目的说明（政策依据、预算安排规模、资金分配等）",
                            project=row.project or row.label, problem="列在表7 中，但第三部分 七 没有说明")
    for key, b in described.items():
        if key not in listed:
            yield rule.finding(Where(section=SectionKey.GENERAL_PROJECTS, sentence=f"项目名称：{b.name}") if b.budget is None
                            else claim_where(b.budget), expected="表7 中的项目", actual=b.name,
                            fix="核对项目名称，或把该项目列入表7",
                            project=b.name, problem="在第三部分 七 中说明，但不在表7 中")
    _ = HALF_CENT
