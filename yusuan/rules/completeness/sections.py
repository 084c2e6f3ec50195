"""C400 no text at all (derived data), C407 required sections, C408 三公 changes explained — for a whole
disclosure; C409 says that a part of one is not checked for completeness."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.model.layouts import NATIONAL
from yusuan.model.sections import SECTION_SPEC
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import get, rule
from yusuan.rules.text.common import claim_where

REQUIRED_SECTIONS = NATIONAL.sections  # the national template's; each family declares its own (model/layouts.py)
COMPARED = re.compile(r"(比|较|与)上年(预算)?(数)?(相比)?(增加|减少|增长|下降|持平|相同|一致|无变化|不变)")
KEYWORDS = {"3.11.1": "机关运行经费", "3.11.2": "政府采购", "3.11.3": "国有资产", "3.11.4": "绩效"}


@rule("C400", "no-explanations", Severity.NOTICE,
      "仅含表格、没有说明文字的数据（文字类规则未运行）",
      "{what}不含说明文字，文字类规则（T3xx 等）未检查")
def no_explanations(ctx: Context) -> Iterator[Finding]:
    """A disclosure derived from budget data has tables but no explanation text until the build stage
    writes it: the text rules have nothing to read. This notice says so, instead of a C407 error per
    missing section. A published document without any text is C407's matter.

    Failing example (a notice): `yusuan check budget.yaml` on budget data.
    """
    if not ctx.d.sections and ctx.derived and ctx.whole:
        yield get("C400").finding(Where(), what="由预算数据生成的公开内容")


@rule("C409", "document-part", Severity.NOTICE,
      "文件只是公开内容的一部分（不检查完整性）",
      "本文件为{what}，不检查完整性")
def document_part(ctx: Context) -> Iterator[Finding]:
    """Many sites publish only part of a disclosure: a standalone “三公”经费 page (of a department, a
    town, or a government's 本级/汇总), a 机关运行经费 page, the 情况说明 without the tables, the tables
    without the text. Such a page cannot hold every table and section, so the completeness rules
    (C400–C408) do not run on it; this one notice says what the page was taken to be (its profile:
    kind, scope, extent, layout), and every other rule checks what it states.

    Failing example (a notice): a page that states only "2024年“三公”经费预算21.8万元，其中：…".
    """
    profile = ctx.d.profile
    if profile is not None and not profile.whole:
        yield get("C409").finding(Where(), expected="完整的公开文件", actual=profile.label(), what=profile.part_zh())


@rule("C407", "required-sections", Severity.ERROR,
      "公开模板规定的说明部分齐全",
      "缺少说明“{heading}”")
def required_sections(ctx: Context) -> Iterator[Finding]:
    """The explanations cover, per 预算法 §14 (机关运行经费, 政府采购), 实施条例 §6 and 财预〔2016〕143号: 主要职能,
    机构设置及人员, the overall budget, income, expenditure, 财政拨款, 一般公共预算当年拨款, 基本支出, 项目支出,
    政府性基金 and 国有资本经营 (even if empty), “三公”经费, 机关运行经费, 政府采购, 国有资产占用, 绩效目标 and
    a glossary (名词解释). A 第三部分 十一 that holds the last four without sub-headings counts when it
    names them.

    The sections asked for are those the disclosure's layout family requires for its kind (the 决算
    template has no 项目支出 section; Shanghai explains 三公, 机关运行经费, 政府采购, 国有资产 and 绩效 under
    其他相关情况说明); a part of a disclosure is not asked for sections (notice C409).

    Failing example: a publication with no paragraph on 政府采购.
    """
    if not ctx.whole or (not ctx.d.sections and ctx.derived):
        return
    r = get("C407")
    keys = {s.key for s in ctx.d.sections if s.paragraphs}
    whole = ctx.text.flows.get("3.11")
    for key in ctx.family.sections:
        if key in keys or any(k.startswith(key + ".") for k in keys):
            continue
        if key in KEYWORDS and whole is not None and KEYWORDS[key] in whole.text:
            continue
        heading = SECTION_SPEC[key].heading.format(dept="", year=ctx.year).replace("关于", "")
        yield r.finding(Where(section=key), expected=heading, actual="缺少", fix=f"补充“{heading}”的说明",
                        heading=heading)


@rule("C408", "three-public-changes-explained", Severity.WARNING,
      "“三公”经费说明增减变化及原因",
      "{subject}{problem}，应说明增减变化及原因")
def three_public_changes_explained(ctx: Context) -> Iterator[Finding]:
    """财预〔2016〕143号 asks the “三公”经费 explanation (第三部分 十) to give the change against last year and
    its reasons. A warning when the section states no change at all, or states a change without a reason.

    Failing example: "“三公”经费比上年预算减少 2.00 万元，下降 6.06%。" with no reason.
    """
    flow = ctx.text.flows.get("3.10")
    if flow is None or not ctx.whole:
        return
    r = get("C408")
    changes = [c for c in ctx.text.claims if c.flow is flow and c.delta is not None]
    compared = COMPARED.search(flow.text) or (ctx.final and re.search(
        rf"(比|较|与)({ctx.year - 1}年度?|上一?年度)(相比)?[^。]{{0,12}}(增加|减少|增长|下降|持平|相同|一致|无变化|不变)",
        flow.text))
    if not changes and not compared and "未安排" not in flow.text:
        yield r.finding(Where(section="3.10"), expected="增减变化及原因", actual="未说明",
                        fix="说明“三公”经费比上年增减的金额、幅度和原因", subject="“三公”经费",
                        problem="的说明中没有与上年的比较")
        return
    for c in changes:
        if not c.delta or c.reason:
            continue
        if not any(p.reason for p in ctx.text.claims if p.parent is not None and p.parent.wholes.get(p.unit) is c):
            yield r.finding(claim_where(c), expected="增减原因", actual="未说明", fix="说明增减变化的原因",
                            subject=f"“{c.subject}”", problem="比上年有增减，但没有说明原因")
