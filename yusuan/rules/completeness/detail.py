"""C404 functional classification to 项, C405 basic expenditure to 款, C406 三公 split into its parts —
levels of detail a whole disclosure publishes (a part gets notice C409)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.model.disclosure import RowKind, TableId
from yusuan.rules.common import at, tname
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import FUNCTIONAL_TABLES, row_label


@rule("C404", "functional-to-item", Severity.ERROR,
      "支出功能分类公开到项级",
      "{table}“{row}”有金额，但没有列出下级{level}",
      explanation="《中华人民共和国预算法实施条例》第六条：部门预算支出按其功能分类应当公开到项（7 位编码）。表2、表3、表5、表8、"
      "表9 中有金额的每个类都应展开到款，每个款都应展开到项；表7 每个项目都应归入一个项。"
      "\n错误示例：表5 印 208 社会保障和就业支出 47.49 和 20805 行政事业单位养老支出 47.49，但 20805 下没有项级科目行。")
def functional_to_item(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """预算法实施条例 §6: the functional classification is published down to 项 (7-digit codes). In 表2,
    表3, 表5, 表8 and 表9 every 类 with an amount is broken down into 款 and every 款 into 项; 表7 codes
    each project to a 项.

    Failing example: 表5 prints 208 社会保障和就业支出 47.49 and 20805 行政事业单位养老支出 47.49 but no 项
    row under 20805.
    """
    if not ctx.whole:
        return
    for view in ctx.views(FUNCTIONAL_TABLES):
        below = view.children_index()
        for row in view.coded():
            if len(row.code) not in (3, 5) or not any(row.values.values()):  # type: ignore[arg-type]
                continue
            if not below.get(row.code):  # type: ignore[arg-type]
                yield rule.finding(at(view, row), expected="下级科目", actual="无",
                                fix="按《预算法实施条例》第六条，功能分类应公开到项级", table=tname(view),
                                row=row_label(row), level="款" if len(row.code) == 3 else "项")  # type: ignore[arg-type]
    t7 = ctx.view(TableId.T7)
    if t7 is not None:
        for row in t7.table.rows:
            if row.kind != RowKind.TOTAL and (not row.code or len(row.code) != 7) and any(row.values.values()):
                yield rule.finding(at(t7, row), expected="7位项级编码", actual=row.code or "无编码",
                                fix="为项目标明项级功能分类科目", table="表7", row=row_label(row), level="项（编码）")


@rule("C405", "economic-to-kuan", Severity.ERROR,
      "基本支出按经济分类公开到款级",
      "表6“{row}”有金额，但没有列出所含的款",
      explanation="《中华人民共和国预算法实施条例》第六条：按其经济性质分类，基本支出应当公开到款（5 位编码）：表6 中有金额的每个"
      "类都应列出其下各款。"
      "\n错误示例：表6 印 302 商品和服务支出 143.26，没有任何 302xx 款级行。")
def economic_to_kuan(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """预算法实施条例 §6: basic expenditure is published by economic classification down to 款 (5-digit
    codes): every 类 of 表6 with an amount lists its 款.

    Failing example: 表6 prints 302 商品和服务支出 143.26 with no 302xx rows.
    """
    t6 = ctx.view(TableId.T6)
    if t6 is None or not ctx.whole:
        return
    below = t6.children_index()
    for row in t6.coded():
        if len(row.code) == 3 and any(row.values.values()) and not below.get(row.code):  # type: ignore[arg-type]
            yield rule.finding(at(t6, row), expected="款级科目", actual="无", fix="基本支出应按经济分类公开到款",
                            row=row_label(row))


PARTS = {"abroad": "因公出国（境）费", "reception": "公务接待费", "vehicle_purchase": "公务用车购置费",
         "vehicle_operation": "公务用车运行费"}


@rule("C406", "three-public-split", Severity.ERROR,
      "“三公”经费分项公开",
      "表10 没有“{part}”一行",
      explanation="财预〔2016〕143号：“三公”经费单独成表公开，分为因公出国（境）费、公务接待费和公务用车购置及运行费，"
      "后者再分为公务用车购置费和公务用车运行费——金额为零也要列出该行。"
      "\n错误示例：表10 只印合计和公务用车购置及运行费两行。")
def three_public_split(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """财预〔2016〕143号: 三公 is published on its own table, split into 因公出国（境）费, 公务接待费 and
    公务用车购置及运行费, the last one split again into 购置费 and 运行费 — each row printed even when zero.

    Failing example: 表10 prints 合计 and 公务用车购置及运行费 only.
    """
    t10 = ctx.view(TableId.T10)
    if t10 is None or not ctx.whole:
        return
    for code, label in PARTS.items():
        if t10.item(code) is None:
            yield rule.finding(Where(table="T10").with_location(t10.table.location), expected=label, actual="缺少",
                            fix="分别列出因公出国（境）费、公务接待费、公务用车购置费和运行费", part=label)
