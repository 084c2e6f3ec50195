"""Every read the web pages and the REST API make — one function per question, parameterised queries
only. Results are plain dicts (money as Decimal in 万元); `jsonable` turns them into JSON values."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, or_, select, union
from sqlalchemy.orm import Session

from yusuan.model.vocabulary import KEY_FIGURE_NAMES
from yusuan.store.schema import (
    ClassSpending,
    Department,
    DocTable,
    Document,
    Figures,
    FindingRecord,
    Government,
    Review,
    Run,
    SectionRecord,
    TableRow,
)
from yusuan.store.search import candidates

MAX_PER_PAGE = 500
FIGURE_KEYS = ("income_total", "expenditure_total", "basic", "project", "personnel", "public_funds", "three_public",
               "abroad", "reception", "vehicle_purchase", "vehicle_operation", "operating_costs",
               "procurement_total", "staff_authorized", "staff_actual")
# the store's columns of three_public items are named without the dotted prefix of key_figures
_KEY_FIGURE = {"three_public": "three_public.total", "abroad": "three_public.abroad",
               "reception": "three_public.reception", "vehicle_purchase": "three_public.vehicle_purchase",
               "vehicle_operation": "three_public.vehicle_operation"}
FIGURE_NAMES = {key: KEY_FIGURE_NAMES[_KEY_FIGURE.get(key, key)] for key in FIGURE_KEYS}
SEVERITY_ZH = {"error": "错误", "warning": "警告", "notice": "提示"}
DECISION_ZH = {"confirmed": "已确认", "dismissed": "已驳回"}


class NotFound(LookupError):
    pass


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "page": self.page, "per_page": self.per_page,
                "pages": self.pages}


def jsonable(value: Any) -> Any:
    """Decimal → string (exact), dates → ISO 8601, recursively."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _paginate(session: Session, stmt: Select, page: int, per_page: int, row, counted: Select | None = None) -> Page:
    """A page of `stmt`; `counted`: the same rows without the joins that only add columns, cheaper to count."""
    page, per_page = max(1, page), max(1, min(per_page, MAX_PER_PAGE))
    counted = stmt if counted is None else counted
    total = session.scalar(select(func.count()).select_from(counted.order_by(None).subquery())) or 0
    rows = session.execute(stmt.limit(per_page).offset((page - 1) * per_page)).all()
    return Page([row(r) for r in rows], total, page, per_page)


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _doc(d: Document) -> dict[str, Any]:
    return {"id": d.id, "department_id": d.department_id, "kind": d.kind, "year": d.year, "version": d.version,
            "is_latest": d.is_latest, "format": d.format, "original_name": d.original_name, "pages": d.pages,
            "sha256": d.sha256, "source_url": d.source_url, "published_on": d.published_on,
            "imported_at": d.imported_at, "status": d.status, "errors": d.errors, "warnings": d.warnings,
            "notices": d.notices, "profile": d.profile}


def _figures(f: Figures | None) -> dict[str, Any]:
    if f is None:
        return dict.fromkeys(FIGURE_KEYS) | {"by_class": {}}
    return {k: getattr(f, k) for k in FIGURE_KEYS} | {"by_class": dict(f.by_class or {})}


def _gov(g: Government | None) -> dict[str, Any] | None:
    if g is None:
        return None
    return {"id": g.id, "name": g.name, "code": g.code, "level": g.level}


# ---- home -------------------------------------------------------------------------------------------

def totals(session: Session) -> dict[str, Any]:
    """The latest documents by status with their findings: one read of an index (ix_documents_latest_counts)."""
    by_status = session.execute(select(Document.status, func.count(), func.coalesce(func.sum(Document.errors), 0),
                                       func.coalesce(func.sum(Document.warnings), 0),
                                       func.coalesce(func.sum(Document.notices), 0))
                                .where(Document.is_latest).group_by(Document.status)).all()
    status = {s: n for s, n, *_ in by_status}
    return {"documents": sum(r[1] for r in by_status), "errors": sum(int(r[2]) for r in by_status),
            "warnings": sum(int(r[3]) for r in by_status), "notices": sum(int(r[4]) for r in by_status),
            "departments": session.scalar(select(func.count()).select_from(Department)),
            "governments": session.scalar(select(func.count()).select_from(Government)),
            "status": {s: status.get(s, 0) for s in ("待审", "审核中", "已完成")}}


