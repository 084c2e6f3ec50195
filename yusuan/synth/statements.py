"""The fixed statements: 三公经费, 机关运行经费, 政府采购 and 国有资产占用."""

from __future__ import annotations

import datetime as dt
import random

from yusuan.model.budget import Assets, Line, Procurement, ThreePublic, ThreePublicItem, VehicleGroup
from yusuan.model.sources import GENERAL_SOURCES
from yusuan.synth.money import bp_of, prior_of, rand_cents, wan
from yusuan.synth.priors import Charge, line_prior
from yusuan.synth.project_drafts import ProjectDraft
from yusuan.synth.state import GeneratorState


def three_public_table(g: GeneratorState, drafts: list[ProjectDraft], per_budget_typed: bool) -> ThreePublic:
    """三公经费: basic amounts, the vehicle purchase, and now and then a part of a project's 302."""
    rng = g.rng

    general_302 = [d for d in drafts if d.source in GENERAL_SOURCES and d.economic.get("302", 0) > 0]

    def extra(cap_wan: float) -> int:
        if not general_302 or rng.random() > 0.2:
            return 0
        d = rng.choice(general_302)
        return rng.randint(1, max(1, min(d.economic["302"], round(cap_wan * 100))))

    purchase_count, purchase_amount = g.purchase
    current = {
        "abroad": g.basic_abroad,
        "reception": g.basic_reception + extra(3.0),
        "vehicle_purchase": purchase_amount,
        "vehicle_operation": g.basic_vehicle + extra(5.0),
    }
    item_reasons = {
        "abroad": (("因公出国（境）任务增加",), ("本年未安排因公出国（境）计划", "严格控制因公出国（境）")),
        "reception": (("接待任务增加",), ("严格执行中央八项规定精神，压减公务接待费", "压减公务接待支出")),
        "vehicle_purchase": (("本年新增公务用车购置计划",), ("本年无车辆购置计划",)),
        "vehicle_operation": (("公务用车数量增加", "车辆老化维修费用增加"), ("公务用车数量减少", "压减公务用车运行费")),
    }
    tp_items: dict[str, ThreePublicItem] = {}
    tp_cur = tp_prior = 0
    for key, amount in current.items():
        r = rng.random()
        if amount == 0:
            if r < 0.8 or key == "abroad" and r < 0.95:
                prior = 0
            else:
                prior = rand_cents(rng, 15.0, 30.0) if key == "vehicle_purchase" else rand_cents(rng, 1.0, 20.0)
        elif key == "vehicle_purchase":
            prior = 0 if r < 0.7 else rand_cents(rng, 10.0, 40.0)
        else:
            prior = amount if r < 0.4 else prior_of(amount, rng.randint(70, 140))
        ups, downs = item_reasons[key]
        reason = None if prior == amount else rng.choice(ups if amount > prior else downs)
        tp_items[key] = ThreePublicItem(general_budget=wan(amount), prior=wan(prior), reason=reason)
        tp_cur += amount
        tp_prior += prior
    three_public = ThreePublic(
        **tp_items,
        reason=_three_public_reason(tp_items, tp_cur - tp_prior),
        total=wan(tp_cur) if per_budget_typed else None,
    )
    return three_public


THREE_PUBLIC_WORDS = {"abroad": "因公出国（境）任务增加", "reception": "公务接待任务增加",
                      "vehicle_purchase": "公务用车购置计划增加", "vehicle_operation": "公务用车运行费增加"}


def _three_public_reason(items: dict[str, ThreePublicItem], change: int) -> str | None:
    """The reason for the change of the “三公” total: a rise is explained by an item that rose (the
    one that rose most), never by one that did not move; a fall by the policy of cutting them."""
    if change == 0:
        return None
    if change < 0:
        return "严格落实过紧日子要求，压减“三公”经费"
    rises = sorted((k for k, i in items.items() if i.total > (i.prior or 0)),
                   key=lambda k: items[k].total - (items[k].prior or 0), reverse=True)
    if set(rises[:2]) == {"vehicle_purchase", "vehicle_operation"}:
        return "公务用车购置及运行费增加"
    return THREE_PUBLIC_WORDS[rises[0]]


def operating_costs_line(basic: list[Charge]) -> tuple[Line, int]:
    """机关运行经费 = 公用经费 of the general-budget basic expenditure; and its amount in cents."""

    public_cs = [c for c in basic if c.kind == "public" and c.source in GENERAL_SOURCES]
    oc_amount, oc_prior, oc_reason = line_prior(public_cs)
    operating_costs = Line(amount=wan(oc_amount), prior=wan(oc_prior), reason=oc_reason)
    return operating_costs, oc_amount


def procurement_table(rng: random.Random, drafts: list[ProjectDraft], oc_amount: int,
                      per_budget_typed: bool) -> Procurement:
    """政府采购: a share of the operating costs and projects, split by kind and reserved for SMEs."""

    project_total = sum(d.amount for d in drafts)
    if rng.random() < 0.15:
        procurement = Procurement(total=wan(0) if per_budget_typed else None)
    else:
        pool = oc_amount + project_total
        total = max(1, bp_of(pool, rng.randint(300, 3500)))
        works = bp_of(total, rng.randint(1000, 5000)) if rng.random() < 0.2 else 0
        goods = bp_of(total - works, rng.randint(1000, 9000)) if rng.random() < 0.9 else 0
        services = total - works - goods
        sme = total if rng.random() < 0.4 else bp_of(total, rng.randint(3000, 9999))
        micro = sme if rng.random() < 0.4 else bp_of(sme, rng.randint(3000, 9999))
        procurement = Procurement(goods=wan(goods), works=wan(works), services=wan(services),
                                  total=wan(total) if per_budget_typed else None,
                                  sme_reserved=wan(sme), micro_reserved=wan(micro))
    return procurement


def assets_table(g: GeneratorState) -> Assets:
    """国有资产占用: houses, vehicles, furniture, equipment, and the planned purchases."""
    rng, year = g.rng, g.year
    purchase_count, purchase_amount = g.purchase

    has_house = rng.random() < 0.85
    area = g.in_service * rand_cents(rng, 12.0, 40.0) if has_house else 0  # square metres, in hundredths
    eq50 = rng.choice((0, 0, 0, 0, 1, 2, 3)) if g.dtype.key in ("health", "edu", "police", "market", "ecology") else 0
    vehicles = [VehicleGroup(kind=kind, count=n, value=wan(value)) for kind, n, value in g.vehicles
                if n or rng.random() < 0.5]
    assets = Assets(
        as_of=dt.date(year - 1, 12, 31) if rng.random() < 0.85 else None,
        house_area=wan(area),
        house_value=wan(bp_of(area, rng.randint(2000, 6000))) if area else wan(0),
        vehicles=vehicles,
        furniture_value=wan(g.in_service * rand_cents(rng, 0.2, 1.2)),
        other_value=wan(g.in_service * rand_cents(rng, 0.5, 4.0)),
        equipment_over_50=eq50,
        equipment_over_100=rng.randint(0, eq50),
        planned_vehicles=purchase_count,
        planned_vehicle_amount=wan(purchase_amount),
        planned_equipment_over_50=rng.choice((0, 0, 0, 1)) if eq50 else 0,
    )
    return assets
