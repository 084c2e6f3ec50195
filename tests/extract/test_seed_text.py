"""The seed (the text layer of a real 2023 budget PDF) read back: key figures, and every row of
its tables against the disclosure derived from the example data — the only differences allowed
are the publication's own, which examples/changji-renda-2023.yaml documents."""

from __future__ import annotations

import json
from decimal import Decimal

from typer.testing import CliRunner

from tests.conftest import SEED_TEXT
from yusuan.cli.main import app
from yusuan.model.disclosure import RowKind, Side, TableId
from yusuan.readers.published.compare import performance_differences, table_differences

D = Decimal


def test_figures_command_on_the_seed_text():
    result = CliRunner().invoke(app, ["figures", str(SEED_TEXT)])
    assert result.exit_code == 0, result.output
    f = json.loads(result.output)
    assert (f["department"], f["year"], f["kind"]) == ("昌吉市人大常委会办公室", 2023, "预算")
    assert f["income_total"] == f["expenditure_total"] == "851.14"
    assert (f["basic"], f["project"]) == ("605.94", "245.20")
    assert (f["personnel"], f["public_funds"]) == ("462.68", "143.26")
    assert f["three_public"]["total"] == "31.00" and f["three_public"]["vehicle_operation"] == "31.00"
    assert f["by_class"] == {"201": "736.44", "208": "47.49", "210": "31.31", "221": "35.90"}
    assert f["staff"] == {"authorized": 29, "actual": 60}
    assert f["operating_costs"] == "143.26" and f["procurement_total"] == "138.45"


def test_all_ten_tables_are_found_with_their_rows(seed):
    d = seed.disclosure
    assert [t.id for t in d.tables] == list(TableId)
    counts = {t.id.value: len(t.rows) for t in d.tables}
    assert counts == {"T1": 57, "T2": 19, "T3": 19, "T4": 36, "T5": 19, "T6": 28, "T7": 6, "T8": 1, "T9": 1,
                      "T10": 6}
    assert all(t.unit.value == "万元" and t.department == "昌吉市人大常委会办公室" for t in d.tables)
    assert d.table(TableId.T8).note.startswith("备注：2023 年") or "未安排政府性基金" in d.table(TableId.T8).note


def test_tables_1_6_and_10_equal_the_derived_ones(seed, derived):
    for tid in (TableId.T1, TableId.T6, TableId.T10):
        assert table_differences(derived.table(tid), seed.disclosure.table(tid)) == [], tid


def test_tables_3_and_5_differ_only_by_the_publications_rounding_slip(seed, derived):
    for tid in (TableId.T3, TableId.T5):
        diffs = table_differences(derived.table(tid), seed.disclosure.table(tid))
        # 表3/表5 print 491.23 as 基本支出 of 201 and 20101; their items and 合计 make it 491.24
        assert diffs == [f"{tid.value} ('', '201', '') basic：应为 491.24，读出 491.23",
                         f"{tid.value} ('', '20101', '') basic：应为 491.24，读出 491.23"]
    row = seed.disclosure.table(TableId.T3).find("2010108")
    assert (row.label, row.values) == ("代表工作", {"total": D("16.20"), "basic": None, "project": D("16.2")})


def test_table_7_rows_by_project(seed, derived):
    published = {r.project: r for r in seed.disclosure.table(TableId.T7).rows if r.kind == RowKind.ITEM}
    expected = {r.project: r for r in derived.table(TableId.T7).rows if r.kind == RowKind.ITEM}
    assert published.keys() == expected.keys() and len(published) == 5
    for name, row in expected.items():
        got = published[name]
        assert got.values["total"] == row.values["total"] and got.values["302"] == row.values["302"], name
        # 表7 codes the 驻县 project 2010199; 表2, 表3 and 表5 put it under 2010108
        assert got.code == (row.code if not name.startswith("驻县") else "2010199")
    total = seed.disclosure.table(TableId.T7).total_row()
    assert total.values["total"] == total.values["302"] == D("245.20")


def test_table_2_damaged_codes_are_recovered(seed, derived):
    t2 = seed.disclosure.table(TableId.T2)
    assert [r.code for r in t2.rows] == [r.code for r in derived.table(TableId.T2).rows]
    recovered = [f for f in seed.findings if f.code == "code.recovered"]
    assert len(recovered) == 9 and all(f.location.line for f in recovered)
    assert "科目编码“20”已按科目名称“一般公共服务支出”恢复为 201" in recovered[0].message
    assert t2.find("210").label == "卫生健康支出"  # "卫生 健康 支出", "21 0", "31. 31"
    assert t2.find("210").values["total"] == D("31.31")
    assert t2.find("2080505").label == "机关事业单位基本养老保险保险"  # the wrapped line joined as printed


