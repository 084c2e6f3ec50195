"""W7xx 合理性: plausibility warnings.

Each rule's passing and failing case; tests/check/rules/cases.py says what a case asserts.
"""

from __future__ import annotations

from decimal import Decimal

from tests.check.helpers import replace_text, table
from tests.check.rules.cases import RuleCase, family_tests
from yusuan.model.disclosure import Disclosure, Paragraph
from yusuan.money import MoneyUnit


def _section(d: Disclosure, key: str):
    return next(s for s in d.sections if s.key == key)


def break_large_change_without_reason(d: Disclosure) -> None:
    replace_text(d, "3.3", "，主要原因是“微实事”专项资金未做预算安排", "")


def break_reason_for_no_change(d: Disclosure) -> None:
    """A reason given for a change of zero."""
    replace_text(d, "3.10", "其中：因公出国（境）费未安排", "其中：因公出国（境）费增加0.00万元，增长0.00%，主要原因是未做预算安排")


def break_rate_from_zero_base(d: Disclosure) -> None:
    """A growth rate over a prior of zero."""
    replace_text(d, "3.2", "比上年预算增加16.20万元（上年未安排）", "比上年预算增加16.20万元，增长100.00%")


def break_placeholder_left(d: Disclosure) -> None:
    replace_text(d, "3.1", "收支总预算851.14万元", "收支总预算XX万元")


def break_unit_mixup(d: Disclosure) -> None:
    table(d, "T6").unit = MoneyUnit.YUAN


def break_personnel_per_person(d: Disclosure) -> None:
    d.overview.staffing.actual = 2


def break_wrong_year(d: Disclosure) -> None:
    replace_text(d, "3.5.1", "2023年一般公共预算当年拨款", "2022年一般公共预算当年拨款")


def break_superior_name(d: Disclosure) -> None:
    """The department's name under two governments, and its superior's (the district left out) in a sentence."""
    d.department = "新疆维吾尔自治区昌吉市人大常委会办公室"
    replace_text(d, "3.5.1", "昌吉市人大常委会办公室2023年", "新疆维吾尔自治区人大常委会办公室2023年")


def break_named_item_empty(d: Disclosure) -> None:
    """表6's 奖金 left empty (its 41.84 printed under 基本工资), while the text still names it."""
    t6 = table(d, "T6")
    rows = {r.code: r for r in t6.rows}
    rows["30101"].values["total"] = rows["30101"].values["personnel"] = Decimal("181.32")
    rows["30103"].values["total"] = rows["30103"].values["personnel"] = None


def break_three_public_unit_slip(d: Disclosure) -> None:
    """A “三公” item of a few 元 among the 三公 amounts in 万元 (r582: "因公出国(境)费支出决算为4.46元")."""
    replace_text(d, "3.10", "公务接待费0.00万元，公务用车购置及运行费", "公务接待费2.50元，公务用车购置及运行费")


def break_listed_count(d: Disclosure) -> None:
    """The count before the list of 处室 one less than the list names."""
    replace_text(d, "1.2", "下设5个处室", "下设4个处室")


def break_change_stated_twice(d: Disclosure) -> None:
    """The seed's unchanged “三公” restated, after its items, as a fall."""
    replace_text(d, "3.10", "公务接待费增加 0 万元，增长 0%，主要原因是未做预算安排。",
                 "公务接待费增加 0 万元，增长 0%，主要原因是未做预算安排。“三公”经费比上年预算减少2万元。")


def break_whole_rate_from_parts(d: Disclosure) -> None:
    """支出预算 said to grow by 2.00%, while its 基本支出 and 项目支出, with their amounts and rates, fell by 8.45%."""
    replace_text(d, "3.3", "2023年支出预算851.14万元，其中：", "2023年支出预算851.14万元，比上年预算增长2.00%，其中：")


def break_whole_change_from_parts(d: Disclosure) -> None:
    """支出预算 said to rise by 20.00万元, while its 基本支出 (+66.22) and 项目支出 (−144.80) fell by 78.58 together."""
    replace_text(d, "3.3", "2023年支出预算851.14万元，其中：", "2023年支出预算851.14万元，比上年预算增加20.00万元，其中：")


def break_year_end_balance(d: Disclosure) -> None:
    """A fund's year-end balance stated one off the balance its terms give (10 + 100 − 105 = 5, printed 6)."""
    replace_text(d, "3.1", "收支总预算851.14万元", "收支总预算851.14万元。所属食堂专户资金上年结转和结余10.00万元，"
                 "专户资金收入100.00万元，专户资金支出105.00万元，专户资金年末结转和结余6.00万元")


