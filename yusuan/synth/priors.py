"""Last year's figures: charges (amounts by 项, source and kind) with their prior amounts and the
reasons for the change, and the change and per-项 tables made from them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from yusuan.model.budget import Changes, ItemPrior, Line
from yusuan.model.sources import GENERAL_CURRENT_SOURCES, FundingSource
from yusuan.synth.funding import CFB, CGB, GB, GBT, SPECIAL, UNIT
from yusuan.synth.money import nice_amount, prior_of, wan
from yusuan.synth.project_drafts import ProjectDraft, short_name
from yusuan.synth.state import GeneratorState
from yusuan.synth.words import join


@dataclass
class Charge:
    code: str
    source: FundingSource
    kind: str  # personnel, public, project
    amount: int
    prior: int = 0
    up: str = ""  # reason if this charge grew
    down: str = ""  # reason if it shrank

    @property
    def delta(self) -> int:
        return self.amount - self.prior


def _reason(charges: Sequence[Charge]) -> str | None:
    """Reason for the change of a group: that of the charge that moved most in the group's direction."""
    delta = sum(c.delta for c in charges)
    if delta == 0:
        return None
    movers = [c for c in charges if c.delta and (c.delta > 0) == (delta > 0)]
    top = max(movers, key=lambda c: abs(c.delta))
    text = top.up if delta > 0 else top.down
    return text or ("业务量增加" if delta > 0 else "压减一般性支出")


def line_prior(charges: Sequence[Charge]) -> tuple[int, int, str | None]:
    return sum(c.amount for c in charges), sum(c.prior for c in charges), _reason(charges)


def draw_priors(g: GeneratorState, basic: list[Charge],
                drafts: list[ProjectDraft]) -> tuple[list[Charge], list[Charge]]:
    rng = g.rng
    same_pay = g.chance(0.15)
    pay_growth = rng.randint(95, 120)
    up_pay = rng.choice(("工资普调", "人员增加", "工资普调，社保缴费基数上涨", "新录用人员增加", "职级晋升及正常晋档晋级",
                         "落实津贴补贴政策"))
    down_pay = rng.choice(("人员减少", "部分人员退休", "人员调出", "在职人员减少"))
    same_public = g.chance(0.25)
    public_growth = rng.randint(85, 115)
    up_public = rng.choice(("公用经费标准提高", "人员增加相应增加公用经费", "办公用房物业费增加", "新增公务用车运行维护费"))
    down_public = rng.choice(("落实过紧日子要求，压减公用经费", "压减一般性支出", "公务用车减少"))
    mirror_reasons = {
        "20805": (("养老保险缴费基数上涨", "工资普调，社保基数上涨"), ("参保人员减少",)),
        "21011": (("医疗保险缴费基数调整", "人员增加，缴费比例调整"), ("参保人员减少",)),
        "22102": (("住房公积金缴存基数上涨", "工资普调，住房基金基数上涨"), ("缴存人数减少",)),
    }
    for c in basic:
        if c.amount == 0:
            continue
        if c.kind == "personnel":
            pct = 100 if same_pay else max(80, pay_growth + rng.randint(-3, 3))
            c.prior = prior_of(c.amount, pct)
            ups, downs = mirror_reasons.get(c.code[:5], ((up_pay,), (down_pay,)))
            if c.code in ("2080501", "2080502"):
                ups, downs = ("退休人员增加",), ("退休人员减少",)
            c.up, c.down = rng.choice(ups), rng.choice(downs)
        else:
            pct = 100 if same_public else max(70, public_growth + rng.randint(-5, 5))
            c.prior = prior_of(c.amount, pct)
            c.up, c.down = up_public, down_public
        if c.source in (CGB, UNIT, SPECIAL) and g.chance(0.5):
            c.prior = 0
            c.up = "本年增加财政拨款结转资金" if c.source == CGB else "单位资金收入增加"
    projects: list[Charge] = []
    for d in drafts:
        c = Charge(d.code, d.source, "project", d.amount)
        s = d.short
        r = rng.random()
        new_p = {CGB: 0.85, GBT: 0.5, CFB: 0.85}.get(d.source, 0.3)
        if r < new_p:
            c.prior = 0
            c.up = {CGB: "本年增加财政拨款结转资金", CFB: "本年增加政府性基金结转资金",
                    GBT: rng.choice(("提前下达项目经费", "上级" + join(s if s.startswith("提前下达") else "提前下达" + s, "资金")))}.get(
                d.source, rng.choice((f"新增{join(s, '项目')}", f"本年新增{join(s, '经费')}")))
        elif r < new_p + 0.2:
            c.prior = c.amount
        else:
            pct = rng.choice((rng.randint(60, 99), rng.randint(101, 160)))
            c.prior = prior_of(c.amount, pct)
            c.up = rng.choice((join(s, "工作任务增加"), join(s, "补助标准提高"), join(s, "覆盖范围扩大")))
            c.down = rng.choice(("压减非刚性、非重点项目支出", join(s, "部分工作已完成"),
                                 f"落实过紧日子要求，压减{join(s, '经费')}", join(s, "补助对象减少")))
        projects.append(c)
    # Last year's projects that are not in this year's budget.
    if g.unused_pool and g.chance(0.4):
        for name, code, _ in rng.sample(g.unused_pool, min(len(g.unused_pool), rng.randint(1, 2))):
            prior = nice_amount(rng, 2.0, 80.0)
            s = short_name(name)
            source = GBT if g.chance(0.2) else GB
            c = Charge(g.resolve(code), source, "project", 0, prior)
            c.down = rng.choice((f"{join(s, '项目')}已完成，本年未安排", f"{s}未做预算安排", f"{s}调整至其他科目列支"))
            projects.append(c)
    return basic, projects


def changes_of(basic: list[Charge], project_charges: list[Charge]) -> Changes:
    """Changes of basic and project expenditure."""

    basic_amount, basic_prior, basic_reason = line_prior(basic)
    project_amount, project_prior_total, project_reason = line_prior(project_charges)
    changes = Changes(
        basic=Line(prior=wan(basic_prior), reason=basic_reason),
        project=Line(prior=wan(project_prior_total), reason=project_reason),
    )
    return changes


def item_priors_of(charges: list[Charge]) -> list[ItemPrior]:
    """Per-项 priors of 一般公共预算当年拨款."""

    per_item: dict[str, list[Charge]] = defaultdict(list)
    for c in charges:
        if c.source in GENERAL_CURRENT_SOURCES:
            per_item[c.code].append(c)
    item_priors = []
    for code in sorted(per_item):
        amount, prior, reason = line_prior(per_item[code])
        if amount or prior:
            item_priors.append(ItemPrior(code=code, prior=wan(prior), reason=reason))
    return item_priors
