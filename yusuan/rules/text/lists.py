"""Lists in the text: T304 "其中" parts add up to the whole, T305 a nested part counted twice, T306 a
count times a unit amount, T311 the parts' changes add up to the whole's, T312 last year's amounts
implied by different statements agree."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from yusuan.model.claims import BUDGET, LEAD_ENUM, MONEY_UNITS, PRIOR, SENTENCE_REACH, Claim, ListGroup
from yusuan.model.sections import SectionKey
from yusuan.money import ZERO
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT, Fig
from yusuan.rules.text.common import (
    amount,
    amount_u,
    claim_where,
    flow_where,
    num,
    percent_fits,
    places_of,
    printed_places,
    ratio_interval,
)
from yusuan.rules.text.index import claim_kinds
from yusuan.rules.text.subjects import (
    ECON_BASIC,
    NESTED_IN,
    PARTITIONS,
    SAME_MONEY,
    denominator_half,
    money_candidates,
    part_family,
    quantity_key,
    referent,
    share_words,
    text_denominators,
    vocabulary_key,
)
from yusuan.rules.tolerance import SUM_TOLERANCE

HUNDRED = Decimal(100)
# wholes whose 类 listed after "其中" are all of them
TOTALS = {"total", "total_income", "total_expenditure", "fiscal_total", "fiscal_income", "fiscal_expenditure",
          "general_expenditure", "general_budget", "fund_expenditure", "soe_expenditure"}


# an income, and a source of income named as such (each read only for a "包括" list of an income)
_INCOME = re.compile(r"收入(预算|总额|总计|合计)?(数)?$")
_SOURCE = re.compile(r"(收入|资金|拨款)(预算)?(数)?$")


def _half(c: Claim) -> Decimal:
    return HALF_CENT if c.money else ZERO


@dataclass
class Resolved:
    """One list of one unit, with what the checker knows about it."""

    group: ListGroup
    whole: Claim
    whole_value: Decimal | None
    whole_half: Decimal
    parts: list[Claim]
    nested: list[Claim]
    keys: list[str | None]
    whole_key: str | None = None

    @property
    def flat(self) -> list[Claim]:
        return [p for p in self.parts if p not in self.nested]

    def exhaustive(self) -> bool:
        if self.group.opener.startswith("主要用于"):
            return self._shares_make_whole()  # "主要用于以下方面：" names the main items: all of them only by their shares
        keys = {k for k, p in zip(self.keys, self.parts, strict=True) if p not in self.nested}
        if None not in keys and len(keys) >= 2 and any(keys == set(part) for part in PARTITIONS):
            return True
        if keys and all(k is not None and k.startswith("code:") for k in keys) and self.whole.value is None:
            return True
        if self.whole_key in ("basic", "basic_general") and {"econ_301", "econ_302", "econ_303"} <= keys <= ECON_BASIC:
            return True  # 基本支出 by economic 类: 工资福利, 商品和服务, 对个人和家庭的补助 (and 资本性支出)
        if self.counted_in_full() or self.income_by_source():
            return True
        if len(keys) >= 2 and all(k is not None and k.startswith("code:") and len(k) == 8 for k in keys) \
                and self.whole_key in TOTALS:
            return True  # the 类 of a total: "支出预算1643.29万元，其中：一般公共服务支出…，住房保障支出…"
        return self._shares_make_whole()

    def _shares_make_whole(self) -> bool:
        """The parts' shares, each fitting its amount, add up to 100%."""
        shares = [p.share for p in self.flat if p.share is not None]
        if self.whole_value and any(not percent_fits(sh.value, 2 * sh.half, ratio_interval(
                p.value, p.half, self.whole_value, self.whole_half)) for p, sh in zip(self.flat, shares, strict=False)
                if p.value is not None):
            return False  # a share that does not fit its own amount proves nothing about completeness
        return len(shares) == len(self.flat) >= 2 and \
            abs(sum((sh.value for sh in shares), ZERO) - HUNDRED) <= Decimal("0.01") * len(shares)


    def income_by_source(self) -> bool:
        """"财政拨款收入889.65万元，包括财政补助收入509.54万元、纳入预算管理的资金180万元、专项收入200万元": an
        income that "包括" (not "其中", "主要包括", nor closed by "等") its sources, each a 收入 or 资金 of the
        same year, lists them all — a department's income is told by source in full, while an expenditure's
        "包括" names its main items ("工资福利支出130.53万元，包括基本工资…、津贴补贴…") and may leave some out."""
        g, whole = self.group, self.whole
        if g.opener != "包括" or not whole.money or len(self.flat) < 2 or not _INCOME.search(whole.subject) \
                or "支出" in whole.subject:
            return False
        last = self.parts[-1]
        if last.flow.text[last.end:last.end + 2].lstrip(")）").startswith("等"):
            return False  # "…、专项收入200万元等": the list says it is open
        return all(_SOURCE.search(p.subject) and p.period == whole.period and p.per_unit is None for p in self.flat)

    def counted_in_full(self) -> bool:
        """"车辆3辆，价值120万元；其中：一般公务用车1辆，价值40万元；执法执勤用车2辆，价值70万元": the parts'
        counts make up the whole's count, so the parts are all of it, and so are their values. Each
        amount is the value of the things counted just before it (model/claims._owned_attributes)."""
        whole, group = self.whole, self.group
        counts = [(u, w) for u, w in group.wholes.items() if u != whole.unit and w.value is not None
                  and whole.subject.startswith(w.subject)]
        if not whole.money or len(counts) != 1:
            return False
        unit, counted = counts[0]
        items = [p for p in group.parts if p.unit == unit]
        if len(items) < 2 or sum((p.value for p in items if p.value is not None), ZERO) != counted.value:
            return False
        names = [p.subject for p in items]
        return len(self.flat) == len(items) and all(
            any(p.subject.startswith(n) and p.subject != n for n in names) for p in self.flat)


