"""The real final-accounts PDFs of 上海市普陀区 (tests/data/, from ../shared/corpus/pdf/): the nine
决算 tables found, rebuilt from ruling lines and word positions, and their figures read — each
checked against the figures the document states in its own text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract.conftest import CAIZHENGJU, GUIHUA, SHEHUI, TEMPLATE
from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import RowKind, Side, TableId
from yusuan.model.figures import key_figures

D = Decimal
FINAL_TABLES = [TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5, TableId.T6, TableId.T10, TableId.T8,
                TableId.T9]

# figures as each document's explanation (第三部分) states them
STATED = {
    CAIZHENGJU.stem: dict(department="上海市普陀区财政局", total="2995.39", basic="2336.91", project="603.14",
                          personnel="2152.26", public="184.65", operating="184.65",
                          by_class={"201": "2106.66", "208": "326.71", "210": "60.99", "221": "445.69"},
                          three_public="0.00", procurement=("4.79", "0", "246.47")),
    GUIHUA.stem: dict(department="上海市普陀区规划和自然资源局", total="9859.38", basic="5377.64", project="4381.74",
                      personnel="4884.09", public="480.66", operating="142.80",
                      by_class={"208": "754.75", "210": "236.63", "212": "3845.25", "220": "4461.67",
                                "221": "461.08"},
                      three_public="0.39", procurement=("122.43", None, None)),
    SHEHUI.stem: dict(department="中共上海市普陀区委社会工作部", total="307.82", basic="105.58", project="202.24",
                      personnel="95.36", public="10.23", operating="10.23",
                      by_class={"201": "264.87", "208": "10.82", "210": "2.71", "221": "29.42"},
                      three_public="0.00", procurement=("21.07", "0", "0")),
}


@pytest.mark.parametrize("name", list(STATED))
def test_figures_of_the_real_pdfs(corpus, name):
    result, stated = corpus[name], STATED[name]
    d = result.disclosure
    assert (d.department, d.year, d.kind) == (stated["department"], 2024, DocumentKind.FINAL)
    assert [t.id for t in d.tables] == FINAL_TABLES
    f = key_figures(d)
    assert f["income_total"] == f["expenditure_total"] == stated["total"]
    assert (f["basic"], f["project"]) == (stated["basic"], stated["project"])
    assert (f["personnel"], f["public_funds"]) == (stated["personnel"], stated["public"])
    assert f["by_class"] == stated["by_class"]
    assert f["three_public"]["total"] == stated["three_public"]
    assert f["operating_costs"] == stated["operating"]
    goods, works, services = stated["procurement"]
    p = d.statements.procurement
    assert p.goods == D(goods)
    if works is not None:
        assert (p.works, p.services) == (D(works), D(services))


def test_tables_continued_across_pages_are_joined(corpus):
    d = corpus[CAIZHENGJU.stem].disclosure
    t2 = d.table(TableId.T2)  # 收入决算表: pages 8 and 9
    assert {r.location.page for r in t2.rows} == {8, 9}
    assert t2.find("2210203").values["total"] == D("258.50") and t2.find("2210203").location.page == 9
    row = t2.find("2010601")  # 类/款/项 in three columns; "类 款 项" printed beside the 合计 row
    assert (row.label, row.values["total"], row.values["fiscal"], row.values["unit_other_income"]) == (
        "行政运行", D("1511.90"), D("1511.89"), D("0.01"))
    assert t2.total_row().values["total"] == D("2946.25")
    t1 = d.table(TableId.T1)  # pages 6 and 7: the 总计 rows are on page 7
    assert t1.total_row(Side.INCOME).location.page == 7
    assert t1.find("carryover", Side.INCOME).values["amount"] == D("49.14")
    assert t1.find("carryover_end", Side.EXPENDITURE).values["amount"] == D("55.34")


def test_whole_codes_and_wrapped_names(corpus):
    t5 = corpus[SHEHUI.stem].disclosure.table(TableId.T5)  # 科目编码 whole, names wrapped in their cells
    assert [r.code for r in t5.rows if r.kind != RowKind.TOTAL][:3] == ["201", "20139", "2013901"]
    assert t5.find("2080505").label == "机关事业单位基本养老保险缴费支出"
    assert t5.total_row().values == {"total": D("307.82"), "basic": D("105.58"), "project": D("202.24")}


def test_basic_expenditure_table_printed_in_two_halves(corpus):
    for name in (CAIZHENGJU.stem, GUIHUA.stem):
        t6 = corpus[name].disclosure.table(TableId.T6)
        codes = [r.code for r in t6.rows if r.code]
        assert {"301", "302", "303", "310", "30101", "30201", "31002"} <= set(codes)
        assert len(codes) == len(set(codes))
    t6 = corpus[GUIHUA.stem].disclosure.table(TableId.T6)
    assert t6.find("30107").values["total"] == D("1594.02")
    assert t6.find("30231").values["total"] == D("0.00")
    assert t6.total_row().values == {"personnel": D("4884.09"), "public": D("480.66")}


def test_final_three_public_table_reads_budget_and_actual(corpus):
    t10 = corpus[GUIHUA.stem].disclosure.table(TableId.T10)
    assert [c.key for c in t10.columns] == ["total", "budget"]
    assert t10.find("total").values == {"total": D("0.39"), "budget": D("2.85")}
    assert t10.find("reception").values == {"total": D("0.39"), "budget": D("2.85")}
    assert t10.find("vehicle").values == {"total": D("0.00"), "budget": D("0.00")}


def test_empty_fund_tables_keep_their_note(corpus):
    t8 = corpus[SHEHUI.stem].disclosure.table(TableId.T8)
    assert [r.kind for r in t8.rows] == [RowKind.TOTAL]
    assert "没有政府性基金预算财政拨款收入和支出" in t8.note


def test_sections_of_the_final_accounts(corpus):
    keys = [s.key for s in corpus[CAIZHENGJU.stem].disclosure.sections]
    assert keys == ["1.1", "1.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.10", "3.8", "3.9", "3.11.4", "3.11",
                    "3.11.1", "3.11.2", "3.11.3", "4"]


def test_findings_of_the_real_pdfs(corpus):
    """What each document cannot give cleanly is reported — here the documents' own rounding."""
    codes = {name: sorted(f.code for f in corpus[name].findings) for name in STATED}
    assert codes == {CAIZHENGJU.stem: ["statement.procurement_total"],
                     GUIHUA.stem: ["statement.procurement_total"],
                     SHEHUI.stem: []}
    message = corpus[CAIZHENGJU.stem].findings[0].message
    assert message == "政府采购合计 251.25 与货物、工程、服务之和 251.26 不符"


def test_the_official_template_has_tables_but_no_figures(corpus):
    result = corpus[TEMPLATE.stem]
    d = result.disclosure
    assert (d.department, d.year) == ("上海市XX局", 2024)
    assert [t.id for t in d.tables] == FINAL_TABLES
    assert all(v is None for t in d.tables for r in t.rows for v in r.values.values())
    codes = sorted(f.code for f in result.findings)
    assert codes == ["statement.missing", "statement.missing", "table.placeholder", "table.placeholder",
                     "table.placeholder"]
    assert [r.code for r in d.table(TableId.T2).rows] == [None, "205", "20502", "2050205", "207", "20799"]
