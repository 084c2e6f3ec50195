"""W710 numbered headings or items out of order, skipped or repeated ("一、二、四、", "1. 2. 2.")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import NamedTuple

from yusuan.model.claims import normalise
from yusuan.model.disclosure import Location
from yusuan.model.numerals import chinese_number as numeral
from yusuan.rules.context import Context
from yusuan.rules.finding import Finding, Severity, Where
from yusuan.rules.registry import Rule, rule

DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# (style, level, pattern): a shallower level resets the numbering of the deeper ones
STYLES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("part", 0, re.compile(r"^第([一二三四五六七八九十]+)部分")),
    ("一、", 1, re.compile(r"^([一二三四五六七八九十]+)、")),
    ("（一）", 2, re.compile(r"^\(([一二三四五六七八九十]+)\)")),
    ("1.", 3, re.compile(r"^(\d{1,2})\.(?!\d)")),
    ("1、", 3, re.compile(r"^(\d{1,2})、")),
    ("（1）", 4, re.compile(r"^\((\d{1,2})\)")),
    ("1）", 4, re.compile(r"^(\d{1,2})\)")),
)
# the styles above as one pattern, tried in the same order: one match per paragraph instead of seven
_CN = "[一二三四五六七八九十]+"
NUMBERED = re.compile(rf"^(?:第(?P<s0>{_CN})部分|(?P<s1>{_CN})、|\((?P<s2>{_CN})\)|(?P<s3>\d{{1,2}})\.(?!\d)|"
                      rf"(?P<s4>\d{{1,2}})、|\((?P<s5>\d{{1,2}})\)|(?P<s6>\d{{1,2}})\))")
STYLE_OF_GROUP = {f"s{i}": (style, level) for i, (style, level, _) in enumerate(STYLES)}
# the styles a marker of each level starts afresh (the deeper ones)
DEEPER = {level: tuple(style for style, deeper, _ in STYLES if deeper > level) for _, level, _ in STYLES}
TABLE_ROW = re.compile(r"[|\t]|\d\s*$")  # a table laid out as text: cells in one line, or ending with an amount
NUMBER_ONLY = re.compile(r"^[\d.,%\-—]*$")
INLINE = re.compile(r"(?<=[。;:])(?=\(?[一二三四五六七八九十\d]{1,3}[、.)])")  # "……。（八）负责……", "……；2.公务接待……"
INLINE_AFTER = re.compile(r"\(?[一二三四五六七八九十\d]{1,3}[、.)]")  # INLINE's look-ahead, tried after each mark
# a mark with INLINE_AFTER after it: one search in C tells whether a paragraph has any such mark (most have none)
INLINE_ANY = re.compile(r"[。;:]" + INLINE_AFTER.pattern)
BARE = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])")  # "18社会保障和就业支出……" (the dot left out)
CONTENTS = re.compile(r"^目录$")
SENTENCE = re.compile(r"[，。；：,;:]")
MAY_BE_NUMBERED = re.compile(r"[第一二三四五六七八九十(\d]")  # how every style starts (normalised text)


def chinese_number(text: str) -> int | None:
    """一 … 九十九."""
    if not text or any(c not in DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        return DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or tens and tens not in DIGITS or ones and ones not in DIGITS:
        return None  # "十十、", "十一十": not a number
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)


def _chinese_numbers() -> dict[str, int]:
    """Every Chinese number chinese_number reads (none is longer than three characters: "九十九"), for
    marker to look up at each numbered item instead of parsing it."""
    digits = "一二三四五六七八九十"
    out: dict[str, int] = {}
    for text in (a + b + c for a in digits for b in ("", *digits) for c in ("", *digits) if b or not c):
        n = chinese_number(text)
        if n is not None:
            out[text] = n
    return out


CHINESE_NUMBERS = _chinese_numbers()


def label(style: str, n: int) -> str:
    """How the number is printed in its style: 三、 （三） 3. 3、 （3） 3）."""
    cn = numeral(n)
    return {"part": f"第{cn}部分", "一、": f"{cn}、", "（一）": f"（{cn}）", "1.": f"{n}.", "1、": f"{n}、",
            "（1）": f"（{n}）", "1）": f"{n}）"}[style]


def _nowhere() -> Where:
    return Where()


class Marker(NamedTuple):  # a tuple: made for every numbered item of a document
    style: str
    level: int
    number: int
    text: str  # the heading or paragraph as printed
    place: Callable[[], Where]  # where it is, made only for a finding
    soft: bool = False  # a heading with nothing under it: an entry of a table of contents, maybe


def marker(text: str, place: Callable[[], Where] = _nowhere, normalised: str | None = None) -> Marker | None:
    """The numbering a heading or item starts with (`normalised`: the text's `normalise`, when known)."""
    t = normalised if normalised is not None else normalise(text)
    m = NUMBERED.match(t)
    if m is None:
        return None
    group = m.lastgroup
    style, level = STYLE_OF_GROUP[group]  # type: ignore[index]
    number = m.group(group)  # type: ignore[arg-type]
    n = (CHINESE_NUMBERS.get(number) or chinese_number(number)) if level <= 2 else int(number)
    if n is None or n == 0:
        return None
    return Marker(style, level, n, text.strip(), place)


def _markers(ctx: Context) -> Iterator[Marker | str | None]:
    """Headings and item starts in document order; None where the numbering starts afresh; the text of an
    unnumbered paragraph start that may be an item whose dot was left out ("18社会保障……")."""
    part = None
    contents = False
    normalised = ctx.text.normalised  # every paragraph normalised once, by the text analysis
    for section in ctx.disclosure.sections:
        if section.key.split(".")[0] != part:
            part = section.key.split(".")[0]
            yield None  # a new part numbers its sections from 一 again
        paras = section.paragraphs
        first = normalised(paras[0].text) if paras else ""
        if (m := marker(section.heading, partial(Where, section=section.key, sentence=section.heading),
                        normalised(section.heading))) is not None:
            if m.level == 0:
                contents = False
            if not contents and not table_row(section.heading) and not (first and NUMBER_ONLY.match(first)):
                yield Marker(m.style, m.level, m.number, m.text, m.place, soft=not paras)
        bodies = [first, *(normalised(p.text) for p in paras[1:])] if paras else []
        for i, p in enumerate(paras):
            body = bodies[i]
            if CONTENTS.match(body):
                contents = True  # a table of contents lists headings, not always all of them
            pieces = inline_pieces(body)
            if len(pieces) == 1 and MAY_BE_NUMBERED.match(body) is None:
                continue  # no number anywhere it could stand (most paragraphs): nothing to yield either way
            nxt = bodies[i + 1] if i + 1 < len(paras) else ""
            if contents or table_row(p.text) or nxt and NUMBER_ONLY.match(nxt):
                if (m := marker(body, _nowhere, body)) is not None and m.level == 0:
                    contents = False
                continue  # a row of a table printed as text ("八、社会保障和就业支出 326.71")
            for k, piece in enumerate(pieces):
                m = None
                if MAY_BE_NUMBERED.match(piece) is not None:  # the place, only for a numbered piece
                    m = marker(piece, partial(_where, section.key, i, piece, p.location), piece)
                if m is not None:
                    yield m
                elif k == 0 and BARE.match(piece):
                    yield piece  # only such a start can be an item whose dot was left out


def table_row(text: str) -> bool:
    """`TABLE_ROW.search(text)` without scanning the text: a cell mark, or a digit at its (stripped) end."""
    return "|" in text or "\t" in text or text.rstrip()[-1:].isdecimal()


def inline_pieces(body: str) -> list[str]:
    """`INLINE.split(body)`, tried only after each 。;: (a paragraph is scanned once for each mark)."""
    if INLINE_ANY.search(body) is None:
        return [body]
    cuts = []
    for mark in "。;:":
        i = body.find(mark)
        while i >= 0:
            if INLINE_AFTER.match(body, i + 1) is not None:
                cuts.append(i + 1)
            i = body.find(mark, i + 1)
    if not cuts:
        return [body]
    cuts.sort()
    return [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)], strict=True)]


