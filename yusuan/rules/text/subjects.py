"""What a claim is about: its subject words resolved to the figures of the tables it should equal.

`referent(ctx, claim)` returns a `Referent`: a key (stable, English), a Chinese label and the
candidate values (万元 for money) with where each comes from. Which table a subject refers to
depends on the section: "基本支出" in 第三部分 三 is 表3's, in 五/六 it is 表5's (一般公共预算当年拨款,
i.e. without carry-over, is accepted too). A subject that cannot be resolved is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.catalog.catalog import Scheme, normalize_name
from yusuan.model.claims import Claim, start_after
from yusuan.model.disclosure import Row, RowKind, Side, TableId
from yusuan.model.quantities import VOCABULARY, quantity_key, vocabulary_key  # noqa: F401 (re-exported)
from yusuan.model.sections import SectionKey
from yusuan.model.sources import INCOME_SPEC, IncomeRow
from yusuan.model.vocabulary import THREE_PUBLIC_ROWS
from yusuan.money import ZERO, MoneyUnit, convert
from yusuan.rules.context import Context
from yusuan.rules.tables import HALF_CENT, TableView
from yusuan.rules.text.index import claims_of_flow, claims_of_quantity

# keys whose amounts are one and the same money (a balanced budget): their priors must agree too
SAME_MONEY = {"total": "total", "total_income": "total", "total_expenditure": "total",
              "fiscal_total": "fiscal", "fiscal_income": "fiscal", "fiscal_expenditure": "fiscal"}

# a part listed next to the whole it belongs to ("一般公共预算 834.94 …；上级转移支付 9 …")
NESTED_IN = {"general_transfer": "general_budget", "general_own": "general_budget", "fund_own": "fund_budget",
             "soe_own": "soe_budget",
             "fund_transfer": "fund_budget", "soe_transfer": "soe_budget",
             "carryover_fiscal": "carryover", "carryover_nonfiscal": "carryover",
             "vehicle_purchase": "vehicle", "vehicle_operation": "vehicle", "micro_reserved": "sme_reserved"}

# lists that are a complete partition of their whole
PARTITIONS = ({"basic", "project"}, {"basic_general", "project_general"}, {"personnel", "public"},
              {"goods", "works", "services"}, {"abroad", "reception", "vehicle"},
              {"abroad", "reception", "vehicle_purchase", "vehicle_operation"}, {"vehicle_purchase", "vehicle_operation"},
              {"in_service", "retired", "veteran_retired"})


# subjects that are one row of 表1's income side (model/sources.py), and one row of 表10
T1_SUBJECTS: dict[str, IncomeRow] = {
    "general_transfer": IncomeRow.GENERAL_BUDGET_TRANSFER,
    "fund_transfer": IncomeRow.FUND_BUDGET_TRANSFER,
    "soe_transfer": IncomeRow.SOE_BUDGET_TRANSFER,
    "general_own": IncomeRow.GENERAL_BUDGET_OWN,
    "fund_own": IncomeRow.FUND_BUDGET_OWN,
    "soe_own": IncomeRow.SOE_BUDGET_OWN,
    "special_account": IncomeRow.SPECIAL_ACCOUNT,
    "unit_operating_income": IncomeRow.UNIT_OPERATING_INCOME,
    "unit_business_income": IncomeRow.UNIT_BUSINESS_INCOME,
    "unit_superior_subsidy": IncomeRow.UNIT_SUPERIOR_SUBSIDY,
    "unit_affiliated_remittance": IncomeRow.UNIT_AFFILIATED_REMITTANCE,
    "unit_funds": IncomeRow.UNIT_FUNDS,
    "carryover_nonfiscal": IncomeRow.CARRYOVER_NONFISCAL,
    "carryover": IncomeRow.CARRYOVER,
}
T10_SUBJECTS: dict[str, str] = {
    "three_total": "total",
    "abroad": "abroad",
    "vehicle": "vehicle",
    "vehicle_purchase": "vehicle_purchase",
    "vehicle_operation": "vehicle_operation",
    "reception": "reception",
}
# how a finding names a row of 表10: as printed, without "其中：" or "（小计）"
THREE_PUBLIC_WHERE = {key: re.sub(r"^其中[:：]|（小计）$", "", label) for key, label in THREE_PUBLIC_ROWS}


@dataclass
class Referent:
    key: str
    label: str
    candidates: list[tuple[Decimal, str]] = field(default_factory=list)
    half: Decimal = HALF_CENT  # printed precision of the candidates

    @property
    def primary(self) -> tuple[Decimal, str] | None:
        return self.candidates[0] if self.candidates else None


_CLASS_NAMES: dict[int, dict[str, str]] = {}


class Figures:
    """Table figures by meaning, in 万元, for one disclosure (cached on the context)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self._class_names: dict[str, str] | None = None

    def t1(self, row: IncomeRow | str) -> Decimal | None:
        v = self.ctx.view(TableId.T1)
        if v is None:
            return None
        r = v.item(row.value if isinstance(row, IncomeRow) else row)
        return v.amount(r, "amount") if r is not None else None

    def t1_total(self, side: Side) -> Decimal | None:
        v = self.ctx.view(TableId.T1)
        if v is None or (r := v.total(side)) is None:
            return None
        return v.amount(r, "amount")

    def total(self, tid: TableId, key: str = "total", side: Side | None = None) -> Decimal | None:
        v = self.ctx.view(tid)
        if v is None or (r := v.total(side)) is None:
            return None
        return v.amount(r, key)

    def final_row(self, tid: TableId, code: str, side: Side) -> Decimal | None:
        """A 决算 row of 表1/表4 by id on one side (本年收入合计, 本年支出合计 …)."""
        v = self.ctx.view(tid)
        if v is None or (r := v.item(code)) is None or r.side != side:
            return None
        return v.amount(r, "amount" if tid == TableId.T1 else "total")

    def t4_income(self, code: str) -> Decimal | None:
        v = self.ctx.view(TableId.T4)
        if v is None or (r := v.item(code)) is None or r.side != Side.INCOME:
            return None
        return v.amount(r, "total")

    def t10(self, code: str) -> Decimal | None:
        v = self.ctx.view(TableId.T10)
        if v is None:
            return None
        r = v.item(code)
        return v.amount(r, "total") if r is not None else ZERO

    def code(self, tid: TableId, code: str, key: str = "total") -> Decimal | None:
        v = self.ctx.view(tid)
        if v is None:
            return None
        return v.amount(v.by_code.get(code), key)

    def carryover_of(self, code: str) -> Decimal:
        """财政拨款结转 charged to a functional code, from 表2's 项 rows."""
        v = self.ctx.view(TableId.T2)
        if v is None:
            return ZERO
        under, exact = self._t2_rows_under(v)
        rows = under.get(code) or exact.get(code, ())
        return sum((v.amount(r, "carryover_fiscal") for r in rows), ZERO)

    def _t2_rows_under(self, v: TableView) -> tuple[dict[str, list[Row]], dict[str, list[Row]]]:
        """表2's 项 rows by every prefix of their code, and its coded rows by code: made once, so that
        the carry-over of each code the text names is a look-up, not a scan of the table."""
        cached = self.__dict__.get("_t2_index")
        if cached is None:
            under: dict[str, list[Row]] = {}
            exact: dict[str, list[Row]] = {}
            for r in v.coded():
                code = r.code or ""
                exact.setdefault(code, []).append(r)
                if len(code) == 7:
                    for k in range(len(code) + 1):
                        under.setdefault(code[:k], []).append(r)
            cached = self.__dict__["_t2_index"] = (under, exact)
        return cached

    def carryover_split(self) -> tuple[Decimal, Decimal, Decimal]:
        """General-budget carry-over inside 表5, split (basic, project, either) by the 项 it is charged to.

        表2 gives 财政拨款结转 per 项; a 项 of 表5 with only basic (project) expenditure carries basic
        (project) money; a 项 with both leaves the split open.
        """
        cached = self.__dict__.get("_split")
        if cached is not None:
            return cached
        t2, t5 = self.ctx.view(TableId.T2), self.ctx.view(TableId.T5)
        basic = project = either = ZERO
        if t2 is not None and t5 is not None:
            for row in t2.coded():
                code = row.code or ""
                carry = t2.amount(row, "carryover_fiscal")
                row5 = t5.by_code.get(code)
                if len(code) != 7 or not carry or row5 is None:
                    continue
                carry = min(carry, t5.amount(row5, "total"))
                b, p = t5.amount(row5, "basic"), t5.amount(row5, "project")
                if not p:
                    basic += carry
                elif not b:
                    project += carry
                else:
                    either += carry
        self.__dict__["_split"] = (basic, project, either)
        return basic, project, either

    def current_of_code(self, code: str) -> Decimal | None:
        """一般公共预算当年拨款 of a code from 表2 (一般公共预算 + 上级转移支付 columns)."""
        v = self.ctx.view(TableId.T2)
        if v is None or code not in v.by_code:
            return None
        row = v.by_code[code]
        return v.amount(row, "general_budget") + v.amount(row, "general_budget_transfer")

    def statement(self, attr: str) -> Decimal | None:
        s = self.ctx.disclosure.statements
        unit = self.ctx.disclosure.unit
        if attr == "operating_costs":
            value = s.operating_costs
        elif s.procurement is None:
            return None
        elif attr == "procurement":
            p = s.procurement
            value = p.goods + p.works + p.services
        else:
            value = getattr(s.procurement, attr)
        return convert(value, unit, MoneyUnit.WAN) if value is not None else None

    def class_code(self, name: str) -> str | None:
        """A functional 类 or 款 named in the text (unique names only)."""
        if self._class_names is None:
            self._class_names = _CLASS_NAMES.get(id(self.ctx.catalog))
        if self._class_names is None:
            names: dict[str, str] = {}
            dup: set[str] = set()
            for e in self.ctx.catalog.entries:
                if e.scheme != Scheme.FUNCTIONAL or e.level not in ("类", "款"):
                    continue
                for key in {normalize_name(e.name), normalize_name(e.name).removesuffix("支出")}:
                    if len(key) < 4:
                        continue
                    if key in names and names[key] != e.code:
                        dup.add(key)
                    names[key] = e.code
            self._class_names = {k: v for k, v in names.items() if k not in dup}
            if len(_CLASS_NAMES) > 8:
                _CLASS_NAMES.clear()
            _CLASS_NAMES[id(self.ctx.catalog)] = self._class_names
        key = normalize_name(name)
        for size in range(len(key), 3, -1):
            code = self._class_names.get(key[-size:])
            if code:
                return code
        return None

    def t7_projects(self) -> dict[str, Decimal]:
        """表7's projects by name (made once: every project block of the text looks its budget up)."""
        cached = self.__dict__.get("_t7_projects")
        if cached is not None:
            return cached
        v = self.ctx.view(TableId.T7)
        projects = {} if v is None else {normalize_name(r.project or r.label): v.amount(r, "total")
                                         for r in v.table.rows if r.kind != RowKind.TOTAL and (r.project or r.label)}
        self.__dict__["_t7_projects"] = projects
        return projects


