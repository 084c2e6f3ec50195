"""Budget data: the facts a finance officer enters, from which a disclosure is derived.

All amounts of one BudgetData are in `department.money_unit`. Derived figures (totals, the
ten tables) are not stored here; where the workbook lets a user type a total anyway, it is an
optional `*_total`/`total` field that validation compares with its parts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, NonNegativeInt

from yusuan.model.sources import FundingSource, IncomeRow
from yusuan.money import ZERO, MoneyUnit

# An amount beyond any real budget (10^13 of the data's unit: 10 万亿元 in 元) is an input error, caught
# before any arithmetic: it would overflow the 28-digit decimal context the figures are computed in.
MAX_AMOUNT = Decimal(10) ** 13
Amount = Annotated[Decimal, Field(ge=0, le=MAX_AMOUNT, allow_inf_nan=False,
                                  description="金额（非负），单位见 department.money_unit")]
FunctionalItemCode = Annotated[str, Field(pattern=r"^2\d{6}$", description="支出功能分类科目编码（项，7位）")]
EconomicClassCode = Annotated[str, Field(pattern=r"^3\d{2}$", description="部门预算支出经济分类科目编码（类，3位）")]
EconomicItemCode = Annotated[str, Field(pattern=r"^3\d{4}$", description="部门预算支出经济分类科目编码（款，5位）")]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=False)


class DocumentKind(StrEnum):
    BUDGET = "预算"
    FINAL = "决算"


class Scope(StrEnum):
    OWN = "本级"
    CONSOLIDATED = "汇总"


class UnitKind(StrEnum):
    ADMINISTRATIVE = "行政"
    PUBLIC_SERVICE = "事业"
    CIVIL_SERVICE_MANAGED = "参公"  # 参照公务员法管理的事业单位
    OTHER = "其他"


class BudgetUnit(Model):
    name: str = Field(min_length=1, title="预算单位名称")
    kind: UnitKind = Field(title="单位性质")


class Staffing(Model):
    authorized: NonNegativeInt = Field(title="编制数")
    actual: NonNegativeInt = Field(title="实有人数")
    in_service: NonNegativeInt = Field(0, title="在职人数")
    in_service_change: int = Field(0, title="在职增加人数")
    retired: NonNegativeInt = Field(0, title="退休人数")
    retired_change: int = Field(0, title="退休增加人数")
    veteran_retired: NonNegativeInt = Field(0, title="离休人数")
    veteran_retired_change: int = Field(0, title="离休增加人数")


class Department(Model):
    name: str = Field(min_length=1, title="部门名称")
    year: int = Field(ge=2000, le=2100, title="预算年度")
    kind: DocumentKind = Field(DocumentKind.BUDGET, title="类别（预算/决算）")
    money_unit: MoneyUnit = Field(MoneyUnit.WAN, title="金额单位")
    publish_date: dt.date | None = Field(None, title="公开日期")
    scope: Scope = Field(Scope.OWN, title="预算范围（本级/汇总）")
    budget_units: list[BudgetUnit] = Field(default_factory=list, title="纳入编制范围的预算单位",
                                           validation_alias=AliasChoices("budget_units", "units"))  # "units" before
    duties: str = Field("", title="主要职能")
    institutions: list[str] = Field(default_factory=list, title="内设机构")
    staffing: Staffing | None = Field(None, title="人员情况")


class Line(Model):
    """An amount, last year's budget for it, and the stated reason for the change."""

    amount: Amount | None = Field(None, title="本年预算数")
    prior: Amount | None = Field(None, title="上年预算数")
    reason: str | None = Field(None, title="增减变化原因")


class BasicExpenditure(Model):
    """基本支出 of one 项 from one source, split into 人员经费 and 公用经费."""

    code: FunctionalItemCode = Field(title="功能分类科目编码")
    name: str | None = Field(None, title="科目名称（可留空，按编码取目录名称）")
    source: FundingSource = Field(FundingSource.GENERAL_BUDGET, title="资金来源")
    personnel: Amount = Field(ZERO, title="人员经费")
    public: Amount = Field(ZERO, title="公用经费")
    total: Amount | None = Field(None, title="合计（可留空；填写则须等于人员经费＋公用经费）")


class ItemPrior(Model):
    """Last year's 一般公共预算当年拨款 for one 项, with the reason for the change."""

    code: FunctionalItemCode = Field(title="功能分类科目编码")
    prior: Amount = Field(title="上年预算数")
    reason: str | None = Field(None, title="增减变化原因")


class BasicEconomic(Model):
    """一般公共预算基本支出 by 部门预算支出经济分类 款."""

    code: EconomicItemCode = Field(title="经济分类科目编码（款）")
    name: str | None = Field(None, title="科目名称")
    personnel: Amount = Field(ZERO, title="人员经费")
    public: Amount = Field(ZERO, title="公用经费")
    total: Amount | None = Field(None, title="合计（可留空；填写则须等于人员经费＋公用经费）")


