"""The seed publication (昌吉市人大常委会办公室 2023 年部门预算公开), transcribed by hand into a Disclosure.

A test fixture for the check stage until the published-text reader lands: all ten tables with
their codes and printed figures (empty cells as None), the explanation sections verbatim (one
paragraph per printed line, page breaks included, as a reader of the text would see them), the five
performance-target tables, and the figures the text states. Nothing is corrected: the
publication's own inconsistencies are kept, for the rules to find.

Readings that needed judgement:
* 表2's first page lost its empty cells in the text dump. Its second page and its 合计 row show the
  财政拨款（补助）小计 column blank, and the 201/20101 rows print 736.44 | 727.44 | 9 (总计, then
  一般公共预算 727.44 and 上级转移支付 9, the 16.20 of 财政拨款结转 not split out at these levels).
* Codes printed in 类/款/项 columns are joined (201 | 01 | 01 → 2010101); 表2's damaged codes ("20",
  "21 0") are restored from the names, as the other tables print them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from yusuan.model.budget import (
    Assets,
    BudgetUnit,
    Comparator,
    Indicator,
    PerformanceTargets,
    Procurement,
    Staffing,
    UnitKind,
    VehicleGroup,
)
from yusuan.model.disclosure import (
    Column,
    Disclosure,
    Overview,
    Paragraph,
    ProjectTargets,
    Row,
    RowKind,
    Section,
    Side,
    Statements,
    Table,
    TableId,
)
from yusuan.model.layouts import TABLE_TITLES
from yusuan.model.sources import INCOME_ROWS, IncomeRow
from yusuan.model.vocabulary import ECONOMIC_CLASS_COLUMNS, T2_COLUMNS, THREE_PUBLIC_ROWS

DEPT = "昌吉市人大常委会办公室"


def D(x: str | int | float | None) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def _table(tid: TableId, columns: list[tuple[str, str]], rows: list[Row], note: str | None = None) -> Table:
    return Table(id=tid, title=TABLE_TITLES[tid], department=DEPT,
                 columns=[Column(key=k, label=v) for k, v in columns], rows=rows, note=note)


def _coded(code: str, label: str, keys: list[str], *values) -> Row:
    kind = RowKind.ITEM if len(code) == 7 else RowKind.SUBTOTAL
    return Row(code=code, label=label, kind=kind, values={k: D(v) for k, v in zip(keys, values, strict=False)})


def _total(keys: list[str], *values, label: str = "合计", side: Side | None = None) -> Row:
    return Row(label=label, kind=RowKind.TOTAL, side=side, values={k: D(v) for k, v in zip(keys, values, strict=False)})


CLASSES = [("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"),
           ("205", "教育支出"), ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"),
           ("209", "社会保险基金支出"), ("210", "卫生健康支出"), ("211", "节能环保支出"), ("212", "城乡社区支出"),
           ("213", "农林水支出"), ("214", "交通运输支出"), ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"),
           ("217", "金融支出"), ("219", "援助其他地区支出"), ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"),
           ("222", "粮油物资储备支出"), ("223", "国有资本经营预算支出"), ("224", "灾害防治及应急管理支出"),
           ("227", "预备费"), ("229", "其他支出"), ("230", "转移性支出"), ("231", "债务还本支出"), ("232", "债务付息支出"),
           ("233", "债务发行费用支出"), ("234", "抗疫特别国债安排的支出")]
CLASS_AMOUNTS = {"201": "736.44", "208": "47.49", "210": "31.31", "221": "35.90"}

T1_INCOME = {IncomeRow.CURRENT_YEAR: "834.94", IncomeRow.GENERAL_BUDGET: "834.94",
             IncomeRow.GENERAL_BUDGET_OWN: "825.94", IncomeRow.GENERAL_BUDGET_TRANSFER: "9",
             IncomeRow.CARRYOVER: "16.2", IncomeRow.CARRYOVER_FISCAL: "16.2",
             IncomeRow.CARRYOVER_GENERAL_BUDGET: "16.2", IncomeRow.TOTAL: "851.14"}


def table_1() -> Table:
    rows = [Row(code=s.row.value, label=s.label, side=Side.INCOME,
                kind=RowKind.TOTAL if s.row == IncomeRow.TOTAL else RowKind.ITEM,
                values={"amount": D(T1_INCOME.get(s.row))}) for s in INCOME_ROWS if s.row != IncomeRow.TOTAL]
    rows += [Row(code=c, label=n, side=Side.EXPENDITURE, kind=RowKind.SUBTOTAL, values={"amount": D(CLASS_AMOUNTS.get(c))})
             for c, n in CLASSES]
    rows.append(_total(["amount"], "851.14", label="收 入 总 计", side=Side.INCOME))
    rows.append(_total(["amount"], "851.14", label="支 出 总 计", side=Side.EXPENDITURE))
    return _table(TableId.T1, [("amount", "预算数")], rows)


T2_KEYS = [str(k) for k, _ in T2_COLUMNS]  # total, fiscal, general_budget, general_budget_transfer, …


def _t2(code: str, label: str, total: str, general: str | None = None, transfer: str | None = None,
        carryover: str | None = None) -> Row:
    values = dict.fromkeys(T2_KEYS)
    values.update(total=total, general_budget=general, general_budget_transfer=transfer, carryover_fiscal=carryover)
    return _coded(code, label, T2_KEYS, *[values[k] for k in T2_KEYS])


def table_2() -> Table:
    rows = [
        _t2("201", "一般公共服务支出", "736.44", "727.44", "9"),
        _t2("20101", "人大事务", "736.44", "727.44", "9"),
        _t2("2010101", "行政运行", "473.27", "473.27"),
        _t2("2010108", "代表工作", "16.20", carryover="16.2"),
        _t2("2010150", "事业运行", "17.97", "17.97"),
        _t2("2010199", "其他人大事务支出", "229.00", "220.00", "9"),
        _t2("208", "社会保障和就业支出", "47.49", "47.49"),
        _t2("20805", "行政事业单位养老支出", "47.49", "47.49"),
        _t2("2080505", "机关事业单位基本养老保险", "47.49", "47.49"),
        _t2("210", "卫生健康支出", "31.31", "31.31"),
        _t2("21011", "行政事业单位医疗", "31.31", "31.31"),
        _t2("2101101", "行政单位医疗", "26.50", "26.50"),
        _t2("2101102", "事业单位医疗", "1.69", "1.69"),
        _t2("2101103", "公务员医疗补助", "2.97", "2.97"),
        _t2("2101199", "其他行政事业单位医疗支出", "0.15", "0.15"),
        _t2("221", "住房保障支出", "35.90", "35.90"),
        _t2("22102", "住房改革支出", "35.90", "35.90"),
        _t2("2210201", "住房公积金", "35.90", "35.90"),
    ]
    values = dict.fromkeys(T2_KEYS)
    values.update(total="851.14", general_budget="825.94", general_budget_transfer="9", carryover_fiscal="16.2")
    rows.append(_total(T2_KEYS, *[values[k] for k in T2_KEYS]))
    return _table(TableId.T2, [(str(k), v) for k, v in T2_COLUMNS], rows)


BP = ["total", "basic", "project"]
FUNCTIONAL_ROWS = [
    ("201", "一般公共服务支出", "736.44", "491.23", "245.20"),
    ("20101", "人大事务", "736.44", "491.23", "245.20"),
    ("2010101", "行政运行", "473.27", "473.27", None),
    ("2010108", "代表工作", "16.20", None, "16.2"),
    ("2010150", "事业运行", "17.97", "17.97", None),
    ("2010199", "其他人大事务支出", "229.00", None, "229.00"),
    ("208", "社会保障和就业支出", "47.49", "47.49", None),
    ("20805", "行政事业单位养老支出", "47.49", "47.49", None),
    ("2080505", "机关事业单位基本养老保险", "47.49", "47.49", None),
    ("210", "卫生健康支出", "31.31", "31.31", None),
    ("21011", "行政事业单位医疗", "31.31", "31.31", None),
    ("2101101", "行政单位医疗", "26.50", "26.50", None),
    ("2101102", "事业单位医疗", "1.69", "1.69", None),
    ("2101103", "公务员医疗补助", "2.97", "2.97", None),
    ("2101199", "其他行政事业单位医疗支出", "0.15", "0.15", None),
    ("221", "住房保障支出", "35.90", "35.90", None),
    ("22102", "住房改革支出", "35.90", "35.90", None),
    ("2210201", "住房公积金", "35.90", "35.90", None),
]


def _functional(tid: TableId, pension_label: str) -> Table:
    rows = [_coded(c, pension_label if c == "2080505" else n, BP, *v) for c, n, *v in FUNCTIONAL_ROWS]
    rows.append(_total(BP, "851.14", "605.94", "245.20"))
    cols = [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")]
    return _table(tid, cols, rows)


def table_4() -> Table:
    keys = ["total", "general", "fund", "soe"]
    rows = [
        Row(code="fiscal", label="一、财政拨款（补助）", side=Side.INCOME, kind=RowKind.SUBTOTAL, values={"total": D("851.14")}),
        Row(code="general", label="一般公共预算", side=Side.INCOME, values={"total": D("851.14")}),
        Row(code="fund", label="政府性基金预算", side=Side.INCOME, values={"total": None}),
        Row(code="soe", label="国有资本经营预算", side=Side.INCOME, values={"total": None}),
        _total(["total"], "851.14", label="收 入 总 计", side=Side.INCOME),
    ]
    names = dict(CLASSES)
    names["234"] = "抗疫特别国债还本支出"  # as 表4 prints it
    rows += [Row(code=c, label=names[c], side=Side.EXPENDITURE, kind=RowKind.SUBTOTAL,
                 values={"total": D(CLASS_AMOUNTS.get(c)), "general": None, "fund": None, "soe": None})
             for c, _ in CLASSES]
    rows.append(_total(keys, "851.14", None, None, None, label="支 出 总 计", side=Side.EXPENDITURE))
    return _table(TableId.T4, [("total", "合计"), ("general", "一般公共预算"), ("fund", "政府性基金预算"),
                               ("soe", "国有资本经营预算")], rows)


T6_ROWS = [
    ("301", "工资福利支出", "421.13", "421.13", None),
    ("30101", "基本工资", "139.48", "139.48", None),
    ("30102", "津贴补贴", "117.84", "117.84", None),
    ("30103", "奖金", "41.84", "41.84", None),
    ("30108", "机关事业单位基本养老保险缴费", "47.49", "47.49", None),
    ("30110", "城镇职工基本医疗保险缴费", "28.20", "28.20", None),
    ("30111", "公务员医疗补助缴费", "2.97", "2.97", None),
    ("30112", "其他社会保障缴费", "0.70", "0.70", None),
    ("30113", "住房公积金", "35.90", "35.90", None),
    ("30114", "医疗费", "0.15", "0.15", None),
    ("30199", "其他工资福利支出", "6.56", "6.56", None),
    ("302", "商品和服务支出", "143.26", None, "143.26"),
    ("30201", "办公费", "96.20", None, "96.20"),
    ("30202", "印刷费", "1.25", None, "1.25"),
    ("30203", "咨询费", "0.50", None, "0.50"),
    ("30204", "手续费", "0.50", None, "0.50"),
    ("30205", "水费", "0.75", None, "0.75"),
    ("30206", "电费", "0.75", None, "0.75"),
    ("30207", "邮电费", "0.50", None, "0.50"),
    ("30209", "物业管理费", "1.25", None, "1.25"),
    ("30211", "差旅费", "1.25", None, "1.25"),
    ("30228", "工会经费", "5.66", None, "5.66"),
    ("30229", "福利费", "2.90", None, "2.90"),
    ("30231", "公务用车运行维护费", "31.00", None, "31.00"),
    ("30239", "其他交通费用", "0.75", None, "0.75"),
    ("303", "对个人和家庭的补助", "41.55", "41.55", None),
    ("30302", "退休费", "41.55", "41.55", None),
]


def table_6() -> Table:
    keys = ["total", "personnel", "public"]
    rows = [_coded(c, n, keys, *v) for c, n, *v in T6_ROWS]
    rows.append(_total(keys, "605.94", "462.68", "143.26"))
    return _table(TableId.T6, [("total", "合计"), ("personnel", "人员经费"), ("public", "公用经费")], rows)


T7_PROJECTS = [("人大会议", "38.00"), ("人大监督", "10.00"), ("“代表之家”活动经费", "172.00"),
               ("驻县(市)州人大代表活动经费", "16.20"), ("提前下达2023年度自治区基层人大补助经费", "9.00")]


def table_7() -> Table:
    rows = [Row(code="2010199", label="其他人大事务支出", project=name, values={"total": D(v), "302": D(v)})
            for name, v in T7_PROJECTS]
    rows.append(_total(["total", "302"], "245.20", "245.20"))
    return _table(TableId.T7, [("total", "项目支出合计"), *ECONOMIC_CLASS_COLUMNS], rows)


def _empty(tid: TableId, what: str) -> Table:
    return _table(tid, [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")],
                  [_total(BP, None, None, None)], note=f"2023 年{DEPT}预算未安排{what}。")


def table_10() -> Table:
    values = {"total": "31.00", "vehicle": "31.00", "vehicle_operation": "31.00"}
    rows = [Row(code=code, label=label, kind=RowKind.TOTAL if code == "total" else
                RowKind.SUBTOTAL if code == "vehicle" else RowKind.ITEM,
                values={"total": D(values.get(code)), "general_budget": D(values.get(code)), "fund_budget": None,
                        "soe_budget": None})
            for code, label in THREE_PUBLIC_ROWS]
    return _table(TableId.T10, [("total", "合计"), ("general_budget", "一般公共预算"), ("fund_budget", "政府性基金"),
                                ("soe_budget", "国有资本经营预算")], rows)


SECTIONS: list[tuple[str, str, list[str]]] = [
    ('1.1', '一、主要职能', [
        '昌吉市人大常委会是昌吉市人民代表大会的常设机构，担负着宪法和法律赋予的重大职责。人大机关机构改革的指导思想是：以党的十五大精神为指针，有利于坚持和加强党对人大工作的领导；有利于依法治国，加强社会主义民主政治建设；有利于坚持和完善人民代表大会制度，加强人大立法和监督工作；有利于加强人大机关建设，理顺职责关系，规范机关机构设置，优化干部结构，形成高效的工作机制，为人大及其常委会依法履行职责，更好地发挥地方国家权力机关的作用，提供可靠的组织保障。',
    ]),
    ('1.2', '二、机构设置及人员情况', [
        '从预算单位构成看，昌吉市人大常委会办公室的预算包括：昌吉市人大常委会办公室本级预算及下属 1 家预算单位在内的汇总预算。',
        '昌吉市人大常委会办公室本级下设 5 个处室，分别是：办公室、财经工作委员会、代表人事侨务工作委员会、监察和法制工作委员会、教科文卫工作委员会。',
        '本部门中，行政单位 1 家，事业单位 1 家，纳入昌吉市人大常委会办公室 2023 年部预算编制范围的二级预算单位包括：',
        '1. 昌吉市人大常委会办公室',
        '2. 昌吉市人大代表联络中心。',
        '昌吉市人大常委会办公室编制数 29，实有人数 60 人，其中：在职 25 人，增加 0 人；退休 35 人，增加 2 人；离休 0 人，增加 0 人。',
    ]),
    ('3.1', '一、关于昌吉市人大常委会办公室 2023 年收支预算情况的总体说明', [
        '按照全口径预算的原则，昌吉市人大常委会办公室 2023 年所有收入和支出均纳入部门预算管理。收支总预算 851.14 万元。',
        '收入预算包括：一般公共预算、财政拨款结转结余。',
        '支出预算包括：一般公共服务支出、社会保障和就业支出、卫生健康支出、住房保障支出等。',
    ]),
    ('3.2', '二、关于昌吉市人大常委会办公室 2023 年收入预算情况说明', [
        '昌吉市人大常委会办公室收入预算 851.14 万元，其中：',
        '一般公共预算 834.94 万元，占 97.04%，比上年预算减少 78.58 万元，下降 8.6%，主要原因是“微实事”专项资金未做预算安排；',
        '上级一般公共预算安排的转移支付资金 9 万元，占 1.06%，比上年预算增加 9 万元，增长 100%，主要原因是提前下达项目经费。',
        '政府性基金预算未安排。',
        '上级政府性基金安排的转移支付资金未安排。',
        '国有资本经营预算未安排。',
        '上级国有资本经营预算安排的转移支付资金未安排。',
        '财政拨款结转 16.2 万元，占 1.90%，比上年预算增加',
        '16.2 万元，增长 100.00%，主要原因是本年增加财政拨款结转资金。',
    ]),
    ('3.3', '三、关于昌吉市人大常委会办公室 2023 年支出预算情况说明', [
        '昌吉市人大常委会办公室 2023 年支出预算 851.14 万元，其中：',
        '基本支出 605.94 万元，占 71.19%，比上年预算增加 66.22 万元，增长 12.27%，主要原因是工资普调。',
        '项目支出 245.2 万元，占 28.81%，比上年预算减少 144.8 万元，下降 37.13%，主要原因是“微实事”专项资金未做预算安排。',
    ]),
    ('3.4', '四、关于昌吉市人大常委会办公室 2023 年财政拨款收支预算情况的总体说明', [
        '2023 年财政拨款收支总预算 851.14 万元。',
        '收入全部为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算。',
        '收入预算包括：一般公共预算拨款 851.14 万元。',
        '一般公共预算支出包括：一般公共服务支出 736.43 万元，主要用于人大事务支出；社会保障和就业支出 47.49 万元，主要用于机关事业单位基本养老保险缴费支出；卫生健康支出 31.31 万元，主要用于医疗保险缴费支出；住房保障支出 35.90 万元，主要用于住房公积金缴费支出。',
    ]),
    ('3.5', '五、关于昌吉市人大常委会办公室 2023 年一般公共预算当年拨款情况说明', [
        '（一）一般公共预算当年拨款规模变化情况',
        '昌吉市人大常委会办公室 2023 年一般公共预算拨款合计 834.94 万元，其中：基本支出 605.94 万元，比上年预算增加 66.22 万元，增长 12.27%。主要原因是：人员工资普调。项目支出 229.00 万元，比上年预算减少 161.00 万元，下降 41.28%。主要原因是：“微实事”专项资金未做预算安排。',
        '（二）一般公共预算当年拨款结构情况',
        '1. 一般公共服务（201 类）720.24 万元，占 86.26%。',
        '2. 社会保障和就业支出（208 类）47.49 万元，占 5.69%。',
        '3. 卫生健康支出（210 类）31.31 万元，占 3.75%。',
        '4. 住房保障支出（221 类）35.90 万元，占 4.30%。',
        '（三）一般公共预算当年拨款具体使用情况',
        '1. 一般公共服务（201 类）人大事务（01 款）行政运行（01 项）：2023 年预算数为 473.27 万元，比上年预算增加 53.24 万元，增长 12.68%，主要原因是：工资普调；人大会议（04 项）：2023 年预算数为 0 万元，比上年预算减少 30 万元，降低 100.00%，主要原因是：2023 年将人大会议经费列入其他人大事务支出；人大监督（06 项）：2023 年预算数为 0 万元，比上年预算减少 160 万元，降低 100.00%，主要原因是：2023 年将人大监督项目经费列入其他人大事务支出；事业运行（50 项）17.97 万元，比上年减少 4.73 万元，降低 20.84%，主要原因为事业位减少 1 人；其他人大事务支出（99 项）：2023 年预算数为 229 万元，比上年预算增加 29 万元，增长 14.50%，主要原因是：2023 年将人大监督、人',
        '大会议项目经费列入其他人大事务支出。',
        '2. (208类) 社会保障和就业支出(05款) 行政事业单位养老支出(05项) 机关事业单位基本养老保险缴费: 2023年预算数为47.49万元, 比上年预算增加9.34万元, 增长24.48%, 主要原因是: 工资普调, 社保基数上涨。',
        '3. 卫生健康支出(210类) 行政事业单位医疗(11款) 行政单位医疗(01项): 2023年预算数为26.50万元, 比上年预算增加5.95万元, 增长28.95%, 主要原因是: 人员增加, 单位部分与个人部分缴费比例调整。',
        '4. 住房保障支出(221类) 住房改革支出(02款) 住房公积金(01项): 2023年预算数为35.90万元, 比上年预算增加7.01万元, 增长24.26%, 主要原因是: 工资普调, 住房基金基数上涨。',
    ]),
    ('3.6', '六、关于昌吉市人大常委会办公室2023年一般公共预算基本支出情况说明', [
        '昌吉市人大常委会办公室2023年一般公共预算基本支出605.94万元, 其中:',
        '人员经费462.68万元, 主要包括: 基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、医疗费、其他工资福利支出、退休费。',
        '公用经费143.26万元, 主要包括: 办公费、印刷费、咨询费、手续费、水费、电费、邮电费、物业管理费、差旅',
        '费、工会经费、福利费、公务用车运行维护费、其他交通费用。',
    ]),
    ('3.7', '七、关于昌吉市人大常委会办公室 2023 年一般公共预算项目支出情况说明', [
        '1、项目名称：人大会议',
        '设立的政策依据：《宪法》、《地方组织法》、《人民代表大会制度》要求，2023 年我单位依法召开昌吉市十届三次人代会，常委会 10 次，主任会议 15 次，基层人大会议 4 次。',
        '预算安排规模：38 万元',
        '项目承担单位：昌吉市人大常委会办公室',
        '资金分配情况：昌吉市十届三次人代会 35 万元；常委会 2 万元；主任会议 1.5 万元；基层人大会议 1.5 万元。',
        '资金执行时间：2023 年 1 月 1 日至 2023 年 12 月 31 日',
        '2、项目名称：人大监督',
        '设立的政策依据：《宪法》、《地方组织法》、《人民代表大会制度》、《关于贯彻落实自治州党委人大工作会议精神新时代加强人大工作的实施意见》昌市党发[2020]6 号文',
        '预算安排规模：10.00 万元',
        '项目承担单位：昌吉市人大常委会办公室',
        '资金分配情况：预算联网监督系统运行维护费 5 万元；开展全体代表集中培训经费 4 万元；开展专题讲座经费 1 万元。',
        '资金执行时间：2023年1月1日至2023年12月31日',
        '3、项目名称：“代表之家”活动经费',
        '设立的政策依据：《关于贯彻落实自治州党委人大工作会议精神新时代加强人大工作的实施意见》（昌市党发[2020]6号）文要求，“‘代表之家’活动经费按照每个每年不低于2万元标准给予保障”。',
        '预算安排规模：172.00万元',
        '项目承担单位：昌吉市人大常委会办公室',
        '资金分配情况：全市86个代表之家，每个每年给予活动经费2.00万元。',
        '资金执行时间：2023年1月1日至2023年12月31日',
        '4、项目名称：驻县（市）州人大代表活动经费',
        '设立的政策依据：昌州财行【2022】20号',
        '预算安排规模：16.20万元',
        '项目承担单位：昌吉市人大常委会办公室',
        '资金分配情况：用于州级人大代表开展的“三查（察）”、“双联系”活动等8.2万元，用于代表培训8万元。全面提升服务社会能力，保障工作平稳运行。',
        '资金执行时间：2023年1月1日至2023年12月31日',
        '5、项目名称：提前下达2023年度自治区基层人大补助经费',
        '设立的政策依据：昌州财行【2022】31号',
        '预算安排规模：9.00万元',
        '项目承担单位：昌吉市人大常委会办公室',
        '资金分配情况：用于全面加强基层人大建设，保障基层人大建设代表“家站室”建设4万元，开展立法监督等工作，改善办公条件等5万元，更好支持基层国家权力机关发挥作用。',
        '资金执行时间：2023年1月1日至2023年12月31日',
    ]),
    ('3.8', '八、关于昌吉市人大常委会办公室2023年政府性基金预算拨款情况说明', [
        '昌吉市人大常委会办公室2023年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。',
    ]),
    ('3.9', '九、关于昌吉市人大常委会办公室2023年国有资本经营预算拨款情况说明', [
        '昌吉市人大常委会办公室2023年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。',
    ]),
    ('3.10', '十、关于昌吉市人大常委会办公室2023年财政拨款“三公”经费预算情况说明', [
        '昌吉市人大常委会办公室2023年财政拨款“三公”经费数为31.00万元，其中：因公出国（境）费0.00万元，公务用车购置费0万元，公务用车运行费31万元，公务接待费0万元。',
        '2023年财政拨款“三公”经费比上年预算增加0万元，增长0%，其中：因公出国（境）费增加0万元，增长0%，主要原因是未做预算安排；公务用车购置费增加0万元，增长0%，主要原因是未做预算安排；公务用车运行费增加0万',
        '元，增长 0%，主要原因是与上年车辆数及标准一致；公务接待费增加 0 万元，增长 0%，主要原因是未做预算安排。',
    ]),
    ('3.11.1', '（一）机关运行经费情况', [
        '2023 年，昌吉市人大常委会办公室本级及下属 0 家行政单位和下 1 家事业单位的机关运行经费财政拨款预算 143.26 万元，比上年预算增加 1.85 万元，增长 1.31%。主要原因是代表人数增加。',
    ]),
    ('3.11.2', '（二）政府采购情况', [
        '2023 年，昌吉市人大常委会办公室政府采购预算 138.45 万元，其中：政府采购货物预算 36.2 万元，政府采购工程预算 0 万元，政府采购服务预算 102.25 万元。',
        '2023 年度本部门面向中小企业预留政府采购项目预算金额 138.45 万元，其中：面向小微企业预留政府采购项目预算金额 138.45 万元。',
    ]),
    ('3.11.3', '（三）国有资产占用使用情况', [
        '截至 2022 年底，昌吉市人大常委会办公室及下属各预算单位占用使用国有资产总体情况为',
        '1. 房屋 0 平方米，价值 0 万元。',
        '2. 车辆 2 辆，价值 39.22 万元；其中：一般公务用车 2 辆，价值 39.22 万元；执法执勤用车 0 辆，价值 0 万元；其他车辆 0 辆，价值 0 万元。',
        '3. 办公家具价值 15.58 万元。',
        '4. 其他资产价值 56.40 万元。',
        '单位价值 50 万元以上大型设备 0 台（套），单位价值 100 万元以上大型设备 0 台（套）。',
        '2023 年部门预算未安排购置车辆经费，安排购置 50 万元以上大型设备 0 台（套），单位价值 100 万元以上大型设备 0 台（套）。',
    ]),
    ('3.11.4', '（四）预算绩效情况', [
        '2023 年，本年度预算绩效管理的财政拨款项目 5 个，涉及预算金额 245.2 万元；非财政拨款项目 0 个，涉及预算金额 0 万元。具体情况见下表：',
    ]),
    ('3.11.5', '（五）其他需说明的事项', [
        '无其他需说明的事项。',
    ]),
    ('4', '第四部分 名词解释', [
        '一、财政拨款：指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。',
        '二、一般公共预算：包括公共财政拨款（补助）资金、专项收入。',
        '三、财政专户管理资金：包括专户管理行政事业性收费（主要是教育收费）、其他非税收入。',
        '四、其他资金：包括事业收入、事业经营收入、其他收入等。',
        '五、基本支出：包括人员经费、公用经费（定额）。其中，人员经费包括工资福利支出、对个人和家庭的补助。',
        '六、项目支出：部门（单位）支出预算的组成部分，是各部门（单位）为完成其特定的行政任务或事业发展目标，在基本支出预算之外编制的年度项目支出计划。',
        '七、“三公”经费：指因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中：因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车运行维护费反映单位按规定保留的公务用车租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
        '八、机关运行经费：指各部门（单位）的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用。',
    ]),
]


def ind(level1: str, level2: str, name: str, value: str, weight: int, comparator: str | None = "≥",
      unit: str | None = None, basis: str = "计划标准", last_year: str = "—",
      scoring: str = "按照完成比例赋分", evidence: str = "工作资料") -> Indicator:
    return Indicator(level1=level1, level2=level2, name=name, comparator=Comparator(comparator) if comparator else None,
                     value=value, value_unit=unit, basis=basis, last_year=last_year, weight=Decimal(weight),
                     scoring=scoring, evidence=evidence)


Q, E, S = "产出指标", "成本指标", "效益指标"
SAT = ("满意度指标", "满意度指标")


def _cost(name: str, value: str, weight: int) -> Indicator:
    return ind(E, "经济成本指标", name, value, weight, "≤", "万元", "预算支出标准", evidence="原始凭证")


def _social(name: str, value: str, last_year: str = "—") -> Indicator:
    return ind(S, "社会效益指标", name, value, 20, None, None, "其他标准", last_year, "按照评定等级赋分")


def _targets(project: str, person: str, amount: str, goal: str, indicators: list[Indicator]) -> ProjectTargets:
    return ProjectTargets(project=project, budget_unit=DEPT, person_in_charge=person,
                          targets=PerformanceTargets(budget_total=D(amount), budget_fiscal=D(amount), goal=goal,
                                                     indicators=indicators))


PERFORMANCE = [
    _targets("“代表之家” 活动经费", "王兰", "172",
             "本项目拟投入 172 万元用于“代表之家”活动经费，主要建设内容为：主要用于拨付 79 个代表之家、1 个代表工作室、6 个代表联络站活动经费，"
             "于 2023 年 12 月 31 日前完工，通过本项目的实施提升代表家站室标准化建设，满足代表履行职责阵地的需求，不断丰富代表活动载体，"
             "强化代表发挥主体作用，建好代表履职“服务站”，使人大代表满意度达到 90%。",
             [ind(Q, "数量指标", "拨付代表之家数量", "79", 10, unit="个"),
              ind(Q, "数量指标", "拨付代表工作室数量", "1", 10, unit="个"),
              ind(Q, "数量指标", "拨付人大代表联络站数量", "6", 10, unit="个"),
              ind(Q, "质量指标", "“代表之家”标准化建设达标率", "90", 5, unit="%"),
              ind(Q, "时效指标", "资金拨付及时率", "90", 5, unit="%", last_year="0%"),
              _cost("每个“代表之家”活动经费成本", "2", 20),
              _social("发挥代表主体作用", "发挥", "发挥"),
              ind(*SAT, "人大代表满意度", "90", 10, unit="%", basis="历史标准", last_year="90%")]),
    _targets("提前下达 2023 年度自治区基层人大补助经费", "陈戈壁", "9",
             "本项目拟投入 9 万元用于基层人大补助，主要建设内容为：弥补基层人大建设中经费不足，改善办公条件，购置不少于 4 台电脑、更换办公桌椅等办公设施，"
             "于 2023 年 12 月 31 日前完工，通过本项目的实施全面加强基层人大建设，更好的开展立法监督等工作，全力以赴支持基层国家权力机关发挥作用，"
             "使机关干部职工满意度达到 90%。",
             [ind(Q, "数量指标", "购置电脑数量", "4", 10, unit="个"),
              ind(Q, "质量指标", "提升办公效率", "10", 10, unit="%"),
              ind(Q, "质量指标", "政府采购合规率", "90", 10, unit="%"),
              ind(Q, "时效指标", "项目按计划时间完成率", "70", 10, unit="%", basis="历史标准"),
              _cost("购置电脑、桌椅等办公设施等成本", "5", 10),
              _cost("弥补办公经费成本", "4", 10),
              _social("改善基层人大办公环境", "有所改善"),
              ind(*SAT, "人大机关干部满意度", "90", 10, unit="%", basis="历史标准")]),
    _targets("人大会议", "陈戈壁", "38",
             "本项目拟投入 38 万元用于人大会议, 主要建设内容为: 昌吉市十届一次、十届三次人代会支出, 于 2023 年 12 月 31 日前完工, "
             "通过本项目的实施服务 200 名市级人大代表参加十届一次、十届三次人代会, 代表参与率不低于 90%, 保障人大代表依法行使审议权、表决权、提案权, "
             "持续发挥代表主体责任, 真正实现人民当家作主的根本保障, 使受人大代表满意度达到 90%。",
             [ind(Q, "数量指标", "支付人代会次数", "2", 10, unit="次"),
              ind(Q, "数量指标", "服务市级代表人数", "200", 10, unit="名"),
              ind(Q, "质量指标", "人大代表参会率", "90", 10, unit="%"),
              ind(Q, "时效指标", "项目按计划时间完成率", "70", 10, unit="%", basis="历史标准"),
              _cost("十届三次人代会支出成本", "30", 10),
              _cost("十届一次人代会支出成本", "8", 10),
              _social("保障人大代表依法行使审议权、表决权、提案权", "保障", "保障"),
              ind(*SAT, "人大代表满意度", "90", 10, unit="%", basis="历史标准", last_year="90%")]),
    _targets("人大监督", "陈戈壁", "10",
             "本项目拟投入 10 万元用于人大监督工作，主要建设内容为：维护预算联网监督系统，开展代表集中培训 2 次、履职观摩活动 2 次、视察调研活动 3 次，"
             "于 2023 年 12 月 31 日前完工，通过本项目的实施保障预算联网监督系统正常运行，提高人大代表工作水平、履职能力，使人大代表满意度达到 90%。",
             [ind(Q, "数量指标", "开展代表集中培训", "2", 10, unit="次"),
              ind(Q, "数量指标", "开展代表履职观摩活动", "2", 10, unit="次"),
              ind(Q, "数量指标", "视察调研活动", "3", 10, unit="次"),
              ind(Q, "质量指标", "全年预算联网监督系统正常使用率", "90", 5, unit="%"),
              ind(Q, "时效指标", "项目按计划时间完成率", "70", 5, unit="%", basis="历史标准"),
              _cost("预算联网监督系统运行维护费成本", "5", 10),
              _cost("人大代表履职能力提升培训、活动成本", "5", 10),
              _social("提高人大代表履职能力", "提高"),
              ind(*SAT, "人大代表满意度", "90", 10, unit="%", basis="历史标准", last_year="90%")]),
    _targets("驻县（市）州人大代表活动经费", "王兰", "16.2",
             "本项目拟投入 16.2 万元用于州级人大代表活动，主要建设内容为：为驻我市 90 名州级人大代表保障活动经费，打造高标准代表之家 3 个，"
             "开展代表视察、调研活动不少于 3 次，于 2023 年 12 月 31 日前完工，通过本项目的实施打造、巩固提升高标准人大代表之家，"
             "为州级代表开展活动提供经费保障，进一步提升代表履职能力，使人大代表满意度达到 90%。",
             [ind(Q, "数量指标", "驻我市州级代表人数", "90", 10, unit="人", last_year="90 人"),
              ind(Q, "数量指标", "打造高标准代表之家", "3", 10, unit="个"),
              ind(Q, "数量指标", "开展代表视察、调研活动", "3", 10, unit="次"),
              ind(Q, "质量指标", "推动人大依法监督工作质效", "90", 5, unit="%"),
              ind(Q, "时效指标", "完成工作时间点", "2023 年 12 月 31 日", 5, None),
              _cost("开展代表视察、调研活动成本", "2", 10),
              _cost("打造、巩固提升高标准代表之家补助成本", "10", 5),
              _cost("开展人大代表专题培训成本", "4.2", 5),
              _social("提升人大代表履职能力", "提升", "提升"),
              ind(*SAT, "人大代表满意度", "90", 10, unit="%", basis="历史标准", last_year="90%")]),
]


def seed_disclosure() -> Disclosure:
    """A fresh copy of the transcribed seed (tests may mutate it)."""
    sections = [Section(key=key, heading=heading, paragraphs=[Paragraph(text=p) for p in paras])
                for key, heading, paras in SECTIONS]
    return Disclosure(
        department=DEPT,
        year=2023,
        source="seed-transcript",
        overview=Overview(
            duties=SECTIONS[0][2][0],
            institutions=["办公室", "财经工作委员会", "代表人事侨务工作委员会", "监察和法制工作委员会", "教科文卫工作委员会"],
            budget_units=[BudgetUnit(name=DEPT, kind=UnitKind.ADMINISTRATIVE),
                   BudgetUnit(name="昌吉市人大代表联络中心", kind=UnitKind.PUBLIC_SERVICE)],
            staffing=Staffing(authorized=29, actual=60, in_service=25, in_service_change=0, retired=35,
                              retired_change=2, veteran_retired=0, veteran_retired_change=0),
        ),
        tables=[table_1(), table_2(), _functional(TableId.T3, "机关事业单位基本养老保险"), table_4(),
                _functional(TableId.T5, "机关事业单位基本养老保险缴费"), table_6(), table_7(),
                _empty(TableId.T8, "政府性基金预算支出"), _empty(TableId.T9, "国有资本经营预算支出"), table_10()],
        sections=sections,
        statements=Statements(
            operating_costs=D("143.26"), operating_costs_prior=None,
            procurement=Procurement(goods=D("36.2"), works=D(0), services=D("102.25"), sme_reserved=D("138.45"),
                                    micro_reserved=D("138.45")),
            assets=Assets(as_of=dt.date(2022, 12, 31), house_area=D(0), house_value=D(0),
                          vehicles=[VehicleGroup(kind="一般公务用车", count=2, value=D("39.22")),
                                    VehicleGroup(kind="执法执勤用车", count=0, value=D(0)),
                                    VehicleGroup(kind="其他车辆", count=0, value=D(0))],
                          furniture_value=D("15.58"), other_value=D("56.40")),
        ),
        performance=PERFORMANCE,
    )
