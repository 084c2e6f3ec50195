"""The text and plausibility rules' shortcuts give what the patterns they stand in front of give (issue 11).

Each look-up that now decides whether a section-wide scan is needed (years at each 年, blanks at each
unit, template alternatives from the characters every branch needs, inline items after each mark …)
is compared with the plain pattern on made-up text built from the pieces that make the pattern match
or nearly match, and on the documents the checker reads. A pattern changed without its shortcut
fails here.
"""

from __future__ import annotations

import dataclasses
import itertools
import random

from yusuan.model.claims import analyse
from yusuan.model.disclosure import TableId
from yusuan.rules.context import Context
from yusuan.rules.plausibility.blanks import BLANK, may_hold_blank
from yusuan.rules.plausibility.numbering import (
    CHINESE_NUMBERS,
    INLINE,
    MAY_BE_NUMBERED,
    STYLES,
    TABLE_ROW,
    chinese_number,
    inline_pieces,
    marker,
    table_row,
)
from yusuan.rules.plausibility.wording import ALTERNATIVES, may_hold_alternatives
from yusuan.rules.plausibility.years import YEAR, years_in
from yusuan.rules.text.index import claim_kinds, claims_of_flow, claims_of_quantity
from yusuan.rules.text.subjects import figures
from yusuan.rules.text.three_public import may_state_three_public, names_three_public_item


def _texts(rng: random.Random, pieces: list[str], count: int, longest: int = 10):
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, longest)))


def _documents(*disclosures):
    for d in disclosures:
        text = analyse(d)
        for flow in text.flows.values():
            yield flow.text
            yield flow.orig
        for s in d.sections:
            yield s.heading


def test_years_are_found_at_each_year_mark(seed, generated_full, example_full):
    pieces = ["2023", "2022", "12", "1", "年", "年度", "月", "底", "末", "初", "中", "〔", "(", ".", "-", "比", "x", "—"]
    texts = [*_texts(random.Random(1), pieces, 30_000), *_documents(seed, generated_full, example_full)]
    assert sum(1 for t in texts if YEAR.search(t)) > 500
    for t in texts:
        assert [m.span() for m in years_in(t)] == [m.span() for m in YEAR.finditer(t)], t


def test_a_blank_is_never_passed_over(seed, generated_full, example_full):
    pieces = ["占", "基本支出", "的", "比重", "为", "%", "增长", "了", "完成预算的", "万元", "亿元", "是", "共计", "安排",
              "预算", "支出", "决算", "减少", "约", "1", "2.5", "，", "X", "(", ":", "。", "元", "名", "\n"]
    texts = [*_texts(random.Random(2), pieces, 30_000), *_documents(seed, generated_full, example_full)]
    assert sum(1 for t in texts if BLANK.search(t)) > 1000
    for t in texts:
        if BLANK.search(t):
            assert may_hold_blank(t), t
    assert not may_hold_blank("基本支出605.94万元，占71.19%")  # figures everywhere: no scan


def test_template_alternatives_are_never_passed_over(seed, generated_full, example_full):
    pieces = ["增加", "减少", "增长", "下降", "上升", "降低", "大于", "小于", "等于", "高于", "低于", "多于", "少于", "持平",
              "（", "）", "(", ")", "/", "／", " ", "\u3000", "或", "与预算数", "大", "小", "于", "高", "低", "相等",
              "不变", "元"]
    texts = [*_texts(random.Random(3), pieces, 30_000, longest=8), *_documents(seed, generated_full, example_full)]
    assert sum(1 for t in texts if ALTERNATIVES.search(t)) > 1000
    for t in texts:
        if ALTERNATIVES.search(t):
            assert may_hold_alternatives(t), t
    assert not may_hold_alternatives("比上年增加66.22万元，增长12.27%。因公出国（境）费0万元")
    assert not may_hold_alternatives("公务接待费0.5万元，与上年预算持平。")  # 持平 alone: no alternative
    assert may_hold_alternatives("公务接待费比上年增加持平")


def test_inline_items_and_table_rows_as_the_patterns_find_them(seed, generated_full, example_full):
    pieces = ["。", ";", ":", "(", "一", "十", "2", "12", "、", ".", ")", "公务", " ", "\n", "|", "\t", "1234", "x",
              "\u3000", "٣"]
    texts = [*_texts(random.Random(4), pieces, 30_000), *_documents(seed, generated_full, example_full)]
    assert sum(1 for t in texts if len(INLINE.split(t)) > 1) > 500
    for t in texts:
        assert inline_pieces(t) == INLINE.split(t), t
        assert table_row(t) == bool(TABLE_ROW.search(t)), ascii(t)


