"""The department a published page names: from its title, the sentence that opens it, or a part's heading.

Each case is a way real pages print the name (the corpus document that showed it in brackets); each
test fails without the rule it names."""

from __future__ import annotations

from yusuan.model.claims import clean_subject
from yusuan.readers.disclosure_input import load_disclosure
from yusuan.readers.published.statements import document_title, heading_name, opening_name


def name(lines: list[str]) -> str | None:
    return document_title(lines)[0]


def test_a_line_that_names_nothing_is_not_the_start_of_the_name_under_it():
    # the font-size switch at the end of the site's date line (r432), the site's section (r529), a path
    # whose last step is "预算/决算" (r584), a character the page could not show (r627), "财政资金" (r323)
    assert name(["发布日期:2022-09-01 09:17:49大中小", "青山县柏林镇人民政府", "2021年度部门决算情况说明"]) \
        == "青山县柏林镇人民政府"
    assert name(["政府信息公开", "青山县甘泉中学2023年部门预算情况说明"]) == "青山县甘泉中学"
    assert name(["首页>政务公开>法定主动公开内容>预算/决算", "青山县机关事务局第一幼儿园2023年度部门决算公开"]) \
        == "青山县机关事务局第一幼儿园"
    assert name(["?", "青山县道路运输事务中心", "2023年度决算情况说明"]) == "青山县道路运输事务中心"
    assert name(["信息公开>部门>法定主动公开内容>财政资金", "青山县招商服务中心2019年部门决算"]) == "青山县招商服务中心"


def test_a_name_wrapped_over_lines_keeps_its_first_line():
    assert name(["中共上海市普陀区委", "社会工作部2024 年度", "部门决算"]) == "中共上海市普陀区委社会工作部"


def test_what_a_site_or_a_sentence_prints_right_before_the_name_is_not_part_of_it():
    # a field's label (r434), a news dateline (r641), "关于" (r437)
    assert name(["标题青山县政法委员会护路联防办公室2025年度部门(单位)预算"]) == "青山县政法委员会护路联防办公室"
    assert name(["中新网7月17日电青山县科学院2014年度部门决算今天公布,数据显示…"]) == "青山县科学院"
    assert name(["关于青山县2013年“三公”经费决算支出情况说明"]) == "青山县"


def test_a_year_in_a_cited_title_is_not_the_pages_title():
    # "根据《财政部关于批复…委员会2011年部门预算的通知》…，现将共青团中央2011年部门预算…" (r643)
    lines = ["根据《财政部关于批复中国共产主义青年团中央委员会2011年部门预算的通知》(财预[2011]129号),"
             "现将共青团中央2011年部门预算公开如下"]
    assert document_title(lines)[:2] == ("共青团中央", 2011)


def test_a_title_whose_year_and_kind_are_read_from_a_sentence_still_names_the_unit():
    # "英德市经信局2016年“三公经费”预算对比增减说明" over "2016年三公经费预算拨入33万元…" (r442)
    lines = ["青山县经信局2016年“三公经费”预算对比增减说明", "2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元。"]
    assert document_title(lines)[:2] == ("青山县经信局", 2016)


def test_what_the_name_is_between_the_name_and_the_year():
    # "…教育体育局部门2020年度“三公”经费决算情况说明" (r507), "…水利局单位2025年一般公共预算…" (r522)
    assert document_title(["青山县教育体育局部门2020年度“三公”经费决算情况说明"])[:2] == ("青山县教育体育局", 2020)
    assert document_title(["青山县水利局单位2025年一般公共预算“三公”经费预算"])[:2] == ("青山县水利局", 2025)


def test_the_year_then_the_name_then_the_kind():
    # "2025年襄州区伙牌镇政府预算公开说明" (r560); "2020年度全区…" names no unit (r109): 度 opens no name
    assert document_title(["2025年青山县伙牌镇政府预算公开说明"])[:2] == ("青山县伙牌镇政府", 2025)
    assert name(["2020年度全区“三公”经费决算情况"]) is None


