"""Figures the explanation texts state: 机关运行经费, 政府采购, 编制数/实有人数, and the document's
department, year and kind from its title. Read from whitespace-free text, so that wrapped lines
and "143.26 万元" read alike; amounts are converted to the disclosure's unit (万元)."""

from __future__ import annotations

import re
from decimal import Decimal

from yusuan.model.budget import DocumentKind, Procurement, Staffing
from yusuan.model.disclosure import Location, Statements
from yusuan.model.sections import SectionKey
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

    total = find(r"政府采购(?:预算|金额)(?:\([^)]{0,40}\))?(?:总额|合计)?(?:为|共)?")
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


# one kind of post with its own count of people ("行政编制0人，实有人数0人；事业编制334人，实有人数301人")
_KIND_PAIR = re.compile(r"(?:行政|事业|参公|工勤)编制(\d{1,9})人[,，]实有人数(\d{1,9})人")


def _pairs_by_kind(t: str) -> tuple[int, int] | None:
    """编制 and 实有人数 stated kind by kind, each 编制 with its own 实有人数, and no total: the unit's are
    their sums (the Beijing template prints "行政编制0人，实有人数0人；事业编制334人，实有人数301人")."""
    pairs = _KIND_PAIR.findall(t)
    if len(pairs) < 2:
        return None
    return sum(int(a) for a, _ in pairs), sum(int(b) for _, b in pairs)


def staffing(text: str) -> Staffing | None:
    """编制数 and 实有人数 (with 在职/退休/离休 and their changes when stated)."""
    t = flat(text)
    # "编制人数小计5人，其中：行政编制人数0人…" (r607): the 小计 is the whole, before the kinds of post
    authorized = re.search(r"编制(?:数|人数)?(?:小计|合计)?(?:为|共|是)?(\d{1,9})(?:人|名)?[,，;；。]", t) \
        or re.search(r"编制(?:数|人数)(?:小计|合计)?(?:为|共|是)?(\d{1,9})(?!\d)", t)
    actual = re.search(r"实有(?:人数|人员)?(?:小计|合计)?(?:为|共|是)?(\d{1,9})(?!\d)", t)
    if not authorized or not actual:
        return None
    out: dict[str, int] = {"authorized": int(authorized.group(1)), "actual": int(actual.group(1))}
    if (by_kind := _pairs_by_kind(t)) is not None:
        out["authorized"], out["actual"] = by_kind
    for field, word in (("in_service", "在职"), ("retired", "退休"), ("veteran_retired", "离休")):
        m = re.search(word + r"(?:人员|人数)?(\d{1,9})人(?:[,，]?(增加|减少)(\d{1,9})人)?", t)
        if m:
            out[field] = int(m.group(1))
            if m.group(2):
                out[field + "_change"] = int(m.group(3)) * (1 if m.group(2) == "增加" else -1)
    return Staffing(**out)


def institutions(text: str) -> list[str]:
    m = re.search(r"(?:下设|内设)[^。]{0,300}?(?:分别是|分别为|包括)[:：]([^。]+)", flat(text))
    if not m:
        return []
    return [p for p in re.split(r"[、,，]", m.group(1)) if p]


# A title: the department, the year, the kind ("上海市普陀区2026年区级部门预算", "某局2023年度单位决算"). The
# department is a name: no sentence punctuation, quotes, figures or a site's breadcrumbs, and not the end
# of a comparison ("…决算数未超过2019年预算数" is a sentence, not a title).
# (nor a path's "/", a question mark left for a character the page could not show, or a cited title's 《》)
_NAME = r"[^，,。；;：:、“”\"\d>|/?《》]"
_NOT_NAME = re.compile(r"[，,。；;：:、“”\"\d>|/?《》]")
_YEAR_KIND = re.compile(r"(?<!比)(?<!较)(?<!与)(?<!同)(?<!超过)(?<!低于)(?<!高于)(?<!相比)"
                        r"(?P<year>20\d{2})年度?(?:区级|市级|县级|州级|省级|乡级|镇级|本级)?(?:部门)?(?:单位)?(?P<kind>预算|决算)")
