"""The “三公” figures of the text against 表10, item by item (for rule T301).

The text names the items in many ways ("公务接待11.8万元", "因公出国（境）经费", "公务用车运行费用",
"支出决算为…" after "公务接待费预算数为…"); `model/stated.py` reads which item and whose figure a claim
states. A budget's figure is 表10's 合计 column; in final accounts the 决算数 is 表10's `total` and the
年初预算数 its `budget` column (a claim that states both, "预算为…，支出决算为…", is compared with
both). Figures of last year or of another year are not compared.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from yusuan.model.claims import Claim, last_mark
from yusuan.model.disclosure import TableId
from yusuan.model.stated import BUDGET, CURRENT
from yusuan.money import ZERO
from yusuan.rules.context import Context

ITEM = {"three_public.total": "total", "three_public.abroad": "abroad", "three_public.reception": "reception",
        "three_public.vehicle": "vehicle", "three_public.vehicle_purchase": "vehicle_purchase",
        "three_public.vehicle_operation": "vehicle_operation"}
NAME = {"total": "“三公”经费", "abroad": "因公出国（境）费", "reception": "公务接待费", "vehicle": "公务用车购置及运行费",
        "vehicle_purchase": "公务用车购置费", "vehicle_operation": "公务用车运行费"}


@dataclass(frozen=True)
class ThreePublicClaim:
    claim: Claim
    item: str  # total, abroad, reception, vehicle, vehicle_purchase, vehicle_operation
    column: str  # 表10's column: total (budget, or 决算数) or budget (a 决算's 年初预算数)
    value: Decimal  # 万元, as stated
    expected: Decimal  # 万元, 表10's
    final: bool  # final accounts: 表10 prints 预算数 and 决算数

    @property
    def label(self) -> str:
        return NAME[self.item]

    @property
    def source(self) -> str:
        column = ("预算数" if self.column == "budget" else "决算数") if self.final else ""
        return f"表10 {NAME[self.item]}{column}"


# Every name of a “三公” item (model/stated.ITEMS, VEHICLE_BARE) has one of these words: a sentence
# without them states no “三公” figure, and its claims need not be read (most claims of a document).
_ITEM_WORD = re.compile(r"三公|出国|接待|车")


def may_state_three_public(c: Claim) -> bool:
    """Whether the sentence up to a claim's number names a “三公” item at all (cheap; read_claim decides)."""
    text = c.flow.text
    start = last_mark(text, "。;\n", 0, c.start) + 1
    return _ITEM_WORD.search(text, start, c.start) is not None


def names_three_public_item(ctx: Context, c: Claim) -> bool:
    """`may_state_three_public(c)`, decided once per document for every claim of the text (T301 and W713
    ask about each claim, W713 twice); a claim a rule made is looked at afresh."""
    naming = ctx.__dict__.get("_three_public_naming")
    if naming is None:
        naming = ctx.__dict__["_three_public_naming"] = {id(x): _names_three_public_item(ctx, x)
                                                         for x in ctx.text.claims}
    found = naming.get(id(c))  # the text's claims live as long as the context: their ids are theirs
    return found if found is not None else _names_three_public_item(ctx, c)


def _names_three_public_item(ctx: Context, c: Claim) -> bool:
    """`may_state_three_public(c)`, looked up in where each section names a “三公” item (found once per
    section): most sections name none, and their claims cost nothing."""
    index = ctx.__dict__.setdefault("_three_public_words", {})
    found = index.get(id(c.flow))
    if found is None:
        # the words are two characters or one, and none starts with the second character of another:
        # every match a search from any position would find is among these
        spans = [m.span() for m in _ITEM_WORD.finditer(c.flow.text)]
        found = index[id(c.flow)] = ([a for a, _ in spans], [b for _, b in spans])
    starts, ends = found
    if not starts or starts[0] >= c.start:
        return False
    start = c.flow.marks.last("。;\n", 0, c.start) + 1  # a bisect in the marks the analysis listed
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and ends[i] <= c.start


def table_value(ctx: Context, item: str, column: str) -> Decimal | None:
    """表10's figure of an item (万元); a subtotal not printed is the sum of its parts; None: no 表10 or column,
    or a 表10 of which no amount was read (its columns could not be matched: its figures are unknown, not 0)."""
    v = ctx.view(TableId.T10)
    if v is None or not any(r.values for r in v.table.rows):
        return None
    if column != "total" and not any(column in r.values for r in v.table.rows):
        return None
    row = v.item(item)
    if row is not None:
        return v.amount(row, column)
    if item == "vehicle":
        parts = [v.item("vehicle_purchase"), v.item("vehicle_operation")]
        if any(p is not None for p in parts):
            return sum((v.amount(p, column) for p in parts), ZERO)
    return ZERO


def three_public_claims(ctx: Context) -> tuple[list[ThreePublicClaim], set[int]]:
    """The claims of the text that state a “三公” figure of the document, with 表10's figure for each; and
    the ids of every claim about a “三公” item (also last year's, which are not compared)."""
    cache = ctx.__dict__.get("_three_public_claims")
    if cache is not None:
        return cache
    out: list[ThreePublicClaim] = []
    about: set[int] = set()
    if ctx.view(TableId.T10) is not None:
        for c in ctx.text.claims:
            if not names_three_public_item(ctx, c):
                continue
            s = ctx.stated(c)
            if s is None or s.key not in ITEM:
                continue
            about.add(id(c))
            if s.stance == CURRENT and ctx.final and c.budget is not None:
                # "预算为30.8万元，支出决算为25.7万元": one claim, its 年初预算数 beside the 决算数
                expected = table_value(ctx, ITEM[s.key], "budget")
                if expected is not None:
                    out.append(ThreePublicClaim(c, ITEM[s.key], "budget", c.budget, expected, ctx.final))
            if s.stance == CURRENT or s.stance == BUDGET and ctx.final:
                column = "budget" if s.stance == BUDGET else "total"
                expected = table_value(ctx, ITEM[s.key], column)
                if expected is not None:
                    out.append(ThreePublicClaim(c, ITEM[s.key], column, s.value, expected, ctx.final))
    ctx.__dict__["_three_public_claims"] = (out, about)
    return out, about
