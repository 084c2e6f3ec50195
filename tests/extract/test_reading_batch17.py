"""Reading what the seventeenth blind batch of real pages (r660–r668) showed, each test a small hand-made text."""

from __future__ import annotations

from yusuan.catalog.catalog import default_catalog
from yusuan.model.budget import DocumentKind
from yusuan.model.profile import DocumentScope
from yusuan.readers.published.profile import Evidence, detect_kind, detect_scope
from yusuan.readers.published.statements import document_title


def test_a_title_under_the_sites_toolbar_and_breadcrumb():
    """"微信 | 简体版| 繁体版 / 支持IPv6 / 无障碍 / 当前位置:首页 > 政府信息公开 > … / 崇左市高级中学2025年度部门预算" (r666):
    the site's toolbar and breadcrumb are no part of the page's title, which follows them."""
    lines = ["微信 | 简体版| 繁体版", "支持IPv6", "无障碍", "当前位置:首页 > 政府信息公开 > 法定主动公开内容 > 财政预决算",
             "某市高级中学2025年度部门预算", "2025-02-28 18:13     来源:某市教育局"]
    assert document_title(lines) == ("某市高级中学", 2025, DocumentKind.BUDGET)
    # a breadcrumb line that names a year and a kind is not taken for the title either
    lines = ["您当前的位置:首页 > 2025年部门预算", "某县卫生院2025年单位预算"]
    assert document_title(lines) == ("某县卫生院", 2025, DocumentKind.BUDGET)


def test_a_report_on_the_budgets_execution_is_a_governments_budget():
    """"关于高昌区2025年预算执行情况和2026年预算草案的报告 … 一般公共预算收入完成16.16亿元，完成年初预算的95.30%"
    (r662): the year's execution reported to the 人代会 with the next budget is no 决算, though it says 完成年初预算
    as one does, and it is the government's own accounts, not a department's (of all its levels when 全区 speaks)."""
    text = ("关于某区2025年预算执行情况和2026年预算草案的报告。全区上下坚持稳中求进。一般公共预算收入完成16.16亿元,"
            "完成年初预算的95.30%。税收收入完成10.28亿元,完成年初预算的100.99%。支出完成42.76亿元,完成年初预算的97.04%。")
    e = Evidence(year=2025)
    assert detect_kind(e, text) == DocumentKind.BUDGET
    assert detect_scope(e, text) == DocumentScope.CONSOLIDATED
    # the 决算 of a year, which also names the execution reported earlier, stays a 决算
    final = "关于某区2024年决算草案和2025年上半年预算执行情况的报告。一般公共预算收入决算数16.16亿元,完成年初预算的95.30%。"
    assert detect_kind(e, final) == DocumentKind.FINAL


def test_a_class_under_its_name_of_an_older_edition():
    """"九、医疗卫生与计划生育支出 | 36 | 36341.62" in a 表1 of 2017 (r583): the 类 210 under its name of 2014–2018, as
    "文化体育与传媒支出" is 207 and "其他文化体育与传媒支出" its 款 20799 before 2019 (r006); recognised, never offered
    as a code's official name."""
    catalog = default_catalog()
    assert {e.code for e in catalog.by_name("医疗卫生与计划生育支出", fuzzy=False)} == {"210"}
    assert {e.code for e in catalog.by_name("文化体育与传媒支出", fuzzy=False)} == {"207"}
    assert {e.code for e in catalog.by_name("其他文化体育与传媒支出", fuzzy=False)} == {"20799"}
    assert catalog.name_of("210", 2025) == "卫生健康支出"
