"""The second round of issue 11's speed-ups of the text analysis give what they replace.

Each shortcut of `model/claims.py` is compared with the plain definition it stands for: a section's
paragraphs normalised in one pass (`_nfkc_each`) with `nfkc` of each, a claim made from its defaults
(`_claim`) with the dataclass's constructor, and the patterns rewritten to be searched from their first
characters with the patterns as they were written before.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.check.seed_transcript import seed_disclosure
from yusuan.model.claims import (
    _LIST_OPENER,
    _NOT_PLAIN,
    CHANGE_BEFORE,
    TOKEN,
    UNIT_ALT,
    Claim,
    _claim,
    _nfkc_each,
    analyse,
    nfkc,
)

# the patterns as they were written before they began with their first characters
LIST_OPENER_AS_DEFINED = re.compile(r"(其中|主要包括|具体包括|包括|(?<=,)包含|(?<=,)含(?!税))[:]?")
CHANGE_BEFORE_AS_DEFINED = re.compile(
    r"(增加|减少|增长|下降|降低|上升|上涨|提高|压减|节约|核减|增幅|减幅|降幅|增|减|(?<=[数年算])加)"
    r"(?P<alt>\((?:增加|减少|增长|下降|降低|上升|增|减)\))?(了|为|约)?$")
TOKEN_WITHOUT_LOOKAHEAD = re.compile(
    rf"(\d(?<![\d.]\d)(?<!\d,\d)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:\.\d+)?))({UNIT_ALT})")

# the characters that decide the answers: plain text, every kind of full-width form, characters whose
# normalisation changes them or their neighbours (combining marks, Hangul jamo, compatibility forms)
HARD = "，：；（）％　！＂＃Ａａ１２。、“”〔〕《》…①ﬁ\u0301\u0308\u1100\u1161\u11a8가e\u00e9Å\u212b\u0b47\u0b3e"
PARAGRAPH = st.text(alphabet=st.sampled_from(list("预算2023年万元,.。;\n 汇总ab") + list(HARD)), max_size=30)


def _pieces(pieces: list[str], most: int) -> st.SearchStrategy[str]:
    """Text made of the given characters and words."""
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(PARAGRAPH, max_size=6))
def test_paragraphs_normalised_together_as_each_alone(paragraphs):
    assert _nfkc_each(paragraphs) == [nfkc(p) for p in paragraphs]
    assert [nfkc(p) for p in paragraphs] == [unicodedata.normalize("NFKC", p) for p in paragraphs]


def test_plain_characters_are_left_alone_by_normalisation_in_any_string():
    """Why a slice of plain text is normalised: no plain character decomposes, combines, or composes
    with the one before it (it is never the second of a pair a character decomposes into)."""
    plain = [chr(c) for c in range(0x10000) if _NOT_PLAIN.match(chr(c)) is None]
    assert len(plain) > 20_000 and "\u4e00" in plain and "〔" in plain
    seconds = set()
    for c in range(0x110000):
        parts = unicodedata.decomposition(chr(c)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    for ch in plain:
        assert unicodedata.decomposition(ch) == "" and unicodedata.combining(ch) == 0, ch
        assert ch not in seconds, ch
        assert not ("\u1160" <= ch <= "\u11ff"), ch  # Hangul vowels and finals compose without a decomposition pair


def test_a_claim_made_from_its_defaults_is_the_constructor_s():
    flow = analyse(seed_disclosure()).flows["3.1"]
    made = Claim(flow, "基本支出", "基本支出", Decimal("605.94"), "万元", 3, 12, "605.94万元", printed_unit="万元",
                 half=Decimal("0.005"))
    quick = _claim(flow, "基本支出", "基本支出", Decimal("605.94"), "万元", 3, 12, "605.94万元", "万元",
                   Decimal("0.005"))
    assert list(vars(quick).items()) == list(vars(made).items())
    other = _claim(flow, "", "", None, "人", 0, 1, "1人", "人", Decimal(0))
    other.same_as["prior"] = ("持平", 5)
    assert quick.same_as == {} and made.same_as == {}  # each claim has a dict of its own
    assert quick.quantity == made.quantity and quick.money and quick.effective == Decimal("605.94")


@settings(max_examples=600, deadline=None)
@given(_pieces(list("其中主要包括具体含税,:;。包增加减少数年算了为约()幅降") + ["包含", ",含", "预算加", "(减少)"], 16))
def test_rewritten_patterns_match_as_written_before(text):
    assert _matches(_LIST_OPENER, text) == _matches(LIST_OPENER_AS_DEFINED, text)
    a, b = CHANGE_BEFORE.search(text), CHANGE_BEFORE_AS_DEFINED.search(text)
    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@settings(max_examples=600, deadline=None)
@given(_pieces(list("0123456789.,万亿元%人个台套(年月号次平方米") + ["万元", "人次", "台(套)"], 24))
def test_numbers_found_with_their_units_as_without_the_look_ahead(text):
    assert _matches(TOKEN, text) == _matches(TOKEN_WITHOUT_LOOKAHEAD, text)
