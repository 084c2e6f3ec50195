"""`yusuan import`, `yusuan recheck` and `yusuan user add` (the store; registered in cli/main.py)."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import typer
from rich.markup import escape

from yusuan.cli.console import EXIT_INPUT, err, out

DB_HELP = "数据库：SQLite 文件路径（默认 ./yusuan.db）或 postgresql://… 地址；也可用环境变量 YUSUAN_DB"


def _open(db: str | None):
    from sqlalchemy.exc import SQLAlchemyError

    from yusuan.store.db import open_store, resolve_url

    try:
        return open_store(db)
    except SQLAlchemyError as exc:
        err.print(f"[bold red]无法打开数据库[/] {escape(resolve_url(db).split('@')[-1])}："
                  f"{escape(str(exc.orig if getattr(exc, 'orig', None) else exc).splitlines()[0])}")
        raise typer.Exit(EXIT_INPUT) from None


def import_command(
    paths: list[Path] = typer.Argument(..., help="文件或文件夹（公开文件 .pdf/.docx/.xlsx/.html/.txt 或预算数据），可多个"),
    government: str | None = typer.Option(None, "--government", help="所属政府（区划），如 昌吉市；省略则从部门名称读出"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    jobs: int = typer.Option(0, "--jobs", "-j", help="并行进程数（默认按 CPU 数）"),
) -> None:
    """把文件导入数据库：读取、检查、保存原文件、表格、主要数字与检查结果。

    同一内容（SHA-256 相同）再次导入不会改变任何数据；同一部门同一年度的新内容作为新版本保存，旧版本保留。
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from yusuan.store.ingest import import_files

    store = _open(db)
    columns = (TextColumn("导入"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("import", total=None)
            summary = import_files(store, paths, government, jobs,
                                   advance=lambda _o: progress.advance(task),
                                   total=lambda n: progress.update(task, total=n))
    finally:
        store.close()
    for o in sorted(summary.failed, key=lambda o: o.file):
        err.print(f"[bold red]✗[/] {escape(o.file)}")
        for e in o.errors:
            err.print(f"    [red]{escape(e)}[/]")
    out.print(f"导入完成：新增 {len(summary.imported)} 个文件，{len(summary.unchanged)} 个已在库中（未改变），"
              f"{len(summary.failed)} 个无法导入。")
    if summary.failed:
        raise typer.Exit(EXIT_INPUT)


def recheck_command(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    show: int = typer.Option(20, "--show", help="列出变化的文件数上限"),
) -> None:
    """用当前的规则目录重新检查库中全部文件（升级后使用），并列出检查结果的变化。审核结论随未变的问题保留。"""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from yusuan.store.recheck import recheck

    store = _open(db)
    columns = (TextColumn("重新检查"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("recheck", total=None)
            summary = recheck(store, advance=lambda: progress.advance(task),
                              total=lambda n: progress.update(task, total=n))
    finally:
        store.close()
    for change in summary.changes[:show]:
        out.print(f"[bold]{escape(change.label)}[/]")
        for line in change.added:
            out.print(f"  [red]+[/] {escape(line)}")
        for line in change.removed:
            out.print(f"  [green]−[/] {escape(line)}")
    if len(summary.changes) > show:
        out.print(f"……另有 {len(summary.changes) - show} 个文件有变化")
    d = summary.as_dict()
    out.print(f"重新检查 {d['documents']} 个文件：{d['changed']} 个有变化（新增问题 {d['added']} 处，"
              f"消失 {d['removed']} 处），{d['unchanged']} 个不变。")


user_app = typer.Typer(help="审核人员账户。", no_args_is_help=True)


@user_app.command("add")
def user_add(
    name: str = typer.Argument(..., help="用户名"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    replace: bool = typer.Option(False, "--replace", help="用户已存在时更改其密码"),
) -> None:
    """添加审核人员（密码以 Argon2 散列保存）。密码从终端读入，或取自环境变量 YUSUAN_PASSWORD。"""
    from yusuan.store.users import UserError, add_user

    password = os.environ.get("YUSUAN_PASSWORD")
    if password is None:
        try:
            password = getpass.getpass("密码：")
            if getpass.getpass("再输入一次：") != password:
                err.print("[red]两次输入的密码不一致[/]")
                raise typer.Exit(EXIT_INPUT)
        except EOFError:
            err.print("[red]没有读到密码[/]（可用环境变量 YUSUAN_PASSWORD 提供）")
            raise typer.Exit(EXIT_INPUT) from None
    store = _open(db)
    try:
        with store.session() as s:
            add_user(s, name, password, replace=replace)
    except UserError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(EXIT_INPUT) from None
    finally:
        store.close()
    out.print(f"已添加审核人员 {escape(name)}")


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
    app.command("recheck")(recheck_command)
    app.add_typer(user_app, name="user")
