"""Readings corrected after the nineteenth blind batch (r700–r706)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_profile import profile_of, read


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


@pytest.mark.parametrize("text", [
    "一、一般公共预算收支完成情况\n4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元。"
    "其中：税收收入8103万元，非税收入16524万元。\n4月，一般公共预算支出累计完成107752万元，完成预算数257288万元的41.9%。",
    "一、大口径财政收入情况\n2月份，全县实现大口径财政收入5682万元，完成预算105425万元的5.39%。1-2月，全县实现大口径财政收入"
    "17056万元，完成预算的16.18%。",
])
def test_what_months_of_the_year_completed_of_the_budget_is_the_budget_in_execution(tmp_path: Path, text: str):
    """"4月，…累计完成24627万元，完成年初预算数60999万元的40.4%" (r701, r700): a report on months of the year follows the
    budget in execution; 完成预算 there says nothing of final accounts, which cover a whole year."""
    assert profile_of(tmp_path, text).kind.value == "预算"


def test_completing_the_budget_over_the_year_is_still_final_accounts(tmp_path: Path):
    text = ("一、支出决算情况\n2023年度一般公共预算财政拨款支出决算为1741.75万元，完成年初预算的100%，决算数大于预算数55.93万元。"
            "截至2023年12月31日，单位共有车辆2辆。")
    assert profile_of(tmp_path, text).kind.value == "决算"


# a district's tables to its execution and draft, a PDF's text run together on one line (r703)
_DRAFT_TABLES = (
    "1.关于某某区2021年财政预算执行情况和2022年财政预算(草案)相关表格.pdf\n某某区五届人大一次 会 议 文 件 附件 某某区"
    "2021年财政预算执行情况 和2022年财政预算(草案) 相关表格 某某区财政局 表 格 目 录 第一部分:2021年预算执行情况 表一: "
    "2021年某某区一般公共预算收入执行情况表(财政预计数) 第二部分:2022年预算草案 表八: 2022年某某区一般公共预算收入(草案表) "
    "第一部分 2021年预算执行情况 2021年某某区一般公共预算收入执行情况表 (财政预计数) 表一 单位:万元 税收收入小计 27,631 "
    "33,385 33,385 100.00% 20.82%")


@pytest.mark.parametrize("text", [
    "目录\n第一部分 报告\n第二部分 预算表格\n一、2022年全县一般公共预算收支执行情况表\n二、2022年县级一般公共预算收支执行情况表\n"
    "三、2023年全县一般公共预算收支预算情况表\n第一部分 报告\n关于某县2022年预算执行情况和2023年预算草案的报告\n"
    "一、2022年财政预算执行情况\n2022年，全县一般公共预算收入预计完成81000万元，同比下降6.8%。",
    _DRAFT_TABLES,
])
def test_a_report_on_last_years_execution_and_the_draft_is_the_drafts_year(tmp_path: Path, text: str):
    """"关于沙洋县2022年预算执行情况和2023年预算草案的报告" (r705), "西夏区2021年财政预算执行情况和2022年财政预算(草案)
    相关表格" (r703): the coming year's budget, though last year is named as often or first."""
    assert read(tmp_path, text).disclosure.year == (2023 if "2023年预算草案" in text else 2022)


def test_the_unit_named_as_what_sets_up_its_offices(tmp_path: Path):
    """"二、机构设置\\n渠县农业综合技术服务中心下设办公室、财务室…" (r706): with no title naming it, the unit is the one the
    机构设置 paragraph opens with, as what has the offices; "本单位下设…" names nobody."""
    text = ("第一部分单位概况\n一、主要职责\n负责种植业技术推广。\n二、机构设置\n某县农业综合技术服务中心下设办公室、财务室等。\n"
            "第二部分2024年度单位决算情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计均为1523.26万元。")
    assert read(tmp_path, text).disclosure.department == "某县农业综合技术服务中心"
    assert not read(tmp_path, text.replace("某县农业综合技术服务中心下设", "本单位下设")).disclosure.department


def test_tax_revenue_is_a_governments(tmp_path: Path):
    """"4月，一般公共预算收入累计完成24627万元…其中：税收收入8103万元" (r701, r703): a department collects no taxes; a
    page that states tax revenue is a government's account (its own level when no 全县 speaks)."""
    text = ("一、一般公共预算收支完成情况\n4月，一般公共预算收入累计完成24627万元，比上年减收1070万元。其中：税收收入8103万元，"
            "非税收入16524万元。")
    assert profile_of(tmp_path, text).scope.value == "本级"


def test_the_name_after_a_reports_cover(tmp_path: Path):
    """"西夏区五届人大一次会议文件附件西夏区2021年财政预算执行情况…" (r703): the cover names the meeting and the
    attachment; the government's name is what follows "附件"."""
    assert read(tmp_path, _DRAFT_TABLES).disclosure.department == "某某区"
