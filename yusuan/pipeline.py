"""The work on one document, in one place: read → check → key figures → the rows a store keeps.

`process_file(path)` is what `yusuan import`, the web upload and a batch engine run per document. It
reads nothing but the file, writes nothing, and returns a `DocumentRecord` of plain values (str, int,
Decimal, dict, list) that pickles across processes and maps one to one onto the store's tables.
`check_disclosure` is the check half alone, for `yusuan recheck` over a stored disclosure.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from yusuan.catalog.catalog import Catalog
from yusuan.model.claims import TextAnalysis
from yusuan.model.disclosure import Disclosure
from yusuan.rules.finding import Finding

FORMATS = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".html": "html", ".htm": "html", ".txt": "txt",
           ".yaml": "yaml", ".yml": "yaml", ".json": "json"}


@dataclass
class DocumentRecord:
    """One document as the store keeps it (no database ids: the store assigns them)."""

    sha256: str
    content: bytes = field(repr=False)  # the source file, byte for byte
    format: str
    original_name: str
    pages: int | None
    department: str
    year: int
    kind: str  # 预算 | 决算
    disclosure_json: str
    profile: dict[str, Any] | None
    figures: dict[str, Any]  # model.figures.key_figures (amounts: 万元 strings with two decimals)
    findings: list[dict[str, Any]]
    tables: list[dict[str, Any]] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)
    budget_units: list[dict[str, Any]] = field(default_factory=list)  # the 预算单位 the document lists
    reading_notes: list[dict[str, Any]] = field(default_factory=list)  # as in disclosure_json, without parsing it


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def fingerprint(f: Finding) -> str:
    """A finding's identity across runs: same rule, same place, same message → same fingerprint."""
    return hashlib.sha256(json.dumps([str(x) for x in f.key()], ensure_ascii=False).encode()).hexdigest()


def finding_rows(findings: list[Finding]) -> list[dict[str, Any]]:
    return [{"rule": f.rule, "severity": f.severity.value, "message": f.message, "location": f.where.describe(),
             "where": f.where.to_dict(), "page": f.where.page, "expected": f.expected, "actual": f.actual,
             "fix": f.fix, "origin": f.origin, "fingerprint": fingerprint(f)} for f in findings]


def check_disclosure(disclosure: Disclosure, catalog: Catalog | None = None,
                     text: TextAnalysis | None = None) -> list[dict[str, Any]]:
    from yusuan.rules.runner import check

    return finding_rows(check(disclosure, catalog, text=text))


def _location(loc) -> dict[str, Any] | None:
    return loc.model_dump(exclude_none=True) if loc is not None else None


def _value(v: Decimal | None) -> str | None:
    return None if v is None else str(v)


def table_rows(disclosure: Disclosure) -> list[dict[str, Any]]:
    return [{"position": i, "table_id": t.id.value if t.id else None, "title": t.title, "unit": t.unit.value,
             "columns": [{"key": c.key, "label": c.label} for c in t.columns], "note": t.note,
             "page": t.location.page if t.location else None,
             "rows": [{"position": j, "label": r.label, "code": r.code, "kind": r.kind.value,
                       "side": r.side.value if r.side else None, "project": r.project,
                       "values": {k: _value(v) for k, v in r.values.items()},
                       "location": _location(r.location)} for j, r in enumerate(t.rows)]}
            for i, t in enumerate(disclosure.tables)]


def section_rows(disclosure: Disclosure) -> list[dict[str, Any]]:
    return [{"position": i, "key": s.key, "heading": s.heading, "text": "\n".join(p.text for p in s.paragraphs)}
            for i, s in enumerate(disclosure.sections)]


def budget_unit_rows(disclosure: Disclosure) -> list[dict[str, Any]]:
    budget_units = disclosure.overview.budget_units if disclosure.overview else []
    return [{"name": u.name, "kind": getattr(u.kind, "value", u.kind)} for u in budget_units]


def profile_of(disclosure: Disclosure) -> dict[str, Any] | None:
    """The document's profile (kind/scope/extent/layout) where the reader sets one."""
    profile = getattr(disclosure, "profile", None)
    if profile is None:
        return None
    if hasattr(profile, "model_dump"):
        return profile.model_dump(mode="json")
    return dict(profile) if isinstance(profile, dict) else {"value": str(profile)}


def page_count(path: Path, fmt: str) -> int | None:
    if fmt != "pdf":
        return None
    try:
        import pymupdf

        with pymupdf.open(path) as doc:
            return doc.page_count
    except Exception:  # the reader reports an unreadable PDF; the page count is only a detail
        return None


def record_of(disclosure: Disclosure, content: bytes, name: str, fmt: str, pages: int | None,
              catalog: Catalog | None = None) -> DocumentRecord:
    from yusuan.model.claims import analyse
    from yusuan.model.figures import key_figures

    text = analyse(disclosure)  # the key figures and the checks read the same analysis of the text
    return DocumentRecord(
        sha256=sha256_of(content), content=content, format=fmt, original_name=name, pages=pages,
        department=disclosure.department, year=disclosure.year, kind=disclosure.kind.value,
        disclosure_json=disclosure.model_dump_json(), profile=profile_of(disclosure),
        figures=key_figures(disclosure, catalog, text), findings=check_disclosure(disclosure, catalog, text),
        tables=table_rows(disclosure), sections=section_rows(disclosure), budget_units=budget_unit_rows(disclosure),
        reading_notes=[n.model_dump(mode="json") for n in disclosure.reading_notes])


def process_file(path: Path | str, catalog: Catalog | None = None, name: str | None = None) -> DocumentRecord:
    """Read, check and summarise one file. Raises `InputError` when it cannot be read."""
    from yusuan.readers.disclosure_input import load_disclosure

    path = Path(path)
    content = path.read_bytes()
    fmt = FORMATS.get(path.suffix.lower(), path.suffix.lower().lstrip("."))
    disclosure = load_disclosure(path, catalog)
    return record_of(disclosure, content, name or path.name, fmt, page_count(path, fmt), catalog)