# 决算 (final accounts): "本年收入"/"本年支出" are the 本年 rows of 表1 (表4 for 财政拨款 and in 第三部分 四),
# not the 总计 that adds the carry-over
FINAL_FIRST: dict[str, tuple[str, tuple[str, Side]]] = {
    "total_income": ("current_year", ("本年收入合计", Side.INCOME)),
    "fiscal_income": ("current_year", ("本年收入合计", Side.INCOME)),
    "total_expenditure": ("current_year_expenditure", ("本年支出合计", Side.EXPENDITURE)),
    "fiscal_expenditure": ("current_year_expenditure", ("本年支出合计", Side.EXPENDITURE)),
}


def figures(ctx: Context) -> Figures:
    f = ctx.__dict__.get("_figures")
    if f is None:
        f = ctx.__dict__["_figures"] = Figures(ctx)
    return f


def _keep(values: list[tuple[Decimal | None, str]]) -> list[tuple[Decimal, str]]:
    out: list[tuple[Decimal, str]] = []
    kept: list[Decimal] = []  # the values of `out`: `in` compares them as all(v != x …) did
    for v, where in values:
        if v is not None and v not in kept:
            out.append((v, where))
            kept.append(v)
    return out


def money_candidates(ctx: Context, key: str, section: str) -> list[tuple[Decimal | None, str]]:
    cache = ctx.__dict__.setdefault("_money_candidates", {})
    hit = cache.get((key, section))
    if hit is None:
        hit = cache[(key, section)] = _money_candidates(ctx, key, section)
    return hit


