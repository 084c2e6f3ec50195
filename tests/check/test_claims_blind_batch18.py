"""Ways of writing that the eighteenth blind batch of real pages (r680–r687, 决算) showed, each test a small
hand-made text."""

from __future__ import annotations

from tests.check.test_claims_excerpts import found, page
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


def test_a_numbered_enumeration_runs_to_its_last_number():
    """"收入总计为457.8161万元,其中:\\n1.财政拨款收入…\\n2.事业收入…\\n3.上年结转和结余5.9219万元" (r680): items on lines
    numbered 1., 2., 3. are one list, so it does not end where its first items happen to add up to the whole (T304);
    unnumbered, an amount after the clause where the parts add up is the whole's sibling."""
    numbered = page("2021年度,收入总计为457.8161万元,其中:", "1.财政拨款收入364.6552万元,为财政拨款资金。",
                    "2.事业收入93.1608万元,为事业单位开展专业业务活动取得的收入。", "3.上年结转和结余5.9219万元。",
                    year=2021, final=True)
    (f,) = found(numbered, "T304")
    assert f.expected == "463.7379" and f.actual == "457.8161"
    plain = page("2021年度,收入总计为457.8161万元,其中:财政拨款收入364.6552万元,事业收入93.1608万元。"
                 "上年结转和结余5.9219万元。", year=2021, final=True)
    assert not found(plain, "T304")
