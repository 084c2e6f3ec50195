"""Layout of the Excel input workbook, shared by the template writer and the workbook reader.

Every sheet name, header, row label and drop-down list is defined here once. Three shapes of
sheet exist, all with their header in row 1:

* key/value sheets (`Sheet.kv`): labels in column A, values in column B, notes in column C;
* fixed-row sheets (`Sheet.rows`): one row per known label in column A (表1 income rows,
  the four “三公” items…), one column per field;
* list sheets (`Sheet.tables`): one record per row from row 2; a key/value sheet may carry
  list tables to the right of its key/value block (预算单位, 内设机构, 车辆).

Keys are model paths: `KV.path` and `FixedRow.path` are absolute (("department", "name")),
`Col.key` is relative to the row's record (("personnel",), ("economic", "302")).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from yusuan.model.budget import Comparator, DocumentKind, Scope, UnitKind
from yusuan.model.sources import INCOME_ROWS, INCOME_SPEC, SOURCES, IncomeRow, income_children
from yusuan.money import MoneyUnit

INSTRUCTIONS_SHEET = "填表说明"
CODES_SHEET = "代码表"
FIRST_DATA_ROW = 2
LAST_VALIDATED_ROW = 1000  # drop-downs and formats reach this far down list sheets


class Kind(StrEnum):
    TEXT = "text"
    CODE = "code"  # classification code, kept as text so "2010101" stays text
    AMOUNT = "amount"  # money in department.money_unit
    NUMBER = "number"  # other decimals: quantities, weights, areas
    INT = "int"
    DATE = "date"
    CHOICE = "choice"  # one value of a fixed drop-down list


@dataclass(frozen=True)
class Col:
    key: tuple[str, ...]
    header: str
    kind: Kind = Kind.TEXT
    width: float = 14
    choices: str | None = None  # name of a drop-down list (LISTS, code lists, or "project")
    note: str = ""  # shown as a comment on the header cell


@dataclass(frozen=True)
class Table:
    id: str
    columns: tuple[Col, ...]
    first_col: int = 1  # 1-based column of the table's first column
    economic_classes: bool = False  # one amount column per 经济分类类 after the column keyed "amount"


@dataclass(frozen=True)
class KV:
    path: tuple[str, ...]
    label: str
    kind: Kind = Kind.TEXT
    choices: str | None = None
    note: str = ""


@dataclass(frozen=True)
class FixedRow:
    path: tuple[str, ...]
    label: str
    subtotal: bool = False
    indent: int = 0


@dataclass(frozen=True)
class Sheet:
    name: str
    purpose: str
    kv: tuple[KV, ...] = ()
    label_header: str = ""  # fixed-row sheets: header of the label column A
    rows: tuple[FixedRow, ...] = ()
    columns: tuple[Col, ...] = ()  # fixed-row sheets: the columns after A
    tables: tuple[Table, ...] = ()
    optional: bool = False  # added after the first workbooks went out: a workbook without it still reads


KV_HEADERS = ("项目", "内容", "说明")
KV_WIDTHS = (30, 40, 44)

# -- drop-down lists -----------------------------------------------------------------------
SOURCE_LABELS = tuple(s.label for s in SOURCES)
LISTS: dict[str, tuple[str, ...]] = {
    "source": SOURCE_LABELS,
    "unit_kind": tuple(k.value for k in UnitKind),
    "comparator": tuple(c.value for c in Comparator),
    "doc_kind": tuple(k.value for k in DocumentKind),
    "money_unit": (MoneyUnit.WAN.value, MoneyUnit.YUAN.value),  # input units (亿元 is only read)
    "scope": tuple(s.value for s in Scope),
}
# Lists filled from the catalogue for the budget year: (list name, heading in 代码表).
CODE_LISTS: dict[str, str] = {
    "functional_item": "支出功能分类科目（项）",
    "economic_item": "部门预算支出经济分类科目（款）",
    "economic_class": "部门预算支出经济分类科目（类）",
}
CHOICE_ALIASES: dict[str, dict[str, str]] = {
    "comparator": {">=": "≥", "<=": "≤", "==": "=", "≧": "≥", "≦": "≤"},
}

ECONOMIC_CLASSES: dict[str, str] = {
    "301": "工资福利支出",
    "302": "商品和服务支出",
    "303": "对个人和家庭的补助",
    "307": "债务利息及费用支出",
    "309": "资本性支出（基本建设）",
    "310": "资本性支出",
    "311": "对企业补助（基本建设）",
    "312": "对企业补助",
    "313": "对社会保障基金补助",
    "399": "其他支出",
}
ECONOMIC_HEADER = re.compile(r"^(3\d{2})(?!\d)")


def economic_header(code: str, name: str | None) -> str:
    return f"{code} {name}" if name else code


# -- normalisation shared by writer and reader ---------------------------------------------
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


def norm_label(text: object) -> str:
    """Key for matching headers and row labels: NFKC, no spaces or stars, no trailing （…） note."""
    if text is None:
        return ""
    out = unicodedata.normalize("NFKC", str(text))
    out = re.sub(r"[\s*＊]", "", out)
    return _TRAILING_NOTE.sub("", out) or out


# -- sheets ----------------------------------------------------------------------------------
AMOUNT_W = 14
LINE_COLUMNS = (
    Col(("amount",), "本年预算数", Kind.AMOUNT, AMOUNT_W),
    Col(("prior",), "上年预算数", Kind.AMOUNT, AMOUNT_W),
    Col(("reason",), "增减变化原因", Kind.TEXT, 40),
)

_STAFFING = (
    ("authorized", "编制数"), ("actual", "实有人数"), ("in_service", "在职人数"),
    ("in_service_change", "在职人数比上年增加"), ("retired", "退休人数"), ("retired_change", "退休人数比上年增加"),
    ("veteran_retired", "离休人数"), ("veteran_retired_change", "离休人数比上年增加"),
)

DEPARTMENT = Sheet(
    "部门信息",
    "部门名称、预算年度、金额单位等基本信息，人员情况，纳入编制范围的预算单位（E–F列）和内设机构（H列）。",
    kv=(
        KV(("department", "name"), "部门名称", note="必填，如：昌吉市人大常委会办公室"),
        KV(("department", "year"), "预算年度", Kind.INT, note="必填，四位年份，如 2023"),
        KV(("department", "kind"), "类别", Kind.CHOICE, "doc_kind", "预算或决算，留空为预算"),
        KV(("department", "money_unit"), "金额单位", Kind.CHOICE, "money_unit", "本工作簿所有金额的单位，留空为万元"),
        KV(("department", "publish_date"), "公开日期", Kind.DATE, note="可留空"),
        KV(("department", "scope"), "预算范围", Kind.CHOICE, "scope", "本级或汇总，留空为本级"),
        KV(("department", "duties"), "主要职能", note="可留空"),
        *(KV(("department", "staffing", key), label, Kind.INT,
             note="人员情况：填写则编制数、实有人数必填；减少填负数" if "增加" in label else "人员情况，可整体留空")
          for key, label in _STAFFING),
    ),
    tables=(
        Table("budget_units", (Col(("name",), "预算单位名称", width=30),
                        Col(("kind",), "单位性质", Kind.CHOICE, 12, "unit_kind")), first_col=5),
        Table("institutions", (Col((), "内设机构", width=26),), first_col=8),
    ),
)


def _income_depth(row: IncomeRow) -> int:
    depth, parent = 0, INCOME_SPEC[row].parent
    while parent is not None and parent != IncomeRow.TOTAL:
        depth, parent = depth + 1, INCOME_SPEC[parent].parent
    return depth


INCOME = Sheet(
    "收入",
    "表1收入项目，每行一项（按收入项目名称识别，请勿修改A列）。小计行（加粗）可留空，由明细行相加；如填写则须与明细之和一致。",
    label_header="收入项目",
    rows=tuple(FixedRow(("income", s.row.value), s.label, bool(income_children(s.row)), _income_depth(s.row))
               for s in INCOME_ROWS),
    columns=LINE_COLUMNS,
)

_SOURCE_COL = Col(("source",), "资金来源", Kind.CHOICE, 26, "source", "从下拉列表选择，留空为一般公共预算")
_TOTAL_NOTE = "可留空；填写则须等于人员经费＋公用经费"

BASIC = Sheet(
    "基本支出",
    "基本支出按支出功能分类项级科目和资金来源，每行一项，分人员经费和公用经费。",
    tables=(Table("basic_expenditure", (
        Col(("code",), "功能分类编码", Kind.CODE, 14, "functional_item", "7位项级编码，从下拉列表选择"),
        Col(("name",), "科目名称", width=24, note="可留空，按编码取目录名称"),
        _SOURCE_COL,
        Col(("personnel",), "人员经费", Kind.AMOUNT, AMOUNT_W),
        Col(("public",), "公用经费", Kind.AMOUNT, AMOUNT_W),
        Col(("total",), "合计", Kind.AMOUNT, AMOUNT_W, note=_TOTAL_NOTE),
    )),),
)

PROJECTS = Sheet(
    "项目",
    "项目支出，每个项目一行。金额按经济分类（类）分列填写；“金额”列可留空，填写则须等于各经济分类金额之和。"
    "项目名称不可重复：资金分配、绩效目标、绩效指标按项目名称对应到本表。",
    tables=(Table("projects", (
        Col(("name",), "项目名称", width=30, note="必填，不可重复"),
        Col(("code",), "功能分类编码", Kind.CODE, 14, "functional_item", "必填，7位项级编码，从下拉列表选择"),
        _SOURCE_COL,
        Col(("amount",), "金额", Kind.AMOUNT, AMOUNT_W, note="可留空；填写则须等于右侧各经济分类金额之和"),
        Col(("prior",), "上年预算数", Kind.AMOUNT, AMOUNT_W),
        Col(("policy_basis",), "政策依据", width=36),
        Col(("implementing_unit",), "承担单位", width=24),
        Col(("allocation_note",), "资金分配补充说明", width=30),
        Col(("period_start",), "开始日期", Kind.DATE, 12),
        Col(("period_end",), "结束日期", Kind.DATE, 12),
        Col(("person_in_charge",), "负责人", width=10),
    ), economic_classes=True),),
)

_PROJECT_COL = Col(("project",), "项目名称", width=30, choices="project", note="须与表「项目」中的项目名称一致")

ALLOCATIONS = Sheet(
    "项目资金分配",
    "各项目的资金分配情况，每个分配事项一行；可按“数量×单位标准”填写。",
    tables=(Table("allocations", (
        _PROJECT_COL,
        Col(("item",), "事项", width=36, note="必填"),
        Col(("amount",), "金额", Kind.AMOUNT, AMOUNT_W, note="必填"),
        Col(("quantity",), "数量", Kind.NUMBER, 10),
        Col(("quantity_unit",), "数量单位", width=10, note="个、次、人…"),
        Col(("unit_amount",), "单位标准", Kind.AMOUNT, AMOUNT_W, note="每个（次、人）的金额"),
    )),),
)

TARGETS = Sheet(
    "绩效目标",
    "项目支出绩效目标表的总体部分，每个项目一行；绩效指标填在表「绩效指标」。",
    tables=(Table("performance", (
        _PROJECT_COL,
        Col(("budget_total",), "年度预算总额", Kind.AMOUNT, AMOUNT_W),
        Col(("budget_fiscal",), "财政拨款", Kind.AMOUNT, AMOUNT_W),
        Col(("budget_other",), "其他资金", Kind.AMOUNT, AMOUNT_W),
        Col(("goal",), "总体目标", width=60, note="必填：年度总体目标"),
    )),),
)

INDICATORS = Sheet(
    "绩效指标",
    "项目支出绩效目标表的指标，每个三级指标一行；项目须先在表「绩效目标」中填写总体目标。",
    tables=(Table("indicators", (
        _PROJECT_COL,
        Col(("level1",), "一级指标", width=12),
        Col(("level2",), "二级指标", width=14),
        Col(("name",), "三级指标", width=30, note="必填"),
        Col(("comparator",), "比较符", Kind.CHOICE, 8, "comparator", "≥ ≤ = > <，定性指标留空"),
        Col(("value",), "指标值", width=12),
        Col(("value_unit",), "计量单位", width=10),
        Col(("basis",), "设置依据", width=14),
        Col(("last_year",), "上年完成值", width=12),
        Col(("weight",), "权重", Kind.NUMBER, 8, note="0–100"),
        Col(("scoring",), "赋分规则", width=18),
        Col(("evidence",), "佐证资料", width=12),
    )),),
)

ITEM_PRIORS = Sheet(
    "项级上年数",
    "一般公共预算当年拨款按功能分类项级科目的上年预算数和增减变化原因（本年没有预算的项级科目也可填写）。",
    tables=(Table("item_priors", (
        Col(("code",), "功能分类编码", Kind.CODE, 14, "functional_item", "7位项级编码，从下拉列表选择"),
        Col(("prior",), "上年预算数", Kind.AMOUNT, AMOUNT_W, note="必填"),
        Col(("reason",), "增减变化原因", width=50),
    )),),
)

CHANGES = Sheet(
    "基本支出变动",
    "基本支出、项目支出的上年预算数和增减变化原因；本年预算数可留空（由基本支出、项目两表计算）。",
    label_header="支出类别",
    rows=(FixedRow(("changes", "basic"), "基本支出"), FixedRow(("changes", "project"), "项目支出")),
    columns=LINE_COLUMNS,
)

BASIC_ECONOMIC = Sheet(
    "经济分类基本支出",
    "一般公共预算基本支出按部门预算支出经济分类款级科目，每行一项。",
    tables=(Table("basic_economic", (
        Col(("code",), "经济分类款编码", Kind.CODE, 14, "economic_item", "5位款级编码，从下拉列表选择"),
        Col(("name",), "科目名称", width=24, note="可留空，按编码取目录名称"),
        Col(("personnel",), "人员经费", Kind.AMOUNT, AMOUNT_W),
        Col(("public",), "公用经费", Kind.AMOUNT, AMOUNT_W),
        Col(("total",), "合计", Kind.AMOUNT, AMOUNT_W, note=_TOTAL_NOTE),
    )),),
)

THREE_PUBLIC_ITEMS = (
    ("abroad", "因公出国（境）费"),
    ("reception", "公务接待费"),
    ("vehicle_purchase", "公务用车购置费"),
    ("vehicle_operation", "公务用车运行费"),
)
THREE_PUBLIC_PARTS = ("general_budget", "fund_budget", "soe_budget")
THREE_PUBLIC = Sheet(
    "三公经费",
    "财政拨款“三公”经费。各行“合计”列可留空，填写则须等于三种资金之和；"
    "“合计”行的“合计”列为三公经费总额（可留空），“增减变化原因”为总体原因。",
    label_header="项目",
    rows=(*(FixedRow(("three_public", key), label) for key, label in THREE_PUBLIC_ITEMS),
          FixedRow(("three_public",), "合计", subtotal=True)),
    columns=(
        Col(("general_budget",), "一般公共预算", Kind.AMOUNT, AMOUNT_W),
        Col(("fund_budget",), "政府性基金", Kind.AMOUNT, AMOUNT_W),
        Col(("soe_budget",), "国有资本经营预算", Kind.AMOUNT, AMOUNT_W),
        Col(("total",), "合计", Kind.AMOUNT, AMOUNT_W, note="可留空；填写则须等于左侧三列之和"),
        Col(("prior",), "上年预算数", Kind.AMOUNT, AMOUNT_W),
        Col(("reason",), "增减变化原因", width=40),
    ),
)

OPERATING = Sheet(
    "机关运行经费",
    "机关运行经费的本年预算数、上年预算数和增减变化原因。",
    label_header="项目",
    rows=(FixedRow(("operating_costs",), "机关运行经费"),),
    columns=LINE_COLUMNS,
)

PROCUREMENT = Sheet(
    "政府采购",
    "政府采购预算。合计可留空，填写则须等于货物＋工程＋服务。",
    kv=(
        KV(("procurement", "goods"), "货物", Kind.AMOUNT),
        KV(("procurement", "works"), "工程", Kind.AMOUNT),
        KV(("procurement", "services"), "服务", Kind.AMOUNT),
        KV(("procurement", "total"), "合计", Kind.AMOUNT, note="可留空；填写则须等于货物＋工程＋服务"),
        KV(("procurement", "sme_reserved"), "面向中小企业预留", Kind.AMOUNT),
        KV(("procurement", "micro_reserved"), "其中：面向小微企业预留", Kind.AMOUNT, note="不大于面向中小企业预留"),
    ),
)

ASSETS = Sheet(
    "国有资产",
    "国有资产占用使用情况；车辆按类别填在E–G列。",
    kv=(
        KV(("assets", "as_of"), "截止日期", Kind.DATE, note="如 2022-12-31"),
        KV(("assets", "house_area"), "房屋面积（平方米）", Kind.NUMBER),
        KV(("assets", "house_value"), "房屋价值", Kind.AMOUNT),
        KV(("assets", "furniture_value"), "办公家具价值", Kind.AMOUNT),
        KV(("assets", "other_value"), "其他资产价值", Kind.AMOUNT),
        KV(("assets", "equipment_over_50"), "单位价值50万元以上大型设备（台套）", Kind.INT),
        KV(("assets", "equipment_over_100"), "单位价值100万元以上大型设备（台套）", Kind.INT),
        KV(("assets", "planned_vehicles"), "本年拟购置车辆（辆）", Kind.INT),
        KV(("assets", "planned_vehicle_amount"), "本年拟购置车辆经费", Kind.AMOUNT),
        KV(("assets", "planned_equipment_over_50"), "本年拟购置50万元以上大型设备（台套）", Kind.INT),
        KV(("assets", "planned_equipment_over_100"), "本年拟购置100万元以上大型设备（台套）", Kind.INT),
    ),
    tables=(Table("vehicles", (
        Col(("kind",), "车辆类别", width=18, note="一般公务用车、执法执勤用车、其他车辆…"),
        Col(("count",), "数量（辆）", Kind.INT, 10),
        Col(("value",), "价值", Kind.AMOUNT, AMOUNT_W),
    ), first_col=5),),
)

PERFORMANCE_SUMMARY = Sheet(
    "绩效管理汇总",
    "纳入预算绩效管理的项目个数和金额；整表留空则不说明。",
    kv=(
        KV(("performance_summary", "fiscal_projects"), "财政拨款项目个数", Kind.INT),
        KV(("performance_summary", "fiscal_amount"), "财政拨款项目金额", Kind.AMOUNT),
        KV(("performance_summary", "nonfiscal_projects"), "非财政拨款项目个数", Kind.INT),
        KV(("performance_summary", "nonfiscal_amount"), "非财政拨款项目金额", Kind.AMOUNT),
    ),
)

OTHER_NOTES = Sheet(
    "其他事项",
    "其他需要说明的事项，每段一行。",
    tables=(Table("other_notes", (Col((), "说明事项", width=100),)),),
)

GLOSSARY = Sheet(
    "名词解释",
    "名词解释，每个名词一行；与默认条目同名的覆盖默认解释。",
    tables=(Table("glossary", (Col(("term",), "名词", width=24), Col(("text",), "解释", width=90))),),
)

CORRECTIONS = Sheet(
    "与原公开文件的差异",
    "数据依据已公开的文件整理、又改正了其中的数字时填写：每处一行，生成的文件附列这些差异。通常留空。",
    kv=(KV(("corrections", "source"), "原公开文件", note="名称、公布日期或网址"),),
    tables=(Table("corrections", (Col(("where",), "位置", width=34), Col(("published",), "原公开文件", width=14),
                                  Col(("corrected",), "本文件", width=14), Col(("reason",), "原因", width=60)),
                  first_col=5),),
    optional=True,
)

SHEETS: tuple[Sheet, ...] = (
    DEPARTMENT, INCOME, BASIC, PROJECTS, ALLOCATIONS, TARGETS, INDICATORS, ITEM_PRIORS, CHANGES,
    BASIC_ECONOMIC, THREE_PUBLIC, OPERATING, PROCUREMENT, ASSETS, PERFORMANCE_SUMMARY, OTHER_NOTES, GLOSSARY,
    CORRECTIONS,
)
SHEET_BY_NAME: dict[str, Sheet] = {s.name: s for s in SHEETS}

NUMBER_FORMATS: dict[Kind, str] = {
    Kind.TEXT: "@",
    Kind.CODE: "@",
    Kind.CHOICE: "@",
    Kind.AMOUNT: "#,##0.00",
    Kind.NUMBER: "General",
    Kind.INT: "0",
    Kind.DATE: "yyyy-mm-dd",
}


def table_columns(table: Table, classes: dict[str, str] | None = None) -> tuple[Col, ...]:
    """The table's columns, with one amount column per economic class (code → name) after 金额."""
    if not table.economic_classes:
        return table.columns
    out: list[Col] = []
    for col in table.columns:
        out.append(col)
        if col.key == ("amount",):
            out += [Col(("economic", code), economic_header(code, name), Kind.AMOUNT, AMOUNT_W)
                    for code, name in (classes or ECONOMIC_CLASSES).items()]
    return tuple(out)


def where(sheet: str, row: int | None = None, col: int | None = None, header: str | None = None) -> str:
    """`表「项目」第5行 E列（金额）`: the place a user reads in a message."""
    out = f"表「{sheet}」"
    if row is not None:
        out += f"第{row}行"
    if col is not None:
        from openpyxl.utils import get_column_letter  # here: a YAML or text check need not load openpyxl

        out += f" {get_column_letter(col)}列"
    if header:
        out += f"（{header}）"
    return out
