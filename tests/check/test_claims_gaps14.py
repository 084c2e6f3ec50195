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
