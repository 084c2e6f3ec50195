"""The store on SQLite and PostgreSQL: migration from empty, import (idempotent, versions, a bad file
among good ones), figures kept exactly, recheck, reviews and users."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select

from tests.conftest import EXAMPLE_YAML, SEED_TEXT
from yusuan.pipeline import process_file
from yusuan.store.db import alembic_config, current_revision, make_engine, migrate
from yusuan.store.ingest import import_files, start_run, store_record
from yusuan.store.recheck import recheck
from yusuan.store.reviews import ReviewError, record_review
from yusuan.store.schema import (
    Base,
    Blob,
    Department,
    DocTable,
    Document,
    Figures,
    FindingRecord,
    Government,
    Review,
    Run,
    TableRow,
)
from yusuan.store.users import UserError, add_user, authenticate

TABLES = sorted(Base.metadata.tables)


def counts(store) -> dict[str, int]:
    with store.session() as s:
        return {t: s.scalar(select(func.count()).select_from(Base.metadata.tables[t])) for t in TABLES}


@pytest.fixture(scope="module")
def seed_record():
    return process_file(SEED_TEXT)


def test_migration_from_empty_creates_the_schema_of_the_models(db_url):
    engine = make_engine(db_url)
    assert inspect(engine).get_table_names() == []
    migrate(engine)
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert current_revision(engine) == head
    assert set(TABLES) <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], diff  # the migrations create exactly what the models declare
    migrate(engine)  # a second upgrade is a no-op
    assert current_revision(engine) == head
    engine.dispose()


def test_import_is_idempotent_by_content(store, tmp_path):
    summary = import_files(store, [EXAMPLE_YAML, SEED_TEXT], jobs=1)
    assert len(summary.imported) == 2 and not summary.failed
    before = counts(store)
    assert before["documents"] == 2 and before["findings"] > 0 and before["table_rows"] > 100
    copy = tmp_path / "again.txt"
    copy.write_bytes(SEED_TEXT.read_bytes())  # same content under another name
    again = import_files(store, [EXAMPLE_YAML, SEED_TEXT, copy], jobs=1)
    assert len(again.imported) == 0 and len(again.unchanged) == 3
    after = counts(store)
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}


def test_new_content_is_a_new_version_and_the_old_one_is_kept(store, tmp_path):
    import_files(store, [SEED_TEXT], jobs=1)
    changed = tmp_path / "seed-v2.txt"
    changed.write_text(SEED_TEXT.read_text(encoding="utf-8") + "\n（更正版）\n", encoding="utf-8")
    summary = import_files(store, [changed], jobs=1)
    assert len(summary.imported) == 1
    with store.session() as s:
        docs = s.scalars(select(Document).order_by(Document.version)).all()
        assert [(d.version, d.is_latest) for d in docs] == [(1, False), (2, True)]
        assert docs[0].department_id == docs[1].department_id
        assert s.get(Blob, docs[0].sha256).content == SEED_TEXT.read_bytes()  # byte for byte
        assert docs[1].original_name == "seed-v2.txt"


def test_one_bad_file_is_reported_and_the_others_are_imported(store, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    summary = import_files(store, [bad, SEED_TEXT, empty, tmp_path / "missing.pdf"], jobs=1)
    assert [o.file for o in summary.imported] == [str(SEED_TEXT)]
    assert sorted(Path(o.file).name for o in summary.failed) == ["broken.pdf", "empty.txt", "missing.pdf"]
    assert all(o.errors for o in summary.failed)
    with store.session() as s:
        run = s.get(Run, summary.run_id)
        assert run.finished_at is not None and run.summary["failed"] == 3 and run.rules_version


@pytest.mark.slow
def test_parallel_import_of_generated_departments(store, tmp_path):
    from yusuan.synth.write import write_synth

    paths = write_synth(4, tmp_path / "synth", 7, "yaml")
    seen = []
    summary = import_files(store, [tmp_path / "synth"], jobs=2, advance=seen.append)
    assert len(summary.imported) == 4 and len(seen) == 4 and not summary.failed
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == len(paths)
        # generated budgets are clean: no error or warning
        assert s.scalar(select(func.sum(Document.errors + Document.warnings))) == 0
        assert s.scalar(select(func.count()).select_from(Government)) >= 1


def test_figures_and_cells_are_kept_exactly(store, seed_record):
    with store.session() as s:
        run = start_run(s, "import")
        doc, new = store_record(s, seed_record, run.id, government="昌吉市")
        assert new
    with store.session() as s:
        fig = s.get(Figures, doc.id)
        assert fig.income_total == Decimal(seed_record.figures["income_total"])
        assert fig.three_public == Decimal(seed_record.figures["three_public"]["total"])
        assert isinstance(fig.basic, Decimal)
        dept = s.get(Department, doc.department_id)
        assert s.get(Government, dept.government_id).name == "昌吉市"
        rows = s.scalars(select(TableRow).join(DocTable).where(DocTable.document_id == doc.id)).all()
        stored = {(r.label, k): v for r in rows for k, v in r.values.items() if v is not None}
        published = {(r["label"], k): v for t in seed_record.tables for r in t["rows"]
                     for k, v in r["values"].items() if v is not None}
        assert stored == published


def test_the_government_is_read_from_the_department_name(store, seed_record):
    with store.session() as s:
        run = start_run(s, "import")
        doc, _ = store_record(s, seed_record, run.id)
        gov = s.get(Government, s.get(Department, doc.department_id).government_id)
        # the declared 行政区划代码 table knows 昌吉市 as a county-level city (652301, under 昌吉回族自治州)
        assert (gov.name, gov.level, gov.code) == ("昌吉市", "county", "652301")


def test_reviews_keep_their_history_and_set_the_status(store, seed_record):
    with store.session() as s:
        run = start_run(s, "import")
        doc, _ = store_record(s, seed_record, run.id)
        assert doc.status == "待审" or s.get(Document, doc.id).status == "待审"
        to_review = s.scalars(select(FindingRecord).where(FindingRecord.document_id == doc.id,
                                                          FindingRecord.severity.in_(("error", "warning")))).all()
        assert len(to_review) >= 2
        first = to_review[0].id
    with store.session() as s:
        record_review(s, first, "张三", "confirmed", "与原件核对无误")
        record_review(s, first, "李四", "dismissed", "是舍入差异")
        with pytest.raises(ReviewError):
            record_review(s, first, "李四", "maybe")
    with store.session() as s:
        history = s.scalars(select(Review).where(Review.finding_id == first).order_by(Review.id)).all()
        assert [(r.reviewer, r.decision, r.previous) for r in history] == [
            ("张三", "confirmed", None), ("李四", "dismissed", "confirmed")]
        assert s.get(FindingRecord, first).decision == "dismissed"
        assert s.get(Document, doc.id).status == "审核中"
        for f in to_review[1:]:
            record_review(s, f.id, "张三", "confirmed")
    with store.session() as s:
        assert s.get(Document, doc.id).status == "已完成"


def test_recheck_keeps_unchanged_findings_and_their_reviews(store, seed_record):
    with store.session() as s:
        run = start_run(s, "import")
        doc, _ = store_record(s, seed_record, run.id)
        findings = s.scalars(select(FindingRecord).where(FindingRecord.document_id == doc.id)
                             .order_by(FindingRecord.id)).all()
        kept, dropped = findings[0], findings[1]
        record_review(s, kept.id, "张三", "confirmed", "确有此错")
        record_review(s, dropped.id, "张三", "dismissed")
        # what an older rule catalogue had reported: one finding that the current rules do not give,
        # and one current finding that it had missed (so it is inactive here)
        s.add(FindingRecord(document_id=doc.id, rule="A999", severity="error", message="旧规则的问题",
                            location="全文", where={}, fingerprint="0" * 64, active=True,
                            first_run_id=run.id, last_run_id=run.id))
        dropped.active = False
    summary = recheck(store)
    assert summary.documents == 1 and len(summary.changes) == 1
    change = summary.changes[0]
    assert change.removed == ["A999 旧规则的问题"]
    assert change.added == [f"{dropped.rule} {dropped.message}"]
    with store.session() as s:
        assert s.get(FindingRecord, kept.id).decision == "confirmed" and s.get(FindingRecord, kept.id).active
        back = s.get(FindingRecord, dropped.id)
        assert back.active and back.decision == "dismissed"  # reactivated with its review
        old = s.scalars(select(FindingRecord).where(FindingRecord.rule == "A999")).one()
        assert not old.active  # kept, inactive
        assert s.scalar(select(func.count()).select_from(Review)) == 2
    assert recheck(store).changes == []  # nothing changes a second time


def test_users_are_stored_with_a_password_hash(store):
    with store.session() as s:
        user = add_user(s, "审核员", "correct horse battery")
        assert user.password_hash.startswith("$argon2id$") and "correct" not in user.password_hash
        with pytest.raises(UserError):
            add_user(s, "审核员", "another password")
        with pytest.raises(UserError):
            add_user(s, "短", "short")
    with store.session() as s:
        assert authenticate(s, "审核员", "correct horse battery") is not None
        assert authenticate(s, "审核员", "wrong password") is None
        assert authenticate(s, "没有此人", "correct horse battery") is None