def _t1_row(row: IncomeRow) -> Callable[[Figures, str], list[tuple[Decimal | None, str]]]:
    return lambda f, section: [(f.t1(row), f"表1 {INCOME_SPEC[row].words}")]


def _t10_row(item: str) -> Callable[[Figures, str], list[tuple[Decimal | None, str]]]:
    return lambda f, section: [(f.t10(item), f"表10 {THREE_PUBLIC_WHERE[item]}")]


T = TableId
# Where each subject's figures are, as (figures, section) → candidates: made once, so that resolving a
# subject looks its maker up instead of building the whole table per claim. "the amount of row X of
# 表1/表10" is one look-up each, made from the vocabulary; the rest are written out because they look in
# several tables, or choose by section.
MONEY_SOURCES: dict[str, Callable[[Figures, str], list[tuple[Decimal | None, str]]]] = {
    **{key: _t1_row(row) for key, row in T1_SUBJECTS.items()},
    **{key: _t10_row(item) for key, item in T10_SUBJECTS.items()},
    "fiscal_total": lambda f, section: [(f.total(T.T4, side=Side.INCOME), "表4 收入总计")],
    "fiscal_income": lambda f, section: [(f.total(T.T4, side=Side.INCOME), "表4 收入总计")],
    "fiscal_expenditure": lambda f, section: [(f.total(T.T4, side=Side.EXPENDITURE), "表4 支出总计")],
    "total": lambda f, section: [(f.t1_total(Side.INCOME), "表1 收入总计"), (f.total(T.T4, side=Side.INCOME), "表4 收入总计")],
    "total_income": lambda f, section: [(f.t1_total(Side.INCOME), "表1 收入总计")] if section != SectionKey.FISCAL else
    [(f.total(T.T4, side=Side.INCOME), "表4 收入总计"), (f.t1_total(Side.INCOME), "表1 收入总计")],
    "total_expenditure": lambda f, section: [(f.t1_total(Side.EXPENDITURE), "表1 支出总计"), (f.total(T.T3), "表3 合计")]
    if section != SectionKey.FISCAL else [(f.total(T.T4, side=Side.EXPENDITURE), "表4 支出总计")],
    "basic_general": lambda f, section: [(f.total(T.T5, "basic"), "表5 基本支出合计"), (f.total(T.T6), "表6 合计")],
    "project_general": lambda f, section: [(f.total(T.T5, "project"), "表5 项目支出合计"), (f.total(T.T7), "表7 合计")],
    "general_expenditure": lambda f, section: [(f.total(T.T5), "表5 合计"),
                                               (f.t1(IncomeRow.GENERAL_BUDGET), "表1 一般公共预算拨款")],
    "general_budget": lambda f, section: [(f.t1(IncomeRow.GENERAL_BUDGET), "表1 一般公共预算拨款"),
                                          (f.t4_income("general"), "表4 收入 一般公共预算"), (f.total(T.T5), "表5 合计")],
    "fund_expenditure": lambda f, section: [(f.total(T.T8), "表8 合计")],
    "fund_budget": lambda f, section: [(f.t1(IncomeRow.FUND_BUDGET), "表1 基金预算拨款"),
                                       (f.t4_income("fund"), "表4 收入 政府性基金预算"), (f.total(T.T8), "表8 合计")],
    "soe_expenditure": lambda f, section: [(f.total(T.T9), "表9 合计")],
    "soe_budget": lambda f, section: [(f.t1(IncomeRow.SOE_BUDGET), "表1 国有资本经营预算拨款"),
                                      (f.t4_income("soe"), "表4 收入 国有资本经营预算"), (f.total(T.T9), "表9 合计")],
    "carryover_fiscal": lambda f, section: [(f.t1(IncomeRow.CARRYOVER_FISCAL), "表1 财政拨款结转"),
                                            (f.t1(IncomeRow.CARRYOVER_GENERAL_BUDGET), "表1 一般公共预算拨款结转")],
    "personnel": lambda f, section: [(f.total(T.T6, "personnel"), "表6 人员经费合计")],
    "public": lambda f, section: [(f.total(T.T6, "public"), "表6 公用经费合计")],
    "operating_costs": lambda f, section: [(f.statement("operating_costs"), "机关运行经费（数据）")],
    "procurement": lambda f, section: [(f.statement("procurement"), "政府采购（数据）")],
    "goods": lambda f, section: [(f.statement("goods"), "政府采购货物（数据）")],
    "works": lambda f, section: [(f.statement("works"), "政府采购工程（数据）")],
    "services": lambda f, section: [(f.statement("services"), "政府采购服务（数据）")],
    "sme_reserved": lambda f, section: [(f.statement("sme_reserved"), "面向中小企业预留（数据）")],
    "micro_reserved": lambda f, section: [(f.statement("micro_reserved"), "面向小微企业预留（数据）")],
}


