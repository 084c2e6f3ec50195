"""Readings corrected after the nineteenth blind batch (r700–r706)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_profile import profile_of


@pytest.mark.parametrize("text", [
    "一、大口径财政收入情况\n2月份，全县实现大口径财政收入5682万元，完成预算105425万元的5.39%，较上年同期减收1816万元。",
    "一、一般公共预算收支情况\n（一）收入情况。1-5月，全县完成财政总收入4348万元，占年初预算10065万元的43.2%，同比下降6.5%。",
])
def test_a_whole_countys_revenue_collected_is_a_governments_account(tmp_path: Path, text: str):
    """"全县实现大口径财政收入…", "全縣完成財政總收入…" (r700, r702): what a whole county collects, 上划 shares
    included, is a government's account over all its levels, not a department's."""
    assert profile_of(tmp_path, text).scope.value == "汇总"


def test_a_departments_revenue_stays_a_departments(tmp_path: Path):
    text = "一、收入预算情况\n本部门2024年收入预算5682万元，其中一般公共预算拨款收入5682万元。"
    assert profile_of(tmp_path, text).scope.value == "部门"
