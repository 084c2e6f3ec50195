"""Checks across documents (X290 上年数, X291 决算's 年初预算数): the pure rules, then the store running them
at import, upload and recheck on SQLite and PostgreSQL, and the department page and API showing them.

The pair of years is real work of the project, not hand-made numbers: the bundled example (2023) and the
budget `model.next_year` rolls forward from it (2024), whose texts state last year's figures as 上年数.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.conftest import EXAMPLE_YAML
from yusuan.model.full import derive_full
from yusuan.model.next_year import next_year
from yusuan.pipeline import process_file, sha256_of
from yusuan.readers.data_file import read_data_file
from yusuan.readers.disclosure_input import load_disclosure
from yusuan.rules.across import DOCUMENT_RULES, Published, check_final_budget, check_prior_year
from yusuan.rules.registry import all_rules
from yusuan.store.ingest import import_files, start_run, store_record
from yusuan.store.recheck import recheck
from yusuan.store.reviews import record_review
from yusuan.store.schema import Document, FindingRecord
from yusuan.web.app import create_app
from yusuan.writers.data_file import write_data_file

FINAL = Path(__file__).parent.parent / "data" / "putuo-guihuaziyuan-2024-juesuan.pdf"  # 表10 预算数: 接待费 2.85


@pytest.fixture(scope="module")
def years(tmp_path_factory):
    """The example (2023) and next year's budget written as data files: (2023 path, 2024 path, 2024 data)."""
    folder = tmp_path_factory.mktemp("years")
    data = read_data_file(EXAMPLE_YAML)
    following = next_year(data)
    first, second = folder / "2023.yaml", folder / "2024.yaml"
    write_data_file(data, first)
    write_data_file(following, second)
    return first, second, following


@pytest.fixture(scope="module")
def final_disclosure():
    return load_disclosure(FINAL)


# ---- the rules, pure ------------------------------------------------------------------------------------

def test_x290_passes_when_this_years_priors_are_last_years_figures(years):
    first, _second, following = years
    last = Published.of("2023年预算", derive_full(read_data_file(first)))
    assert check_prior_year(derive_full(following), last) == []


def test_x290_fails_when_last_year_published_another_figure(years):
    first, _second, following = years
    last = Published.of("2023年预算", derive_full(read_data_file(first)))
    other = Published("2023年预算", {**last.figures, "basic": last.figures["basic"] + 5})
    findings = check_prior_year(derive_full(following), other)
    assert [f.rule for f in findings] == ["X290"]
    f = findings[0]
    assert f.message == ("基本支出的上年数为605.94万元，与已公开的2023年预算基本支出（610.94万元）不一致，相差5.00万元")
    assert f.where.sentence and "基本支出" in f.where.sentence and f.where.section  # the sentence that states it


def test_x291_passes_when_the_budget_published_the_final_accounts_budget(final_disclosure):
    budget = Published("2024年预算", {"three_public.total": Decimal("2.85"), "three_public.reception": Decimal("2.85"),
                                    "three_public.abroad": Decimal("0"), "three_public.vehicle_operation": None})
    assert check_final_budget(final_disclosure, budget) == []


def test_x291_fails_on_a_different_budget_figure(final_disclosure):
    budget = Published("2024年预算", {"three_public.total": Decimal("3.85"), "three_public.reception": Decimal("3.85")})
    findings = check_final_budget(final_disclosure, budget)
    assert {f.rule for f in findings} == {"X291"}
    assert [f.where.row for f in findings] == ["合计", "公务接待费"]
    assert findings[1].message == ("公务接待费的年初预算数为2.85万元，与已公开的2024年预算公务接待费（3.85万元）不一致，"
                                   "相差1.00万元")
    assert findings[1].where.table == "T10" and findings[1].where.page == 17


def test_document_rules_are_documented_and_apart_from_the_single_document_catalogue():
    single = {r.id for r in all_rules()}
    for r in DOCUMENT_RULES:
        assert r.id not in single and r.family == "表间勾稽"
        assert r.doc and "Failing example" in r.doc
        assert "错误示例" in r.explanation and len(r.explanation) > 60


# ---- in the store ---------------------------------------------------------------------------------------

def _across(store, kind_year=None):
    with store.session() as s:
        stmt = select(FindingRecord, Document).join(Document, Document.id == FindingRecord.document_id).where(
            FindingRecord.rule.like("X29%"), FindingRecord.active)
        return [(f.rule, d.year, d.kind, f.message) for f, d in s.execute(stmt)]