def latest_imports(session: Session, limit: int = 10) -> list[dict[str, Any]]:
    stmt = (select(Department.name, *(getattr(Document, c) for c in DOCUMENT_COLUMNS))
            .join(Department, Department.id == Document.department_id)
            .order_by(Document.imported_at.desc(), Document.id.desc()).limit(limit))
    return [dict(zip(DOCUMENT_COLUMNS, r[1:], strict=True)) | {"department": r[0]} for r in session.execute(stmt)]


# ---- governments ------------------------------------------------------------------------------------

def list_governments(session: Session, q: str = "", page: int = 1, per_page: int = 50) -> Page:
    counts = (select(Department.government_id.label("gid"), func.count().label("n"))
              .group_by(Department.government_id).subquery())
    conditions = [or_(Government.name.like(_like(q), escape="\\"), *_code_match(Government.code, q))] if q else []
    stmt = (select(Government.id, Government.name, Government.code, Government.level, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.gid == Government.id).where(*conditions).order_by(Government.name))
    return _paginate(session, stmt, page, per_page,
                     lambda r: {"id": r[0], "name": r[1], "code": r[2], "level": r[3], "departments": r[4]},
                     select(Government.id).where(*conditions))


def _code_match(column, q: str) -> list:
    """A 行政区划代码 or its leading digits (4504 → every government of 梧州市): at least two digits."""
    q = q.strip()
    if not (q.isascii() and q.isdigit() and len(q) >= 2):
        return []
    return [column.like(q.rstrip("0") + "%" if len(q) == 6 else q + "%")] if len(q) <= 6 else [column == q]


GOVERNMENT_SORTS = {"name", "year", "income_total", "expenditure_total", "basic", "project", "three_public",
                    "errors", "warnings", "status"}
GOVERNMENT_PER_PAGE = 50


def _shown_document():
    """A department's document shown in lists, as a correlated subquery: its newest current document (the
    latest year; a 预算 before a 决算 of that year)."""
    return (select(Document.id).where(Document.department_id == Department.id, Document.is_latest)
            .order_by(Document.year.desc(), case((Document.kind == "预算", 0), else_=1), Document.id.desc())
            .limit(1).correlate(Department).scalar_subquery())


def government_detail(session: Session, government_id: int, sort: str = "name", desc: bool = False,
                      page: int = 1, per_page: int | None = GOVERNMENT_PER_PAGE) -> dict[str, Any]:
    """A government's departments, each with its shown document's key figures and finding counts, sorted
    and paged by the database (`per_page=None`: all of them, for downloads); the 类 chart over all of them."""
    gov = session.get(Government, government_id)
    if gov is None:
        raise NotFound(f"没有编号为 {government_id} 的政府")
    sort = sort if sort in GOVERNMENT_SORTS else "name"
    shown = _shown_document()
    figures = (Figures.income_total, Figures.expenditure_total, Figures.basic, Figures.project, Figures.three_public)
    sorts = {"name": Department.name, "year": Document.year, "errors": func.coalesce(Document.errors, 0),
             "warnings": func.coalesce(Document.warnings, 0), "status": func.coalesce(Document.status, ""),
             **{c.key: c for c in figures}}
    column = sorts[sort]
    stmt = (select(Department.id, Department.name, Document.id, Document.kind, Document.year, Document.errors,
                   Document.warnings, Document.status, *figures)
            .select_from(Department).outerjoin(Document, Document.id == shown)
            .outerjoin(Figures, Figures.document_id == Document.id)
            .where(Department.government_id == government_id)
            .order_by(column.is_(None), column.desc() if desc else column, Department.name, Department.id))
    total = session.scalar(select(func.count()).select_from(Department)
                           .where(Department.government_id == government_id)) or 0
    page = max(1, page)
    if per_page is not None:
        per_page = max(1, min(per_page, MAX_PER_PAGE))
        stmt = stmt.limit(per_page).offset((page - 1) * per_page)
    rows = []
    for dept_id, name, doc_id, kind, year, errors, warnings, status, *amounts in session.execute(stmt):
        rows.append({"id": dept_id, "name": name,
                     "document": {"id": doc_id, "kind": kind, "year": year} if doc_id is not None else None,
                     "year": year, "errors": errors or 0, "warnings": warnings or 0, "status": status or "",
                     **{c.key: v for c, v in zip(figures, amounts, strict=True)}})
    by_class = government_classes(session, government_id)
    listing = Page(rows, total, page, per_page or max(1, total))
    return {"government": _gov(gov), "departments": rows, "sort": sort, "desc": desc, "page": listing.as_dict(),
            "by_class": by_class, "class_names": class_names(by_class)}