def break_heading_other_side(d: Disclosure) -> None:
    """The income's sentence copied under a heading of the expenditure."""
    _section(d, "3.1").paragraphs += [Paragraph(text="（二）全年支出"),
                                      Paragraph(text="2023年收入预算851.14万元，与上年预算相比有所减少。")]


def break_operating_costs_within_public(d: Disclosure) -> None:
    d.statements.operating_costs = Decimal("200")


def break_number_left_out(d: Disclosure) -> None:
    replace_text(d, "3.3", "占71.19%", "占支出预算%")


def break_numbering(d: Disclosure) -> None:
    _section(d, "3.4").heading = _section(d, "3.4").heading.replace("四、", "五、")


def break_amounts_for_empty_table(d: Disclosure) -> None:
    table(d, "T8").rows = []
    replace_text(
        d, "3.8", "没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表", "政府性基金预算支出50.00万元")


def break_template_alternative(d: Disclosure) -> None:
    replace_text(d, "3.10", "“三公”经费与上年预算持平",
        "“三公”经费比上年预算增加（减少）0万元")


def break_doubled_word(d: Disclosure) -> None:
    replace_text(d, "3.10", "其中：因公出国", "其中：其中因公出国")


def break_reason_against_figures(d: Disclosure) -> None:
    """A rise explained by 公务接待 while 表10's 公务接待费 is 0."""
    replace_text(d, "3.10", "“三公”经费与上年预算持平",
                 "“三公”经费比上年预算增加2.00万元，增长6.90%，主要原因是公务接待任务增加")


