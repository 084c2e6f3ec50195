"""The checks across documents (`yusuan.rules.across`, X29x) wherever the store holds the pair.

For a department's current document (its latest version):
- last year's current document of the same kind → X290 (this year's 上年数 against what it published);
- for a 决算, the current 预算 of the same year → X291 (its 年初预算数 against the 预算).

Storing a document changes the pairs of its neighbours too: next year's document of its kind now has a
last year, and a 决算 of its year a 预算. `refresh_around` re-runs the checks of the document and of those
neighbours, keeping unchanged findings (and their reviews) by fingerprint like `recheck` does. The other
document's figures are its stored key figures (`figures`), so only the checked document's disclosure is read.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yusuan.model.disclosure import Disclosure
from yusuan.pipeline import finding_rows
from yusuan.rules.across import DOCUMENT_RULES, Published, check_final_budget, check_prior_year
from yusuan.store.schema import DisclosureRecord, Document, Figures

RULE_IDS = frozenset(r.id for r in DOCUMENT_RULES)
COLUMNS = {"income_total": "income_total", "expenditure_total": "expenditure_total", "basic": "basic",
           "project": "project", "three_public.total": "three_public", "three_public.abroad": "abroad",
           "three_public.reception": "reception", "three_public.vehicle_purchase": "vehicle_purchase",
           "three_public.vehicle_operation": "vehicle_operation", "operating_costs": "operating_costs"}


def _current(session: Session, department_id: int, kind: str, year: int) -> Document | None:
    return session.scalars(select(Document).where(Document.department_id == department_id, Document.kind == kind,
                                                  Document.year == year, Document.is_latest)).first()


def _published(session: Session, doc: Document) -> Published:
    figures = session.get(Figures, doc.id)
    values: dict[str, Decimal | None] = {key: getattr(figures, column) if figures else None
                                         for key, column in COLUMNS.items()}
    label = f"{doc.year}年{doc.kind}" + (f"（第{doc.version}版）" if doc.version > 1 else "")
    return Published(label, values)


def counterparts(session: Session, doc: Document) -> tuple[Document | None, Document | None]:
    """(last year's document of its kind, the 预算 of its year when it is a 决算), current versions only."""
    previous = _current(session, doc.department_id, doc.kind, doc.year - 1)
    budget = _current(session, doc.department_id, "预算", doc.year) if doc.kind == "决算" else None
    return previous, budget


def across_rows(session: Session, doc: Document, disclosure: Disclosure | None = None) -> list[dict[str, Any]]:
    """The X29x finding rows of a document against its stored counterparts ([] for an old version)."""
    if not doc.is_latest:
        return []
    previous, budget = counterparts(session, doc)
    if previous is None and budget is None:
        return []
    if disclosure is None:
        content = session.scalar(select(DisclosureRecord.content).where(DisclosureRecord.document_id == doc.id))
        disclosure = Disclosure.model_validate_json(content)
    findings = []
    if previous is not None:
        findings += check_prior_year(disclosure, _published(session, previous))
    if budget is not None:
        findings += check_final_budget(disclosure, _published(session, budget))
    return finding_rows(findings)


def neighbours(session: Session, doc: Document) -> list[Document]:
    """The current documents whose checks across documents read `doc`."""
    found = [_current(session, doc.department_id, doc.kind, doc.year + 1)]
    if doc.kind == "预算":
        found.append(_current(session, doc.department_id, "决算", doc.year))
    return [d for d in found if d is not None]


def refresh_around(session: Session, doc: Document, run_id: int) -> None:
    """Re-run the checks across documents of `doc` and of the documents that read it."""
    from yusuan.store.ingest import refresh_document, sync_findings

    for target in (doc, *neighbours(session, doc)):
        added, removed = sync_findings(session, target.id, run_id, across_rows(session, target), only=RULE_IDS)
        if added or removed:
            refresh_document(session, target.id)