def _money_candidates(ctx: Context, key: str, section: str) -> list[tuple[Decimal | None, str]]:
    f = figures(ctx)
    if ctx.final and key in FINAL_FIRST:
        row, label = FINAL_FIRST[key]
        tid = TableId.T4 if section == SectionKey.FISCAL or key.startswith("fiscal") else TableId.T1
        return [(f.final_row(tid, row, label[1]), f"表{tid.value[1:]} {label[0]}"), *MONEY_SOURCES[key](f, section)]
    if key in ("basic", "project"):
        if section == SectionKey.EXPENDITURE:
            return [(f.total(T.T3, key), f"表3 {'基本' if key == 'basic' else '项目'}支出合计")]
        carry_general = f.t1(IncomeRow.CARRYOVER_GENERAL_BUDGET) or ZERO
        in35 = section.startswith(SectionKey.GENERAL_APPROPRIATION) or section.startswith(SectionKey.GENERAL_BASIC)
        label = "基本" if key == "basic" else "项目"
        t5 = f.total(T.T5, key)
        values = [(t5, f"表5 {label}支出合计"), (f.total(T.T6 if key == "basic" else T.T7), "表6 合计" if key == "basic"
                                                   else "表7 合计")]
        if t5 is not None:
            basic_carry, project_carry, either = f.carryover_split()
            own = basic_carry if key == "basic" else project_carry
            for extra in (ZERO, either):
                values.append((t5 - own - extra, f"表5 {label}支出合计（不含财政拨款结转）"))
            values.append((t5 - carry_general, f"表5 {label}支出合计（不含结转）"))
        return values if in35 or section.startswith(SectionKey.GENERAL_PROJECTS) else [(f.total(T.T3, key), f"表3 {label}支出合计"), *values]
    make = MONEY_SOURCES.get(key)
    return make(f, section) if make is not None else []


def code_candidates(ctx: Context, code: str, section: str) -> list[tuple[Decimal | None, str]]:
    cache = ctx.__dict__.setdefault("_code_candidates", {})
    hit = cache.get((code, section))
    if hit is None:
        hit = cache[(code, section)] = _code_candidates(ctx, code, section)
    return hit


