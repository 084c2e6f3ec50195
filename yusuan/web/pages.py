"""The pages (Chinese, rendered on the server): home/search, government, department, document, compare,
upload, review, login. Every read goes through `yusuan.store.queries`."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from yusuan.store import queries
from yusuan.web import security

HERE = Path(__file__).parent
env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True)
templates = Jinja2Templates(env=env)
router = APIRouter(include_in_schema=False)


def money(value) -> str:
    if value is None or value == "":
        return ""
    try:
        return f"{Decimal(str(value)):,.2f}"
    except ArithmeticError:
        return str(value)


def cell(value) -> str:
    """A table cell as published: the exact decimal, empty for none."""
    return "" if value is None else str(value)


def published_rows(table: dict) -> Markup:
    """A published table's body: one <tr> per row, the code, the label, every cell as printed (right-aligned).
    Built in Python rather than by template loops: a document has hundreds of rows, and this is most of the
    department and document pages' rendering time."""
    keys = [c["key"] for c in table["columns"]]
    out = []
    for r in table["rows"]:
        code = r["code"] if r["code"] and r["code"][0].isdigit() else ""
        values = r["values"]
        cells = "".join(f'<td class="num">{escape(cell(values.get(k)))}</td>' for k in keys)
        out.append(f'<tr class="row-{escape(r["kind"])}"><td class="code">{escape(code)}</td>'
                   f'<td>{escape(r["project"] or r["label"])}</td>{cells}</tr>')
    return Markup("\n".join(out))


env.filters["published_rows"] = published_rows
env.filters["money"] = money
env.filters["jsonable"] = queries.jsonable
env.filters["cell"] = cell


def chart_value(value):
    return None if value is None else float(value)  # only for drawing; every figure shown is the Decimal


env.filters["chart"] = lambda values: [chart_value(v) for v in values]


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    context |= {"user": security.current_user(request), "login_required": security.login_required(request),
                "may_change": security.may_change(request), "csrf": security.csrf_token(request)}
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html.j2", status=status, status_code=status, message=message)


def _session(request: Request):
    return request.app.state.store.session()


def _safe_next(target: str | None, default: str = "/") -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str = "", page: int = 1):
    with _session(request) as s:
        results = queries.search_departments(s, q, page=max(1, page), per_page=30) if q else None
        context = {"q": q, "results": results, "totals": queries.totals(s),
                   "latest": queries.latest_imports(s, 10),
                   "governments": queries.list_governments(s, per_page=100).items}
    return render(request, "home.html.j2", **context)


@router.get("/governments/{government_id}", response_class=HTMLResponse)
def government(request: Request, government_id: int, sort: str = "name", desc: bool = False, page: int = 1):
    with _session(request) as s:
        detail = queries.government_detail(s, government_id, sort, desc, max(1, page))
    return render(request, "government.html.j2", **detail)


@router.get("/departments/{department_id}", response_class=HTMLResponse)
def department(request: Request, department_id: int):
    with _session(request) as s:
        detail = queries.department_detail(s, department_id)
        doc = queries.document_detail(s, detail["latest_document_id"]) if detail["latest_document_id"] else None
        previous = queries.previous_year_document(s, doc["document"]["id"]) if doc else None
    return render(request, "department.html.j2", **detail, doc=doc, previous=previous)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: int):
    with _session(request) as s:
        doc = queries.document_detail(s, document_id)
        previous = queries.previous_year_document(s, document_id)
    return render(request, "document.html.j2", doc=doc, previous=previous)


@router.get("/documents/{document_id}/pages/{page}.png")
def page_image(request: Request, document_id: int, page: int, finding: int | None = None):
    """A PDF page as an image, with the cited cell or sentence of a finding boxed."""
    from yusuan.annotate import render_page
    from yusuan.store.schema import Blob, FindingRecord

    with _session(request) as s:
        doc = queries.document(s, document_id)
        if doc.format != "pdf":
            raise HTTPException(404, "只有 PDF 文件有页面图像")
        content = s.get(Blob, doc.sha256).content
        f = s.get(FindingRecord, finding) if finding is not None else None
        if f is not None and f.document_id != document_id:
            f = None
        targets = [queries.finding_dict(f)] if f is not None else []
    png = render_page(content, page, targets)
    if png is None:
        raise HTTPException(404, f"没有第 {page} 页")
    return Response(png, media_type="image/png")


