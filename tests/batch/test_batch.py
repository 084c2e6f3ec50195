"""`yusuan batch`: a folder of every format with a corrupt and an encrypted file; reruns, changes, rechecks."""

from __future__ import annotations

import json
from decimal import Decimal

import pyarrow as pa

from yusuan.batch.dataset import read_table
from yusuan.batch.manifest import Manifest
from yusuan.batch.rows import in_wan
from yusuan.batch.runner import Options, run_batch
from yusuan.batch.schema import DECIMAL, TABLES
from yusuan.batch.summary import write_summary

TABLE_NAMES = tuple(TABLES)


def snapshot(out) -> dict[str, list[dict]]:
    """Every table of the dataset as sorted rows (part-file boundaries do not matter)."""
    tables = {}
    for name in TABLE_NAMES:
        t = read_table(out, name)
        tables[name] = sorted(t.to_pylist(), key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return tables


def test_every_format_is_read_and_bad_files_are_recorded(docs, tmp_path):
    out = tmp_path / "out"
    report = run_batch([docs], out, Options(jobs=2, chunk_docs=3))
    assert report.inputs == 8 and report.processed == 8 and report.failed == 2
    documents = {r["path"].rsplit("/", 1)[-1]: r for r in read_table(out, "documents").to_pylist()}
    assert {r["format"] for r in documents.values()} == {"txt", "html", "docx", "xlsx", "pdf"}
    assert documents["encrypted.pdf"]["read_status"] == "failed" and "加密" in documents["encrypted.pdf"]["reason"]
    assert documents["corrupt.pdf"]["read_status"] == "failed" and documents["corrupt.pdf"]["failure"] == "unreadable"
    assert documents["corrupt.pdf"]["year"] is None and documents["corrupt.pdf"]["kind"] is None
    ok = {k: r for k, r in documents.items() if r["read_status"] == "ok"}
    assert len(ok) == 6 and all(r["year"] and r["kind"] in ("预算", "决算") for r in ok.values())
    assert documents["putuo.pdf"]["kind"] == "决算" and documents["putuo.pdf"]["pages"] > 1
    assert documents["seed.txt"]["department"] == "昌吉市人大常委会办公室"
    # amounts are exact decimals in the table's unit, with 万元 beside them
    rows = read_table(out, "table_rows")
    assert rows.schema.field("value").type == DECIMAL and rows.schema.field("value_wan").type == DECIMAL
    valued = [r for r in rows.to_pylist() if r["value"] is not None]
    assert valued and all(r["value_wan"] == in_wan(r["value"], r["unit"]) for r in valued)
    assert in_wan(Decimal("12345.67"), "元") == Decimal("1.234567") and in_wan(Decimal("1.5"), "亿元") == 15000
    figures = {(r["sha256"], r["key"]): r["value"] for r in read_table(out, "figures").to_pylist()}
    seed = documents["seed.txt"]["sha256"]
    assert figures[(seed, "expenditure_total")] == Decimal("851.140000")
    assert figures[(seed, "staff.actual")] == Decimal(60)
    findings = read_table(out, "findings")
    assert {"A101"} <= set(findings.filter(pa.compute.equal(findings["sha256"], seed))["rule"].to_pylist())
    # no error on the clean generated documents (a workbook holds the tables only: its texts are missing)
    generated = {r["sha256"]: r["format"] for k, r in ok.items() if k.startswith("doc-")}
    assert not [f for f in findings.to_pylist() if f["sha256"] in generated and f["severity"] == "error"
                and not (generated[f["sha256"]] == "xlsx" and f["rule"].startswith("C4"))]
    # partitioned by year and kind; nothing half-written or temporary is visible
    parts = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet"))
    assert all(p.split("/")[1].startswith("year=") and p.split("/")[2].startswith("kind=") for p in parts)
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]
    summary = write_summary(out)
    assert summary["documents"] == {**summary["documents"], "total": 8, "ok": 6, "failed": 2}
    assert {f["path"].rsplit("/", 1)[-1] for f in summary["failed"]} == {"corrupt.pdf", "encrypted.pdf"}
    assert summary["findings"]["by_rule"] and summary["by_department"] and summary["slowest"]
    html = (out / "summary.html").read_text(encoding="utf-8")
    assert "<svg" in html and "批量检查汇总" in html and "encrypted.pdf" in html