_DEPT_LINE = re.compile(r"^(?:预算主管部门|主管部门|部门名称|单位名称|预算单位)[:：](?P<dept>[^，,。；;]{2,40})$")
# The title of a part ("寿县司法局2022年“三公”经费预算情况", "2023年广东省财政厅一般公共预算财政拨款“三公”经费
# 支出决算情况说明"): a line that opens with an organisation's name and the year (or the year and the name)
# and names the budget; the kind is left to the profile (the title's words mix 一般公共预算 and 决算).
# (the 政协, the 人大 and the mass organisations go by short names too: "青岛市政协", "某县妇联", "某市科协";
# a 幼儿园, 产业园 or 植物园 is a unit, and so is a 林场 or 农场; 共青团中央 is a department of the central level)
_ORG = (r"(?:局|委员会|委|办公室|办|院|中心|所|站|队|会|部|处|厅|政府|街道办事处|街道|镇|乡|学校|中学|小学|校|医院|馆|社|团"
        r"|管委会|区|县|市|州|旗|省|政协|人大|科协|妇联|残联|文联|侨联|工商联|社科联|园|场|中央)(?:\([^()]{1,12}\))?")
_IS_NAME = re.compile(rf"{_ORG}$")  # a department's or a government's name, not "经费"
# ("某局部门2020年度…", "某局单位2025年…": the name, then what it is; "2025年某镇政府预算公开说明": the year,
# then the name before the kind — 年度 taken whole, so that 度 never opens a name)
_PART_TITLE = re.compile(rf"^(?:(?P<dept>{_NAME}{{2,40}}?{_ORG})(?:部门|单位)?(?P<year>20\d{{2}})年度?"
                         rf"|(?P<year2>20\d{{2}})年度?+(?P<dept2>{_NAME}{{2,40}}?{_ORG})"
                         r"(?=一般公共预算|财政拨款|[“\"]?三公|部门|单位|预算|决算))"
                         r"[^，,。；;]{0,50}?(?:预算|决算|三公|经费)")
# "现将某镇2021年度“三公”经费决算情况公布如下": the sentence that opens a page names the unit before the year
_NAMED_IN_SENTENCE = re.compile(rf"现将(?P<dept>{_NAME}{{2,40}}?{_ORG})(?:部门|单位)?(?P<year>20\d{{2}})年"
                                # the year first: "现将2021年度山东科技职业学院政府采购决算公开如下"
                                rf"|现将(?P<year2>20\d{{2}})年度?(?P<dept2>{_NAME}{{2,40}}?{_ORG})(?:部门|单位)?"
                                rf"(?=预算|决算|政府采购|“?三公|财政拨款|收支)")
# "第一部分 某局概况", "第三部分 某局2013年部门预算情况说明": a part's heading names the department
# (or a numbered heading: "二、贵州省科学技术协会2015年度部门决算公开报表")
# (a unit's 预算单位编码 may stand before its name: "第一部分 106004中共柳州市委组织部信息中心概况", r722; and a colon
# after the part's number: "第一部分:广西文化和旅游厅医务所单位概况", r723)
_NAMED_IN_HEADING = re.compile(rf"^(?:第[一二三四五六七八九十]{{1,3}}部分[:：]?|[一二三四五六七八九十]{{1,3}}、)(?:\d{{6,9}}(?=\D))?"
                               rf"(?P<dept>{_NAME}{{2,40}}?{_ORG})(?:部门|单位)?(?:20\d{{2}}年|概况|基本情况)")
# "安徽省机构编制委员会办公室2016年度“三公”经费支出预算为57.9万元": a paragraph that opens with a name and the
# year states that unit's figures; one that opens with a name and its duties describes that unit
# ("大竹县永胜镇人民政府基本职能：", "某支队主要承担着…", "某局是县政府工作部门", "某镇人民政府只有本级")
# ("甘谷县安远学区的主要职能是…" (r766): the duties may follow 的)
_NAMED_AT_START = re.compile(rf"^(?P<dept>{_NAME}{{2,40}}?{_ORG})(?:部门|单位)?"
                             r"(?:20\d{2}年|的?(?:基本职能|主要职能|主要职责)|主要承担|是|只有本级)")
