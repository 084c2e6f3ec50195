"""Putting documents into the store: idempotent by content hash, a new version for new content.

`store_record` writes one processed document (`yusuan.pipeline.DocumentRecord`) in the caller's
session. `import_files` runs `pipeline.process_file` over many files in worker processes and stores
each result as it arrives, one transaction per document: a file that cannot be read (or stored) is
reported with its reasons and never stops the others.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from yusuan.pipeline import DocumentRecord, sha256_of
from yusuan.store.bulk import insert_rows
from yusuan.store.db import Store
from yusuan.store.divisions import division_of
from yusuan.store.places import government_of
from yusuan.store.schema import (
    Blob,
    ClassSpending,
    Department,
    DisclosureRecord,
    DocTable,
    Document,
    Figures,
    FindingRecord,
    Government,
    Run,
    SectionRecord,
    TableRow,
    Unit,
    utcnow,
)
from yusuan.store.search import index_department

IMPORTABLE = {".pdf", ".docx", ".xlsx", ".html", ".htm", ".txt", ".yaml", ".yml", ".json"}
REVIEWED = ("error", "warning")  # the severities a reviewer decides on


def rules_version() -> str:
    """The rule catalogue's identity: a hash of every rule's id, severity and message template."""
    from yusuan.rules.across import DOCUMENT_RULES
    from yusuan.rules.registry import all_rules

    rules = sorted([*all_rules(), *DOCUMENT_RULES], key=lambda r: r.id)
    text = "\n".join(f"{r.id}|{r.severity.value}|{r.message}" for r in rules)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def start_run(session: Session, kind: str) -> Run:
    from yusuan import __version__

    run = Run(kind=kind, tool_version=__version__, rules_version=rules_version(), started_at=utcnow())
    session.add(run)
    session.flush()
    return run


def finish_run(store: Store, run_id: int, summary: dict[str, Any]) -> None:
    with store.session() as s:
        s.execute(update(Run).where(Run.id == run_id).values(finished_at=utcnow(), summary=summary))


def _government(session: Session, name: str | None, department: str) -> Government | None:
    level = None
    if name is None:
        found = government_of(department)
        if found is None:
            return None
        name, level = found
    gov = session.scalars(select(Government).where(Government.name == name)).first()
    if gov is None:
        gov = Government(name=name, level=level)
        session.add(gov)
        _declare(gov)
        session.flush()
    return gov


def _declare(gov: Government) -> bool:
    """Give a government its 行政区划代码 (and level) from the declared table; True when something changed."""
    division = division_of(gov.name)
    if division is None or not division.verified or (gov.code == division.code and gov.level == division.level):
        return False
    gov.code, gov.level = division.code, division.level
    return True


def declare_codes(session: Session) -> int:
    """Fill in the 行政区划代码 of stored governments the declared table knows (after an upgrade of it)."""
    return sum(_declare(gov) for gov in session.scalars(select(Government)))


def _department(session: Session, name: str, gov: Government | None) -> Department:
    gid = gov.id if gov else None
    cond = Department.government_id == gid if gid is not None else Department.government_id.is_(None)
    dept = session.scalars(select(Department).where(cond, Department.name == name)).first()
    if dept is None:
        dept = Department(name=name, government_id=gid)
        session.add(dept)
        session.flush()
        index_department(session, dept.id, name, gov.name if gov else None)
    return dept


def _money(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _figures(document_id: int, f: dict[str, Any]) -> dict[str, Any]:
    """The `figures` row of a document (a plain dict for a Core insert)."""
    three = f.get("three_public") or {}
    staff = f.get("staff") or {}
    return {"document_id": document_id, "income_total": _money(f.get("income_total")),
            "expenditure_total": _money(f.get("expenditure_total")), "basic": _money(f.get("basic")),
            "project": _money(f.get("project")), "personnel": _money(f.get("personnel")),
            "public_funds": _money(f.get("public_funds")), "three_public": _money(three.get("total")),
            "abroad": _money(three.get("abroad")), "reception": _money(three.get("reception")),
            "vehicle_purchase": _money(three.get("vehicle_purchase")),
            "vehicle_operation": _money(three.get("vehicle_operation")),
            "operating_costs": _money(f.get("operating_costs")),
            "procurement_total": _money(f.get("procurement_total")),
            "staff_authorized": staff.get("authorized"), "staff_actual": staff.get("actual"),
            "by_class": f.get("by_class") or {}}


def class_rows(document_id: int, by_class: dict[str, Any] | None) -> list[dict[str, Any]]:
    return [{"document_id": document_id, "code": code, "amount": Decimal(amount)}
            for code, amount in (by_class or {}).items() if amount is not None]


def insert_findings(session: Session, document_id: int, run_id: int, rows: Iterable[dict[str, Any]]) -> None:
    values = [{**r, "document_id": document_id, "active": True, "first_run_id": run_id, "last_run_id": run_id}
              for r in rows]
    if values:
        insert_rows(session, FindingRecord, values)



def sync_findings(session: Session, document_id: int, run_id: int, rows: list[dict[str, Any]],
                  only: Iterable[str] | None = None) -> tuple[list[str], list[str]]:
    """Make a document's active findings the `rows` of this run, matched by fingerprint: an unchanged finding
    keeps its row (and so its reviews), a finding no longer reported becomes inactive (kept), one reported
    again is reactivated, a new one is added. `only`: the rule ids this run checked (others are left alone).
    Returns what was added and removed ("rule message")."""
    rules = set(only) if only is not None else None
    stmt = select(FindingRecord).where(FindingRecord.document_id == document_id)
    if rules is not None:
        stmt = stmt.where(FindingRecord.rule.in_(rules))
    stored = {f.fingerprint: f for f in session.scalars(stmt)}
    now = {r["fingerprint"]: r for r in rows}
    added = [f"{r['rule']} {r['message']}" for fp, r in now.items() if fp not in stored or not stored[fp].active]
    removed = [f"{old.rule} {old.message}" for fp, old in stored.items() if old.active and fp not in now]
    keep = [fp for fp in now if fp in stored]
    if keep:
        session.execute(update(FindingRecord).where(FindingRecord.document_id == document_id,
                                                    FindingRecord.fingerprint.in_(keep))
                        .values(active=True, last_run_id=run_id))
    gone = [fp for fp, old in stored.items() if old.active and fp not in now]
    if gone:
        session.execute(update(FindingRecord).where(FindingRecord.document_id == document_id,
                                                    FindingRecord.fingerprint.in_(gone)).values(active=False))
    insert_findings(session, document_id, run_id, [r for fp, r in now.items() if fp not in stored])
    return added, removed


def _status(counts: dict[str, int], decided: int, any_decision: bool) -> str:
    to_review = sum(counts.get(s, 0) for s in REVIEWED)
    return "已完成" if decided == to_review else ("审核中" if any_decision else "待审")


def refresh_document(session: Session, document_id: int) -> None:
    """Recount a document's active findings and set its review status (待审 / 审核中 / 已完成):
    已完成 when every active error and warning has a decision (or there is none to decide)."""
    rows = session.execute(select(FindingRecord.severity, FindingRecord.decision, func.count())
                           .where(FindingRecord.document_id == document_id, FindingRecord.active)
                           .group_by(FindingRecord.severity, FindingRecord.decision)).all()
    counts = dict.fromkeys(("error", "warning", "notice"), 0)
    to_review = decided = 0
    for severity, decision, n in rows:
        counts[severity] = counts.get(severity, 0) + n
        if severity in REVIEWED:
            to_review += n
            decided += n if decision else 0
    any_decision = session.scalar(select(func.count()).select_from(FindingRecord).where(
        FindingRecord.document_id == document_id, FindingRecord.decision.is_not(None))) or 0
    status = _status(counts, decided, bool(any_decision))
    session.execute(update(Document).where(Document.id == document_id).values(
        errors=counts["error"], warnings=counts["warning"], notices=counts["notice"], status=status))


def known(session: Session, sha256: str) -> Document | None:
    return session.scalars(select(Document).where(Document.sha256 == sha256)).first()


def store_record(session: Session, record: DocumentRecord, run_id: int, government: str | None = None,
                 source_url: str | None = None) -> tuple[Document, bool]:
    """Store one processed document; (its document, False) when the same content is already stored."""
    existing = known(session, record.sha256)
    if existing is not None:
        return existing, False
    gov = _government(session, government, record.department)
    dept = _department(session, record.department, gov)
    previous = session.scalar(select(func.max(Document.version)).where(
        Document.department_id == dept.id, Document.kind == record.kind, Document.year == record.year))
    if previous is not None:
        session.execute(update(Document).where(Document.department_id == dept.id, Document.kind == record.kind,
                                               Document.year == record.year).values(is_latest=False))
    if session.get(Blob, record.sha256) is None:
        insert_rows(session, Blob, [{"sha256": record.sha256, "size": len(record.content),
                                      "content": record.content}])
    # a new document has no decision yet: its counts and status come from its findings, no query needed
    counts = dict.fromkeys(("error", "warning", "notice"), 0)
    for f in record.findings:
        counts[f["severity"]] = counts.get(f["severity"], 0) + 1
    doc = Document(department_id=dept.id, kind=record.kind, year=record.year, version=(previous or 0) + 1,
                   is_latest=True, sha256=record.sha256, format=record.format,
                   original_name=record.original_name[:255], pages=record.pages, source_url=source_url,
                   run_id=run_id, profile=record.profile, imported_at=utcnow(), errors=counts["error"],
                   warnings=counts["warning"], notices=counts["notice"], status=_status(counts, 0, False))
    session.add(doc)
    session.flush()
    insert_rows(session, DisclosureRecord, [{"document_id": doc.id, "content": record.disclosure_json}])
    insert_rows(session, Figures, [_figures(doc.id, record.figures)])
    insert_rows(session, ClassSpending, class_rows(doc.id, record.figures.get("by_class")))
    if record.tables:
        table_ids = session.connection().execute(
            insert(DocTable.__table__).returning(DocTable.__table__.c.id, sort_by_parameter_order=True),
            [{"document_id": doc.id, "position": t["position"], "table_id": t["table_id"], "title": t["title"],
              "unit": t["unit"], "columns": t["columns"], "note": t["note"], "page": t["page"]}
             for t in record.tables]).scalars().all()
        rows = [{**r, "table_pk": pk} for pk, t in zip(table_ids, record.tables, strict=True) for r in t["rows"]]
        if rows:
            insert_rows(session, TableRow, rows)
    if record.sections:
        insert_rows(session, SectionRecord, [{**s, "document_id": doc.id} for s in record.sections])
    if record.budget_units:
        insert_rows(session, Unit, [{**u, "document_id": doc.id} for u in record.budget_units])
    insert_findings(session, doc.id, run_id, record.findings)
    from yusuan.store.across import refresh_around  # (it imports this module)

    refresh_around(session, doc, run_id)
    return doc, True


@dataclass
class Outcome:
    file: str
    document_id: int | None = None
    new: bool = False
    errors: list[str] = field(default_factory=list)
    department: str | None = None
    findings: int = 0


@dataclass
class ImportSummary:
    run_id: int
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def imported(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.new]

    @property
    def unchanged(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.new and not o.errors]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.errors]

    def as_dict(self) -> dict[str, Any]:
        return {"imported": len(self.imported), "unchanged": len(self.unchanged), "failed": len(self.failed),
                "failures": {o.file: o.errors for o in self.failed}}


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[Outcome]]:
    """Files to import (folders walked, sorted) and the paths that are neither a file nor a folder."""
    files: list[Path] = []
    missing: list[Outcome] = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in IMPORTABLE
                            and not f.name.startswith("."))
        elif p.is_file():
            files.append(p)
        else:
            missing.append(Outcome(str(p), errors=["文件或文件夹不存在"]))
    return files, missing


def process_one(file: str) -> tuple[str, DocumentRecord | None, list[str]]:
    """Worker: the pipeline on one file; reasons instead of an exception when it cannot be read."""
    from yusuan.errors import InputError
    from yusuan.pipeline import process_file

    try:
        return file, process_file(file), []
    except InputError as exc:
        return file, None, [str(p) for p in exc.problems] or [str(exc)]
    except OSError as exc:
        return file, None, [f"无法读取文件：{exc.strerror or exc}"]
    except MemoryError:
        return file, None, ["内存不足：文件过大或内容异常"]
    except RecursionError:
        return file, None, ["输入的嵌套层次过深"]
    except Exception as exc:  # a reader bug on one file must not stop the others
        return file, None, [f"内部错误（Yusuan 的缺陷）：{type(exc).__name__}: {exc}"]


def _hash_file(path: Path) -> str | None:
    try:
        return sha256_of(path.read_bytes())
    except OSError:
        return None


def import_files(store: Store, paths: Iterable[Path], government: str | None = None, jobs: int = 0,
                 advance: Callable[[Outcome], None] | None = None, total: Callable[[int], None] | None = None,
                 kind: str = "import") -> ImportSummary:
    """Import files and folders. Known content (by SHA-256) is skipped without being read again."""
    files, outcomes = collect_files(paths)
    with store.session() as s:
        run_id = start_run(s, kind).id
    summary = ImportSummary(run_id, list(outcomes))
    todo: list[Path] = []
    seen: set[str] = set()
    for f in files:
        digest = _hash_file(f)
        if digest is None:
            todo.append(f)  # the worker reports why it cannot be read
            continue
        with store.session() as s:
            doc = known(s, digest)
        if doc is not None or digest in seen:
            summary.outcomes.append(Outcome(str(f), document_id=doc.id if doc else None))
            continue
        seen.add(digest)
        todo.append(f)
    if total:
        total(len(todo))

    def store_result(file: str, record: DocumentRecord | None, errors: list[str]) -> None:
        outcome = Outcome(file, errors=errors)
        if record is not None:
            try:
                with store.session() as s:
                    doc, outcome.new = store_record(s, record, run_id, government)
                    outcome.document_id = doc.id
                    outcome.department, outcome.findings = record.department, len(record.findings)
            except Exception as exc:  # a database refusal for one document (e.g. a value too long)
                outcome.errors.append(f"无法存入数据库：{type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
        summary.outcomes.append(outcome)
        if advance:
            advance(outcome)

    workers = min(jobs or os.cpu_count() or 1, len(todo))
    if workers <= 1:
        for f in todo:
            store_result(*process_one(str(f)))
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {pool.submit(process_one, str(f)): str(f) for f in todo}
            for future in as_completed(futures):
                try:
                    result = future.result()
                except Exception as exc:  # a worker died (killed, out of memory)
                    result = (futures[future], None, [f"处理进程异常退出：{type(exc).__name__}"])
                store_result(*result)
    finish_run(store, run_id, summary.as_dict())
    return summary
