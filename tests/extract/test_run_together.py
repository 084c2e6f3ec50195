"""Lines run together (a PDF's text on a mirror, its line ends lost): read as the headings they were."""

from __future__ import annotations

from yusuan.readers.published import extract_file
from yusuan.readers.published.blocks import TextLine
from yusuan.readers.published.run_together import split_run_together

RUN = ("2021年度部门决算公开说明-某处.pdf\n"
       "某区某管理处 2021 年度决算公开说明 (目录) 第一部分:基本情况 一、部门主要职能 二、人员构成情况 "
       "第二部分:2021 年度部门决算情况说明 一、2021 年度收入支出决算总体情况 第三部分:名词解释 "
       "第四部分:2021 年度部门决算公开报表(见附件) 表 1:收入支出决算总表 表 2:收入决算表 "
       "第一部分:基本情况 一、部门主要职能 某区某管理处负责组织指导全 区中小河流的建设与管理工作。\n")


def test_a_line_naming_several_parts_is_broken_at_its_headings():
    lines = [b.text for b in split_run_together([TextLine(RUN.splitlines()[1])])]
    assert lines[:5] == ["某区某管理处 2021 年度决算公开说明", "(目录)", "第一部分:基本情况", "一、部门主要职能",
                         "二、人员构成情况"]
    assert "表 1:收入支出决算总表" in lines and "表 2:收入决算表" in lines


def test_a_sentence_naming_one_part_is_left_as_it_is():
    text = "详见第五部分 一、收入支出决算总表，其中 表 1:收入支出决算总表为本年数。"
    assert [b.text for b in split_run_together([TextLine(text)])] == [text]


def test_the_run_together_page_reads_as_a_part_of_its_accounts(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(RUN, encoding="utf-8")
    d = extract_file(path).disclosure  # before: refused, "没有找到预算（决算）公开表格或章节标题"
    assert d.department == "某区某管理处" and d.year == 2021 and d.kind.value == "决算"
    assert d.tables == [] and d.profile.extent.value == "情况说明"
