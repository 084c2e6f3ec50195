"""The rule catalogue as a Markdown page (docs/rules.md is this, generated: `yusuan rules --markdown`)."""

from __future__ import annotations

from yusuan.rules.registry import RULE_FAMILIES, catalogue

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

{families}

## 舍入误差

按 0.01 万元公布的每个数字与精确值至多相差 0.005 万元（一般而言，为该表最后一位的一半）。一个涉及
n 个公布数字的等式（一个合计及其 n − 1 个组成项）因此可能相差至多 n × 0.005 万元，而数据并无错误。
差额不为零但在此上限内时，只报一次 A100（提示），并注明该等式所属的规则（`origin`），不报错误；
超过上限才是该规则的错误。同一数字以相同精度印两次，必须完全一致。百分比按舍入后金额所允许的区间
核对（T302、T303）。
"""


def family_table() -> str:
    """The families of RULE_FAMILIES as a Markdown table (id prefix, name, what it checks)."""
    rows = ["| 前缀 | 类别 |", "|---|---|"]
    rows += [f"| {f.letter}{n}xx | {f.name} — {f.scope} |" for n, f in enumerate(RULE_FAMILIES, start=1)]
    return "\n".join(rows)


def render_markdown() -> str:
    rules = catalogue()
    out = [HEADER.replace("{families}", family_table()), "## 目录", "", "| 编号 | 名称 | 级别 | 检查内容 |", "|---|---|---|---|"]
    for r in rules:
        out.append(f"| [{r.id}](#{r.id.lower()}) | `{r.name}` | {r.severity.zh}（{r.severity.value}） | {r.title} |")
    for family in RULE_FAMILIES:
        members = [r for r in rules if r.id[0] == family.letter]
        if not members:
            continue
        out += ["", f"## {family.letter} — {family.name}"]
        for r in members:
            out += ["", f"### {r.id}", "", f"**{r.title}** — `{r.name}`，{r.severity.zh}（{r.severity.value}）", "",
                    f"消息：`{r.message}`"]
            body, example = r.explanation_parts()
            out += ["", f"**说明**：{body}", "", f"**错误示例**：{example}"]
            if r.doc:
                out += ["", "<details><summary>开发者说明（英文）</summary>", "", r.doc, "", "</details>"]
    return "\n".join(out) + "\n"
