"""Figures the explanation texts state: 机关运行经费, 政府采购, 编制数/实有人数, and the document's
department, year and kind from its title. Read from whitespace-free text, so that wrapped lines
and "143.26 万元" read alike; amounts are converted to the disclosure's unit (万元)."""

from __future__ import annotations

import re
from decimal import Decimal

from yusuan.model.budget import DocumentKind, Procurement, Staffing
from yusuan.model.disclosure import Location, Statements
from yusuan.money import MoneyUnit, convert
from yusuan.readers.published.findings import Findings
from yusuan.readers.published.normalize import nfkc

NUM = r"(\d[\d,]*(?:\.\d+)?)"
MONEY = NUM + r"(万元|元)"
_WS = re.compile(r"\s+")


def flat(text: str) -> str:
    return _WS.sub("", nfkc(text))


def _money(number: str, unit: str, to: MoneyUnit) -> Decimal:
    value = Decimal(number.replace(",", ""))
    return convert(value, MoneyUnit.YUAN if unit == "元" else MoneyUnit.WAN, to)


def operating_costs(text: str, to: MoneyUnit) -> tuple[Decimal | None, Decimal | None]:
    """(amount, last year's amount) of 机关运行经费, e.g. "机关运行经费财政拨款预算143.26万元，比上年预算增加1.85万元"."""
    t = flat(text)
    m = re.search(r"机关运行经费[^。；;]{0,30}?" + MONEY, t)
    if not m:
        return None, None
    value = _money(m.group(1), m.group(2), to)
    rest = t[m.end(): m.end() + 60]
    prior = None
    change = re.match(r"[^。]{0,12}?比(?:上年|\d{4}年度?)[^。]{0,8}?(增加|减少|增长|下降)" + MONEY, rest)
    if change:
        delta = _money(change.group(2), change.group(3), to)
        prior = value - delta if change.group(1) in ("增加", "增长") else value + delta
    elif re.match(r"[^。]{0,12}?与上年(?:预算)?(?:持平|相同|一致)", rest):
        prior = value
    return value, prior


def procurement(text: str, to: MoneyUnit) -> tuple[Procurement | None, Decimal | None]:
    """政府采购: goods, works, services, SME reservations; and the total the text states."""
    t = flat(text)

    def find(pattern: str) -> Decimal | None:
        m = re.search(pattern + r"[^。；;0-9]{0,6}?" + MONEY, t)
        return _money(m.group(1), m.group(2), to) if m else None

    total = find(r"政府采购(?:预算|金额)(?:\([^)]*\))?(?:总额|合计)?(?:为|共)?")
    goods = find(r"货物(?:采购)?(?:预算|金额)")
    works = find(r"工程(?:采购)?(?:预算|金额)")
    services = find(r"服务(?:采购)?(?:预算|金额)")
    if goods is None and works is None and services is None:
        if re.search(r"(未安排|无|没有)[^。，,]{0,6}政府采购", t):
            return Procurement(), total  # "未安排政府采购预算": stated as none
        return None, total
    sme = find(r"面向中小企业预留政府采购项目预算(?:金额)?")
    micro = find(r"面向小微企业预留政府采购项目预算(?:金额)?")
    zero = Decimal(0)
    return Procurement(goods=goods or zero, works=works or zero, services=services or zero, total=total,
                       sme_reserved=sme or zero, micro_reserved=micro or zero), total


def staffing(text: str) -> Staffing | None:
    """编制数 and 实有人数 (with 在职/退休/离休 and their changes when stated)."""
    t = flat(text)
    authorized = re.search(r"编制(?:数|人数)?(?:为|共|是)?(\d+)(?:人|名)?[,，;；。]", t) \
        or re.search(r"编制(?:数|人数)(?:为|共|是)?(\d+)", t)
    actual = re.search(r"实有(?:人数|人员)?(?:为|共|是)?(\d+)", t)
    if not authorized or not actual:
        return None
    out: dict[str, int] = {"authorized": int(authorized.group(1)), "actual": int(actual.group(1))}
    for field, word in (("in_service", "在职"), ("retired", "退休"), ("veteran_retired", "离休")):
        m = re.search(word + r"(?:人员|人数)?(\d+)人(?:[,，]?(增加|减少)(\d+)人)?", t)
        if m:
            out[field] = int(m.group(1))
            if m.group(2):
                out[field + "_change"] = int(m.group(3)) * (1 if m.group(2) == "增加" else -1)
    return Staffing(**out)


