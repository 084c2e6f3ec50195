"""The text analysis's indexes and guarded patterns give what the scans they replace give (issue 11).

`model/marks.py` answers look-backs by bisection, a few patterns of `model/claims.py` are tried only
where they can match, and TOKEN is written to begin with its digit: each is compared here with the
plain definition, on the documents the checker reads and on made-up text built from the characters
and words that decide the answers.
"""

from __future__ import annotations

import random
import re

import pytest

from yusuan.model import claims
from yusuan.model.claims import (
    _CONTINUES,
    _OWN_WORDS,
    DELIMS,
    FILLER_END,
    FILLER_START,
    LEAD_ENUM,
    NAMED_REASON,
    TOKEN,
    UNIT_ALT,
    YEAR,
    _continues,
    _named_reason_matches,
    analyse,
    build_flow,
    clean_subject,
    last_mark,
)
from yusuan.model.marks import Marks

# TOKEN as it was written before it began with its digit: the look-behinds tried at every character
TOKEN_AS_DEFINED = re.compile(rf"(?<![\d.])(?<!\d,)(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)({UNIT_ALT})")


def _texts(*disclosures):
    for d in disclosures:
        for flow in analyse(d).flows.values():
            yield flow.text


def _random_texts(alphabet, count, longest, seed):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


def test_marks_answer_as_the_scans_do():
    rng = random.Random(3)
    for text in _random_texts(list("一二三。；，;,:\n!?原因") + ["原因"] * 3 + ["x"] * 20, 3_000, 200, 3):
        ix = Marks(text)
        for _ in range(10):
            end = rng.randint(0, len(text))
            start = rng.randint(0, end)
            for marks in ("。;\n", DELIMS, "\n", "。\n", "!"):  # subsets both before and after their superset
                assert ix.last(marks, start, end) == last_mark(text, marks, start, end)
                first = min((k for k in (text.find(m, start, end) for m in marks) if k != -1), default=-1)
                assert ix.first(marks, start, end) == first
                assert ix.any_in(marks, start, end) == any(m in text[start:end] for m in marks)
                reach = rng.choice((40, 80, 2000))
                assert ix.start_after(end, marks, reach) == claims.start_after(text, end, marks, reach)
            assert ix.last_word("原因", start, end) == text.rfind("原因", start, end)


def test_marks_see_overlapping_words():
    ix = Marks("原原原")
    assert ix.word_positions("原原") == [0, 1]
    assert ix.last_word("原原", 0, 3) == 1 and ix.last_word("原原", 0, 2) == 0 and ix.last_word("原原", 1, 2) == -1


