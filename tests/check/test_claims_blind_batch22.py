"""Claim readings corrected after the twenty-second blind batch (r760–r767)."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
from yusuan.model.figures import key_figures


def test_a_list_opened_in_brackets_ends_at_the_closing_bracket():
    """"中级17人(其中正科1人,副科2人),助理级36人" (r767): the bracket's 其中 breaks down 中级; 助理级 after the
    bracket is 中级's sibling, not a part of it (no T304 of 17 against 1 + 2 + 36)."""
    text = "人员结构：中级17人（其中正科1人，副科2人），助理级36人。人员来源情况：学校毕业分配17人，招考录用36人。"
    assert found(page(text, final=True, year=2017), "T304") == []


def test_a_bracket_list_without_numbers_takes_nothing_after_the_bracket():
    """"单位人员编制：57人（其中一正两副），实有人员：53人" (r767): the 实有 figure after the bracket is no part of
    the 编制 (57 against 53 + …)."""
    text = "单位人员编制：57人（其中一正两副），实有人员：53人，离退休人员13人，中级17人。"
    assert found(page(text, final=True, year=2017), "T304") == []


def test_a_list_in_brackets_is_still_checked():
    """The bracket's own parts are still the whole's: 2 + 3 against 4 is reported."""
    text = "公务用车购置及运行维护费4万元（其中：购置费2万元，运行维护费3万元），公务接待费1万元。"
    assert found(page(text, year=2024), "T304")


def _staff(text: str, **kw) -> dict:
    return key_figures(page(text, **kw))["staff"]


def test_staff_stated_kind_of_post_by_kind_of_post_add_up():
    """"行政编制0人，实有人数0人；事业编制30人，实有人数25人" (r760, the Beijing template): each 实有人数 is its kind's;
    the unit's 编制 and 实有人数 are the sums (30, 25), not the first kind's (0, 0)."""
    text = "本单位行政编制0人，实有人数0人；事业编制30人，实有人数25人；离退休人员3人。"
    assert _staff(text, year=2025) == {"authorized": 30, "actual": 25}


def test_a_stated_whole_is_kept_over_the_kinds_of_post():
    text = "编制人数小计40人，实有人数合计33人，其中：行政编制10人，实有人数8人；事业编制30人，实有人数25人。"
    assert _staff(text, year=2025) == {"authorized": 40, "actual": 33}


def test_one_kind_of_post_alone_is_the_units():
    assert _staff("单位事业编制57人，实有人数55人。", final=True, year=2023) == {"authorized": 57, "actual": 55}


def test_the_staff_in_post_after_gong_you():
    """"共有在职职工322人" (r766): the staff in post (only 实有在职 was meant to be left to the 实有 words)."""
    assert _staff("安远学区为公益一类事业单位，共有在职职工322人，退休137人。", year=2022)["actual"] == 322


def test_a_schools_bare_teaching_staff_and_posts_counted_in_ge():
    """"我园现有学生683人，22个教学班，教职工82人" and "单位核定事业编制54个" (r765): the staff in post and the posts;
    retired staff (退休教职工) and a count of classes in 个 are neither."""
    text = "我园现有学生683人，22个教学班，教职工82人。单位核定事业编制54个。"
    assert _staff(text, final=True, year=2023) == {"authorized": 54, "actual": 82}
    assert (key_figures(page("现有退休教职工12人，22个教学班。", final=True, year=2023)).get("staff") or {}) \
        .get("actual") is None


_ACCOUNT = ("2023年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支差额0万元，"
            "结余分配0万元，年末结转和结余资金为{out}。")


def test_a_year_end_balance_off_its_terms():
    """"上年结转和结余…98.45万元，本年收入1095.76万元，支出1193.35万元，…年末结转和结余资金为5862.89万元" (r765):
    98.45 + 1095.76 − 1193.35 = 0.86 (W719); printed in 元, the expected balance is shown in 元 (8600.00)."""
    hits = found(page(_ACCOUNT.format(out="5862.89万元"), final=True), "W719")
    assert len(hits) == 1 and "0.86" in hits[0].message
    hits = found(page(_ACCOUNT.format(out="5862.89元"), final=True), "W719")
    assert len(hits) == 1 and "8600.00 元" in hits[0].message


def test_a_year_end_balance_that_follows_from_its_terms():
    assert found(page(_ACCOUNT.format(out="0.86万元"), final=True), "W719") == []


def test_a_sentence_with_a_term_outside_the_account_is_not_checked():
    """An amount that is none of the account's terms (提取专用基金) may explain the difference: not checked; nor is a
    收入总计, which holds the balance brought forward."""
    text = ("上年结转和结余10万元，本年收入100万元，支出105万元，提取专用基金2万元，年末结转和结余3万元。"
            "年初结转和结余10万元，收入总计110万元，支出105万元，年末结转和结余5万元。")
    assert found(page(text, final=True), "W719") == []


def test_the_incomes_sentence_under_a_heading_of_the_expenditure():
    """"（二）全年支出\\n2022年收入预算3038.92万元，比2021年3019万元增加19.92万元，增长0.66%。" (r766): W721."""
    text = "（一）全年收入\n2022年收入预算3038.92万元，比2021年增加19.92万元。\n（二）全年支出\n2022年收入预算3038.92万元，比2021年增加19.92万元。"
    hits = found(page(*text.split("\n"), year=2022), "W721")
    assert len(hits) == 1 and "收入预算" in hits[0].message and "全年支出" in hits[0].message


def test_a_sentence_naming_both_sides_or_cut_off_under_one_sides_heading():
    """"三、支出决算具体情况\\n2017年收入194.44万元，支出195.91万元。" names the heading's side too; a sentence cut off
    before its end may name it unseen; a heading of 收支 names both: none is W721's."""
    for text in ("三、支出决算具体情况\n2017年收入194.44万元，支出195.91万元。",
                 "（一）全年收入\n2023年财政拨款支出预算1090.79万",
                 "（一）收支预算\n2023年收入预算100万元。"):
        assert found(page(*text.split("\n"), year=2023), "W721") == [], text


def test_the_staff_in_post_counted_as_zai_gang():
    """"我局编制数10人…。2024年末实有在岗人员17人，其中：…" (r768): 实有在岗人员 is the staff in post."""
    text = "我局编制数10人，其中行政5人，服务中心（事业编制）5人。2024年末实有在岗人员17人，其中：行政人员6人，机关工勤5人，事业人员5人，志愿者1人。"
    assert _staff(text, year=2025) == {"authorized": 10, "actual": 17}
