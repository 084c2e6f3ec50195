"""A page under no heading, printed as a PDF: its first paragraph wraps at the page's width.

The first line of such a paragraph ("按照…经汇总，2024年一般公共") is no body text on its own (no amount, no
sentence end, shorter than a web page's paragraph): it was dropped with the titles and site lines above
the text, and the paragraph's topic was taken from that line alone. The PDF reader knows the next line
continues it; the paragraph's words as a whole say what it is about.
"""

from __future__ import annotations

from tests.realworld.variants import write_variant
from yusuan.model.claims import analyse
from yusuan.model.figures import key_figures
from yusuan.readers.published import extract_file
from yusuan.readers.published.profile import Extent

PAGE = ("某镇2024年“三公”经费预算情况说明\n"
        "按照市政府、区政府关于推进政府信息公开工作部署和要求，经汇总，2024年一般公共预算“三公”经费支出预算为"
        "14.01万元，其中：因公出国（境）费用0万元，公务用车运行维护费14.01万元，公务接待费0万元。与2023年预算相比"
        "增长16.75%，其中公务用车运行维护费增加2.01万元，原因是公务用车预算编制调整。\n")


def _read(tmp_path, text: str = PAGE):
    path = write_variant(text, "pdf", tmp_path, "page")
    return extract_file(path).disclosure


def test_the_first_line_of_a_wrapped_paragraph_is_text(tmp_path):
    d = _read(tmp_path)
    claims = analyse(d).claims
    assert claims[0].value is not None and str(claims[0].value) == "14.01"
    assert "一般公共预算" in claims[0].subject and "三公" in claims[0].subject
    assert key_figures(d)["three_public"]["total"] == "14.01"


def test_a_wrapped_paragraph_is_about_what_all_its_lines_name(tmp_path):
    d = _read(tmp_path)
    assert d.profile.extent == Extent.THREE_PUBLIC
    assert [s.key for s in d.sections] == ["3.10"]


def test_the_title_above_stays_a_title(tmp_path):
    d = _read(tmp_path)
    assert d.title_lines == ["某镇2024年“三公”经费预算情况说明"]
    assert not d.sections[0].paragraphs[0].text.startswith("某镇")


# A number never breaks: this sentence's line ends five characters short of the margin, before 11650800.00 (as
# Typst lays it out; the test checks that it does).
NUMBER_AT_THE_BREAK = ("2019年度某县“三公”经费支出决算情况\n"
                       "根据中央和自治区关于推进政府预算信息公开的决策部署，经县财政局汇总，各乡（镇）、县本级部门，包括"
                       "县本级行政单位、事业单位和其他单位使用一般公共预算拨款安排的“三公”经费决算支出情况如下：\n"
                       "2019年，全县各部门一般公共预算拨款安排的“三公”经费决算支出数为11650800.00元，按同口径同比"
                       "减少639600.00元，下降5.2%。其中：因公出国（境）费支出0元。\n")


def test_a_line_cut_short_before_a_number_that_did_not_fit_goes_on(tmp_path):
    import pymupdf

    path = write_variant(NUMBER_AT_THE_BREAK, "pdf", tmp_path, "page")
    with pymupdf.open(path) as doc:
        lines = doc[0].get_text().splitlines()
    laid_out = zip(lines, lines[1:], strict=False)
    assert any(a.endswith("数为") and b.startswith("11650800.00") for a, b in laid_out)
    d = extract_file(path).disclosure
    assert key_figures(d)["three_public"]["total"] == "1165.08"
    assert any("决算支出数为11650800.00元" in p.text for s in d.sections for p in s.paragraphs)


def test_a_wrapped_paragraph_none_of_whose_lines_is_text_alone_is_text(tmp_path):
    # its lines hold no amount and end no sentence but the last, which ends with "如下：", and each is
    # shorter than a web page's paragraph: together they are one
    path = write_variant(NUMBER_AT_THE_BREAK, "pdf", tmp_path, "page")
    d = extract_file(path).disclosure
    texts = [p.text for s in d.sections for p in s.paragraphs]
    assert any(t.startswith("根据中央和自治区") and t.endswith("决算支出情况如下：") for t in texts)


# GB/T 9704's page (三号, justified, first lines indented two characters, a first title line centred in 二号)
OFFICIAL = ("六、一般公共预算财政拨款基本支出决算情况说明\n"
            "2023年一般公共预算财政拨款基本支出911.70万元，其中：\n"
            "人员经费489.18万元，主要包括基本工资、津贴补贴、奖金。\n"
            "公用经费46.89万元，主要包括办公费、印刷费、咨询费。\n"
            "（一）“三公”经费财政拨款支出决算总体情况说明\n"
            "2022年“三公”经费财政拨款支出决算为3.46万元，完成预算100%。\n")


def test_a_centred_title_wrapped_onto_a_centred_line_is_one_heading(tmp_path):
    d = extract_file(write_variant(OFFICIAL, "pdf_official", tmp_path, "page")).disclosure
    assert d.sections[0].heading == "六、一般公共预算财政拨款基本支出决算情况说明"


def test_one_line_paragraphs_each_indented_stay_apart(tmp_path):
    # "…其中：" reaches the margin and the next paragraph starts where it started: no heading wrapping there
    d = extract_file(write_variant(OFFICIAL, "pdf_official", tmp_path, "page")).disclosure
    texts = [p.text for s in d.sections for p in s.paragraphs]
    assert "2023年一般公共预算财政拨款基本支出911.70万元，其中：" in texts
    # a heading that leaves room for the year opening the next line ends there
    assert not any("说明2022年" in t for t in texts)


def test_a_date_under_the_contents_title_is_no_entry_of_them(tmp_path):
    text = ("目录\n公开时间：2025年10月15日\n第一部分 单位概况\n一、主要职责\n第二部分 2024年度单位决算情况说明\n"
            "第一部分 单位概况\n一、主要职责\n机构职能：负责种植业技术推广、良种良法普及、农业机械装备更新；负责土壤改良"
            "与培肥、种子质量检验等相关工作。人员概况：在职人员81人，专业技术人员57人。\n")
    d = extract_file(write_variant(text, "pdf_official", tmp_path, "page")).disclosure
    duties = [s for s in d.sections if s.heading == "一、主要职责"]
    assert duties and duties[0].paragraphs[0].text.startswith("机构职能")
