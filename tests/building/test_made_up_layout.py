"""A province's layout is one declaration: a made-up family, registered at test time through the
public API of model/layouts.py, is built (its titles on the ten tables), read back from HTML, told
apart from the other families and checked — with no edit in readers, rules or writers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import TableId
from yusuan.model.full import derive_full
from yusuan.model.layouts import (
    NATIONAL_SECTIONS,
    LayoutFamily,
    LayoutTable,
    Need,
    register,
    unregister,
)
from yusuan.readers.published import extract_file
from yusuan.readers.published.compare import differences
from yusuan.readers.published.titles import match_title
from yusuan.rules.finding import Severity
from yusuan.rules.runner import check
from yusuan.writers.document import DocumentOutput
from yusuan.writers.outputs import Product, write

T = TableId
MADE_UP = LayoutFamily(
    "shifan", "示范省版式", DocumentKind.BUDGET,
    tables=(
        LayoutTable(T.T1, "收支总览表", ("收支总览汇总表",)),
        LayoutTable(T.T2, "收入来源明细表"),
        LayoutTable(T.T3, "支出用途明细表"),
        LayoutTable(T.T4, "财政拨款收支对照表"),
        LayoutTable(T.T5, "一般公共预算支出明细表"),
        LayoutTable(T.T6, "一般公共预算基本支出明细表"),
        LayoutTable(T.T7, "一般公共预算项目支出明细表", (), Need.CUSTOMARY),
        LayoutTable(T.T8, "政府性基金支出明细表"),
        LayoutTable(T.T9, "国有资本经营支出明细表", (), Need.CUSTOMARY),
        LayoutTable(T.T10, "三公经费明细表", ("三公经费安排明细表",)),
    ),
    sections=NATIONAL_SECTIONS,
    markers=("示范省部门预算",),
)


@pytest.fixture
def made_up():
    family = register(MADE_UP)
    yield family
    unregister(family.id)


def _errors(findings):
    return [f for f in findings if f.severity == Severity.ERROR]


def _read_back(disclosure, tmp_path, catalog):
    path = tmp_path / "doc.html"
    write(Product.DOCUMENT, "html", DocumentOutput(disclosure), path)
    return extract_file(path, catalog).disclosure


def test_the_readers_know_a_family_only_once_it_is_registered(made_up):
    assert match_title("表3 支出用途明细表").table_id == T.T3
    assert match_title("2023年三公经费安排明细表").table_id == T.T10  # an alias
    unregister(made_up.id)
    assert match_title("表3 支出用途明细表") is None
    register(made_up)
    assert match_title("表3 支出用途明细表").table_id == T.T3


def test_a_built_in_family_cannot_be_replaced():
    national_again = LayoutFamily("national", "假的全国版式", DocumentKind.BUDGET, tables=(), sections=())
    with pytest.raises(ValueError):
        register(national_again)


def test_a_document_in_the_made_up_layout_is_built_read_and_checked(made_up, example_data, tmp_path,
                                                                  catalog):
    built = derive_full(example_data, catalog, layout=made_up.id)
    assert {t.id: t.title for t in built.tables}[T.T10] == "“三公”经费明细表"
    assert {t.id: t.title for t in built.tables}[T.T3] == "支出用途明细表"
    assert _errors(check(built, catalog)) == []

    read = _read_back(built, tmp_path, catalog)
    assert read.profile.layout == made_up.id
    assert read.profile.layout_zh() == "示范省版式"
    assert [t.id for t in read.tables] == [t.id for t in built.tables]
    assert differences(built, read) == []
    assert _errors(check(read, catalog)) == []


def test_an_error_injected_in_the_made_up_layout_is_found(made_up, example_data, tmp_path, catalog):
    built = derive_full(example_data, catalog, layout=made_up.id)
    t3 = built.table(T.T3)
    item = next(r for r in t3.rows if r.code and len(r.code) == 7 and r.values.get("basic"))
    item.values["basic"] += Decimal("1")  # 合计 no longer basic + project on this row

    found = _errors(check(_read_back(built, tmp_path, catalog), catalog))
    assert found, "the injected error is not reported"
    # the row's own identity, its 类's sum, and 表5's same row: the errors a national document has
    assert sorted(f.rule for f in found) == ["A101", "A103", "X205"], [(f.rule, f.message) for f in found]
    row_error = next(f for f in found if f.rule == "A103")
    assert row_error.where.table == "T3" and item.code in row_error.message


def test_a_missing_table_is_named_by_the_made_up_title(made_up, example_data, tmp_path, catalog):
    built = derive_full(example_data, catalog, layout=made_up.id)
    built.tables = [t for t in built.tables if t.id != T.T10]

    found = check(_read_back(built, tmp_path, catalog), catalog)
    missing = [f for f in found if f.rule == "C401"]
    assert [f.message for f in missing] == ["缺少表10““三公”经费明细表”"]  # the family's own title
