"""Basic expenditure: economic items built up from per-person wages and office costs, the 项 they
fall under (30108 = 2080505, 30110 = 21011xx, 30113 = 2210201 …), and the two basic tables."""

from __future__ import annotations

from collections import defaultdict

from yusuan.model.budget import BasicEconomic, BasicExpenditure
from yusuan.model.sources import FundingSource
from yusuan.synth.funding import CGB, GB, GBT, SPECIAL, UNIT
from yusuan.synth.money import bp_of, rand_cents, wan
from yusuan.synth.priors import Charge
from yusuan.synth.profiles import SERVICE
from yusuan.synth.state import GeneratorState


def draw_basic(g: GeneratorState) -> None:
    """Economic items of the general-budget basic expenditure, and the 项 they fall under."""
    rng, has = g.rng, g.codes.has
    g.econ = defaultdict(lambda: [0, 0])  # code -> [personnel, public]
    g.func = defaultdict(lambda: [0, 0])  # 项 -> [personnel, public]

    def add(econ: str, func: str, cents: int, public: bool = False) -> None:
        if cents <= 0 or not has(econ):
            return
        if not has(func):  # a catalogue without the mirrored 项: charge it to 行政运行
            func = g.admin_code
        g.econ[econ][int(public)] += cents
        g.func[func][int(public)] += cents

    level = rng.randint(80, 140)  # wage level, percent
    with_annuity = g.chance(0.75) and has("30109") and has("2080506")
    with_civil_medical = g.chance(0.6) and has("30111") and has("2101103")
    with_medical_fee = g.chance(0.25) and has("30114") and has("2101199")
    housing_rate = rng.choice((800, 1000, 1200, 1200, 1200))
    medical_rate = rng.randint(600, 1000)
    optional = {
        code: g.chance(p)
        for code, p in (("30202", 0.5), ("30205", 0.5), ("30206", 0.6), ("30207", 0.6), ("30208", 0.3),
                        ("30209", 0.4), ("30211", 0.75), ("30213", 0.4), ("30214", 0.1), ("30215", 0.3),
                        ("30216", 0.4), ("30218", 0.15), ("30226", 0.15), ("30227", 0.1), ("30228", 0.8),
                        ("30229", 0.6), ("30239", 0.7), ("30299", 0.4), ("31002", 0.1), ("30106", 0.15),
                        ("30112", 0.8), ("30199", 0.5))
    }

    def per_head(n: int, lo: float, hi: float, scaled: bool = True) -> int:
        total = sum(rand_cents(rng, lo, hi) for _ in range(min(n, 3))) * n // min(n, 3)
        return total * level // 100 if scaled else total

    for unit, n, code in g.budget_units:
        admin_like = unit.kind != SERVICE
        salary = {
            "30101": per_head(n, 3.0, 4.8),
            "30102": per_head(n, 3.0, 7.5) if admin_like else per_head(n, 1.0, 3.0),
            "30103": per_head(n, 0.3, 1.5) if admin_like else 0,
            "30107": per_head(n, 3.0, 6.0) if not admin_like else (per_head(n, 0.5, 1.5) if g.chance(0.2) else 0),
        }
        base = sum(salary.values())
        for econ, cents in salary.items():
            add(econ, code, cents)
        if optional["30106"]:
            add("30106", code, per_head(n, 0.2, 0.6))
        if optional["30112"]:
            add("30112", code, per_head(n, 0.05, 0.3))
        if optional["30199"]:
            add("30199", code, per_head(n, 0.1, 1.0))
        # Social insurance and housing fund: mirrored 项.
        add("30108", "2080505", bp_of(base, 1600))
        if with_annuity:
            add("30109", "2080506", bp_of(base, 800))
        add("30110", "2101101" if admin_like else "2101102", bp_of(base, medical_rate))
        if with_civil_medical and admin_like:
            add("30111", "2101103", bp_of(base, rng.randint(100, 400)))
        if with_medical_fee:
            add("30114", "2101199", per_head(n, 0.005, 0.03, scaled=False))
        add("30113", "2210201", bp_of(base, housing_rate))
        # Public funds
        add("30201", code, per_head(n, 0.2, 1.0, scaled=False), public=True)
        for econ, lo, hi in (("30202", 0.02, 0.1), ("30205", 0.03, 0.2), ("30206", 0.05, 0.3), ("30207", 0.03, 0.15),
                             ("30208", 0.1, 0.5), ("30209", 0.1, 0.6), ("30211", 0.1, 0.5), ("30213", 0.05, 0.3),
                             ("30214", 0.1, 0.8), ("30215", 0.02, 0.1), ("30216", 0.03, 0.15), ("30218", 0.05, 0.5),
                             ("30226", 0.1, 0.8), ("30227", 0.1, 0.5), ("30229", 0.05, 0.2), ("30239", 0.1, 0.6),
                             ("30299", 0.02, 0.3), ("31002", 0.05, 0.3)):
            if optional[econ] and has(econ):
                add(econ, code, per_head(n, lo, hi, scaled=False), public=True)
        if optional["30228"]:
            add("30228", code, bp_of(base, 200), public=True)

    # Retirees: paid under 2080501/2080502 or inside 行政运行, as real budgets do both.
    main_kind = g.budget_units[0][0].kind
    retire_code = g.admin_code
    if g.chance(0.5):
        candidate = "2080502" if main_kind == SERVICE else "2080501"
        if has(candidate):
            retire_code = candidate
    if g.retired:
        add("30302", retire_code, g.retired * rand_cents(rng, 0.2, 1.6))
    if g.veteran and has("30301"):
        add("30301", retire_code, g.veteran * rand_cents(rng, 3.0, 8.0))
    if g.chance(0.2) and has("30305"):
        add("30305", g.admin_code, rand_cents(rng, 0.5, 6.0))

    # Department-level public items
    g.vehicles = _vehicles(g)
    count = sum(n for _, n, _ in g.vehicles)
    g.basic_vehicle = count * rand_cents(rng, 1.2, 3.0) if count and has("30231") else 0
    add("30231", g.admin_code, g.basic_vehicle, public=True)
    g.basic_reception = rand_cents(rng, 0.3, 5.0) if g.chance(0.55) and has("30217") else 0
    add("30217", g.admin_code, g.basic_reception, public=True)
    g.basic_abroad = rand_cents(rng, 3.0, 15.0) if g.chance(0.06) and has("30212") else 0
    add("30212", g.admin_code, g.basic_abroad, public=True)


