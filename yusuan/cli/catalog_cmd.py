"""`yusuan catalog …`: look up codes and names, import the official booklet."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from yusuan.catalog.catalog import SCHEME_TITLES, default_catalog, user_dir
from yusuan.catalog.importer import parse_booklet, save_import
from yusuan.cli.console import fail, out
from yusuan.errors import InputError

app = typer.Typer(help="政府收支分类科目目录：查询编码与名称，导入官方科目表。", no_args_is_help=True)


@app.command("show")
def show(
    query: str = typer.Argument(..., help="科目编码（如 2010101）或名称（如 卫生健康支出）"),
    edition: int | None = typer.Option(None, "--edition", "-e", help="目录版本（年度）"),
) -> None:
    """按编码或名称查询科目，列出上级与下级。"""
    catalog = default_catalog()
    code = query.replace(" ", "")
    entries = [e] if code.isdigit() and (e := catalog.get(code, edition)) else catalog.by_name(query)
    if not entries:
        out.print(f"[yellow]目录中没有找到“{escape(query)}”[/]")
        raise typer.Exit(1)
    for e in entries:
        out.print(f"[bold]{escape(e.code)}[/] {escape(e.name)}（{SCHEME_TITLES[e.scheme]}·{e.level}，"
                  f"版本 {' '.join(map(str, sorted(e.editions))) or '—'}，来源 {escape(e.provenance)}）")
        if e.parent and (p := catalog.get(e.parent, edition)):
            out.print(f"  上级：{escape(p.code)} {escape(p.name)}")
        for c in catalog.children(e.code, edition):
            out.print(f"  下级：{escape(c.code)} {escape(c.name)}")


@app.command("stats")
def stats(as_json: bool = typer.Option(False, "--json", help="以 JSON 输出")) -> None:
    """按科目体系、级次和来源（已核实/待核实/官方导入）统计目录条目。"""
    counts = default_catalog().provenance_counts()
    if as_json:
        out.print_json(json.dumps([{"scheme": s, "level": lv, "provenance": p, "count": n}
                                   for (s, lv, p), n in counts.items()], ensure_ascii=False))
        return
    table = Table("科目体系", "级次", "来源", "条目数")
    for (scheme, level, prov), n in counts.items():
        table.add_row(scheme, level, {"seen": "已在真实文件中见到", "unverified": "待核实"}.get(prov, prov), str(n))
    out.print(table)


@app.command("import")
def import_(
    file: Path = typer.Argument(..., help="官方《政府收支分类科目》科目表（.xlsx 或 .csv）"),
    edition: int = typer.Option(..., "--edition", "-e", help="该科目表的年度版本，如 2024"),
) -> None:
    """导入官方科目表：该版本中相同编码的名称以官方为准，新编码补充进目录。"""
    try:
        entries = parse_booklet(file, edition)
    except InputError as exc:
        raise fail(exc) from None
    written = save_import(entries, edition)
    default_catalog.cache_clear()
    for scheme, path in written.items():
        n = sum(1 for e in entries if e.scheme == scheme)
        out.print(f"已导入 {SCHEME_TITLES[scheme]} {n} 条 → {escape(str(path))}")
    out.print(f"导入目录位于 {escape(str(user_dir()))}（可用环境变量 YUSUAN_HOME 更改）")