def resolved_lists(ctx: Context) -> list[Resolved]:
    cache = ctx.__dict__.get("_lists")
    if cache is not None:
        return cache
    out: list[Resolved] = []
    for g in ctx.text.lists:
        for unit, whole in g.wholes.items():
            parts = [p for p in g.parts if p.unit == unit and not p.threshold and p.breakdown_of is None]
            parts = [p for p in parts if not _explains_a_part(p, parts)]
            if not parts:
                continue
            value, half = whole.value, _half(whole)
            if value is None:
                ref = referent(ctx, whole)
                if ref is not None and ref.candidates:
                    value = ref.candidates[0][0]
            keys = [(ref.key if (ref := referent(ctx, p)) is not None else None) for p in parts]
            present = {k for k in keys if k}
            nested = [p for p, k in zip(parts, keys, strict=True) if k in NESTED_IN and NESTED_IN[k] in present]
            wref = referent(ctx, whole)
            # "2024年支出合计177.03万元，其中：教育支出…" (r741): the subject read is the bare "支出" (the year and
            # 合计 are stance words), which names no total; the words as printed, 支出合计, name the department's
            wkey = wref.key if wref is not None else (vocabulary_key(whole.subject) or vocabulary_key(whole.raw_subject)
                                                      or None)
            out.append(Resolved(g, whole, value, half, parts, nested, keys, wkey))
    out += _share_lists(ctx)
    ctx.__dict__["_lists"] = out
    return out


# "平均每辆2.08万元", "人均0.5万元": an average, which explains an amount, never adds to one
_AVERAGE = re.compile(r"^(其中)?(平均|人均|户均|车均|每车平均|每人平均)")


def _explains_a_part(p: Claim, parts: list[Claim]) -> bool:
    """A per-unit amount after a part of the list that it explains: "公务用车运行及维护支出22.83万元，…保有量为
    11辆，平均每辆2.08万元" — an average (its words say so), or a unit amount whose count times it is an
    amount listed before it (within the unit amount's rounding times the count). It is not another part."""
    if p.per_unit is None or p.value is None:
        return False
    if _AVERAGE.match(p.subject):
        return True
    slack = _half(p) * abs(p.per_unit)
    return any(q is not p and q.end <= p.start and q.per_unit is None and q.value is not None
               and abs(q.value - p.value * p.per_unit) <= slack + _half(q) for q in parts)


def _share_lists(ctx: Context) -> list[Resolved]:
    """Parts stated one by one as shares of the same total, with no "其中" ("工资福利支出预算905709.06元，占
    基本支出预算79.89%；商品和服务支出预算…，占基本支出预算…"): a list of that total, once the total is known
    (stated in the text, or in a table). One list per kind of part (a known partition, the functional or the
    economic 类), so that overlapping parts are never added up."""
    groups: dict[tuple[int, str, str], list[Claim]] = {}
    for c in ctx.text.claims:
        if c.parent is not None or c.value is None or not c.money or c.per_unit is not None \
                or c.threshold or not (words := share_words(c)) or (family := part_family(ctx, c)) is None:
            continue
        groups.setdefault((id(c.flow), words, family), []).append(c)
    out: list[Resolved] = []
    for (_, words, _), claims in groups.items():
        seen: dict[str, Claim] = {}
        for c in claims:
            seen.setdefault(c.quantity or c.subject, c)
        parts = list(seen.values())
        if len(parts) < 2:
            continue
        first = parts[0]
        whole_key = vocabulary_key(words) or quantity_key(words)
        named = text_denominators(ctx, first, named_only=True)
        if named and named[0][0] is not None:
            value, half = named[0][0], denominator_half(ctx, named[0][0])
        else:
            table = [v for v, _ in money_candidates(ctx, whole_key, first.section) if v is not None] if whole_key else []
            if not table:
                continue
            value, half = table[0], HALF_CENT
        whole = Claim(first.flow, words, words, value, "万元", first.start, first.start, printed_unit=first.printed_unit,
                      half=half)
        group = ListGroup(first.flow, "占", {"万元": whole}, list(parts), start=first.start, end=parts[-1].end)
        keys = [(ref.key if (ref := referent(ctx, p)) is not None else p.quantity or None) for p in parts]
        out.append(Resolved(group, whole, value, half, parts, [], keys, whole_key))
    return out


def coarser_half(whole: str, parts: list[str], half: Decimal) -> Decimal:
    """The rounding of a whole printed with fewer decimals than a part it sums ("较上年减少19万元" over
    "减少16万元" and "减少2.5万元"): it may be their sum rounded at its own precision, so half its last printed
    digit; else `half` (an amount counts to the hundredth of its unit: "19万元" over 16 and 3 is exact)."""
    places = places_of(whole)
    if not whole or not any(p and places_of(p) > places for p in parts):
        return half
    unit = whole.lstrip("0123456789.,-+ ")
    return max(half, Decimal(5).scaleb(-places - 1) * MONEY_UNITS.get(unit, Decimal(1)))


