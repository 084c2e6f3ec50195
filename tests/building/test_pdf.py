"""The PDF: A4, Noto CJK embedded, page numbers, contents with page numbers, landscape pages for the
wide tables, headers repeated when a table crosses pages; pages rendered to PNG and their text read."""

from __future__ import annotations

import re
from decimal import Decimal

import pymupdf
import pytest

from yusuan.model.budget import Project
from yusuan.model.layouts import TABLE_TITLES
from yusuan.writers.build import build

pytestmark = pytest.mark.slow  # whole module: renders or round-trips documents (see pyproject: -m 'not slow')

A4 = (595.3, 841.9)


def flat(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.fixture(scope="module")
def pdf(example_build):
    with pymupdf.open(str(example_build["pdf"])) as doc:
        yield doc


@pytest.fixture(scope="module")
def pages(pdf, tmp_path_factory):
    """Every page rendered to PNG (the pictures a reviewer looks at) and its text."""
    out = tmp_path_factory.mktemp("pdf-pages")
    result = []
    for i, page in enumerate(pdf):
        pix = page.get_pixmap(dpi=60)
        png = out / f"page-{i + 1:02d}.png"
        pix.save(str(png))
        result.append((png, pix, page.get_text()))
    return result


def page_with(pages, *needles: str) -> int:
    """Index of the first page after the contents that shows all the needles."""
    return next(i for i, (_, _, text) in enumerate(pages) if i > 1 and all(n in flat(text) for n in needles))


def test_pages_are_a4_and_the_wide_tables_landscape(pdf, pages):
    for page in pdf:
        w, h = page.rect.width, page.rect.height
        assert sorted((round(w, 1), round(h, 1))) == sorted(A4), (page.number, w, h)
    landscape = {n for n, title in enumerate(TABLE_TITLES.values(), 1)
                 if pdf[page_with(pages, f"表{n}{title}")].rect.width > A4[0] + 1}
    assert landscape == {2, 7}


def test_fonts_are_noto_cjk_and_embedded(pdf):
    fonts = {f[3] for page in pdf for f in page.get_fonts()}
    assert fonts and all(re.match(r"^[A-Z]{6}\+Noto-?(Serif|Sans)-?CJK-?(SC|sc)", name) for name in fonts), fonts
    for page in pdf:
        for xref, ext, *_ in page.get_fonts():
            assert ext in ("otf", "ttf", "cff", "cid") and pdf.extract_font(xref)[3], (page.number, xref)


def test_rendered_pages_show_the_document(pages):
    png, pix, text = pages[0]
    assert png.stat().st_size > 2000 and pix.width > 400
    assert any(b < 128 for b in pix.samples[::97])  # there is ink on the cover
    assert flat(text).startswith("昌吉市人大常委会办公室2023年预算公开") and "2023年1月20日" in text
    for i, (_, _, text) in enumerate(pages[1:], 2):
        assert re.search(rf"—\s*{i}\s*—", text), f"page {i} has no page number"
    t1 = page_with(pages, "表1", "部门收支总体情况表")
    t1_text = flat(pages[t1][2])
    for words in ("编制部门：昌吉市人大常委会办公室", "单位：万元", "收入总计851.14支出总计851.14", "234抗疫特别国债安排的支出"):
        assert words in t1_text
    assert "备注：本部门2023年预算未安排政府性基金预算支出。" in flat(pages[page_with(pages, "表8")][2])
    body = flat("".join(text for _, _, text in pages))
    for claim in ("基本支出605.94万元，占71.19%，比上年预算增加66.22万元，增长12.27%，主要原因是工资普调。",
                  "项目支出245.20万元，占28.81%，比上年预算减少144.80万元，下降37.13%",
                  "一般公共服务支出（201类）720.24万元，占86.26%。",
                  "七、“三公”经费：指因公出国（境）费"):
        assert claim in body


def test_contents_give_the_right_page_numbers(pages):
    contents = pages[1][2]
    for title, needles in (("一、部门收支总体情况表", ("表1", "部门收支总体情况表")),
                           ("十、财政拨款“三公”经费支出情况表", ("表10", "财政拨款“三公”经费支出情况表")),
                           ("第四部分名词解释", ("第四部分名词解释",))):
        m = re.search(re.escape(title) + r"[.\s]*(\d+)", flat(contents).replace("…", "."))
        assert m, title
        assert int(m.group(1)) == page_with(pages, *needles) + 1, title


def test_performance_tables_print_the_whole_template(pages):
    i = page_with(pages, "项目支出绩效目标表", "“代表之家”活动经费")
    text = flat(pages[i][2])
    for words in ("预算单位", "年度总体目标", "社会成本指标", "生态成本指标", "经济效益指标", "生态效益指标",
                  "拨付代表之家数量", "≥79个", "满意度指标"):
        assert words in text, words


def test_long_tables_repeat_their_header_on_every_page(example_data, tmp_path):
    extra = [Project(name=f"测试项目{i:02d}", code="2010199", economic={"302": Decimal("1.00")}) for i in range(60)]
    data = example_data.model_copy(update={"projects": [*example_data.projects, *extra]})
    [path] = build(data, tmp_path, ["pdf"], stem="long", force=True)
    with pymupdf.open(str(path)) as doc:
        t7 = [p for p in doc if "测试项目" in p.get_text() and p.rect.width > p.rect.height]
        assert len(t7) >= 2
        for n, page in enumerate(t7):
            text = flat(page.get_text())
            assert "项目支出合计" in text and "商品和服务支出" in text, page.number
            assert page.rect.width > page.rect.height
            # a continuation page names its table and repeats the 编制部门/单位 line above the header
            assert ("表7（续）" in text) == (n > 0), page.number
            assert "编制部门：昌吉市人大常委会办公室" in text and "单位：万元" in text, page.number
        assert "测试项目59" in flat(t7[-1].get_text())
        continued = {p.number for p in t7[1:]}
        assert [p.number for p in doc if "（续）" in flat(p.get_text())] == sorted(continued)


def test_nothing_is_printed_outside_the_page(pdf):
    for page in pdf:
        inner = page.rect + (10, 10, -10, -10)
        for block in page.get_text("blocks"):
            assert pymupdf.Rect(block[:4]) in inner, (page.number, block[4][:30])


def test_the_pdf_is_tagged_for_screen_readers(pdf):
    """A structure tree (headings, paragraphs, tables with header cells), marked content, a language."""
    catalog = pdf.pdf_catalog()
    assert pdf.xref_get_key(catalog, "MarkInfo/Marked")[1] == "true"
    assert pdf.xref_get_key(catalog, "Lang")[1] == "(zh-CN)" or "zh" in pdf.xref_get_key(catalog, "Lang")[1]
    root = pdf.xref_get_key(catalog, "StructTreeRoot")
    assert root[0] == "xref"
    kinds = set()
    for xref in range(1, pdf.xref_length()):
        kind = pdf.xref_get_key(xref, "S")
        if kind[0] == "name" and pdf.xref_get_key(xref, "Type")[1] in ("/StructElem", "null"):
            kinds.add(kind[1])
    assert {"/H1", "/H2", "/P", "/Table", "/TR", "/TH", "/TD"} <= kinds, kinds
    assert pdf.metadata["title"] == "昌吉市人大常委会办公室2023年预算公开"
    assert pdf.metadata["author"] == "昌吉市人大常委会办公室"
