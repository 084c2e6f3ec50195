"""Lists at scale, on SQLite and PostgreSQL: a government's departments sorted and paged by the database with
the 类 chart over all of them, and a document's rows and findings written in bulk (COPY on PostgreSQL) kept
exactly."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.conftest import SEED_TEXT
from yusuan.pipeline import process_file, sha256_of
from yusuan.store.ingest import start_run, store_record
from yusuan.store.queries import document_tables, government_detail, list_findings
from yusuan.store.schema import Government


@pytest.fixture(scope="module")
def seed_record():
    return process_file(SEED_TEXT)


def _department(record, name: str, income: str):
    content = record.content + name.encode()
    return dataclasses.replace(record, department=name, content=content, sha256=sha256_of(content),
                               figures={**record.figures, "income_total": income})


def test_a_governments_departments_are_sorted_and_paged_by_the_database(store, seed_record):
    incomes = {"甲局": "30.00", "乙局": "10.00", "丙局": "20.00", "丁局": None}
    with store.session() as s:
        run = start_run(s, "import")
        for name, income in incomes.items():
            store_record(s, _department(seed_record, name, income), run.id, government="测试县")
        gid = s.scalar(select(Government.id).where(Government.name == "测试县"))
    with store.session() as s:
        first = government_detail(s, gid, "income_total", desc=True, page=1, per_page=2)
        second = government_detail(s, gid, "income_total", desc=True, page=2, per_page=2)
        everything = government_detail(s, gid, "income_total", desc=False, per_page=None)
    assert [d["name"] for d in first["departments"]] == ["甲局", "丙局"]
    assert [d["name"] for d in second["departments"]] == ["乙局", "丁局"]  # no figure: last either way
    assert [d["name"] for d in everything["departments"]] == ["乙局", "丙局", "甲局", "丁局"]
    assert first["page"] == {"items": first["departments"], "total": 4, "page": 1, "per_page": 2, "pages": 2}
    assert first["departments"][0]["income_total"] == Decimal("30.00")
    assert first["departments"][0]["document"]["kind"] == seed_record.kind
    one = {code: Decimal(v) for code, v in seed_record.figures["by_class"].items()}
    assert first["by_class"] == {code: v * 4 for code, v in sorted(one.items())}  # every department, not a page


def test_many_rows_and_findings_are_stored_exactly(store, seed_record):
    findings = [{**seed_record.findings[0], "fingerprint": f"{i:064d}", "message": f"第{i}条"} for i in range(45)]
    record = dataclasses.replace(seed_record, findings=findings)
    with store.session() as s:
        doc, _ = store_record(s, record, start_run(s, "import").id)
        doc_id = doc.id
    with store.session() as s:
        tables = document_tables(s, doc_id)
        stored = list_findings(s, document_id=doc_id, per_page=100).items
        status = s.get(type(doc), doc_id)
    assert [[{k: r[k] for k in ("label", "code", "kind", "side", "project", "values", "location")} for r in t["rows"]]
            for t in tables] == [[{k: r.get(k) for k in ("label", "code", "kind", "side", "project", "values", "location")}
                                  for r in t["rows"]] for t in seed_record.tables]
    assert sorted(f["message"] for f in stored) == sorted(f["message"] for f in findings)
    assert stored[0]["where"] == findings[0]["where"]
    severity = findings[0]["severity"]
    assert (status.errors, status.warnings, status.notices) == tuple(45 if severity == s else 0
                                                                     for s in ("error", "warning", "notice"))