def _where(key: str, index: int, text: str, location: Location | None) -> Where:
    return Where(section=key, paragraph=index, sentence=text.strip()[:60]).with_location(location)


def misnumbered(ctx: Context) -> Iterator[tuple[Marker, str, str]]:
    """(marker, what is wrong, what it should be)."""
    last: dict[str, int] = {}
    for m in _markers(ctx):
        if m is None:
            last.clear()
            continue
        if isinstance(m, str):
            bare = BARE.match(m)
            for style in ("1.", "1、"):
                if bare and last.get(style) == int(bare.group(1)) - 1:
                    last[style] += 1  # the next item, its dot left out
            continue
        prev = last.get(m.style)
        if m.soft and prev is not None and m.number not in (prev + 1, 1):
            continue  # an empty heading out of sequence: a contents entry, not the text's numbering
        for style in DEEPER[m.level]:
            last.pop(style, None)
        last[m.style] = m.number
        if prev is None or m.number in (prev + 1, 1):
            continue
        if m.number == prev:
            yield m, f"与上一项重复，应为“{label(m.style, prev + 1)}”", label(m.style, prev + 1)
        elif m.number > prev + 1:
            missing = "、".join(f"“{label(m.style, k)}”" for k in range(prev + 1, min(m.number, prev + 4)))
            yield m, f"前缺少{missing}", label(m.style, prev + 1)
        elif SENTENCE.search(m.text):
            # going back: only an item that reads as text (a label alone may be a table's row)
            yield m, f"排在“{label(m.style, prev)}”之后", label(m.style, prev + 1)


@rule("W710", "numbering", Severity.WARNING,
      "标题和条目的编号连续、不重复",
      "编号“{found}”{problem}（“{text}”）",
      explanation="标题和条目的编号应连续、不重复：一、二、三、；（一）（二）；1. 2. 3.；（1）（2）。跳号、重号或倒退（新的一组"
      "从 1 开始的除外），通常是删去或复制了一项而未重新编号，或者漏掉了一部分内容。上一级标题之后下级编号重新开始，"
      "每一部分（第X部分）重新开始；以文字形式排出的表格行（“八、社会保障和就业支出 326.71”）和目录不算；摘录可以从任意编号开始。"
      "\n错误示例：“1.公务接待费预算为1万元……”之后是“3.公务用车购置及运行维护费……”，没有 2.。")
def numbering(ctx: Context, rule: Rule) -> Iterator[Finding]:
    """Headings and numbered items count on without gaps: 一、二、三、; （一）（二）; 1. 2. 3.; （1）（2）.
    A number skipped, repeated or going back (other than a new list starting at 1) is usually an item
    deleted or copied without renumbering — or a part of the text left out. A heading of a shallower
    level starts the numbering below it afresh, and so does each part (第X部分); rows of a table printed as
    text ("八、社会保障和就业支出 326.71") are not items. An excerpt may start at any number.

    Failing example: "1.公务接待费预算为1万元……" followed by "3.公务用车购置及运行维护费……" (no 2.).
    """
    for m, problem, expected in misnumbered(ctx):
        found = label(m.style, m.number)
        yield rule.finding(m.place(), expected=expected, actual=found, fix="核对编号：是否漏写、删去或重复了一项",
                        found=found, problem=problem, text=m.text[:30])
