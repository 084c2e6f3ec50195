"""W713 a reason for a change of the “三公” total that names an item which did not move that way.

How an item moved is what the document itself says: the item's own change in the text ("公务接待费
2.30万元，比上年减少1.5万元"), or, for a rise, its amount this year being nothing (表10 prints 0, or
the text says "公务接待费0万元") — an item that is zero now cannot have risen. An item whose move the
document does not state is not judged. How a reason names an item is the explanations' own word list
(`model/explain/three_public.REASON_WORDS`), so what the build would leave out of a reason is what
this rule questions in a published one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from yusuan.model.claims import Claim
from yusuan.model.disclosure import TableId
from yusuan.model.explain.reasons import named_parts
from yusuan.model.explain.three_public import REASON_WORDS, VEHICLE
from yusuan.model.stated import CURRENT, ITEMS, PRIOR_WORDS
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import claim_where, num
from yusuan.rules.text.index import claim_kinds
from yusuan.rules.text.three_public import names_three_public_item

# the explanations' names of the items → the figure keys of model/stated.py and 表10's row codes
ITEM_OF = {"因公出国（境）费": "abroad", "公务接待费": "reception", "公务用车购置费": "vehicle_purchase",
           "公务用车运行费": "vehicle_operation", VEHICLE: "vehicle"}
NAME_OF = {item: name for name, item in ITEM_OF.items()}
PARTS = {"total": set(ITEM_OF.values()), "vehicle": {"vehicle_purchase", "vehicle_operation"}}

_CLAUSE = re.compile(r"[，,；;。]")
_UP = re.compile(r"增加|增长|上升|提高|新增|增多|扩大|上涨|追加")
_DOWN = re.compile(r"减|下降|压缩|降低|节约|节省|下调|控制|严控|精简")
# a clause that negates or concedes ("无公务接待任务", "虽然接待任务增加，但…") says nothing of a move
_NOT_A_MOVE = re.compile(r"无|未|没有|不|虽|尽管|即使")

PRIOR, BUDGET = "prior", "budget"  # the change against last year, and a 决算's against its 年初预算


def _sign(value: Decimal) -> int:
    return (value > 0) - (value < 0)


class _Moves:
    """What the document says about each item: its change per basis, and whether it is zero now."""

    def __init__(self, ctx: Context, stated: list[tuple[str, Claim]]):
        self.changes: dict[tuple[str, str], set[int]] = {}
        self.values: dict[str, set[Decimal]] = {}
        self.exact: dict[tuple[str, str], Decimal] = {}
        for item, c in stated:
            if c.value is not None:
                self.values.setdefault(item, set()).add(c.value)
            for basis, change in ((PRIOR, c.delta), (BUDGET, c.budget_delta)):
                if change is not None:
                    self.changes.setdefault((item, basis), set()).add(_sign(change))
                    self.exact[(item, basis)] = change
        self.table = ctx.view(TableId.T10)

    def sign(self, item: str, basis: str) -> int | None:
        """The direction the item moved (+1, 0, -1); None when the text does not say or says both ways."""
        signs = self.changes.get((item, basis))
        return next(iter(signs)) if signs is not None and len(signs) == 1 else None

    def zero_now(self, item: str) -> bool:
        if self.table is not None:
            row = self.table.item(item)
            if row is not None:
                return self.table.amount(row, "total") == 0
        values = self.values.get(item)
        return bool(values) and values == {Decimal(0)}


_THREE_PUBLIC = [(key.removeprefix("three_public."), pattern) for key, pattern in ITEMS
                 if key.startswith("three_public.")]


def _item_of(ctx: Context, c: Claim) -> str | None:
    """The “三公” item a claim states this year's figure or change of ("公务接待费2万元", "“三公”经费比上年
    增加2万元": a change stated without its amount is read by its subject)."""
    if c.value is None:
        if c.delta is None and c.budget_delta is None or PRIOR_WORDS.search(c.subject):
            return None
        return next((item for item, pattern in _THREE_PUBLIC if pattern.search(c.subject)), None)
    s = ctx.stated(c) if names_three_public_item(ctx, c) else None
    if s is not None and s.stance == CURRENT and s.key.startswith("three_public."):
        return s.key.removeprefix("three_public.")
    return None


