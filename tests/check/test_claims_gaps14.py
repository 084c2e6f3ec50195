"""Ways of writing that the fourteenth blind batch of the real-world corpus taught (r600–r609), each test a
small hand-made text written the way such pages write."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page


def test_a_list_after_a_comparison_base_breaks_down_this_years_amount():
    """"…总额为1238万元，较2023年年初预算的1278万元减少40万元。其中：…" (r603): the 其中 list is of the 1238, not of
    last year's 1278 named as the base of the comparison."""
    text = ("2024年本级部门安排“三公”经费预算总额为1238万元，较2023年年初预算的1278万元减少40万元，同比下降3.1%。"
            "其中：因公出国(境)费用0万元，与上年无变化；公务接待费633万元，较上年减少8万元；"
            "公务用车购置及运行维护费605万元，较上年减少32万元，同比下降5%。")
    assert not found(page(text, year=2024), "T304")
    # this year's amount is still checked against its parts
    wrong = text.replace("总额为1238万元", "总额为1248万元").replace("减少40万元", "减少30万元")
    (f,) = found(page(wrong, year=2024), "T304")
    assert "1248" in f.message and "1238" in f.message


def test_a_total_of_income_and_spending_lists_both_sides_not_parts():
    """"财政拨款收支总预算77.82万元。其中，收入总计77.82万元…；支出总计77.82万元…" (r602): each side is the whole."""
    text = ("三亚市某林场财政拨款收支总预算77.82万元。其中，收入总计77.82万元，包括一般公共预算本年收入77.82万元、"
            "上年结转0万元，政府性基金预算本年收入0万元、上年结转0万元；支出总计77.82万元，包括社会保障和就业支出"
            "11.35万元、卫生健康支出4.02万元、农林水支出56.58万元、住房保障支出5.87万元，结转下年0万元。")
    assert not found(page(text, year=2025), "T304")
    # a side's own list is still checked
    wrong = text.replace("农林水支出56.58万元", "农林水支出66.58万元")
    (f,) = found(page(wrong, year=2025), "T304")
    assert "87.82" in f.message


def test_amounts_after_zhuyao_shi_break_down_the_part_before_them():
    """"收入合计138.55万元，其中：本年收入138.55万元，主要是一般公共预算拨款138.55万元，政府性基金预算拨款0万元…"
    (r606): the amounts after "主要是" are the 本年收入's, not siblings of it."""
    text = ("(一)收入预算：2026年收入合计138.55万元，其中：本年收入138.55万元，主要是一般公共预算拨款138.55万元，"
            "政府性基金预算拨款0万元，国有资本经营预算收入0万元，事业收入0万元，其他收入0万元。")
    assert not found(page(text, year=2026), "T304")
    # the part's own list is checked
    wrong = text.replace("事业收入0万元", "事业收入10万元")
    (f,) = found(page(wrong, year=2026), "T304")
    assert "本年收入" in f.message and "148.55" in f.message


def test_the_kinds_of_post_under_a_subtotal_run_to_the_end_of_the_clause():
    """"编制人数小计39人，其中：行政编制人数0人，参照公务员法管理的事业编制人数39人，事业编制人数39人。" (r604, the 江西
    template): the three kinds are all the 小计's, though the first two already make 39; 0 + 39 + 39 = 78 ≠ 39."""
    text = ("编制人数小计39人，其中：行政编制人数0人，参照公务员法管理的事业编制人数39人，事业编制人数39人。"
            "实有人数小计39人。")
    (f,) = found(page(text, year=2025), "T304")
    assert "39 人" in f.message and "78 人" in f.message
    assert not found(page(text.replace("参照公务员法管理的事业编制人数39人", "参照公务员法管理的事业编制人数0人"),
                          year=2025), "T304")
    # without 小计, a list of people still ends where it adds up ("…；实有人数63人" is a sibling)
    assert not found(page("编制人数63人，其中行政编制27人，事业编制36人，实有人数63人。", year=2025), "T304")


def test_a_whole_and_the_amount_it_is_part_of_are_no_series():
    """"实有人数小计39人，其中：在职人数小计39人，包括行政编制在职人数0人、参公…39人、事业编制在职人数39人" (r604): the
    list breaks down the 在职 39, not 实有 + 在职 (39 + 39 = 78 would hide 0 + 39 + 39 = 78 ≠ 39)."""
    text = ("实有人数小计39人，其中：在职人数小计39人，包括行政编制在职人数0人、参照公务员法管理的事业编制在职人数39人、"
            "事业编制在职人数39人；离休人数0人；退休人数0人。")
    (f,) = found(page(text, year=2025), "T304")
    assert "在职人数" in f.message and "78 人" in f.message


def test_changes_named_after_the_zhuyao_shi_of_a_larger_change_explain_it():
    """"收入较去年增加24.87万元，主要是工资调标，人员经费增加，公用经费增加，一般公共预算拨款增加23.29万元，上年结转结余
    资金增加1.58万元。" (r605): the two parts' changes are the explanation of the total's, not unexplained changes."""
    text = ("(一)收入预算：2026年年初预算数97.04万元，其中：一般公共预算拨款95.46万元，上年结转结余资金1.58万元；"
            "收入较去年增加24.87万元，主要是工资调标，人员经费增加，公用经费增加，一般公共预算拨款增加23.29万元，"
            "上年结转结余资金增加1.58万元。")
    assert not found(page(text, year=2026), "W701")
    # a large change of its own is still asked for its reason
    assert found(page("(一)收入预算：2026年年初预算数97.04万元，其中：一般公共预算拨款95.46万元；一般公共预算拨款较去年"
                      "增加23.29万元。", year=2026), "W701")
