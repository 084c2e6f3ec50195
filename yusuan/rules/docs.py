"""The rule catalogue as a Markdown page (docs/rules.md is this, generated: `yusuan rules --markdown`)."""

from __future__ import annotations

from yusuan.rules.explanations_zh import split
from yusuan.rules.registry import FAMILIES, all_rules

HEADER = """\
# 检查规则目录

本页由规则目录生成（`yusuan rules --markdown > docs/rules.md`），测试保证其为最新。
`yusuan rules` 列出全部规则，`yusuan rules 编号` 说明一条规则，`yusuan check --select/--ignore`
按编号或前缀选择规则（`--select T3,X2 --ignore W702`）。

每条规则有编号（类别字母 + 三位数字）、英文名称、级别、中文消息模板和下面的说明，并附错误示例。

| 级别 | 含义 | 退出码 |
|---|---|---|
| 错误（error） | 文件自相矛盾，或与模板、法规不符 | 1 |
| 警告（warning） | 很可能有误：请核实 | 0 |
| 提示（notice） | 值得了解（舍入误差、科目版本、没有说明文字） | 0 |

| 前缀 | 类别 |
|---|---|
| A1xx | 表内运算 — 同一张表内的加总关系；A100 是各等式在舍入误差内时给出的提示 |
| X2xx | 表间勾稽 — 不同表格之间的勾稽关系 |
| T3xx | 文字与表格 — 说明文字与表格、与文字中其他表述的一致性 |
| C4xx | 完整性 — 《中华人民共和国预算法》第十四条、《中华人民共和国预算法实施条例》第六条、财预〔2016〕143号要求公开的表格、说明和明细 |
| K5xx | 科目分类 — 编码和名称与《政府收支分类科目》核对 |
| P6xx | 绩效目标 — 绩效目标表与项目核对 |
| W7xx | 合理性 — 合理性警告 |

## 舍入误差

按 0.01 万元公布的每个数字与精确值至多相差 0.005 万元（一般而言，为该表最后一位的一半）。一个涉及
n 个公布数字的等式（一个合计及其 n − 1 个组成项）因此可能相差至多 n × 0.005 万元，而数据并无错误。
差额不为零但在此上限内时，只报一次 A100（提示），并注明该等式所属的规则（`origin`），不报错误；
超过上限才是该规则的错误。同一数字以相同精度印两次，必须完全一致。百分比按舍入后金额所允许的区间
核对（T302、T303）。
"""


def render_markdown() -> str:
    rules = all_rules()
    out = [HEADER, "## 目录", "", "| 编号 | 名称 | 级别 | 检查内容 |", "|---|---|---|---|"]
    for r in rules:
        out.append(f"| [{r.id}](#{r.id.lower()}) | `{r.name}` | {r.severity.zh}（{r.severity.value}） | {r.title} |")
    for letter, family in FAMILIES.items():
        members = [r for r in rules if r.id[0] == letter]
        if not members:
            continue
        out += ["", f"## {letter} — {family}"]
        for r in members:
            out += ["", f"### {r.id}", "", f"**{r.title}** — `{r.name}`，{r.severity.zh}（{r.severity.value}）", "",
                    f"消息：`{r.message}`"]
            body, example = split(r.explanation)
            out += ["", f"**说明**：{body}", "", f"**错误示例**：{example}"]
            if r.doc:
                out += ["", "<details><summary>开发者说明（英文）</summary>", "", r.doc, "", "</details>"]
    return "\n".join(out) + "\n"
