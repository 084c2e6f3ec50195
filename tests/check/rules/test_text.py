"""T3xx 文字与表格: the explanations against the tables and against their own other claims.

Each rule's passing and failing case; tests/check/rules/cases.py says what a case asserts.
"""

from __future__ import annotations

from tests.check.helpers import add, replace_text, row
from tests.check.rules.cases import RuleCase, family_tests
from yusuan.model.disclosure import Disclosure, TableId


def _three_public_apart(d, total):
    """A “三公” page without 表10 that states the items in sentences of their own, not as a "其中" list."""
    d.tables = [t for t in d.tables if t.id != TableId.T10]
    replace_text(d, "3.10", "预算数为31.00万元，其中：", f"预算数为{total}万元。")


def break_stated_amount(d: Disclosure) -> None:
    replace_text(d, "3.4", "住房保障支出35.90万元", "住房保障支出53.90万元")


def break_share_of_total(d: Disclosure) -> None:
    replace_text(d, "3.3", "占71.19%", "占61.19%")


def break_growth_rate(d: Disclosure) -> None:
    replace_text(d, "3.3", "增长12.27%", "增长10.93%")


def break_list_adds_up(d: Disclosure) -> None:
    replace_text(d, "3.11.2", "服务预算102.25万元", "服务预算112.25万元")


def break_nested_part_listed(d: Disclosure) -> None:
    """The transfer from above listed beside 一般公共预算拨款, which already holds it."""
    replace_text(d, "3.2", "；其中：一般财力825.94万元，占97.04%，比上年预算减少87.58万元，下降9.59%；上级", "。上级")


def break_count_times_unit(d: Disclosure) -> None:
    replace_text(d, "3.7", "（86个，每个2.00万元）", "（85个，每个2.00万元）")


def break_allocation_adds_up(d: Disclosure) -> None:
    """人大会议's allocations add up to 40.00 against its 38.00."""
    replace_text(d, "3.7", "昌吉市十届三次人代会33.00万元", "昌吉市十届三次人代会35.00万元")


def break_projects_described(d: Disclosure) -> None:
    replace_text(d, "3.7", "项目名称：人大监督", "项目名称：人大监察")


def break_none_means_none(d: Disclosure) -> None:
    add(row(d, "T8", None), "total", "50")


def break_change_direction(d: Disclosure) -> None:
    replace_text(d, "3.3", "下降37.13%", "增长37.13%")


def break_list_changes_add_up(d: Disclosure) -> None:
    replace_text(d, "3.10", "经费比上年预算增加0万元", "经费比上年预算增加5万元")


def break_prior_year_agrees(d: Disclosure) -> None:
    """一般公共预算 named as 五 names it: its prior (913.52) against 基本 + 项目's (929.72)."""
    replace_text(d, "3.2", "一般公共预算拨款834.94万元", "一般公共预算834.94万元")


def break_change_against_prior(d: Disclosure) -> None:
    replace_text(d, "3.2", "增加9.00万元（上年未安排）", "增加8.00万元（上年未安排）")


def break_item_priors_within_total(d: Disclosure) -> None:
    """五（三）'s items' priors (920.32) above the prior of 一般公共预算 (913.52)."""
    replace_text(d, "3.2", "一般公共预算拨款834.94万元", "一般公共预算834.94万元")


def break_change_of_stated_amounts(d: Disclosure) -> None:
    replace_text(d, "3.10", "公务用车运行费31.00万元，与上年预算持平",
        "公务用车运行费31.00万元，上年为30.00万元，与上年预算持平")


def break_budget_versus_actual(d: Disclosure) -> None:
    replace_text(
        d, "3.10", "“三公”经费预算数为31.00万元", "“三公”经费支出预算为31.00万元，支出决算为15.50万元，完成预算的60%")


def break_same_quantity_twice(d: Disclosure) -> None:
    replace_text(d, "3.10", "公务用车运行费31.00万元，与上年预算持平",
        "公务用车运行费30.00万元，与上年预算持平")


def break_shares_add_up(d: Disclosure) -> None:
    replace_text(d, "3.3", "占28.81%", "占38.81%")


