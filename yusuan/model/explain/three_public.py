"""第三部分 十: 财政拨款“三公”经费 — the amounts, then the change against last year, item by item.

An item with nothing this year and nothing last year is "未安排" with no reason, even when the data
carries one: there is no change to explain. The reason for the change of the total names only
items that moved the total's way (`reasons.fitting_reason`): "公务接待任务增加" is not printed as
the reason for a rise when 公务接待费 did not rise.
"""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.budget import ThreePublicItem
from yusuan.model.disclosure import Section
from yusuan.model.explain.context import Facts
from yusuan.model.explain.phrasing import amount_clause, change_and_reason, money
from yusuan.model.explain.reasons import fitting_reason
from yusuan.model.sections import SectionKey
from yusuan.model.vocabulary import THREE_PUBLIC_ITEMS, THREE_PUBLIC_NAMES
from yusuan.money import ZERO

ITEMS = tuple((key, THREE_PUBLIC_NAMES[key]) for key in THREE_PUBLIC_ITEMS)
VEHICLE = THREE_PUBLIC_NAMES["vehicle"]
# How a reason names an item (the longest wording wins: 公务用车购置及运行 is the two together).
REASON_WORDS = {
    "因公出国（境）费": ("因公出国", "出国（境）", "出国(境)", "出国", "出境"),
    "公务接待费": ("公务接待", "接待"),
    "公务用车购置费": ("公务用车购置", "购置公务用车", "车辆购置", "购置车辆", "购车", "车辆更新"),
    "公务用车运行费": ("公务用车运行", "车辆运行", "运行维护", "公务用车数量", "车辆老化", "车辆维修", "运行费"),
    VEHICLE: ("公务用车购置及运行", "公务用车"),
}


def _prior_total(items: list[ThreePublicItem]) -> Decimal | None:
    priors = [i.prior for i in items]
    if all(p is None for p in priors):
        return None
    return sum((p for p in priors if p is not None), ZERO)


def three_public(f: Facts) -> Section:
    tp = f.data.three_public
    items = {key: getattr(tp, key) for key, _ in ITEMS}
    words = dict(ITEMS)
    total = sum((i.total for i in items.values()), ZERO)
    vehicle = items["vehicle_purchase"].total + items["vehicle_operation"].total
    u = f.unit
    prior = _prior_total(list(items.values()))
    if not total and not prior:
        tail = "，上年预算亦未安排" if prior is not None else ""
        return f.section(SectionKey.THREE_PUBLIC, [f"{f.dept}{f.year}年未安排财政拨款“三公”经费预算{tail}。"])
    out = [f"{f.dept}{f.year}年财政拨款“三公”经费预算数为{money(total, u)}，其中：因公出国（境）费"
           f"{money(items['abroad'].total, u)}，公务接待费{money(items['reception'].total, u)}，"
           f"公务用车购置及运行费{money(vehicle, u)}（其中：公务用车购置费{money(items['vehicle_purchase'].total, u)}，"
           f"公务用车运行费{money(items['vehicle_operation'].total, u)}）。"]
    moves = {words[key]: item.total - (item.prior or ZERO) for key, item in items.items()}
    moves[VEHICLE] = moves["公务用车购置费"] + moves["公务用车运行费"]
    reason = tp.reason if prior is None else fitting_reason(tp.reason, total - prior, moves, REASON_WORDS,
                                                            [words[key] for key, _ in ITEMS])
    change = change_and_reason(total, prior, reason, u)
    if change:
        out.append(f"{f.year}年财政拨款“三公”经费{change}。")
    details = [amount_clause(words[key], item.total, u, prior=item.prior, reason=item.reason)
               for key, item in items.items() if item.prior is not None or item.total]
    if details:
        out.append("其中：" + "；".join(details) + "。")
    return f.section(SectionKey.THREE_PUBLIC, out)
