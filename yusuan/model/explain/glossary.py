"""第四部分 名词解释: the usual terms (as the national template words them), overridden or extended by
`data.glossary`."""

from __future__ import annotations

from yusuan.model.disclosure import Section
from yusuan.model.explain.context import Facts
from yusuan.model.numerals import chinese_number
from yusuan.model.sections import SectionKey

DEFAULT_TERMS: dict[str, str] = {
    "财政拨款": "指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。",
    "一般公共预算": "包括公共财政拨款（补助）资金、专项收入。",
    "财政专户管理资金": "包括专户管理行政事业性收费（主要是教育收费）、其他非税收入。",
    "其他资金": "包括事业收入、事业经营收入、其他收入等。",
    "基本支出": "包括人员经费、公用经费（定额）。其中，人员经费包括工资福利支出、对个人和家庭的补助。",
    "项目支出": "部门（单位）支出预算的组成部分，是各部门（单位）为完成其特定的行政任务或事业发展目标，"
                "在基本支出预算之外编制的年度项目支出计划。",
    "“三公”经费": "指因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中：因公出国（境）费反映单位公务出国（境）"
                "的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车运行维护费反映单位按规定保留"
                "的公务用车租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的"
                "各类公务接待（含外宾接待）支出。",
    "机关运行经费": "指各部门（单位）的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、"
                  "专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用。",
}


def terms(data_glossary: dict[str, str]) -> dict[str, str]:
    """Default terms in template order, a user's wording replacing the default; new terms after."""
    out = dict(DEFAULT_TERMS)
    for term, text in data_glossary.items():
        if text and text.strip():
            out[term.strip()] = text.strip()
    return out


def glossary(f: Facts) -> Section:
    paragraphs = [f"{chinese_number(i)}、{term}：{text}" for i, (term, text) in
                  enumerate(terms(f.data.glossary).items(), 1)]
    return f.section(SectionKey.GLOSSARY, paragraphs)
