"""Reviewers' decisions on findings: each one kept, the latest one on the finding, the document's
status recomputed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from yusuan.store.ingest import refresh_document
from yusuan.store.schema import FindingRecord, Review, utcnow

DECISIONS = {"confirmed": "确认", "dismissed": "驳回"}
MAX_NOTE = 2000


class ReviewError(ValueError):
    """A decision that cannot be recorded (Chinese message)."""


def record_review(session: Session, finding_id: int, reviewer: str, decision: str, note: str = "") -> Review:
    if decision not in DECISIONS:
        raise ReviewError(f"无效的审核结论“{decision}”（应为 confirmed 或 dismissed）")
    finding = session.get(FindingRecord, finding_id)
    if finding is None:
        raise ReviewError(f"没有编号为 {finding_id} 的问题")
    review = Review(finding_id=finding_id, reviewer=reviewer[:100], decision=decision, previous=finding.decision,
                    note=(note or "").strip()[:MAX_NOTE], created_at=utcnow())
    session.add(review)
    finding.decision = decision
    session.flush()
    refresh_document(session, finding.document_id)
    return review