class Allocation(Model):
    """One line of a project's 资金分配情况, optionally as count × unit amount."""

    item: str = Field(min_length=1, title="分配事项")
    amount: Amount = Field(title="金额")
    quantity: Decimal | None = Field(None, ge=0, title="数量")
    quantity_unit: str | None = Field(None, title="数量单位（个、次…）")
    unit_amount: Amount | None = Field(None, title="单位标准（每个金额）")


class Comparator(StrEnum):
    GE = "≥"
    LE = "≤"
    EQ = "="
    GT = ">"
    LT = "<"


class Indicator(Model):
    """A row of 项目支出绩效目标表."""

    level1: str = Field(title="一级指标")
    level2: str = Field(title="二级指标")
    name: str = Field(min_length=1, title="三级指标")
    comparator: Comparator | None = Field(None, title="比较符（≥ ≤ = > <，定性指标留空）")
    value: str = Field(title="指标值")
    value_unit: str | None = Field(None, title="计量单位")
    basis: str | None = Field(None, title="指标值设置依据")
    last_year: str | None = Field(None, title="上年完成值")
    weight: Decimal | None = Field(None, ge=0, le=100, title="指标分值权重")
    scoring: str | None = Field(None, title="指标赋分规则")
    evidence: str | None = Field(None, title="佐证资料")


class PerformanceTargets(Model):
    """项目支出绩效目标表 of one project."""

    budget_total: Amount | None = Field(None, title="年度预算总额")
    budget_fiscal: Amount | None = Field(None, title="其中：财政拨款")
    budget_other: Amount | None = Field(None, title="其他资金")
    goal: str = Field(min_length=1, title="年度总体目标")
    indicators: list[Indicator] = Field(default_factory=list, title="绩效指标")


class Project(Model):
    name: str = Field(min_length=1, title="项目名称")
    code: FunctionalItemCode = Field(title="功能分类科目编码")
    source: FundingSource = Field(FundingSource.GENERAL_BUDGET, title="资金来源")
    economic: dict[EconomicClassCode, Amount] = Field(
        default_factory=dict, title="按经济分类（类）的金额", description="键为经济分类类编码，如 302"
    )
    amount: Amount | None = Field(None, title="项目金额（可留空；填写则须等于经济分类金额之和）")
    prior: Amount | None = Field(None, title="上年预算数")
    policy_basis: str | None = Field(None, title="设立的政策依据")
    implementing_unit: str | None = Field(None, title="项目承担单位")
    allocations: list[Allocation] = Field(default_factory=list, title="资金分配情况")
    allocation_note: str | None = Field(None, title="资金分配补充说明")
    period_start: dt.date | None = Field(None, title="资金执行开始日期")
    period_end: dt.date | None = Field(None, title="资金执行结束日期")
    person_in_charge: str | None = Field(None, title="项目负责人")
    performance: PerformanceTargets | None = Field(None, title="项目支出绩效目标表")

    @property
    def total(self) -> Decimal:
        return sum(self.economic.values(), ZERO)


class Changes(Model):
    """Last year's 基本支出 and 项目支出 totals, as the explanations compare them."""

    basic: Line = Field(default_factory=Line, title="基本支出（上年预算数与原因）")
    project: Line = Field(default_factory=Line, title="项目支出（上年预算数与原因）")


class ThreePublicItem(Model):
    general_budget: Amount = Field(ZERO, title="一般公共预算")
    fund_budget: Amount = Field(ZERO, title="政府性基金")
    soe_budget: Amount = Field(ZERO, title="国有资本经营预算")
    prior: Amount | None = Field(None, title="上年预算数")
    reason: str | None = Field(None, title="增减变化原因")

    @property
    def total(self) -> Decimal:
        return self.general_budget + self.fund_budget + self.soe_budget


class ThreePublic(Model):
    """财政拨款“三公”经费."""

    abroad: ThreePublicItem = Field(default_factory=ThreePublicItem, title="因公出国（境）费")
    reception: ThreePublicItem = Field(default_factory=ThreePublicItem, title="公务接待费")
    vehicle_purchase: ThreePublicItem = Field(default_factory=ThreePublicItem, title="公务用车购置费")
    vehicle_operation: ThreePublicItem = Field(default_factory=ThreePublicItem, title="公务用车运行费")
    reason: str | None = Field(None, title="总体增减变化原因")
    total: Amount | None = Field(None, title="合计（可留空；填写则须等于各项之和）")


