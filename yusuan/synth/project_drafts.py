"""Project drafts: which projects a department has this year, their funding source, amount,
allocations (明细) and economic classes. The Project rows are made from them in projects.py."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.model.budget import Allocation
from yusuan.model.sources import FundingSource
from yusuan.synth.funding import CFB, CGB, FB, FBT, GB, GBT, SOE, SPECIAL, UNIT
from yusuan.synth.money import nice_amount, split_parts, wan
from yusuan.synth.profiles import SERVICE
from yusuan.synth.state import GeneratorState
from yusuan.synth.words import join

# Project styles: s = services (302), c = capital (310, sometimes with 302), m = mixed 302 + 310,
# p = payments to individuals (303), o = other (399).

# Projects every department may have; the first ones serve the organisation itself (its 干部职工 are
# who they serve and who is asked whether they are satisfied), the last three serve the public.
GENERIC_PROJECTS: tuple[tuple[str, str, str], ...] = (
    ("党建工作经费", "02", "s"), ("业务工作经费", "02", "s"), ("信息化建设运维经费", "02", "m"),
    ("办公设备购置", "02", "c"), ("办公用房维修改造", "02", "c"), ("编外聘用人员经费", "99", "s"),
    ("安全生产工作经费", "02", "s"), ("档案整理经费", "02", "s"), ("宣传工作经费", "02", "s"),
    ("机关服务保障经费", "03", "s"), ("乡村振兴驻村工作经费", "99", "s"), ("平安建设工作经费", "99", "s"),
)

INTERNAL_PROJECTS = frozenset({"党建工作经费", "业务工作经费", "信息化建设运维经费", "办公设备购置", "办公用房维修改造",
                               "编外聘用人员经费", "安全生产工作经费", "档案整理经费", "机关服务保障经费", "公务用车购置"})

ALLOCATION_ITEMS: dict[str, tuple[str, ...]] = {
    "s": ("会议组织", "宣传资料印制", "培训授课", "劳务报酬", "专家评审", "调研督导", "第三方服务", "场地租赁",
          "资料汇编", "差旅及交通", "活动组织", "检测检验", "系统运行维护", "印刷及邮寄"),
    "c": ("设备购置", "工程施工", "设备安装调试", "监理及验收", "物资采购", "软件购置", "维修改造"),
    "p": ("补助发放", "生活补助", "慰问金", "奖励资金", "救助资金", "补贴发放"),
    "o": ("补助资金拨付", "运转经费拨付", "奖补资金", "以奖代补资金"),
}
ALLOCATION_ITEMS["m"] = ALLOCATION_ITEMS["s"][:8] + ALLOCATION_ITEMS["c"][:4]
SOE_TYPES = frozenset({"finance", "development", "commerce", "transport", "housing", "agri", "natres", "culture"})
QUANTITY_UNITS = ("个", "人", "次", "台", "户", "村", "所", "期")
FALLBACK_FUND_ITEMS = frozenset({"2296099", "2120899", "2120803"})


@dataclass
class ProjectDraft:
    name: str
    short: str
    code: str
    source: FundingSource
    style: str
    economic: dict[str, int] = field(default_factory=dict)
    allocations: list[Allocation] = field(default_factory=list)
    alloc_parts: list[tuple[str, int]] = field(default_factory=list)
    quantity: tuple[int, str] | None = None
    internal: bool = False  # serves the department itself (its 干部职工), not the public

    @property
    def amount(self) -> int:
        return sum(self.economic.values())


def _program_name(rng: random.Random, item_name: str) -> str:
    """A project name from a fund/SOE 项 name: 用于社会福利的彩票公益金支出 → 社会福利彩票公益金项目."""
    base = item_name
    for tail in ("安排的支出", "支出"):
        if base.endswith(tail) and len(base) > len(tail) + 1:
            base = base[: -len(tail)]
            break
    if base.startswith("用于"):
        base = base[2:].replace("的彩票公益金", "彩票公益金")
    if base.startswith("其他") and len(base) > 4:
        base = base[2:]
    if base.endswith(("资金", "补助", "补贴")):
        return base + "项目"
    return base + rng.choice(("项目", "专项资金", "补助资金"))


def _distinct_item(candidate: str, main: str) -> str:
    """An allocation item to put next to `main` ("{short}资料汇编"): `candidate`, or the next one in
    the list that `main` does not contain, so that the two items and their cost indicators
    ("资料汇编成本", "{short}资料汇编成本") cannot be taken for one another. No extra draw from the rng."""
    items = ALLOCATION_ITEMS["s"]
    start = items.index(candidate)
    for k in range(len(items)):
        item = items[(start + k) % len(items)]
        if item not in main:
            return item
    return candidate


def _after(short: str, items: tuple[str, ...]) -> list[str]:
    """Items that read well after the short name: not one whose first word echoes the name's last
    ("价格监测" + "检测检验" reads 监测检测)."""
    fitting = [i for i in items if not (len(i) > 1 and i[1] == short[-1] and i[:2] != short[-2:])]
    return fitting or list(items)


def short_name(name: str) -> str:
    for tail in ("经费", "项目", "资金"):
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[: -len(tail)]
    return name


def draw_projects(g: GeneratorState) -> list[ProjectDraft]:
    rng, t = g.rng, g.dtype
    scale = max(1.0, g.in_service / 20)
    pool = [(n, c, s) for n, c, s in t.projects] + list(GENERIC_PROJECTS)
    with_vehicle = g.codes.has("310") and g.chance(0.08)
    n_fund = rng.choice((1, 1, 1, 2)) if g.codes.fund_items and g.chance(0.5 if t.fund_kuan else 0.12) else 0
    with_soe = bool(g.codes.soe_items) and t.key in SOE_TYPES and g.chance(0.12)
    room = 12 - with_vehicle - n_fund - with_soe
    count = min(len(pool), room, rng.choice((1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12)))
    chosen = rng.sample(pool, count)
    g.unused_pool = [p for p in pool if p not in chosen]
    drafts: list[ProjectDraft] = []
    has_service = any(u.kind == SERVICE for u, _, _ in g.budget_units)
    for name, code, style in chosen:
        r = rng.random()
        if r < 0.72:
            source = GB
        elif r < 0.83:
            source = GBT
        elif r < 0.90:
            source = CGB
        elif t.key == "edu":
            source = SPECIAL if g.chance(0.5) else UNIT
        elif has_service:
            source = SPECIAL if g.chance(0.15) else UNIT
        else:
            source = UNIT if g.chance(0.3) else GB
        if source == GBT and g.chance(0.5):
            name = f"提前下达{g.year}年{name}"
        drafts.append(_draft(g, name, g.resolve(code), source, style, scale))
    if with_vehicle:
        drafts.append(_vehicle_project(g))
    for _ in range(n_fund):
        drafts.append(_fund_project(g, scale))
    if with_soe:
        drafts.append(_soe_project(g, scale))
    # Unique names
    seen: dict[str, int] = {}
    for d in drafts:
        if d.name in seen:
            seen[d.name] += 1
            d.name = f"{d.name}（{seen[d.name]}）"
        else:
            seen[d.name] = 1
    return drafts


def _draft(g: GeneratorState, name: str, code: str, source: FundingSource, style: str, scale: float) -> ProjectDraft:
    rng = g.rng
    d = ProjectDraft(name=name, short=short_name(name), code=code, source=source, style=style,
                     internal=name.removeprefix(f"提前下达{g.year}年") in INTERNAL_PROJECTS)
    # Allocation first: a count × unit amount line makes the amount.
    if g.chance(0.25):
        unit_amount = rng.choice((rng.randint(1, 50) * 10, rng.randint(1, 20) * 50, rng.randint(1, 300)))
        quantity = rng.randint(2, 120)
        qunit = rng.choice(QUANTITY_UNITS)
        if style == "p":
            item = join(join(g.dtype.area, d.short), "补助")
        else:
            item = join(d.short, rng.choice(_after(d.short, ALLOCATION_ITEMS[style])))
        d.quantity = (quantity, qunit)
        d.alloc_parts = [(item, quantity * unit_amount)]
        d.allocations = [Allocation(item=item, amount=wan(quantity * unit_amount), quantity=Decimal(quantity),
                                    quantity_unit=qunit, unit_amount=wan(unit_amount))]
        if g.chance(0.3):
            extra_item = _distinct_item(rng.choice(ALLOCATION_ITEMS["s"]), item)
            extra = nice_amount(rng, 0.5, 20 * scale)
            d.alloc_parts.append((extra_item, extra))
            d.allocations.append(Allocation(item=extra_item, amount=wan(extra)))
        amount = sum(a for _, a in d.alloc_parts)
    else:
        amount = nice_amount(rng, 2.0, 150.0 * scale)
        k = rng.choice((1, 2, 2, 3, 3, 4))
        step = 100 if amount % 100 == 0 else (10 if amount % 10 == 0 else 1)
        parts = split_parts(rng, amount, k, step)
        items = rng.sample(ALLOCATION_ITEMS[style], len(parts))
        d.alloc_parts = list(zip(items, parts, strict=True))
        d.allocations = [Allocation(item=i, amount=wan(a)) for i, a in d.alloc_parts]
    d.economic = _economic(g, style, amount)
    return d


def _economic(g: GeneratorState, style: str, amount: int) -> dict[str, int]:
    rng, has = g.rng, g.codes.has

    def two(a: str, b: str) -> dict[str, int]:
        if amount < 2 or not has(b):
            return {a: amount}
        first = rng.randint(1, amount - 1)
        return {a: first, b: amount - first}

    r = rng.random()
    if style == "c" and has("310"):
        return {"310": amount} if r < 0.5 else two("310", "302")
    if style == "m" and has("310"):
        return two("302", "310")
    if style == "p" and has("303"):
        return {"303": amount} if r < 0.6 else two("303", "302")
    if style == "o" and has("399"):
        return {"399": amount} if r < 0.6 else two("399", "302")
    if r < 0.12:
        return two("302", "310")
    if r < 0.16:
        return two("302", "399")
    if r < 0.19:
        return two("302", "303")
    return {"302": amount}


def _vehicle_project(g: GeneratorState) -> ProjectDraft:
    rng = g.rng
    n = rng.choice((1, 1, 2))
    price = rng.choice((15, 18, 20, 22, 25, 28, 30)) * 100
    name = "公务用车购置"
    d = ProjectDraft(name=name, short=name, code=g.resolve("02"), source=GB, style="c", internal=True)
    d.quantity = (n, "辆")
    d.alloc_parts = [("购置公务用车", n * price)]
    d.allocations = [Allocation(item="购置公务用车", amount=wan(n * price), quantity=Decimal(n), quantity_unit="辆",
                                unit_amount=wan(price))]
    d.economic = {"310": n * price}
    g.purchase = (n, n * price)
    return d


def _fund_project(g: GeneratorState, scale: float) -> ProjectDraft:
    rng, fund = g.rng, g.codes.fund_items
    preferred = [c for c in fund if c[:5] in g.dtype.fund_kuan or c in g.dtype.fund_kuan]
    # Departments without a fund of their own get the catch-all items (彩票公益金, 土地出让收入).
    fallback = [c for c in fund if c in FALLBACK_FUND_ITEMS]
    code = rng.choice(preferred or fallback or fund)
    name = _program_name(rng, g.catalog.name_of(code, g.year) or "政府性基金")
    r = rng.random()
    source = FB if r < 0.75 else (FBT if r < 0.9 else CFB)
    style = rng.choice(("s", "c", "o", "p"))
    return _draft(g, name, code, source, style, scale)


def _soe_project(g: GeneratorState, scale: float) -> ProjectDraft:
    rng = g.rng
    code = rng.choice(g.codes.soe_items)
    name = _program_name(rng, g.catalog.name_of(code, g.year) or "国有资本经营预算")
    d = _draft(g, name, code, SOE, "o", scale)
    cls = "312" if g.codes.has("312") else "399"
    d.economic = {cls: d.amount}
    return d
