"""The rule catalogue as a Markdown page (docs/rules.md is this, generated: `yusuan rules --markdown`)."""

from __future__ import annotations

from yusuan.rules.registry import FAMILIES, all_rules

HEADER = """\
# 检查规则目录 / Rule catalogue

Generated from the registry (`yusuan rules --markdown > docs/rules.md`); a test keeps it current.
`yusuan rules` lists the rules, `yusuan rules ID` explains one, `yusuan check --select/--ignore`
chooses them by id or prefix (`--select T3,X2 --ignore W702`).

Every rule has an id (family letter + three digits), a kebab-case name, a severity, a one-line
Chinese message template and the documentation below, with a failing example.

| severity | meaning | exit code |
|---|---|---|
| error（错误） | the document contradicts itself, the template or the law | 1 |
| warning（警告） | probably wrong: verify | 0 |
| notice（提示） | worth knowing (rounding, catalogue edition, no text) | 0 |

| prefix | family |
|---|---|
| A1xx | 表内运算 — arithmetic inside one table; A100 is the rounding notice every identity falls back to |
| X2xx | 表间勾稽 — identities between tables |
| T3xx | 文字与表格 — the explanations against the tables and against their own other claims |
| C4xx | 完整性 — tables, sections and detail required by 预算法§14, 实施条例§6, 财预〔2016〕143号 |
| K5xx | 科目分类 — classification codes and names against the catalogue |
| P6xx | 绩效目标 — performance-target tables against the projects |
| W7xx | 合理性 — plausibility warnings |

## Rounding

Figures printed to 0.01 万元 are each within 0.005 万元 of the exact amount (in general: half a unit
of the last printed digit of their table). An identity over n printed figures (a total and its
n − 1 parts) may therefore be off by up to n × 0.005 万元 without any error in the data. Such a
difference — not zero, within the bound — is reported once as A100 (notice) with the rule whose
identity it is (`origin`), never as an error. Beyond the bound it is that rule's error. The same
figure printed twice at the same precision must agree exactly. Percentages are checked against the
interval the rounded amounts allow (T302, T303).
"""


def render_markdown() -> str:
    rules = all_rules()
    out = [HEADER, "## Catalogue", "", "| id | name | severity | 检查内容 |", "|---|---|---|---|"]
    for r in rules:
        out.append(f"| [{r.id}](#{r.id.lower()}) | `{r.name}` | {r.severity.value} | {r.title} |")
    for letter, family in FAMILIES.items():
        members = [r for r in rules if r.id[0] == letter]
        if not members:
            continue
        out += ["", f"## {letter} — {family}"]
        for r in members:
            out += ["", f"### {r.id}", "", f"**{r.title}** — `{r.name}`, {r.severity.value}（{r.severity.zh}）", "",
                    f"Message: `{r.message}`", "", r.doc]
    return "\n".join(out) + "\n"