def _code_candidates(ctx: Context, code: str, section: str) -> list[tuple[Decimal | None, str]]:
    f = figures(ctx)
    T = TableId
    name = ctx.catalog.name_of(code, ctx.year) or ""
    label = f"{code} {name}".strip()
    if section == SectionKey.EXPENDITURE:
        return [(f.code(T.T3, code), f"表3“{label}”合计")]
    if section == SectionKey.FUND:
        return [(f.code(T.T8, code), f"表8“{label}”合计")]
    if section == SectionKey.SOE:
        return [(f.code(T.T9, code), f"表9“{label}”合计")]
    t5 = f.code(T.T5, code)
    if ctx.view(T.T2) is None and (f.t1(IncomeRow.CARRYOVER_GENERAL_BUDGET) or ZERO) > 0 \
            and (section.startswith(SectionKey.FISCAL) or section.startswith(SectionKey.GENERAL_APPROPRIATION)):
        return []  # 当年拨款 leaves out a carry-over that only 表2 breaks down by code: no figure to compare with
    values = [(t5, f"表5“{label}”合计")]
    if t5 is not None:
        values.append((t5 - f.carryover_of(code), f"表5“{label}”合计（不含财政拨款结转）"))
        values.append((f.current_of_code(code), f"表2“{label}”一般公共预算当年拨款"))
    if section.startswith(SectionKey.FISCAL) or section.startswith(SectionKey.GENERAL_APPROPRIATION):
        return values
    return [(f.code(T.T3, code), f"表3“{label}”合计"), *values]


COUNT_KEYS = tuple((re.compile(f"(?:{pattern})$"), attr) for pattern, attr in (
    (r"实有人(数|员)?", "actual"), (r"在职(人员|人数)?", "in_service"),
    (r"退休(人员|人数)?", "retired"), (r"离休(人员|人数)?", "veteran_retired")))
_OF_END = re.compile(r"(的|之)$")
_WHOLE_WORD_END = re.compile(r"(的|总额|总数|数|合计|预算|决算)$")
# "占一般公共预算财政拨款总支出的70.80%": 总 after a fund's name is that fund's whole, not all the spending
_FUND_TOTAL = re.compile(r"(?<=预算|拨款)总(?=支出|收入)")


def previous_claim(ctx: Context, claim: Claim) -> Claim | None:
    """The claim before this one in the same sentence (for "车辆2辆，价值39.22万元")."""
    text = claim.flow.text
    best = None
    for c in claims_of_flow(ctx, claim):
        if c.end <= claim.start:
            between = text[c.end:claim.start]
            if not any(ch in between for ch in "。;\n"):
                best = c
    return best


def referent(ctx: Context, claim: Claim) -> Referent | None:
    cache = ctx.__dict__.setdefault("_referents", {})
    if id(claim) in cache:
        return cache[id(claim)]
    ref = _referent(ctx, claim)
    cache[id(claim)] = ref
    return ref


def _referent(ctx: Context, claim: Claim) -> Referent | None:
    section = claim.section
    subject = claim.subject
    if claim.money:
        if claim.project and claim.field == "预算安排规模":
            projects = figures(ctx).t7_projects()
            value = projects.get(normalize_name(claim.project))
            if value is None:
                return None
            return Referent(f"project:{claim.project}", f"项目“{claim.project}”", [(value, "表7")])
        if claim.project or claim.per_unit is not None or claim.threshold:
            return None
        if section.startswith(SectionKey.ASSETS):
            return _asset(ctx, claim)
        if section.startswith(SectionKey.PERFORMANCE):
            prev = previous_claim(ctx, claim)
            if prev is not None and not prev.money and "非财政拨款项目" in prev.subject:
                tables = [p.targets for p in ctx.disclosure.performance if not p.targets.budget_fiscal]
                amount = sum((t.budget_total or ZERO for t in tables), ZERO)
                values: list[tuple[Decimal | None, str]] = [(amount, "非财政拨款项目的绩效目标表")]
                if prev.value == 0:
                    values.append((ZERO, "项目个数为0"))
                return Referent("performance_amount_other", "绩效管理的非财政拨款项目金额",
                                _keep([(convert(v, ctx.disclosure.unit, MoneyUnit.WAN) if v else v, w) for v, w in values]))
            if prev is not None and not prev.money and "财政拨款项目" in prev.subject and "非财政" not in prev.subject:
                f = figures(ctx)
                t7 = f.total(TableId.T7)
                other = (f.total(TableId.T8, "project") or ZERO) + (f.total(TableId.T9, "project") or ZERO)
                fiscal = (t7 or ZERO) + other
                targets = sum((p.targets.budget_total or ZERO for p in ctx.disclosure.performance if p.targets.budget_fiscal),
                              ZERO)
                return Referent("performance_amount", "绩效管理的财政拨款项目金额",
                                _keep([(t7, "表7 合计"), (fiscal, "表7、表8、表9 项目支出合计"),
                                       (convert(targets, ctx.disclosure.unit, MoneyUnit.WAN), "财政拨款项目的绩效目标表"),
                                       (f.total(TableId.T5, "project"), "表5 项目支出合计"),
                                       (f.total(TableId.T3, "project"), "表3 项目支出合计")]))
            return None
        if claim.code:
            return Referent(f"code:{claim.code}", f"科目 {claim.code}",
                            _keep(code_candidates(ctx, claim.code, _budget_section(ctx, claim))))
        key = vocabulary_key(subject)
        if key is not None:
            return Referent(key, subject, _keep(money_candidates(ctx, key, section)))
        code = figures(ctx).class_code(subject) if subject else None
        if code:
            return Referent(f"code:{code}", subject, _keep(code_candidates(ctx, code, _budget_section(ctx, claim))))
        return None
    return _count(ctx, claim)


