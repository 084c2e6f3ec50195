"""T301 on the “三公” figures: the text's items against 表10, item by item, in the names real pages use,
budget against 表10's 合计, a 决算's 决算数 and 年初预算数 against its two columns, and two items swapped."""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Column, Disclosure, Paragraph, Row, RowKind, Section, Table, TableId
from yusuan.rules import check

D = Decimal


def t10(*, final: bool = False, **items: str | tuple[str, str]) -> Table:
    """表10 with the given items: "11.8", or ("预算数", "决算数") for final accounts."""
    columns = [Column(key="budget", label="预算数"), Column(key="total", label="决算数")] if final else \
        [Column(key="total", label="合计")]
    rows = []
    for code, value in items.items():
        values = {"budget": D(value[0]), "total": D(value[1])} if isinstance(value, tuple) else {"total": D(value)}
        rows.append(Row(label=code, code=code, kind=RowKind.TOTAL if code == "total" else RowKind.ITEM, values=values))
    return Table(id=TableId.T10, title="财政拨款“三公”经费支出情况表", columns=columns, rows=rows)


def page(year: int, texts: list[str], table: Table, kind: DocumentKind = DocumentKind.BUDGET) -> Disclosure:
    return Disclosure(department="县司法局", year=year, kind=kind, tables=[table],
                      sections=[Section(key="3.10", heading="十、“三公”经费预算情况说明",
                                        paragraphs=[Paragraph(text=t) for t in texts])])


def t301(d: Disclosure) -> list[str]:
    return [f.message for f in check(d) if f.rule == "T301"]


BUDGET = t10(total="21.8", abroad="0", reception="11.8", vehicle="10", vehicle_purchase="0", vehicle_operation="10")


def test_every_item_in_its_usual_names_agrees():
    d = page(2022, ["2022年度“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待11.8万元，"
                    "公务用车运行费用10万元，公务用车购置费0万元。",
                    "2021年度“三公”经费合计支出20.12万元，其中：公务接待12.39万元，公务用车运行费用7.73万元。"], BUDGET)
    assert t301(d) == []


def test_one_item_differs():
    d = page(2022, ["“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待12.8万元。"], BUDGET)
    assert t301(d) == ["文中“公务接待”为 12.8万元，表10 公务接待费为 11.80万元"]


def test_two_items_swapped():
    d = page(2022, ["“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待10万元，公务用车运行费用11.8万元。"],
             BUDGET)
    messages = t301(d)
    assert messages == [
        "文中“公务接待”为 10万元，表10 公务接待费为 11.80万元（文字中公务接待费与公务用车运行费的金额互换）",
        "文中“公务用车运行费用”为 11.8万元，表10 公务用车运行费为 10.00万元（文字中公务接待费与公务用车运行费的金额互换）"]
    fix = {f.fix for f in check(d) if f.rule == "T301"}
    assert fix == {"核对两项金额：文字与表格中的金额互换了"}


def test_purchase_and_operation_swapped_between_table_and_text():
    table = t10(total="79", abroad="0", vehicle="75", vehicle_purchase="50", vehicle_operation="25", reception="4")
    d = page(2022, ["公务用车购置及运行费支出预算75万元。其中：公务用车运行费50万元，比2021年预算减少10万元；"
                    "公务用车购置费25万元，比2021年预算减少35万元。"], table)
    assert all("文字中公务用车运行费与公务用车购置费的金额互换" in m for m in t301(d)) and len(t301(d)) == 2


def test_final_accounts_compare_the_actual_and_the_budget_with_their_columns():
    table = t10(final=True, total=("30.8", "25.7"), abroad=("0", "0"), reception=("20", "16.3"),
                vehicle=("10.8", "9.4"))
    ok = page(2023, ["2023年“三公”经费财政拨款支出预算为30.8万元，支出决算为25.7万元，完成预算的83.44%。",
                     "公务接待费预算数为20万元，决算支出数为16.3万元；公务用车购置及运行维护费支出决算9.4万元。"],
              table, DocumentKind.FINAL)
    assert t301(ok) == []
    wrong = page(2023, ["公务接待费预算数为21万元，决算支出数为16.3万元；公务用车购置及运行维护费支出决算9.5万元。"],
                 table, DocumentKind.FINAL)
    assert t301(wrong) == ["文中“公务接待费”为 21万元，表10 公务接待费预算数为 20.00万元",
                           "文中“公务用车购置及运行维护费支出决算”为 9.5万元，表10 公务用车购置及运行费决算数为 9.40万元"]


def test_a_subtotal_not_printed_is_its_parts():
    table = t10(total="21.8", abroad="0", reception="11.8", vehicle_purchase="0", vehicle_operation="10")
    d = page(2022, ["公务用车购置及运行费10万元，公务接待费11.8万元。"], table)
    assert t301(d) == []
