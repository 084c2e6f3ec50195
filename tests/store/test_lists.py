"""Lists at scale, on SQLite and PostgreSQL: a government's departments sorted and paged by the database with
the 类 chart over all of them (and the migration that keeps it for older stores); the search through its index (and the migration that fills it for a store made
before it); a document's rows and findings written in bulk (COPY on PostgreSQL) kept exactly."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

from tests.conftest import SEED_TEXT
from yusuan.pipeline import process_file, sha256_of
from yusuan.store.db import make_engine, migrate, open_store
from yusuan.store.ingest import start_run, store_record
from yusuan.store.queries import (
    document_tables,
    government_classes,
    government_detail,
    list_findings,
    search_departments,
)
from yusuan.store.schema import Base, Department, Government, SearchGram, utcnow
from yusuan.store.search import candidates, grams


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


def test_search_finds_departments_by_a_piece_of_a_name_through_the_index(store, seed_record):
    with store.session() as s:
        run = start_run(s, "import")
        for name in ("教育局", "财政局", "卫生健康委员会"):
            store_record(s, _department(seed_record, name, "1.00"), run.id, government="测试县")

    def found(q: str) -> list[str]:
        with store.session() as s:
            return sorted(d["name"] for d in search_departments(s, q).items)

    assert candidates("教育") is not None  # looked up in search_grams, not by reading every department
    assert found("教育") == ["教育局"] and found("育局") == ["教育局"]
    assert found("测试县") == ["卫生健康委员会", "教育局", "财政局"]  # by its government's name
    assert found("局") == ["教育局", "财政局"]
    assert found("教局") == [] and found("卫生 健康") == []


def test_the_migration_indexes_the_departments_stored_before_it(db_url):
    engine = make_engine(db_url)
    migrate(engine, "0001")
    with engine.begin() as conn:
        gid = conn.execute(insert(Government).values(name="昌吉市").returning(Government.id)).scalar_one()
        conn.execute(insert(Department).values(name="昌吉市教育局", government_id=gid))
    migrate(engine)
    engine.dispose()
    store = open_store(db_url)
    with store.session() as s:
        assert [d["name"] for d in search_departments(s, "教育").items] == ["昌吉市教育局"]
        assert s.scalar(select(func.count()).select_from(SearchGram)) == len(grams("昌吉市教育局"))
    store.close()


def test_the_migration_keeps_the_spending_by_class_of_the_documents_stored_before_it(db_url):
    engine = make_engine(db_url)
    migrate(engine, "0002")
    tables = Base.metadata.tables
    with engine.begin() as conn:
        gid = conn.execute(insert(tables["governments"]).values(name="昌吉市").returning(tables["governments"].c.id)).scalar_one()
        did = conn.execute(insert(tables["departments"]).values(name="昌吉市教育局", government_id=gid)
                           .returning(tables["departments"].c.id)).scalar_one()
        rid = conn.execute(insert(tables["runs"]).values(kind="import", started_at=utcnow(), tool_version="0",
                                                         rules_version="0").returning(tables["runs"].c.id)).scalar_one()
        conn.execute(insert(tables["blobs"]).values(sha256="0" * 64, size=1, content=b"x"))
        doc = conn.execute(insert(tables["documents"]).values(
            department_id=did, kind="预算", year=2024, version=1, is_latest=True, sha256="0" * 64, format="txt",
            original_name="x.txt", imported_at=utcnow(), run_id=rid, status="待审", errors=0, warnings=0, notices=0)
            .returning(tables["documents"].c.id)).scalar_one()
        conn.execute(insert(tables["figures"]).values(document_id=doc, by_class={"201": "12.34", "205": "0.50"}))
    migrate(engine)
    engine.dispose()
    store = open_store(db_url)
    with store.session() as s:
        assert government_classes(s, gid) == {"201": Decimal("12.34"), "205": Decimal("0.50")}
    store.close()