def test_a_rerun_does_nothing_and_a_changed_document_is_redone(docs, tmp_path):
    out = tmp_path / "out"
    run_batch([docs], out, Options(jobs=1, chunk_docs=4))
    before = snapshot(out)
    again = run_batch([docs], out, Options(jobs=1))
    assert (again.processed, again.done_before) == (0, 8)
    assert snapshot(out) == before
    seed = docs / "seed.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("昌吉市人大常委会办公室", "昌吉市人大常委会机关"),
                    encoding="utf-8")
    changed = run_batch([docs], out, Options(jobs=1))
    assert (changed.processed, changed.retired, changed.done_before) == (1, 1, 7)
    after = {r["path"].rsplit("/", 1)[-1]: r for r in read_table(out, "documents").to_pylist()}
    assert len(after) == 8 and after["seed.txt"]["department"] == "昌吉市人大常委会机关"
    old = {r["sha256"] for r in before["documents"]} - {r["sha256"] for r in read_table(out, "documents").to_pylist()}
    assert len(old) == 1
    for name in ("figures", "table_rows", "findings"):
        assert not set(read_table(out, name)["sha256"].to_pylist()) & old


def test_rules_changed_redoes_the_checks_only(docs, tmp_path):
    out = tmp_path / "out"
    run_batch([docs], out, Options(jobs=1, chunk_docs=3))
    before = snapshot(out)
    manifest = Manifest.load(out)
    for chunk in manifest.chunks.values():  # as if the rules had changed since
        chunk.rules = "older-rules"
        manifest.save(chunk)
    stale = run_batch([docs], out, Options(jobs=1))
    assert stale.rules_stale == len(manifest.chunks) and stale.rechecked == 0
    redo = run_batch([docs], out, Options(jobs=2, rules_changed=True))
    assert redo.processed == 0 and redo.rechecked == 6
    assert snapshot(out) == before
    assert run_batch([docs], out, Options(jobs=1, rules_changed=True)).rechecked == 0


def test_listing_gives_government_department_and_year(docs, tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("path,government,department,year\n"
                       f"{docs / 'seed.txt'},昌吉市,昌吉市人大,2023\n"
                       "docs/missing.pdf,昌吉市,某局,2024\n", encoding="utf-8")
    out = tmp_path / "out"
    report = run_batch([listing], out, Options(jobs=1))
    assert (report.processed, report.failed) == (2, 1)
    rows = {r["path"].rsplit("/", 1)[-1]: r for r in read_table(out, "documents").to_pylist()}
    assert (rows["seed.txt"]["government"], rows["seed.txt"]["department"]) == ("昌吉市", "昌吉市人大")
    assert rows["seed.txt"]["document_department"] == "昌吉市人大常委会办公室"
    assert rows["missing.pdf"]["year"] == 2024 and "无法读取" in rows["missing.pdf"]["reason"]


def test_time_and_memory_limits_fail_documents_not_the_batch(docs, tmp_path):
    slow = run_batch([docs / "seed.txt", docs / "putuo.pdf"], tmp_path / "t", Options(jobs=2, seconds=0.01))
    assert slow.failed == 2
    assert {r["failure"] for r in read_table(tmp_path / "t", "documents").to_pylist()} == {"timeout"}
    small = run_batch([docs / "seed.txt", docs / "doc-000001.html"], tmp_path / "m", Options(jobs=1, memory_mb=1))
    assert small.processed == 2 and small.failed == 2
    assert {r["failure"] for r in read_table(tmp_path / "m", "documents").to_pylist()} <= {"memory", "crashed"}


def test_schemas_are_the_declared_ones(docs, tmp_path):
    out = tmp_path / "out"
    run_batch([docs / "seed.txt"], out, Options(jobs=0))
    for name, schema in TABLES.items():
        t = read_table(out, name)
        assert t.schema.remove(t.schema.get_field_index("kind")).remove(t.schema.get_field_index("year")) == schema
