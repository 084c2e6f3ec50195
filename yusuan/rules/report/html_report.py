"""A standalone HTML report: one file, inline CSS, no scripts; every text escaped."""

from __future__ import annotations

from html import escape

from yusuan.rules.finding import Severity
from yusuan.rules.registry import get
from yusuan.rules.report import Report, summary_zh

CSS = """
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:72em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4}.error{color:#b00020;font-weight:bold}.warning{color:#a15c00}.notice{color:#00639a}
.fix{color:#555;font-size:.92em}.summary{margin:.3em 0 1em}.ok{color:#1b7f3a}code{font-family:monospace}
dt{font-weight:bold;margin-top:.8em}dd{margin-left:1.5em;white-space:pre-wrap}
"""


def render_html(report: Report) -> str:
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           "<title>预算公开检查报告</title>", f"<style>{CSS}</style></head><body>",
           "<h1>预算公开检查报告</h1>",
           f'<p class="summary">共 {len(report.files)} 个文件：{escape(summary_zh(report.counts()))}'
           + (f"，{report.unreadable} 个无法读取" if report.unreadable else "") + "</p>"]
    used: dict[str, None] = {}
    for r in report.files:
        out.append(f"<h2>{escape(r.file)}</h2>")
        if not r.readable:
            out.append('<p class="error">无法读取</p><ul>' + "".join(f"<li>{escape(p)}</li>" for p in r.problems)
                       + "</ul>")
            continue
        out.append(f'<p class="summary">{escape(r.heading())}：{escape(summary_zh(r.counts()))}</p>')
        if not r.findings:
            out.append('<p class="ok">✓ 未发现问题</p>')
            continue
        out.append("<table><thead><tr><th>级别</th><th>规则</th><th>位置</th><th>说明</th><th>应为</th><th>实为</th>"
                   "</tr></thead><tbody>")
        for f in r.findings:
            used[f.rule] = None
            fix = f'<div class="fix">→ {escape(f.fix)}</div>' if f.fix else ""
            out.append(
                f'<tr><td class="{f.severity.value}">{f.severity.zh}</td>'
                f'<td><a href="#rule-{f.rule}"><code>{f.rule}</code></a></td>'
                f"<td>{escape(f.where.describe())}</td><td>{escape(f.message)}{fix}</td>"
                f"<td>{escape(f.expected or '')}</td><td>{escape(f.actual or '')}</td></tr>")
        out.append("</tbody></table>")
    if used:
        out.append("<h2>规则说明</h2><dl>")
        for rule_id in sorted(used):
            rule = get(rule_id)
            out.append(f'<dt id="rule-{rule.id}">{rule.id} {escape(rule.title)}'
                       f' <span class="{rule.severity.value}">（{rule.severity.zh}）</span></dt>'
                       f"<dd>{escape(rule.doc)}</dd>")
        out.append("</dl>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


__all__ = ["render_html", "Severity"]
