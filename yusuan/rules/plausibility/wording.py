"""W704 placeholders left in; W712 a template's alternatives left in; W723 a word printed twice."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from yusuan.model.claims import Flow
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import flow_where

_PLACE_MARKS = "XxＸｘ×某〇○□＊*【["  # every match of PLACEHOLDER has one of these

PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?:[XxＸｘ]{2,}|×{2,}|某某|〇〇|○○|□□|＊＊|\*\*|【[^】]{0,6}名称】|\[[^\]]{0,6}名称\])(?![A-Za-z])")


def may_hold_place(text: str) -> bool:
    """Whether PLACEHOLDER can match: one of its characters stands in the text (a look for each character is
    cheaper than a search for any of them, which tests every character of the text against the set)."""
    return any(mark in text for mark in _PLACE_MARKS)


@rule("W704", "placeholder-left", Severity.WARNING,
      "没有残留的模板占位符",
      "{where_s}中有占位符“{found}”",
      explanation="说明文字、表格标题和备注、项目名称或绩效目标中残留未填写的模板空白，如“XX万元”“××单位”“某某项目”"
      "“【单位名称】”。"
      "\n错误示例：“本部门XX年部门预算收入XX万元”。")
def placeholder_left(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Template text with its blanks unfilled — "XX万元", "××单位", "某某项目", "【单位名称】" — in the
    explanations and their headings, table titles and notes, project names or performance goals.

    Failing example: "本部门XX年部门预算收入XX万元".
    """
    for flow in ctx.text.flows.values():
        yield from _guidance_left(flow, rule)
        if not may_hold_place(flow.text):
            continue  # one fast scan for the characters every placeholder has
        for m in PLACEHOLDER.finditer(flow.text):
            yield rule.finding(flow_where(flow, m.start(), m.end()), expected="实际内容", actual=m.group(0),
                            fix="填写实际内容", where_s="说明文字", found=m.group(0))
    if not may_hold_place(_everything_else(ctx)):
        return  # one fast scan of the headings, tables and performance goals together
    for section in ctx.disclosure.sections:
        if (m := PLACEHOLDER.search(section.heading)) is not None:
            yield rule.finding(Where(section=section.key, sentence=section.heading), expected="实际内容",
                            actual=m.group(0), fix="填写实际内容", where_s="标题", found=m.group(0))
    for t in ctx.disclosure.tables:
        for text, what in ((t.title, "表题"), (t.note or "", "表注"), (t.department or "", "编制部门")):
            if (m := PLACEHOLDER.search(text)) is not None:
                yield rule.finding(Where(table=t.id.value if t.id else t.title), expected="实际内容", actual=m.group(0),
                                fix="填写实际内容", where_s=what, found=m.group(0))
        for row in t.rows:
            for text in (row.label, row.project or ""):
                if (m := PLACEHOLDER.search(text)) is not None:
                    yield rule.finding(Where(table=t.id.value if t.id else t.title, row=text), expected="实际内容",
                                    actual=m.group(0), fix="填写实际内容", where_s="表格行", found=m.group(0))
    for p in ctx.disclosure.performance:
        for text in (p.project, p.targets.goal):
            if (m := PLACEHOLDER.search(text)) is not None:
                yield rule.finding(Where(project=p.project), expected="实际内容", actual=m.group(0),
                                fix="填写实际内容", where_s="绩效目标表", found=m.group(0))


# the template's words to the writer, left in the text (r525: "这部分主要介绍本单位机构设置情况，格式和内容没有固定
# 要求，可以参考但不限于以下内容")
GUIDANCE = re.compile(r"(?:这部分主要介绍[^。,，]{0,20}[,，])?(?:格式和内容没有固定要求[,，])?(?:可以|可)参考但不限于以下内容"
                      r"|格式和内容没有固定要求|这部分主要介绍本(?:部门|单位)[^。,，]{0,20}")


def _guidance_left(flow: Flow, rule: Rule) -> Iterator[Finding]:
    if "不限于" not in flow.text and "固定要求" not in flow.text and "这部分" not in flow.text:
        return
    for m in GUIDANCE.finditer(flow.text):
        yield rule.finding(flow_where(flow, m.start(), m.end()), expected="实际内容", actual=m.group(0),
                           fix="删去模板的填写说明", where_s="说明文字", found=m.group(0))