# What a site or a sentence prints right before a title, with nothing between: a field's label ("标题"), the
# site's section ("政府信息公开"), the font-size switch ("字号：大中小"), a news dateline ("…7月17日电"), "现将",
# "关于", "纳入" ("纳入某镇2023年部门预算编制范围的预算单位")
# ("信息名称 某幼儿园2023年部门决算公开说明" (r765): a site's index block labels the title 信息名称 or 名称)
_BEFORE_NAME = re.compile(r"^(?:标题|信息名称|名称|政府信息公开|政务信息公开|信息公开|政务公开|大中小|日电|现将|关于|纳入)+")


# the publisher a government site prints above a page ("发布机构：某局", "发文机构 | 某镇 |")
_PUBLISHER = re.compile(rf"(?:发布机构|发文机构|发布单位|信息来源)[:：|]?(?P<dept>{_NAME}{{2,40}}?{_ORG})"
                        r"(?=$|[|:：]|发文|发布|成文|文号|日期|时间|责任|阅读|浏览|来源|字号)")


# "南城街道办事处属区级直属单位,是纳入2021年度部门决算编报范围的行政单位。" (r685): the template's first words of
# 部门基本情况 name the department that the accounts are of
_SELF_INTRODUCED = re.compile(rf"^(?P<dept>{_NAME}{{2,40}}?{_ORG})(?:属[^,，。;；]{{0,12}}单位[,，])?"
                              r"是纳入20\d{2}年度?(?:部门|单位)(?:决算|预算)编报范围的")


def self_introduced(paragraphs: list[str]) -> str | None:
    """The department whose 部门基本情况 opens "X属…单位，是纳入…年度部门决算编报范围的…单位", when no title names it."""
    return _named_by(_SELF_INTRODUCED, paragraphs[:6])


# "重庆市渝中区疾病预防控制中心为全额拨款事业单位，主要职责是…" (r781), "重庆解放碑中央商务区管理委员会（以下简称
# “本部门”）为渝中区政府派出机构" (r783): the 职能职责 paragraph opens with the unit saying what kind of body it is
_SELF_DESCRIBED = re.compile(rf"^(?P<dept>{_NAME}{{2,40}}?{_ORG})(?:为|是|属于?)[^。；;，,]{{0,16}}?"
                             r"(?:事业单位|行政单位|参公单位|派出机构|直属机构)")
_CALLED_HEREAFTER = re.compile(r"\((?:以下)?简称[^()]*\)$")  # "（以下简称“本部门”）": what the text calls it, not its name


def self_described(paragraphs: list[str]) -> str | None:
    """The unit that the first paragraphs describe as a kind of body ("X为全额拨款事业单位"), when no title names it."""
    name = _named_by(_SELF_DESCRIBED, paragraphs[:8])
    return _CALLED_HEREAFTER.sub("", name) if name else None


_NOBODY = ("本", "我", "该")  # "本单位下设…", "该局是…": a pronoun names nobody


def _named_by(pattern: re.Pattern[str], texts: list[str], *, lead: bool = False) -> str | None:
    """The name the first text opening with `pattern` gives (`lead`: past what a sentence or site prints
    before a name, _BEFORE_NAME)."""
    for text in texts:
        t = flat(text)
        m = pattern.match(_BEFORE_NAME.sub("", t) if lead else t)
        if m and not m.group("dept").startswith(_NOBODY):
            return m.group("dept")
    return None


def publisher(lines: list[str]) -> str | None:
    """The department a site names as the page's publisher, when the page's own title names none."""
    for line in lines[:20]:
        m = _PUBLISHER.search(flat(line))
        if m:
            return m.group("dept")
    return None


# "二、机构设置\n渠县农业综合技术服务中心下设办公室、财务室…" (r706): the unit names itself as what has the offices;
# "(二)机构设置\n增福镇卫生院位于增福镇福兴路16号，占地面积…" (r745): or as what stands at an address, the place
# and size of its premises that a 卫生院's or a school's 机构设置 opens with
_SETS_UP = re.compile(rf"^(?P<dept>{_NAME}{{2,40}}?{_ORG})(?:下设|内设|设有|共设|位于)")


