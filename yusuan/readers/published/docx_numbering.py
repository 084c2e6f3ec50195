"""Word's automatic numbering: the label ("一、", "（二）", "3.") a numbered paragraph shows but whose text
does not hold it.

Offices number the parts and items of a disclosure with Word's lists ("第一部分", "一、", "（一）" in a
multilevel list linked to the heading styles); python-docx gives a paragraph's text without them, and the
outline, the headings and W710's numbering are read from those labels. A paragraph is numbered by its
own w:numPr or its style's (through w:basedOn); w:num names an abstract list whose w:lvl gives each
level's start, format (w:numFmt) and text ("%1、" — %k the level k counter in level k's format); a level
counts on and the levels under it start again. Lists sharing an abstract list count together, as Word
does, unless a w:num overrides a level's start. Bullets and unknown formats label nothing.
"""

from __future__ import annotations

import re

from yusuan.model.numerals import chinese_number

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{W}val"
_PLACEHOLDER = re.compile(r"%([1-9])")
MAX_LEVELS = 9  # Word's levels are 0–8
MAX_COUNT = 10_000  # a counter past this is a damaged or hostile file: it labels nothing

_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"


def _roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, aa … zz, aaa …"""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _legal(n: int) -> str:
    return "".join(_LEGAL[int(d)] for d in str(n)) if n >= 10 else _LEGAL[n]


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({ord(str(d)): chr(0xFF10 + d) for d in range(10)}),
    "chineseCounting": chinese_number,
    "chineseCountingThousand": chinese_number,
    "japaneseCounting": chinese_number,
    "taiwaneseCounting": chinese_number,
    "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(d)] for d in str(n)),
    "chineseLegalSimplified": _legal,
    "ideographTraditional": lambda n: _TIANGAN[n - 1] if n <= len(_TIANGAN) else str(n),
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if n <= len(_CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if n <= len(_CIRCLED) else str(n),
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerLetter": _letters,
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
}


def _int(element, default: int = 0) -> int:
    try:
        return int(element.get(_VAL)) if element is not None else default
    except (TypeError, ValueError):
        return default


class _Level:
    __slots__ = ("start", "fmt", "text", "style")

    def __init__(self, lvl) -> None:
        self.start = _int(lvl.find(f"{W}start"), 1)
        fmt = lvl.find(f"{W}numFmt")
        self.fmt = fmt.get(_VAL, "decimal") if fmt is not None else "decimal"
        text = lvl.find(f"{W}lvlText")
        self.text = text.get(_VAL, "") if text is not None else ""
        style = lvl.find(f"{W}pStyle")
        self.style = style.get(_VAL) if style is not None else None


class Numbering:
    """The labels of one document's numbered paragraphs, in body order (`label` counts as it goes)."""

    def __init__(self, numbering_xml, styles_xml) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractNumId, level → start override)
        self._style_num: dict[str, tuple[str | None, int | None]] = {}  # style → (numId, ilvl) of its own w:numPr
        self._based_on: dict[str, str] = {}
        self._counters: dict[str, list[int | None]] = {}  # abstractNumId → each level's count (None: not started)
        self._overridden: set[str] = set()  # numIds whose start overrides were applied
        if numbering_xml is not None:
            for a in numbering_xml.iterchildren(f"{W}abstractNum"):
                levels = {}
                for lvl in a.iterchildren(f"{W}lvl"):
                    ilvl = _int_attr(lvl, f"{W}ilvl")
                    if ilvl is not None and 0 <= ilvl < MAX_LEVELS:
                        levels[ilvl] = _Level(lvl)
                self._abstract[a.get(f"{W}abstractNumId", "")] = levels
            for num in numbering_xml.iterchildren(f"{W}num"):
                abstract = num.find(f"{W}abstractNumId")
                overrides = {}
                for o in num.iterchildren(f"{W}lvlOverride"):
                    ilvl, start = _int_attr(o, f"{W}ilvl"), o.find(f"{W}startOverride")
                    if ilvl is not None and start is not None:
                        overrides[ilvl] = _int(start, 1)
                if abstract is not None:
                    self._nums[num.get(f"{W}numId", "")] = (abstract.get(_VAL, ""), overrides)
        if styles_xml is not None:
            for style in styles_xml.iterchildren(f"{W}style"):
                sid = style.get(f"{W}styleId")
                if not sid:
                    continue
                based = style.find(f"{W}basedOn")
                if based is not None and based.get(_VAL):
                    self._based_on[sid] = based.get(_VAL)
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    num_id, ilvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
                    self._style_num[sid] = (num_id.get(_VAL) if num_id is not None else None,
                                            _int(ilvl) if ilvl is not None else None)

    def __bool__(self) -> bool:
        return bool(self._nums)

    def _from_style(self, style: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style and style not in seen:
            seen.add(style)
            if style in self._style_num:
                return self._style_num[style]
            style = self._based_on.get(style)
        return None, None

    def label(self, p) -> str:
        """The label Word shows before paragraph `p` (its w:p element), "" when it shows none; counts it."""
        if not self._nums:
            return ""
        ppr = p.find(f"{W}pPr")
        style_el = ppr.find(f"{W}pStyle") if ppr is not None else None
        style = style_el.get(_VAL) if style_el is not None else None
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id = ilvl = None
        if num_pr is not None:
            n, lv = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
            num_id = n.get(_VAL) if n is not None else None
            ilvl = _int(lv) if lv is not None else None
        if num_id is None:
            style_num, style_lvl = self._from_style(style)
            num_id, ilvl = style_num, ilvl if ilvl is not None else style_lvl
        if not num_id or num_id == "0" or num_id not in self._nums:
            return ""
        abstract_id, overrides = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        if ilvl is None:  # a heading style linked to a level of the list: that level
            ilvl = next((k for k, lv in levels.items() if style and lv.style == style), 0)
        if not 0 <= ilvl < MAX_LEVELS or ilvl not in levels:
            return ""
        counts = self._counters.setdefault(abstract_id, [None] * MAX_LEVELS)
        if num_id not in self._overridden and overrides:
            self._overridden.add(num_id)
            for k, start in overrides.items():
                if 0 <= k < MAX_LEVELS:
                    counts[k] = start - 1
        now = counts[ilvl]
        counts[ilvl] = levels[ilvl].start if now is None else now + 1
        for k in range(ilvl + 1, MAX_LEVELS):
            counts[k] = None
        level = levels[ilvl]
        if level.fmt not in FORMATS:  # bullet, none, or a format not known here
            return ""

        shown = []
        for k in (int(d) - 1 for d in _PLACEHOLDER.findall(level.text)):
            lv = levels.get(k)
            count = counts[k] if counts[k] is not None else (lv.start if lv is not None else None)
            if lv is None or lv.fmt not in FORMATS or count is None or not 0 < count <= MAX_COUNT:
                return ""  # a level it names is not there, or counts past reason: no label rather than a wrong one
            shown.append(FORMATS[lv.fmt](count))
        values = iter(shown)
        return _PLACEHOLDER.sub(lambda _: next(values), level.text)


def _int_attr(element, name: str) -> int | None:
    try:
        return int(element.get(name))
    except (TypeError, ValueError):
        return None
