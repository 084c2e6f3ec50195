"""The published seed: its real inconsistencies are found, and every error is one a careful reviewer
would accept. Checked on the hand transcription (tests/check/seed_transcript.py) and on the seed
text read by the published-text reader."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import SEED_TEXT
from yusuan.rules import Severity, check

# (rule, words the message contains) — one entry per finding
EXPECTED_ERRORS = [
    ("A101", "表2“20101 人大事务”的一般公共预算为 727.44"),     # 201/20101 put the 16.20 carry-over in 一般公共预算
    ("A101", "表2“20101 人大事务”的财政拨款结转为 0.00"),
    ("A102", "表2合计行的一般公共预算为 825.94"),
    ("A102", "表2合计行的财政拨款结转为 16.20"),
    ("A106", "财政拨款（补助）小计"),                           # 表2 prints the 小计 column blank
    ("A110", "表4“201 一般公共服务支出 等 5 行”"),              # 表4 leaves 一般公共预算 blank
    ("T301", "一般公共服务支出”为 736.43万元"),                 # 第三部分 四 vs 表4/表5 736.44
    ("T302", "834.94 万元占 97.04%"),                           # 97.04% is 825.94 / 851.14
    ("T307", "项目“人大会议”资金分配合计 40.00"),               # 35 + 2 + 1.5 + 1.5 ≠ 38
    ("X208", "2010108 代表工作"),                                # 表7 codes 驻县…活动经费 to 2010199
    ("X208", "2010199 其他人大事务支出"),
]
EXPECTED_WARNINGS = [
    ("P606", "昌吉市十届三次人代会”35.00 万元，超过"),          # allocation 35 > cost target ≤ 30
    ("T305", "“上级一般公共预算安排的转移支付资金”9.00 万元已含在“一般公共预算”中"),
    ("T312", "由“一般公共预算”推得上年数 913.52"),              # 913.52 vs 539.72 + 390.00
    ("T312", "由“一般公共预算、财政拨款结转”推得上年数 913.52"),
    ("T314", "上年数合计已达 920.32 万元，超过由“一般公共预算”推得的上年总数 913.52"),
    ("W702", "“因公出国(境)费”比上年增减为 0"),
    ("W702", "“公务用车购置费”比上年增减为 0"),
    ("W702", "“公务接待费”比上年增减为 0"),
    ("W703", "“上级一般公共预算安排的转移支付资金”上年为 0"),   # 增长100% from zero
    ("W703", "“财政拨款结转”上年为 0"),
]
NOTICE_ORIGINS = Counter({"A101": 2, "A102": 2, "A103": 4, "X211": 1, "T304": 1})  # the 491.23 slip and others


def _match(findings, expected):
    left = list(findings)
    for rule, words in expected:
        hit = next((f for f in left if f.rule == rule and words in f.message), None)
        assert hit is not None, (rule, words, [f.message for f in left if f.rule == rule])
        left.remove(hit)
    return left


def test_transcribed_seed_findings(seed):
    findings = check(seed)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    warnings = [f for f in findings if f.severity == Severity.WARNING]
    notices = [f for f in findings if f.severity == Severity.NOTICE]
    assert _match(errors, EXPECTED_ERRORS) == []
    assert _match(warnings, EXPECTED_WARNINGS) == []
    assert {f.rule for f in notices} == {"A100"}
    assert Counter(f.origin for f in notices) == NOTICE_ORIGINS


def test_seed_findings_carry_places(seed):
    by_rule = {f.rule: f for f in check(seed)}
    assert by_rule["T302"].where.section == "3.2" and "97.04%" in by_rule["T302"].where.sentence
    assert "一般财力" in by_rule["T302"].fix  # the wrong numerator is named
    assert by_rule["T307"].where.section == "3.7"
    assert by_rule["A110"].where.table == "T4"
    assert by_rule["T301"].expected == "736.44" and by_rule["T301"].actual == "736.43"


@pytest.fixture(scope="module")
def extracted():
    published = pytest.importorskip("yusuan.readers.published")
    return published.extract_file(SEED_TEXT).disclosure


ALLOWED_ERROR_RULES = {rule for rule, _ in EXPECTED_ERRORS}


def test_seed_text_read_by_the_reader(extracted):
    """The published text, read by the text reader: the same inconsistencies, and no other errors."""
    findings = check(extracted)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    assert {f.rule for f in errors} <= ALLOWED_ERROR_RULES, [f.message for f in errors]
    text_and_cross = [e for e in EXPECTED_ERRORS if e[0] in ("T301", "T302", "T307", "X208")]
    assert _match(errors, text_and_cross) is not None
    warnings = {f.rule for f in findings if f.severity == Severity.WARNING}
    assert {"T305", "T312", "W702", "W703"} <= warnings
