"""The explorer in a browser: search, a department's charts, compare, upload a PDF, review a finding."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import OTHER_PDF

pytestmark = pytest.mark.slow

PAINTED = """(sel) => {
  const canvas = document.querySelector(sel + ' canvas');
  if (!canvas) return 0;
  const ctx = canvas.getContext('2d');
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
  return painted;
}"""


def test_search_finds_a_department_and_opens_it(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "人大")
    page.click("form.search button")
    page.wait_for_url(re.compile(r"/\?q="))
    link = page.locator("#search-results a", has_text="昌吉市人大常委会办公室")
    assert link.count() == 1
    link.click()
    page.wait_for_url(re.compile(r"/departments/\d+$"))
    assert page.locator("h1").inner_text() == "昌吉市人大常委会办公室"


def test_department_page_draws_its_charts(server, page):
    page.goto(server + "/?q=人大")
    page.locator("#search-results a", has_text="昌吉市人大常委会办公室").click()
    for chart in ("#dept-basic-project", "#dept-three-public"):
        page.wait_for_selector(f"{chart}[data-rendered=true] canvas")
        page.wait_for_timeout(600)  # the entry animation
        assert page.evaluate(PAINTED, chart) > 2000, chart
    treemap = page.locator("[data-chart=treemap]").first
    treemap.scroll_into_view_if_needed()
    tree_id = treemap.get_attribute("id")
    page.wait_for_timeout(600)
    assert page.evaluate(PAINTED, "#" + tree_id) > 10000
    assert page.locator("table.published td.num").first.evaluate("e => getComputedStyle(e).textAlign") == "right"


def test_compare_two_departments(server, page):
    page.goto(server + "/?q=人大")
    page.locator("#search-results a", has_text="昌吉市人大常委会办公室").click()
    page.fill("input[name=other]", "社会工作部")
    page.click(".compare-form button")
    page.wait_for_selector("#compare-figures")
    assert "昌吉市人大常委会办公室" in page.inner_text("#compare-figures thead")
    assert page.locator("#compare-figures tr.changed").count() >= 3  # differences highlighted
    page.wait_for_selector("#compare-chart[data-rendered=true] canvas")
    page.wait_for_timeout(600)
    assert page.evaluate(PAINTED, "#compare-chart") > 2000


def test_upload_a_pdf_and_see_its_findings_and_the_boxed_page(server, page):
    page.goto(server + "/upload")
    page.set_input_files("input[type=file]", str(OTHER_PDF))
    page.click("#upload-form button")
    page.wait_for_url(re.compile(r"/documents/\d+$"), timeout=60000)
    assert "检查发现的问题" in page.inner_text("#findings")
    assert OTHER_PDF.name in page.inner_text(".doc-head")
    link = page.locator("a.page-link").first
    href = link.get_attribute("href")
    image = page.context.new_page()
    image.goto(server + href)
    size = image.evaluate("() => { const i = document.querySelector('img'); return [i.naturalWidth, i.naturalHeight]; }")
    assert size[0] > 500 and size[1] > 500
    image.close()


def test_review_a_finding_and_see_it_after_a_reload(server, page):
    page.goto(server + "/?q=人大")
    page.locator("#search-results a", has_text="昌吉市人大常委会办公室").click()
    page.locator(".doc-head a", has_text="第1版").click()  # the publication itself (the seed)
    page.wait_for_url(re.compile(r"/documents/\d+$"))
    finding = page.locator("article.finding:has(form.review)").first
    finding_id = finding.get_attribute("id")
    finding.locator("select[name=decision]").select_option("dismissed")
    finding.locator("input[name=note]").fill("舍入差异，不是错误")
    finding.locator("input[name=reviewer]").fill("王审核")
    finding.locator("button").click()
    page.wait_for_load_state()
    page.reload()
    again = page.locator(f"#{finding_id}")
    assert "已驳回" in again.locator(".decision").inner_text()
    assert "王审核：已驳回 — 舍入差异，不是错误" in again.locator(".history").inner_text()
    assert "审核中" in page.inner_text(".doc-head")
