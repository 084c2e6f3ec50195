"""Claims checked against each other, with no table: T315 a change against the two amounts it compares,
T316 a final account's 决算数 against its 预算数 (完成预算%, 大于/小于/等于), T317 one quantity stated
twice, T318 the shares of one total adding to more than 100%."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from yusuan.model.claims import BUDGET, PRIOR, Claim
from yusuan.money import ZERO
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.tables import HALF_CENT
from yusuan.rules.text.changes import known_base, rate_fits
from yusuan.rules.text.common import amount, amount_u, claim_where, percent_fits, plain_pct, ratio_interval
from yusuan.rules.text.index import claim_kinds, claims_of_quantity
from yusuan.rules.text.subjects import (
    NESTED_IN,
    PARTITIONS,
    part_family,
    referent,
    stated_value,
    text_denominators,
)

_ADJUSTED = re.compile(r"全年|调整")
_FISCAL_WORDS = re.compile("一般公共预算|财政拨款")
_DENOMINATOR_END = re.compile(r"(的|总额|数)$")
HUNDRED = Decimal(100)
MORE = ("大于", "高于", "超过", "多于")
LESS = ("小于", "低于", "少于")
EQUAL = ("等于", "持平", "相等", "相同", "一致")


def _half(c: Claim) -> Decimal:
    return c.half or HALF_CENT


def prior_statements(ctx: Context, c: Claim) -> list[Claim]:
    """Last year's amount of the same quantity, stated as a claim of its own in the same section
    ("2021年的三公经费决算数合计为807.95万")."""
    if not c.quantity:
        return []
    return [p for p in claims_of_quantity(ctx, c.quantity) if p is not c and p.flow is c.flow and p.period == PRIOR
            and p.value is not None and p.unit == c.unit and p.per_unit is None]


@rule("T315", "change-of-stated-amounts", Severity.ERROR,
      "增减额 = 本年数 − 所述上年数（或预算数）",
      "文中“{subject}”{amount}，{base_word} {base}，{said}，两数之差为 {expected_s}",
      explanation="文字同时写出增减比较的两个数额——本年数与上年数（“较2024年的2190万元减少221万元”，或另一句所述的上年数："
      "“2021年的三公经费决算数合计为807.95万”），或决算数与预算数——时，所述增减额应等于两数之差；“无增减”“无变化”"
      "“持平”表示差为零。决算中“三公”经费各项的预算数文中未写而表10 印有时，以表10 的预算数为准（“公务接待费支出"
      "5.21万元，与2021年度预算相比，减少0.1万元”，表10 预算数 14.9 万元：应减少 9.69 万元）。"
      "增减额之后的增减率（“对比减少4.35万元；减少率35.22%”）若是随错误的增减额算出的，同一发现一并给出其应有值。"
      "允许误差：三个数字各按其最后一位的半个单位（金额至少按所用单位的 0.005）。"
      "\n错误示例：2022年“三公”经费决算数 1000.86 万元，2021年 807.95 万元，文中称“相较于上年增加275.76万元”——"
      "差为 192.91 万元。")
def change_of_stated_amounts(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """When the text states both amounts a change compares — this year's and last year's ("较2024年的
    2190万元减少221万元"; last year's amount in a sentence of its own: "2021年的三公经费决算数合计为
    807.95万"), or in final accounts the 决算数 and the 预算数 ("预算为14.9万元…与预算相比减少0.1万元")
    — the change it states is their difference; "无增减", "无变化", "持平" say the difference is zero.
    In final accounts a “三公” item's budget the text does not state is 表10's 预算数 ("公务接待费支出5.21
    万元，与2021年度预算相比，减少0.1万元" beside 表10's 14.9: the difference is 9.69).
    Accepted within the rounding of the three printed figures.

    Failing example: "2022年的三公经费决算数合计为1000.86万 … 2021年的三公经费决算数合计为807.95万 …
    2022年三公经费决算数相较于上年增加275.76万元" — 1000.86 − 807.95 = 192.91.
    """
    for c in ctx.text.claims:
        if c.delta is None and c.budget_delta is None and not c.same_as:
            continue  # states no change against either basis (most claims): nothing below would compare
        if not c.money or c.period != "current" or c.per_unit is not None:
            continue
        if c.value is None:  # "2022年三公经费决算数相较于上年增加275.76万元": the amount is stated elsewhere
            current = stated_value(ctx, c.quantity, c)
            if current is None or current.change(PRIOR) is not None or c.delta is None:
                continue
            c = replace(c, value=current.value, half=current.half)
        for basis in (PRIOR, BUDGET):
            delta = c.change(basis)
            if delta is None and basis not in c.same_as:
                continue  # states no change against this basis (the common case): nothing to compare
            bases: list[tuple[Decimal, Decimal, str]] = []
            if (known := known_base(ctx, c, basis)) is not None:
                bases.append(known)
            elif basis == PRIOR and delta is not None:
                bases += [(p.value, _half(p), "文中") for p in prior_statements(ctx, c)][:1]  # type: ignore[misc]
            if not bases:
                continue
            base, base_half, source = bases[0]
            diff = c.value - base
            dh = c.delta_half if basis == PRIOR else c.budget_delta_half
            same = c.same_as.get(basis)
            if delta is None:
                if same is None or same[0] == "基本持平":
                    continue
                delta, dh = ZERO, ZERO
            if abs(diff - delta) <= _half(c) + base_half + dh:
                continue
            word = ("上年数" if basis == PRIOR else "预算数") if source == "文中" else f"{source} 预算数"
            said = f"文中称{same[0]}" if same is not None and delta == 0 else \
                f"文中称{'增加' if delta >= 0 else '减少'} {amount_u(c, abs(delta))}"
            expected_s = f"{'增加' if diff >= 0 else '减少'} {amount_u(c, abs(diff))}"
            rate_said, rate_fix = _rate_after(c, basis, diff, base, base_half, delta, dh)
            yield rule.finding(claim_where(c), expected=amount(c, abs(diff)), actual=amount(c, abs(delta)),
                            fix=f"核对增减额：本年数与{word}之差为{expected_s}{rate_fix}",
                            subject=c.subject, amount=amount_u(c, c.value), base_word=word,
                            base=amount_u(c, base), said=said + rate_said, expected_s=expected_s)


def _rate_after(c: Claim, basis: str, diff: Decimal, base: Decimal, base_half: Decimal, delta: Decimal,
                dh: Decimal) -> tuple[str, str]:
    """The rate stated after a wrong change, when it was worked out from that change ("2015年预算12.5万元；对比
    减少4.35万元；减少率35.22%" — 4.35 / (8 + 4.35)): it is wrong with the change, and T303 leaves it to this
    finding, which names it and gives its right value too (4.5 / 12.5 = 36.00%). (words for the message, for
    the fix), or empty words."""
    rate = c.change_rate(basis)
    if rate is None or base <= 0 or rate_fits(rate, diff, c.half + base_half, base, base_half) \
            or not rate_fits(rate, delta, dh, c.value - delta, c.half + dh):  # type: ignore[operator]
        return "", ""
    stated = plain_pct(abs(rate.value), rate.places)
    expected = plain_pct(100 * abs(diff) / base, rate.places)
    return f"（{'增长' if delta >= 0 else '下降'} {stated}%）", f"；所述增减率随之有误，应为 {expected}%"


@rule("T316", "budget-versus-actual", Severity.ERROR,
      "决算数与预算数：完成预算比例及“大于/小于/等于”与两数相符",
      "文中“{subject}”预算数 {budget_s}，决算数 {actual_s}，{said}",
      explanation="决算在决算数旁写出年初预算数（“支出预算为3万元，支出决算为1.71万元，完成预算的43%”）时，完成预算的比例应为"
      "决算数 ÷ 预算数；“决算数大于/小于/等于预算数”应与两数的大小相符。所印比例恰为 100% 减去应有比例时，提示"
      "可能把下降（节约）比例写成了完成率。同时写出年初预算与调整后的全年预算时，按文中所称的那个核对（“完成年初预算的"
      "95.89%”）；年初预算为 0 时不存在完成比例，所印比例恰为按另一预算数计算的，提示会指出；未说明是哪个预算的不检查。"
      "只写出决算数与预算数之差的（“完成年初预算100%，决算数大于预算数55.93万元”），预算数为决算数减去差额。"
      "允许误差：两个金额各按其最后一位的半个单位取值，按比例所公布的精度核对。"
      "\n错误示例：“支出预算为3万元，支出决算为1.71万元，完成预算的43%”——1.71 / 3 = 57%。")
def budget_versus_actual(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Final accounts state the 年初预算数 beside the 决算数: "支出预算为3万元，支出决算为1.71万元，完成
    预算的43%", "决算数小于预算数的主要原因是…". The completion rate is 决算数 ÷ 预算数 (within the
    rounding of both amounts and of the rate); "大于/小于/等于（持平）" must say how the two compare. When
    the printed rate is 100% minus the right one, the finding says that the rate of decrease (the
    saving) was printed as the completion rate. With both a 年初预算 and an adjusted 全年预算 stated, the
    rate is checked against the one it names ("完成年初预算的95.89%"); a 年初预算 of 0 has no completion
    rate, and the finding says when the printed rate is the other budget's. A budget stated as the difference
    ("完成年初预算100%，决算数大于预算数55.93万元") is the 决算数 less it.

    Failing example: "支出预算为3万元，支出决算为1.71万元，完成预算的43%" — 1.71 / 3 = 57%.
    """
    for c in claim_kinds(ctx).budgeted:
        if c.budget is None or c.value is None or not c.money:
            continue
        done = c.completion
        budget, budget_half, other, word = c.budget, c.budget_half or HALF_CENT, None, "预算"
        if c.other_budget is not None:
            # "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%"
            named = done.denominator if done is not None else ""
            initial = "年初" in c.raw_subject or not _ADJUSTED.search(c.raw_subject)
            if named == "年初" and initial or named and named != "年初" and not initial:
                other = c.other_budget
            elif named:
                budget, budget_half, other = c.other_budget, HALF_CENT, c.budget
            else:
                continue  # which of the two budgets is meant is not said
            word = "年初预算" if named == "年初" else "全年预算"
        fields = dict(subject=c.subject, budget_s=amount_u(c, budget), actual_s=amount_u(c, c.value))
        if done is not None and budget == 0 and other and done.value and c.value:
            hint = ""
            if percent_fits(done.value, done.half, ratio_interval(c.value, _half(c), other, HALF_CENT)):
                hint = f"；{done.printed}% 恰为决算数占另一预算数 {amount_u(c, other)} 的比例"
            yield rule.finding(claim_where(c), expected=f"{word}为 0，无完成比例", actual=done.printed,
                            fix=f"核对所称的预算{hint}",
                            said=f"{word}为 0，文中却称完成{word}的 {done.printed}%{hint}", **fields)
        elif done is not None and budget > 0:
            interval = ratio_interval(c.value, _half(c), budget, budget_half)
            if not percent_fits(done.value, done.half, interval):
                right = 100 * c.value / budget
                expected = plain_pct(right, done.places)
                hint = ""
                if percent_fits(done.value, done.half, (HUNDRED - interval[1], HUNDRED - interval[0])):  # type: ignore[index]
                    hint = f"；{done.printed}% 恰为 100% 减去完成比例，疑似把下降（节约）比例写成了完成率"
                elif other and percent_fits(done.value, done.half, ratio_interval(c.value, _half(c), other, HALF_CENT)):
                    hint = f"；{done.printed}% 恰为决算数占另一预算数 {amount_u(c, other)} 的比例"
                yield rule.finding(claim_where(c), expected=expected, actual=done.printed,
                                fix=f"完成{word}的比例应为 {expected}%{hint}",
                                said=f"完成{word}的比例应为 {expected}%，文中为 {done.printed}%", **fields)
        if c.versus_budget is None or c.other_budget is not None:
            continue
        word, _ = c.versus_budget
        diff = c.value - c.budget
        bound = _half(c) + (c.budget_half or HALF_CENT)
        if word in MORE:
            wrong, right_word = diff <= 0, "小于" if diff < 0 else "等于"
        elif word in LESS:
            wrong, right_word = diff >= 0, "大于" if diff > 0 else "等于"
        elif word in EQUAL:
            wrong, right_word = abs(diff) > bound, "大于" if diff > 0 else "小于"
        else:
            continue
        if wrong and not (word not in EQUAL and abs(diff) <= bound and diff != 0):
            yield rule.finding(claim_where(c), expected=right_word, actual=word,
                            fix=f"决算数{right_word}预算数", said=f"文中称决算数{word}预算数", **fields)
    yield from _completion_by_difference(ctx, rule)


def _completion_by_difference(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """"完成年初预算100%，决算数大于预算数55.93万元": the budget is the 决算数 less the difference."""
    for c in ctx.text.claims:
        done, over = c.completion, c.budget_delta
        if done is None or over is None or c.budget is not None or c.value is None or not c.money:
            continue
        budget = c.value - over
        if budget <= 0:
            continue
        interval = ratio_interval(c.value, _half(c), budget, _half(c) + (c.budget_delta_half or HALF_CENT))
        if percent_fits(done.value, done.half, interval):
            continue
        expected = plain_pct(100 * c.value / budget, done.places)
        word = "大于" if over > 0 else "小于"
        yield rule.finding(claim_where(c), expected=expected, actual=done.printed,
                           fix=f"完成预算的比例应为 {expected}%", subject=c.subject,
                           budget_s=f"{amount_u(c, budget)}（决算数{word}预算数 {amount_u(c, abs(over))}）",
                           actual_s=amount_u(c, c.value), said=f"完成预算的比例应为 {expected}%，文中为 {done.printed}%")


def _role(ctx: Context, c: Claim) -> str:
    if ctx.final and c.budget is None and "预算" in c.raw_subject and "决算" not in c.raw_subject:
        return "budget"
    return "actual"


# (the look-ahead for the characters the words begin with fails at once elsewhere: without it every word is
# tried at every character, the \d{4} keeping the search from skipping ahead by itself)
_STRIP = re.compile(r"(?=[\d本全当合总共支决预数为是的\"“”])"
                    r"(?:\d{4}年度?|本年度?|全年|当年|合计|总计|共计|总额|支出决算|决算数|预算数|数|为|是|的|[\"“”])")


THREE = ("three_total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation")
_THREE_NAME = re.compile(r"三公|因公出国|出国|公务接待|公务用?车|公车|接待费")
_SCOPE_FILLER = re.compile(r"一般公共预算|财政拨款|安排的?|使用|资金|支出|[()（）]")


def _stripped(ctx: Context, subject: str) -> str:
    """`_STRIP.sub("", subject)`, once per subject of a document (T317 and W720 ask for most claims, and the
    subjects repeat: "公务接待费", "基本支出")."""
    done = ctx.memo.setdefault("stripped_subjects", {})
    stripped = done.get(subject)
    if stripped is None:
        stripped = done[subject] = _STRIP.sub("", subject)
    return stripped


def _same_key(ctx: Context, c: Claim) -> tuple[str, str, str] | None:
    subject = _stripped(ctx, c.subject)
    if len(subject) < 4 or c.quantity.startswith("text:") and not _FISCAL_WORDS.search(subject):
        return None
    if c.quantity in THREE:
        # whose “三公”: "区直…“三公”经费" is not the district's; the department's own name may be left out
        scope = _SCOPE_FILLER.sub("", _THREE_NAME.split(subject)[0])
        return (f"{c.quantity}:{scope}", c.period, _role(ctx, c))
    return (subject, c.period, _role(ctx, c))


@rule("T317", "same-quantity-twice", Severity.WARNING,
      "同一数额在文中两处所述一致",
      "文中“{subject}”一处为 {first}，另一处为 {second}",
      explanation="同一数额（同一说法、同一年度、同为预算数或决算数；“三公”经费及各项不论名称写法）在文中各处应一致：同一部分内"
      "都检查；不同部分之间，只在说法点明资金范围（“一般公共预算财政拨款基本支出”）或为“三公”数额时检查，因为"
      "“基本支出”在第三部分 三 与五 中范围不同。列举中的组成项只在其所属整体内有意义，不参与比较。"
      "允许误差：两处精度不同时按较粗的一处。这是警告：同样的说法仍可能指不同范围（某类的项目支出与全部项目支出）。"
      "\n错误示例：一处“公务接待费支出决算为0.53万元”，另一处“公务接待费支出0.35万元”。")
def same_quantity_twice(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """One quantity — the same words for the same year and the same role (预算数 or 决算数), or a “三公”
    item under any of its names — has one value wherever the text states it: in one section, or in two
    sections when the words name the fund ("一般公共预算财政拨款基本支出") or it is a “三公” figure, whose
    scope does not change with the section. Printed to different precision, the coarser one decides. A
    warning: the same words may still name two scopes ("项目支出" of a 类 and of the whole).

    Failing example: "公务接待费支出决算为0.53万元" in 一 and "公务接待费支出0.35万元" in 二.
    """
    seen: dict[tuple[str, str, str], Claim] = {}
    for c in ctx.text.claims:
        if c.value is None or c.per_unit is not None or c.threshold or c.project or not c.money:
            continue
        if c.rate is not None and c.delta is None:
            continue  # "…决算174,732.10元，增长176.55%": the change with its word left out, or the amount
        key = _same_key(ctx, c)
        if key is None or c.parent is not None and key[0].split(":")[0] not in THREE:
            continue  # "教育支出…，其中基本支出…": a part is the part of its own whole
        three = key[0].split(":")[0] in THREE
        first = seen.get(key)
        if first is None and three and key[0].split(":")[1]:
            first = seen.get((key[0].split(":")[0] + ":", key[1], key[2]))  # the name left out in one of them
        elif first is None and three:
            first = next((v for k, v in seen.items() if k[0].startswith(key[0]) and k[1:] == key[1:]), None)
        if first is None or (first.flow is not c.flow and not three and not _FISCAL_WORDS.search(c.subject)):
            seen.setdefault(key, c)
            continue
        if abs(first.value - c.value) <= max(_half(first), _half(c)):  # type: ignore[operator]
            continue
        yield rule.finding(claim_where(c), expected=amount(c, first.value), actual=amount(c, c.value),  # type: ignore[arg-type]
                        fix=f"核对两处数字：另一处为 {amount_u(c, first.value)}（{first.sentence[:40]}）",  # type: ignore[arg-type]
                        subject=c.subject, first=amount_u(c, first.value), second=amount_u(c, c.value))  # type: ignore[arg-type]


DISJOINT = {k for part in PARTITIONS for k in part}


def _disjoint_key(ctx: Context, c: Claim) -> bool:
    """A part known not to overlap its siblings: a member of a known partition, or a functional 类."""
    if c.quantity in DISJOINT:
        return True
    ref = referent(ctx, c)
    return ref is not None and ref.key.startswith("code:") and len(ref.key) == 8


@rule("T318", "shares-add-up", Severity.ERROR,
      "同一总数的各项占比之和不超过 100%",
      "文中各项占{base}的比例（{items}）合计 {total}%，超过 100%",
      explanation="文中对同一总数（“占”字后同样的说法，或同一列举）给出的各部分占比，在各部分互不包含时（基本/项目支出、人员/"
      "公用经费、“三公”各项、货物/工程/服务、各功能分类类级科目），合计不能超过 100%。只合计同一种划分的各部分："
      "项目支出与各功能分类类同占“支出总预算”，但二者相互包含，不相加。"
      "允许误差：每个占比可差其最后一位一个单位。"
      "\n错误示例：“基本支出预算 2476260.58 元，占一般公共预算支出的 84.06%……项目支出 469500 元，占一般公共预算"
      "支出的 19.62%”——合计 103.68%。")
def shares_add_up(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """The shares that the text gives of one total — the same words after 占, or the same total they
    resolve to, or the parts of one list — for parts known not to overlap (基本/项目支出, 人员/公用经费,
    the “三公” items, 货物/工程/服务, the 类 of functional classification) cannot add up to more than 100% beyond the
    rounding of each (one unit of the last digit per share). Only parts of one partition are added up: 项目支出
    and the 类 may both be shares of "支出总预算", but they overlap.

    Failing example: "基本支出预算 2476260.58 元，占一般公共预算支出的 84.06% … 项目支出 469500 元，
    占一般公共预算支出的 19.62%" — 103.68%.
    """
    groups: dict[tuple[int, str], list[Claim]] = {}
    for c in claim_kinds(ctx).shared:
        if c.share is None or c.value is None or c.per_unit is not None:
            continue
        words = _DENOMINATOR_END.sub("", c.share.denominator)
        if words:
            key = words
        elif c.parent is not None:
            key = f"list:{id(c.parent)}"
        else:
            ds = text_denominators(ctx, c)
            if not ds:
                continue
            key = f"={ds[0][0]}"
        groups.setdefault((id(c.flow), key), []).append(c)
    families: dict[tuple[int, str], list[Claim]] = {}
    for (flow, key), items in groups.items():
        for c in items:
            if _disjoint_key(ctx, c):
                # parts of one partition only: 项目支出 and the 类 are no two parts of one whole
                family = "three" if c.quantity in THREE else (part_family(ctx, c) or "")
                families.setdefault((flow, f"{key}\x00{family}"), []).append(c)
    for (_, fkey), items in families.items():
        key = fkey.split("\x00")[0]
        quantities = {c.quantity for c in items}
        items = [c for c in items if NESTED_IN.get(c.quantity) not in quantities]
        seen: set[str] = set()
        unique = []
        for c in items:
            if c.quantity and c.quantity in seen:
                continue
            seen.add(c.quantity)
            unique.append(c)
        if len(unique) < 2:
            continue
        total = sum((c.share.value for c in unique), ZERO)  # type: ignore[union-attr]
        bound = sum((2 * c.share.half for c in unique), ZERO)  # type: ignore[union-attr]
        if total <= HUNDRED + bound:
            continue
        base = key if not key.startswith(("=", "list:")) else "同一总数"  # a list has no words for its total
        places = max(c.share.places for c in unique)  # type: ignore[union-attr]
        yield rule.finding(claim_where(unique[-1]), expected="100", actual=plain_pct(total, places),
                        fix="核对各项占比：同一总数的各部分占比之和不能超过 100%",
                        base=base, items="、".join(f"{c.subject} {c.share.printed}%" for c in unique),  # type: ignore[union-attr]
                        total=plain_pct(total, places))
