"""The department: its type, name, units, staff, duties and institutions."""

from __future__ import annotations

import datetime as dt

from yusuan.model.budget import BudgetUnit, Department, DocumentKind, Scope, Staffing
from yusuan.money import MoneyUnit
from yusuan.synth.names import PLACES, STREETS, TOWNSHIPS
from yusuan.synth.profiles import DEPT_TYPES, SERVICE
from yusuan.synth.state import GeneratorState


def draw_department(g: GeneratorState) -> Department:
    rng = g.rng
    usable = [t for t in DEPT_TYPES if g.codes.has(t.kuan + "01")]
    g.dtype = t = rng.choice(usable)
    g.place = place = rng.choice(PLACES)
    sub = ""
    if t.level == "street":
        street = rng.choice(STREETS)
        sub = street + "街道"
        name = t.template.format(place=place, sub=street)
    elif t.level == "town":
        sub = rng.choice(TOWNSHIPS)
        name = t.template.format(place=place, sub=sub)
    else:
        name = t.template.format(place=place, sub="")
    g.admin_code = t.kuan + "01"
    service_codes = [c for c in t.service if g.codes.has(c)]
    if not service_codes and g.codes.has(t.kuan + "50"):
        service_codes = [t.kuan + "50"]
    g.service_codes = service_codes or [g.admin_code]

    # Units and staff
    g.budget_units = []  # unit, in-service staff, basic 项
    consolidated = bool(t.subunits) and g.chance(0.55)
    main_staff = rng.randint(6, 60)
    g.budget_units.append((BudgetUnit(name=name, kind=t.kind), main_staff, g.admin_code))
    if consolidated:
        k = rng.randint(1, min(5, len(t.subunits)))
        for suffix, kind in rng.sample(list(t.subunits), k):
            prefix = f"{place}{sub}" if t.level in ("street", "town") else place
            staff = rng.randint(3, 90 if "中学" in suffix or "医院" in suffix else 30)
            code = g.admin_code if kind != SERVICE else rng.choice(g.service_codes)
            g.budget_units.append((BudgetUnit(name=prefix + suffix, kind=kind), staff, code))
    scope = Scope.CONSOLIDATED if consolidated else Scope.OWN
    in_service = sum(s for _, s, _ in g.budget_units)
    retired = rng.randint(0, max(1, in_service * 3 // 2))
    veteran = rng.choice((0, 0, 0, 0, 0, 1, 2)) if retired > 5 else 0
    g.in_service, g.retired, g.veteran = in_service, retired, veteran
    staffing = Staffing(
        authorized=max(0, in_service + rng.randint(-3, 8)),
        actual=in_service + retired + veteran,
        in_service=in_service,
        in_service_change=rng.choice((0, 0, 0, 1, 2, -1, 3, -2)),
        retired=retired,
        retired_change=rng.choice((0, 0, 1, 2, 3)) if retired else 0,
        veteran_retired=veteran,
        veteran_retired_change=rng.choice((0, 0, 0, -1)) if veteran else 0,
    )
    duties_list = rng.sample(list(t.duties), rng.randint(min(3, len(t.duties)), len(t.duties)))
    duties = f"{name}主要职责是：" + "；".join(duties_list) + "；完成上级交办的其他任务。"
    k = rng.randint(min(3, len(t.institutions)), len(t.institutions))
    picked = set(rng.sample(list(t.institutions), k))
    institutions = [i for i in t.institutions if i in picked]
    if t.institutions[0] not in institutions:
        institutions.insert(0, t.institutions[0])
    return Department(
        name=name,
        year=g.year,
        kind=DocumentKind.BUDGET,
        money_unit=MoneyUnit.WAN,
        publish_date=dt.date(g.year, rng.choice((1, 1, 2)), rng.randint(5, 28)),
        scope=scope,
        budget_units=[u for u, _, _ in g.budget_units],
        duties=duties,
        institutions=institutions,
        staffing=staffing,
    )