def _vehicles(g: GeneratorState) -> list[tuple[str, int, int]]:
    rng = g.rng
    general = rng.choice((0, 0, 1, 1, 2, 2, 3, 4))
    enforce = rng.randint(1, 8) if g.dtype.enforcement and g.chance(0.7) else 0
    special = rng.randint(1, 3) if g.dtype.key in ("health", "emergency", "police") and g.chance(0.4) else 0
    groups = [("一般公务用车", general), ("执法执勤用车", enforce), ("特种专业技术用车", special), ("其他车辆", 0)]
    return [(kind, n, sum(rand_cents(rng, 12.0, 32.0) for _ in range(n))) for kind, n in groups]


def basic_rows(g: GeneratorState) -> list[Charge]:
    """Basic expenditure by (项, source): general budget, with some parts from other sources."""
    rng = g.rng
    rows: dict[tuple[str, FundingSource], list[int]] = {}
    for code in sorted(g.func):
        rows[(code, GB)] = list(g.func[code])
    # Part of an operating item paid from a transfer or from last year's carryover: still general.
    for source, p in ((GBT, 0.08), (CGB, 0.04)):
        if g.chance(p):
            code = g.admin_code
            personnel, public = rows[(code, GB)]
            if public > 100:
                moved = rng.randint(1, public // 2)
                rows[(code, GB)][1] -= moved
                rows[(code, source)] = [0, moved]
    # 事业 units with income of their own.
    service = sorted({c for u, _, c in g.budget_units if u.kind == SERVICE})
    for code in service:
        if g.chance(0.3):
            source = SPECIAL if g.dtype.key == "edu" and g.chance(0.5) else UNIT
            rows[(code, source)] = [rand_cents(rng, 5, 120), rand_cents(rng, 1, 40)]
    out = []
    for (code, source), (personnel, public) in rows.items():
        out.append(Charge(code, source, "personnel", personnel))
        out.append(Charge(code, source, "public", public))
    return out


def basic_expenditure_table(g: GeneratorState, basic: list[Charge], with_names: bool,
                            per_budget_typed: bool) -> list[BasicExpenditure]:
    """Basic expenditure rows by (项, source)."""

    by_row: dict[tuple[str, FundingSource], dict[str, int]] = {}
    for c in basic:
        by_row.setdefault((c.code, c.source), {})[c.kind] = c.amount
    basic_expenditure = [
        BasicExpenditure(
            code=code,
            name=g.codes.names.get(code) if with_names else None,
            source=source,
            personnel=wan(v.get("personnel", 0)),
            public=wan(v.get("public", 0)),
            total=wan(v.get("personnel", 0) + v.get("public", 0)) if per_budget_typed else None,
        )
        for (code, source), v in by_row.items()
        if v.get("personnel", 0) or v.get("public", 0)
    ]
    return basic_expenditure


def basic_economic_table(g: GeneratorState, with_names: bool, per_budget_typed: bool) -> list[BasicEconomic]:
    """Basic expenditure by economic item."""
    return [
        BasicEconomic(
            code=code,
            name=g.codes.names.get(code) if with_names else None,
            personnel=wan(personnel),
            public=wan(public),
            total=wan(personnel + public) if per_budget_typed else None,
        )
        for code, (personnel, public) in sorted(g.econ.items())
        if personnel or public
    ]
