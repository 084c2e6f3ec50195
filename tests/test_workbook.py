"""The Excel input workbook: template → fill → read back, and the problems a filled workbook can have."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from yusuan.catalog.catalog import default_catalog
from yusuan.errors import InputError
from yusuan.model.budget import BudgetData
from yusuan.readers.workbook import read_workbook
from yusuan.writers.workbook_template import write_template

pytestmark = pytest.mark.slow  # every test writes a workbook and reads it back (round trips)


@pytest.fixture(scope="module")
def prefilled(tmp_path_factory: pytest.TempPathFactory, example_data: BudgetData) -> Path:
    path = tmp_path_factory.mktemp("template") / "budget.xlsx"
    write_template(path, example_data)
    return path


@pytest.fixture
def filled(tmp_path: Path, prefilled: Path) -> Path:
    """A fresh copy of the template pre-filled from the example, for one test to edit."""
    path = tmp_path / "budget.xlsx"
    shutil.copy(prefilled, path)
    return path


def edit(path: Path, changes: dict[str, dict[str, object]], delete: tuple[str, ...] = ()) -> Path:
    """Set cells ({"项目": {"B3": "2010188"}}), delete sheets, save as a new file."""
    wb = load_workbook(path)
    for sheet, cells in changes.items():
        for ref, value in cells.items():
            wb[sheet][ref] = value
    for sheet in delete:
        del wb[sheet]
    out = path.with_name("edited.xlsx")
    wb.save(out)
    return out


def problems(path: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        read_workbook(path)
    return [str(p) for p in info.value.problems]


def one(found: list[str], *fragments: str) -> str:
    """The single problem containing every fragment."""
    hits = [p for p in found if all(f in p for f in fragments)]
    assert len(hits) == 1, (fragments, found)
    return hits[0]


# -- round trips -------------------------------------------------------------------------------
def test_round_trip_of_the_example_is_exact(filled: Path, example_data: BudgetData) -> None:
    assert read_workbook(filled) == example_data


def test_round_trip_survives_a_save_by_a_spreadsheet_program(filled: Path, example_data: BudgetData) -> None:
    wb = load_workbook(filled)
    wb.save(filled)
    assert read_workbook(filled) == example_data


def test_rows_are_matched_by_content_and_empty_rows_skipped(filled: Path, example_data: BudgetData) -> None:
    wb = load_workbook(filled)
    income = wb["收入"]
    rows = {r: [c.value for c in income[r]] for r in (3, 4)}  # 1. 一般公共预算拨款 ↔ 其中：一般财力
    for r, values in rows.items():
        for c, value in enumerate(values, start=1):
            income.cell(7 - r, c).value = value
    projects = wb["项目"]
    projects.insert_rows(4, amount=2)  # two blank rows between projects
    wb.save(filled)
    assert read_workbook(filled) == example_data


def test_empty_template_says_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_template(path)
    found = problems(path)
    assert found == ["表「部门信息」第2行 B列（部门名称）：缺少必填字段",
                     "表「部门信息」第3行 B列（预算年度）：缺少必填字段"]


def test_template_for_a_year_prefills_the_year(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path, year=2024)
    assert load_workbook(path)["部门信息"]["B3"].value == 2024
    assert problems(path) == ["表「部门信息」第2行 B列（部门名称）：缺少必填字段"]


# -- the template --------------------------------------------------------------------------------
def _validations(ws) -> dict[str, str]:
    return {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}


def test_template_has_dropdowns_and_a_hidden_code_sheet(filled: Path) -> None:
    wb = load_workbook(filled)
    assert wb.sheetnames[0] == "填表说明"
    codes = wb["代码表"]
    assert codes.sheet_state == "hidden"
    column_a = {codes.cell(r, 1).value: codes.cell(r, 2).value for r in range(2, codes.max_row + 1)}
    assert column_a["2010101"] == default_catalog().name_of("2010101", 2023)
    assert "30101" in {codes.cell(r, 4).value for r in range(2, codes.max_row + 1)}

    basic = _validations(wb["基本支出"])
    assert basic["A2:A1000"].startswith("'代码表'!$A$2:$A$")
    assert "一般公共预算" in basic["C2:C1000"] and "单位资金" in basic["C2:C1000"]
    assert _validations(wb["项目"])["B2:B1000"].startswith("'代码表'!$A$2")
    assert _validations(wb["经济分类基本支出"])["A2:A1000"].startswith("'代码表'!$D$2")
    assert _validations(wb["绩效指标"])["E2:E1000"] == '"≥,≤,=,>,<"'
    dept = _validations(wb["部门信息"])
    assert dept["B4"] == '"预算,决算"' and dept["B5"] == '"万元,元"' and dept["F2:F1000"] == '"行政,事业,参公,其他"'
    # Every inline list respects Excel's 255-character limit.
    for ws in wb.worksheets:
        for formula in _validations(ws).values():
            assert not formula.startswith('"') or len(formula) - 2 <= 255


def test_template_cells_are_typed_and_formatted(filled: Path) -> None:
    wb = load_workbook(filled)
    basic = wb["基本支出"]
    assert basic.freeze_panes == "A2"
    assert basic["A2"].value == "2010101" and basic["A2"].number_format == "@"
    assert basic["D2"].value == pytest.approx(330.01) and basic["D2"].number_format == "#,##0.00"
    assert basic["A30"].number_format == "@"  # blank rows are pre-formatted too
    projects = wb["项目"]
    headers = [c.value for c in projects[1]]
    assert headers[:4] == ["项目名称", "功能分类编码", "资金来源", "金额"]
    assert [h.split()[0] for h in headers[4:14]] == ["301", "302", "303", "307", "309", "310", "311", "312", "313",
                                                     "399"]
    assert headers[14:] == ["上年预算数", "政策依据", "承担单位", "资金分配补充说明", "开始日期", "结束日期", "负责人"]
    income = wb["收入"]
    assert [income.cell(r, 1).value for r in (2, 3, 4)] == ["一、本年收入", "1. 一般公共预算拨款", "其中：一般财力"]
    assert wb["三公经费"]["A6"].value == "合计"
    text = "\n".join(str(c.value) for c in wb["填表说明"]["A"] if c.value)
    for phrase in ("金额单位", "下拉列表", "可以留空", "核对", "表「项目」"):
        assert phrase in text


# -- bad input: one test per kind ------------------------------------------------------------------
def test_unknown_code_names_its_cell(filled: Path) -> None:
    assert default_catalog().get("2010188", 2023) is None
    path = edit(filled, {"项目": {"B3": "2010188"}, "项级上年数": {"A4": "2010188"}})
    found = problems(path)
    assert "不在" in one(found, "表「项目」第3行 B列（功能分类编码）", "2010188")
    assert one(found, "表「项级上年数」第4行 A列（功能分类编码）", "2010188")


def test_malformed_economic_code(filled: Path) -> None:
    found = problems(edit(filled, {"经济分类基本支出": {"A3": "30199x"}}))
    assert "5位经济分类款级编码" in one(found, "表「经济分类基本支出」第3行 A列（经济分类款编码）")


def test_text_in_an_amount_cell(filled: Path) -> None:
    found = problems(edit(filled, {"项目": {"F5": "十二万"}, "基本支出": {"E3": "12万元"}}))
    assert "应为：数字" in one(found, "表「项目」第5行 F列（302 商品和服务支出）", "不是金额：“十二万”")
    assert one(found, "表「基本支出」第3行 E列（公用经费）", "“12万元”")


def test_negative_amount(filled: Path) -> None:
    found = problems(edit(filled, {"项目资金分配": {"C2": -5}, "政府采购": {"B2": -1}}))
    assert "大于或等于 0" in one(found, "表「项目资金分配」第2行 C列（金额）", "不能为负数：-5")
    assert one(found, "表「政府采购」第2行 B列（货物）", "不能为负数")


def test_missing_required_fields(filled: Path) -> None:
    path = edit(filled, {"部门信息": {"B2": None, "B3": None}, "项目": {"B8": "2010199", "F8": 5}})
    found = problems(path)
    assert one(found, "表「部门信息」第2行 B列（部门名称）", "缺少必填字段")
    assert one(found, "表「部门信息」第3行 B列（预算年度）", "缺少必填字段")
    assert one(found, "表「项目」第8行 A列（项目名称）", "缺少必填字段")


def test_typed_totals_are_checked_against_their_parts(filled: Path) -> None:
    path = edit(filled, {
        "基本支出": {"F2": 999},
        "收入": {"B3": 800},  # 1. 一般公共预算拨款 = 825.94 + 9.00
        "项目": {"D3": 11},  # 人大监督: 302 = 10.00
        "三公经费": {"E5": 3},  # 公务用车运行费: 31.00
        "政府采购": {"B5": 100},
    })
    found = problems(path)
    assert "473.27" in one(found, "表「基本支出」第2行 F列（合计）", "999.00")
    assert "834.94" in one(found, "表「收入」第3行 B列（1. 一般公共预算拨款，本年预算数）", "800.00")
    assert "10.00" in one(found, "表「项目」第3行 D列（金额）", "11.00")
    assert "31.00" in one(found, "表「三公经费」第5行 E列（公务用车运行费，合计）", "3.00")
    assert "138.45" in one(found, "表「政府采购」第5行 B列（合计）", "100.00")


def test_unknown_funding_source_label(filled: Path) -> None:
    found = problems(edit(filled, {"基本支出": {"C2": "财政拨款"}}))
    assert "一般公共预算拨款结转" in one(found, "表「基本支出」第2行 C列（资金来源）", "不认识的资金来源：“财政拨款”")


def test_missing_sheet(filled: Path) -> None:
    found = problems(edit(filled, {}, delete=("三公经费",)))
    assert one(found, "表「三公经费」", "缺少工作表")


def test_not_an_xlsx_file(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_text("部门名称,昌吉市人大常委会办公室\n", encoding="utf-8")
    assert "不是有效的 Excel 工作簿" in one(problems(path), "Excel")


def test_rows_linked_by_project_name(filled: Path) -> None:
    found = problems(edit(filled, {"绩效指标": {"A4": "不存在的项目"}, "项目": {"A3": "人大会议"}}))
    assert one(found, "表「绩效指标」第4行 A列（项目名称）", "“不存在的项目”不在表「项目」中")
    assert one(found, "表「项目」第3行 A列（项目名称）", "重复", "第2行")


def test_all_problems_are_reported_at_once(filled: Path) -> None:
    path = edit(filled, {
        "部门信息": {"B2": None},
        "基本支出": {"F2": 999, "C3": "财政拨款"},
        "项目": {"B3": "2010188", "F5": "十二万"},
        "项目资金分配": {"C2": -5},
        "绩效指标": {"J3": 120},
    }, delete=("名词解释",))
    found = problems(path)
    assert len(found) == 8, found
    # in workbook order
    assert found[0].startswith("表「部门信息」") and found[-1].startswith("表「名词解释」")


def test_values_typed_the_spreadsheet_way_are_accepted(filled: Path, example_data: BudgetData) -> None:
    """Codes typed as numbers, amounts as text with thousands separators, ">=" for ≥."""
    path = edit(filled, {"基本支出": {"A2": 2010101, "D2": "330.01"},
                         "项目": {"F4": " 172 "}, "绩效指标": {"E2": ">="}})
    data = read_workbook(path)
    assert data == example_data
    assert data.basic_expenditure[0].personnel == Decimal("330.01")


def test_round_trip_of_fields_the_example_leaves_empty(tmp_path: Path, example_data: BudgetData) -> None:
    raw = example_data.model_dump()
    raw["department"].update(staffing=None, kind="决算", money_unit="元", scope="本级", publish_date=None)
    raw["income"]["total"] = {"amount": Decimal("863.64"), "prior": None, "reason": "合计"}
    raw["income"]["unit_funds"] = {"amount": Decimal("12.5"), "prior": Decimal("0"), "reason": None}
    raw["basic_expenditure"][0].update(name="行政运行", total=Decimal("473.27"), source="unit_funds")
    project = raw["projects"][0]
    project.update(economic={"301": Decimal("1.25"), "302": Decimal("36.75")}, amount=Decimal("38"),
                   prior=Decimal("30"), period_start=None)
    project["allocations"][0].update(quantity=Decimal("2.5"), quantity_unit="次", unit_amount=Decimal("14"))
    project["performance"]["budget_other"] = Decimal("0.5")
    raw["projects"][1]["performance"] = None
    raw["changes"]["basic"]["amount"] = Decimal("605.94")
    raw["basic_economic"][0].update(name="基本工资", total=Decimal("139.48"))
    raw["three_public"].update(total=Decimal("34"), reason="总体持平")
    raw["three_public"]["reception"].update(fund_budget=Decimal("1"), soe_budget=Decimal("2"))
    raw["procurement"]["total"] = Decimal("138.45")
    raw["performance_summary"] = None
    raw["other_notes"] = ["第一段。", "第二段。"]
    raw["glossary"] = {"基本支出": "保障机构正常运转的支出。", "项目支出": "为完成特定任务的支出。"}
    data = BudgetData.model_validate(raw)
    path = tmp_path / "all.xlsx"
    write_template(path, data)
    assert read_workbook(path) == data


def test_text_starting_with_equals_stays_text(tmp_path: Path, example_data: BudgetData) -> None:
    data = example_data.model_copy(deep=True)
    indicator = data.projects[0].performance.indicators[0]
    indicator.value, indicator.comparator = "=100%", None
    data.projects[0].policy_basis = "=见附件"
    path = tmp_path / "eq.xlsx"
    write_template(path, data)
    assert read_workbook(path) == data
