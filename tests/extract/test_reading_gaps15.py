"""Reading gaps found by the fifteenth blind batch (r620–r627, 决算)."""

from __future__ import annotations

from yusuan.readers.published.statements import staffing


def test_staff_stated_kind_by_kind_are_summed():
    """The Beijing template states 编制 and 实有人数 for each kind of post (r620): the unit's are the sums,
    not the first kind's (which is often 0)."""
    s = staffing("（二）人员构成情况\n行政编制0人,实有人数0人;事业编制334人,实有人数301人,学生人数3288人。")
    assert (s.authorized, s.actual) == (334, 301)
    s = staffing("行政编制12人，实有人数10人；事业编制5人，实有人数4人。")
    assert (s.authorized, s.actual) == (17, 14)


def test_one_kind_or_a_stated_total_reads_as_before():
    assert (lambda s: (s.authorized, s.actual))(staffing("行政编制29人,实有人数26人。")) == (29, 26)
    s = staffing("编制56人,其中:行政编制24人,事业编制32人;本部门年末实有人数76人,其中在职人员48人")
    assert (s.authorized, s.actual) == (56, 76)



def test_a_title_over_two_lines_below_a_sites_index_block():
    """A 重庆 site's index block ("[ 索引号 ] | … |"), then the unit's name on one line and "2024年度决算公开说明"
    on the next (r624): the name is the department, as when the same two lines open the page."""
    from yusuan.readers.published.statements import document_title

    lines = ["[ 索引号 ] | 11500221009304852A/2025-00013 | [ 发文字号 ] | 无 |",
             "[ 主题分类 ] | 财政、金融、审计 | [ 体裁分类 ] | 财政预算、决算 |",
             "[ 发布机构 ] | 长寿区洪湖镇 | [ 有效性 ] | |",
             "[ 成文日期 ] | 2025-10-14 | [ 发布日期 ] | 2025-10-14 |",
             "重庆市长寿区洪湖镇人民政府", "2024年度决算公开说明", "一、部门基本情况"]
    dept, year, _ = document_title(lines)
    assert (dept, year) == ("重庆市长寿区洪湖镇人民政府", 2024)