class Procurement(Model):
    """政府采购预算."""

    goods: Amount = Field(ZERO, title="货物")
    works: Amount = Field(ZERO, title="工程")
    services: Amount = Field(ZERO, title="服务")
    total: Amount | None = Field(None, title="合计（可留空；填写则须等于货物＋工程＋服务）")
    sme_reserved: Amount = Field(ZERO, title="面向中小企业预留")
    micro_reserved: Amount = Field(ZERO, title="其中：面向小微企业预留")


class VehicleGroup(Model):
    kind: str = Field(min_length=1, title="车辆类别（一般公务用车、执法执勤用车…）")
    count: NonNegativeInt = Field(title="数量（辆）")
    value: Amount = Field(title="价值")


class Assets(Model):
    """国有资产占用使用情况."""

    as_of: dt.date | None = Field(None, title="截止日期")
    house_area: Decimal = Field(ZERO, ge=0, title="房屋面积（平方米）")
    house_value: Amount = Field(ZERO, title="房屋价值")
    vehicles: list[VehicleGroup] = Field(default_factory=list, title="车辆")
    furniture_value: Amount = Field(ZERO, title="办公家具价值")
    other_value: Amount = Field(ZERO, title="其他资产价值")
    equipment_over_50: NonNegativeInt = Field(0, title="单位价值50万元以上大型设备（台套）")
    equipment_over_100: NonNegativeInt = Field(0, title="单位价值100万元以上大型设备（台套）")
    planned_vehicles: NonNegativeInt = Field(0, title="本年拟购置车辆（辆）")
    planned_vehicle_amount: Amount = Field(ZERO, title="本年拟购置车辆经费")
    planned_equipment_over_50: NonNegativeInt = Field(0, title="本年拟购置50万元以上大型设备（台套）")
    planned_equipment_over_100: NonNegativeInt = Field(0, title="本年拟购置100万元以上大型设备（台套）")


class PerformanceSummary(Model):
    """预算绩效情况: projects under performance management."""

    fiscal_projects: NonNegativeInt = Field(0, title="财政拨款项目个数")
    fiscal_amount: Amount = Field(ZERO, title="财政拨款项目金额")
    nonfiscal_projects: NonNegativeInt = Field(0, title="非财政拨款项目个数")
    nonfiscal_amount: Amount = Field(ZERO, title="非财政拨款项目金额")


class Correction(Model):
    """One place where this data deliberately differs from the publication it was taken from."""

    where: str = Field(min_length=1, title="位置", description="原公开文件中的位置，如“表3 201 一般公共服务支出，基本支出”")
    published: str = Field(min_length=1, title="原公开文件", description="原公开文件印的数字、比例或编码")
    corrected: str = Field(min_length=1, title="本文件", description="本数据（及据此生成的文件）中的值")
    reason: str = Field(min_length=1, title="原因")


CORRECTIONS_TITLE = "与原公开文件的差异"  # the appendix a built document ends with (writers) and a reader skips


class Corrections(Model):
    """与原公开文件的差异: printed with the built document, so that a reader comparing it with the
    publication is told what differs and why."""

    source: str | None = Field(None, title="原公开文件", description="名称、公布日期或网址")
    items: list[Correction] = Field(default_factory=list, title="差异")


class BudgetData(Model):
    """Everything a department's budget disclosure is derived from."""

    schema_version: int = Field(1, title="数据格式版本")
    department: Department
    income: dict[IncomeRow, Line] = Field(
        default_factory=dict,
        title="收入（表1收入项目）",
        description="键为收入行；小计行可只填上年预算数与原因，金额由明细行相加",
    )
    basic_expenditure: list[BasicExpenditure] = Field(default_factory=list, title="基本支出（功能分类项级）")
    projects: list[Project] = Field(default_factory=list, title="项目支出")
    item_priors: list[ItemPrior] = Field(default_factory=list, title="项级上年预算数与变化原因（一般公共预算当年拨款）")
    changes: Changes = Field(default_factory=Changes, title="基本支出、项目支出上年预算数")
    basic_economic: list[BasicEconomic] = Field(default_factory=list, title="一般公共预算基本支出（经济分类款级）")
    three_public: ThreePublic = Field(default_factory=ThreePublic, title="财政拨款“三公”经费")
    operating_costs: Line = Field(default_factory=Line, title="机关运行经费")
    procurement: Procurement = Field(default_factory=Procurement, title="政府采购")
    assets: Assets = Field(default_factory=Assets, title="国有资产占用使用情况")
    performance_summary: PerformanceSummary | None = Field(None, title="预算绩效管理情况")
    other_notes: list[str] = Field(default_factory=list, title="其他需说明的事项")
    glossary: dict[str, str] = Field(default_factory=dict, title="名词解释（覆盖或补充默认条目）")
    corrections: Corrections | None = Field(None, title="与原公开文件的差异",
                                            description="数据依据已公开的文件整理、又改正了其中的数字时填写")
