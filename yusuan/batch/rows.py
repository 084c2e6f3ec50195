"""A `DocumentRecord` → the rows of the batch tables (pure; plain values only).

`Outcome` is what a worker sends back for one document: the rows of every table and the partition
(year, kind) they belong to; never the source bytes. A document that could not be processed is
one `documents` row with `read_status = failed`, its failure class and its Chinese reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from yusuan.pipeline import FORMATS, DocumentRecord

SCALE = Decimal("0.000001")
LIMIT = Decimal(10) ** 18  # decimal128(24,6) holds 18 integer digits
PER_WAN = {"万元": Decimal(1), "元": Decimal("0.0001"), "亿元": Decimal(10000), "千元": Decimal("0.1")}


@dataclass(frozen=True)
class Item:
    """One input document: an absolute path and what a listing says about it."""

    path: str
    government: str | None = None
    department: str | None = None
    year: int | None = None


@dataclass
class Outcome:
    """What the work on one document produced (rows keyed by table name)."""

    sha256: str
    path: str
    year: int | None
    kind: str | None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    status: str = "ok"
    failure: str | None = None
    reason: str | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the worker on this document (reading, checking, rows)
    peak_mb: float = 0.0
    department: str | None = None
    government: str | None = None


def decimal(value: Any) -> Decimal | None:
    """A stored amount: exact to six decimals, None if empty or out of decimal128(24,6)'s range."""
    if value is None or value == "":
        return None
    try:
        d = Decimal(str(value)).quantize(SCALE, ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return None
    return d if abs(d) < LIMIT else None


def in_wan(value: Decimal | None, unit: str | None) -> Decimal | None:
    if value is None or unit not in PER_WAN:
        return None
    return decimal(value * PER_WAN[unit])


def figure_rows(sha: str, figures: dict[str, Any]) -> list[dict[str, Any]]:
    """`yusuan figures` flattened to (key, value): amounts in 万元, staff in 人; texts left out."""
    out: list[dict[str, Any]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
            return
        if isinstance(value, bool) or prefix in ("department", "year", "kind", "unit_in_source"):
            return
        if isinstance(value, int | str | Decimal) and decimal(value) is not None:
            unit = "人" if prefix.startswith("staff.") else "万元"
            out.append({"sha256": sha, "key": prefix, "value": decimal(value), "unit": unit})

    walk("", figures)
    return out


def cell_rows(sha: str, tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every cell of every table row: one row per (table row, column), value in the table's unit and in 万元."""
    out = []
    for t in tables:
        labels = {c["key"]: c["label"] for c in t["columns"]}
        for r in t["rows"]:
            values = r["values"] or {None: None}
            for key, raw in values.items():
                value = decimal(raw)
                out.append({"sha256": sha, "table_position": t["position"], "table_id": t["table_id"],
                            "table_title": t["title"], "row_position": r["position"], "code": r["code"],
                            "label": r["label"], "row_kind": r["kind"], "side": r["side"], "project": r["project"],
                            "column": key, "column_label": labels.get(key) if key else None, "unit": t["unit"],
                            "value": value, "value_wan": in_wan(value, t["unit"]),
                            "page": (r["location"] or {}).get("page", t["page"])})
    return out


def finding_rows(sha: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"sha256": sha, "rule": f["rule"], "severity": f["severity"], "message": f["message"],
             "location": f["location"], "table": (f.get("where") or {}).get("table"),
             "row": (f.get("where") or {}).get("row"), "column": (f.get("where") or {}).get("column"),
             "page": f.get("page"), "expected": _text(f.get("expected")), "actual": _text(f.get("actual")),
             "fix": f.get("fix"), "origin": f.get("origin"), "fingerprint": f["fingerprint"]} for f in findings]


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def document_outcome(item: Item, record: DocumentRecord) -> Outcome:
    """The rows of one document that was read."""
    sha = record.sha256
    notes = record.reading_notes
    year = item.year if item.year is not None else record.year
    document = {
        "sha256": sha, "path": item.path, "format": record.format, "government": item.government,
        "department": item.department or record.department, "document_department": record.department,
        "document_year": record.year, "unit": record.figures.get("unit_in_source"), "pages": record.pages,
        "read_status": "ok", "failure": None, "reason": None,
        "reading_notes": json.dumps([{k: v for k, v in n.items() if v is not None} for n in notes],
                                    ensure_ascii=False, sort_keys=True),
        "tables": len(record.tables)}
    return Outcome(sha, item.path, year, record.kind, rows={
        "documents": [document], "figures": figure_rows(sha, record.figures),
        "table_rows": cell_rows(sha, record.tables), "findings": finding_rows(sha, record.findings),
        "_disclosures": [{"sha256": sha, "disclosure_json": record.disclosure_json}]},
        department=document["department"], government=item.government)


def failed_outcome(item: Item, sha: str, failure: str, reason: str) -> Outcome:
    """One `documents` row for a document that could not be processed."""
    suffix = "." + item.path.rsplit(".", 1)[-1].lower() if "." in item.path.rsplit("/", 1)[-1] else ""
    document = {
        "sha256": sha, "path": item.path, "format": FORMATS.get(suffix, suffix.lstrip(".") or None),
        "government": item.government, "department": item.department, "document_department": None,
        "document_year": None, "unit": None, "pages": None, "read_status": "failed", "failure": failure,
        "reason": reason, "reading_notes": "[]", "tables": 0}
    return Outcome(sha, item.path, item.year, None, rows={"documents": [document]}, status="failed",
                   failure=failure, reason=reason, department=item.department, government=item.government)