def government_classes(session: Session, government_id: int) -> dict[str, Decimal]:
    """Spending by 类 summed over the shown documents of a government's departments (one aggregate query)."""
    stmt = (select(ClassSpending.code, func.sum(ClassSpending.amount)).select_from(Department)
            .join(ClassSpending, ClassSpending.document_id == _shown_document())
            .where(Department.government_id == government_id).group_by(ClassSpending.code).order_by(ClassSpending.code))
    return {code: Decimal(total) for code, total in session.execute(stmt)}


def class_names(codes) -> dict[str, str]:
    from yusuan.catalog.catalog import default_catalog

    catalog = default_catalog()
    return {code: catalog.name_of(code) or code for code in codes}


# ---- departments ------------------------------------------------------------------------------------

DOCUMENT_COLUMNS = ("id", "department_id", "kind", "year", "version", "is_latest", "format", "original_name", "pages",
                    "sha256", "source_url", "published_on", "imported_at", "status", "errors", "warnings", "notices",
                    "profile")


def search_departments(session: Session, q: str = "", government_id: int | None = None, page: int = 1,
                       per_page: int = 50) -> Page:
    """Departments by a piece of their name or their government's name, a code or a 行政区划代码, each with its
    shown document (columns only: a page of results is one query, and one to count them)."""
    conditions = ([_matching(q)] if q else []) + \
        ([Department.government_id == government_id] if government_id is not None else [])
    counted = (select(Department.id).outerjoin(Government, Government.id == Department.government_id)
               .where(*conditions))
    page, per_page = max(1, page), max(1, min(per_page, MAX_PER_PAGE))
    # the page of departments first, then their documents: the shown document is looked up for 50, not for all
    chosen = (counted.add_columns(Department.name).order_by(Department.name, Department.id)
              .limit(per_page).offset((page - 1) * per_page).subquery())
    columns = [getattr(Document, c) for c in DOCUMENT_COLUMNS]
    stmt = (select(Department.id, Department.name, Department.code, Government.id, Government.name, Government.code,
                   Government.level, *columns)
            .select_from(chosen).join(Department, Department.id == chosen.c.id)
            .outerjoin(Government, Government.id == Department.government_id)
            .outerjoin(Document, Document.id == _shown_document())
            .order_by(Department.name, Department.id))
    def item(row) -> dict[str, Any]:
        dept_id, name, code, gov_id, gov_name, gov_code, level, *doc = row
        government = {"id": gov_id, "name": gov_name, "code": gov_code, "level": level} if gov_id is not None else None
        latest = dict(zip(DOCUMENT_COLUMNS, doc, strict=True)) if doc[0] is not None else None
        return {"id": dept_id, "name": name, "code": code, "government": government, "latest": latest}

    total = session.scalar(select(func.count()).select_from(counted.subquery())) or 0
    return Page([item(r) for r in session.execute(stmt)], total, page, per_page)


def _matching(q: str):
    """Departments whose name or government's name contains `q`, whose code is `q`, or whose government's
    行政区划代码 matches it. Each part is found by an index (`store/search.py`'s grams, the codes), so the
    condition is a union of ids rather than an OR that would make the database read every department."""
    like = _like(q)
    by_name = or_(Department.name.like(like, escape="\\"), Government.name.like(like, escape="\\"))
    found = candidates(q) if len(q) > 1 else None
    if found is None:  # a single character matches most departments: reading them all is cheaper
        return or_(by_name, Department.code == q, *_code_match(Government.code, q))
    with_government = select(Department.id).outerjoin(Government, Government.id == Department.government_id)
    parts = [with_government.where(Department.id.in_(found), by_name),
             select(Department.id).where(Department.code == q)]
    if codes := _code_match(Government.code, q):
        parts.append(with_government.where(*codes))
    return Department.id.in_(union(*parts))


