"""Header text → canonical column keys (docs/architecture.md, "Canonical tables and column keys").

A column is described by its header path, top to bottom ("财政拨款（补助）" › "一般公共预算"); the
leaf decides, ancestors only disambiguate ("小计" under 财政拨款 is `fiscal`). Columns are never
mapped by position. Final accounts (决算) print 决算数 where budgets print 预算数: the key
`total` (or `amount` in 表1) carries the 决算数, `budget` the 年初预算数, `budget_full` the 全年预算数.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import TableId
from yusuan.model.three_public_names import CAR, RUN
from yusuan.model.vocabulary import ECONOMIC_CLASS_COLUMNS
from yusuan.readers.published.normalize import key

T1, T2, T3, T4, T5, T6, T7, T8, T9, T10 = (TableId(f"T{i}") for i in range(1, 11))
FINAL = DocumentKind.FINAL


@dataclass(frozen=True)
class Role:
    kind: str  # "code", "name", "project", "amount", "index" (行次, 序号), "note" (备注, 增减原因), "unknown"
    key: str | None = None  # amount key, or the code level ("类", "款", "项", "whole")
    side: str | None = None  # "income" / "expenditure" in two-sided tables


@dataclass(frozen=True)
class Rule:
    key: str
    leaf: str  # regex on the leaf's key
    under: str | None = None  # regex an ancestor must match
    not_under: str | None = None


def _rules(*specs: tuple) -> tuple[Rule, ...]:
    return tuple(s if isinstance(s, Rule) else Rule(*s) for s in specs)


TOTAL = r"^(合计|总计|小计|本年合计|金额|预算数|预算金额|本年预算数?)$"
FINAL_TOTAL = r"^(合计|总计|小计|决算数|本年决算数|支出决算数?|金额)$"
BUDGET_COLUMNS = _rules(("budget", r"^(年初预算数?|预算数)$"), ("budget_full", r"^全年预算数?$"))

BASIC_PROJECT = _rules(
    ("total", r"^(本年支出合计|支出合计)$"),
    ("basic", r"^基本支出(合计)?$"),
    ("project", r"^项目支出(合计)?$"),
    ("remit_superior", r"^上缴上级支出$"),
    ("operating", r"^(事业单位)?经营支出$"),
    ("affiliated_subsidy", r"^对附属单位补助支出$"),
)

FUND_FINAL = _rules(
    ("carryover_begin", r"^年初结转和?结余$"),
    ("income", r"^本年收入$"),
    ("total", r"^(合计|小计|本年支出)$", r"本年支出"),
    ("basic", r"^基本支出$"),
    ("project", r"^项目支出$"),
    ("carryover_end", r"^年末结转和?结余$"),
)

T2_BUDGET = _rules(
    ("fiscal", r"^(财政拨款(\(补助\))?小计|财政拨款(\(补助\))?|财政拨款收入)$"),
    ("fiscal", r"^小计$", r"财政拨款"),
    ("total", r"^(总计|合计|本年收入合计|收入总计)$"),
    ("general_budget_transfer", r"^上级.*一般公共预算.*转移支付"),
    ("general_budget", r"^一般公共预算"),
    ("fund_budget_transfer", r"^上级.*政府性基金.*转移支付"),
    ("fund_budget", r"^政府性基金"),
    ("soe_budget_transfer", r"^上级.*国有资本经营.*转移支付"),
    ("soe_budget", r"^国有资本经营"),
    ("special_account", r"^财政专户"),
    ("unit_funds", r"^(单位资金|其他资金)$"),
    ("unit_business_income", r"^事业收入"),
    ("unit_operating_income", r"^(事业单位)?经营收入"),
    ("unit_superior_subsidy", r"^上级补助收入"),
    ("unit_affiliated_remittance", r"^附属单位上缴收入"),
    ("unit_other_income", r"^其他收入"),
    ("carryover_nonfiscal", r"^(上年)?非财政拨款结转(和)?结余"),
    ("carryover_fiscal", r"^(上年)?财政拨款结转(和?结余)?$"),
    ("carryover", r"^(上年)?结转(和)?结余$|^上年结转$|^用事业基金弥补收支差额$"),
)

T4_INCOME = _rules(("total", r"^(合计|小计|总计|决算数|预算数|金额|本年预算数?)$"))
T4_EXPENDITURE = _rules(
    ("total", r"^(合计|小计|总计|决算数|预算数)$"),
    ("general", r"^一般公共预算"),
    ("fund", r"^政府性基金"),
    ("soe", r"^国有资本经营"),
)

T6_BUDGET = _rules(
    ("total", TOTAL), ("personnel", r"^人员经费"), ("public", r"^(公用经费|日常公用经费)"),
)
T6_FINAL = _rules(("total", FINAL_TOTAL), *((r.key, r.leaf) for r in BUDGET_COLUMNS),
                  ("personnel", r"^人员经费"), ("public", r"^公用经费"))

T7_COLUMNS = _rules(
    ("total", r"^(项目支出合计|合计|总计|小计|项目支出|金额)$"),
    *((code, "^" + re.escape(key(label)) + "$") for code, label in ECONOMIC_CLASS_COLUMNS),
    ("309", r"^资本性支出\(基本建设\)$"), ("311", r"^对企业补助\(基本建设\)$"),
)

T10_BUDGET = _rules(
    ("total", r"^(合计|小计|总计|预算数|本年预算数)$"),  # "本年预算数": the year's budget (r488)
    ("general_budget", r"^一般公共预算"),
    ("fund_budget", r"^政府性基金"),
    ("soe_budget", r"^国有资本经营"),
)

# 决算 “三公”表 printed with items as rows: 预算数 and 决算数 columns (the key `total` carries the 决算数)
# ("2020年度支出": the year's spending, its 决算数, once the document's year is taken off the header)
T10_FINAL = _rules(("total", FINAL_TOTAL), ("total", r"^(实际|决算)?支出(数|额|决算数?)?$|^决算$"),
                   *((r.key, r.leaf) for r in BUDGET_COLUMNS), *T10_BUDGET[1:])

_NAME = re.compile(r"(名称|项目$|^科目$|功能分类|经济分类|内容$|^收入$|^支出$|^项目\(|^收入项目|^支出项目|^三公经费项目"
                   r"|^年度$|^年份$)")  # (a table printed a row per year: "年度 | 合计 | 因公出国（境）费 …")
# a column of words about each row: why it changed, a remark
_NOTE_COLUMN = re.compile(r"^(备注|说明|(增减|变动|增减变动|变化|增减变化)?原因(说明)?|增减(变动|变化)?(情况)?说明)$")
_CODE_PART = {"类": "类", "款": "款", "项": "项"}
_WHOLE_CODE = re.compile(r"(编码|代码)$")


def amount_rules(table_id: TableId | None, kind: DocumentKind, side: str | None) -> tuple[Rule, ...]:
    final = kind == FINAL
    total = _rules(("total", FINAL_TOTAL if final else TOTAL))
    if table_id == T1:
        return _rules(("amount", FINAL_TOTAL if final else TOTAL), *((r.key, r.leaf) for r in T4_EXPENDITURE[1:]))
    if table_id == T2:
        if final:
            return _rules(("total", r"^(本年收入合计|合计|总计)$"), ("fiscal", r"^财政拨款收入$"), *T2_BUDGET[3:])
        return T2_BUDGET
    if table_id == T4:
        return T4_INCOME if side == "income" else T4_EXPENDITURE
    if table_id in (T8, T9) and final:
        return FUND_FINAL + total + BASIC_PROJECT
    if table_id in (T3, T5, T8, T9):
        return BASIC_PROJECT + total + BUDGET_COLUMNS
    if table_id == T6:
        return T6_FINAL if final else T6_BUDGET
    if table_id == T7:
        return T7_COLUMNS
    if table_id == T10:
        return T10_FINAL if final else T10_BUDGET
    return total


def _match(rule: Rule, leaf: str, ancestors: list[str]) -> bool:
    if not re.search(rule.leaf, leaf):
        return False
    if rule.under and not any(re.search(rule.under, a) for a in ancestors):
        return False
    return not (rule.not_under and any(re.search(rule.not_under, a) for a in ancestors))


def side_of(path: list[str]) -> str | None:
    for part in path[:-1] or path:
        if "收入" in part and "支出" not in part:
            return "income"
        if "支出" in part and "收入" not in part:
            return "expenditure"
    return None


def classify(path: list[str], table_id: TableId | None, kind: DocumentKind) -> Role:
    """The role of a column from its header path (texts already passed through `key`)."""
    path = [p for p in path if p]
    if not path:
        return Role("unknown")
    leaf, ancestors = path[-1], path[:-1]
    side = side_of(path) if table_id in (T1, T4) else None
    if leaf in ("行次", "栏次", "序号"):
        return Role("index", None, side)  # the row numbers of a 决算 table: no data
    if any(_NOTE_COLUMN.match(part) for part in path):
        # words beside the figures ("增减原因", "备注"): no data either, whatever the header reader took
        # for its lower rows (the 合计 row's reason printed where a header row could stand)
        return Role("note", None, side)
    if leaf in _CODE_PART:
        return Role("code", _CODE_PART[leaf], side)
    if _WHOLE_CODE.search(leaf):
        return Role("code", "whole", side)
    if table_id == T7 and leaf == "项目名称":
        return Role("project", None, side)
    for rule in amount_rules(table_id, kind, side):
        if _match(rule, leaf, ancestors):
            return Role("amount", rule.key, side)
    if _NAME.search(leaf):
        return Role("name", None, side)
    return Role("unknown", leaf, side)


# 表10 printed with its items as columns and one row of amounts: a final account's (预算数 and 决算数
# under each item), or a budget's ("“三公”经费合计 | 因公出国（境）费 | 公务用车购置及运行费 › 小计 /
# 购置费 / 运行费 | 公务接待费", the measure named over them all or not at all).
_MEASURE_ONLY = re.compile(r"^(年初|全年)?(预算数|决算数)$")


def three_public_column(path: list[str], kind: DocumentKind | None = None,
                        measure_in_rows: bool = False) -> tuple[str, str] | None:
    """(item, key) of such a column: `total` carries the 决算数 of a final account and the 预算数 of
    a budget, `budget` a final account's 预算数. Without `kind` a column must name its measure, unless
    the rows name it (`measure_in_rows`: a row per year, "2015年 | 2840 | 90 | …")."""
    named = next((p for p in reversed(path) if re.search(r"预算数|决算数", p)), None)
    if named is None:
        if kind != DocumentKind.BUDGET and not measure_in_rows:
            return None
        measure = "total"
    else:
        measure = "total" if "决算数" in named or kind == DocumentKind.BUDGET else "budget"
    items = [p for p in path if not _MEASURE_ONLY.match(p)]
    text = "›".join(items)
    leaf = items[-1] if items else ""
    if "出国" in text:
        item = "abroad"
    elif "接待" in text:
        item = "reception"
    elif "购置" in leaf and "运行" not in leaf:
        item = "vehicle_purchase"
    elif re.match(f"{CAR}?{RUN}", leaf):  # "公务用车运行维护费", "车辆运行" (not "机关运行经费")
        item = "vehicle_operation"
    elif re.search(CAR, text):  # "公务用车购置及运行费", "公车购置及运行维护费 › 合计"
        item = "vehicle"
    elif "合计" in text or "总计" in text:
        item = "total"
    else:
        return None
    return item, measure


# Columns that compare the year's figure with another year's ("项目 | 2022年预算数 | 2023年预算数 | 增减 |
# 增减原因", "比上年增、减情况 › 增、减金额 / 增、减幅度"): read into Row.compared, checked by A113.
_PRIOR = re.compile(r"^(?:上年|上一年|去年)(?:预算|决算)?(?:数|执行数)?$|^(20\d\d)年度?(?:预算|决算)?(?:数|执行数|支出)?$")
_RATE = re.compile(r"(?:率|幅度|百分比|比例|比率|%)$")
_CHANGE = re.compile(r"(?:增减|增加|增长|减少|下降|变动|变化)(?:额|金额|数|情况)?$")
_DECREASE = re.compile(r"减少|下降")


def comparison_column(path: list[str], year: int) -> tuple[str, int] | None:
    """("prior" | "change" | "rate", sign) of a column that compares a row's figure with an earlier year's:
    an earlier year's figure, the change or its rate (sign −1 where the header counts a decrease: "减少额")."""
    if not path:
        return None
    leaf, text = path[-1], "".join(path)
    if "原因" in text or "说明" in text:
        return None
    prior = _PRIOR.match(leaf)
    if prior is not None:
        return ("prior", 1) if prior.group(1) is None or (year and int(prior.group(1)) < year) else None
    sign = -1 if _DECREASE.search(text) and not re.search(r"增减|增长|增加", text) else 1
    if _RATE.search(leaf) and re.search(r"增|减|降|变", text):
        return "rate", sign
    if _CHANGE.search(leaf):
        return "change", sign
    return None
