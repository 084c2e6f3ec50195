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