def department_detail(session: Session, department_id: int) -> dict[str, Any]:
    dept = session.get(Department, department_id)
    if dept is None:
        raise NotFound(f"没有编号为 {department_id} 的部门")
    rows = session.execute(select(Document, Figures).outerjoin(Figures, Figures.document_id == Document.id)
                           .where(Document.department_id == department_id)
                           .order_by(Document.year, Document.kind, Document.version)).all()
    documents = [_doc(d) for d, _ in rows]
    years = [{"document": _doc(d), **_figures(f)} for d, f in rows if d.is_latest]
    budgets = [y for y in years if y["document"]["kind"] == "预算"] or years
    series = {"years": [y["document"]["year"] for y in budgets],
              **{k: [y[k] for y in budgets] for k in ("three_public", "abroad", "reception", "vehicle_purchase",
                                                      "vehicle_operation", "operating_costs", "basic", "project")}}
    latest = max((y for y in years), key=lambda y: (y["document"]["year"], y["document"]["kind"] == "预算"),
                 default=None)
    return {"department": {"id": dept.id, "name": dept.name, "code": dept.code}, "government": _gov(dept.government),
            "documents": documents, "years": years, "series": series,
            "latest_document_id": latest["document"]["id"] if latest else None,
            "across": across_findings(session, [y["document"]["id"] for y in years],
                                      {d["id"]: f"{d['year']}年{d['kind']}" for d in documents})}


ACROSS_PREFIX = "X29"  # the checks across documents (yusuan.rules.across)


def across_findings(session: Session, document_ids: list[int], labels: dict[int, str]) -> list[dict[str, Any]]:
    """The active findings of the checks across documents of these documents, each with its document's label."""
    if not document_ids:
        return []
    rows = session.scalars(select(FindingRecord).where(FindingRecord.document_id.in_(document_ids),
                                                       FindingRecord.active, FindingRecord.rule.like(ACROSS_PREFIX + "%"))
                           .order_by(FindingRecord.document_id, FindingRecord.rule, FindingRecord.id)).all()
    return [finding_dict(f) | {"document": labels.get(f.document_id, "")} for f in rows]


# ---- documents ----------------------------------------------------------------------------------------

def list_documents(session: Session, department_id: int | None = None, government_id: int | None = None,
                   year: int | None = None, kind: str | None = None, status: str | None = None,
                   latest_only: bool = False, page: int = 1, per_page: int = 50) -> Page:
    conditions = [column == value for column, value in (
        (Document.department_id, department_id), (Document.year, year), (Document.kind, kind),
        (Document.status, status)) if value is not None and value != ""]
    if government_id is not None:
        conditions.append(Document.department_id.in_(select(Department.id)
                                                     .where(Department.government_id == government_id)))
    if latest_only:
        conditions.append(Document.is_latest)
    stmt = (select(Department.name, *(getattr(Document, c) for c in DOCUMENT_COLUMNS))
            .join(Department, Department.id == Document.department_id).where(*conditions)
            .order_by(Document.imported_at.desc(), Document.id.desc()))
    return _paginate(session, stmt, page, per_page,
                     lambda r: dict(zip(DOCUMENT_COLUMNS, r[1:], strict=True)) | {"department": r[0]},
                     select(Document.id).where(*conditions))


def document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"没有编号为 {document_id} 的文件")
    return doc


def document_tables(session: Session, document_id: int, locations: bool = True) -> list[dict[str, Any]]:
    """Every table of a document with its rows; `locations=False` leaves out each row's source location (the
    pages show none, and decoding it is half the cost of a document's hundreds of rows)."""
    document(session, document_id)
    tables = session.scalars(select(DocTable).where(DocTable.document_id == document_id)
                             .order_by(DocTable.position)).all()
    rows = defaultdict(list)
    if tables:  # plain rows, not ORM objects: a document has hundreds
        names = ("label", "code", "kind", "side", "project", "values") + (("location",) if locations else ())
        columns = [TableRow.table_pk, *(getattr(TableRow, n) for n in names)]
        for pk, *cells in session.execute(select(*columns).where(TableRow.table_pk.in_([t.id for t in tables]))
                                          .order_by(TableRow.table_pk, TableRow.position)):
            rows[pk].append(dict(zip(names, cells, strict=True)))
    return [{"id": t.id, "table_id": t.table_id, "title": t.title, "unit": t.unit, "columns": t.columns,
             "note": t.note, "page": t.page, "rows": rows[t.id]} for t in tables]