def _everything_else(ctx: Context) -> str:
    """Every text W704 reads besides the sections' flows, one per line (no placeholder spans a line)."""
    texts = [section.heading for section in ctx.disclosure.sections]
    for t in ctx.disclosure.tables:
        texts += (t.title, t.note or "", t.department or "")
        for row in t.rows:
            texts += (row.label, row.project or "")
    for p in ctx.disclosure.performance:
        texts += (p.project, p.targets.goal)
    return "\n".join(texts)


# A template offers the writer two or three words to choose from — "增加（减少）", "大于（小于/等于）",
# "（或与预算数持平）" — and the published text kept them all; or fused two into one ("大小于", "增加持平").
_FAMILIES = (("增加", "减少"), ("增长", "下降", "上升", "降低"), ("大于", "小于", "等于", "高于", "低于", "多于", "少于"))
_MOVES = ("增加", "减少", "增长", "下降", "上升", "降低")  # the words ALTERNATIVES finds fused to 持平
_WORDS = "|".join(sorted({w for f in _FAMILIES for w in f}, key=len, reverse=True))
ALTERNATIVES = re.compile(
    rf"(?P<a>{_WORDS})\s*(?P<open>[（(])\s*(?P<b>{_WORDS}|持平)(?:\s*[/／、或]\s*(?:{_WORDS}|持平))*\s*[）)]"
    rf"|(?P<a2>{_WORDS})\s*[/／]\s*(?P<b2>{_WORDS}|持平)"
    r"|[（(]\s*或[^（()）。；;]{0,12}?(?:持平|等于|相等|一致|不变)\s*[）)]"
    r"|大\s*[（(/／]?\s*小\s*[）)]?\s*于|高\s*[（(/／]?\s*低\s*[）)]?\s*于"
    rf"|(?:{'|'.join(_MOVES)})持平"
    r"|(?:增长|上升)(?:下降|降低)|(?:下降|降低)(?:增长|上升)|增加减少|减少增加"
    # "比2022年或减少9.53万元" (r645): the 或 of "增加或减少" left before the word kept
    r"|(?<=[年比])或(?:增加|减少|增长|下降|上升|降低)(?=\s*\d)"
)


# what stands before an opening parenthesis of ALTERNATIVES: the last character of a word, or 大/高 ("大（小）于")
_BEFORE_OPEN = frozenset({w[-1] for f in _FAMILIES for w in f} | {"大", "高"})


# 持平 fused to a word before it ("增加持平"): the one branch of ALTERNATIVES with 持平 but neither a slash
# nor a parenthesis ("与上年预算持平", in most documents, is no alternative)
_FUSED = tuple(f"{w}持平" for w in _MOVES)
# two opposite moves fused ("同比增长下降57%", r526): the template's two words, both kept
_OPPOSED = ("增长下降", "增长降低", "上升下降", "上升降低", "下降增长", "降低增长", "下降上升", "降低上升", "增加减少",
            "减少增加")


_LEFT_OR = re.compile(r"[年比]或(?:增加|减少|增长|下降|上升|降低)\s*\d")


def may_hold_alternatives(text: str) -> bool:
    """Whether ALTERNATIVES can match in `text`, from the characters each of its branches needs: a slash,
    持平 fused to a word, 于 with 小 or 低, or a parenthesis after a word or before 或 (scanning a section
    with ALTERNATIVES costs far more than these look-ups)."""
    if "/" in text or "／" in text or "于" in text and ("小" in text or "低" in text):
        return True
    if "持平" in text and any(fused in text for fused in _FUSED):
        return True  # 持平 elsewhere stands in a branch with a slash or a parenthesis, looked for here
    if any(fused in text for fused in _OPPOSED):
        return True
    if "或" in text and _LEFT_OR.search(text):
        return True
    for paren in "（(":
        i = text.find(paren)
        while i >= 0:
            j = i - 1
            while j >= 0 and text[j].isspace():
                j -= 1
            k = i + 1
            while k < len(text) and text[k].isspace():
                k += 1
            if j >= 0 and text[j] in _BEFORE_OPEN or text.startswith("或", k):
                return True
            i = text.find(paren, i + 1)
    return False


def _family(word: str) -> int | None:
    return next((i for i, f in enumerate(_FAMILIES) if word in f), None)