# "(二)机构设置" inside "一、单位基本情况": the sub-heading a 机构设置 paragraph stands under when the part's own
# heading is the 基本情况
_ORGANISATION_HEADING = re.compile(r"^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]?\s*机构设置[^。，,]{0,6}$")


def named_in_organisation(paragraphs: list[str]) -> str | None:
    """The department or unit that the 机构设置 paragraph opens with, as what sets up the offices listed or
    stands at the address given: the first paragraphs of the part, or the one under its 机构设置 sub-heading."""
    under = [paragraphs[i + 1] for i, p in enumerate(paragraphs[:-1]) if _ORGANISATION_HEADING.match(flat(p))]
    return _named_by(_SETS_UP, paragraphs[:2] + under)


# "西夏区五届人大一次会议文件附件西夏区2021年…": a report's cover names the meeting its papers are for and the
# attachment; the name of the government or department follows "附件"
_COVER = re.compile(r"^.{0,30}?(?:会议文件|会议材料|会议)?附件\d*")


def _after_cover(name: str) -> str:
    rest = _COVER.sub("", name)
    return rest if rest != name and _IS_NAME.search(rest) and len(rest) >= 2 else name


def _windows(lines: list[str]) -> list[str]:
    """The first lines alone, then two and three together (a name on the line above its title)."""
    head = [flat(line) for line in lines[:4]]
    return [("".join(head[i:i + n])) for n in range(1, 4) for i in range(len(head) - n + 1)]


def _title(text: str) -> tuple[str, re.Match] | None:
    """The first year and kind that a name stands right before, and that name (the characters back to
    the last one a name cannot hold). In linear time: a lazy name pattern in front of the year,
    "([^…]+?)20\\d{2}年…", made every failed search quadratic (7 s on one 20 000-character line).
    A year and kind inside a cited title ("根据《财政部关于批复某会2011年部门预算的通知》") is not the page's."""
    pos = 1
    while (m := _YEAR_KIND.search(text, pos)) is not None:
        start = m.start()
        if text.rfind("《", 0, start) > text.rfind("》", 0, start):
            pos = start + 1
            continue
        if not _NOT_NAME.match(text, start - 1):
            begin = start - 1
            while begin > 0 and not _NOT_NAME.match(text, begin - 1):
                begin -= 1
            return text[begin:start], m
        pos = start + 1
    return None


# a site's toolbar or breadcrumb line ("微信 | 简体版| 繁体版", "支持IPv6", "无障碍", "当前位置:首页 > 政府信息公开 > …")
# (and its footer, printed above the page by some copies: "主办单位：某局 © 版权所有", "晋ICP备…", "网站标识码…",
# "联系电话：…", "涉密文件严禁上网", "使用…浏览器可以获得最佳浏览效果", r767)
_SITE_CHROME = re.compile(r"^(?:您?当前(?:所在)?的?位置|您的位置)|简体版|繁体版|无障碍|IPv6"
                          r"|^(?:主办单位|承办单位|联系电话)|版权所有|ICP备|网站标识码|公网安备|严禁上网|浏览效果"
                          # the site's menu ("首页 | 政务公开 | …"), its text-size and print tools, its page counter
                          r"|^首页(?:$|[\s|｜>＞/·]|政务|新闻|机构)|字体[:：]?[\[【(（]?\s*(?:大|\])|浏览次数|访问量|分享到|打印本页|关闭窗口")
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et)\s*$", re.I)


