"""The application: `create_app(store)` wires the store, sessions, static files, pages and the API."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from yusuan.store.db import Store
from yusuan.store.queries import NotFound
from yusuan.web.uploads import MAX_UPLOAD

HERE = Path(__file__).parent
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and the other fields of the upload form


class LimitBody:
    """Refuse a request body larger than the upload limit before it is read: by its Content-Length
    (413 at once), and while it streams (a body without a length, or longer than it said)."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await _too_large(send, self.limit)
        seen = 0
        refused = False

        async def counted():
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # answer now; the application sees the client gone
                    refused = True
                    await _too_large(send, self.limit)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            if not refused:
                await send(message)

        try:
            return await self.app(scope, counted, guarded_send)
        except Exception:
            if refused:
                return None
            raise


async def _too_large(send, limit: int) -> None:
    body = f"文件过大：上限为 {limit // (1024 * 1024)} MB".encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def create_app(store: Store, *, require_login: bool = False, max_upload: int = MAX_UPLOAD,
               secret: str | None = None) -> FastAPI:
    from yusuan.web import api, pages

    upload_dir = Path(tempfile.mkdtemp(prefix="yusuan-uploads-"))

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        shutil.rmtree(upload_dir, ignore_errors=True)

    app = FastAPI(title="Yusuan 预算公开浏览器 API", version="1", lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/api/v1/openapi.json",
                  description="部门预算（决算）公开文件、主要数字、检查发现的问题与审核结论。金额以万元计，"
                              "以字符串表示（精确小数）。列表分页：page、per_page；加 format=csv|xlsx|json 下载。")
    app.state.store = store
    app.state.require_login = require_login
    app.state.max_upload = max_upload
    app.state.upload_dir = upload_dir
    app.add_middleware(SessionMiddleware, secret_key=secret or secrets.token_urlsafe(32),
                       session_cookie="yusuan_session", same_site="strict", max_age=12 * 3600)
    app.add_middleware(LimitBody, limit=max_upload + FORM_OVERHEAD)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router, prefix="/api/v1")
    app.include_router(pages.router)

    @app.get("/api/docs", include_in_schema=False)
    def docs():
        from fastapi.openapi.docs import get_swagger_ui_html

        return get_swagger_ui_html(openapi_url=app.openapi_url, title=app.title,
                                   swagger_js_url="/static/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger-ui.css", swagger_favicon_url="/static/favicon.svg")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        return pages.error_page(request, 404, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, str(exc.detail))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith("/api/docs"):
            response.headers.setdefault("Content-Security-Policy",
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        "script-src 'self'; object-src 'none'; frame-ancestors 'none'")
        return response

    return app
