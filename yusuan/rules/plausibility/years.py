"""W707 a wrong year: a budget (决算) year or a 截至 date that does not fit the document's year."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from yusuan.model.claims import SENTENCE_REACH, Flow
from yusuan.model.disclosure import Table
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import flow_where

# a year the text speaks of (not a document number 〔2022〕, not a date 2022年12月, not 2022年底)
YEAR = re.compile(r"(?<![\d〔\[【(（.\-—~])(\d{4})年(?:度)?(?!\d{1,2}月|底|末|年末|年底|初|中)")
# the words before a year that make it a comparison or a range, not the year of the statement
COMPARED = re.compile(r"(比|较|与|同|和|及|对比|相比|至|到|~|-|—|、|上年|去年|自|从|截至|截止)的?$")
# a comparison right before a year: "较2017年的…", "比2017年…", "与2017年…相比"
COMPARED_WITH = re.compile(r"(?:较|比|与|同|相较于?|相比于?)$")
# what the year is about, in the words after it (to the next comma): the document's own kind
BUDGET_WORDS = re.compile(r"预算|预安排|计划")
FINAL_WORDS = re.compile(r"决算")
# words after the year that make it another statement: a comparison, a span of time, last year's actuals
# (not 同比: "2015年…支出决算同比下降" states 2015's own change; a year compared with has 比/较/与 before it)
NOT_OWN = re.compile(r"相比|比较|持平|以来|期间|规划|起|开始|之前|之后|以前|以后|前|后")
NOT_OWN_BUDGET = re.compile(r"决算|执行|实际|完成|结转|结余")
ABSENT = re.compile(r"(无|未|没有|不)")
CLAUSE_END = ",;:。\n!?"
PERIOD = re.compile(r"资金执行时间:?(\d{4})年")
AS_OF = re.compile(r"(截至|截止到?|截至到)(\d{4})年(?:(\d{1,2})月(\d{1,2})日|(\d{1,2})月(?:末|底)?|(年?底|年?末))")


@dataclass(frozen=True)
class _Text:
    """A text to look at: a section's flow (with positions) or a heading / table title (its place made
    only for a finding: most texts have none)."""

    text: str
    place: Callable[[], Where]
    flow: Flow | None = None


def _texts(ctx: Context) -> Iterator[_Text]:
    """The texts that name a year: every pattern of this rule holds 年, so a text without one (most
    headings and titles) is passed over before anything is made for it."""
    for flow in ctx.text.flows.values():
        if "年" in flow.text:
            yield _Text(flow.text, partial(Where, section=flow.section.key), flow)
    normalised = ctx.text.normalised
    for section in ctx.disclosure.sections:
        if section.heading and "年" in (text := normalised(section.heading)):
            yield _Text(text, partial(Where, section=section.key, sentence=section.heading))
    for t in ctx.disclosure.tables:
        if "年" in (text := normalised(t.title)):
            yield _Text(text, partial(_table_where, t))
    own = f"{ctx.year}年"
    for line in ctx.disclosure.title_lines:  # a page's title under the site's: "…2020年度“三公”经费决支出情况说明"
        if own not in line:  # (a title naming the document's year too is about it: "2023年预算及2022年决算")
            yield _Text(line, partial(Where, sentence=line))


def _table_where(t: Table) -> Where:
    return Where(table=t.id.value if t.id else t.title).with_location(t.location)


def _where(item: _Text, start: int, end: int) -> Where:
    return flow_where(item.flow, start, end) if item.flow is not None else item.place()


def years_in(text: str) -> list[re.Match[str]]:
    """`YEAR.finditer(text)`, tried only where a 年 stands: scanning for four digits costs more than the
    rest of the rule. A match is the four characters before a 年 (the look-behind sees the text before
    them), and two matches never overlap, so trying each 年 in turn finds the same matches."""
    out = []
    i = text.find("年", 4)
    while i >= 0:
        if (m := YEAR.match(text, i - 4)) is not None:
            out.append(m)
        i = text.find("年", i + 1)
    return out


def _clause_before(text: str, pos: int) -> str:
    s = pos
    while s > 0 and text[s - 1] not in CLAUSE_END and pos - s < 12:
        s -= 1
    return text[s:pos]


def _clause_after(text: str, pos: int) -> str:
    e = pos
    while e < len(text) and text[e] not in CLAUSE_END and e - pos < 24:
        e += 1
    return text[pos:e]


def _sentence(text: str, pos: int) -> str:
    """The sentence around `pos`, as far as a sentence reaches each way (SENTENCE_REACH): walked to its ends
    for every year, a text of years that never ends a sentence took time in the square of its length."""
    lo, hi = max(0, pos - SENTENCE_REACH), min(len(text), pos + SENTENCE_REACH)
    s = max(text.rfind(mark, lo, pos) for mark in _SENTENCE_END)
    e = min((i for mark in _SENTENCE_END if (i := text.find(mark, pos, hi)) != -1), default=hi)
    return text[s + 1 if s != -1 else lo:e]


_SENTENCE_END = "。;\n"


def _cell_beside_own_year(text: str, start: int, end: int, year: int) -> bool:
    """"2020年决算数|\n2021年决算数|\n2021年决算数比上年增减情况|" (r681, a table's heading row copied as text, a cell
    per line): a cell beside cells of the document's year heads last year's column of a comparison."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if not text[line_start:line_end].rstrip().endswith("|"):
        return False
    near = text[max(0, line_start - 80):line_end + 80]
    return re.search(rf"(?<!\d){year}年", near) is not None


