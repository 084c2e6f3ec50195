"""W714 the superior body's name where the department's belongs: "上海市规划和自然资源局2024年度部门决算表" in the
document of 上海市普陀区规划和自然资源局."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import flow_where

# one government in front of a body's name: a province, a city, a prefecture, a county or district
GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|区|旗)")


def superior_names(department: str) -> list[str]:
    """The name of the department's body one level up: its name with its lowest government left out and the
    higher ones kept ("上海市普陀区规划和自然资源局" → "上海市规划和自然资源局"; "安徽省安庆市怀宁县人民法院" →
    "安徽省安庆市人民法院", while "安徽省怀宁县人民法院" is the court itself). A name under a single government has
    none: leaving that out is an abbreviation ("人大常委会办公室")."""
    governments, pos = [], 0
    while (m := GOVERNMENT.match(department, pos)) is not None:
        governments.append(m.group(0))
        pos = m.end()
    body = department[pos:]
    if len(governments) < 2 or len(body) < 2:
        return []
    return ["".join(governments[:-1]) + body]


@rule("W714", "superior-name", Severity.WARNING,
      "标题中的单位名称是本部门的名称",
      "“{found}”中的单位名称“{name}”是上级部门的名称，本文件是“{department}”的{kind}",
      explanation="标题、表题和说明中写“某单位2024年度部门决算表”时，单位名称应是本部门的全称或简称。把本部门名称中的区（县）"
      "去掉、留下上一级政府与机构名称（“上海市普陀区规划和自然资源局”写成“上海市规划和自然资源局”），写出的是上级部门，"
      "通常是照抄了上级部门的模板。只查紧接着写年度的用法（“上海市规划和自然资源局2024年度……”），引用上级部门的文字"
      "（“按照上海市规划和自然资源局的要求”）不查。"
      "\n错误示例：上海市普陀区规划和自然资源局的 2024 年决算中，表格部分的标题为“上海市规划和自然资源局2024年度部门决算表”。")
def superior_name(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A title that names the body one level up where the department belongs: the department's name with
    its district (county) left out and the city (province) kept — "上海市规划和自然资源局2024年度部门决算表" in the
    document of 上海市普陀区规划和自然资源局 — is another department's name, a template copied from above.
    Only the name right before a year is a title's; a sentence citing the superior body is left alone.

    Failing example: in the 决算 of 上海市普陀区规划和自然资源局, the heading of its tables
    "上海市规划和自然资源局2024年度部门决算表".
    """
    names = superior_names(ctx.disclosure.department or "")
    if not names:
        return  # (most documents: a department named under one government, or not named)
    kind = ctx.disclosure.kind.value
    # each text with its place, made only for a finding
    texts: list[tuple[str, Callable[[int, int], Where]]] = []
    for flow in ctx.text.flows.values():
        texts.append((flow.text, partial(flow_where, flow)))
    for section in ctx.disclosure.sections:
        texts.append((section.heading, lambda _a, _b, s=section: Where(section=s.key, sentence=s.heading)))
    for line in ctx.disclosure.title_lines:
        texts.append((line, lambda _a, _b, line=line: Where(sentence=line)))
    for t in ctx.disclosure.tables:
        texts.append((t.title, lambda _a, _b, t=t: Where(table=t.id.value if t.id else t.title).with_location(t.location)))
    seen: set[str] = set()
    for text, place_of in texts:
        if not any(name in text for name in names):
            continue  # (almost every text: a plain look-up before the pattern, made only when needed)
        pattern = re.compile("(" + "|".join(map(re.escape, names)) + r")(?=20\d{2}年)")
        for m in pattern.finditer(text):
            found = text[m.start():m.end() + 12]
            if found in seen:
                continue
            seen.add(found)
            place = place_of(m.start(), m.end())
            yield rule.finding(place, expected=ctx.disclosure.department, actual=m.group(1),
                               fix="改为本部门的名称", found=found, name=m.group(1),
                               department=ctx.disclosure.department, kind=kind)
