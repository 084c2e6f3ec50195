"""第一部分 概况: 一、主要职能 and 二、机构设置及人员情况."""

from __future__ import annotations

from yusuan.model.budget import Scope, UnitKind
from yusuan.model.disclosure import Section
from yusuan.model.explain.context import Facts
from yusuan.model.sections import SectionKey

UNIT_KIND_WORDS = {
    UnitKind.ADMINISTRATIVE: "行政单位",
    UnitKind.PUBLIC_SERVICE: "事业单位",
    UnitKind.CIVIL_SERVICE_MANAGED: "参照公务员法管理的事业单位",
    UnitKind.OTHER: "其他单位",
}


def duties(f: Facts) -> Section:
    text = f.data.department.duties.strip()
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()] or ["（未填写主要职能。）"]
    return f.section(SectionKey.DUTIES, paragraphs)


def _change(n: int) -> str:
    return f"增加{n}人" if n >= 0 else f"减少{-n}人"


def structure(f: Facts) -> Section:
    dept = f.data.department
    units = dept.budget_units
    out: list[str] = []
    others = [u for u in units if u.name != dept.name]
    if dept.scope == Scope.CONSOLIDATED and others:
        out.append(f"从预算单位构成看，{dept.name}的预算包括：{dept.name}本级预算及下属{len(others)}家"
                   f"预算单位在内的汇总预算。")
    else:
        out.append(f"从预算单位构成看，{dept.name}的预算为{dept.name}本级预算。")
    if dept.institutions:
        out.append(f"{dept.name}本级下设{len(dept.institutions)}个处室，分别是：{'、'.join(dept.institutions)}。")
    if units:
        counts = [f"{UNIT_KIND_WORDS[k]}{n}家" for k in UnitKind
                  if (n := sum(1 for u in units if u.kind == k))]
        out.append(f"本部门中，{'，'.join(counts)}，纳入{dept.name}{dept.year}年部门预算编制范围的预算单位包括：")
        out += [f"{i}. {u.name}" for i, u in enumerate(units, 1)]
    s = dept.staffing
    if s is not None:
        out.append(f"{dept.name}编制数{s.authorized}人，实有人数{s.actual}人，其中：在职{s.in_service}人，"
                   f"{_change(s.in_service_change)}；退休{s.retired}人，{_change(s.retired_change)}；"
                   f"离休{s.veteran_retired}人，{_change(s.veteran_retired_change)}。")
    return f.section(SectionKey.ORGANISATION, out)
