"""What a government site prints around a page — its menu ("首页 | 政务公开 | 财政预决算"), the page's place,
its text-size and print tools, its counter — is no part of the page: not its title, not its kind."""

from __future__ import annotations

from yusuan.model.budget import DocumentKind
from yusuan.readers.published import statements as st
from yusuan.readers.published.profile import Evidence, detect_kind

MENU = ["首页 | 政务公开 | 政府信息公开 | 财政预决算 | 互动交流", "当前位置：首页 > 政务公开 > 财政预决算",
        "【字体：大 中 小】 浏览次数：1024"]


def test_the_title_under_the_sites_menu_and_tools():
    assert st.document_title([*MENU, "某镇人民政府", "2022年决算报告"]) == ("某镇人民政府", 2022, DocumentKind.FINAL)


def test_a_menus_budgets_and_final_accounts_name_no_kind():
    report = "关于某区2025年预算执行情况和2026年预算草案的报告。2025年全区一般公共预算收入完成年初预算的95.3%。"
    assert detect_kind(Evidence(), "\n".join(MENU) + "\n" + report) == DocumentKind.BUDGET
