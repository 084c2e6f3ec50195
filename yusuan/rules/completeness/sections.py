"""C400 no text at all (derived data), C407 required sections, C408 三公 changes explained — for a whole
disclosure; C409 says that a part of one is not checked for completeness."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.model.layouts import NATIONAL
from yusuan.model.sections import SECTION_SPEC, SectionKey
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import claim_where

REQUIRED_SECTIONS = NATIONAL.sections  # the national template's; each family declares its own (model/layouts.py)
COMPARED = re.compile(r"(比|较|与)上年(预算)?(数)?(相比)?(增加|减少|增长|下降|持平|相同|一致|无变化|不变)")
KEYWORDS = {SectionKey.OPERATING_COSTS: "机关运行经费", SectionKey.PROCUREMENT: "政府采购", SectionKey.ASSETS: "国有资产", SectionKey.PERFORMANCE: "绩效"}


@rule("C400", "no-explanations", Severity.NOTICE,
      "仅含表格、没有说明文字的数据（文字类规则未运行）",
      "{what}不含说明文字，文字类规则（T3xx 等）未检查",
      explanation="这是提示。由预算数据生成的公开材料，在撰写阶段写入说明文字之前只有表格，没有说明文字：文字类规则（T3xx 等）"
      "无从检查。本提示说明这一点，而不是对每个缺少的部分各报一次 C407 错误。已公开的文件完全没有文字，属于 C407 的问题。"
      "\n错误示例：（提示）对预算数据运行 yusuan check budget.yaml。")
def no_explanations(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A disclosure derived from budget data has tables but no explanation text until the build stage
    writes it: the text rules have nothing to read. This notice says so, instead of a C407 error per
    missing section. A published document without any text is C407's matter.

    Failing example (a notice): `yusuan check budget.yaml` on budget data.
    """
    if not ctx.disclosure.sections and ctx.derived and ctx.whole:
        yield rule.finding(Where(), what="由预算数据生成的公开内容")


@rule("C409", "document-part", Severity.NOTICE,
      "文件只是公开内容的一部分（不检查完整性）",
      "本文件为{what}，不检查完整性",
      explanation="许多网站只公开部门预决算的一部分：单独的“三公”经费说明页（部门的、乡镇街道的，或一级政府本级、汇总的），"
      "机关运行经费说明，只有情况说明而没有公开表格的摘录，或只有表格而没有说明。这样的页面不可能包含全部表格和说明，"
      "因此完整性规则（C400–C408）不在其上运行（只有表格、且已公开大部分预算表的文件，其表格是否齐全由 C410 检查）；"
      "本提示说明该文件被识别为什么（预算或决算、部门/单位/本级/汇总、"
      "哪一部分、哪种版式），其余规则照常检查它所陈述的数字。"
      "\n错误示例：页面只写“2024年“三公”经费预算21.8万元，其中：……”，没有其他表格和说明（报提示）。")
def document_part(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Many sites publish only part of a disclosure: a standalone “三公”经费 page (of a department, a
    town, or a government's 本级/汇总), a 机关运行经费 page, the 情况说明 without the tables, the tables
    without the text. Such a page cannot hold every table and section, so the completeness rules
    (C400–C408) do not run on it (C410 still asks a document of most of the tables for the rest of them);
    this one notice says what the page was taken to be (its profile:
    kind, scope, extent, layout), and every other rule checks what it states.

    Failing example (a notice): a page that states only "2024年“三公”经费预算21.8万元，其中：…".
    """
    profile = ctx.disclosure.profile
    if profile is not None and not profile.whole:
        yield rule.finding(Where(), expected="完整的公开文件", actual=profile.label(), what=profile.part_zh())


@rule("C407", "required-sections", Severity.ERROR,
      "公开模板规定的说明部分齐全",
      "缺少说明“{heading}”",
      explanation="按《中华人民共和国预算法》第十四条（机关运行经费、政府采购）、《中华人民共和国预算法实施条例》第六条和财预"
      "〔2016〕143号，说明文字应包括：主要职能，机构设置及人员，收支预算总体情况，收入预算，支出预算，财政拨款收支，"
      "一般公共预算当年拨款，基本支出，项目支出，政府性基金预算和国有资本经营预算（即使为空），“三公”经费，机关运行"
      "经费，政府采购，国有资产占用，绩效目标，以及名词解释。第三部分 十一 不设小标题而合并说明最后四项时，只要点明"
      "各项即视为齐全。"
      "要求的说明以该文件所属版式和类别为准（决算模板没有项目支出说明；上海版式在“其他相关情况说明”中说明“三公”、"
      "机关运行经费、政府采购、国有资产和绩效）；只公开一部分内容的文件不检查（见 C409）。"
      "\n错误示例：公开材料中没有关于政府采购的段落。")
def required_sections(ctx: Context, rule: Rule) -> Iterator[Finding]:
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
    if not ctx.whole or (not ctx.disclosure.sections and ctx.derived):
        return
    keys = {s.key for s in ctx.disclosure.sections if s.paragraphs}
    whole = ctx.text.flows.get(SectionKey.OTHER_MATTERS)
    for key in ctx.family.sections:
        if key in keys or any(k.startswith(key + ".") for k in keys):
            continue
        if key in KEYWORDS and whole is not None and KEYWORDS[key] in whole.text:
            continue
        heading = SECTION_SPEC[key].heading.format(dept="", year=ctx.year).replace("关于", "")
        yield rule.finding(Where(section=key), expected=heading, actual="缺少", fix=f"补充“{heading}”的说明",
                        heading=heading)


@rule("C408", "three-public-changes-explained", Severity.WARNING,
      "“三公”经费说明增减变化及原因",
      "{subject}{problem}，应说明增减变化及原因",
      explanation="财预〔2016〕143号要求“三公”经费的说明（第三部分 十）给出与上年相比的增减变化及原因。该部分完全没有说明增减，"
      "或说明了增减却没有原因时，报警告。"
      "\n错误示例：“‘三公’经费比上年预算减少 2.00 万元，下降 6.06%。”没有说明原因。")
def three_public_changes_explained(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """财预〔2016〕143号 asks the “三公”经费 explanation (第三部分 十) to give the change against last year and
    its reasons. A warning when the section states no change at all, or states a change without a reason.

    Failing example: "“三公”经费比上年预算减少 2.00 万元，下降 6.06%。" with no reason.
    """
    flow = ctx.text.flows.get(SectionKey.THREE_PUBLIC)
    if flow is None or not ctx.whole:
        return
    changes = [c for c in ctx.text.claims if c.flow is flow and c.delta is not None]
    compared = COMPARED.search(flow.text) or (ctx.final and re.search(
        rf"(比|较|与)({ctx.year - 1}年度?|上一?年度)(相比)?[^。]{{0,12}}(增加|减少|增长|下降|持平|相同|一致|无变化|不变)",
        flow.text))
    if not changes and not compared and "未安排" not in flow.text:
        yield rule.finding(Where(section=SectionKey.THREE_PUBLIC), expected="增减变化及原因", actual="未说明",
                        fix="说明“三公”经费比上年增减的金额、幅度和原因", subject="“三公”经费",
                        problem="的说明中没有与上年的比较")
        return
    for c in changes:
        if not c.delta or c.reason:
            continue
        if not any(p.reason for p in ctx.text.claims if p.parent is not None and p.parent.wholes.get(p.unit) is c):
            yield rule.finding(claim_where(c), expected="增减原因", actual="未说明", fix="说明增减变化的原因",
                            subject=f"“{c.subject}”", problem="比上年有增减，但没有说明原因")