@router.get("/compare", response_class=HTMLResponse)
def compare(request: Request, a: int | None = None, b: int | None = None, other: str = ""):
    with _session(request) as s:
        if a is not None and b is None and other:
            b = queries.latest_document_of(s, other.strip())
            if b is None:
                return render(request, "compare.html.j2", result=None, a=a, other=other,
                              message=f"没有找到名称含“{other}”的部门")
        result = queries.compare(s, a, b) if a is not None and b is not None else None
    return render(request, "compare.html.j2", result=result, a=a, other=other, message=None)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request):
    if not security.may_change(request):
        return RedirectResponse("/login?" + urlencode({"next": "/upload"}), status_code=303)
    return render(request, "upload.html.j2", message=None, max_mb=request.app.state.max_upload // (1024 * 1024))


@router.post("/upload")
async def upload(request: Request, file: UploadFile = File(...), csrf: str = Form(""), government: str = Form("")):
    from starlette.concurrency import run_in_threadpool

    from yusuan.web import uploads

    security.require_change(request)
    security.check_csrf(request, csrf)
    limit = request.app.state.max_upload
    content = await file.read(limit + 1)
    if len(content) > limit:
        raise HTTPException(413, f"文件超过 {limit // (1024 * 1024)} MB 的上限")
    try:
        sniffed = uploads.sniff(content)
    except uploads.Refused as exc:
        return render(request, "upload.html.j2", status=415, message=str(exc), max_mb=limit // (1024 * 1024))
    name = uploads.display_name(file.filename, sniffed)
    result = await run_in_threadpool(_store_upload, request, content, sniffed, name, government.strip() or None)
    if isinstance(result, str):
        return render(request, "upload.html.j2", status=422, message=result, max_mb=limit // (1024 * 1024))
    return RedirectResponse(f"/documents/{result}", status_code=303)


def _store_upload(request: Request, content: bytes, sniffed, name: str, government: str | None) -> int | str:
    """Process and store an upload; the document id, or a Chinese message why it cannot be read."""
    from yusuan.errors import InputError
    from yusuan.pipeline import process_file, sha256_of
    from yusuan.store.ingest import finish_run, known, start_run, store_record
    from yusuan.web import uploads

    store = request.app.state.store
    with store.session() as s:
        if (doc := known(s, sha256_of(content))) is not None:
            return doc.id
    path = uploads.save(request.app.state.upload_dir, content, sniffed)
    try:
        record = process_file(path, name=name)
    except InputError as exc:
        return "无法读取此文件：" + "；".join(str(p) for p in exc.problems)
    except (MemoryError, RecursionError):
        return "无法读取此文件：内容过大或结构异常"
    except Exception as exc:  # a reader's bug on this file: say so, keep the server up
        return f"无法读取此文件：内部错误（Yusuan 的缺陷）{type(exc).__name__}"
    finally:
        path.unlink(missing_ok=True)
    with store.session() as s:
        run = start_run(s, "upload")
        doc, _ = store_record(s, record, run.id, government)
        doc_id, run_id = doc.id, run.id
    finish_run(store, run_id, {"imported": 1, "file": name, "by": security.current_user(request)})
    return doc_id


@router.post("/findings/{finding_id}/review")
def review(request: Request, finding_id: int, decision: str = Form(...), note: str = Form(""),
           reviewer: str = Form(""), csrf: str = Form(""), next: str = Form("/")):
    from yusuan.store.reviews import ReviewError, record_review

    security.require_change(request)
    security.check_csrf(request, csrf)
    with _session(request) as s:
        try:
            record_review(s, finding_id, security.reviewer_name(request, reviewer), decision, note)
        except ReviewError as exc:
            raise HTTPException(400, str(exc)) from None
    return RedirectResponse(_safe_next(next) + f"#finding-{finding_id}", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/"):
    return render(request, "login.html.j2", next=_safe_next(next), message=None)


@router.post("/login")
def login(request: Request, name: str = Form(...), password: str = Form(...), csrf: str = Form(""),
          next: str = Form("/")):
    from yusuan.store.users import authenticate

    security.check_csrf(request, csrf)
    with _session(request) as s:
        user = authenticate(s, name, password)
    if user is None:
        return render(request, "login.html.j2", status=401, next=_safe_next(next), message="用户名或密码不正确")
    request.session.clear()
    request.session["user"] = user.name  # a new session (and CSRF token) after login
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, csrf: str = Form("")):
    security.check_csrf(request, csrf)
    request.session.clear()
    return RedirectResponse("/", status_code=303)
