"""Ways of writing that the audited errors still missed on the real-world corpus taught (session 7), each test
a small hand-made text written the way such pages write."""

from __future__ import annotations

import pytest

from tests.check.test_claims_excerpts import found, page


@pytest.mark.parametrize(("text", "fires"), [
    # an income that 包括 its sources lists them all: 300 + 100 + 90 = 490 ≠ 500
    ("其中：财政拨款收入500万元，占收入预算总额的95%，包括一般公共预算拨款300万元、纳入预算管理的非税收入100万元、"
     "专项收入90万元；上年结余26.32万元。", True),
    ("其中：财政拨款收入490万元，包括一般公共预算拨款300万元、纳入预算管理的资金100万元、专项收入90万元。", False),
    # closed by 等, or opened by 其中 / 主要包括: the list says it may leave sources out
    ("财政拨款收入500万元，包括一般公共预算拨款300万元、纳入预算管理的资金100万元、专项收入90万元等。", False),
    ("财政拨款收入500万元，其中：一般公共预算拨款300万元、纳入预算管理的资金100万元、专项收入90万元。", False),
    ("财政拨款收入500万元，主要包括一般公共预算拨款300万元、纳入预算管理的资金100万元、专项收入90万元。", False),
    # an expenditure's 包括 names its main items
    ("工资福利支出130.53万元，包括基本工资64.13万元、津贴补贴41.31万元、机关事业单位基本养老保险缴费11.81万元。", False),
])
def test_an_income_that_includes_its_sources_lists_them_all(text, fires):
    assert bool(found(page(text, year=2018), "T304")) is fires
