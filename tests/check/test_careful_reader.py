"""What a careful reader notices without arithmetic: placeholders and blanks (W704, W709), a wrong year
or date (W707), numbering out of order (W710), amounts for a table printed empty (W711) — on hand-made
pages in the phrasings real publications use, each rule with passing and failing text."""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Disclosure, Paragraph, Row, RowKind, Section, Table, TableId
from yusuan.rules import Severity, check


def page(year: int, *sections: tuple[str, list[str]], kind: DocumentKind = DocumentKind.BUDGET,
         tables: list[Table] | None = None) -> Disclosure:
    return Disclosure(department="县审计局", year=year, kind=kind, tables=tables or [],
                      sections=[Section(key=f"3.{i}", heading=h, paragraphs=[Paragraph(text=t) for t in texts])
                                for i, (h, texts) in enumerate(sections, 1)])


def found(d: Disclosure, rule: str) -> list[str]:
    return [f.message for f in check(d) if f.rule == rule]


# -- W707 wrong year ---------------------------------------------------------------------------


def test_last_years_budget_mentioned_in_a_comparison_is_no_wrong_year():
    d = page(2024, ("十、“三公”经费预算情况说明", [
        "2024年“三公”经费支出预算为328.7万元，比2023年预算减少17.3万元，下降5%。",
        "（一）因公出国（境）费支出预算10万元，与2023年预算持平。",
        "（二）公务接待费支出预算240万元，较2023年预算减少10万元。",
        "2020年无此项预算，2024年新增。"]))
    assert found(d, "W707") == []


def test_last_years_actuals_and_sentences_with_both_years_are_no_wrong_year():
    d = page(2022, ("二、2021年“三公”经费决算情况", ["2021年度“三公”经费合计支出20.12万元。"]),
             ("一、预算", ["2021年预算数为100万元，2022年预算数为120万元。",
                          "因按照2021年预算3万元公务接待费无法满足需求，2021年公务接待费决算数为7万元。"]))
    assert found(d, "W707") == []


def test_a_budget_year_copied_from_last_year():
    d = page(2023, ("五、关于2023年一般公共预算当年拨款情况说明", ["昌吉市人大常委会办公室2022年一般公共预算拨款合计834.94万元。"]))
    assert found(d, "W707") == ["文中写“2022年一般公共预算拨款”，本文件是 2023 年预算"]


def test_a_plan_of_last_year_given_as_the_reason():
    d = page(2026, ("十、2026年“三公”经费预算情况说明", ["公务用车购置费0万元，与2025年预算持平，主要原因是2025年无公车购置计划。"]))
    assert [m for m in found(d, "W707") if "2025年无公车购置计划" in m]


def test_a_heading_of_another_year():
    d = page(2023, ("一、关于县审计局2024年部门预算收支情况的总体说明", ["2023年收支总预算100万元。"]))
    assert found(d, "W707") == ["文中写“2024年部门预算收支情况”，本文件是 2023 年预算"]


def test_a_document_that_never_names_its_year_has_a_doubtful_year():
    """The reader may take the year from a wrong line: then every year of the text would look wrong."""
    d = page(2021, ("六、一般公共预算基本支出情况说明", ["2022年一般公共预算基本支出1133753.33元。"]))
    assert found(d, "W707") == []


def test_as_of_dates():
    ok = page(2023, ("（三）国有资产占用情况", ["截至2022年12月31日，共有车辆2辆。", "2023年预算安排购置车辆0辆。"]))
    assert found(ok, "W707") == []
    wrong = page(2023, ("（三）国有资产占用情况", ["截至2021年12月31日，共有车辆2辆。", "2023年预算安排购置车辆0辆。"]))
    assert found(wrong, "W707") == ["文中写“截至2021年12月31日”，本文件是 2023 年预算，应为“截至2022年12月31日”"]
    final = page(2023, ("（三）国有资产占用情况", ["截至2023年12月31日，共有车辆2辆；截至2022年底，共有车辆3辆。"]),
                 ("（四）2023年度部门决算", ["说明。"]), kind=DocumentKind.FINAL)
    assert found(final, "W707") == ["文中写“截至2022年底”，本文件是 2023 年决算，应为“截至2023年12月31日”"]


def test_final_accounts_of_another_year():
    wrong = page(2023, ("七、2023年度“三公”经费支出决算情况说明", [
        "2022年“三公”经费财政拨款支出决算为3.46万元，完成预算100%，较上年增加2.4万元。"]), kind=DocumentKind.FINAL)
    assert [m for m in found(wrong, "W707") if "2022年三公经费财政拨款" in m and "2023 年决算" in m]
    ok = page(2022, ("一、“三公”经费", [
        "2022年的“三公”经费决算数合计为1000.86万元。2021年的“三公”经费决算数合计为807.95万元。",
        "与2021年度相比，增加192.91万元；较2021年决算数增长。"]), kind=DocumentKind.FINAL)
    assert found(ok, "W707") == []