def _values(parts: list[Claim]) -> list[Fig] | None:
    if any(p.effective is None for p in parts):
        return None
    return [Fig(p.effective, _half(p)) for p in parts]  # type: ignore[arg-type]


@rule("T304", "list-adds-up", Severity.ERROR,
      "“其中/包括”所列各项之和等于总数",
      "文中“{whole}”{whole_s}，所列各项（{parts}）合计 {sum_s}",
      explanation="金额后接“其中：”或“包括：”列举各组成项时，各项之和不得超过总数；列举完整时必须正好等于总数——即各项是已知的"
      "完整划分（基本支出 + 项目支出，人员经费 + 公用经费，货物 + 工程 + 服务，“三公”经费各项，在职 + 退休 + 离休），"
      "或是某一合计（表中的或文字所述的收入、支出总数）的各类，或所述占比合计为 100%，或是基本支出的各经济分类类"
      "（工资福利支出、商品和服务支出、对个人和家庭的补助，及资本性支出），或各项的数量合计正好等于总数量"
      "（“车辆3辆，价值120万元；其中：一般公务用车1辆，价值40万元；执法执勤用车2辆，价值70万元”：3 辆已全部列出，"
      "其价值也须合计为 120 万元），或是某项收入“包括”的各收入来源（“财政拨款收入889.65万元，包括财政补助收入……、"
      "纳入预算管理的资金……、专项收入……”：收入按来源全部列出；“其中”“主要包括”或以“等”结尾的列举不视为完整）。没有“其中”、而逐项写明占同一总数的比例"
      "（“工资福利支出预算……，占基本支出预算79.89%”）的各项，也视为该总数的列举。列举中括号内的各项是其前一项的"
      "组成（“公务用车购置及运行维护费21万元（购置费0万元、运行维护费21万元）”）。期望值为各项之和，实际值为所印总数；"
      "多出的数额恰为某一项时，提示可能重复计算。各项本年数正好合计为总数、又逐项写明上年数（“公务接待费2016年预算8万元，"
      "2015年预算12.5万元”）时，各项上年数之和也须等于文中所述的上年总数。"
      "允许误差：每个数字按其最后一位的半个单位（金额至少按所用单位的 0.005；总数印得比某一项粗——总数为整数而某项有小数——"
      "时，总数可能是各项之和的舍入，按其印出的精度计），舍入范围内的差额只报 A100 提示；"
      "人数、车辆数等计数必须完全一致，“0个，其中……”这样的计数不检查。"
      "\n错误示例：“政府采购预算 138.45 万元，其中：货物 36.2 万元，工程 0 万元，服务 112.25 万元”——"
      "148.45 ≠ 138.45。")
