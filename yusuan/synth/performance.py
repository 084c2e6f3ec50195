"""Performance targets of a project (绩效目标): goal text and indicators with weights.

The indicators fit the project's kind: a project that serves the public counts the people and
places it reaches and asks them whether they are satisfied ("{served}满意度"); one that serves
the department itself (党建, 办公设备购置, 编外聘用人员 …) counts its own work and asks its
干部职工; a purchase or works project asks the people who use what was bought or built. Names
composed with the project's short name never double a word at the join (`words.join`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from yusuan.model.budget import Comparator, Indicator, PerformanceTargets
from yusuan.synth.money import split_parts, wan, wan_text
from yusuan.synth.project_drafts import ProjectDraft
from yusuan.synth.state import GeneratorState
from yusuan.synth.words import join, tidy

BENEFITS = (
    "有效提升{short}工作水平", "保障{short}工作顺利开展", "进一步改善{served}的获得感", "推动{short}工作提质增效",
    "提高服务质量和效率", "切实保障{served}合法权益",
)
INTERNAL_BENEFITS = ("保障机关正常高效运转", "有效提升{short}工作水平", "保障{short}工作顺利开展", "推动{short}工作提质增效")
STAFF = "干部职工"
QUALITATIVE_VALUES = ("有效提升", "明显改善", "持续发挥", "保障", "逐步提高", "有所改善")


def performance_targets(g: GeneratorState, d: ProjectDraft, fiscal: bool, end: dt.date) -> PerformanceTargets:
    rng, area, s = g.rng, g.dtype.area, d.short
    # who the project serves, and so who is asked whether they are satisfied
    served = STAFF if d.internal else g.dtype.served
    asked = STAFF if d.internal else ("使用人员" if d.style == "c" else served)
    amount = d.amount
    rows: list[dict] = []

    def ind(level1: str, level2: str, name: str, comparator: Comparator | None, value: str, unit: str | None,
            basis: str, qualitative: bool = False, evidence: str = "工作资料") -> None:
        rows.append(dict(level1=level1, level2=level2, name=name, comparator=comparator, value=value,
                         value_unit=unit, basis=basis,
                         last_year=rng.choice(("—", "—", value + (unit or "") if unit not in (None, "万元") else "—")),
                         scoring="按照评定等级赋分" if qualitative else "按照完成比例赋分", evidence=evidence))

    ge, le, eq = Comparator.GE, Comparator.LE, Comparator.EQ
    # 产出指标
    if d.internal:
        quantity_templates = [
            (f"开展{s}相关活动次数", "次", 2, 24), ("组织学习培训期数", "期", 1, 10), (join(s, "督导检查次数"), "次", 2, 20),
            ("形成工作制度及报告数量", "份", 1, 12),
        ]
    else:
        quantity_templates = [
            (f"开展{s}相关活动次数", "次", 2, 24), (f"{join('服务', served)}人数", "人", 50, 5000), (f"覆盖{area}数量", "个", 3, 60),
            ("印发宣传资料", "份", 500, 10000), ("组织培训期数", "期", 1, 10), (join(s, "督导检查次数"), "次", 2, 20),
        ]
    if "c" in d.style or "m" in d.style:
        quantity_templates.append(("购置设备数量", "台（套）", 1, 30))
    n_quantity = rng.randint(1, 3)
    if d.quantity:
        q, qunit = d.quantity
        ind("产出指标", "数量指标", f"{d.alloc_parts[0][0]}数量", rng.choice((ge, eq)), str(q), qunit, "计划标准")
        n_quantity -= 1
    for name, unit, lo, hi in rng.sample(quantity_templates, max(0, n_quantity)):
        ind("产出指标", "数量指标", name, ge, str(rng.randint(lo, hi)), unit, "计划标准")
    for name in rng.sample((join(s, "工作完成率"), "资金使用合规率", "验收合格率", "政府采购合规率"), rng.randint(1, 2)):
        v = rng.choice((90, 95, 98, 100, 100))
        ind("产出指标", "质量指标", name, eq if v == 100 else ge, str(v), "%", rng.choice(("计划标准", "行业标准")))
    r = rng.random()
    if r < 0.4:
        ind("产出指标", "时效指标", "项目按计划时间完成率", ge, str(rng.choice((70, 80, 90, 100))), "%", "历史标准")
    elif r < 0.7:
        ind("产出指标", "时效指标", "资金拨付及时率", ge, str(rng.choice((90, 95, 100))), "%", "计划标准")
    elif r < 0.85:
        ind("产出指标", "时效指标", "项目完成时限", le, str(end.month), "月", "计划标准")
    else:
        ind("产出指标", "时效指标", "完成工作时间点", None, f"{end.year}年{end.month}月{end.day}日", None, "计划标准")
    # 成本指标: parts that add up to the amount. A project with a count × unit amount allocation names
    # every cost after its allocation ("{item}成本", the counted one at quantity × unit amount): that
    # item carries the project's short name ("{short}培训授课"), as a split's "{short}保障成本" would,
    # and must not be read against such a smaller ceiling.
    by_part = len(d.alloc_parts) <= 3 and g.chance(0.7)
    if by_part or d.quantity:
        costs = [(f"{item}成本", part) for item, part in d.alloc_parts]
    else:
        k = rng.choice((1, 1, 2))
        parts = split_parts(rng, amount, k, 100 if amount % 100 == 0 else 1)
        names = [join(s, "总成本")] if len(parts) == 1 else [join(s, f"{x}成本") for x in ("业务开展", "保障")][: len(parts)]
        costs = list(zip(names, parts, strict=True))
    for name, part in costs:
        ind("成本指标", "经济成本指标", name, rng.choice((le, le, le, eq)), wan_text(part), "万元", "预算支出标准",
            evidence="原始凭证")
    # 效益指标
    for i in range(rng.randint(1, 2)):
        level2 = "可持续影响指标" if i == 1 and g.chance(0.3) else "社会效益指标"
        if g.chance(0.6):
            if d.internal:
                name = rng.choice((f"提升{join(s, '工作水平')}", "保障机关高效运转", f"推动{join(s, '工作规范化')}",
                                   "提升干部职工履职能力"))
            else:
                name = rng.choice((f"提升{join(s, '服务水平')}", f"保障{served}合法权益", f"改善{area}服务条件",
                                   f"推动{join(s, '工作规范化')}"))
            ind("效益指标", level2, name, None, rng.choice(QUALITATIVE_VALUES), None, "其他标准", qualitative=True)
        else:
            if d.internal:
                name = rng.choice(("制度执行率", "问题整改率", f"{STAFF}参与率"))
            else:
                name = rng.choice((f"{served}知晓率", join(s, "政策覆盖率"), "问题整改率"))
            ind("效益指标", level2, name, ge, str(rng.choice((80, 85, 90, 95))), "%", "计划标准")
    # 满意度指标: asked of those the project serves
    sat = rng.choice((85, 90, 90, 95, 98))
    ind("满意度指标", "满意度指标", f"{asked}满意度", ge, str(sat), "%", "历史标准", evidence="满意度调查问卷")
    # Weights: in fives, adding to 100, or to 90 (10 points kept for 预算执行率).
    total = rng.choice((90, 100))
    units = [1] * len(rows)
    for _ in range(total // 5 - len(rows)):
        weights = [3 if row["level1"] in ("效益指标", "成本指标") else 2 for row in rows]
        units[rng.choices(range(len(rows)), weights=weights)[0]] += 1
    indicators = [Indicator(**row, weight=Decimal(5 * u)) for row, u in zip(rows, units, strict=True)]
    content = "、".join(item for item, _ in d.alloc_parts)
    benefit = tidy(rng.choice(INTERNAL_BENEFITS if d.internal else BENEFITS).format(short=s, served=served))
    goal = (f"本项目拟投入 {wan_text(amount)} 万元用于{s}，主要内容为：{content}，于 {end.year} 年 {end.month} 月 "
            f"{end.day} 日前完成，通过本项目的实施{benefit}，使{asked}满意度达到 {sat}%。")
    return PerformanceTargets(
        budget_total=wan(amount),
        budget_fiscal=wan(amount) if fiscal else None,
        budget_other=None if fiscal else wan(amount),
        goal=goal,
        indicators=indicators,
    )
