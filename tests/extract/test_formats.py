"""DOCX, XLSX and HTML inputs written here by hand, in a layout other than Yusuan's writers use
(split 类/款/项 under merged headers, side headers, tables in 元), read back to the same tables."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from tests.conftest import EXAMPLE_XLSX
from tests.extract import handmade
from yusuan.model.figures import key_figures
from yusuan.money import MoneyUnit
from yusuan.readers.disclosure_input import is_published, load_disclosure
from yusuan.readers.published import extract_file
from yusuan.readers.published.compare import differences


@pytest.mark.parametrize("fmt", ["html", "docx", "xlsx"])
@pytest.mark.parametrize("unit", [MoneyUnit.WAN, MoneyUnit.YUAN])
def test_handmade_documents_read_back(tmp_path, derived, shipped_catalog, fmt, unit):
    path = tmp_path / f"published.{fmt}"
    if fmt == "html":
        path.write_text(handmade.html(derived, unit), encoding="utf-8")
    else:
        getattr(handmade, fmt)(derived, path, unit)
    result = extract_file(path, shipped_catalog)
    d = result.disclosure
    assert all(t.unit == unit for t in d.tables)
    assert differences(derived, d, text=False, performance=False) == []
    assert [f for f in result.findings if f.code not in ("statement.missing",)] == []
    ours, theirs = key_figures(derived), key_figures(d)
    for k in ("income_total", "expenditure_total", "basic", "project", "personnel", "public_funds", "by_class",
              "three_public"):
        assert ours[k] == theirs[k], k
    assert (d.department, d.year) == (derived.department, derived.year)
    if fmt != "xlsx":
        assert theirs["staff"] == {"authorized": 29, "actual": 60}


def test_published_and_input_workbooks_are_told_apart(tmp_path, derived):
    published = tmp_path / "published.xlsx"
    handmade.xlsx(derived, published)
    assert is_published(published) and not is_published(EXAMPLE_XLSX)
    assert load_disclosure(published).source == str(published)
    assert load_disclosure(EXAMPLE_XLSX).source == f"data:{EXAMPLE_XLSX}"


def test_workbook_formulas_without_cached_values_are_computed(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["一般公共预算支出情况表"])
    ws.append(["单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    ws.append(["201", "一般公共服务支出", "=SUM(C5:C6)", "=D5+D6", "=SUM(E5,E6)"])
    ws.append(["2010101", "行政运行", "=D5+E5", 10.5, None])
    ws.append(["2010199", "其他人大事务支出", "=D6+E6", None, 3.25])
    ws.append(["", "合计", "=C4", "=D4", "=E4*2"])
    path = tmp_path / "formulas.xlsx"
    wb.save(path)
    result = extract_file(path)
    t5 = result.disclosure.tables[0]
    assert [str(t5.find(c).values["total"]) for c in ("201", "2010101", "2010199")] == ["13.75", "10.5", "3.25"]
    assert t5.total_row().values["project"] is None  # =E4*2 is not computed, and says so:
    assert [f.message for f in result.findings if f.code == "amount.unreadable"] == ["“=E4*2”不是金额（项目支出列）"]
