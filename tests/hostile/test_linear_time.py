"""Linear-time reading: a long line costs time in proportion to its length.

Each case generates one hostile line (no newline for 10 000 and 100 000 characters) and times the
code on both: linear code takes about ten times as long for the longer line, a pattern that
backtracks quadratically a hundred times (the title pattern took 7 s on 20 000 characters and 75 s
on 100 KB of NUL bytes). Every look-back over the text is bounded by the length of a sentence
(claims.SENTENCE_REACH), so a line that never ends costs time in proportion to its length.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tests.conftest import SEED_TEXT
from yusuan.money import MoneyUnit
from yusuan.readers.published import assemble, sections, statements, titles

# unit → a line of it repeated; each is a shape the readers' patterns look for
SHAPES = {
    "chinese": "部门预算收入支出合计卫生健康的",
    "nul": "\0",
    "digits": "1",
    "digits_commas": "1,",
    "amounts": "1万元",
    "year_no_kind": "2024年",
    "title_words": "部门2024年度",
    "operating_costs": "机关运行经费1",
    "procurement": "政府采购预算(",
    "staffing": "编制数1",
    "institutions": "下设",
    "heading": "一、",
    "table_title": "表1",
    "spaces": " \u3000",
    "parens": "（",
    "unclosed_citation": "《2024年",
    "unclosed_bracket": "〔[(2024年",
    "stated_unit": "单位:万元 12",  # a unit stated again and again, no decimal amount after it
}


def line(shape: str, n: int) -> str:
    unit = SHAPES[shape]
    return (unit * (n // len(unit) + 1))[:n]


def best_of(fn: Callable[[], object], times: int = 3) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(fn: Callable[[str], object], shape: str, slack: float = 0.25) -> None:
    short, long_ = line(shape, 10_000), line(shape, 100_000)
    t10 = best_of(lambda: fn(short))
    t100 = best_of(lambda: fn(long_))
    assert t100 <= 30 * t10 + slack, f"{shape}: {t10:.4f}s for 10k characters, {t100:.4f}s for 100k"


READERS: dict[str, Callable[[str], object]] = {
    "document_title": lambda text: statements.document_title([text, text, text, text]),
    "year_of_text": lambda text: statements.year_of_text([text]),
    "operating_costs": lambda text: statements.operating_costs(text, MoneyUnit.WAN),
    "procurement": lambda text: statements.procurement(text, MoneyUnit.WAN),
    "staffing": lambda text: statements.staffing(text),
    "institutions": lambda text: statements.institutions(text),
    "parse_heading": lambda text: sections.parse_heading(text),
    "match_title": lambda text: titles.match_title(text),
    "unit_then_amounts": lambda text: assemble._unit_then_amounts(text),  # is a page without headings a budget's?
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("shape", SHAPES)
def test_statement_heading_and_title_patterns_are_linear(reader, shape):
    assert_linear(READERS[reader], shape)


def test_the_title_pattern_on_the_issues_cases():
    """20 000 characters took 7 s, 100 KB of NUL bytes 75 s; both now take milliseconds."""
    for text in (line("chinese", 20_000), "\0" * 100_000):
        assert best_of(lambda t=text: statements.document_title([t]), 1) < 0.5


def test_the_department_and_year_still_read():
    assert statements.document_title(["中共上海市普陀区委", "社会工作部2024 年度", "部门决算"])[:2] == \
        ("中共上海市普陀区委社会工作部", 2024)
    assert statements.document_title(["关于昌吉市人大常委会办公室2023年预算公开"])[:2] == ("昌吉市人大常委会办公室", 2023)
    assert statements.document_title(["2023年预算"]) == (None, None, None)  # no department before the year


# -- whole documents -------------------------------------------------------------------------------
SEED_LINES = SEED_TEXT.read_text(encoding="utf-8").splitlines()
AT = next(i for i, text in enumerate(SEED_LINES) if "收入预算" in text and "其中" in text) + 1


def seed_with(text: str) -> str:
    return "\n".join([*SEED_LINES[:AT], text, *SEED_LINES[AT:]])


def _extract(text: str):
    from yusuan.catalog.catalog import default_catalog
    from yusuan.readers.published.assemble import Assembler
    from yusuan.readers.published.findings import Findings
    from yusuan.readers.published.text import parse_text

    source = parse_text(text, "seed.txt")
    return Assembler(source, default_catalog(), Findings([])).run()


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["chinese", "nul", "amounts", "title_words", "heading", "digits_commas"])
def test_extracting_a_document_with_a_long_line_is_linear(shape):
    _extract(seed_with(""))  # imports and catalogue out of the timing
    t10 = best_of(lambda: _extract(seed_with(line(shape, 10_000))), 2)
    t100 = best_of(lambda: _extract(seed_with(line(shape, 100_000))), 2)
    assert t100 <= 5 * t10 + 2, f"{shape}: {t10:.2f}s for 10k characters, {t100:.2f}s for 100k"


def _check(text: str):
    from yusuan.catalog.catalog import default_catalog
    from yusuan.rules.runner import check

    return check(_extract(text).disclosure, default_catalog())


@pytest.mark.slow
@pytest.mark.parametrize("shape", [
    "amounts",  # every amount looked back over the whole line for its words (claims.py, stated.py)
    "qizhong",  # every '其中：' re-split the rest of its sentence
    "heji",
    "chinese", "digits_commas",
    "bracket_qizhong",  # every bracketed '其中' looks for its closing bracket (claims._bracket_close, bounded)
    "balance",  # one never-ending sentence of an account's terms (W719 groups its claims by sentence)
])
def test_checking_a_document_with_a_long_line_is_linear(shape):
    """Small sizes (n and 4n characters; the quadratic cases cost minutes at 10 000). The marginal
    cost over the document without the line must grow about fourfold, not sixteenfold."""
    units = {**SHAPES, "qizhong": "其中：", "heji": "合计", "bracket_qizhong": "（其中1万元",
             "balance": "上年结转和结余1万元，本年收入1万元，支出1万元，年末结转和结余5万元，"}
    n = {"heji": 2_000, "qizhong": 2_000, "amounts": 1_000, "bracket_qizhong": 1_000, "balance": 1_000}.get(shape, 500)  # long enough to show a square
    text = lambda size: (units[shape] * size)[:size]  # noqa: E731
    base = best_of(lambda: _check(seed_with("")), 2)
    t1 = best_of(lambda: _check(seed_with(text(n))), 2) - base
    t4 = best_of(lambda: _check(seed_with(text(4 * n))), 2) - base
    assert t4 <= 8 * max(t1, 0.02) + 0.3, f"{shape}: +{t1:.2f}s for {n} characters, +{t4:.2f}s for {4 * n}"


def test_lines_of_one_width_above_the_first_text_cost_time_in_proportion():
    """Lines as wide as a wrapped paragraph's, none of them text alone, are held as the paragraph's first
    lines until a line of text comes: at most a few (HELD_MAX), or 2 000 lines took 7 s."""
    row = "三公经费" + "甲" * 36

    def page(n: int) -> str:
        return "\n".join([row] * n) + "\n支出合计100.00万元，比上年增加1.00万元。\n"

    _extract(page(10))
    t1 = best_of(lambda: _extract(page(2_000)), 2)
    t8 = best_of(lambda: _extract(page(16_000)), 2)
    assert t8 <= 16 * t1 + 0.5, f"{t1:.2f}s for 2 000 lines, {t8:.2f}s for 16 000"
