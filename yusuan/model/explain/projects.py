"""第三部分 七: 一般公共预算项目支出 — one block per project, in the order of the data."""

from __future__ import annotations

import datetime as dt

from yusuan.model.budget import Allocation, Project
from yusuan.model.disclosure import Section
from yusuan.model.explain.context import Facts
from yusuan.model.explain.phrasing import money, number
from yusuan.model.sections import SectionKey
from yusuan.model.sources import GENERAL_SOURCES
from yusuan.money import ZERO, MoneyUnit


def date_text(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def allocation_text(a: Allocation, unit: MoneyUnit) -> str:
    text = f"{a.item}{money(a.amount, unit)}"
    if a.quantity is not None and a.unit_amount is not None:
        per = a.quantity_unit or "个"
        text += f"（{number(a.quantity)}{per}，每{per}{money(a.unit_amount, unit)}）"
    return text


def project_block(f: Facts, n: int, p: Project) -> list[str]:
    out = [f"{n}. 项目名称：{p.name}"]
    if p.policy_basis:
        out.append(f"设立的政策依据：{p.policy_basis}")
    out.append(f"预算安排规模：{money(p.total, f.unit)}")
    if p.implementing_unit:
        out.append(f"项目承担单位：{p.implementing_unit}")
    if p.allocations or p.allocation_note:
        text = "；".join(allocation_text(a, f.unit) for a in p.allocations)
        text = (text + "。" if text else "") + (p.allocation_note or "")
        out.append(f"资金分配情况：{text}")
    if p.period_start and p.period_end:
        out.append(f"资金执行时间：{date_text(p.period_start)}至{date_text(p.period_end)}")
    return out


def projects(f: Facts) -> Section:
    chosen = [p for p in f.data.projects if p.source in GENERAL_SOURCES and p.total]
    if not chosen:
        return f.section(SectionKey.GENERAL_PROJECTS, [f"{f.dept}{f.year}年未安排一般公共预算项目支出。"])
    total = sum((p.total for p in chosen), ZERO)
    out = [f"{f.dept}{f.year}年一般公共预算项目支出{money(total, f.unit)}，共{len(chosen)}个项目，具体情况如下："]
    for n, p in enumerate(chosen, 1):
        out += project_block(f, n, p)
    return f.section(SectionKey.GENERAL_PROJECTS, out)