def document_title(lines: list[str]) -> tuple[str | None, int | None, DocumentKind | None]:
    """Department, year and kind from the lines before the contents ("上海市普陀区财政局 / 2024年度部门决算");
    a line "预算主管部门：某局" under a government's title ("某区2026年区级部门预算") names the department;
    a part's title names the department and the year ("寿县司法局2022年“三公”经费预算情况").
    A viewer's caption naming the file ("2021年度部门决算公开说明-堤防处.pdf") is not the title."""
    lines = [line for line in lines if not _FILE_NAME.search(line)]
    while lines and _SITE_CHROME.search(flat(lines[0])):
        lines = lines[1:]  # the site's toolbar and breadcrumb above the page's title are the site's
    for n in range(1, min(len(lines), 4) + 1):  # a title may be printed over several lines
        flats = [flat(line) for line in lines[:n]]
        found = _title("".join(flats))
        if found:
            name, m = found
            dept = _name(re.sub(r"^(关于)?", "", name).removesuffix("部门").removesuffix("单位"), flats, m.start())
            # ("某中心单位2025年单位预算", r607)
            named = next((d.group("dept") for line in lines[:6] if (d := _DEPT_LINE.match(flat(line)))), None)
            kind = DocumentKind.FINAL if m.group("kind") == "决算" else DocumentKind.BUDGET
            # a title whose year and kind stand without a name ("2016年预算…" in the line under "某局2016年“三公
            # 经费”预算对比增减说明"): the name comes from a part's title
            year = draft_year(flat("".join(lines[:n]))) or int(m.group("year"))  # the draft's, not the execution's
            return named or dept or _part_title(lines)[0], year, kind
    dept, year = _part_title(lines)
    return dept, year, None


def _part_title(lines: list[str]) -> tuple[str | None, int | None]:
    """The name and year of a part's title among the first lines, or of the sentence that opens the page."""
    for text in _windows(lines) + _below_site_header(lines):
        m = _PART_TITLE.match(_BEFORE_NAME.sub("", text))
        if m:
            year = draft_year(text) or int(m.group("year") or m.group("year2"))  # the draft's, not the execution's
            return _after_cover(m.group("dept") or m.group("dept2")), year
    for line in lines[:3]:
        m = _NAMED_IN_SENTENCE.search(flat(line))
        if m:
            return m.group("dept") or m.group("dept2"), int(m.group("year") or m.group("year2"))
    return None, None


def _name(name: str, lines: list[str], end: int) -> str:
    """The name a title holds: without what the site or a sentence printed right before it, and without
    the line before it when that line names nothing ("政府信息公开" / "某中学2023年部门预算", "…09:17:49大中小" /
    "某镇人民政府" / "2021年度部门决算"). A name wrapped over lines keeps its first line when that line
    holds a name's ending ("中共上海市普陀区委" / "社会工作部2024年度部门决算")."""
    begin = end - len(name)
    k = 0
    for line in lines:
        k += len(line)
        if begin < k < end and not re.search(_ORG, name[:k - begin]):
            name, begin = name[k - begin:], k
    name = _BEFORE_NAME.sub("", name)
    return name if _IS_NAME.search(name) else ""


def unheaded_title(paragraphs: list[str]) -> str | None:
    """The name in a title line that the page's text opens with before any heading, read as running text
    ("2017年临汾市第五小学决算" under the site's footer lines, r767): a line that titles the page (a year and
    what it is about, no sentence) and names the unit before or after its year."""
    for text in paragraphs[:2]:
        t = flat(text)
        if _TITLE_LINE.match(t) and (m := _PART_TITLE.match(_BEFORE_NAME.sub("", t))) is not None:
            name = m.group("dept") or m.group("dept2")
            if not name.startswith(_NOBODY):
                return name
    return None


def heading_name(headings: list[str]) -> str | None:
    """The department a part's heading names ("第一部分 某局概况"), for a page that opens with its headings."""
    return _named_by(_NAMED_IN_HEADING, headings[:8])


def opening_name(paragraphs: list[str]) -> str | None:
    """The unit named at the start of a paragraph, before the year it states figures of or the duties
    it has, for a page without a title ("某局2016年度“三公”经费支出预算为57.9万元", "某镇人民政府基本职能")."""
    return _named_by(_NAMED_AT_START, paragraphs[:20], lead=True)


# a line that titles the page or a part: a year and what it is about, no sentence and no site's field or menu
_TITLE_LINE = re.compile(r"^[^,，。;；:：|>]{0,40}?20\d{2}年[^,，。;；:：|>]{0,40}?(预算|决算|三公|经费)[^,，。;；:：|>]{0,30}$")


def title_lines(lines: list[str]) -> list[str]:
    """The lines before the text that title it ("迪庆州州本级2020年度“三公”经费决支出情况说明" under the site's own
    "…2021年度…"): each alone, at most MAX_PART_TITLE characters, naming a year and a budget word."""
    out = []
    for line in lines[:20]:
        text = flat(line)
        if len(text) <= MAX_PART_TITLE and not _FILE_NAME.search(text) and _TITLE_LINE.match(text):
            out.append(text)
    return out


