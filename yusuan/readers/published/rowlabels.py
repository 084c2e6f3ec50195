"""Row labels of tables whose rows are not classification codes: the income side of 表1 and 表4
(budget and final accounts) and the items of 表10 (“三公”经费)."""

from __future__ import annotations

import re

from yusuan.model.disclosure import RowKind
from yusuan.model.sources import INCOME_ROWS, IncomeRow
from yusuan.readers.published.normalize import clean, key

_NUMBERING = re.compile(r"^(其中[:：]?|[一二三四五六七八九十]+[、.]|\d+[.、．]|\(\d+\)|\([一二三四五六七八九十]+\))+")

TOTAL_LABELS = {"合计", "总计", "收入总计", "支出总计", "收入合计", "支出合计", "合计数", "收支总计"}


def bare(label: str) -> str:
    """Label key without numbering and 其中: "1. 一般公共预算拨款" → "一般公共预算拨款"."""
    return key(_NUMBERING.sub("", clean(label)))


def is_total(label: str) -> bool:
    return bare(label) in TOTAL_LABELS


# 表1 as the budget system exports it: "一、一般公共预算拨款收入 … 五、单位资金", then "本年收入合计" after its
# parts, "上年结转结余", "收入总计" (r520)
_EXPORT_INCOME = {"一般公共预算拨款收入": "一般公共预算拨款", "政府性基金预算拨款收入": "基金预算拨款",
                  "国有资本经营预算拨款收入": "国有资本经营预算拨款", "财政专户管理资金收入": "财政专户核拨",
                  "本年收入合计": "本年收入"}
# 表1 as Shanghai prints it (财务收支预算总表, r006): "一、财政拨款收入" heads "1. 一般公共预算 / 2. 政府性基金预算 /
# 3. 国有资本经营预算", then "二、事业收入 / 三、事业单位经营收入 / 四、其他收入"; the heading has no row of the
# national template (its parts are 本年收入's, with 财政专户 and 单位资金 beside them)
_SHANGHAI_INCOME = {"一般公共预算": "一般公共预算拨款", "政府性基金预算": "基金预算拨款", "国有资本经营预算": "国有资本经营预算拨款"}
_GROUP_ONLY = frozenset({"财政拨款收入"})


class IncomeLabels:
    """Maps the income side of 表1 (budget) to IncomeRow ids, in template order.

    The template repeats labels ("基金预算拨款" under 本年收入 and under 结转), so labels are matched
    forward from the last match; a label printed with its numbering ("2. 基金预算拨款") matches it.
    """

    def __init__(self) -> None:
        self.position = 0
        self.specs = [s for s in INCOME_ROWS if s.row != IncomeRow.TOTAL]

    def __call__(self, label: str) -> tuple[str | None, RowKind]:
        if is_total(label):
            return IncomeRow.TOTAL.value, RowKind.TOTAL
        k, b = key(label), bare(label)
        if b in _GROUP_ONLY:
            return None, RowKind.SUBTOTAL
        b = _EXPORT_INCOME.get(b) or _SHANGHAI_INCOME.get(b, b)
        for i in range(self.position, len(self.specs)):
            spec = self.specs[i]
            if key(spec.label) == k or bare(spec.label) == b:
                self.position = i + 1
                return spec.row.value, RowKind.ITEM
        for spec in self.specs:  # out of order: accept a unique bare match
            if bare(spec.label) == b:
                return spec.row.value, RowKind.ITEM
        return None, RowKind.ITEM


FINAL_INCOME = (
    (r"^一般公共预算财政拨款(收入)?$", "general_budget"),
    (r"^政府性基金预算财政拨款(收入)?$", "fund_budget"),
    (r"^国有资本经营预算财政拨款(收入)?$", "soe_budget"),
    (r"^上级补助收入$", "unit_superior_subsidy"),
    (r"^事业收入$", "unit_business_income"),
    (r"^经营收入$", "unit_operating_income"),
    (r"^附属单位上缴收入$", "unit_affiliated_remittance"),
    (r"^其他收入$", "unit_other_income"),
    (r"^本年收入合计$", "current_year"),
    (r"^使用非财政拨款结余", "use_nonfiscal_balance"),
    (r"^(年初)?(财政拨款)?结转和?结余$", "carryover"),
)
FINAL_EXPENDITURE = (
    (r"^本年支出合计$", "current_year_expenditure"),
    (r"^结余分配$", "balance_distribution"),
    (r"^年末(财政拨款)?结转和?结余$", "carryover_end"),
)
T4_INCOME = (
    (r"^财政拨款(\(补助\))?(收入)?$", "fiscal"),
    (r"^一般公共预算(拨款|财政拨款)?(收入)?$", "general"),
    (r"^政府性基金预算(拨款|财政拨款)?(收入)?$", "fund"),
    (r"^国有资本经营预算(拨款|财政拨款)?(收入)?$", "soe"),
    (r"^本年收入合计$", "current_year"),
    (r"^年初财政拨款结转和?结余$|^上年结转$", "carryover"),
)


class FinalIncomeLabels:
    """Income side of 决算 表1 and of 表4 (budget and final), by pattern; the rows after a
    结转和结余 heading row are its parts ("carryover_general" …)."""

    def __init__(self, patterns: tuple[tuple[str, str], ...], total_code: str | None = IncomeRow.TOTAL.value):
        self.patterns = patterns
        self.total_code = total_code
        self.prefix = ""

    def __call__(self, label: str) -> tuple[str | None, RowKind]:
        if is_total(label):
            return self.total_code, RowKind.TOTAL
        b = bare(label)
        for pattern, code in self.patterns:
            if re.search(pattern, b):
                if code in ("carryover", "carryover_end"):
                    self.prefix = code + "_"
                    return code, RowKind.SUBTOTAL
                if code.startswith("current_year") or code == "fiscal":
                    return code, RowKind.SUBTOTAL
                short = code.removesuffix("_budget") if self.prefix else code
                return self.prefix + short, RowKind.ITEM
        return None, RowKind.ITEM


def expenditure_special(label: str) -> tuple[str | None, RowKind] | None:
    b = bare(label)
    if is_total(label):
        return None, RowKind.TOTAL
    for pattern, code in FINAL_EXPENDITURE:
        if re.search(pattern, b):
            return code, RowKind.SUBTOTAL
    return None


def three_public_item(label: str) -> str | None:
    """表10 row label → total / abroad / reception / vehicle / vehicle_purchase / vehicle_operation.

    The total is also printed as "“三公”经费" or "总“三公”经费支出"; 机关运行经费 (行政经费), which
    some pages print in the same table, is none of the items."""
    b = bare(label)
    if b in TOTAL_LABELS or re.fullmatch(r"总?三公经费(支出|预算|决算)?(合计|总计|小计)?(数)?", b):
        return "total"
    if "机关运行" in b or "行政经费" in b:
        return None
    if "出国" in b:
        return "abroad"
    if "接待" in b:
        return "reception"
    if "购置" in b and "运行" in b:
        return "vehicle"
    if "购置" in b:
        return "vehicle_purchase"
    if "运行" in b or "运转" in b:
        return "vehicle_operation"
    if "公务用车" in b:
        return "vehicle"  # "公务用车费"
    return None
