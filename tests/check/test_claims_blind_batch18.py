"""Ways of writing that the eighteenth blind batch of real pages (r680–r687, 决算) showed, each test a small
hand-made text."""

from __future__ import annotations

from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Disclosure, Paragraph, Section
from yusuan.model.figures import key_figures


def _final(text: str, department: str, year: int = 2021) -> Disclosure:
    return Disclosure(department=department, year=year, kind=DocumentKind.FINAL, tables=[],
                      sections=[Section(key="0", heading="", paragraphs=[Paragraph(text=text)])])


def test_the_departments_own_name_before_its_spending_names_its_total():
    """"2021年度,马关卫生院单位支出为468.738万元。其中:基本支出…" (r680): the department's own name before 支出
    (with 单位 or without) says what 本单位 says; another unit's name does not."""
    text = "2021年度,{}支出为468.738万元。其中:基本支出250.7219万元,项目支出218.016万元。"
    for name in ("马关卫生院单位", "马关卫生院"):
        assert key_figures(_final(text.format(name), "马关卫生院"))["expenditure_total"] == "468.74"
    assert key_figures(_final(text.format("城关卫生院单位"), "马关卫生院"))["expenditure_total"] is None
