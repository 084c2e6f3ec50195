"""Text normalisation shared by the readers: NFKC, spaces that PDF extraction puts between
Chinese characters, and the comparison keys used to match titles, headers and labels."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
# Whitespace next to a non-ASCII character carries no meaning in Chinese text ("卫生 健康 支出").
_CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
# (a braille dot, U+2800–U+28FF, is printed as a middle dot by some copied pages: "目 ⠂ 录", r763)
_KEY_DROP = re.compile(r"[\s\"'“”‘’《》〈〉「」『』:：、,，.。·•…_*\u2800-\u28ff]")
_NUMERAL = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# the number of a page printed on it ("— 14 —", "第3页", "3/25"): neither text nor the end of a paragraph
# what a sentence ends with: a line ending so ends its paragraph only if it does not reach the margin
SENTENCE_END = ("。", "；", ";", "：", ":", "！", "？", "!", "?")
PAGE_NUMBER = re.compile(r"^[-—–\s]*(第?\s*\d+\s*页?(\s*/\s*共?\s*\d+\s*页?)?)[-—–\s]*$")


# The characters of the CJK Radicals Supplement (U+2E81–U+2EF3) and the unified ideographs they look like, as
# Unicode's EquivalentUnifiedIdeograph.txt pairs them: a PDF whose font maps 长 to ⻓ (U+2ED3) or 门 to ⻔ gives
# those in its text layer, and NFKC folds only the Kangxi radicals (U+2F00–U+2FD5, ⽬ → 目), not these.
_SUPPLEMENT_PAIRS = ("⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕𫜹 ⺖忄 ⺗心 "
                     "⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 "
                     "⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 "
                     "⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 "
                     "⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 "
                     "⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟")
RADICAL_SUPPLEMENT = {pair[0]: pair[1:] for pair in _SUPPLEMENT_PAIRS.split()}
# and characters that print nothing: a soft hyphen, zero-width spaces and joiners, a word joiner, a byte-order
# mark inside the text (web editors and PDF producers leave them between characters, also inside a number or a
# heading's words, where no pattern of a heading, unit or amount would match)
_FOLDED = re.compile("[\u2e80-\u2fd5\u00ad\u200b-\u200d\u2060\ufeff]")


def _unified(m: re.Match) -> str:
    ch = m.group()
    if ch < "\u2e80" or ch > "\u2fd5":
        return ""
    return RADICAL_SUPPLEMENT.get(ch) or unicodedata.normalize("NFKC", ch)


def fold_characters(text: str) -> str:
    """Radicals printed for the characters they look like (⻓ → 长, ⽬ → 目) as those characters; characters
    that print nothing (U+200B …) dropped."""
    return _FOLDED.sub(_unified, text) if _FOLDED.search(text) else text


def nfkc(text: str) -> str:
    """NFKC (Kangxi radicals such as ⽬ become 目, full-width forms half-width)."""
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """NFKC, single spaces, and no spaces around Chinese characters."""
    text = _WS.sub(" ", nfkc(text)).strip()
    return _CJK_SPACE.sub("", text)


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """Comparison key: clean text without spaces, quotes or punctuation."""
    return _KEY_DROP.sub("", nfkc(text))


_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_PUNCT_NEAR_CJK = re.compile(r"(?<=[^\x00-\x7f])[,:;?!()]|[,:;?!()](?=[^\x00-\x7f])")


def prose(text: str) -> str:
    """Text for paragraphs: `clean`, with the punctuation NFKC made half-width next to Chinese
    characters given back its full-width form ("，" stays "，")."""
    return _PUNCT_NEAR_CJK.sub(lambda m: _FULL_WIDTH[m.group(0)], clean(text))


def chinese_number(text: str) -> int | None:
    """一 → 1, 十 → 10, 十一 → 11, 二十六 → 26; None for anything else."""
    if not text or any(ch not in "一二三四五六七八九十" for ch in text):
        return None
    if "十" not in text:
        return _NUMERAL.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    value = (_NUMERAL.get(tens, 0) if tens else 1) * 10
    if units:
        if units not in _NUMERAL:
            return None
        value += _NUMERAL[units]
    return value
