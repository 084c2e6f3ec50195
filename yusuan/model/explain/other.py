"""第三部分 十一: 机关运行经费, 政府采购, 国有资产, 预算绩效 and other matters (sections 3.11.1–3.11.5).

The 项目支出绩效目标表 themselves are `Disclosure.performance`; writers print them after 3.11.4.
"""

from __future__ import annotations

import datetime as dt

from yusuan.model.budget import PerformanceSummary, UnitKind
from yusuan.model.disclosure import Section
from yusuan.model.explain.context import Facts
from yusuan.model.explain.phrasing import amount_clause, money, number
from yusuan.model.sections import SectionKey
from yusuan.model.sources import FISCAL_SOURCES
from yusuan.money import ZERO


def other(f: Facts) -> list[Section]:
    return [f.section(SectionKey.OTHER_MATTERS, []), operating_costs(f), procurement(f), assets(f), performance(f), notes(f)]


def _who(f: Facts) -> str:
    """'昌吉市人大常委会办公室本级及下属0家行政单位、1家事业单位的'."""
    dept = f.data.department
    others = [u for u in dept.budget_units if u.name != dept.name]
    if not others:
        return f"{dept.name}"
    admin = sum(1 for u in others if u.kind == UnitKind.ADMINISTRATIVE)
    civil = sum(1 for u in others if u.kind == UnitKind.CIVIL_SERVICE_MANAGED)
    service = sum(1 for u in others if u.kind == UnitKind.PUBLIC_SERVICE)
    parts = [f"{admin}家行政单位"]
    if civil:
        parts.append(f"{civil}家参照公务员法管理的事业单位")
    parts.append(f"{service}家事业单位")
    return f"{dept.name}本级及下属{'、'.join(parts)}的"


def operating_costs(f: Facts) -> Section:
    line = f.data.operating_costs
    text = amount_clause("机关运行经费财政拨款预算", line.amount, f.unit, prior=line.prior, reason=line.reason)
    return f.section(SectionKey.OPERATING_COSTS, [f"{f.year}年，{_who(f)}{text}。"])


def procurement(f: Facts) -> Section:
    p = f.data.procurement
    total = p.goods + p.works + p.services
    u = f.unit
    if not total:
        out = [f"{f.year}年，{f.dept}未安排政府采购预算。"]
    else:
        out = [f"{f.year}年，{f.dept}政府采购预算{money(total, u)}，其中：政府采购货物预算{money(p.goods, u)}，"
               f"政府采购工程预算{money(p.works, u)}，政府采购服务预算{money(p.services, u)}。"]
    if p.sme_reserved:
        out.append(f"{f.year}年度本部门面向中小企业预留政府采购项目预算金额{money(p.sme_reserved, u)}，其中：面向小微企业"
                   f"预留政府采购项目预算金额{money(p.micro_reserved, u)}。")
    elif total:
        out.append(f"{f.year}年度本部门未预留面向中小企业的政府采购项目预算。")
    return f.section(SectionKey.PROCUREMENT, out)


def _as_of(f: Facts, d: dt.date | None) -> str:
    if d is None:
        return f"{f.year - 1}年底"
    if (d.month, d.day) == (12, 31):
        return f"{d.year}年底"
    return f"{d.year}年{d.month}月{d.day}日"


def assets(f: Facts) -> Section:
    a = f.data.assets
    u = f.unit
    count = sum(v.count for v in a.vehicles)
    value = sum((v.value for v in a.vehicles), ZERO)
    vehicles = f"2. 车辆{count}辆，价值{money(value, u)}"
    if a.vehicles:
        vehicles += "；其中：" + "；".join(f"{v.kind}{v.count}辆，价值{money(v.value, u)}" for v in a.vehicles)
    out = [
        f"截至{_as_of(f, a.as_of)}，{f.dept}及下属各预算单位占用使用国有资产总体情况为：",
        f"1. 房屋{number(a.house_area)}平方米，价值{money(a.house_value, u)}。",
        vehicles + "。",
        f"3. 办公家具价值{money(a.furniture_value, u)}。",
        f"4. 其他资产价值{money(a.other_value, u)}。",
        f"单位价值50万元以上大型设备{a.equipment_over_50}台（套），单位价值100万元以上大型设备{a.equipment_over_100}台（套）。",
    ]
    if a.planned_vehicles or a.planned_vehicle_amount:
        plan = f"安排购置车辆{a.planned_vehicles}辆，经费{money(a.planned_vehicle_amount, u)}"
    else:
        plan = "未安排购置车辆经费"
    out.append(f"{f.year}年部门预算{plan}，安排购置单位价值50万元以上大型设备{a.planned_equipment_over_50}台（套），"
               f"单位价值100万元以上大型设备{a.planned_equipment_over_100}台（套）。")
    return f.section(SectionKey.ASSETS, out)


def performance_summary(f: Facts) -> PerformanceSummary:
    """As given; else counted from the projects that carry a 绩效目标表."""
    if f.data.performance_summary is not None:
        return f.data.performance_summary
    with_targets = [p for p in f.data.projects if p.performance is not None]
    fiscal = [p for p in with_targets if p.source in FISCAL_SOURCES]
    other = [p for p in with_targets if p.source not in FISCAL_SOURCES]
    return PerformanceSummary(fiscal_projects=len(fiscal), fiscal_amount=sum((p.total for p in fiscal), ZERO),
                              nonfiscal_projects=len(other), nonfiscal_amount=sum((p.total for p in other), ZERO))


def performance(f: Facts) -> Section:
    s = performance_summary(f)
    u = f.unit
    out = [f"{f.year}年，{f.dept}实行预算绩效管理的财政拨款项目{s.fiscal_projects}个，涉及预算金额{money(s.fiscal_amount, u)}；"
           f"非财政拨款项目{s.nonfiscal_projects}个，涉及预算金额{money(s.nonfiscal_amount, u)}。"]
    tables = len(f.disclosure.performance)
    if tables:
        out.append(f"项目支出绩效目标表共{tables}张，具体情况见下表。")
    return f.section(SectionKey.PERFORMANCE, out)


def notes(f: Facts) -> Section:
    paragraphs = [n.strip() for n in f.data.other_notes if n.strip()] or ["无其他需说明的事项。"]
    return f.section(SectionKey.OTHER_NOTES, paragraphs)