def test_table_2_rows_realigned_by_their_arithmetic(seed, derived):
    """The text layer lost the empty 小计 cell of the upper rows; the publication never fills 小计,
    lists no 上级国有资本经营预算 transfer column, and books the 16.20 carry-over of 2010108 as
    一般公共预算 in its 201/20101 rows (727.44): those are the only differences."""
    diffs = table_differences(derived.table(TableId.T2), seed.disclosure.table(TableId.T2))
    rest = [d for d in diffs if " fiscal：" not in d]
    assert rest == [
        "T2 ('', '201', '') general_budget：应为 711.24，读出 727.44",
        "T2 ('', '201', '') carryover_fiscal：应为 16.20，读出 0",
        "T2 ('', '20101', '') general_budget：应为 711.24，读出 727.44",
        "T2 ('', '20101', '') carryover_fiscal：应为 16.20，读出 0",
    ]
    assert all(r.value("fiscal") is None for r in seed.disclosure.table(TableId.T2).rows)
    total = seed.disclosure.table(TableId.T2).total_row()
    assert {k: v for k, v in total.values.items() if v is not None} == {
        "total": D("851.14"), "general_budget": D("825.94"), "general_budget_transfer": D("9"),
        "carryover_fiscal": D("16.2")}
    realigned = [f for f in seed.findings if f.code == "row.realigned"]
    assert {f.location.line for f in realigned} == {134, 135, 136, 138, 139, 140, 141, 142, 154}


def test_rounding_slip_is_reported_not_hidden(seed):
    slips = [f for f in seed.findings if f.code == "row.inconsistent"]
    assert [f.location.line for f in slips] == [167, 168, 240, 241]


def test_two_sided_table_1(seed):
    t1 = seed.disclosure.table(TableId.T1)
    income = {r.code: r.value("amount") for r in t1.rows_on(Side.INCOME)}
    assert income["general_budget"] == D("834.94") and income["general_budget_own"] == D("825.94")
    assert income["carryover_general_budget"] == D("16.2") and income["total"] == D("851.14")
    classes = [r.code for r in t1.rows_on(Side.EXPENDITURE) if r.kind == RowKind.SUBTOTAL]
    assert classes[:3] == ["201", "202", "203"] and classes[-1] == "234" and len(classes) == 30
    assert t1.find("201", Side.EXPENDITURE).label == "一般公共服务支出"
    assert t1.find("201", Side.EXPENDITURE).location.line == 92


def test_sections_and_statements(seed):
    d = seed.disclosure
    keys = [s.key for s in d.sections]
    assert keys == ["1.1", "1.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11",
                    "3.11.1", "3.11.2", "3.11.3", "3.11.4", "3.11.5", "4"]
    assert d.overview.duties.startswith("昌吉市人大常委会是昌吉市人民代表大会的常设机构，")
    assert d.overview.institutions[:2] == ["办公室", "财经工作委员会"]
    s = d.overview.staffing
    assert (s.authorized, s.actual, s.in_service, s.retired, s.retired_change) == (29, 60, 25, 35, 2)
    st = d.statements
    assert (st.operating_costs, st.operating_costs_prior) == (D("143.26"), D("141.41"))
    p = st.procurement
    assert (p.goods, p.works, p.services, p.sme_reserved, p.micro_reserved) == (
        D("36.2"), D("0"), D("102.25"), D("138.45"), D("138.45"))


def test_performance_target_tables(seed, derived):
    assert performance_differences(derived, seed.disclosure) == []
    p = next(p for p in seed.disclosure.performance if p.project == "“代表之家”活动经费")
    assert (p.budget_unit, p.person_in_charge, p.targets.budget_total, p.targets.budget_fiscal) == (
        "昌吉市人大常委会办公室", "王兰", D("172"), D("172"))
    first = p.targets.indicators[0]
    assert (first.level1, first.level2, first.name, first.comparator.value, first.value, first.value_unit) == (
        "产出指标", "数量指标", "拨付代表之家数量", "≥", "79", "个")
    assert not [f for f in seed.findings if f.code == "table.unsupported"]