def wrong_years(ctx: Context) -> Iterator[tuple[_Text, re.Match[str], str, str]]:
    """(text, match, what it says, what it should say) for each year that contradicts the document's."""
    year, final = ctx.year, ctx.final
    own = FINAL_WORDS if final else BUDGET_WORDS
    # every year of every text, found once for both passes below
    texts = [(t, years_in(t.text)) for t in _texts(ctx)]
    if not any(own.search(_clause_after(t.text, m.end())) for t, years in texts for m in years
               if int(m.group(1)) == year):
        return  # the document never speaks of its own year: the year it was given is doubtful, not its text
    for item, years in texts:
        text = item.text
        for m in years:
            y = int(m.group(1))
            if y == year or not 1990 <= y <= 2100:
                continue
            if COMPARED.search(_clause_before(text, m.start())):
                continue
            after = _clause_after(text, m.end())
            if NOT_OWN.search(after) or not final and NOT_OWN_BUDGET.search(after):
                continue
            if item.flow is not None:
                # in a sentence, only a statement of the document's kind ("2022年一般公共预算拨款…")
                if not own.search(after) or final and BUDGET_WORDS.search(after) and not FINAL_WORDS.search(after):
                    continue
                sentence = _sentence(text, m.start())
                if not final and (NOT_OWN_BUDGET.search(sentence) or ABSENT.match(after) and "计划" not in after):
                    continue  # last year's actuals, or last year's absence ("2020年无此项预算")
                para_start, _ = item.flow.para_span(m.start())  # type: ignore[attr-defined]
                if re.search(rf"(?<!\d){year}年", sentence) or re.search(rf"(?<!\d){year}年", text[para_start:m.start()]):
                    continue  # beside this year's ("2022年…合计为1000.86万。2021年的…合计为807.95万")
                if _cell_beside_own_year(text, m.start(), m.end(), year):
                    continue
            yield item, m, m.group(0) + after[:8], str(year)
        if not final and item.flow is not None:
            for m in years:
                # "较2017年的1.86万元" in the budget of 2017: what a budget is compared with is last year's
                if int(m.group(1)) == year and COMPARED_WITH.search(text, max(0, m.start() - 4), m.start()):
                    yield item, m, m.group(0) + _clause_after(text, m.end())[:8], f"{year - 1}年"
        if final and item.flow is not None:
            for m in years:
                # "与2022年决算数持平" in the final accounts of 2022: a 决算 is compared with last year's 决算
                # (with its own year's 预算 it may be)
                if int(m.group(1)) == year and COMPARED_WITH.search(text, max(0, m.start() - 4), m.start()) \
                        and (after := _clause_after(text, m.end())).startswith(("决算", "度决算")):
                    yield item, m, m.group(0) + after[:8], f"{year - 1}年"
        if not final and "资金执行时间" in text:  # the words PERIOD starts with: one look-up, not a scan
            for m in PERIOD.finditer(text):
                y = int(m.group(1))
                if y not in (year, year - 1):  # a multi-year project may start last year
                    yield item, m, m.group(0), str(year)
        for m in (AS_OF.finditer(text) if "截" in text else ()):  # every AS_OF starts with 截
            y = int(m.group(2))
            year_end = m.group(6) is not None or (m.group(3) == "12" and m.group(4) == "31")
            expected = (year if final else year - 1,) if year_end else ((year, year + 1) if final else (year - 1, year))
            if y not in expected:
                right = f"{m.group(1)}{expected[0]}年12月31日" if year_end else f"{m.group(1)}{expected[0]}年"
                yield item, m, m.group(0), right


