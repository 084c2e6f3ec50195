"""`yusuan serve`: the web explorer and the REST API (registered in cli/main.py)."""

from __future__ import annotations

import os

import typer
from rich.markup import escape

from yusuan.cli.console import EXIT_INPUT, err, out
from yusuan.cli.store_cmd import DB_HELP, _open


def serve(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="监听地址（默认仅本机；其他地址要求审核人员登录才能修改）"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="端口"),
    max_upload: int = typer.Option(50, "--max-upload", min=1, max=1024, help="上传文件大小上限（MB）"),
) -> None:
    """启动网页浏览器（中文界面）与 REST API（/api/v1，文档见 /api/docs）。

    仅监听本机时无需登录；监听其他地址时，上传与审核须由审核人员登录（yusuan user add 添加）。
    """
    import uvicorn

    from yusuan.store.users import has_users
    from yusuan.web.app import create_app
    from yusuan.web.security import is_local

    store = _open(db)
    require_login = not is_local(host)
    if require_login:
        with store.session() as s:
            if not has_users(s):
                err.print("[yellow]注意：[/]监听非本机地址，但还没有审核人员账户——上传与审核将不可用。"
                          "请先运行 yusuan user add 用户名")
    app = create_app(store, require_login=require_login, max_upload=max_upload * 1024 * 1024,
                     secret=os.environ.get("YUSUAN_SECRET"))
    shown = f"[{host}]" if ":" in host else host
    out.print(f"预算公开浏览器：http://{escape(shown)}:{port}/  （API 文档：/api/docs；按 Ctrl+C 停止）")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except OSError as exc:
        err.print(f"[bold red]无法在 {escape(host)}:{port} 上监听[/]：{escape(exc.strerror or str(exc))}")
        raise typer.Exit(EXIT_INPUT) from None
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
