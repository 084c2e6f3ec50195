"""Ways of writing that the twelfth blind batch of real pages (r560–r565, budgets) showed, each test a small
hand-made text."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page


def test_a_change_after_a_list_that_is_its_wholes_is_no_new_item():
    """"收入预算777.03万元，其中：…事业收入10万元，其他收入23万元。较2023年增加40.17万元，主要是…" (r563): the change
    printed after the list's last part would leave that part's last year negative (23 − 40.17); it is the whole's
    (40.17 of 736.86, 5.5%), not a part that was zero last year and needs a reason."""
    d = page("收入预算：2024年年初预算数777.03万元，其中：一般公共预算拨款744.03万元，事业收入10万元，"
             "其他收入23万元。较2023年增加40.17万元。", year=2024)
    assert not found(d, "W701")
    d = page("收入预算：2024年年初预算数777.03万元，其中：一般公共预算拨款744.03万元，事业收入10万元，"
             "其他收入23万元。较2023年增加400.17万元。", year=2024)
    (f,) = found(d, "W701")  # large for the whole (400.17 of 376.86), and said of it
    assert "其他收入" not in f.message


def test_a_count_before_a_list_that_names_fewer():
    """"内设机构共6个，分别是：…、平安建设办公室" naming five (r560; r323 says 9 and names 8): W716. A 和 inside a
    name ("监察和法制工作委员会") may be one item or join two; a list ending in 等 is open."""
    d = page("内设机构共6个，分别是：党建工作办公室、经济发展办公室、城乡建设办公室、社会事务办公室、平安建设办公室。")
    (f,) = found(d, "W716")
    assert "6个" in f.message and "5 项" in f.message
    assert not found(page("下设5个处室，分别是：办公室、财经工作委员会、监察和法制工作委员会、教科文卫工作委员会。"), "W716")
    assert found(page("下设3个处室，分别是：办公室、财经工作委员会。"), "W716")
    assert not found(page("下设5个处室，分别是：办公室、财经工作委员会等。"), "W716")