def test_chinese_numbers_are_looked_up_as_parsed():
    for size in range(1, 5):
        for letters in itertools.product("一二三四五六七八九十", repeat=size):
            text = "".join(letters)
            try:
                parsed = chinese_number(text)
            except KeyError:
                assert text not in CHINESE_NUMBERS  # left to chinese_number, as before
                continue
            assert CHINESE_NUMBERS.get(text) == parsed, text
    assert CHINESE_NUMBERS["九十九"] == 99 and CHINESE_NUMBERS["十"] == 10


def test_three_public_words_are_found_once_per_section(seed, generated_full, example_full, catalog):
    asked = stated = 0
    for d in (seed, generated_full, example_full):
        ctx = Context(d, catalog)
        for c in ctx.text.claims:
            asked += 1
            stated += may_state_three_public(c)
            assert names_three_public_item(ctx, c) == may_state_three_public(c), c.raw_subject
            # a claim a rule makes (not the text's): answered afresh, not from the document's memo
            shifted = dataclasses.replace(c, start=max(0, c.start - 3))
            assert names_three_public_item(ctx, shifted) == may_state_three_public(shifted), c.raw_subject
    assert 0 < stated < asked


def test_claim_indexes_hold_what_a_scan_finds(seed, generated_full, catalog):
    for d in (seed, generated_full):
        ctx = Context(d, catalog)
        for c in ctx.text.claims:
            assert claims_of_flow(ctx, c) == [x for x in ctx.text.claims if x.flow is c.flow]
            assert claims_of_quantity(ctx, c.quantity) == [x for x in ctx.text.claims if x.quantity == c.quantity]
        assert claims_of_quantity(ctx, "no such quantity") == []
        kinds, claims = claim_kinds(ctx), ctx.text.claims
        assert kinds.changed == [c for c in claims if c.delta is not None]
        assert kinds.rated == [c for c in claims if c.rate is not None or c.budget_rate is not None]
        assert kinds.shared == [c for c in claims if c.share is not None]
        assert kinds.budgeted == [c for c in claims if c.budget is not None]
        assert kinds.reasoned == [c for c in claims if c.reason]
        assert kinds.changed and kinds.rated and kinds.shared and kinds.reasoned
        assert claim_kinds(ctx) is kinds  # made once per document


def test_carryover_by_code_prefix_is_the_scan_of_table_2(seed, generated_full, catalog):
    from yusuan.money import ZERO

    for d in (seed, generated_full):
        ctx = Context(d, catalog)
        t2 = ctx.view(TableId.T2)
        assert t2 is not None
        codes = {r.code[:k] for r in t2.coded() for k in range(len(r.code or "") + 1)} | {"999", "2010101x"}
        for code in codes:
            rows = [r for r in t2.coded() if len(r.code) == 7 and r.code.startswith(code)] or \
                [r for r in t2.coded() if r.code == code]
            expected = sum((t2.amount(r, "carryover_fiscal") for r in rows), ZERO)
            assert figures(ctx).carryover_of(code) == expected, code


def _marker_style_by_style(text: str) -> tuple[str, int, int] | None:
    """What W710's marker read before the styles became one pattern: each style's pattern in turn."""
    if MAY_BE_NUMBERED.match(text) is None:
        return None
    for style, level, pattern in STYLES:
        m = pattern.match(text)
        if m is None:
            continue
        n = chinese_number(m.group(1)) if style in ("part", "一、", "（一）") else int(m.group(1))
        return None if n is None or n == 0 else (style, level, n)
    return None


def test_one_numbering_pattern_reads_as_the_styles_did(seed, generated_full, example_full):
    pieces = ["第", "部分", "一", "三", "十", "九", "、", "(", ")", "1", "12", "0", "123", ".", "5", "公务", "x"]
    texts = [*_texts(random.Random(6), pieces, 30_000, longest=6), *_documents(seed, generated_full, example_full)]
    read = 0
    for t in texts:
        try:
            expected = _marker_style_by_style(t)
        except KeyError:  # "十十、": chinese_number's own failure, unchanged
            continue
        m = marker(t, normalised=t)
        assert (None if m is None else (m.style, m.level, m.number)) == expected, t
        read += expected is not None
    assert read > 1000