def _budget_section(ctx: Context, claim: Claim) -> str:
    """The section whose table a code refers to; a list of 政府性基金/国有资本经营 支出 reads 表8/表9."""
    if claim.parent is not None:
        whole = next(iter(claim.parent.wholes.values()), None)
        if whole is not None:
            key = vocabulary_key(whole.subject)
            if key in ("fund_expenditure", "fund_budget"):
                return SectionKey.FUND
            if key in ("soe_expenditure", "soe_budget"):
                return SectionKey.SOE
    return claim.section


# a kind of post's 编制 ("行政编制0人，实有人数0人；事业编制334人，实有人数301人"): the count after it is that kind's
_KIND_POSTS = re.compile(r"(行政|事业|参公|工勤)编制$")


def _of_one_kind(ctx: Context, claim: Claim, authorized: int) -> bool:
    """The count follows a kind's 编制 that is not the unit's whole 编制: it counts that kind's people only."""
    prev = previous_claim(ctx, claim)
    return (prev is not None and not prev.money and prev.value is not None and _KIND_POSTS.search(prev.subject or "")
            is not None and prev.value != authorized)


def _count(ctx: Context, claim: Claim) -> Referent | None:
    st = ctx.disclosure.overview.staffing if ctx.disclosure.overview else None
    if claim.unit == "人" and st is not None and not _of_one_kind(ctx, claim, st.authorized):
        for pattern, attr in COUNT_KEYS:
            if pattern.search(claim.subject):
                return Referent(f"staff:{attr}", claim.subject, [(Decimal(getattr(st, attr)), "人员情况（数据）")],
                                half=ZERO)
    if claim.unit == "个" and claim.section.startswith(SectionKey.PERFORMANCE) and "非财政拨款项目" in claim.subject \
            and ctx.disclosure.performance:
        n = sum(1 for p in ctx.disclosure.performance if not p.targets.budget_fiscal)
        return Referent("performance_count_other", "绩效管理的非财政拨款项目个数",
                        [(Decimal(n), "非财政拨款项目的绩效目标表")], half=ZERO)
    if claim.unit == "个" and claim.section.startswith(SectionKey.PERFORMANCE) and "财政拨款项目" in claim.subject \
            and "非财政" not in claim.subject:
        v = ctx.view(TableId.T7)
        other = (figures(ctx).total(TableId.T8, "project") or ZERO) + (figures(ctx).total(TableId.T9, "project") or ZERO)
        if v is not None and not other:
            n = sum(1 for r in v.table.rows if r.kind != RowKind.TOTAL)
            return Referent("performance_count", "绩效管理的财政拨款项目个数", [(Decimal(n), "表7 项目个数")], half=ZERO)
    if claim.unit == "辆" and claim.section.startswith(SectionKey.ASSETS) and ctx.disclosure.statements.assets is not None:
        assets = ctx.disclosure.statements.assets
        vehicles = assets.vehicles
        if "购置" in claim.subject:
            return Referent("planned_vehicles", "拟购置车辆", [(Decimal(assets.planned_vehicles), "国有资产（数据）")],
                            half=ZERO)
        if claim.subject.endswith("车辆") and not any(v.kind in claim.subject for v in vehicles):
            return Referent("vehicles", "车辆", [(Decimal(sum(v.count for v in vehicles)), "国有资产（数据）")], half=ZERO)
        for v in vehicles:
            if normalize_name(claim.subject).endswith(normalize_name(v.kind)):
                return Referent(f"vehicles:{v.kind}", v.kind, [(Decimal(v.count), "国有资产（数据）")], half=ZERO)
    return None


def _asset(ctx: Context, claim: Claim) -> Referent | None:
    assets = ctx.disclosure.statements.assets
    if assets is None:
        return None
    unit = ctx.disclosure.unit

    def wan(x: Decimal) -> Decimal:
        return convert(x, unit, MoneyUnit.WAN)

    subject = claim.subject
    if subject in ("价值", "") and (prev := previous_claim(ctx, claim)) is not None:
        subject = prev.subject + "价值"
    s = normalize_name(subject)
    if s.startswith("房屋"):
        return Referent("asset:house", "房屋价值", [(wan(assets.house_value), "国有资产（数据）")])
    if "办公家具" in s:
        return Referent("asset:furniture", "办公家具价值", [(wan(assets.furniture_value), "国有资产（数据）")])
    if "其他资产" in s:
        return Referent("asset:other", "其他资产价值", [(wan(assets.other_value), "国有资产（数据）")])
    for v in assets.vehicles:
        if s.startswith(normalize_name(v.kind)):
            return Referent(f"asset:vehicles:{v.kind}", f"{v.kind}价值", [(wan(v.value), "国有资产（数据）")])
    if s.startswith("车辆"):
        total = sum((v.value for v in assets.vehicles), ZERO)
        return Referent("asset:vehicles", "车辆价值", [(wan(total), "国有资产（数据）")])
    return None


