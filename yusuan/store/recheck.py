"""`yusuan recheck`: the current rule catalogue over every stored disclosure, and what changed.

A finding is matched across runs by its fingerprint (rule, place, message). An unchanged finding keeps
its row — and so its reviews; a finding no longer reported becomes inactive (kept, with its reviews);
a finding reported again after it had gone is reactivated with its old reviews; a new one is added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from yusuan.model.disclosure import Disclosure
from yusuan.pipeline import check_disclosure
from yusuan.store.across import across_rows
from yusuan.store.db import Store
from yusuan.store.ingest import declare_codes, finish_run, refresh_document, start_run, sync_findings
from yusuan.store.schema import Department, DisclosureRecord, Document


@dataclass
class DocumentChange:
    document_id: int
    label: str  # 部门 年度 类型
    added: list[str] = field(default_factory=list)  # "rule message"
    removed: list[str] = field(default_factory=list)


@dataclass
class RecheckSummary:
    run_id: int
    documents: int = 0
    unchanged: int = 0
    changes: list[DocumentChange] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"documents": self.documents, "unchanged": self.unchanged, "changed": len(self.changes),
                "added": sum(len(c.added) for c in self.changes),
                "removed": sum(len(c.removed) for c in self.changes)}


def recheck_document(session, document_id: int, run_id: int, label: str) -> DocumentChange | None:
    """The current rules over one stored document: its own checks and those across documents."""
    content = session.scalar(select(DisclosureRecord.content).where(DisclosureRecord.document_id == document_id))
    disclosure = Disclosure.model_validate_json(content)
    rows = check_disclosure(disclosure) + across_rows(session, session.get(Document, document_id), disclosure)
    added, removed = sync_findings(session, document_id, run_id, rows)
    refresh_document(session, document_id)
    return DocumentChange(document_id, label, added, removed) if added or removed else None


def recheck(store: Store, advance: Callable[[], None] | None = None,
            total: Callable[[int], None] | None = None) -> RecheckSummary:
    with store.session() as s:
        run_id = start_run(s, "recheck").id
        declare_codes(s)  # governments stored before their 行政区划代码 was declared
        docs = s.execute(select(Document.id, Department.name, Document.year, Document.kind, Document.version)
                         .join(Department, Department.id == Document.department_id).order_by(Document.id)).all()
    summary = RecheckSummary(run_id)
    if total:
        total(len(docs))
    for doc_id, name, year, kind, version in docs:
        label = f"{name} {year}年{kind}" + (f"（第{version}版）" if version > 1 else "")
        with store.session() as s:
            change = recheck_document(s, doc_id, run_id, label)
        summary.documents += 1
        if change is None:
            summary.unchanged += 1
        else:
            summary.changes.append(change)
        if advance:
            advance()
    finish_run(store, run_id, summary.as_dict())
    return summary