def institutions(text: str) -> list[str]:
    m = re.search(r"(?:下设|内设)[^。]*?(?:分别是|分别为|包括)[:：]([^。]+)", flat(text))
    if not m:
        return []
    return [p for p in re.split(r"[、,，]", m.group(1)) if p]


# A title: the department, the year, the kind ("上海市普陀区2026年区级部门预算", "某局2023年度单位决算"). The
# department is a name: no sentence punctuation, quotes or figures, and not the end of a comparison
# ("…决算数未超过2019年预算数" is a sentence, not a title).
_TITLE = re.compile(r"(?P<dept>[^，,。；;：:、“”\"\d]+?)(?<!比)(?<!较)(?<!与)(?<!同)(?<!超过)(?<!低于)(?<!高于)(?<!相比)"
                    r"(?P<year>20\d{2})年度?(?:区级|市级|县级|州级|省级|乡级|镇级|本级)?(?:部门)?(?:单位)?(?P<kind>预算|决算)")
_DEPT_LINE = re.compile(r"^(?:预算主管部门|主管部门|部门名称|单位名称|预算单位)[:：](?P<dept>[^，,。；;]{2,40})$")


def document_title(lines: list[str]) -> tuple[str | None, int | None, DocumentKind | None]:
    """Department, year and kind from the lines before the contents ("上海市普陀区财政局 / 2024年度部门决算");
    a line "预算主管部门：某局" under a government's title ("某区2026年区级部门预算") names the department."""
    for n in range(1, min(len(lines), 4) + 1):
        m = _TITLE.search(flat("".join(lines[:n])))
        if m:
            dept = re.sub(r"^(关于)?", "", m.group("dept")).removesuffix("部门")
            named = next((d.group("dept") for line in lines[n:n + 3] if (d := _DEPT_LINE.match(flat(line)))), None)
            kind = DocumentKind.FINAL if m.group("kind") == "决算" else DocumentKind.BUDGET
            return named or dept or None, int(m.group("year")), kind
    return None, None, None


# A year the text is about: not one it compares with ("较2023年度决算数", "与2023年预算相比"), not a date
# ("2024年1月18日"), not in a cited title or a regulation's edition ("《…（2022年修订）》").
_ABOUT_YEAR = re.compile(r"(?<!比)(?<!较)(?<!与)(?<!同)(?<!超过)(?<!相比)(?<!对比)(20\d{2})年(?!\d{1,2}月|修订|版|第)")
_CITED = re.compile(r"《[^》]*》|〔[^〕]*〕|\[[^\]]*\]|\((?:[^()]*?修订|[^()]*?号)\)")


def year_of_text(lines: list[str]) -> int | None:
    """The year a page without a title is about: the one it names most (the latest on a tie) —
    a budget speaks of last year's figures at most as often as of its own."""
    counts: dict[int, int] = {}
    for m in _ABOUT_YEAR.finditer(_CITED.sub("", flat("".join(lines)))):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def statements(section_texts: dict[str, str], body: str, unit: MoneyUnit, findings: Findings,
               location: Location | None = None) -> Statements:
    """Statements from the sections that state them (3.11.1, 3.11.2), else from the whole body."""
    oc_text = section_texts.get("3.11.1") or body
    amount, prior = operating_costs(oc_text, unit)
    if amount is None:
        findings.add("statement.missing", "未在说明中找到机关运行经费金额", location)
    pr_text = section_texts.get("3.11.2") or body
    proc, total = procurement(pr_text, unit)
    if proc is None:
        findings.add("statement.missing", "未在说明中找到政府采购的货物、工程、服务金额", location)
    elif total is not None and total != proc.goods + proc.works + proc.services:
        findings.add("statement.procurement_total",
                     f"政府采购合计 {total} 与货物、工程、服务之和 {proc.goods + proc.works + proc.services} 不符",
                     location)
    return Statements(operating_costs=amount, operating_costs_prior=prior, procurement=proc)