def alternatives(text: str) -> Iterator[re.Match[str]]:
    """The template alternatives left in a printed text."""
    if not may_hold_alternatives(text):
        return
    for m in ALTERNATIVES.finditer(text):
        a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
        if a is not None and b is not None and a == b:
            continue
        if a is not None and b is not None and b != "持平" and _family(a) != _family(b):
            continue  # "增加（增长5%）" is no choice
        yield m


@rule("W712", "template-alternative", Severity.WARNING,
      "模板中的备选词已按实际情况选定",
      "文中“{found}”保留了模板的备选写法，应按实际情况择一",
      explanation="模板给出几个备选词供撰写者择一——“比上年增加（减少）X万元，增长（下降）X%”“决算数大于（小于）预算数”"
      "“（或与预算数持平）”——公开文本原样保留了备选词，或把两个词拼在一起（“大小于”“增加持平”），读者无从知道"
      "实际是哪一种。提示按所印原文引出这些词。"
      "\n错误示例：“因公出国（境）费支出决算比预算数增加（减少）0万元，增长（下降）0%”。")
def template_alternative(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A template offers alternatives for the writer to choose from — "比上年增加（减少）X万元，增长（下降）
    X%", "决算数大于（小于）预算数", "（或与预算数持平）" — and the publication printed them as they stood, or
    fused two of them ("大小于", "增加持平"). The reader cannot tell which one is meant: the text must say
    增加 or 减少, 大于 or 小于. The words are quoted as printed.

    Failing example: "因公出国（境）费支出决算比预算数增加（减少）0万元，增长（下降）0%".
    """
    for flow in ctx.text.flows.values():
        for m in alternatives(flow.orig):
            start = bisect.bisect_left(flow.nmap, m.start())
            end = max(bisect.bisect_left(flow.nmap, m.end() - 1), start)
            yield rule.finding(flow_where(flow, start, end), expected="择一", actual=m.group(0),
                            fix="删去不适用的备选词", found=m.group(0))
    for section in ctx.disclosure.sections:
        for m in alternatives(section.heading):
            yield rule.finding(Where(section=section.key, sentence=section.heading), expected="择一",
                            actual=m.group(0), fix="删去不适用的备选词", found=m.group(0))


# a word printed twice in a row: a list opener (a list mark between them or not), a unit, 的 (not 的的确确, not
# 目的的)
DOUBLED = re.compile(r"(其中|包括|主要包括|主要是)[:：,，]?\1|(万元|(?<!目)的)\2(?!确)")  # (目的的: 目的 + 的)
# what every DOUBLED match holds, written out without the back-reference: a search with one costs a try of each
# branch at every character of the text, this one skips ahead to 其/包/主/万/的 (包括 doubled from 主要包括 too)
_MAY_BE_DOUBLED = re.compile(r"其中[:：,，]?其中|包括[:：,，]?(?:主要)?包括|主要是[:：,，]?主要是|万元万元|的的")


@rule("W723", "doubled-word", Severity.WARNING,
      "同一词语没有连续重复",
      "文中“{found}”重复，应删去多余的一处",
      explanation="说明文字中一个词连续印了两次——列举的“其中：其中”“包括包括”、单位“万元万元”、“的的”——"
      "是编辑时改写句子留下的，读者会以为漏了内容。“的的确确”不算。"
      "\n错误示例：“2024年末实有在岗人员17人，其中:其中行政人员6人”。")
def doubled_word(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A word printed twice in a row in the explanations — a list opener ("其中：其中", "包括包括"), a unit
    ("万元万元"), "的的" — is left from rewriting a sentence; a reader takes it for something left out.
    The words are quoted as printed. ("的的确确" is a word.)

    Failing example: "2024年末实有在岗人员17人，其中:其中行政人员6人".
    """
    for flow in ctx.text.flows.values():
        text = flow.orig
        if _MAY_BE_DOUBLED.search(text) is None:
            continue  # no word doubled anywhere: most texts
        for m in DOUBLED.finditer(text):
            start = bisect.bisect_left(flow.nmap, m.start())
            end = max(bisect.bisect_left(flow.nmap, m.end() - 1), start)
            yield rule.finding(flow_where(flow, start, end), expected=m.group(1) or m.group(2), actual=m.group(0),
                            fix="删去重复的词", found=m.group(0))