def _direction(clause: str, default: int) -> int | None:
    """The way a clause says its item moved: by its own words, else the change it explains."""
    if _NOT_A_MOVE.search(clause):
        return None
    up, down = bool(_UP.search(clause)), bool(_DOWN.search(clause))
    if up and down:
        return None
    return 1 if up else -1 if down else default


def _fact(moves: _Moves, item: str, basis: str) -> str | None:
    change = moves.exact.get((item, basis))
    if change is None:
        return "本年为 0"
    versus = "上年" if basis == PRIOR else "预算数"
    if change == 0:
        return f"与{versus}持平"
    return f"比{versus}{'增加' if change > 0 else '减少'} {num(abs(change))} 万元"


@rule("W713", "reason-against-figures", Severity.WARNING,
      "增减原因与各项数字相符",
      "“{subject}”{change}的原因“{clause}”与数字不符：{item}{fact}",
      explanation=(
          "增减原因若点出了具体项目（“主要原因是公务接待任务增加”），该项目就应当按原因所说的方向变动：原因自己写明"
          "增减的（“压减公务用车运行费”）按其所写，未写明的按所解释的总额的增减方向。文件自己的数字表明该项目没有变动、"
          "或反向变动——文中写明该项“与上年持平”或“比上年减少”，或者说明增加而该项本年为 0（表10 或文中为 0，不可能增加）——"
          "原因就与数字相互矛盾，读者无从相信。只依据文件自己写明的数字判断；否定或让步的说法（“无公务接待任务”“虽然……”）"
          "和不点出项目的原因（“严格落实过紧日子要求”）不检查。"
          "\n错误示例：“‘三公’经费比上年预算增加2.00万元，增长6.90%，主要原因是公务接待任务增加”，而表10 中公务接待费为 0。"
      ))
def reason_against_figures(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A reason for the change of the “三公” total (or of 公务用车购置及运行费) that names an item says that
    item moved the way the reason tells — the clause's own words ("增加", "压减"), else the way the total
    moved. When the document's own figures say the item did not move, or moved the other way, the reason
    contradicts them. An item is judged only on what the document states: its change in the text, or,
    for a rise, its amount this year being zero. Clauses that negate or concede ("无公务接待任务",
    "虽然…") are left alone, as are reasons that name no item ("严格落实过紧日子要求").

    Failing example: "“三公”经费比上年预算增加2.00万元，增长6.90%，主要原因是公务接待任务增加", while 表10
    prints 公务接待费 0 (or the text says "公务接待费2万元，比上年减少1万元").
    """
    # the claims whose reason may name an item first: most documents have none, and then the figures of
    # the other claims need not be read
    explained = [(item, c) for c in claim_kinds(ctx).reasoned if c.reason and (item := _item_of(ctx, c)) in PARTS]
    if not explained:
        return
    stated: list[tuple[str, Claim]] = []
    for c in ctx.text.claims:
        item = _item_of(ctx, c)
        if item is not None:
            stated.append((item, c))
    moves = _Moves(ctx, stated)
    for whole, c in explained:
        changes = [(basis, _sign(v)) for basis, v in ((PRIOR, c.delta), (BUDGET, c.budget_delta)) if v]
        if not changes or len({s for _, s in changes}) > 1:
            continue  # no change, or one up and one down: which one the reason explains is unclear
        way = changes[0][1]
        for clause in filter(None, (p.strip() for p in _CLAUSE.split(c.reason or ""))):
            direction = _direction(clause, way)
            if direction is None:
                continue
            for name in sorted(named_parts(clause, REASON_WORDS)):
                item = ITEM_OF[name]
                if item not in PARTS[whole]:
                    continue
                contradicted = None
                for basis, _ in changes:
                    moved = moves.sign(item, basis)
                    if moved is not None:
                        contradicted = basis if moved != direction else None
                        break
                else:
                    if direction > 0 and moves.zero_now(item):
                        contradicted = "now"
                if contradicted is None:
                    continue
                fact = _fact(moves, item, contradicted)
                total = c.delta if c.delta else c.budget_delta
                change = f"{'增加' if way > 0 else '减少'} {num(abs(total))} 万元"  # type: ignore[arg-type]
                yield rule.finding(claim_where(c), expected=f"原因所述与{NAME_OF[item]}的增减一致",
                                actual=f"{clause}（{NAME_OF[item]}{fact}）",
                                fix=f"改写原因：说明实际引起增减的项目，不写{NAME_OF[item]}",
                                subject=c.subject, change=change, clause=clause, item=NAME_OF[item], fact=fact)
