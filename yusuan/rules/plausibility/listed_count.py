"""W716 a count stated before a list ("内设机构共6个，分别是：…") that the list does not have."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity
from yusuan.rules.plausibility.numbering import chinese_number
from yusuan.rules.registry import Rule, rule
from yusuan.rules.text.common import flow_where

# "内设机构共6个，分别是：A、B、C…", "下设 5 个处室，分别是：…", "5个下属事业单位具体包括：…" — the list runs to the
# sentence's end (or to a bracket: the next sentence run on without a stop); a comma or semicolon may go on with it
COUNTED_LIST = re.compile(r"(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*个(?P<noun>[^\d,，。;；:：、()（）]{0,10}?)[,，]?"
                          r"\s*(?:具体)?(?:分别是|分别为|包括)[:：](?P<items>[^。;；,，:：()（）\n]{2,400})"
                          r"(?P<stop>[。()（）]|$)")
_LIST_INTRO = re.compile(r"(?:分别是|分别为|包括)[:：]")  # what every COUNTED_LIST match holds: one fast search
# "A、B和C" may be three items or two ("监察和法制工作委员会"): a 和 / 及 / 与 may add one; "A、B等" is open
_JOINED = re.compile(r"和|及|与")


@rule("W716", "listed-count", Severity.WARNING,
      "列举前所说的个数与所列各项相符",
      "文中说“{stated}个”，其后列出的是 {listed} 项",
      explanation="说明写“内设机构共6个，分别是：A、B、C……”时，所列项数应等于所说的个数；不符时，或漏列了一项，或个数写错。"
      "只查以“分别是”“分别为”“（具体）包括”加冒号引出、以顿号分隔、以句号结束的列举；以“等”结束的列举不查，"
      "“和”“及”“与”可能连接两项（“监察和法制工作委员会”则是一项），每个至多多算一项。"
      "\n错误示例：“内设机构共6个，分别是：党建工作办公室、经济发展办公室、城乡建设办公室、社会事务办公室、平安建设办公室”"
      "（列出 5 个）。")
def listed_count(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """A count stated before a list its items must have: "内设机构共6个，分别是：A、B、C、D、E" names five. Only a list
    introduced by 分别是 / 分别为 / (具体)包括 and a colon, its items split by 、 and ended by a full stop (or a
    bracket, the next sentence run on), of at least two items; one ending in 等 is open, and each 和 / 及 / 与 may
    join two items ("A、B和C") or be inside one ("监察和法制工作委员会"): the count may be one more for each.

    Failing example: "内设机构共6个，分别是：党建工作办公室、经济发展办公室、城乡建设办公室、社会事务办公室、平安建设办公室".
    """
    for flow in ctx.text.flows.values():
        text = flow.text
        if "个" not in text or "、" not in text or _LIST_INTRO.search(text) is None:
            continue  # (most paragraphs; COUNTED_LIST, tried at every character, is not searched for)
        for m in COUNTED_LIST.finditer(text):
            items = [i for i in m.group("items").split("、") if i.strip()]
            if len(items) < 2 or items[-1].endswith("等"):
                continue
            n = m.group("n")
            stated = int(n) if n.isdigit() else 2 if n == "两" else chinese_number(n)
            if len(items) <= stated <= len(items) + len(_JOINED.findall(m.group("items"))):
                continue
            yield rule.finding(flow_where(flow, m.start(), m.end()), expected=f"{stated} 项", actual=f"{len(items)} 项",
                               fix="核对个数与所列各项", stated=n, listed=str(len(items)))