def document_figures(session: Session, document_id: int) -> dict[str, Any]:
    document(session, document_id)
    return _figures(session.get(Figures, document_id))


def document_detail(session: Session, document_id: int) -> dict[str, Any]:
    doc = document(session, document_id)
    dept = session.get(Department, doc.department_id)
    sections = session.scalars(select(SectionRecord).where(SectionRecord.document_id == document_id)
                               .order_by(SectionRecord.position)).all()
    versions = session.scalars(select(Document).where(Document.department_id == doc.department_id,
                                                      Document.kind == doc.kind, Document.year == doc.year)
                               .order_by(Document.version)).all()
    findings = list_findings(session, document_id=document_id, per_page=MAX_PER_PAGE).items
    tables = document_tables(session, document_id, locations=False)
    return {"document": _doc(doc), "department": {"id": dept.id, "name": dept.name},
            "government": _gov(dept.government), "figures": document_figures(session, document_id),
            "tables": tables, "tree": spending_tree(tables),
            "sections": [{"key": s.key, "heading": s.heading, "text": s.text} for s in sections],
            "versions": [_doc(v) for v in versions], "findings": findings,
            "reviews": reviews_of(session, [f["id"] for f in findings])}


def spending_tree(tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """类/款/项 of 表3 (else 表5) as a tree for a treemap: name, value (万元), children."""
    from yusuan.money import MoneyUnit, convert

    table = next((t for t in tables if t["table_id"] == "T3"), None) or \
        next((t for t in tables if t["table_id"] == "T5"), None)
    if table is None:
        return []
    unit = MoneyUnit(table["unit"])
    nodes: dict[str, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for r in table["rows"]:
        code, value = r["code"], r["values"].get("total")
        if not code or not code.isdigit() or len(code) not in (3, 5, 7) or value in (None, "0"):
            continue
        node = {"name": f"{code} {r['label']}".strip(), "code": code,
                "value": float(convert(Decimal(value), unit, MoneyUnit.WAN)), "children": []}
        nodes[code] = node
        parent = nodes.get(code[:-2]) if len(code) > 3 else None
        (parent["children"] if parent else roots).append(node)
    for node in nodes.values():
        if not node["children"]:
            del node["children"]
    return roots


# ---- findings and reviews ----------------------------------------------------------------------------------

def finding_dict(f: FindingRecord) -> dict[str, Any]:
    return {"id": f.id, "document_id": f.document_id, "rule": f.rule, "severity": f.severity,
            "severity_zh": SEVERITY_ZH.get(f.severity, f.severity), "message": f.message, "location": f.location,
            "where": f.where, "page": f.page, "expected": f.expected, "actual": f.actual, "fix": f.fix,
            "active": f.active, "decision": f.decision, "decision_zh": DECISION_ZH.get(f.decision or "", "待审")}


SEVERITY_ORDER = {"error": 0, "warning": 1, "notice": 2}


def list_findings(session: Session, document_id: int | None = None, severity: str | None = None,
                  rule: str | None = None, decision: str | None = None, active: bool | None = True,
                  page: int = 1, per_page: int = 50, department_id: int | None = None) -> Page:
    from sqlalchemy import case

    order = case(SEVERITY_ORDER, value=FindingRecord.severity, else_=3)
    stmt = select(FindingRecord).order_by(FindingRecord.document_id, order, FindingRecord.rule, FindingRecord.id)
    if document_id is not None:
        stmt = stmt.where(FindingRecord.document_id == document_id)
    if department_id is not None:
        stmt = stmt.where(FindingRecord.document_id.in_(
            select(Document.id).where(Document.department_id == department_id)))
    if severity:
        stmt = stmt.where(FindingRecord.severity == severity)
    if rule:
        stmt = stmt.where(FindingRecord.rule.like(_like(rule)[1:], escape="\\"))  # a prefix
    if decision == "pending":
        stmt = stmt.where(FindingRecord.decision.is_(None))
    elif decision:
        stmt = stmt.where(FindingRecord.decision == decision)
    if active is not None:
        stmt = stmt.where(FindingRecord.active == active)
    return _paginate(session, stmt, page, per_page, lambda r: finding_dict(r[0]))


def _review(r: Review) -> dict[str, Any]:
    return {"id": r.id, "finding_id": r.finding_id, "reviewer": r.reviewer, "decision": r.decision,
            "decision_zh": DECISION_ZH.get(r.decision, r.decision), "previous": r.previous, "note": r.note,
            "created_at": r.created_at}


def reviews_of(session: Session, finding_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if finding_ids:
        for r in session.scalars(select(Review).where(Review.finding_id.in_(finding_ids)).order_by(Review.id)):
            out[r.finding_id].append(_review(r))
    return dict(out)


def list_reviews(session: Session, finding_id: int | None = None, document_id: int | None = None,
                 reviewer: str | None = None, page: int = 1, per_page: int = 50) -> Page:
    stmt = (select(Review, FindingRecord.document_id, FindingRecord.rule, FindingRecord.message)
            .join(FindingRecord, FindingRecord.id == Review.finding_id).order_by(Review.id.desc()))
    if finding_id is not None:
        stmt = stmt.where(Review.finding_id == finding_id)
    if document_id is not None:
        stmt = stmt.where(FindingRecord.document_id == document_id)
    if reviewer:
        stmt = stmt.where(Review.reviewer == reviewer)
    return _paginate(session, stmt, page, per_page,
                     lambda r: _review(r[0]) | {"document_id": r[1], "rule": r[2], "message": r[3]})


def list_runs(session: Session, page: int = 1, per_page: int = 50) -> Page:
    stmt = select(Run).order_by(Run.id.desc())
    return _paginate(session, stmt, page, per_page, lambda r: {
        "id": r[0].id, "kind": r[0].kind, "started_at": r[0].started_at, "finished_at": r[0].finished_at,
        "tool_version": r[0].tool_version, "rules_version": r[0].rules_version, "summary": r[0].summary})


# ---- compare ---------------------------------------------------------------------------------------------

def compare(session: Session, a: int, b: int) -> dict[str, Any]:
    """Two documents side by side: key figures and spending by 类, with differences."""
    sides = []
    for doc_id in (a, b):
        doc = document(session, doc_id)
        dept = session.get(Department, doc.department_id)
        sides.append({"document": _doc(doc), "department": {"id": dept.id, "name": dept.name},
                      "figures": document_figures(session, doc_id)})
    fa, fb = sides[0]["figures"], sides[1]["figures"]
    figures = [{"key": k, "name": FIGURE_NAMES[k], "a": fa[k], "b": fb[k],
                "diff": (fb[k] - fa[k]) if fa[k] is not None and fb[k] is not None else None}
               for k in FIGURE_KEYS]
    codes = sorted(set(fa["by_class"]) | set(fb["by_class"]))
    names = class_names(codes)
    by_class = []
    for code in codes:
        va = Decimal(fa["by_class"][code]) if code in fa["by_class"] else None
        vb = Decimal(fb["by_class"][code]) if code in fb["by_class"] else None
        by_class.append({"code": code, "name": names.get(code, code), "a": va, "b": vb,
                         "diff": (vb or Decimal(0)) - (va or Decimal(0))})
    return {"a": sides[0], "b": sides[1], "figures": figures, "by_class": by_class}


def previous_year_document(session: Session, document_id: int) -> int | None:
    doc = document(session, document_id)
    return session.scalar(select(Document.id).where(Document.department_id == doc.department_id,
                                                    Document.kind == doc.kind, Document.year < doc.year,
                                                    Document.is_latest).order_by(Document.year.desc()).limit(1))


def latest_document_of(session: Session, name: str, kind: str | None = None) -> int | None:
    """The newest document of the department whose name matches best (exact, else contains)."""
    for cond in (Department.name == name, Department.name.like(_like(name), escape="\\")):
        stmt = (select(Document.id).join(Department, Department.id == Document.department_id)
                .where(cond, Document.is_latest).order_by(Document.year.desc(), Document.id.desc()).limit(1))
        if kind:
            stmt = stmt.where(Document.kind == kind)
        found = session.scalar(stmt)
        if found is not None:
            return found
    return None