def test_import_of_two_consistent_years_finds_nothing_across(store, years):
    first, second, _ = years
    summary = import_files(store, [first, second], jobs=1)
    assert len(summary.imported) == 2
    assert _across(store) == []


def _shifted(record, basic_delta: str):
    """Last year's record as if it had published another 基本支出 (its stored key figures)."""
    figures = {**record.figures, "basic": str(Decimal(record.figures["basic"]) + Decimal(basic_delta))}
    content = record.content + b"\n# another printing\n"
    return dataclasses.replace(record, figures=figures, content=content, sha256=sha256_of(content))


@pytest.mark.parametrize("last_year_first", [True, False], ids=["in-order", "next-year-first"])
def test_a_prior_year_figure_that_last_year_did_not_publish_is_found_at_import(store, years, last_year_first):
    first, second, _ = years
    last, this = _shifted(process_file(first), "5"), process_file(second)
    with store.session() as s:
        run = start_run(s, "import")
        for record in ((last, this) if last_year_first else (this, last)):
            store_record(s, record, run.id)
    found = _across(store)
    assert found == [("X290", 2024, "预算",
                      "基本支出的上年数为605.94万元，与已公开的2023年预算基本支出（610.94万元）不一致，相差5.00万元")]
    with store.session() as s:
        doc = s.scalars(select(Document).where(Document.year == 2024)).one()
        assert doc.warnings >= 1


def test_recheck_keeps_a_finding_across_documents_and_its_review(store, years):
    first, second, _ = years
    with store.session() as s:
        run = start_run(s, "import")
        store_record(s, _shifted(process_file(first), "5"), run.id)
        store_record(s, process_file(second), run.id)
    with store.session() as s:
        finding = s.scalars(select(FindingRecord).where(FindingRecord.rule == "X290")).one()
        record_review(s, finding.id, "张三", "confirmed", "上年预算数抄错")
        finding_id = finding.id
    summary = recheck(store)
    assert all(not any(x.startswith("X29") for x in c.added + c.removed) for c in summary.changes)
    with store.session() as s:
        again = s.get(FindingRecord, finding_id)
        assert again.active and again.decision == "confirmed"


def test_a_new_version_of_last_year_that_agrees_clears_the_finding(store, years):
    first, second, _ = years
    with store.session() as s:
        run = start_run(s, "import")
        store_record(s, _shifted(process_file(first), "5"), run.id)
        store_record(s, process_file(second), run.id)
        store_record(s, process_file(first), run.id)  # the corrected 2023 budget: version 2
    assert _across(store) == []


def test_final_accounts_against_the_budget_of_their_year(store):
    final = process_file(FINAL)
    budget = dataclasses.replace(process_file(EXAMPLE_YAML), department=final.department, year=final.year,
                                 figures={"three_public": {"total": "3.85", "reception": "3.85"}})
    with store.session() as s:
        run = start_run(s, "import")
        store_record(s, final, run.id)
        assert _across(store) == []  # no 预算 of 2024 yet
        store_record(s, budget, run.id)
    found = sorted(m for rule, year, kind, m in _across(store) if rule == "X291" and kind == "决算")
    assert found == ["“三公”经费的年初预算数为2.85万元，与已公开的2024年预算“三公”经费（3.85万元）不一致，相差1.00万元",
                     "公务接待费的年初预算数为2.85万元，与已公开的2024年预算公务接待费（3.85万元）不一致，相差1.00万元"]


def test_the_department_page_and_the_api_show_the_findings_across_documents(store, years):
    first, second, _ = years
    with store.session() as s:
        run = start_run(s, "import")
        store_record(s, _shifted(process_file(first), "5"), run.id)
        doc, _ = store_record(s, process_file(second), run.id)
        department_id = doc.department_id
    with TestClient(create_app(store)) as client:
        page = client.get(f"/departments/{department_id}").text
        assert "跨文件核对" in page and "基本支出的上年数为605.94万元" in page and "2024年预算" in page
        api = client.get("/api/v1/findings", params={"department_id": department_id, "rule": "X29"}).json()
        assert [f["rule"] for f in api["items"]] == ["X290"] and api["items"][0]["severity"] == "warning"
