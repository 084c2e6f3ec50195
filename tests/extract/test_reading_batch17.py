"""Reading what the seventeenth blind batch of real pages (r660–r668) showed, each test a small hand-made text."""

from __future__ import annotations

from yusuan.model.budget import DocumentKind
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
