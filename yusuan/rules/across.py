"""X29x — checks across two documents of one department: what a document states about another year or
kind against what that other document published.

Single-document rules (`registry.py`) see one `Disclosure`; these need a second document, so they live in
a catalogue of their own, run by the store (`yusuan/store/across.py`) wherever it holds the pair — at
import, upload and recheck. They are pure: the document checked, and the other document's key figures as
published (`model.figures.key_figures`, in 万元, under its dotted keys: `basic`, `three_public.reception` …).

- **X290** this year's 上年数 (the prior-year amount a sentence implies: the amount less its stated
  change, or last year's amount stated outright, or 0 for "上年未安排") against last year's published
  figure of the same kind of document (预算 against last year's 预算, 决算 against last year's 决算).
- **X291** a 决算's 年初预算数 (表10's 预算数 column, or "年初预算为…" in its text) against the 预算
  published for that year.

Both are warnings: a budget adjusted during the year is a legitimate reason for a difference, which the
document should then say. Only a sentence whose own amount is the document's key figure is read (a
"一般公共预算拨款…其中：基本支出" clause is about a part, not the figure last year published).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal

from yusuan.model.claims import PRIOR
from yusuan.model.disclosure import Disclosure, TableId
from yusuan.model.figures import key_figures
from yusuan.model.stated import Stated, stated_figures
from yusuan.model.vocabulary import KEY_FIGURE_NAMES, THREE_PUBLIC_NAMES
from yusuan.money import MoneyUnit, convert
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule
from yusuan.rules.text.common import claim_where, num

HALF = Decimal("0.005")  # half a unit of a figure printed in 万元 with two decimals
CHECKED = ("income_total", "expenditure_total", "basic", "project", *(f"three_public.{k}" for k in THREE_PUBLIC_NAMES),
           "operating_costs")
FIGURE_NAMES = {key: KEY_FIGURE_NAMES[key] for key in CHECKED}
T10_ROWS = {key: f"three_public.{key}" for key in THREE_PUBLIC_NAMES}
# a budget compares with last year's budget; a sentence naming last year's 执行数 or 决算 compares with something
# no budget document published
NOT_LAST_BUDGET = re.compile(r"(上年|上一年度?|去年|\d{4}年度?)(的)?(实际)?(执行|决算|实际支出|支出决算)")



@dataclass(frozen=True)
class Published:
    """The other document: how to name it ("2023年预算") and its key figures in 万元 (dotted keys)."""

    label: str
    figures: Mapping[str, Decimal | None]

    @classmethod
    def of(cls, label: str, disclosure: Disclosure) -> Published:
        return cls(label, flatten(key_figures(disclosure)))


def flatten(figures: Mapping) -> dict[str, Decimal | None]:
    """`key_figures` output → {"basic": Decimal, "three_public.reception": Decimal, …} (money only)."""
    out: dict[str, Decimal | None] = {}
    for key in FIGURE_NAMES:
        head, _, tail = key.partition(".")
        value = (figures.get(head) or {}).get(tail) if tail else figures.get(head)
        out[key] = None if value is None else Decimal(str(value))
    return out


PRIOR_YEAR = Rule(
    "X290", "prior-year-figures", Severity.WARNING, "上年数与上年公开的数字一致",
    "{what}的上年数为{stated}万元，与已公开的{other}（{published}万元）不一致，相差{diff}万元",
    check=None,
    doc="""This year's prior-year figure (上年数) agrees with last year's published document of the same kind.