def _below_site_header(lines: list[str]) -> list[str]:
    """Lines further down, each alone, when the page opens with the site's index block ("• 索引号",
    "• 发布机构", "• 发布日期" …, one field a line; or its labels in brackets, "[ 索引号 ] | … |", each
    row perhaps opened by a pipe, "| [ 索引号 ] | … |"):
    the part's title comes after it; then two lines together (the name on the line above its title,
    "重庆市长寿区洪湖镇人民政府" / "2024年度决算公开说明"), as the page's first lines are read."""
    head = [flat(line) for line in lines[:20]]
    if not any(re.match(r"^[|｜]?\s*[•·]?\s*[\[【]?\s*(索引号|发布机构|发文机构|发布日期|时效性)", h) for h in head[:6]):
        return []
    pairs = [head[i] + head[i + 1] for i in range(4, len(head) - 1)]
    return [h for h in head[4:] + pairs if len(h) <= MAX_PART_TITLE]


MAX_PART_TITLE = 60


# A year the text is about: not one it compares with ("较2023年度决算数", "与2023年预算相比"), not a date
# ("2024年1月18日"), not in a cited title or a regulation's edition ("《…（2022年修订）》").
_ABOUT_YEAR = re.compile(r"(?<!比)(?<!较)(?<!与)(?<!同)(?<!超过)(?<!相比)(?<!对比)(20\d{2})年(?!\d{1,2}月|修订|版|第)")
# (Bounded: an unclosed "《" must not make every later one scan to the end of the text.)
_CITED = re.compile(r"《[^》]{0,120}》|〔[^〕]{0,120}〕|\[[^\]]{0,120}\]|\((?:[^()]{0,120}?修订|[^()]{0,120}?号)\)")


# "关于沙洋县2022年预算执行情况和2023年预算草案的报告", "西夏区2021年财政预算执行情况和2022年财政预算(草案)相关表格":
# a government's report on last year's execution and the coming year's draft is the coming year's budget
_EXECUTION_AND_DRAFT = re.compile(r"(20\d{2})年[^。;；]{0,20}?预算执行情况(?:和|及|与|暨)[^。;；\d]{0,6}?"
                                  r"(20\d{2})年[^。;；]{0,12}?预算(?:\(草案\)|（草案）|草案)")


def draft_year(text: str) -> int | None:
    """The year of the draft budget a report on last year's execution and the draft presents."""
    m = _EXECUTION_AND_DRAFT.search(text)
    return int(m.group(2)) if m is not None and int(m.group(2)) > int(m.group(1)) else None


def year_of_text(lines: list[str]) -> int | None:
    """The year a page without a title is about: the draft's year of a report on last year's execution and
    the draft; else the one it names most (the latest on a tie) — a budget speaks of last year's figures at
    most as often as of its own."""
    text = _CITED.sub("", flat("".join(lines)))
    if (year := draft_year(text)) is not None:
        return year
    counts: dict[int, int] = {}
    for m in _ABOUT_YEAR.finditer(text):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def statements(section_texts: dict[str, str], body: str, unit: MoneyUnit, findings: Findings,
               location: Location | None = None) -> Statements:
    """Statements from the sections that state them (3.11.1, 3.11.2), else from the whole body."""
    oc_text = section_texts.get(SectionKey.OPERATING_COSTS) or body
    amount, prior = operating_costs(oc_text, unit)
    if amount is None:
        findings.add("statement.missing", "未在说明中找到机关运行经费金额", location)
    pr_text = section_texts.get(SectionKey.PROCUREMENT) or body
    proc, total = procurement(pr_text, unit)
    if proc is None:
        findings.add("statement.missing", "未在说明中找到政府采购的货物、工程、服务金额", location)
    elif total is not None and total != proc.goods + proc.works + proc.services:
        findings.add("statement.procurement_total",
                     f"政府采购合计 {total} 与货物、工程、服务之和 {proc.goods + proc.works + proc.services} 不符",
                     location)
    return Statements(operating_costs=amount, operating_costs_prior=prior, procurement=proc)
