"""Readings corrected after the twenty-second blind batch (r760–r767)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_profile import read


def test_the_title_a_site_labels_xinxi_mingcheng(tmp_path: Path):
    """" 信息名称  某幼儿园2023年部门决算公开说明" (r765): the index block's label is not part of the unit's name."""
    text = ("决算公开\n 索 引 号  zfbgs/2024-00119\n 信息名称  某县第二幼儿园2023年部门决算公开说明\n"
            " 公开日期  2024-09-19\n一、部门职责及机构设置情况\n某县第二幼儿园是一所日托型幼儿园。\n"
            "四、2023年度部门决算情况说明\n2023年度本年收入1095.76万元，支出1193.35万元。")
    assert read(tmp_path, text).disclosure.department == "某县第二幼儿园"


def test_a_unit_named_before_its_duties_with_de(tmp_path: Path):
    """"一、部门职责\\n甘谷县安远学区的主要职能是…" (r766): a page without a title names its unit before 的主要职能."""
    text = ("按照《预算法》，现将2022年部门预算公开如下:\n一、部门职责\n某县安远学区的主要职能是实施安远镇义务教育阶段中小学校的管理。\n"
            "三、部门预算收入及支出总体情况\n2022年收入预算3038.92万元，比2021年3019万元增加19.92万元。")
    assert read(tmp_path, text).disclosure.department == "某县安远学区"


def test_a_title_under_the_sites_footer_lines(tmp_path: Path):
    """"主办单位：某市财政局 © 版权所有 / 晋ICP备… / 涉密文件严禁上网 / …浏览效果! / 2017年某市第五小学决算" (r767): the
    site's footer lines stand above the page; the title under them names the unit after its year."""
    text = ("主办单位:某市财政局 © 版权所有\n承办单位:某市财政局\n晋ICP备05003731号 网站标识码:1410000073\n"
            "涉密文件严禁上网\n某市人民政府门户网站提示:使用IE10.0或以上浏览器可以获得最佳浏览效果!\n2017年某市第五小学决算\n"
            "第一部分 单位概况\n1、本单位职责:从事小学教育。\n第三部分 2017年度部门决算情况说明\n一、收入决算情况说明\n"
            "本年收入合计194.44万元，其中:财政拨款收入194.43万元。")
    d = read(tmp_path, text).disclosure
    assert (d.department, d.year) == ("某市第五小学", 2017)


def test_a_contents_heading_spaced_with_a_braille_dot(tmp_path: Path):
    """"目 ⠂ 录" (r763): a copied page prints a braille dot (U+2802) as a middle dot; the contents' titles of tables
    under it are the contents, not tables that failed to be read."""
    text = ("某局\n2024年度部门决算\n目 ⠂ 录\n第一部分 2024年度部门决算报表\n一、收入支出决算总表\n二、收入决算表\n"
            "第二部分 2024年度部门决算说明\n第一部分 2024年度部门决算报表\n⠂ 报表详见附件。\n第二部分 2024年度部门决算说明\n"
            "一、部门/单位基本情况\n机构设置：内设办公室。\n⠂ 二、收入支出决算总体情况说明\n"
            "2024年度收、支总计2228.68万元，比上年减少55.29万元，下降2.42%。")
    r = read(tmp_path, text)
    assert r.disclosure.profile.extent.value == "情况说明"
    assert not [f for f in r.findings if f.code == "table.no_grid"]