def share_denominators(ctx: Context, claim: Claim) -> list[tuple[Decimal, str]]:
    """What "占Y%" is a share of: the words after 占, else the list's whole, else the section's total.

    Made once per claim: T302 asks again for each sibling of a share it checks. (Finding them notes the
    rounding of the totals the text states, `_note_half`; noting it again would change nothing.)"""
    cache = ctx.__dict__.setdefault("_share_denominators", {})
    found = cache.get(id(claim))
    if found is None:
        found = cache[id(claim)] = _share_denominators(ctx, claim)
    return found


def _share_denominators(ctx: Context, claim: Claim) -> list[tuple[Decimal, str]]:
    share = claim.share
    if claim.share_base is not None:
        # "占年计划100500万元的112.29%": the total is printed with the share, and it is the only one
        _note_half(ctx, claim.share_base, claim.share_base_half)
        words = share.denominator if share is not None else ""
        return [(claim.share_base, f"文中所述“{_AMOUNT_AT_END.sub('', words)}”")]
    out: list[tuple[Decimal | None, str]] = []
    if share is not None and share.denominator:
        key = vocabulary_key(share.denominator.rstrip("的"))
        if key is not None:
            out += money_candidates(ctx, key, claim.section)
    named = text_denominators(ctx, claim, named_only=True)
    out += named
    if claim.parent is not None and not named:
        whole = claim.parent.wholes.get(claim.unit)
        if whole is not None and whole.value is not None:
            out.append((whole.value, f"所属总数“{whole.subject}”"))
        elif whole is not None and (ref := referent(ctx, whole)) is not None:
            out += ref.candidates
    out += text_denominators(ctx, claim)
    f = figures(ctx)
    section = claim.section
    if ctx.final and section in (SectionKey.INCOME, SectionKey.EXPENDITURE, SectionKey.FISCAL):
        key, (label, side) = FINAL_FIRST["total_income" if section != SectionKey.EXPENDITURE else "total_expenditure"]
        tid = TableId.T4 if section == SectionKey.FISCAL else TableId.T1
        out.append((f.final_row(tid, key, side), f"表{tid.value[1:]} {label}"))
    if section == SectionKey.INCOME:
        out.append((f.t1_total(Side.INCOME), "表1 收入总计"))
    elif section == SectionKey.EXPENDITURE:
        out += [(f.t1_total(Side.EXPENDITURE), "表1 支出总计"), (f.total(TableId.T3), "表3 合计")]
    elif section == SectionKey.FISCAL:
        out.append((f.total(TableId.T4, side=Side.INCOME), "表4 收入总计"))
    elif section.startswith(SectionKey.GENERAL_APPROPRIATION):
        out += [(f.t1(IncomeRow.GENERAL_BUDGET), "表1 一般公共预算拨款（当年拨款）"), (f.total(TableId.T5), "表5 合计")]
    elif section == SectionKey.GENERAL_BASIC:
        out.append((f.total(TableId.T6), "表6 合计"))
    elif section == SectionKey.THREE_PUBLIC:
        out.append((f.t10("total"), "表10 合计"))
    if (implied := implied_whole(ctx, claim)) is not None:
        out.append(implied)
    return [(v, w) for v, w in _keep(out) if v]


_AMOUNT_AT_END = re.compile(r"\d[\d,]*(?:\.\d+)?(?:万元|亿元|元)?$")


def denominator_half(ctx: Context, d: Decimal) -> Decimal:
    """The rounding of a total a share is taken of: half its last printed digit when the text states it
    (or its parts: their halves added up), else half a hundredth of 万元 (a table's figure)."""
    return ctx.__dict__.get("_denominator_halves", {}).get(d, HALF_CENT)


def _note_half(ctx: Context, d: Decimal | None, half: Decimal) -> None:
    if d is not None:
        halves = ctx.__dict__.setdefault("_denominator_halves", {})
        halves[d] = min(halves.get(d, HALF_CENT), half)


ECON_BASIC = frozenset({"econ_301", "econ_302", "econ_303", "econ_310"})


def share_words(claim: Claim) -> str:
    """The words after 占 that name what a share is of, without the filler ("支出总预算的" → 支出总预算)."""
    share = claim.share
    return _OF_END.sub("", share.denominator if share is not None else claim.share_blank)


