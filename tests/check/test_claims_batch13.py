"""Ways of writing that the thirteenth blind batch of real pages (r580–r586, final accounts) showed, each test
a small hand-made text."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
from yusuan.model.figures import key_figures


def test_a_share_of_a_funds_total_spending():
    """"基本支出1656.48万元，占一般公共预算财政拨款总支出的70.80%": 总 after a fund's name is that fund's whole
    (一般公共预算财政拨款支出 2339.68), not all the spending of the page (总支出 7778.55)."""
    d = page("2017年总支出7778.55万元，其中项目支出683.20万元，基本支出7095.35万元。\n"
             "2017年度一般公共预算财政拨款支出2339.68万元，占本年支出合计的30.08%。\n"
             "1.基本支出1656.48万元，占一般公共预算财政拨款总支出的70.80%。\n"
             "2.项目支出683.20万元，占一般公共预算财政拨款总支出的29.20%。", final=True, year=2017)
    assert not found(d, "T304")
    # the shares of a fund's total that does not hold its parts are still found
    d = page("2017年总支出7778.55万元。\n2017年度一般公共预算财政拨款支出2339.68万元。\n"
             "1.基本支出1656.48万元，占一般公共预算财政拨款总支出的60.80%。\n"
             "2.项目支出483.20万元，占一般公共预算财政拨款总支出的19.20%。", final=True, year=2017)
    assert found(d, "T304")


def test_the_staff_in_post_at_the_years_end():
    """"在职职工编制数320人,2017年末在职职工246人": the staff in post at the end of the year is the staff
    actually there; last year's end is not."""
    d = page("我院在职职工编制数320人,2017年末在职职工246人,比上年减少10人。", final=True, year=2017)
    assert key_figures(d)["staff"] == {"authorized": 320, "actual": 246}
    d = page("我院在职职工编制数320人,上年末在职职工256人。", final=True, year=2017)
    assert key_figures(d)["staff"].get("actual") is None


def test_a_three_public_item_printed_in_yuan():
    """W717: "支出决算为13.07万元…其中：因公出国（境）费支出决算为4.46元" — a “三公” item of a few 元 among amounts in
    万元 has lost its 万; a page in 元 throughout, or an item of hundreds of 元, is left alone."""
    d = page("“三公”经费支出决算为13.07万元,完成预算104.56%。其中:因公出国(境)费支出决算为4.46元,"
             "公务接待费支出决算为3.2万元。", final=True, year=2017)
    assert [f.actual for f in found(d, "W717")] == ["4.46元"]
    d = page("“三公”经费支出决算为12,000.00元,其中:公务用车运行维护费支出决算为12,000.00元,"
             "因公出国(境)费支出0.00元。", final=True, year=2022)
    assert not found(d, "W717")
    d = page("“三公”经费支出决算为1.3万元,其中:公务接待费支出决算为600元。", final=True, year=2022)
    assert not found(d, "W717")


def test_the_staff_in_post_when_the_year_opens():
    """"2023年编制人数为82人,2023年年初在职人数为86人" (r529): the staff in post at the start of the budget year
    is the staff actually there; last year's start is not."""
    d = page("本校编制人数为40人,2024年年初在职人数为43人,退休人数为9人。", year=2024)
    assert key_figures(d)["staff"] == {"authorized": 40, "actual": 43}
    d = page("本校编制人数为40人,上年年初在职人数为41人,退休人数为9人。", year=2024)
    assert key_figures(d)["staff"].get("actual") is None