CASES = (
    RuleCase("W701", break_large_change_without_reason,
             where="第三部分 三、支出预算情况说明 · “项目支出245.20万元，占28.81%，比上年预算减少144.80万元，下降37.13%。”",
             message="文中“项目支出”比上年减少 144.80 万元（37.13%），没有说明原因"),
    RuleCase("W702", break_reason_for_no_change,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “其中：因公出国（境）费增加0.00万元，增长0.00%，主要原因是未做预算安排；”",
             message="文中“因公出国(境)费”比上年增减为 0，却写了原因“未做预算安排”"),
    RuleCase("W703", break_rate_from_zero_base,
             where="第三部分 二、收入预算情况说明 · “财政拨款结转16.20万元，占1.90%，比上年预算增加16.20万元，增长100.00%，主要原因是本年增加财政拨款结转资金。”",
             message="文中“财政拨款结转”上年为 0，“增长100.00%”没有意义"),
    RuleCase("W704", break_placeholder_left,
             where="第三部分 一、收支预算情况的总体说明 · “收支总预算XX万元。”",
             message="说明文字中有占位符“XX”"),
    RuleCase("W705", break_unit_mixup,
             where="表6 一般公共预算基本支出情况表",
             message="表5（单位：万元）与表6（单位：元）的金额相差 10000 倍，疑似单位（元/万元）标注错误",
             also=("T301", "X207")),
    RuleCase("W706", break_personnel_per_person,
             where="表6 一般公共预算基本支出情况表",
             message="人员经费 462.68 万元 ÷ 实有人数 2 人 = 人均 231.34 万元，不在常见范围（1–80 万元）内",
             also=("T301",)),
    RuleCase("W707", break_wrong_year,
             where="第三部分 五、一般公共预算当年拨款情况说明（一） · “昌吉市人大常委会办公室2022年一般公共预算当年拨款合计834.94万元，其中：”",
             message="文中写“2022年一般公共预算当年”，本文件是 2023 年预算"),
    RuleCase("W708", break_operating_costs_within_public,
             where="第三部分 十一（一）机关运行经费情况",
             message="机关运行经费 200.00 万元，大于表6 公用经费 143.26 万元",
             also=("T301",)),
    RuleCase("W709", break_number_left_out,
             where="第三部分 三、支出预算情况说明 · “基本支出605.94万元，占支出预算%，比上年预算增加66.22万元，增长12.27%，主要原因是工资普调。”",
             message="文中“占支出预算%”缺少数字"),
    RuleCase("W710", break_numbering,
             where="第三部分 四、财政拨款收支预算情况的总体说明 · “五、关于昌吉市人大常委会办公室2023年财政拨款收支预算情况的总体说明”",
             message="编号“五、”前缺少“四、”（“五、关于昌吉市人大常委会办公室2023年财政拨款收支预算情况”）"),
    RuleCase("W711", break_amounts_for_empty_table,
             where="第三部分 八、政府性基金预算拨款情况说明 · “昌吉市人大常委会办公室2023年政府性基金预算支出50.00万元。”",
             message="文中“政府性基金预算支出”为 50.00 万元，但政府性基金预算支出情况表（表8）是空表"),
    RuleCase("W712", break_template_alternative,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “2023年财政拨款“三公”经费比上年预算增加（减少）0万元。”",
             message="文中“增加（减少）”保留了模板的备选写法，应按实际情况择一"),
    RuleCase("W723", break_doubled_word,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “昌吉市人大常委会办公室2023年财政拨款“三公”经费预算数为31.00万元，"
                   "其中：其中因公出国（境）费0.00万元，公务接待费0.00万元，公务用车购置及运…”",
             message="文中“其中：其中”重复，应删去多余的一处"),
    RuleCase("W713", break_reason_against_figures,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “2023年财政拨款“三公”经费比上年预算增加2.00万元，增长6.90%，"
                   "主要原因是公务接待任务增加。”",
             message="“财政拨款三公经费”增加 2.00 万元的原因“公务接待任务增加”与数字不符：公务接待费本年为 0",
             also=("T311",)),  # the example's 三公 did not change: the made-up rise contradicts 表10 too
    RuleCase("W715", break_named_item_empty, where="表6 一般公共预算基本支出情况表 · 30103 奖金",
             message="文中列为人员经费组成的“奖金”，在表6中为空"),
    RuleCase("W717", break_three_public_unit_slip,
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “昌吉市人大常委会办公室2023年财政拨款“三公”经费预算数为31.00万元，"
                   "其中：因公出国（境）费0.00万元，公务接待费2.50元，公务用车购置及运行费3…”",
             message="文中“公务接待费”印作“2.50元”，同一段的“三公”经费以万元计（“财政拨款三公经费”31.00万元）：单位疑为万元",
             also=("T301",)),  # the text's 2.50元 against 表10's empty 公务接待费
    RuleCase("W718", break_whole_rate_from_parts,
             where="第三部分 三、支出预算情况说明 · “昌吉市人大常委会办公室2023年支出预算851.14万元，比上年预算增长2.00%，其中：”",
             message="文中“支出预算”比上年增长2.00%，按所列各项的金额和增减率推算应为下降约8.45%"),
    RuleCase("W722", break_whole_change_from_parts,
             where="第三部分 三、支出预算情况说明 · “昌吉市人大常委会办公室2023年支出预算851.14万元，比上年预算增加20.00万元，其中：”",
             message="文中“支出预算”比上年增加 20.00 万元，而本年金额合计即为总数的基本支出、项目支出比上年合计减少 78.58 万元",
             also=("T311",)),  # the made-up rise contradicts the tables' 上年 column too
    RuleCase("W719", break_year_end_balance,
             where="第三部分 一、收支预算情况的总体说明 · “所属食堂专户资金上年结转和结余10.00万元，专户资金收入100.00万元，"
                   "专户资金支出105.00万元，专户资金年末结转和结余6.00万元。”",
             message="文中“专户资金年末结转和结余”为 6.00 万元，按同句所列上年结转和结余、收入、支出计算应为 5.00 万元"),
    RuleCase("W721", break_heading_other_side,
             where="第三部分 一、收支预算情况的总体说明 · “2023年收入预算851.14万元，与上年预算相比有所减少。”",
             message="标题“(二)全年支出”说的是支出，其下首句所述却是“收入预算”851.14 万元"),
    RuleCase("W716", break_listed_count,
             where="第一部分 二、机构设置及人员情况 · “昌吉市人大常委会办公室本级下设4个处室，分别是：办公室、财经工作委员会、"
                   "代表人事侨务工作委员会、监察和法制工作委员会、教科文卫工作委员会。”",
             message="文中说“4个”，其后列出的是 5 项"),
    RuleCase("W720", break_change_stated_twice, failing="seed",
             where="第三部分 十、财政拨款“三公”经费预算情况说明 · “三公”经费比上年预算减少2万元。”",
             message="文中“三公经费”比上年减少 2.00 万元，另一处为增加 0.00 万元（0%）"),
    RuleCase("W714", break_superior_name,
             where="第三部分 五、一般公共预算当年拨款情况说明（一） · “新疆维吾尔自治区人大常委会办公室2023年一般公共预算当年拨款合计"
                   "834.94万元，其中：”",
             message="“新疆维吾尔自治区人大常委会办公室2023年一般公共预算当”中的单位名称“新疆维吾尔自治区人大常委会办公室”"
                     "是上级部门的名称，本文件是“新疆维吾尔自治区昌吉市人大常委会办公室”的预算"),
)


test_rule_is_silent_on_a_clean_disclosure, test_rule_finds_its_fault = family_tests(CASES)
