"""CSRF tokens on every form, reviewer login when the server listens beyond this machine."""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def is_local(host: str) -> bool:
    return host in LOCAL_HOSTS or host.startswith("127.")


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, token: str | None) -> None:
    expected = request.session.get("csrf")
    if not expected or not token or not secrets.compare_digest(expected, token):
        raise HTTPException(403, "表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试")


def current_user(request: Request) -> str | None:
    return request.session.get("user")


def login_required(request: Request) -> bool:
    return bool(request.app.state.require_login)


def may_change(request: Request) -> bool:
    return not login_required(request) or current_user(request) is not None


def require_change(request: Request) -> None:
    if not may_change(request):
        raise HTTPException(401, "此操作需要审核人员登录")


def reviewer_name(request: Request, typed: str | None) -> str:
    user = current_user(request)
    if user:
        return user
    typed = (typed or "").strip()
    return typed[:100] if typed else "本机审核人"