def list_adds_up(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """An amount followed by "其中：" or "包括：" and a list of parts: the parts may never add up to more
    than the whole, and they must add up to it exactly when the list is complete — when its parts are a
    known partition (基本支出 + 项目支出, 人员经费 + 公用经费, 货物 + 工程 + 服务, the “三公” items under any
    of their names, 在职 + 退休 + 离休), when they are the 类 of a total (in a table, or named by the
    text: "支出预算…，其中：一般公共服务支出…，住房保障支出…"), when their stated shares add up to
    100%, or when they are the economic 类 of 基本支出 (工资福利支出, 商品和服务支出, 对个人和家庭的补助, and
    资本性支出 where listed), or when their counts make up the whole's count, so that their values are all
    of its value ("车辆3辆，价值120万元；其中：一般公务用车1辆，价值40万元；执法执勤用车2辆，价值70万元" —
    110 ≠ 120). Parts stated one by one as shares of the same total, with no "其中"
    ("工资福利支出预算…，占基本支出预算79.89%；商品和服务支出预算…，占基本支出预算…"), are a list of that
    total too, one list per kind of part (a partition, the functional or the economic 类). Differences within rounding (half the last printed digit of every figure) are A100 notices.
    Counts (人, 辆) are exact; a count of nothing ("下属单位0个，其中…") is not checked. `expected` is
    the sum of the parts, `actual` the whole as printed; a part the sum holds twice is named. A list whose
    parts add up to the whole this year and state last year's amounts too ("公务接待费2016年预算8万元，2015年
    预算12.5万元") adds up to last year's whole as the text states it ("2015年三公经费预算拨入57.55万元").

    Failing example: "政府采购预算 138.45 万元，其中：货物 36.2 万元，工程 0 万元，服务 112.25 万元" —
    148.45 ≠ 138.45.
    """
    for lst in resolved_lists(ctx):
        if lst.whole_value is None or _qualifications(lst) or _income_by_spending(lst) or _both_sides(lst) \
                or _overlapping_members(lst):
            continue
        amounts = [p.effective for p in lst.parts]
        if None in amounts or sum(amounts, ZERO) == lst.whole_value:  # type: ignore[arg-type]
            continue  # a part without an amount, or the parts add up exactly (most lists): nothing to report
        values = _values(lst.parts)
        flat = _values(lst.flat)
        if values is None or flat is None:
            continue
        if not lst.whole.money and lst.whole_value == 0:
            continue
        whole_half = lst.whole_half
        if lst.whole.money and lst.whole.end > lst.whole.start:
            whole_half = coarser_half(lst.whole.printed, [p.printed for p in lst.parts], whole_half)
        whole = Fig(lst.whole_value, whole_half)
        total = sum((v.value for v in values), ZERO)
        flat_total = sum((v.value for v in flat), ZERO)
        bound_all = whole.half + sum((v.half for v in values), ZERO)
        bound_flat = whole.half + sum((v.half for v in flat), ZERO)
        if lst.nested and abs(flat_total - whole.value) <= bound_flat:
            continue  # T305's matter
        diff = whole.value - total
        if diff == 0:
            continue
        c = lst.whole
        where = claim_where(c) if c.end > c.start else flow_where(lst.group.flow, lst.group.start, lst.group.start)
        if abs(diff) <= bound_all:
            yield ctx.rounding(rule, where, f"文中“{c.subject}”所列各项之和", whole.value, total,
                               len(values) + 1, bound_all)
            continue
        if diff > 0 and not lst.exhaustive():
            continue
        if diff < 0 and _breaks_down_a_series(ctx, lst, total, bound_all):
            continue
        twice = next((p for p, v in zip(lst.parts, values, strict=True)
                      if abs(-diff - v.value) <= bound_all and v.value), None)
        hint = f"；多出的 {amount_u(c, -diff)} 恰为“{twice.subject}”，疑似重复计算" if diff < 0 and twice else ""
        yield rule.finding(where, expected=amount(c, total), actual=amount(c, whole.value),
                        fix="核对所列各项与总数" + ("；各项之和大于总数" if diff < 0 else "；所列各项不全或有误") + hint,
                        whole=c.subject, whole_s=amount_u(c, whole.value),
                        parts="、".join(f"{p.subject or '?'} {amount(c, v.value, printed_places(p))}"
                                       for p, v in zip(lst.parts, values, strict=True)),
                        sum_s=amount_u(c, total))
    yield from _prior_year_sums(ctx, rule)


# the members a part names in the parenthesis right after it: "2个省重点专科(心内科、神经内科)"
_MEMBERS = re.compile(r"\(([^()]{1,200})\)")
_MEMBER_SEP = re.compile(r"[、,，和及与]")


def _overlapping_members(lst: Resolved) -> bool:
    """"医技科室12个。其中:2个省重点专科(心内科、神经内科);3个市领先学科(心内科、神经内科、肝胆外科);…" (r724): parts
    that name their members and name one of them twice are overlapping categories (honours, ranks), not a partition
    of the whole: their counts need not add up to it."""
    text = lst.group.flow.text
    seen: set[str] = set()
    for i, p in enumerate(lst.parts):
        stop = lst.parts[i + 1].start if i + 1 < len(lst.parts) else lst.group.end
        m = _MEMBERS.search(text, p.end, max(stop, p.end))
        if m is None or text[p.end:m.start()].count("。") or m.start() - p.end > 20:
            continue
        members = {w.strip() for w in _MEMBER_SEP.split(m.group(1)) if w.strip()}
        if len(members) < 2:
            continue
        if seen & members:
            return True
        seen |= members
    return False


# staff described by 学历 and 职称: "其中大学本科22人，专科21人，中专及高中以下7人，具有副高级职称3人，中级职称16人"
_QUALIFICATION = re.compile(r"本科|专科|大专|研究生|硕士|博士|中专|高中|初中|学历|学位|职称|技师|医师|全科医生")


def _qualifications(lst: Resolved) -> bool:
    """A count of people broken down by 学历 and by 职称 describes the same people twice over, and follows
    whichever count the sentence named last (r524: "离退休人员23人…；其中大学本科22人，专科21人…，中级职称16人"):
    no partition of the count before it."""
    return not lst.whole.money and all(_QUALIFICATION.search(p.subject or "") for p in lst.parts)


def _both_sides(lst: Resolved) -> bool:
    """A total of income and spending at once ("财政拨款收支总预算77.82万元。其中，收入总计77.82万元，包括…；支出总计
    77.82万元，包括…", r602) is each side's amount: its list names both sides, each of them the whole again, not
    parts to add."""
    whole = lst.whole.subject
    return "收支" in whole and any(p.subject.startswith("收入") for p in lst.parts) \
        and any(p.subject.startswith("支出") for p in lst.parts)


def _income_by_spending(lst: Resolved) -> bool:
    """An income split into 基本支出 and 项目支出 crosses from the income side to the spending side: the
    spending named may be of all the funds, not of this income (r528: "一般公共预算财政拨款收入1125.76万元，较2024年
    增加34.42万元。其中：基本支出1183.29万元", with 支出预算 1282.73 of all funds). Not checked."""
    return lst.whole.subject.endswith("收入") and bool(lst.keys) and all(
        k is not None and k.startswith(("basic", "project")) for k in lst.keys)


def _breaks_down_a_series(ctx: Context, lst: Resolved, total: Decimal, bound: Decimal) -> bool:
    """"对5个部门、5个镇乡街道开展整体支出绩效评价，15个专项开展重点绩效评价，其中：良好部门5个；优秀镇乡街道3个，
    良好镇乡街道2个；良好专项14个，中等专项1个": the list after a series of amounts of one unit breaks down the whole
    series (5 + 5 + 15), not only its last amount."""
    w = lst.whole
    if w.end <= w.start or w.value is None:
        return False
    begin = w.flow.marks.start_after(w.start, "。\n", SENTENCE_REACH)
    # "实有人数小计39人，其中：在职人数小计39人，包括…" (r604): the amount the whole is itself a part of is no series
    own = {id(c) for c in w.parent.wholes.values()} if w.parent is not None else set()
    series = [c for c in ctx.text.claims if c.flow is w.flow and begin <= c.start < w.start and c.unit == w.unit
              and c.value is not None and c.per_unit is None and not c.threshold and c.parent is None
              and id(c) not in own]
    return bool(series) and abs(sum((c.value for c in series), w.value) - total) <= bound  # type: ignore[misc]


def _prior_twin(ctx: Context, lst: Resolved) -> Claim | None:
    """Last year's amount of a list's whole, stated after it on its own ("2016年三公经费预算拨入33万元，2015年
    三公经费预算拨入57.55万元"): the same quantity, a claim of last year in the same flow before the list."""
    w = lst.whole
    for c in ctx.text.claims:
        if c.flow is w.flow and w.end <= c.start < lst.group.start and c.period == PRIOR and c.value is not None \
                and c.unit == w.unit and c.quantity == w.quantity:
            return c
    return None


def _prior_year_sums(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A list whose parts add up to its whole this year, each part stating last year's amount too
    ("公务接待费2016年预算8万元，2015年预算12.5万元"): last year's parts add up to last year's whole."""
    for lst in resolved_lists(ctx):
        parts = lst.parts
        if lst.whole_value is None or not lst.whole.money or lst.nested or len(parts) < 2 \
                or any(p.stated_prior is None or p.effective is None for p in parts) \
                or sum((p.effective for p in parts), ZERO) != lst.whole_value:  # type: ignore[misc]
            continue
        twin = _prior_twin(ctx, lst)
        if twin is None or twin.value is None:
            continue
        total = sum((p.stated_prior for p in parts), ZERO)  # type: ignore[misc]
        diff = twin.value - total
        if diff == 0:
            continue
        bound = twin.half + sum((p.stated_prior_half or HALF_CENT for p in parts), ZERO)
        what = f"文中“{twin.subject}”（{twin.year or '上'}年）"
        if abs(diff) <= bound:
            yield ctx.rounding(rule, claim_where(twin), what + "所列各项之和", twin.value, total, len(parts) + 1, bound)
            continue
        yield rule.finding(claim_where(twin), expected=amount(twin, total), actual=amount(twin, twin.value),
                           fix="核对上年所列各项与上年总数", whole=f"{twin.subject}（{twin.year or '上'}年）",
                           whole_s=amount_u(twin, twin.value),
                           parts="、".join(f"{p.subject or '?'} {amount(twin, p.stated_prior)}" for p in parts),
                           sum_s=amount_u(twin, total))


@rule("T305", "nested-part-listed", Severity.WARNING,
      "“其中”所列某项已含在另一项中（重复计算）",
      "文中“{whole}”的各项相加为 {sum_s} 万元，多于总数 {whole_s} 万元：“{part}”{part_s} 万元已含在“{container}”中",
      explanation="列举的各项之和超过总数，而超出的正好是一个本身已包含在另一列举项中的项（如上级转移支付含在一般公共预算中，"
      "公务用车运行费含在公务用车购置及运行费中）：读者看不出这是嵌套列举，会重复计算。这是警告——请对被包含的项"
      "写“其中”，或把各项平铺列出。去掉被包含项后，其余各项之和与总数之差须在舍入范围内（每个数字 0.005 万元）"
      "才报本规则。"
      "\n错误示例：（样例数据，第三部分 二）收入预算 851.14 万元，其中一般公共预算 834.94 万元、上级一般公共预算安排的"
      "转移支付资金 9 万元、财政拨款结转 16.2 万元：合计 860.14，因为 9 万元已含在 834.94 万元之中。")
def nested_part_listed(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A list of parts that exceeds its whole by exactly an item that is itself part of another listed
    item (上级转移支付 inside 一般公共预算, 公务用车运行费 inside 公务用车购置及运行费 …): the reader cannot tell
    that the list is nested. A warning — say "其中" for the nested item, or list the parts flat.

    Failing example (the seed, 第三部分 二): 收入预算 851.14 万元, 其中 一般公共预算 834.94 万元, 上级一般公共
    预算安排的转移支付资金 9 万元, 财政拨款结转 16.2 万元: 860.14, because the 9 is inside the 834.94.
    """
    for lst in resolved_lists(ctx):
        if not lst.nested or lst.whole_value is None:
            continue
        values, flat = _values(lst.parts), _values(lst.flat)
        if values is None or flat is None:
            continue
        total = sum((v.value for v in values), ZERO)
        flat_total = sum((v.value for v in flat), ZERO)
        bound = lst.whole_half + sum((v.half for v in flat), ZERO)
        if total == lst.whole_value or abs(flat_total - lst.whole_value) > bound:
            continue
        for p in lst.nested:
            key = next(k for k, q in zip(lst.keys, lst.parts, strict=True) if q is p)
            container = next((q for k, q in zip(lst.keys, lst.parts, strict=True) if k == NESTED_IN.get(key or "")), None)
            yield rule.finding(claim_where(p), expected=num(lst.whole_value), actual=num(total),
                            fix=f"将“{p.subject}”写作“{container.subject if container else ''}”的“其中”项，或不重复列出",
                            whole=lst.whole.subject, sum_s=num(total), whole_s=num(lst.whole_value), part=p.subject,
                            part_s=num(p.value or ZERO), container=container.subject if container else "")


@rule("T306", "count-times-unit", Severity.ERROR,
      "数量 × 单位标准 = 所述金额",
      "文中 {count} × 每{per} {unit_amount} 万元 = {product} 万元，与所述 {total} 万元不符",
      explanation="文中按单位标准给出的金额（“每个……2.00万元”）乘以其适用的数量（“86个代表之家”），应等于与之一同给出的总额："
      "它所解释的金额（“172.00万元（86个，每个2.00万元）”）、同一句中的总额（“共计172万元”），或当它是项目唯一的"
      "资金分配时，项目的预算安排规模。乘积与总额必须完全相等，没有误差容限。"
      "\n错误示例：某项目预算安排规模为 162.00 万元，文中写“全市86个代表之家，每个每年给予活动经费2.00万元”："
      "86 × 2.00 = 172.00。")
def count_times_unit(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """An amount stated per unit ("每个…2.00万元") with the count it applies to ("86个代表之家") gives a
    product that must equal the total stated with it — the amount it explains ("172.00万元（86个，每个
    2.00万元）"), a total in the same sentence ("共计172万元"), or, when it is a project's only
    allocation, the project's 预算安排规模.

    Failing example: "全市86个代表之家，每个每年给予活动经费2.00万元" in a project whose 预算安排规模 is
    162.00 万元: 86 × 2.00 = 172.00.
    """
    blocks = {id(c): b for b in ctx.text.projects for c in b.allocations}
    for i, c in enumerate(ctx.text.claims):
        if c.per_unit is None or c.value is None:
            continue
        product = c.value * c.per_unit
        total: Decimal | None = None
        nxt = ctx.text.claims[i + 1] if i + 1 < len(ctx.text.claims) else None
        text = c.flow.text
        if c.breakdown_of is not None:
            total = c.breakdown_of.value
        elif nxt is not None and nxt.flow is c.flow and nxt.money and nxt.value is not None and nxt.per_unit is None \
                and not any(ch in text[c.end:nxt.start] for ch in "。;\n"):
            total = nxt.value
        elif (b := blocks.get(id(c))) is not None and len(b.allocations) == 1 and b.budget is not None:
            total = b.budget.value
        if total is None or total == product:
            continue
        per = c.per_unit_what.lstrip("0123456789.")
        yield rule.finding(claim_where(c), expected=num(product), actual=num(total),
                        fix="核对数量、单位标准与总额", count=c.per_unit_what, per=per, unit_amount=num(c.value),
                        product=num(product), total=num(total))


@rule("T311", "list-changes-add-up", Severity.ERROR,
      "完整列举的各项增减额之和等于总数的增减额",
      "文中“{subject}”比{base}{change}，所列各项{word}合计 {parts_change}",
      explanation="一个总数和其完整列举的各组成项都给出与上年（决算中也可是与年初预算）相比的增减额时，各项增减额之和应等于总数的"
      "增减额，例如“‘三公’经费比上年增加 0 万元，其中：因公出国（境）费增加 0 万元，公务用车运行费增加 0 万元……”；"
      "括号内列出组成的项（公务用车购置及运行费的购置费与运行维护费）同样检查。文中别处写明为 0 的项可以不列。" + SUM_TOLERANCE +
      "总增减额印得比某一项粗（“减少19万元”，其中一项“减少2.5万元”）时，可能是各项之和按其精度舍入，按其印出的精度计。" +
      "总数的增减之后写“主要变动原因如下：”，再逐条编号写出各组成项的增减（“1.工资福利支出较上年增18.67万元……2.商品和服务支出"
      "较上年减0.04万元……”）的，也是列举，各项为完整划分（如基本支出的各经济分类类）时同样检查。" +
      "\n错误示例：“‘三公’经费比上年预算减少 2 万元，其中：公务接待费减少 1 万元，公务用车运行费减少 3 万元，因公出国（境）"
      "费增加 0 万元，公务用车购置费增加 0 万元”——各项合计变动为 −4。")
def list_changes_add_up(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """When a whole and a complete list of its parts each state their change — against last year, or in
    final accounts against the budget — the parts' changes add up to the whole's: "“三公”经费比上年增加
    0 万元，其中：因公出国（境）费增加 0 万元，公务用车运行费增加 0 万元 …"; the same for a part with its
    own parts ("公务用车购置及运行费…（公务用车购置费…，运行维护费…）"). A list is complete when its parts
    are a known partition (a part stated as 0 elsewhere may be left out), or add up to the whole.
    `expected`/`actual` are the sizes of the changes (the sum of the parts', the whole's as printed).

    Failing example: "“三公”经费比上年预算减少 2 万元，其中：公务接待费减少 1 万元，公务用车运行费减少
    3 万元，因公出国（境）费增加 0 万元，公务用车购置费增加 0 万元" — the parts change by −4.
    """
    for lst in [*resolved_lists(ctx), *_changes_listed_below(ctx)]:
        if not lst.whole.money or lst.whole.change(PRIOR) is None and lst.whole.change(BUDGET) is None:
            continue  # the whole states no change: nothing to add up
        flat = lst.flat
        if not flat:
            continue
        values = _values(flat)
        complete = lst.exhaustive() or _complete_but_zeros(ctx, lst) or (
            values is not None and lst.whole_value is not None
            and sum((v.value for v in values), ZERO) == lst.whole_value)
        if not complete:
            continue
        for basis in (PRIOR, BUDGET):
            delta = lst.whole.change(basis)
            if delta is None or any(p.change(basis) is None for p in flat):
                continue
            half = lst.whole.delta_half if basis == PRIOR else lst.whole.budget_delta_half
            if basis == PRIOR:
                half = coarser_half(lst.whole.delta_printed, [p.delta_printed for p in flat], half)
            whole = Fig(delta, half or HALF_CENT)
            parts = [Fig(p.change(basis), (p.delta_half if basis == PRIOR else p.budget_delta_half) or HALF_CENT)
                     for p in flat]  # type: ignore[arg-type]
            total = sum((p.value for p in parts), ZERO)
            diff = whole.value - total
            if diff == 0:
                continue
            c = lst.whole
            bound = whole.half + sum((p.half for p in parts), ZERO)
            what = f"文中“{c.subject}”的增减额"
            if abs(diff) <= bound:
                yield ctx.rounding(rule, claim_where(c), what, whole.value, total, len(parts) + 1, bound)
                continue
            word = "增加" if delta >= 0 else "减少"
            yield rule.finding(claim_where(c), expected=amount(c, abs(total)), actual=amount(c, abs(delta)),
                            fix=f"核对各项增减额与总增减额：各项合计{'增加' if total >= 0 else '减少'} "
                                f"{amount_u(c, abs(total))}",
                            subject=c.subject, base="上年" if basis == PRIOR else "预算",
                            change=f"{word} {amount_u(c, abs(delta))}", word="增减",
                            parts_change=f"{'增加' if total >= 0 else '减少'} {amount_u(c, abs(total))}")


# "…较上年增17.1万元，增幅17.18%。主要变动原因如下：" — the list announced, and each numbered item after it
_AS_FOLLOWS = re.compile(r"如下[:：]\s*$")


def _changes_listed_below(ctx: Context) -> list[Resolved]:
    """A change of a whole announced as explained below ("基本支出预算较上年增17.1万元…。主要变动原因如下：") and
    the numbered items right after it, each a part of the whole stating its own change ("1.工资福利支出较上年增
    18.67万元…。2.商品和服务支出较上年减0.04万元…"): a list of the whole for T311, which adds it up only
    when its parts are all of the whole (a known partition, the economic 类 of 基本支出). Only the items
    that follow one another, each opening a numbered item of its own, each with a change, are parts: the
    reasons that such a list gives between them name no amount the list counts."""
    announcing = {id(flow) for flow in ctx.text.flows.values() if "如下" in flow.text}
    if not announcing:
        return []  # no list announced (most documents)
    claims = ctx.text.claims
    out: list[Resolved] = []
    for i, whole in enumerate(claims):
        if id(whole.flow) not in announcing or whole.delta is None and whole.budget_delta is None \
                or not whole.money or whole.parent is not None:
            continue  # (most claims): no change to explain below
        text = whole.flow.text
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        if nxt is None or nxt.flow is not whole.flow or text.find("如下", whole.end, nxt.start) < 0:
            continue
        head = text[whole.end:nxt.start]
        cut = head.find("如下")
        if not _AS_FOLLOWS.search(head[:cut + 3]) or not _numbered(head[cut + 3:]):
            continue
        parts, prev = [], whole
        for c in claims[i + 1:]:
            if c.flow is not whole.flow or c.unit != whole.unit or c.change(PRIOR) is None and c.change(BUDGET) is None:
                break
            between = text[prev.end:c.start]
            if prev is not whole and not _numbered(between[max(between.rfind("。"), between.rfind("\n")) + 1:]):
                break
            parts.append(c)
            prev = c
        if len(parts) < 2:
            continue
        keys = [(ref.key if (ref := referent(ctx, p)) is not None else None) for p in parts]
        wref = referent(ctx, whole)
        group = ListGroup(whole.flow, "如下", {whole.unit: whole}, parts, start=parts[0].start, end=parts[-1].end)
        out.append(Resolved(group, whole, whole.value, _half(whole), parts, [], keys,
                            wref.key if wref is not None else (vocabulary_key(whole.subject) or whole.quantity or None)))
    return out


def _numbered(words: str) -> bool:
    """The words before an item's amount open a numbered item ("\n2.商品和服务支出较上年减")."""
    return LEAD_ENUM.match(words.strip()) is not None


def _complete_but_zeros(ctx: Context, lst: Resolved) -> bool:
    """The parts cover a partition but for items the text states as 0 (this year) elsewhere."""
    keys = {k for k, p in zip(lst.keys, lst.parts, strict=True) if p not in lst.nested}
    if None in keys or not keys:
        return False
    zero = {c.quantity for c in ctx.text.claims if c.value == 0 and c.flow is lst.group.flow}
    return any(keys <= part and part - keys <= zero and len(keys) >= 1 for part in PARTITIONS)


@rule("T312", "prior-year-agrees", Severity.WARNING,
      "由不同语句推得的同一上年数一致",
      "由“{a}”推得上年数 {a_s} 万元，由“{b}”推得 {b_s} 万元，两者应为同一数",
      explanation="文字给出本年数 X 和增减额 A 时，即隐含上年数 X − A。同一笔钱在两处表述，只能隐含同一个上年数：第三部分 二 的"
      "一般公共预算与五 中基本支出、项目支出之和；收入与支出（两年的预算都收支平衡）。这是警告：说明可能与上年预算的"
      "不同版本比较，但那样应当写明。"
      "允许误差：每个推得的上年数由两个公布数字算出，按每个数字 0.005 万元累计舍入范围。"
      "\n错误示例：（样例数据）一般公共预算 834.94 万元，比上年减少 78.58 万元 → 上年 913.52；而同为 834.94 万元的"
      "基本支出 605.94（+66.22）和项目支出 229.00（−161.00）推得 539.72 + 390.00 = 929.72。")
def prior_year_agrees(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Last year's amount is what the text implies when it states this year's amount and the change
    (X − A). The same money stated in two places implies one prior: 一般公共预算 in 第三部分 二 and the sum
    of 基本支出 and 项目支出 in 五; 收入 and 支出 (a budget balances in both years). A warning: the
    explanations may compare with different versions of last year's budget, but then they should say so.

    Failing example (the seed): 一般公共预算 834.94 万元, 比上年减少 78.58 → 913.52 last year; but 基本支出
    605.94 (+66.22) and 项目支出 229.00 (−161.00) of the same 834.94 imply 539.72 + 390.00 = 929.72.
    """
    implied: dict[tuple[str, Decimal], list[tuple[Decimal, Decimal, str, Claim]]] = {}

    def note(key: str, current: Decimal, prior: Decimal, half: Decimal, label: str, claim: Claim) -> None:
        implied.setdefault((SAME_MONEY.get(key, key), current), []).append((prior, half, label, claim))

    for c in claim_kinds(ctx).changed:
        if c.money and c.value is not None and c.delta is not None:
            ref = referent(ctx, c)
            if ref is not None and not ref.key.startswith("project:"):
                note(ref.key, c.value, c.value - c.delta, 2 * HALF_CENT, c.subject, c)
    for lst in resolved_lists(ctx):
        if lst.whole_value is None or not lst.whole.money or lst.whole.delta is not None:
            continue
        flat = lst.flat
        values = _values(flat)
        if not flat or values is None or any(p.delta is None for p in flat):
            continue
        if sum((v.value for v in values), ZERO) != lst.whole_value:
            continue
        ref = referent(ctx, lst.whole)
        if ref is None:
            continue
        prior = sum((p.value - p.delta for p in flat), ZERO)  # type: ignore[operator]
        label = "、".join(p.subject for p in flat)
        note(ref.key, lst.whole_value, prior, 2 * HALF_CENT * len(flat), label, lst.whole)
    for (_key, _current), entries in implied.items():
        first = entries[0]
        for other in entries[1:]:
            if abs(first[0] - other[0]) > first[1] + other[1]:
                yield rule.finding(claim_where(other[3]), expected=num(first[0]), actual=num(other[0]),
                                fix="核对上年数与增减额：同一笔钱的上年数只能有一个",
                                a=first[2], a_s=num(first[0]), b=other[2], b_s=num(other[0]))
                break


@rule("T314", "item-priors-within-total", Severity.WARNING,
      "各项的上年数之和不超过上年总数",
      "第三部分 五（三）所列各项的上年数合计已达 {items_s} 万元，超过由“{whole}”推得的上年总数 {total_s} 万元",
      explanation="第三部分 五（三）逐项给出一般公共预算当年拨款的本年数和增减额，每项都隐含该项的上年数。上年数不为负，因此"
      "所列各项的上年数之和（即使有的项没有列出）不能超过文字别处隐含的上年一般公共预算总数（第三部分 二，或五（一）"
      "的基本支出 + 项目支出）。这是警告，与 T312 相同。"
      "允许误差：每个推得的上年数按 2 × 0.005 万元计舍入范围，累计后才判断是否超过。"
      "\n错误示例：（样例数据）五（三）所列各项推得上年 420.03 + 30 + 160 + 22.70 + 200 + 38.15 + 20.55 + 28.89 = "
      "920.32 万元，而一般公共预算 834.94 万元“比上年预算减少 78.58 万元”推得 913.52 万元。")
def item_priors_within_total(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """第三部分 五（三） states this year's amount and the change for 项 after 项 of 一般公共预算当年拨款; each
    implies last year's amount for that 项. Last year's amounts are not negative, so those of the listed
    项 — even when some 项 are not listed — add up to no more than last year's whole 一般公共预算 that
    the text implies elsewhere (第三部分 二, or 基本支出 + 项目支出 in 五（一）). A warning, like T312.

    Failing example (the seed): the 项 of 五（三） imply 420.03 + 30 + 160 + 22.70 + 200 + 38.15 + 20.55 +
    28.89 = 920.32 万元 for last year, while 一般公共预算 834.94 万元 “比上年预算减少 78.58 万元” implies
    913.52 万元.
    """
    items = [c for c in claim_kinds(ctx).changed if c.section.startswith(SectionKey.GENERAL_APPROPRIATION) and c.code and len(c.code) == 7
             and c.money and c.value is not None and c.delta is not None]
    if not items:
        return
    total = sum((c.value - c.delta for c in items), ZERO)  # type: ignore[operator]
    bound = 2 * HALF_CENT * len(items)
    seen: set[Decimal] = set()
    for c in claim_kinds(ctx).changed:
        if not c.money or c.value is None or c.delta is None or c.section.startswith(SectionKey.GENERAL_APPROPRIATION_USE):
            continue
        ref = referent(ctx, c)
        if ref is None or ref.key != "general_budget":
            continue
        prior = c.value - c.delta
        if total - prior > bound + 2 * HALF_CENT and prior not in seen:
            seen.add(prior)
            yield rule.finding(claim_where(c), expected=f"≥ {num(total)}", actual=num(prior),
                            fix="核对上年数：各项上年数之和不能超过上年总数", items_s=num(total), whole=c.subject,
                            total_s=num(prior))
