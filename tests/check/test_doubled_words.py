"""W723's doubled words: a list opener, a unit or 的 printed twice in a row — not words that hold a doubled
character of their own (的的确确, 目的的)."""

from __future__ import annotations

import pytest

from yusuan.rules.plausibility.wording import DOUBLED


@pytest.mark.parametrize("text", ["2024年末实有在岗人员17人，其中:其中行政人员6人", "增加原因主要是主要是按照",
                                  "支出合计6449万元，其中：其中：", "收入10.00万元万元", "部门的的收入"])
def test_a_doubled_word_is_found(text):
    assert DOUBLED.search(text)


@pytest.mark.parametrize("text", ["的的确确", "实现目的的手段", "其中：行政人员6人，其中正科1人", "10万元，万元以下"])
def test_a_word_of_its_own_is_not(text):
    assert not DOUBLED.search(text)