@rule("W707", "wrong-year", Severity.WARNING,
      "文中的年度、时点与文件年度一致",
      "文中写“{found}”，本文件是 {year} 年{kind}{hint}",
      explanation="标题、表题和说明文字所述应为本文件的年度：预算的“2023年预算”“2023年一般公共预算拨款”“资金执行时间：2023年……”，"
      "决算的“2023年度……支出决算”；资产等时点，预算应为“截至上年12月31日”，决算应为“截至本年12月31日”。出现其他"
      "年份通常是照抄上年文字未作更新，原因说明中也会出现（2026 年预算写“主要原因是2025年无公车购置计划”）。"
      "与其他年份的比较（“与2023年预算相比”“较2022年决算数”）、年份区间（2021-2025年）、上年的决算或执行数、"
      "上年无此项的说明、文号中的年份（〔2022〕）、表头复制为文字时与本年度列并列的上年列名（“2020年决算数|”），"
      "以及同时写明本年度的句子，不作检查；全文没有一处写明本文件年度的，文件年度本身存疑，也不检查。"
      "预算中与本年度比较（2017 年预算写“较2017年的1.86万元”）也是错的：比较的应是上年。年份之后的“同比”说的是该年自身的增减"
      "（2016 年决算写“2015年…支出决算同比下降的原因主要是”，是上年文字未更新）。"
      "\n错误示例：2023 年预算中写“昌吉市人大常委会办公室2022年一般公共预算拨款合计 834.94 万元”；"
      "“截至2021年12月31日，共有车辆2辆”（应为截至2022年12月31日）；2023 年决算中写“2022年“三公”经费财政拨款支出决算为3.46万元”。")
def wrong_year(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The text speaks of the document's own year: a budget's "2023年预算", "2023年一般公共预算拨款",
    "资金执行时间：2023年…", a 决算's "2023年度…支出决算"; its asset figures are "截至" the end of last year
    (budget) or of the year itself (决算). Another year there, in a heading, a table title or a sentence,
    is usually last year's text copied without updating it — also in a reason ("主要原因是2025年无公车
    购置计划" in a 2026 budget). Years compared with ("与2023年预算相比", "较2022年决算数"), ranges
    ("2021-2025年"), last year's actuals ("2022年决算", "2022年执行数"), document numbers (〔2022〕), a table's
    heading row copied as text where last year's column stands beside this year's ("2020年决算数|"), and
    sentences that name the document's year too are left alone; so is a document that never states
    its own year (the year it was given is then doubtful, not its text). A budget that compares with its
    own year ("较2017年的1.86万元" in the budget of 2017) means last year.

    Failing examples: in a 2023 budget, "昌吉市人大常委会办公室2022年一般公共预算拨款合计 834.94 万元";
    "截至2021年12月31日，共有车辆2辆" (截至上年底 is 2022年12月31日); in a 2023 决算, "2022年“三公”经费
    财政拨款支出决算为3.46万元".
    """
    kind = ctx.disclosure.kind.value
    seen: set[tuple[str, str | None]] = set()
    for item, m, found, expected in wrong_years(ctx):
        where = _where(item, m.start(), m.end())
        key = (found, where.sentence)
        if key in seen:
            continue
        seen.add(key)
        hint = f"，应为“{expected}”" if expected != str(ctx.year) else ""
        yield rule.finding(where, expected=expected, actual=m.group(0), fix=f"核对年份：本文件是 {ctx.year} 年{kind}",
                        found=found, year=ctx.year, kind=kind, hint=hint)