The prior-year amount a sentence implies — its amount less the change it states ("基本支出605.94万元，比
上年预算增加66.22万元": 539.72), last year's amount stated outright ("上年预算数为20.12万元"), or 0 for
"（上年未安排）" — must equal, within the rounding of the printed figures, the figure last year's 预算
(for a 预算; last year's 决算 for a 决算) of the same department published. Failing example: the 2024
budget says "基本支出650.00万元，比上年预算增加44.06万元" (so 605.94 last year) while the stored 2023
budget published 基本支出 610.94万元.""",
    explanation="""本年文件说明中“比上年增加（减少）”所隐含的上年数（本年金额减去增减额，或直接写明的上年数，“上年未安排”为0），
应与数据库中同一部门上一年度已公开的同类文件（预算对预算，决算对决算）的相应数字一致（在印刷数字的舍入范围内）。
不一致时，可能是上年数抄错、增减额算错，或上年预算在年中作了调整——后者应在说明中写明。
错误示例：2024年预算写“基本支出650.00万元，比上年预算增加44.06万元”（即上年605.94万元），而已公开的2023年预算中基本支出为610.94万元。""",
)

FINAL_BUDGET = Rule(
    "X291", "final-accounts-budget", Severity.WARNING, "决算的年初预算数与当年公开的预算一致",
    "{what}的年初预算数为{stated}万元，与已公开的{other}（{published}万元）不一致，相差{diff}万元",
    check=None,
    doc="""A 决算's 年初预算数 agrees with the 预算 published for the same year.

表10's 预算数 column of a 决算 (the 年初预算 of each “三公” item) and the 年初预算 its text states ("“三公”经费
财政拨款支出年初预算为2.85万元，支出决算为0.39万元") must equal, within rounding, what the department's
预算 of that year published. Failing example: the 2024 决算 prints 公务接待费 预算数 2.85 while the
stored 2024 预算 published 公务接待费 3.85万元.""",
    explanation="""决算中的年初预算数（财政拨款“三公”经费支出决算表的“预算数”栏，以及说明中“年初预算为……”的金额），
应与数据库中同一部门同一年度已公开的部门预算的相应数字一致（在印刷数字的舍入范围内）。
不一致时，可能是决算表的预算数填错，或引用了调整后的预算而未说明。
错误示例：2024年决算“三公”经费表中公务接待费预算数为2.85万元，而已公开的2024年预算中公务接待费为3.85万元。""",
)

DOCUMENT_RULES: tuple[Rule, ...] = (PRIOR_YEAR, FINAL_BUDGET)


def _differs(stated: Decimal, half: Decimal, published: Decimal) -> bool:
    return abs(stated - published) > half + HALF


def _finding(rule: Rule, where: Where, key: str, stated: Decimal, published: Decimal, other: str) -> Finding:
    return rule.finding(where, expected=num(published), actual=num(stated), what=FIGURE_NAMES[key],
                        stated=num(stated), published=num(published), other=f"{other}{FIGURE_NAMES[key]}",
                        diff=num(abs(stated - published)))


def _prior_of(s: Stated) -> tuple[Decimal, Decimal] | None:
    c = s.claim
    if (base := c.base(PRIOR)) is not None:
        return base
    if c.prior_none:
        return Decimal(0), Decimal(0)
    if c.prior is not None:
        return c.prior, c.half + c.delta_half
    return None


def check_prior_year(current: Disclosure, previous: Published) -> list[Finding]:
    """X290 over `current` against last year's published figures (`previous`)."""
    return list(_prior_year(current, previous))


def _prior_year(current: Disclosure, previous: Published) -> Iterator[Finding]:
    own = flatten(key_figures(current))
    budget = _kind(current) == "预算"
    for key, statements in stated_figures(current).items():
        published = previous.figures.get(key)
        if key not in FIGURE_NAMES or published is None:
            continue
        for s in statements:
            if s.value is None or (own.get(key) is not None and
                                   abs(Decimal(str(s.value)) - own[key]) > s.claim.half + HALF):
                continue  # a part of the figure (一般公共预算 only …), not the figure last year published
            if budget and NOT_LAST_BUDGET.search(s.sentence):
                continue
            prior = _prior_of(s)
            if prior is None:
                continue
            stated, half = prior
            if _differs(stated, half, published):
                yield _finding(PRIOR_YEAR, claim_where(s.claim), key, stated, published, previous.label)
            break  # the best-ranked sentence that states it speaks for the document


def check_final_budget(final: Disclosure, budget: Published) -> list[Finding]:
    """X291 over the 决算 `final` against the 预算 of its year (`budget`)."""
    return list(_final_budget(final, budget))


def _final_budget(final: Disclosure, budget: Published) -> Iterator[Finding]:
    seen: set[str] = set()
    t10 = next((t for t in final.tables if t.id == TableId.T10), None)
    if t10 is not None and any(c.key == "budget" for c in t10.columns):
        label = next((c.label for c in t10.columns if c.key == "budget"), "预算数")
        for row in t10.rows:
            key = T10_ROWS.get(row.code or "")
            published = budget.figures.get(key) if key else None
            value = row.value("budget")
            if key is None or published is None or key in seen:
                continue
            seen.add(key)
            stated = convert(value if value is not None else Decimal(0), t10.unit, MoneyUnit.WAN)
            half = HALF if t10.unit == MoneyUnit.WAN else Decimal(0)
            if _differs(stated, half, published):
                where = Where(table=t10.id.value, row=row.label, column=label).with_location(row.location)
                yield _finding(FINAL_BUDGET, where, key, stated, published, budget.label)
    for key, statements in stated_figures(final).items():
        published = budget.figures.get(key)
        if key not in FIGURE_NAMES or key in seen or published is None:
            continue
        for s in statements:
            c = s.claim
            if c.budget is None:
                continue
            seen.add(key)
            if _differs(c.budget, c.budget_half, published):
                yield _finding(FINAL_BUDGET, claim_where(c), key, c.budget, published, budget.label)
            break


def _kind(d: Disclosure) -> str:
    return d.profile.kind.value if d.profile is not None else "预算"
