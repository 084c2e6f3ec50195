"""What a document is (kind, scope, extent, layout): hand-made pages of every extent and kind, the
seed, the 决算 PDFs, and the audited real-world corpus (tests/data/real) when it is there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from yusuan.cli.main import app
from yusuan.errors import InputError
from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Disclosure, ReadingNote
from yusuan.model.layouts import BY_ID, FAMILIES, family_for
from yusuan.model.profile import DocumentProfile, DocumentScope, Extent, Layout
from yusuan.model.sections import UNHEADED
from yusuan.readers.published import extract_file
from yusuan.readers.published.titles import match_title
from yusuan.rules import Severity, check

DATA = Path(__file__).parents[1] / "data"
REAL = DATA / "real"

THREE_PUBLIC_OWN = """\
2024年市本级“三公”经费预算说明
发布时间：2024-01-18
2024年，市本级一般公共预算安排的“三公”经费预算共计3923万元，比上年预算减少332万元，下降7.80%。其中：
公务接待费638万元，比上年预算减少317万元，主要原因是厉行节约。
因公出国（境）费62万元，比上年预算增加24万元。
公务用车购置及运行费3223万元。
"""

THREE_PUBLIC_FINAL = """\
2023年度全区“三公”经费决算情况
2023年度全区“三公”经费年初预算为120.00万元，决算支出100.00万元，完成年初预算的83.33%。
决算数小于预算数的主要原因是严格控制公务接待。
"""

OPERATING = """\
2024年本部门机关运行经费预算安排312.23万元，比上年增加15.18万元，增长5.11%，主要原因是公用经费标准提高。
机关运行经费主要用于办公费、印刷费、水电费、差旅费等日常运转支出。
"""

EXPLANATIONS = """\
一、收入预算
2024年收入预算总计1000.00万元，全部为一般公共预算拨款收入。
二、支出预算
2024年支出预算总计1000.00万元，其中：基本支出800.00万元，项目支出200.00万元。
三、政府采购情况说明
2024年政府采购预算50.00万元，其中：货物采购预算50.00万元。
四、国有资产占用情况
截至2023年12月31日，本部门共有车辆2辆。
"""

FINAL_EXPLANATIONS = """\
一、收入支出决算总体情况说明
2023年度收、支总计均为1145.52万元，与2022年度相比增加342.00万元。
二、收入决算情况说明
2023年本年收入合计1145.52万元，其中：一般公共预算财政拨款收入1145.52万元。
三、支出决算情况说明
2023年本年支出合计1145.52万元，其中：基本支出900.00万元，项目支出245.52万元。
"""

TABLES_ONLY = """\
部门收支总体情况表
部门收入总体情况表
部门支出总体情况表
财政拨款收支总体情况表
一般公共预算支出情况表
"""

BUDGET_WITH_LAST_YEARS_ACCOUNTS = """\
一、2022年“三公”经费预算安排情况
2022年度“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待11.8万元，公务用车10万元。
二、2021年“三公”经费决算情况
2021年度“三公”经费决算支出20.12万元。
"""

DATED_AFTER_ITS_YEAR = """\
天山区2019年度“三公”经费公开说明
2020-09-27 15:24:15
2019年度，天山区“三公”经费支出合计585.53万元，其中：因公出国（境）经费0万元，同比减少0万元。
"""


def read(tmp_path: Path, text: str, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def profile_of(tmp_path: Path, text: str) -> DocumentProfile:
    return read(tmp_path, text).disclosure.profile


@pytest.mark.parametrize(("text", "kind", "scope", "extent", "layout"), [
    (THREE_PUBLIC_OWN, "预算", "本级", "三公", "excerpt"),
    (THREE_PUBLIC_FINAL, "决算", "汇总", "三公", "excerpt"),
    (OPERATING, "预算", "部门", "机关运行经费", "excerpt"),
    (EXPLANATIONS, "预算", "部门", "情况说明", "excerpt"),
    (FINAL_EXPLANATIONS, "决算", "部门", "情况说明", "juesuan"),
    (TABLES_ONLY, "预算", "部门", "tables", "national"),
    (BUDGET_WITH_LAST_YEARS_ACCOUNTS, "预算", "部门", "三公", "excerpt"),
    (DATED_AFTER_ITS_YEAR, "决算", "部门", "三公", "excerpt"),
])
def test_hand_made_pages(tmp_path, text, kind, scope, extent, layout):
    p = profile_of(tmp_path, text)
    assert (p.kind.value, p.scope.value, p.extent.value, p.layout.value) == (kind, scope, extent, layout)


def test_a_unit_calls_itself_so(tmp_path):
    text = "第一部分 单位概况\n一、主要职责\n负责全乡行政事务。\n第二部分 2023年度单位决算情况说明\n" \
           "一、收入支出决算总体情况说明\n2023年度收、支总计均为100.00万元。\n"
    p = profile_of(tmp_path, text)
    assert (p.kind, p.scope) == (DocumentKind.FINAL, DocumentScope.UNIT)


CUT_OFF_AFTER_TABLE_1 = """\
某某局2019年部门决算
第一部分 某某局概况
一、部门职能
负责全县招商引资工作。
二、机构设置及人员情况
内设机构3个，事业编制25名。
第二部分 某某局2019年部门决算表
收入支出决算总表
公开01表
金额单位：万元
项目\t行次\t金额\t项目\t行次\t金额
一、一般公共预算财政拨款收入\t1\t440.55\t一、一般公共服务支出\t29\t440.55
第三部分 某某局2019年部门决算情况说明
第四部分 名词解释
"""

THREE_PUBLIC_TABLE_ONLY = """\
2024年某镇“三公”经费预算财政拨款情况统计表
单位：万元
项目\t2023年预算数\t2024年预算数
合计\t18.15\t22.15
1.因公出国（境）费\t\t
2.公务接待费\t3\t7
3.公务用车购置及运行费\t15.15\t15.15
"""


def test_a_page_cut_off_after_its_first_table_is_a_part(tmp_path):
    # the headings promise four parts, the body holds 概况 and one table: the tables part, not a whole
    p = profile_of(tmp_path, CUT_OFF_AFTER_TABLE_1)
    assert (p.kind, p.extent) == (DocumentKind.FINAL, Extent.TABLES)
    d = read(tmp_path, CUT_OFF_AFTER_TABLE_1).disclosure
    assert not [f for f in check(d) if f.rule.startswith("C4") and f.severity == Severity.ERROR]


def test_the_three_public_table_alone_is_a_three_public_page(tmp_path):
    assert profile_of(tmp_path, THREE_PUBLIC_TABLE_ONLY).extent == Extent.THREE_PUBLIC


def test_a_page_of_both_is_about_what_its_own_words_name_first(tmp_path):
    # an untitled table of 行政经费 and the 三公 items gets the 表10 title from the reader: not the page's words
    text = "单位：万元\n项目 |\n合计 |\n行政经费 |\n312.23 |\n“三公”经费 |\n29.00 |\n其中：（一）因公出国（境）支出 |\n" \
           "0.00 |\n（二）公务接待费支出 |\n1.00 |\n（三）公务用车购置及运行维护支出 |\n28.00 |\n" \
           "一、财政拨款安排的行政经费及“三公”经费预算情况：\n2019年，本部门机关运行经费安排312.23万元，比上年增加15.18万元。" \
           "2019年本部门财政拨款安排“三公”经费29万元。\n"
    assert profile_of(tmp_path, text).extent == Extent.OPERATING_COSTS


def test_unheaded_text_becomes_sections_by_its_words(tmp_path):
    d = read(tmp_path, "根据预算法的规定，现将有关情况公开如下：本部门2024年收入预算100.00万元。\n"
                       + THREE_PUBLIC_OWN.split("\n", 2)[2]).disclosure
    assert [s.key for s in d.sections] == [UNHEADED, "3.10"]
    assert all(s.heading == "" for s in d.sections)
    assert "3923万元" in d.sections[1].paragraphs[0].text


def test_lines_wrapped_inside_a_paragraph_are_joined(tmp_path):
    d = read(tmp_path, "2024年本部门机关运行经费预算安排312.23万元，比上年增加\n15.18万元，增长5.11%。\n").disclosure
    assert [p.text for s in d.sections for p in s.paragraphs] == ["2024年本部门机关运行经费预算安排312.23万元，比上年增加15.18万元，增长5.11%。"]


def test_only_a_page_without_budget_words_and_amounts_is_refused(tmp_path):
    for text in ("随便写的几行字\n没有任何表格\n", "关于预算工作的通知\n请各单位做好准备\n"):
        with pytest.raises(InputError, match="没有找到预算（决算）公开表格或章节标题"):
            read(tmp_path, text)
    assert read(tmp_path, "2024年“三公”经费预算21.80万元。\n").disclosure.profile.extent == Extent.THREE_PUBLIC


def test_a_part_gets_one_notice_and_no_completeness_finding(tmp_path):
    result = read(tmp_path, THREE_PUBLIC_OWN)
    assert not [f for f in result.findings if f.code in ("table.missing", "statement.missing")]
    d = result.disclosure
    d.reading_notes = [ReadingNote(code="table.missing", message="未找到T1（部门收支总体情况表或其别名）")]
    findings = check(d)
    assert not [f for f in findings if f.rule.startswith("C4") and f.rule != "C409"]
    assert not [f for f in findings if f.rule == "R801"]
    notices = [f for f in findings if f.rule == "C409"]
    assert len(notices) == 1 and notices[0].severity == Severity.NOTICE
    assert notices[0].message == "本文件为“三公”经费预算说明（部分内容），不检查完整性"


def test_a_whole_disclosure_is_held_to_its_own_family():
    # Shanghai's nine tables have no 表7: a Shanghai budget is not asked for one, a national one is
    from yusuan.model.full import derive_full
    from yusuan.readers.budget_input import load_budget

    d = derive_full(load_budget(Path(__file__).parents[2] / "examples" / "changji-renda-2023.yaml"))
    d.tables = [t for t in d.tables if t.id is None or t.id.value != "T7"]
    assert [f for f in check(d) if f.rule == "C402" and "表7" in f.message]
    d.profile = d.profile.model_copy(update={"layout": Layout.SHANGHAI})
    assert not [f for f in check(d) if f.rule == "C402" and "表7" in f.message]
    assert family_for(Layout.SHANGHAI, DocumentKind.FINAL).id == Layout.FINAL  # a 决算 is held to the 决算 template


def test_derived_and_hand_built_disclosures_are_whole_national_documents():
    d = Disclosure(department="某局", year=2024, kind=DocumentKind.FINAL)
    assert d.profile == DocumentProfile(kind=DocumentKind.FINAL)
    assert d.whole and d.profile.label() == "决算 · 部门 · 完整公开文件 · 全国通用版式"


def test_layout_families_declare_the_title_aliases():
    for family in FAMILIES:
        for table in family.tables:
            for name in table.names:
                m = match_title(name)
                assert m is not None and m.table_id == table.id, (family.id, name)
    assert match_title("2026年部门财务收支预算总表").table_id.value == "T1"
    assert set(BY_ID) == {Layout.NATIONAL, Layout.SHANGHAI, Layout.BEIJING, Layout.JIANGXI, Layout.HUNAN, Layout.FINAL}


def test_the_seed_and_the_final_accounts():
    seed = extract_file(DATA / "seed-changji-renda-2023.txt").disclosure.profile
    assert seed == DocumentProfile(kind=DocumentKind.BUDGET, scope=DocumentScope.DEPARTMENT, extent=Extent.WHOLE,
                                   layout=Layout.NATIONAL)
    final = extract_file(DATA / "putuo-caizhengju-2024-juesuan.pdf").disclosure.profile
    assert final == DocumentProfile(kind=DocumentKind.FINAL, scope=DocumentScope.DEPARTMENT, extent=Extent.WHOLE,
                                    layout=Layout.FINAL)


def test_the_reports_and_figures_show_the_profile(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(THREE_PUBLIC_OWN, encoding="utf-8")
    label = "预算 · 本级 · “三公”经费说明（部分内容） · 摘录（版式不明）"
    text = CliRunner().invoke(app, ["check", str(page)])
    assert label in text.output.replace("\n", "")
    report = json.loads(CliRunner().invoke(app, ["check", str(page), "--format", "json"]).output)
    assert report["files"][0]["profile"] == {"kind": "预算", "scope": "本级", "extent": "三公", "layout": "excerpt",
                                             "label": label}
    html = CliRunner().invoke(app, ["check", str(page), "--format", "html"]).output
    assert label in html
    figures = json.loads(CliRunner().invoke(app, ["figures", str(page)]).output)
    assert figures["profile"]["extent"] == "三公" and figures["kind"] == "预算"
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["extract", str(page), "-o", str(out)]).exit_code == 0
    extracted = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert extracted["disclosure"]["profile"]["scope"] == "本级"


# -- the audited real-world corpus -----------------------------------------------------------------
TRUTHS = sorted((REAL / "truth").glob("*.yaml")) if (REAL / "truth").exists() else []
FIELDS = ("kind", "scope", "extent", "layout")


def _read(truth: Path) -> tuple[dict, Disclosure | None]:
    t = yaml.safe_load(truth.read_text(encoding="utf-8"))
    try:
        return t, extract_file(REAL / "docs" / t["file"]).disclosure
    except InputError:
        return t, None


@pytest.mark.slow  # the whole real-world corpus, read
@pytest.mark.skipif(not TRUTHS, reason="no real-world corpus")
def test_profiles_of_the_real_corpus():
    """Measured against the hand-audited truth files: most documents get each field right (the
    numbers are in the report of the branch; 单位 that do not call themselves so are the misses)."""
    right = dict.fromkeys(FIELDS, 0)
    read = 0
    for truth in TRUTHS:
        t, d = _read(truth)
        if d is None:
            continue
        read += 1
        got = d.profile.summary()
        for f in FIELDS:
            right[f] += str(t.get(f)) == got[f]
    assert read >= 0.95 * len(TRUTHS)
    for f, n in right.items():
        assert n >= (0.75 if f == "scope" else 0.85) * read, (f, n, read)


@pytest.mark.skipif(not TRUTHS, reason="no real-world corpus")
@pytest.mark.parametrize("truth", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_no_completeness_error_on_a_part(truth):
    t, d = _read(truth)
    if d is None or t["extent"] == "whole":
        return
    errors = [f for f in check(d) if f.rule.startswith("C4") and f.severity == Severity.ERROR]
    assert not errors


# 决算/预算 right before an amount names what the amount is; a budget compares with last year's execution
ACCOUNTS_BY_AMOUNT = """\
2018年某市各部门“三公”经费决算总额2771万元，比上年下降1.8%。分项情况是：因公出国（境）经费决算120万元；公务接待费决算1033万元。
"""

BUDGET_AGAINST_EXECUTION = """\
2013年中央本级“三公经费”财政拨款预算79.69亿元，与2012年预算执行数相比减少1.26亿元。2012年执行数之所以高于预算数，主要是特殊事项。
"""


@pytest.mark.parametrize(("text", "kind"), [(ACCOUNTS_BY_AMOUNT, "决算"), (BUDGET_AGAINST_EXECUTION, "预算")])
def test_the_kind_named_before_an_amount(tmp_path, text, kind):
    assert profile_of(tmp_path, text).kind.value == kind


# A site's column "政府预决算" (budgets and final accounts both) runs into the title when the page is
# copied; it names neither kind, and the year after it is not an amount.
BREADCRUMB_BEFORE_TITLE = """\
首页 > 政府预决算
2017年“三公”经费预算情况说明
时间：2018-01-10 19:39:45 来源：县财政局
2017年县级一般公共预算安排“三公”经费支出预算中公务用车运行维护费为39.6万元，比上年减少0.9万元，下降2%。
"""


def test_a_sites_column_of_budgets_and_accounts_names_no_kind(tmp_path):
    assert profile_of(tmp_path, BREADCRUMB_BEFORE_TITLE).kind.value == "预算"
    assert profile_of(tmp_path, BREADCRUMB_BEFORE_TITLE.replace("预算情况说明", "决算情况说明")
                      .replace("支出预算中", "支出决算中")).kind.value == "决算"


# A department's 三公 page with the definitions appended: "是指区级部门…" says what the word means.
DEPARTMENT_WITH_DEFINITIONS = """\
某区财政局2016年“三公”经费预算情况
2016年某区财政局“三公”经费财政拨款预算安排21万元，其中，安排因公出国（境）费0万元，公务用车购置及运行费12万元，公务接待费9万元。
附件：“三公”经费口径说明
一、“三公”经费：纳入区级财政预算管理的“三公”经费，是指区级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。
二、“三公”经费预算数：指区级各部门（含下属单位）从财政拨款安排的“三公”经费预算。
"""


def test_a_definition_does_not_say_what_the_page_covers(tmp_path):
    assert profile_of(tmp_path, DEPARTMENT_WITH_DEFINITIONS).scope.value == "部门"
    consolidated = DEPARTMENT_WITH_DEFINITIONS.replace("2016年某区财政局“三公”经费", "经汇总，2016年区级部门“三公”经费")
    assert profile_of(tmp_path, consolidated).scope.value == "汇总"


_FINAL_CONTENTS = ("某局2024年度部门决算\n目 录\n第一部分 2024年度部门决算报表\n一、收入支出决算总表\n二、收入决算表\n"
                   "三、支出决算表\n四、财政拨款收入支出决算总表\n{parts}"
                   "一、单位基本情况\n某局为行政单位，主要职责是负责本区的有关工作。\n"
                   "二、收入支出决算总体情况\n2024年度收入总计100.00万元，支出总计100.00万元，与上年相比增加5.00万元。\n")


@pytest.mark.parametrize(("parts", "layout"), [
    ("第二部分 2024年度部门决算情况说明\n第三部分 名词解释\n第二部分 2024年度部门决算情况说明\n", "juesuan"),
    # Beijing's 决算: the template's tables under its own parts
    ("第二部分 2024年度部门决算说明\n第三部分 2024年度其他重要事项的情况说明\n第二部分 2024年度部门决算说明\n", "beijing"),
])
def test_a_final_accounts_part_is_of_the_template_its_contents_list(tmp_path, parts, layout):
    p = profile_of(tmp_path, _FINAL_CONTENTS.format(parts=parts))
    assert (p.kind.value, p.extent.value, p.layout.value) == ("决算", "情况说明", layout)
    assert family_for(p.layout, DocumentKind.FINAL) is family_for(Layout.FINAL, DocumentKind.FINAL)