def _spans(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_token_matches_as_defined(seed, generated_full, example_full):
    texts = list(_texts(seed, generated_full, example_full))
    assert sum(len(_spans(TOKEN, t)) for t in texts) > 300
    for text in texts:
        assert _spans(TOKEN, text) == _spans(TOKEN_AS_DEFINED, text)
    for text in _random_texts(list("0123456789.,,万元亿%人个次(占)\n;。年٣") + ["万元"] * 3, 50_000, 14, 7):
        assert _spans(TOKEN, text) == _spans(TOKEN_AS_DEFINED, text), text
        assert [m.span() for m in TOKEN.finditer(text, 2, 9)] == [m.span() for m in TOKEN_AS_DEFINED.finditer(text, 2, 9)]


def test_a_paragraph_continues_by_its_last_character():
    alphabet = [chr(c) for c in range(0x20, 0x3100, 3)] + list("、“（(,，٣0９一龥\u4dff\ua000")
    for text in _random_texts(alphabet, 50_000, 3, 2):
        text = text.rstrip()
        assert _continues(text) == (_CONTINUES.search(text) is not None), ascii(text)
    assert _continues("收入预算包括：一般公共预算拨款（") and not _continues("增长3.48%。")


def test_named_reasons_are_found_where_the_full_search_finds_them(seed, generated_full, example_full):
    texts = list(_texts(seed, generated_full, example_full))
    assert sum(len(_spans(NAMED_REASON, t)) for t in texts) > 0
    words = ["原因", "主要原因是", "减少的", "公务接待费", "。", ";", "\n", ",", "增加", ":", "是", "x"]
    made = ("".join(random.Random(i).choice(words) for _ in range(random.Random(-i).randint(0, 12)))
            for i in range(20_000))
    matched = 0
    for text in [*texts, *made]:
        found = [(m.span(), m.groups()) for m in _named_reason_matches(Marks(text))]
        assert found == _spans(NAMED_REASON, text), text
        matched += len(found)
    assert matched > 1_000  # the made-up text names reasons often enough to test the shortcut


def _clean_subject_as_defined(raw: str, department: str) -> str:
    s = LEAD_ENUM.sub("", raw)
    if department:
        s = s.replace(department, "")
    s = _OWN_WORDS.sub("", s)
    s = YEAR.sub("", s)
    s = FILLER_START.sub("", s)
    s = FILLER_END.sub("", s)
    return s.strip()


@pytest.mark.parametrize("department", ["", "本部门", "北林区委组织部"])
def test_clean_subject_skips_only_patterns_that_cannot_match(department):
    words = ["1、", "(一)", "二、", "(3)", "本部门", "本级", "我单位", "部门", "2024年", "2023年度", "其中", "包括", "和",
             "的", "、", "基本支出", "预算数为", "合计", "为", "类科目", "数", "\n", " ", "北林区委组织部", "٣、", "收入"]
    rng = random.Random(len(department))
    for _ in range(20_000):
        raw = "".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        assert clean_subject(raw, department) == _clean_subject_as_defined(raw, department), raw


def _sentence_as_defined(flow, start: int, end: int) -> str:
    s = claims.start_after(flow.text, start, "。;\n")
    e = end
    while e < len(flow.text) and flow.text[e] not in "。;\n":
        e += 1
    if e < len(flow.text) and flow.text[e] in "。;":
        e += 1
    if not flow.nmap:
        return ""
    o_s = flow.nmap[min(s, len(flow.nmap) - 1)]
    o_e = flow.nmap[min(e, len(flow.nmap)) - 1] + 1 if e > 0 else 0
    return flow.orig[o_s:o_e].strip()


def test_paragraph_lookups_are_the_scans_they_replace(seed, generated_full):
    for d in (seed, generated_full):
        for section in d.sections:
            flow = build_flow(section)
            for pos in range(len(flow.text) + 2):
                for end in (pos, pos + 3, pos + 40):
                    assert flow.sentence(pos, end) == _sentence_as_defined(flow, pos, end)
                plain_idx = next((i for s, e, i in flow.paras if s <= pos < e or (pos == e and s == e)),
                                 flow.paras[-1][2] if flow.paras else 0)
                plain_span = next(((s, e) for s, e, _ in flow.paras if s <= pos <= e), (0, len(flow.text)))
                assert flow.paragraph_at(pos) == plain_idx
                assert flow.para_span(pos) == plain_span


def test_every_match_of_an_item_holds_the_words_it_is_filtered_by():
    from yusuan.model.stated import _ITEMS_NEEDING

    assert sum(bool(needed) for _, _, needed in _ITEMS_NEEDING) > 10  # most items are filtered
    rng = random.Random(13)
    matched = 0
    for key, pattern, needed in _ITEMS_NEEDING:
        runs = re.findall(r"[\u4e00-\u9fff]+", pattern.pattern)  # the pattern's own words, and their characters
        pieces = runs + [ch for run in runs for ch in run] + ["(", ")", "、"]
        for _ in range(2_000):
            words = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            for m in pattern.finditer(words):
                matched += 1
                assert needed in m.group(0), (key, words)
    assert matched > 5_000