# -- W704 placeholders, W709 blanks ------------------------------------------------------------


def test_placeholders_in_text_and_headings():
    d = page(2024, ("一、上海市XX局2024年度部门决算", ["本年收入合计XXX万元，其中：财政拨款收入XXX万元。"]))
    messages = found(d, "W704")
    assert "标题中有占位符“XX”" in messages and "说明文字中有占位符“XXX”" in messages


def test_numbers_left_out():
    d = page(2022, ("六、基本支出", ["商品和服务支出预算 75800 元，占基本支出预算%，增长%。公务接待费预算安排万元。"]))
    assert found(d, "W709") == ["文中“占基本支出预算%”缺少数字", "文中“增长%”缺少数字", "文中“公务接待费预算安排万元”缺少数字"]
    ok = page(2022, ("六、基本支出", ["商品和服务支出预算 75800 元，占基本支出预算 6.69%，单位：万元，增长（%）见下表。"]))
    assert found(ok, "W709") == []


def test_counts_left_out():
    # r439: "截至2014年底本单位公务用车辆共 台。" — the count of vehicles was never filled in
    d = page(2015, ("（三）公务用车购置及运行维护费", ["车辆运行维护费支出4.89万元，截至2014年底本单位公务用车辆共 台。"]))
    assert found(d, "W709") == ["文中“截至2014年底本单位公务用车辆共台”缺少数字"]
    ok = page(2015, ("（三）公务用车购置及运行维护费", [
        "截至2014年底本单位公务用车辆共3台。国内公务接待共计12批次，接待人员共计80人次，共有人员编制5名。"]))
    assert found(ok, "W709") == []


# -- W710 numbering ----------------------------------------------------------------------------


def test_an_item_skipped():
    d = page(2023, ("（二）“三公”经费支出决算具体情况说明", [
        "具体情况如下：", "1.公务接待费预算为1万元，支出决算为0.53万元。", "3.公务用车购置及运行维护费预算为2万元。"]))
    assert found(d, "W710") == ["编号“3.”前缺少“2.”（“3.公务用车购置及运行维护费预算为2万元。”）"]


def test_headings_skipped_and_repeated():
    d = page(2023, ("一、收支总体情况", ["说明。"]), ("二、收入情况", ["说明。"]), ("四、支出情况", ["说明。"]),
             ("四、财政拨款收支情况", ["说明。"]))
    assert found(d, "W710") == ["编号“四、”前缺少“三、”（“四、支出情况”）",
                                "编号“四、”与上一项重复，应为“五、”（“四、财政拨款收支情况”）"]


def test_numbering_that_is_in_order():
    d = page(2023, ("一、主要职能", ["（一）贯彻执行……。（二）承担……；", "（三）负责……。"]),
             ("二、机构设置", ["1.办公室；", "2.财务科；", "1.人大代表联络中心；"]),
             ("三、收入支出决算总表", ["一、一般公共预算财政拨款收入 440.55", "八、社会保障和就业支出 326.71",
                                    "十九、住房保障支出", "445.69"]),
             ("四、支出情况", ["1.行政运行100万元；", "2.一般行政管理事务50万元；", "3专项业务30万元；", "4.其他20万元。"]))
    assert found(d, "W710") == []


# -- W711 amounts for an empty table ------------------------------------------------------------


def _empty(tid: TableId, title: str) -> Table:
    return Table(id=tid, title=title, note="本部门无此项支出。")


def test_amounts_for_a_table_printed_empty():
    d = page(2023, ("八、政府性基金预算拨款情况说明", ["2023年政府性基金预算支出50.00万元，主要用于城市建设。"]),
             tables=[_empty(TableId.T8, "政府性基金预算支出情况表")])
    assert found(d, "W711") == ["文中“政府性基金预算支出”为 50.00 万元，但政府性基金预算支出情况表（表8）是空表"]
    none = page(2023, ("八、政府性基金预算拨款情况说明", ["2023年没有使用政府性基金预算拨款安排的支出。"]),
                tables=[_empty(TableId.T8, "政府性基金预算支出情况表")])
    assert found(none, "W711") == []
    last_year = page(2023, ("八、政府性基金预算拨款情况说明", ["上年政府性基金预算支出50.00万元，本年未安排。"]),
                     tables=[_empty(TableId.T8, "政府性基金预算支出情况表")])
    assert found(last_year, "W711") == []
    filled = _empty(TableId.T8, "政府性基金预算支出情况表")
    filled.rows = [Row(label="合计", kind=RowKind.TOTAL, values={"total": Decimal(50)})]
    assert found(page(2023, ("八、", ["2023年政府性基金预算支出50.00万元。"]), tables=[filled]), "W711") == []


def test_none_of_these_are_errors():
    d = page(2024, ("十、“三公”经费预算情况说明", ["2024年“三公”经费支出预算为328.7万元，比2023年预算减少17.3万元。"]))
    assert [f for f in check(d) if f.rule.startswith("W7") and f.severity == Severity.ERROR] == []