def part_family(ctx: Context, c: Claim) -> str | None:
    """Which partition a part belongs to: a known partition, the economic 类, or the functional 类."""
    if c.quantity in ECON_BASIC:
        return "econ"
    for i, part in enumerate(PARTITIONS):
        if c.quantity in part:
            return f"partition:{i}"
    ref = referent(ctx, c)
    if ref is not None and ref.key.startswith("code:") and len(ref.key) == 8:
        return "class"
    return None


def implied_whole(ctx: Context, claim: Claim) -> tuple[Decimal, str] | None:
    """The total a share is of when the text never states it ("占支出总预算的…" on a page that starts after
    the total): the sum of the parts stated as shares of the same words — when they are a known partition
    (基本支出 and 项目支出 …), or 类 (functional or economic) whose shares add up to 100% within their
    rounding."""
    words = share_words(claim)
    if not words or claim.value is None or (family := part_family(ctx, claim)) is None:
        return None
    cache = ctx.__dict__.setdefault("_implied_wholes", {})
    key = (id(claim.flow), words, family, claim.unit)
    if key not in cache:
        peers = [c for c in claims_of_flow(ctx, claim) if c.share is not None and c.value is not None
                 and c.per_unit is None and c.unit == claim.unit and share_words(c) == words
                 and part_family(ctx, c) == family]
        seen: dict[str, Claim] = {}
        for c in peers:
            seen.setdefault(c.quantity or c.subject, c)
        parts = list(seen.values())
        cache[key] = None
        if len(parts) >= 2:
            total = sum((c.value for c in parts), ZERO)  # type: ignore[misc]
            shares = sum((c.share.value for c in parts), ZERO)  # type: ignore[union-attr]
            slack = sum((2 * c.share.half for c in parts), ZERO)  # type: ignore[union-attr]
            complete = family.startswith("partition:") and {c.quantity for c in parts} == \
                PARTITIONS[int(family.split(":")[1])] or not family.startswith("partition:") and \
                abs(shares - 100) <= slack
            if complete and total:
                cache[key] = (total, "所列各项之和（" + "＋".join(c.subject for c in parts) + "）")
                _note_half(ctx, total, sum((c.half or HALF_CENT for c in parts), ZERO))
    return cache[key]


_CONTEXT_WHOLE = re.compile(r"^(?:[^,;:。]*?)([^,;:。]{2,40}?)中[,:]")


def stated_value(ctx: Context, quantity: str, claim: Claim) -> Claim | None:
    """The text's own statement of a quantity this year: the nearest one before the claim, in its section
    first."""
    if not quantity:
        return None
    found = [c for c in claims_of_quantity(ctx, quantity) if c is not claim and c.value is not None
             and c.period == "current" and c.unit == claim.unit and not c.threshold and c.per_unit is None]
    if not found:
        return None
    same = [c for c in found if c.flow is claim.flow]
    before = [c for c in same if c.start < claim.start]
    return (before or same or found)[-1] if before or same else found[0]


def text_denominators(ctx: Context, claim: Claim, named_only: bool = False) -> list[tuple[Decimal | None, str]]:
    """Totals the text itself states that a share may be of: the total named after 占, the whole the
    sentence opens with ("“三公”经费支出决算中，…占…"), and, for a “三公” item, the “三公” total."""

    out: list[tuple[Decimal | None, str]] = []
    names: list[str] = []
    share = claim.share
    if share is not None and share.denominator:
        words = _FUND_TOTAL.sub("", share.denominator)
        for _ in range(3):
            names.append(quantity_key(words))
            words = _WHOLE_WORD_END.sub("", words)
    if named_only:
        return _stated(ctx, claim, names)
    text = claim.flow.text
    start = start_after(text, claim.start, "。\n")
    if (m := _CONTEXT_WHOLE.match(text[start:claim.start])) is not None:
        names.append(quantity_key(m.group(1)))
    if claim.quantity in ("abroad", "reception", "vehicle"):
        names.append("three_total")
    elif claim.quantity in ("vehicle_purchase", "vehicle_operation"):
        names.append("vehicle")
    return out + _stated(ctx, claim, names)


# 基本支出 and 项目支出 outside 第三部分 二/三 are those of 一般公共预算 (表5's): one may stand for the other
GENERAL_TWINS = {"basic": "basic_general", "basic_general": "basic", "project": "project_general",
                 "project_general": "project"}


def _stated(ctx: Context, claim: Claim, names: list[str]) -> list[tuple[Decimal | None, str]]:
    out: list[tuple[Decimal | None, str]] = []
    for q in dict.fromkeys(n for n in names if n):
        if q == claim.quantity:
            continue
        whole = stated_value(ctx, q, claim)
        if whole is None and q in GENERAL_TWINS and claim.section not in (SectionKey.INCOME, SectionKey.EXPENDITURE):
            whole = stated_value(ctx, GENERAL_TWINS[q], claim)
        if whole is not None and whole.value:
            out.append((whole.value, f"文中“{whole.subject}”"))
            _note_half(ctx, whole.value, whole.half or HALF_CENT)
    return out