def test_a_school_a_forest_farm_and_a_central_department_are_units():
    # "…六座中心校2023年部门预算公开说明" (r526), "三亚市三亚林场" (r602), "共青团中央" (r642)
    assert name(["青山县六座中心校2023年部门预算公开说明"]) == "青山县六座中心校"
    assert heading_name(["第一部分 青山县国营林场概况"]) == "青山县国营林场"
    assert heading_name(["第三部分 共青团中央2013年部门预算情况说明"]) == "共青团中央"


def test_the_sentence_that_opens_a_page_names_the_unit():
    # "按照……要求,现将涪陵区新妙镇2021年度“三公”经费决算情况公布如下" (r107)
    lines = ["按照《预算法》及区政府关于推进政府信息公开工作部署和要求,现将青山县新妙镇2021年度“三公”经费决算情况公布如下:"]
    assert document_title(lines)[:2] == ("青山县新妙镇", 2021)


def test_a_parts_heading_names_the_department_of_a_page_without_a_title(tmp_path):
    # "第一部分自治区人民政府机关事务管理局概况" (r431): the page opens with its first part
    page = tmp_path / "page.txt"
    page.write_text("第一部分青山县机关事务管理局概况\n一、主要职能\n负责办公区的管理工作。\n"
                    "第二部分 2023年部门决算情况说明\n一、收入支出决算总体情况说明\n"
                    "2023年度收入总计120.50万元，支出总计120.50万元。\n", encoding="utf-8")
    d = load_disclosure(page)
    assert d.department == "青山县机关事务管理局"
    assert heading_name(["第一部分 部门概况"]) is None  # a heading without a name names nothing


def test_a_subject_loses_the_name_with_what_the_title_adds_to_it():
    # "2025年襄州区伙牌镇政府（单位）收入预算842.79万元" (r560): the 收入预算, not "(单位)收入预算"
    assert clean_subject("青山县伙牌镇政府(单位)收入预算", "青山县伙牌镇政府") == "收入预算"
    assert clean_subject("青山县伙牌镇政府收入预算", "青山县伙牌镇政府") == "收入预算"


def test_a_numbered_heading_names_the_department():
    # "二、贵州省科学技术协会2015年度部门决算公开报表" (r640)
    assert heading_name(["一、单位概况", "二、青山县科学技术协会2015年度部门决算公开报表"]) == "青山县科学技术协会"


def test_a_paragraph_that_opens_with_the_name_and_the_year_names_the_unit():
    # "安徽省机构编制委员会办公室2016年度“三公”经费支出预算为57.9万元" (r644); "纳入某镇2023年部门预算编制范围的
    # 预算单位包括" (r308); "全县2016年…" or "本部门2016年…" name no unit
    assert opening_name(["一、2016年“三公”经费支出预算表", "青山县机构编制委员会办公室2016年度“三公”经费支出预算为57.9万元"]) \
        == "青山县机构编制委员会办公室"
    assert opening_name(["纳入青山县河西务镇人民政府2023年部门预算编制范围的预算单位包括:"]) == "青山县河西务镇人民政府"
    assert opening_name(["全县2016年“三公”经费预算为57.9万元", "本部门2016年收入预算100万元"]) is None


def test_a_paragraph_that_opens_with_the_name_and_its_duties_names_the_unit():
    # "大竹县永胜镇人民政府基本职能：" (r601), "天水市國土資源執法監察支隊主要承擔著…" (r483), "下马渡镇人民政府只有
    # 本级" (r565); "本单位是…" names nobody
    assert opening_name(["(一)职能简介", "青山县永胜镇人民政府基本职能:贯彻党的路线、方针、政策"]) == "青山县永胜镇人民政府"
    assert opening_name(["青山县执法监察支队主要承担着全县执法监察职能。"]) == "青山县执法监察支队"
    assert opening_name(["青山县下马渡镇人民政府只有本级,没有其他预算单位。"]) == "青山县下马渡镇人民政府"
    assert opening_name(["本单位是公益一类事业单位。"]) is None


def test_the_year_before_the_name_in_the_opening_sentence():
    # "現將2021年度山東科技職業學院政府採購決算公開如下" under a title that names no year (r414)
    lines = ["某职业学院", "政府采购决算公开情况说明",
             "根据省财政厅有关工作的通知要求，现将2021年度某省某职业学院政府采购决算公开如下："]
    assert document_title(lines)[:2] == ("某省某职业学院", 2021)