def break_value_of_nothing(d: Disclosure) -> None:
    replace_text(d, "3.11.3", "房屋0平方米，价值0.00万元", "房屋0平方米，价值1.29万元")


def break_part_within_whole(d: Disclosure) -> None:
    replace_text(d, "3.11.2", "预留政府采购项目预算金额138.45万元，其中", "预留政府采购项目预算金额1384.50万元，其中")


def break_three_public_items_add_up(d: Disclosure) -> None:
    _three_public_apart(d, "35.00")


CASES = (
    RuleCase("T301", break_stated_amount,
             where="第三部分 四、财政拨款收支预算情况的总体说明 · “住房保障支出53.90万元，主要用于住房改革支出。”",
             message="文中“住房保障支出”为 53.90万元，表5“221 住房保障支出”合计为 35.90万元",
             also=("T304",)),
    RuleCase("T302", break_share_of_total,
             where="第三部分 三、支出预算情况说明 · “基本支出605.94万元，占61.19%，比上年预算增加66.22万元，增长12.27%，主要原因是工资普调。”",
             message="文中“基本支出”605.94 万元占 61.19%，按所属总数“支出预算” 851.14 万元 计算应为 71.19%"),
    RuleCase("T303", break_growth_rate,
             where="第三部分 三、支出预算情况说明 · “基本支出605.94万元，占71.19%，比上年预算增加66.22万元，增长10.93%，主要原因是工资普调。”",
             message="文中“基本支出”605.94 万元，增加 66.22 万元，按上年数 539.72 万元 计算增长率应为 12.27%，文中为 10.93%"),
    RuleCase("T304", break_list_adds_up,
             where="第三部分 十一（二）政府采购情况 · “2023年，昌吉市人大常委会办公室政府采购预算138.45万元，其中：政府采购货物预算36.20万元，政府采购工程预算0.00万元，政府采购服务预算112.…”",
             message="文中“政府采购预算”138.45 万元，所列各项（政府采购货物预算 36.20、政府采购工程预算 0.00、政府采购服务预算 112.25）合计 148.45 万元",
             also=("T301",)),
    RuleCase("T305", break_nested_part_listed,
             where="第三部分 二、收入预算情况说明 · “上级一般公共预算安排转移支付9.00万元，占1.06%，比上年预算增加9.00万元（上年未安排），主要原因是提前下达项目经费。”",
             message="文中“收入预算”的各项相加为 860.14 万元，多于总数 851.14 万元：“上级一般公共预算安排转移支付”9.00 万元已含在“一般公共预算拨款”中"),
    RuleCase("T306", break_count_times_unit,
             where="第三部分 七、一般公共预算项目支出情况说明 · “资金分配情况：全市代表之家活动经费172.00万元（85个，每个2.00万元）。”",
             message="文中 85个 × 每个 2.00 万元 = 170.00 万元，与所述 172.00 万元不符"),
    RuleCase("T307", break_allocation_adds_up, passing="generated",
             where="第三部分 七、一般公共预算项目支出情况说明 · “预算安排规模：38.00万元”",
             message="项目“人大会议”资金分配合计 40.00 万元（昌吉市十届三次人代会 35.00、常委会 2.00、主任会议 1.50、基层人大会议 1.50），预算安排规模为 38.00 万元"),
    RuleCase("T308", break_projects_described,
             where="第三部分 七、一般公共预算项目支出情况说明 · “昌吉市人大常委会办公室2023年一般公共预算项目支出245.20万元，共5个项目，具体情况如下：”",
             message="项目“人大监督”列在表7 中，但第三部分 七 没有说明"),
    RuleCase("T309", break_none_means_none,
             where="第三部分 四、财政拨款收支预算情况的总体说明 · “收入全部为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算拨款。”",
             message="文中称政府性基金预算未安排（“无政府性基金”），但表8 合计为 50.00 万元",
             also=("A103", "X204")),
    RuleCase("T310", break_change_direction,
             where="第三部分 三、支出预算情况说明 · “项目支出245.20万元，占28.81%，比上年预算减少144.80万元，增长37.13%，主要原因是“微实事”专项资金未做预算安排。”",
             message="文中“项目支出”减少 144.80 万元，却增长 37.13%"),
    RuleCase("T311", break_list_changes_add_up, passing="seed", failing="seed",
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “2023年财政拨款“三公”经费比上年预算增加5万元，增长0%，其中：因公出国（境）费增加0万元，增长0%，主要原因是未做预算安排；”",
             message="文中“财政拨款三公经费”比上年增加 5.00 万元，所列各项增减合计 增加 0.00 万元",
             also=("T303",)),
    RuleCase("T312", break_prior_year_agrees, passing="generated",
             where="第三部分 五、一般公共预算当年拨款情况说明（一） · “昌吉市人大常委会办公室2023年一般公共预算当年拨款合计834.94万元，其中：”",
             message="由“一般公共预算”推得上年数 913.52 万元，由“基本支出、项目支出”推得 929.72 万元，两者应为同一数"),
    RuleCase("T313", break_change_against_prior,
             where="第三部分 二、收入预算情况说明 · “上级一般公共预算安排转移支付9.00万元，占1.06%，比上年预算增加8.00万元（上年未安排），主要原因是提前下达项目经费。”",
             message="文中“上级一般公共预算安排转移支付”9.00 万元，增加 8.00 万元，推得上年为 1.00 万元，与“上年未安排”矛盾",
             also=("T311",)),
    RuleCase("T314", break_item_priors_within_total, passing="generated",
             where="第三部分 二、收入预算情况说明 · “一般公共预算834.94万元，占98.10%，比上年预算减少78.58万元，下降8.60%，主要原因是“微实事”专项资金未做预算安排；”",
             message="第三部分 五（三）所列各项的上年数合计已达 920.32 万元，超过由“一般公共预算”推得的上年总数 913.52 万元"),
    RuleCase("T315", break_change_of_stated_amounts,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “公务用车运行费31.00万元，上年为30.00万元，与上年预算持平，主要原因是与上年车辆数及标准一致。”",
             message="文中“公务用车运行费”31.00 万元，上年数 30.00 万元，文中称持平，两数之差为 增加 1.00 万元"),
    RuleCase("T316", break_budget_versus_actual,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “昌吉市人大常委会办公室2023年财政拨款“三公”经费支出预算为31.00万元，支出决算为15.50万元，完成预算的60%，其中：因公出国（境）费0.00万元…”",
             message="文中“财政拨款三公经费支出”预算数 31.00 万元，决算数 15.50 万元，完成预算的比例应为 50%，文中为 60%",
             also=("T304",)),
    RuleCase("T317", break_same_quantity_twice,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “公务用车运行费30.00万元，与上年预算持平，主要原因是与上年车辆数及标准一致。”",
             message="文中“公务用车运行费”一处为 31.00 万元，另一处为 30.00 万元",
             also=("T301",)),
    RuleCase("T318", break_shares_add_up,
             where="第三部分 三、支出预算情况说明 · “项目支出245.20万元，占38.81%，比上年预算减少144.80万元，下降37.13%，主要原因是“微实事”专项资金未做预算安排。”",
             message="文中各项占同一总数的比例（基本支出 71.19%、项目支出 38.81%）合计 110.00%，超过 100%",
             also=("T302",)),
    RuleCase("T319", break_three_public_items_add_up,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “昌吉市人大常委会办公室2023年财政拨款“三公”经费预算数为35.00万元。”",
             message="文中“财政拨款三公经费”35.00 万元，各项（因公出国(境)费 0.00、公务接待费 0.00、公务用车购置及运行费 31.00）合计 31.00 万元",
             also=("C401",)),
    RuleCase("T320", break_value_of_nothing,
             where="第三部分 十一（三）国有资产占用使用情况 · “1. 房屋0平方米，价值1.29万元。”",
             message="文中“房屋”为 0 平方米，其价值却为 1.29 万元",
             also=("T301",)),
    RuleCase("T321", break_part_within_whole,
             where="第三部分 十一（二）政府采购情况 · “2023年度本部门面向中小企业预留政府采购项目预算金额1384.50万元，其中：面向小微企业预留政府采购项目预算金额138.45万元。”",
             message="文中“本部门面向中小企业预留政府采购项目预算”1384.50 万元，超过其所属的“政府采购预算”138.45 万元",
             also=("T301",)),
)


test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault = family_tests(CASES)
