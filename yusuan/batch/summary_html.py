"""The batch summary as one self-contained HTML page: bar charts (inline SVG) and tables."""

from __future__ import annotations

from html import escape
from typing import Any

SEVERITY_ZH = {"error": "错误", "warning": "警告", "notice": "提示"}
FAILURE_ZH = {"unreadable": "无法读取", "timeout": "超时", "memory": "内存超限", "crashed": "进程崩溃",
              "internal": "内部错误"}
COLORS = {"error": "#c0392b", "warning": "#d68910", "notice": "#7f8c8d", "documents": "#2e86c1"}


def bars(rows: list[tuple[str, int, str]], width: int = 640) -> str:
    """A horizontal bar chart: (label, value, colour) per bar."""
    if not rows:
        return "<p>（无）</p>"
    peak = max(v for _, v, _ in rows) or 1
    height = 22 * len(rows) + 6
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">']
    for i, (label, value, color) in enumerate(rows):
        y = 4 + 22 * i
        w = max(1, int((width - 330) * value / peak))
        out.append(f'<text x="0" y="{y + 14}" font-size="12">{escape(label[:24])}</text>'
                   f'<rect x="250" y="{y}" width="{w}" height="16" fill="{color}"><title>{escape(label)}：{value}</title></rect>'
                   f'<text x="{256 + w}" y="{y + 13}" font-size="12">{value}</text>')
    out.append("</svg>")
    return "".join(out)


def table(head: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return "<p>（无）</p>"
    cells = "".join("<tr>" + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in r) + "</tr>"
                    for r in rows)
    return f"<table><thead><tr>{''.join(f'<th>{escape(h)}</th>' for h in head)}</tr></thead><tbody>{cells}</tbody></table>"


def render(s: dict[str, Any]) -> str:
    d, f = s["documents"], s["findings"]
    rule_bars = [(f"{r['rule']}（{SEVERITY_ZH.get(r['severity'], r['severity'])}）", r["count"],
                  COLORS.get(r["severity"], "#555")) for r in f["by_rule"][:30]]
    dept_bars = [(r["department"] or r["government"] or "（未知）", r["error"], COLORS["error"])
                 for r in s["by_department"][:30] if r["error"]]
    fmt_bars = [(str(k or "（未知）"), v, COLORS["documents"]) for k, v in d["by_format"].items()]
    parts = [
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>批量检查汇总</title><style>",
        "body{font-family:'Noto Sans CJK SC',sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
        "margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:left}"
        "th{background:#f3f3f3}.kpi span{display:inline-block;margin-right:2em;font-size:18px}</style></head><body>",
        "<h1>批量检查汇总</h1>",
        f"<p class=\"kpi\"><span>文件 {d['total']}</span><span>已读取 {d['ok']}</span><span>失败 {d['failed']}</span>"
        f"<span>错误 {f['by_severity']['error']}</span><span>警告 {f['by_severity']['warning']}</span>"
        f"<span>提示 {f['by_severity']['notice']}</span></p>",
        "<h2>各格式文件数</h2>", bars(fmt_bars),
        "<h2>各规则问题数</h2>", bars(rule_bars),
        table(["规则", "级别", "问题数", "涉及文件数"],
              [[r["rule"], SEVERITY_ZH.get(r["severity"], r["severity"]), r["count"], r["documents"]]
               for r in f["by_rule"]]),
        "<h2>各部门错误数</h2>", bars(dept_bars),
        table(["政府", "部门", "文件", "失败", "错误", "警告", "提示"],
              [[r["government"], r["department"], r["documents"], r["failed"], r["error"], r["warning"], r["notice"]]
               for r in s["by_department"][:200]]),
        "<h2>最慢的文件</h2>",
        table(["文件", "秒", "工作进程峰值内存（MB）", "状态"],
              [[r["path"], r["seconds"], r["peak_mb"], r["status"]] for r in s["slowest"]]),
        "<h2>失败的文件</h2>",
        table(["文件", "原因类别", "原因"], [[r["path"], FAILURE_ZH.get(r["failure"], r["failure"]), r["reason"]]
                                          for r in s["failed"]]),
        "</body></html>",
    ]
    return "\n".join(parts)
