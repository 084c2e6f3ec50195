"""The REST API under /api/v1: read-only, paginated and filterable; every list downloads as CSV, XLSX or
JSON (`format=`), the whole store as Parquet. Amounts are exact decimal strings in 万元."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from yusuan.store import export, queries

router = APIRouter(tags=["store"])
Fmt = Literal["csv", "xlsx", "json"] | None


def _session(request: Request):
    return request.app.state.store.session()


def respond(page: queries.Page | list | dict, fmt: str | None, name: str) -> Response:
    if fmt:
        rows = page.items if isinstance(page, queries.Page) else page
        body = export.render(rows if isinstance(rows, list) else [rows], fmt, name)
        return Response(body, media_type=export.FORMATS[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})
    data = page.as_dict() if isinstance(page, queries.Page) else page
    return JSONResponse(queries.jsonable(data))


PageNo = Query(1, ge=1, description="页码")
PerPage = Query(50, ge=1, le=queries.MAX_PER_PAGE, description="每页条数")


@router.get("/summary", summary="总览：文件、部门、问题与审核状态的数量")
def summary(request: Request):
    with _session(request) as s:
        return respond(queries.totals(s), None, "summary")


@router.get("/governments", summary="政府（区划）列表")
def governments(request: Request, q: str = "", page: int = PageNo, per_page: int = PerPage, format: Fmt = None):
    with _session(request) as s:
        return respond(queries.list_governments(s, q, page, per_page), format, "governments")


@router.get("/governments/{government_id}", summary="一个政府及其各部门（最新文件的主要数字）")
def government(request: Request, government_id: int, sort: str = "name", desc: bool = False, page: int = PageNo,
               per_page: int = PerPage, format: Fmt = None):
    with _session(request) as s:  # a download holds every department
        detail = queries.government_detail(s, government_id, sort, desc, page, None if format else per_page)
    return respond(detail["departments"] if format else detail, format, "departments")


@router.get("/departments", summary="部门搜索：名称、编码或所属政府")
def departments(request: Request, q: str = "", government_id: int | None = None, page: int = PageNo,
                per_page: int = PerPage, format: Fmt = None):
    with _session(request) as s:
        return respond(queries.search_departments(s, q, government_id, page, per_page), format, "departments")


@router.get("/departments/{department_id}", summary="一个部门：各年度文件与主要数字")
def department(request: Request, department_id: int):
    with _session(request) as s:
        return respond(queries.department_detail(s, department_id), None, "department")


@router.get("/documents", summary="文件列表")
def documents(request: Request, department_id: int | None = None, government_id: int | None = None,
              year: int | None = None, kind: Literal["预算", "决算"] | None = None,
              status: Literal["待审", "审核中", "已完成"] | None = None, latest_only: bool = False,
              page: int = PageNo, per_page: int = PerPage, format: Fmt = None):
    with _session(request) as s:
        return respond(queries.list_documents(s, department_id, government_id, year, kind, status, latest_only,
                                              page, per_page), format, "documents")


@router.get("/documents/{document_id}", summary="一个文件：主要数字、问题、版本")
def document(request: Request, document_id: int):
    with _session(request) as s:
        detail = queries.document_detail(s, document_id)
    detail.pop("tables")
    return respond(detail, None, "document")


@router.get("/documents/{document_id}/tables", summary="文件的全部表格（逐行，按原样）")
def tables(request: Request, document_id: int):
    with _session(request) as s:
        return respond(queries.document_tables(s, document_id), None, "tables")


@router.get("/documents/{document_id}/figures", summary="文件的主要数字（万元）")
def figures(request: Request, document_id: int):
    with _session(request) as s:
        return respond(queries.document_figures(s, document_id), None, "figures")


@router.get("/documents/{document_id}/source", summary="原文件（逐字节）")
def source(request: Request, document_id: int):
    from yusuan.store.schema import Blob

    with _session(request) as s:
        doc = queries.document(s, document_id)
        blob = s.get(Blob, doc.sha256)
        media = {"pdf": "application/pdf", "html": "text/plain; charset=utf-8"}.get(doc.format,
                                                                                 "application/octet-stream")
        return Response(blob.content, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="document-{doc.id}.{doc.format}"'})


@router.get("/findings", summary="检查发现的问题")
def findings(request: Request, document_id: int | None = None, department_id: int | None = None,
             severity: Literal["error", "warning", "notice"] | None = None,
             rule: str | None = Query(None, description="规则编号或其前缀；X29 为跨文件核对（上年数、决算的年初预算数）"),
             decision: Literal["confirmed", "dismissed", "pending"] | None = None, active: bool | None = True,
             page: int = PageNo, per_page: int = PerPage, format: Fmt = None):
    with _session(request) as s:
        return respond(queries.list_findings(s, document_id, severity, rule, decision, active, page, per_page,
                                             department_id), format, "findings")


@router.get("/reviews", summary="审核记录（全部历史）")
def reviews(request: Request, finding_id: int | None = None, document_id: int | None = None,
            reviewer: str | None = None, page: int = PageNo, per_page: int = PerPage, format: Fmt = None):
    with _session(request) as s:
        return respond(queries.list_reviews(s, finding_id, document_id, reviewer, page, per_page), format, "reviews")


@router.get("/runs", summary="导入与重新检查的记录（工具版本、规则目录版本）")
def runs(request: Request, page: int = PageNo, per_page: int = PerPage, format: Fmt = None):
    with _session(request) as s:
        return respond(queries.list_runs(s, page, per_page), format, "runs")


@router.get("/compare", summary="比较两个文件：主要数字与各类支出")
def compare(request: Request, a: int, b: int):
    with _session(request) as s:
        return respond(queries.compare(s, a, b), None, "compare")


@router.get("/export/parquet", summary="整个数据库导出为 Parquet（每张表一个文件，打包为 zip）")
def parquet(request: Request):
    body = export.parquet_zip(request.app.state.store.engine)
    return Response(body, media_type="application/zip",
                    headers={"Content-Disposition": 'attachment; filename="yusuan-store-parquet.zip"'})
