"""Realistic, internally consistent random budget data (BudgetData) for tests and benchmarks.

`generate_budget(rng)` draws one department's budget: a department of a plausible type (教育局,
民政局, 街道办事处 …) with its units, staff and duties; basic expenditure built up from per-person
wage and office costs, so that the 经济分类 table (basic_economic) and the 功能分类 items agree by
construction (30108 = 2080505, 30110 = 21011xx, 30113 = 2210201 …); projects with allocations and
performance targets; last year's figures with reasons; 三公, 机关运行经费, procurement and assets.

Everything is computed in integer cents and turned into Decimal (万元, two decimals) at the end,
so every total adds up exactly. The result depends only on the rng (and the catalogue): no
global randomness, no clock, no iteration over unordered sets.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.catalog.catalog import Catalog, Scheme, default_catalog
from yusuan.model.budget import (
    Allocation,
    Assets,
    BasicEconomic,
    BasicExpenditure,
    BudgetData,
    BudgetUnit,
    Changes,
    Comparator,
    Department,
    DocumentKind,
    Indicator,
    ItemPrior,
    Line,
    PerformanceSummary,
    PerformanceTargets,
    Procurement,
    Project,
    Scope,
    Staffing,
    ThreePublic,
    ThreePublicItem,
    UnitKind,
    VehicleGroup,
)
from yusuan.model.sources import (
    FISCAL_SOURCES,
    GENERAL_CURRENT_SOURCES,
    GENERAL_SOURCES,
    INCOME_ROWS,
    SOURCES,
    FundingSource,
    IncomeRow,
)
from yusuan.money import MoneyUnit

YEARS = (2023, 2024, 2025)

ADMIN, SERVICE, CIVIL = UnitKind.ADMINISTRATIVE, UnitKind.PUBLIC_SERVICE, UnitKind.CIVIL_SERVICE_MANAGED
GB = FundingSource.GENERAL_BUDGET
GBT = FundingSource.GENERAL_BUDGET_TRANSFER
CGB = FundingSource.CARRYOVER_GENERAL_BUDGET
FB = FundingSource.FUND_BUDGET
FBT = FundingSource.FUND_BUDGET_TRANSFER
CFB = FundingSource.CARRYOVER_FUND_BUDGET
SOE = FundingSource.SOE_BUDGET
SPECIAL = FundingSource.SPECIAL_ACCOUNT
UNIT = FundingSource.UNIT_FUNDS


# --------------------------------------------------------------------------------------------
# Names: places, streets, townships, people
# --------------------------------------------------------------------------------------------

PLACES = (
    "昌吉市", "阜康市", "玛纳斯县", "呼图壁县", "奇台县", "吉木萨尔县", "伊宁市", "奎屯市", "库尔勒市", "哈密市",
    "临夏市", "天水市麦积区", "定西市安定区", "平凉市崆峒区", "商洛市商州区", "安康市汉滨区", "遵义市红花岗区",
    "毕节市七星关区", "曲靖市麒麟区", "大理市", "丽江市古城区", "南宁市青秀区", "桂林市七星区", "赣州市章贡区",
    "吉安市吉州区", "常德市武陵区", "岳阳市岳阳楼区", "衡阳县", "宁乡市", "浏阳市", "醴陵市", "襄阳市樊城区",
    "宜昌市西陵区", "荆州市沙市区", "黄冈市黄州区", "六安市金安区", "阜阳市颍州区", "滁州市琅琊区", "宿州市埇桥区",
    "临沂市兰山区", "潍坊市奎文区", "淄博市张店区", "德州市德城区", "邢台市信都区", "保定市莲池区", "沧州市运河区",
    "大同市平城区", "长治市潞州区", "晋中市榆次区", "包头市昆都仑区", "赤峰市红山区", "通辽市科尔沁区",
    "四平市铁西区", "绥化市北林区", "佳木斯市向阳区", "盐城市亭湖区", "泰州市海陵区", "金华市婺城区",
    "台州市椒江区", "三明市三元区", "莆田市城厢区", "梅州市梅江区", "湛江市赤坎区", "绵阳市涪城区",
    "南充市顺庆区", "宜宾市翠屏区", "达州市通川区", "汉中市汉台区", "西宁市城西区", "银川市兴庆区",
    "固原市原州区", "海口市龙华区", "三亚市吉阳区", "东阳市", "义乌市", "海安市", "邳州市", "新沂市", "平度市",
    "莱州市", "寿光市", "邹城市", "滕州市", "巩义市", "新郑市", "禹州市", "长葛市", "汝州市", "枣阳市", "宜都市",
)
STREETS = (
    "宁边路", "北京南路", "延安北路", "中山", "建设", "城关", "东城", "西湖", "解放路", "人民路", "和平", "新华",
    "绿洲路", "胜利", "滨河", "文化路", "长安", "朝阳", "南湖", "北关", "东风", "新城", "花园", "站前",
)
TOWNSHIPS = (
    "大西渠镇", "佃坝镇", "六工镇", "三工镇", "榆树沟镇", "二六工镇", "滨湖镇", "庙尔沟乡", "硫磺沟镇", "新集镇",
    "杨集乡", "李庄乡", "白马乡", "青山乡", "双河镇", "石桥乡", "柳树乡", "黄土坡乡", "红旗镇", "白杨河乡",
    "丰收乡", "太平镇", "永安镇", "清水河乡", "高家庄镇", "王庄乡", "马场镇", "龙泉镇",
)
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志军海燕雪梅晓东文斌鹏飞丹凤琳玲辉宇浩然婷婷欣怡"


def _person(rng: random.Random) -> str:
    n = 1 if rng.random() < 0.35 else 2
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def _locality(place: str) -> str:
    """The last administrative segment: 天水市麦积区 → 麦积区."""
    for sep in ("市", "州"):
        head, _, tail = place.partition(sep)
        if tail:
            return tail
    return place


# --------------------------------------------------------------------------------------------
# Department types
# --------------------------------------------------------------------------------------------

# Project styles: s = services (302), c = capital (310, sometimes with 302), m = mixed 302 + 310,
# p = payments to individuals (303), o = other (399).


@dataclass(frozen=True)
class DeptType:
    key: str
    template: str  # department name; {place} is the locality, {sub} a street or township
    kuan: str  # the department's own 款 (its 行政运行 is kuan + "01")
    subunits: tuple[tuple[str, UnitKind], ...]
    institutions: tuple[str, ...]
    duties: tuple[str, ...]
    projects: tuple[tuple[str, str, str], ...]  # (name, 项 code, style)
    served: str  # who the satisfaction indicators ask
    area: str  # what the quantity indicators count
    kind: UnitKind = ADMIN
    service: tuple[str, ...] = ()  # 项 codes for the basic expenditure of 事业 units
    fund_kuan: tuple[str, ...] = ()  # 款 (or single 项) of its 政府性基金 projects
    enforcement: bool = False  # has 执法执勤用车
    level: str = "county"  # county, street or town


DEPT_TYPES: tuple[DeptType, ...] = (
    DeptType(
        "renda", "{place}人大常委会办公室", "20101",
        (("人大代表联络中心", SERVICE), ("人大信息中心", SERVICE), ("人大预算审查监督中心", SERVICE)),
        ("办公室", "研究室", "财政经济工作委员会", "代表人事选举任免工作委员会", "监察和司法工作委员会",
         "教科文卫工作委员会", "城乡建设环境保护工作委员会", "农业农村工作委员会"),
        ("负责人民代表大会及其常务委员会会议的筹备和服务工作", "承担人大代表联络、服务和代表议案建议督办工作",
         "组织开展执法检查、视察调研等监督工作", "负责规范性文件备案审查工作", "承担常委会任免事项的具体工作"),
        (("人大会议经费", "2010104", "s"), ("人大监督工作经费", "2010106", "s"), ("人大代表履职能力提升培训", "2010107", "s"),
         ("代表之家活动经费", "2010199", "s"), ("代表工作经费", "2010108", "s"), ("人大立法工作经费", "2010105", "s"),
         ("人大信访工作经费", "2010109", "s"), ("预算联网监督系统运维", "2010199", "m")),
        "人大代表", "代表之家", service=("2010150",),
    ),
    DeptType(
        "zhengxie", "政协{place}委员会办公室", "20102",
        (("政协委员服务中心", SERVICE), ("文史资料研究中心", SERVICE)),
        ("办公室", "研究室", "提案委员会", "文史和学习委员会", "经济委员会", "社会法制和民族宗教委员会"),
        ("负责政协全体会议、常务委员会会议的组织服务工作", "承担政协委员联络和服务工作", "组织委员开展视察、调研和民主监督",
         "负责提案的征集、审查、交办和督办工作", "负责文史资料的征集、编辑和出版工作"),
        (("政协会议经费", "2010204", "s"), ("委员视察调研经费", "2010205", "s"), ("参政议政工作经费", "2010206", "s"),
         ("文史资料编撰出版", "2010299", "s"), ("政协委员培训", "2010299", "s")),
        "政协委员", "委员活动室", service=("2010250",),
    ),
    DeptType(
        "edu", "{place}教育局", "20501",
        (("第一中学", SERVICE), ("第二中学", SERVICE), ("实验小学", SERVICE), ("第一幼儿园", SERVICE),
         ("教育技术装备中心", SERVICE), ("教师发展中心", SERVICE), ("招生考试中心", SERVICE)),
        ("办公室", "人事股", "计划财务股", "基础教育股", "教育督导室", "安全稳定股", "职业与成人教育股", "体育卫生与艺术教育股"),
        ("贯彻执行国家教育方针政策，拟订全市教育发展规划", "统筹管理学前教育、义务教育和普通高中教育",
         "负责教师队伍建设和教师资格管理", "负责学生资助和学校安全稳定工作", "负责教育督导评估工作"),
        (("学前教育保教费补助", "2050201", "p"), ("义务教育学校公用经费补助", "2050202", "s"),
         ("初中学校校舍维修改造", "2050203", "c"), ("普通高中国家助学金", "2050204", "p"), ("教师培训经费", "2050801", "s"),
         ("学生资助经费", "2050299", "p"), ("教育信息化建设", "2050199", "m"), ("校园安保服务经费", "2050299", "s"),
         ("农村义务教育学生营养改善计划", "2050202", "p")),
        "师生", "学校", service=("2050201", "2050202", "2050203", "2050204"), fund_kuan=("2296004",),
    ),
    DeptType(
        "health", "{place}卫生健康委员会", "21001",
        (("疾病预防控制中心", SERVICE), ("卫生健康综合监督执法局", CIVIL), ("妇幼保健计划生育服务中心", SERVICE),
         ("卫生健康事务服务中心", SERVICE)),
        ("办公室", "规划财务股", "医政医管股", "基层卫生与妇幼健康股", "疾病预防控制股", "人口监测与家庭发展股", "老龄健康股"),
        ("拟订卫生健康事业发展规划并组织实施", "负责疾病预防控制和突发公共卫生事件应急处置", "负责医疗机构和医疗服务监督管理",
         "组织实施基本公共卫生服务项目", "负责计划生育管理和服务工作", "组织拟订并协调落实应对人口老龄化政策措施"),
        (("基本公共卫生服务项目", "2100408", "s"), ("重大公共卫生服务项目", "2100409", "s"),
         ("突发公共卫生事件应急处置经费", "2100410", "s"), ("计划生育家庭奖励扶助", "2100717", "p"),
         ("医疗设备购置", "2100299", "c"), ("家庭医生签约服务", "2100399", "s"), ("健康教育宣传", "2100499", "s"),
         ("老龄健康服务", "2101601", "s")),
        "群众", "乡镇卫生院", service=("2100401", "2100402", "2100403"), fund_kuan=("2296011", "2296099"),
    ),
    DeptType(
        "transport", "{place}交通运输局", "21401",
        (("公路管理站", SERVICE), ("交通运输综合行政执法大队", CIVIL), ("农村公路养护中心", SERVICE)),
        ("办公室", "规划建设股", "运输管理股", "安全监督股", "财务审计股"),
        ("拟订交通运输发展规划并组织实施", "负责农村公路建设、养护和管理", "负责道路运输市场监管",
         "负责交通运输安全生产监督管理", "负责城乡客运一体化工作"),
        (("农村公路养护", "2140106", "s"), ("公路建设项目", "2140104", "c"), ("道路运输安全监管", "2140112", "s"),
         ("城乡公交运营补贴", "2149901", "o"), ("交通安全设施改造", "2140199", "c"), ("治超站运行经费", "2140199", "s")),
        "群众", "行政村", enforcement=True,
    ),
    DeptType(
        "justice", "{place}司法局", "20406",
        (("公证处", SERVICE), ("法律援助中心", SERVICE), ("社区矫正中心", SERVICE)),
        ("办公室", "法治督察股", "行政执法协调监督股", "普法与依法治理股", "人民参与和促进法治股", "社区矫正股"),
        ("统筹推进法治政府建设", "负责全民普法和依法治理工作", "负责人民调解和基层司法所建设",
         "负责社区矫正和安置帮教工作", "负责法律援助、公证、律师等公共法律服务管理"),
        (("人民调解工作经费", "2040604", "s"), ("普法宣传经费", "2040605", "s"), ("法律援助经费", "2040607", "p"),
         ("社区矫正工作经费", "2040610", "s"), ("法治政府建设经费", "2040612", "s"), ("智慧司法信息化建设", "2040613", "m"),
         ("律师管理工作经费", "2040606", "s")),
        "群众", "司法所", service=("2040650",), fund_kuan=("2296010",), enforcement=True,
    ),
    DeptType(
        "civil", "{place}民政局", "20802",
        (("社会福利院", SERVICE), ("殡仪馆", SERVICE), ("救助管理站", SERVICE), ("婚姻登记中心", SERVICE)),
        ("办公室", "社会救助股", "养老服务股", "社会事务股", "基层政权建设和社区治理股", "社会组织管理股"),
        ("拟订并组织实施社会救助政策", "负责养老服务体系建设", "负责基层政权建设和社区治理", "负责社会组织登记和监督管理",
         "负责婚姻、殡葬、儿童福利和行政区划地名管理工作"),
        (("城市最低生活保障金", "2081901", "p"), ("农村最低生活保障金", "2081902", "p"), ("临时救助资金", "2082001", "p"),
         ("特困人员救助供养", "2082102", "p"), ("孤儿基本生活保障", "2081001", "p"), ("高龄津贴", "2081002", "p"),
         ("养老服务体系建设", "2081006", "m"), ("殡葬改革惠民补助", "2081004", "p"), ("社区治理工作经费", "2080208", "s"),
         ("地名普查及界线管理", "2080207", "s")),
        "救助对象", "社区", service=("2081005",), fund_kuan=("2296002", "2296005", "2296006"),
    ),
    DeptType(
        "street", "{place}{sub}街道办事处", "20103",
        (("党群服务中心", SERVICE), ("综合行政执法队", CIVIL), ("退役军人服务站", SERVICE), ("社会保障服务中心", SERVICE)),
        ("党政综合办公室", "党建工作办公室", "平安建设办公室", "社区治理办公室", "经济发展办公室", "公共服务办公室"),
        ("负责辖区党的建设和社区治理工作", "组织实施辖区公共服务和社会保障工作", "负责辖区平安建设和矛盾纠纷排查化解",
         "负责辖区城市管理、环境卫生和综合执法工作", "协助做好辖区经济发展和民生保障工作"),
        (("社区工作者报酬", "2010399", "s"), ("社区办公经费", "2080208", "s"), ("社区环境卫生整治", "2120501", "s"),
         ("网格化服务管理经费", "2010399", "s"), ("城市管理综合执法", "2120104", "s"), ("社区党建活动经费", "2010302", "s"),
         ("老旧小区改造配套", "2210108", "c"), ("居家养老服务", "2081006", "s")),
        "辖区居民", "社区", service=("2010350",), fund_kuan=("21208",), level="street",
    ),
    DeptType(
        "town", "{place}{sub}人民政府", "20103",
        (("农业（畜牧业）发展服务中心", SERVICE), ("党群服务中心", SERVICE), ("社会保障服务中心", SERVICE),
         ("综合行政执法队", CIVIL), ("村镇规划建设发展中心", SERVICE)),
        ("党政综合办公室", "党建工作办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室", "自然资源和规划所"),
        ("负责本行政区域内的经济、社会事务和乡村振兴工作", "组织实施农业农村发展和农田水利建设", "负责村级组织建设和基层治理",
         "负责辖区社会保障、民政、卫生健康等公共服务", "负责辖区安全生产、防汛抗旱和应急管理"),
        (("村级组织运转经费", "2130705", "o"), ("村干部报酬", "2130705", "p"), ("农田水利设施维护", "2130316", "c"),
         ("人居环境整治", "2120501", "s"), ("高标准农田建设", "2130153", "c"), ("防汛抗旱工作经费", "2130314", "s"),
         ("乡村振兴产业发展", "2130505", "m"), ("村集体经济发展扶持", "2130706", "o")),
        "辖区群众", "行政村", service=("2010350", "2130104"), fund_kuan=("21208",), level="town",
    ),
    DeptType(
        "agri", "{place}农业农村局", "21301",
        (("农业技术推广中心", SERVICE), ("动物疫病预防控制中心", SERVICE), ("农产品质量安全检测站", SERVICE),
         ("农业综合行政执法大队", CIVIL)),
        ("办公室", "发展规划股", "乡村产业股", "种植业管理股", "畜牧兽医股", "农田建设管理股", "农村社会事业促进股"),
        ("统筹研究和组织实施“三农”工作", "负责种植业、畜牧业、渔业等农业各产业的监督管理", "负责农产品质量安全监督管理",
         "负责农田建设项目管理", "负责动植物疫病防控和农业防灾减灾工作"),
        (("农作物病虫害防治", "2130108", "s"), ("农产品质量安全监测", "2130109", "s"), ("高标准农田建设", "2130153", "c"),
         ("农业技术推广", "2130106", "s"), ("动物防疫经费", "2130199", "s"), ("耕地地力保护补贴", "2130122", "p"),
         ("农村人居环境整治", "2130126", "s"), ("渔业发展补助", "2130148", "p")),
        "农户", "乡镇", service=("2130104",), fund_kuan=("21208",), enforcement=True,
    ),
    DeptType(
        "natres", "{place}自然资源局", "22001",
        (("不动产登记中心", SERVICE), ("土地储备中心", SERVICE), ("国土空间规划编制中心", SERVICE),
         ("自然资源执法大队", CIVIL)),
        ("办公室", "国土空间规划股", "耕地保护监督股", "自然资源确权登记股", "地质矿产管理股", "执法监察股"),
        ("履行全民所有土地、矿产等自然资源资产所有者职责", "负责国土空间规划编制和实施监督", "负责耕地保护和土地整治工作",
         "负责不动产统一登记工作", "负责地质灾害防治和矿产资源管理"),
        (("国土空间规划编制", "2200104", "s"), ("不动产登记工作经费", "2200109", "s"), ("耕地保护与土地整治", "2200106", "c"),
         ("地质灾害防治", "2240601", "s"), ("基础测绘", "2200129", "s"), ("自然资源调查监测", "2200109", "s")),
        "群众", "乡镇", service=("2200150",), fund_kuan=("21208", "21210", "21215"), enforcement=True,
    ),
    DeptType(
        "housing", "{place}住房和城乡建设局", "21201",
        (("城市建设服务中心", SERVICE), ("房产服务中心", SERVICE), ("建设工程质量安全监督站", SERVICE), ("住房保障中心", SERVICE)),
        ("办公室", "规划建设股", "城市管理股", "村镇建设股", "住房保障股", "建筑市场监管股"),
        ("拟订住房和城乡建设发展规划", "负责城市基础设施建设和市政公用事业管理", "负责建筑市场和工程质量安全监管",
         "负责保障性住房和农村危房改造工作", "负责房地产市场监督管理"),
        (("城市管理执法", "2120104", "s"), ("工程建设质量安全监管", "2120106", "s"), ("老旧小区改造", "2210108", "c"),
         ("农村危房改造", "2210105", "c"), ("保障性住房租金补贴", "2210107", "p"), ("市政设施维护", "2120399", "s"),
         ("城乡环境卫生保洁", "2120501", "s"), ("房地产市场监管", "2120109", "s")),
        "居民", "小区", fund_kuan=("21208", "21213", "21214"), enforcement=True,
    ),
    DeptType(
        "culture", "{place}文化体育和旅游局", "20701",
        (("图书馆", SERVICE), ("文化馆", SERVICE), ("博物馆", SERVICE), ("全民健身中心", SERVICE), ("文化市场综合执法大队", CIVIL)),
        ("办公室", "公共服务股", "文化艺术股", "文物保护股", "体育股", "旅游发展股", "市场管理股"),
        ("拟订文化、体育和旅游发展规划并组织实施", "负责公共文化服务体系建设", "负责文物保护和非物质文化遗产保护工作",
         "负责全民健身和群众体育工作", "负责旅游宣传推广和文化旅游市场监管"),
        (("公共文化服务体系建设", "2070109", "s"), ("群众文化活动", "2070108", "s"), ("文物保护", "2070204", "c"),
         ("全民健身活动", "2070308", "s"), ("旅游宣传推介", "2070113", "s"), ("文化市场管理", "2070112", "s"),
         ("图书购置", "2070104", "c"), ("体育场馆运行", "2070307", "s")),
        "群众", "乡镇综合文化站", service=("2070104", "2070109", "2070205"), fund_kuan=("2296003", "2296008", "20707", "20709"),
    ),
    DeptType(
        "market", "{place}市场监督管理局", "20138",
        (("市场监管综合行政执法大队", CIVIL), ("检验检测中心", SERVICE), ("消费者权益保护中心", SERVICE)),
        ("办公室", "登记注册股", "食品安全监管股", "特种设备安全监察股", "价格监督检查和反不正当竞争股", "药品医疗器械监管股"),
        ("负责市场综合监督管理", "负责市场主体统一登记注册", "负责食品安全监督管理", "负责特种设备安全监察",
         "负责药品、医疗器械和化妆品的监督管理", "负责计量、标准化和质量基础工作"),
        (("食品安全抽检", "2013816", "s"), ("特种设备安全监管", "2013815", "s"), ("市场秩序执法", "2013805", "s"),
         ("市场主体登记", "2013804", "s"), ("药品安全监管", "2013812", "s"), ("计量检定与质量基础", "2013810", "c"),
         ("市场监管信息化", "2013808", "m")),
        "经营主体", "市场监管所", service=("2013850",), enforcement=True,
    ),
    DeptType(
        "veterans", "{place}退役军人事务局", "20828",
        (("退役军人服务中心", SERVICE), ("烈士陵园管理所", SERVICE), ("军队离退休干部休养所", SERVICE)),
        ("办公室", "移交安置股", "就业创业股", "拥军优抚股", "权益维护股"),
        ("贯彻落实退役军人工作政策", "负责退役军人移交安置和就业创业工作", "负责优抚对象抚恤优待工作",
         "负责烈士褒扬和纪念设施保护管理", "负责拥军优属工作"),
        (("优抚对象抚恤补助", "2080802", "p"), ("在乡复员退伍军人生活补助", "2080803", "p"), ("义务兵家庭优待金", "2080805", "p"),
         ("拥军优属慰问", "2082804", "s"), ("退役士兵安置", "2080901", "p"), ("烈士纪念设施维护", "2080808", "c"),
         ("农村籍退役士兵老年生活补助", "2080806", "p")),
        "退役军人及优抚对象", "退役军人服务站", service=("2082850",),
    ),
    DeptType(
        "hrss", "{place}人力资源和社会保障局", "20801",
        (("就业服务中心", SERVICE), ("社会保险中心", SERVICE), ("劳动人事争议仲裁院", SERVICE), ("劳动保障监察大队", CIVIL)),
        ("办公室", "就业促进股", "职业能力建设股", "事业单位人事管理股", "工资福利股", "劳动关系股"),
        ("拟订人力资源和社会保障事业发展规划", "负责促进就业工作", "负责城乡社会保险经办管理", "负责职业能力建设",
         "负责劳动保障监察和劳动人事争议调解仲裁"),
        (("就业创业服务补贴", "2080701", "p"), ("职业培训补贴", "2080702", "p"), ("公益性岗位补贴", "2080705", "p"),
         ("社会保险补贴", "2080704", "p"), ("劳动保障监察", "2080105", "s"), ("人事考试工作经费", "2080199", "s"),
         ("劳动人事争议调解仲裁", "2080112", "s"), ("高校毕业生就业见习补贴", "2080711", "p")),
        "服务对象", "乡镇人社所", service=("2080150", "2080111", "2080109"),
    ),
    DeptType(
        "finance", "{place}财政局", "20106",
        (("国库集中支付中心", SERVICE), ("财政投资评审中心", SERVICE), ("非税收入管理局", CIVIL)),
        ("办公室", "预算股", "国库股", "综合股", "农业农村股", "社会保障股", "经济建设股", "绩效管理股"),
        ("拟订财政发展规划和财税政策", "负责编制年度预决算草案并组织执行", "负责国库集中收付和政府采购管理",
         "负责预算绩效管理", "负责财会监督和会计管理工作"),
        (("预算管理一体化系统运维", "2010607", "m"), ("财政投资评审", "2010608", "s"), ("国库集中支付业务", "2010605", "s"),
         ("预算绩效评价", "2010604", "s"), ("财会监督检查", "2010606", "s"), ("政府采购管理", "2010699", "s")),
        "预算单位", "预算单位", service=("2010650",),
    ),
    DeptType(
        "audit", "{place}审计局", "20108",
        (("经济责任审计中心", SERVICE), ("审计信息中心", SERVICE)),
        ("办公室", "法规审理股", "财政审计股", "经济责任审计股", "固定资产投资审计股"),
        ("主管本级审计工作", "对本级预算执行情况和其他财政收支进行审计监督", "负责领导干部经济责任审计",
         "负责政府投资项目审计", "向本级人民政府提出审计结果报告"),
        (("审计业务经费", "2010804", "s"), ("审计信息化建设", "2010806", "m"), ("政府投资审计", "2010804", "s"),
         ("审计管理工作经费", "2010805", "s")),
        "被审计单位", "被审计单位", service=("2010850",),
    ),
    DeptType(
        "stats", "{place}统计局", "20105",
        (("统计普查中心", SERVICE), ("社会经济调查中心", SERVICE)),
        ("办公室", "综合统计股", "国民经济核算股", "普查中心", "统计执法股"),
        ("组织实施统计调查和普查", "负责国民经济核算和主要统计数据发布", "负责统计执法检查", "负责统计信息化建设"),
        (("经济普查经费", "2010507", "s"), ("人口抽样调查", "2010508", "s"), ("专项统计调查", "2010505", "s"),
         ("统计执法检查", "2010506", "s"), ("统计信息化建设", "2010504", "m")),
        "统计调查对象", "调查小区", service=("2010550",),
    ),
    DeptType(
        "emergency", "{place}应急管理局", "22401",
        (("应急管理综合行政执法大队", CIVIL), ("应急救援指挥中心", SERVICE)),
        ("办公室", "应急指挥股", "安全生产综合监管股", "防灾减灾救灾股", "危险化学品安全监管股"),
        ("负责应急管理工作，指导各乡镇应对安全生产类、自然灾害类等突发事件", "负责安全生产综合监督管理",
         "组织编制应急预案并开展演练", "负责自然灾害防治和应急物资储备", "组织指导防汛抗旱和森林草原防灭火工作"),
        (("安全生产监管", "2240106", "s"), ("应急救援队伍建设", "2240108", "m"), ("自然灾害风险普查", "2240104", "s"),
         ("应急物资储备", "2220511", "c"), ("森林草原防灭火", "2240602", "s"), ("应急管理信息化", "2240109", "m")),
        "群众", "企业", service=("2240150",), enforcement=True,
    ),
    DeptType(
        "ecology", "{place}生态环境局", "21101",
        (("生态环境监测站", SERVICE), ("生态环境保护综合行政执法大队", CIVIL)),
        ("办公室", "综合股", "水和大气环境管理股", "土壤生态环境管理股", "环境影响评价股"),
        ("负责建立健全生态环境基本制度", "负责大气、水、土壤等污染防治监督管理", "负责生态环境监测和信息发布",
         "负责生态环境执法检查", "负责建设项目环境影响评价管理"),
        (("大气污染防治", "2110301", "s"), ("水污染防治", "2110302", "s"), ("土壤污染防治", "2110307", "s"),
         ("生态环境监测", "2111101", "c"), ("生态环境执法", "2111102", "s"), ("生态环境保护宣传", "2110104", "s"),
         ("农村环境整治", "2110402", "c")),
        "群众", "监测点位", enforcement=True,
    ),
    DeptType(
        "water", "{place}水利局", "21303",
        (("水利工程管理站", SERVICE), ("水土保持工作站", SERVICE), ("河湖长制服务中心", SERVICE)),
        ("办公室", "规划计划股", "水资源管理股", "农村水利股", "河湖管理股", "水旱灾害防御股"),
        ("负责保障水资源的合理开发利用", "负责水利工程建设与运行管理", "负责水土保持和河湖管理工作",
         "负责农村水利和农村饮水安全工作", "承担水旱灾害防御工作"),
        (("防汛抗旱工作经费", "2130314", "s"), ("水利工程运行维护", "2130306", "s"), ("农村饮水安全", "2130335", "c"),
         ("水土保持", "2130310", "s"), ("水资源管理", "2130311", "s"), ("河湖长制工作经费", "2130319", "s"),
         ("水利工程建设", "2130305", "c")),
        "群众", "灌区", fund_kuan=("21366", "21369"),
    ),
    DeptType(
        "police", "{place}公安局", "20402",
        (("交通警察大队", ADMIN), ("看守所", ADMIN), ("警务保障中心", SERVICE)),
        ("警令部", "政治处", "治安管理大队", "刑事侦查大队", "网络安全保卫大队", "禁毒大队", "出入境管理大队"),
        ("负责维护社会治安秩序", "负责刑事案件侦查工作", "负责道路交通安全管理", "负责户籍、出入境管理工作",
         "负责禁毒和网络安全保卫工作"),
        (("执法办案经费", "2040220", "s"), ("公安信息化建设", "2040219", "m"), ("特勤业务经费", "2040222", "s"),
         ("辅警经费", "2040299", "s"), ("警用装备购置", "2040221", "c"), ("禁毒工作经费", "2040299", "s")),
        "群众", "派出所", service=("2040250",), enforcement=True,
    ),
    DeptType(
        "archives", "{place}档案馆", "20126", (),
        ("办公室", "档案接收征集科", "档案保管利用科", "档案编研科"),
        ("负责接收、征集、整理和保管本级重要档案", "负责档案的开放利用和编研工作", "负责档案数字化和信息化建设"),
        (("档案数字化加工", "2012604", "s"), ("档案库房设备购置", "2012604", "c"), ("档案征集编研", "2012699", "s"),
         ("档案安全保管", "2012602", "s")),
        "查档群众", "立档单位", kind=CIVIL,
    ),
    DeptType(
        "organization", "中共{place}委组织部", "20132",
        (("党员教育中心", SERVICE), ("干部信息管理中心", SERVICE)),
        ("办公室", "组织科", "干部科", "干部监督科", "人才工作科", "公务员管理科"),
        ("负责全面加强党的组织建设", "负责干部队伍建设和干部监督", "负责党员教育管理工作", "负责人才工作的统筹协调",
         "负责公务员队伍建设和管理"),
        (("干部教育培训", "2013202", "s"), ("党员教育经费", "2013202", "s"), ("人才工作经费", "2013299", "s"),
         ("公务员考录工作经费", "2013204", "s"), ("基层党组织建设", "2013299", "s")),
        "党员干部", "基层党组织", service=("2013250",),
    ),
    DeptType(
        "women", "{place}妇女联合会", "20129", (),
        ("办公室", "组织联络部", "权益部", "家庭和儿童工作部"),
        ("团结动员妇女参与经济社会发展", "代表和维护妇女儿童合法权益", "推动家庭家教家风建设", "联系和服务妇女群众"),
        (("妇女儿童维权", "2012902", "s"), ("巾帼建功活动", "2012902", "s"), ("家庭教育指导", "2012999", "s"),
         ("困难妇女救助", "2012999", "p")),
        "妇女群众", "社区妇联", kind=CIVIL,
    ),
    DeptType(
        "science", "{place}科学技术局", "20601",
        (("科技服务中心", SERVICE), ("科技馆", SERVICE)),
        ("办公室", "科技计划股", "高新技术产业股", "农村科技股"),
        ("拟订科技发展规划并组织实施", "负责科技计划项目管理", "负责科技成果转化和技术市场管理", "负责科学技术普及工作"),
        (("科技计划项目", "2060403", "o"), ("科普活动", "2060702", "s"), ("青少年科技活动", "2060703", "s"),
         ("科技奖励", "2069901", "p"), ("科技馆运行", "2060705", "s")),
        "科技工作者", "科技企业", service=("2060701", "2060705"),
    ),
    DeptType(
        "development", "{place}发展和改革委员会", "20104",
        (("价格认证中心", SERVICE), ("经济信息中心", SERVICE)),
        ("办公室", "规划股", "固定资产投资股", "经济运行股", "价格收费股", "粮食和物资储备股"),
        ("拟订国民经济和社会发展规划", "负责固定资产投资综合管理", "负责经济运行调节", "负责价格管理和监测",
         "负责粮食和物资储备管理"),
        (("国民经济规划编制", "2010404", "s"), ("经济运行调节", "2010405", "s"), ("价格监测", "2010408", "s"),
         ("重点项目前期工作", "2010499", "s"), ("储备粮油补贴", "2220401", "o")),
        "服务对象", "重点项目", service=("2010450",),
    ),
    DeptType(
        "commerce", "{place}商务局", "20113",
        (("商务发展服务中心", SERVICE), ("招商服务中心", SERVICE)),
        ("办公室", "商贸流通股", "对外贸易股", "招商引资股", "电子商务股"),
        ("拟订商贸流通和对外开放发展规划", "负责招商引资工作", "负责对外贸易管理", "推动电子商务发展"),
        (("招商引资工作经费", "2011308", "s"), ("外贸发展扶持", "2011304", "o"), ("电子商务进农村", "2011307", "s"),
         ("商贸流通发展", "2011399", "o")),
        "企业", "商贸企业", service=("2011350",), fund_kuan=("21161",),
    ),
)

GENERIC_PROJECTS: tuple[tuple[str, str, str], ...] = (
    ("党建工作经费", "02", "s"), ("业务工作经费", "02", "s"), ("信息化建设运维经费", "02", "m"),
    ("办公设备购置", "02", "c"), ("办公用房维修改造", "02", "c"), ("编外聘用人员经费", "99", "s"),
    ("安全生产工作经费", "02", "s"), ("档案整理经费", "02", "s"), ("宣传工作经费", "02", "s"),
    ("机关服务保障经费", "03", "s"), ("乡村振兴驻村工作经费", "99", "s"), ("平安建设工作经费", "99", "s"),
)

ALLOCATION_ITEMS: dict[str, tuple[str, ...]] = {
    "s": ("会议组织", "宣传资料印制", "培训授课", "劳务报酬", "专家评审", "调研督导", "第三方服务", "场地租赁",
          "资料汇编", "差旅及交通", "活动组织", "检测检验", "系统运行维护", "印刷及邮寄"),
    "c": ("设备购置", "工程施工", "设备安装调试", "监理及验收", "物资采购", "软件购置", "维修改造"),
    "p": ("补助发放", "生活补助", "慰问金", "奖励资金", "救助资金", "补贴发放"),
    "o": ("补助资金拨付", "运转经费拨付", "奖补资金", "以奖代补资金"),
}
ALLOCATION_ITEMS["m"] = ALLOCATION_ITEMS["s"][:8] + ALLOCATION_ITEMS["c"][:4]
SOE_TYPES = frozenset({"finance", "development", "commerce", "transport", "housing", "agri", "natres", "culture"})
QUANTITY_UNITS = ("个", "人", "次", "台", "户", "村", "所", "期")
BENEFITS = (
    "有效提升{short}工作水平", "保障{short}工作顺利开展", "进一步改善{served}的获得感", "推动{short}工作提质增效",
    "提高服务质量和效率", "切实保障{served}合法权益",
)
QUALITATIVE_VALUES = ("有效提升", "明显改善", "持续发挥", "保障", "逐步提高", "有所改善")


# --------------------------------------------------------------------------------------------
# Catalogue view for one edition
# --------------------------------------------------------------------------------------------


@dataclass
class _Codes:
    names: dict[str, str]  # ordinary functional 项 and economic 类/款 of the edition
    fund_items: list[str]
    soe_items: list[str]

    def has(self, code: str) -> bool:
        return code in self.names


_CODES_CACHE: dict[tuple[int, int], tuple[Catalog, _Codes]] = {}


def _codes(catalog: Catalog, year: int) -> _Codes:
    edition = catalog.nearest_edition(year)
    key = (id(catalog), edition)
    hit = _CODES_CACHE.get(key)
    if hit is not None and hit[0] is catalog:
        return hit[1]
    names: dict[str, str] = {}
    fund: set[str] = set()
    soe: set[str] = set()
    for e in catalog.entries:
        if e.is_alias or edition not in e.editions:
            continue
        if e.scheme == Scheme.FUNCTIONAL and e.level == "项":
            if e.budget == "":
                names.setdefault(e.code, e.name)
            elif e.budget == "fund":
                fund.add(e.code)
            elif e.budget == "soe":
                soe.add(e.code)
        elif e.scheme == Scheme.ECONOMIC and e.level in ("类", "款") and e.budget == "":
            names.setdefault(e.code, e.name)
    # Keep only what the catalogue's own lookup agrees on (the checker uses catalog.get).
    for code in list(names):
        entry = catalog.get(code, year)
        if entry is None or entry.budget != "":
            del names[code]
    fund_items = sorted(c for c in fund if (e := catalog.get(c, year)) and e.budget == "fund")
    soe_items = sorted(c for c in soe if (e := catalog.get(c, year)) and e.budget == "soe")
    codes = _Codes(names, fund_items, soe_items)
    if len(_CODES_CACHE) > 16:
        _CODES_CACHE.clear()
    _CODES_CACHE[key] = (catalog, codes)
    return codes


# --------------------------------------------------------------------------------------------
# Money helpers (integer cents)
# --------------------------------------------------------------------------------------------


def _d(cents: int) -> Decimal:
    """Cents → Decimal 万元 with exactly two decimals."""
    return Decimal(cents).scaleb(-2)


def _num(cents: int) -> str:
    """Amount as text writes it: 38, 16.2, 4.25."""
    whole, frac = divmod(cents, 100)
    return str(whole) if frac == 0 else f"{whole}.{frac:02d}".rstrip("0")


def _cents(rng: random.Random, lo: float, hi: float) -> int:
    return rng.randint(round(lo * 100), round(hi * 100))


def _pct(amount: int, basis_points: int) -> int:
    """amount × basis_points / 10000, rounded half up."""
    return (amount * basis_points + 5000) // 10000


def _split(rng: random.Random, total: int, n: int, step: int = 1) -> list[int]:
    """n positive parts adding up to total, in multiples of `step` where possible."""
    n = max(1, min(n, total))
    if step > 1 and total % step == 0 and total // step >= n:
        return [p * step for p in _split(rng, total // step, n)]
    if n == 1:
        return [total]
    cuts = sorted(rng.sample(range(1, total), n - 1))
    bounds = [0, *cuts, total]
    return [b - a for a, b in zip(bounds, bounds[1:], strict=False)]


def _nice_amount(rng: random.Random, lo: float, hi: float) -> int:
    """A project-sized amount, log-uniform, rounded as budgets round: whole 万, 0.1 万 or cents."""
    # Log-uniform by doubling buckets, in integers only (exp/log may round differently across platforms).
    edges = [round(lo * 100)]
    while edges[-1] * 2 < hi * 100:
        edges.append(edges[-1] * 2)
    edges.append(max(edges[-1] + 1, round(hi * 100)))
    k = rng.randrange(len(edges) - 1)
    cents = max(1, rng.randint(edges[k], edges[k + 1]))
    r = rng.random()
    if r < 0.5 and cents >= 100:
        return round(cents / 100) * 100
    if r < 0.7 and cents >= 10:
        return round(cents / 10) * 10
    return cents


def _prior_of(amount: int, pct: int) -> int:
    """Last year's amount given this year's change in percent (120 = grew by 20%)."""
    return (amount * 100 + pct // 2) // pct


# --------------------------------------------------------------------------------------------
# Charges with last year's amounts and reasons
# --------------------------------------------------------------------------------------------


@dataclass
class _Charge:
    code: str
    source: FundingSource
    kind: str  # personnel, public, project
    amount: int
    prior: int = 0
    up: str = ""  # reason if this charge grew
    down: str = ""  # reason if it shrank

    @property
    def delta(self) -> int:
        return self.amount - self.prior


def _reason(charges: Sequence[_Charge]) -> str | None:
    """Reason for the change of a group: that of the charge that moved most in the group's direction."""
    delta = sum(c.delta for c in charges)
    if delta == 0:
        return None
    movers = [c for c in charges if c.delta and (c.delta > 0) == (delta > 0)]
    top = max(movers, key=lambda c: abs(c.delta))
    text = top.up if delta > 0 else top.down
    return text or ("业务量增加" if delta > 0 else "压减一般性支出")


def _line_prior(charges: Sequence[_Charge]) -> tuple[int, int, str | None]:
    return sum(c.amount for c in charges), sum(c.prior for c in charges), _reason(charges)


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------


@dataclass
class _ProjectDraft:
    name: str
    short: str
    code: str
    source: FundingSource
    style: str
    economic: dict[str, int] = field(default_factory=dict)
    allocations: list[Allocation] = field(default_factory=list)
    alloc_parts: list[tuple[str, int]] = field(default_factory=list)
    quantity: tuple[int, str] | None = None

    @property
    def amount(self) -> int:
        return sum(self.economic.values())


FALLBACK_FUND_ITEMS = frozenset({"2296099", "2120899", "2120803"})


def _program_name(rng: random.Random, item_name: str) -> str:
    """A project name from a fund/SOE 项 name: 用于社会福利的彩票公益金支出 → 社会福利彩票公益金项目."""
    base = item_name
    for tail in ("安排的支出", "支出"):
        if base.endswith(tail) and len(base) > len(tail) + 1:
            base = base[: -len(tail)]
            break
    if base.startswith("用于"):
        base = base[2:].replace("的彩票公益金", "彩票公益金")
    if base.startswith("其他") and len(base) > 4:
        base = base[2:]
    if base.endswith(("资金", "补助", "补贴")):
        return base + "项目"
    return base + rng.choice(("项目", "专项资金", "补助资金"))


def _distinct_item(candidate: str, main: str) -> str:
    """An allocation item to put next to `main` ("{short}资料汇编"): `candidate`, or the next one in
    the list that `main` does not contain, so that the two items and their cost indicators
    ("资料汇编成本", "{short}资料汇编成本") cannot be taken for one another. No extra draw from the rng."""
    items = ALLOCATION_ITEMS["s"]
    start = items.index(candidate)
    for k in range(len(items)):
        item = items[(start + k) % len(items)]
        if item not in main:
            return item
    return candidate


def _short(name: str) -> str:
    for tail in ("经费", "项目", "资金"):
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[: -len(tail)]
    return name


class _Generator:
    def __init__(self, rng: random.Random, catalog: Catalog, year: int | None):
        self.rng = rng
        self.catalog = catalog
        self.year = year if year is not None else rng.choice(YEARS)
        self.codes = _codes(catalog, self.year)
        self.purchase = (0, 0)  # vehicles to buy this year, and their cost

    # -- small helpers ---------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def resolve(self, code: str) -> str:
        """A usable 项: the code itself, else the department's 02/99/01 item."""
        if len(code) == 2:
            code = self.dtype.kuan + code
        for candidate in (code, self.dtype.kuan + "02", self.dtype.kuan + "99", self.dtype.kuan + "01"):
            if self.codes.has(candidate):
                return candidate
        raise LookupError(f"no usable 项 for {code}")

    # -- department ------------------------------------------------------------------------
    def department(self) -> Department:
        rng = self.rng
        usable = [t for t in DEPT_TYPES if self.codes.has(t.kuan + "01")]
        self.dtype = t = rng.choice(usable)
        self.place = place = rng.choice(PLACES)
        sub = ""
        if t.level == "street":
            street = rng.choice(STREETS)
            sub = street + "街道"
            name = t.template.format(place=place, sub=street)
        elif t.level == "town":
            sub = rng.choice(TOWNSHIPS)
            name = t.template.format(place=place, sub=sub)
        else:
            name = t.template.format(place=place, sub="")
        self.admin_code = t.kuan + "01"
        service_codes = [c for c in t.service if self.codes.has(c)]
        if not service_codes and self.codes.has(t.kuan + "50"):
            service_codes = [t.kuan + "50"]
        self.service_codes = service_codes or [self.admin_code]

        # Units and staff
        self.units: list[tuple[BudgetUnit, int, str]] = []  # unit, in-service staff, basic 项
        consolidated = bool(t.subunits) and self.chance(0.55)
        main_staff = rng.randint(6, 60)
        self.units.append((BudgetUnit(name=name, kind=t.kind), main_staff, self.admin_code))
        if consolidated:
            k = rng.randint(1, min(5, len(t.subunits)))
            for suffix, kind in rng.sample(list(t.subunits), k):
                prefix = f"{place}{sub}" if t.level in ("street", "town") else place
                staff = rng.randint(3, 90 if "中学" in suffix or "医院" in suffix else 30)
                code = self.admin_code if kind != SERVICE else rng.choice(self.service_codes)
                self.units.append((BudgetUnit(name=prefix + suffix, kind=kind), staff, code))
        scope = Scope.CONSOLIDATED if consolidated else Scope.OWN
        in_service = sum(s for _, s, _ in self.units)
        retired = rng.randint(0, max(1, in_service * 3 // 2))
        veteran = rng.choice((0, 0, 0, 0, 0, 1, 2)) if retired > 5 else 0
        self.in_service, self.retired, self.veteran = in_service, retired, veteran
        staffing = Staffing(
            authorized=max(0, in_service + rng.randint(-3, 8)),
            actual=in_service + retired + veteran,
            in_service=in_service,
            in_service_change=rng.choice((0, 0, 0, 1, 2, -1, 3, -2)),
            retired=retired,
            retired_change=rng.choice((0, 0, 1, 2, 3)) if retired else 0,
            veteran_retired=veteran,
            veteran_retired_change=rng.choice((0, 0, 0, -1)) if veteran else 0,
        )
        duties_list = rng.sample(list(t.duties), rng.randint(min(3, len(t.duties)), len(t.duties)))
        duties = f"{name}主要职责是：" + "；".join(duties_list) + "；完成上级交办的其他任务。"
        k = rng.randint(min(3, len(t.institutions)), len(t.institutions))
        picked = set(rng.sample(list(t.institutions), k))
        institutions = [i for i in t.institutions if i in picked]
        if t.institutions[0] not in institutions:
            institutions.insert(0, t.institutions[0])
        return Department(
            name=name,
            year=self.year,
            kind=DocumentKind.BUDGET,
            money_unit=MoneyUnit.WAN,
            publish_date=dt.date(self.year, rng.choice((1, 1, 2)), rng.randint(5, 28)),
            scope=scope,
            units=[u for u, _, _ in self.units],
            duties=duties,
            institutions=institutions,
            staffing=staffing,
        )

    # -- basic expenditure -----------------------------------------------------------------
    def basic(self) -> None:
        """Economic items of the general-budget basic expenditure, and the 项 they fall under."""
        rng, has = self.rng, self.codes.has
        self.econ: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # code -> [personnel, public]
        self.func: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # 项 -> [personnel, public]

        def add(econ: str, func: str, cents: int, public: bool = False) -> None:
            if cents <= 0 or not has(econ):
                return
            if not has(func):  # a catalogue without the mirrored 项: charge it to 行政运行
                func = self.admin_code
            self.econ[econ][int(public)] += cents
            self.func[func][int(public)] += cents

        level = rng.randint(80, 140)  # wage level, percent
        with_annuity = self.chance(0.75) and has("30109") and has("2080506")
        with_civil_medical = self.chance(0.6) and has("30111") and has("2101103")
        with_medical_fee = self.chance(0.25) and has("30114") and has("2101199")
        housing_rate = rng.choice((800, 1000, 1200, 1200, 1200))
        medical_rate = rng.randint(600, 1000)
        optional = {
            code: self.chance(p)
            for code, p in (("30202", 0.5), ("30205", 0.5), ("30206", 0.6), ("30207", 0.6), ("30208", 0.3),
                            ("30209", 0.4), ("30211", 0.75), ("30213", 0.4), ("30214", 0.1), ("30215", 0.3),
                            ("30216", 0.4), ("30218", 0.15), ("30226", 0.15), ("30227", 0.1), ("30228", 0.8),
                            ("30229", 0.6), ("30239", 0.7), ("30299", 0.4), ("31002", 0.1), ("30106", 0.15),
                            ("30112", 0.8), ("30199", 0.5))
        }

        def per_head(n: int, lo: float, hi: float, scaled: bool = True) -> int:
            total = sum(_cents(rng, lo, hi) for _ in range(min(n, 3))) * n // min(n, 3)
            return total * level // 100 if scaled else total

        for unit, n, code in self.units:
            admin_like = unit.kind != SERVICE
            salary = {
                "30101": per_head(n, 3.0, 4.8),
                "30102": per_head(n, 3.0, 7.5) if admin_like else per_head(n, 1.0, 3.0),
                "30103": per_head(n, 0.3, 1.5) if admin_like else 0,
                "30107": per_head(n, 3.0, 6.0) if not admin_like else (per_head(n, 0.5, 1.5) if self.chance(0.2) else 0),
            }
            base = sum(salary.values())
            for econ, cents in salary.items():
                add(econ, code, cents)
            if optional["30106"]:
                add("30106", code, per_head(n, 0.2, 0.6))
            if optional["30112"]:
                add("30112", code, per_head(n, 0.05, 0.3))
            if optional["30199"]:
                add("30199", code, per_head(n, 0.1, 1.0))
            # Social insurance and housing fund: mirrored 项.
            add("30108", "2080505", _pct(base, 1600))
            if with_annuity:
                add("30109", "2080506", _pct(base, 800))
            add("30110", "2101101" if admin_like else "2101102", _pct(base, medical_rate))
            if with_civil_medical and admin_like:
                add("30111", "2101103", _pct(base, rng.randint(100, 400)))
            if with_medical_fee:
                add("30114", "2101199", per_head(n, 0.005, 0.03, scaled=False))
            add("30113", "2210201", _pct(base, housing_rate))
            # Public funds
            add("30201", code, per_head(n, 0.2, 1.0, scaled=False), public=True)
            for econ, lo, hi in (("30202", 0.02, 0.1), ("30205", 0.03, 0.2), ("30206", 0.05, 0.3), ("30207", 0.03, 0.15),
                                 ("30208", 0.1, 0.5), ("30209", 0.1, 0.6), ("30211", 0.1, 0.5), ("30213", 0.05, 0.3),
                                 ("30214", 0.1, 0.8), ("30215", 0.02, 0.1), ("30216", 0.03, 0.15), ("30218", 0.05, 0.5),
                                 ("30226", 0.1, 0.8), ("30227", 0.1, 0.5), ("30229", 0.05, 0.2), ("30239", 0.1, 0.6),
                                 ("30299", 0.02, 0.3), ("31002", 0.05, 0.3)):
                if optional[econ] and has(econ):
                    add(econ, code, per_head(n, lo, hi, scaled=False), public=True)
            if optional["30228"]:
                add("30228", code, _pct(base, 200), public=True)

        # Retirees: paid under 2080501/2080502 or inside 行政运行, as real budgets do both.
        main_kind = self.units[0][0].kind
        retire_code = self.admin_code
        if self.chance(0.5):
            candidate = "2080502" if main_kind == SERVICE else "2080501"
            if has(candidate):
                retire_code = candidate
        if self.retired:
            add("30302", retire_code, self.retired * _cents(rng, 0.2, 1.6))
        if self.veteran and has("30301"):
            add("30301", retire_code, self.veteran * _cents(rng, 3.0, 8.0))
        if self.chance(0.2) and has("30305"):
            add("30305", self.admin_code, _cents(rng, 0.5, 6.0))

        # Department-level public items
        self.vehicles = self._vehicles()
        count = sum(g for _, g, _ in self.vehicles)
        self.basic_vehicle = count * _cents(rng, 1.2, 3.0) if count and has("30231") else 0
        add("30231", self.admin_code, self.basic_vehicle, public=True)
        self.basic_reception = _cents(rng, 0.3, 5.0) if self.chance(0.55) and has("30217") else 0
        add("30217", self.admin_code, self.basic_reception, public=True)
        self.basic_abroad = _cents(rng, 3.0, 15.0) if self.chance(0.06) and has("30212") else 0
        add("30212", self.admin_code, self.basic_abroad, public=True)

    def _vehicles(self) -> list[tuple[str, int, int]]:
        rng = self.rng
        general = rng.choice((0, 0, 1, 1, 2, 2, 3, 4))
        enforce = rng.randint(1, 8) if self.dtype.enforcement and self.chance(0.7) else 0
        special = rng.randint(1, 3) if self.dtype.key in ("health", "emergency", "police") and self.chance(0.4) else 0
        groups = [("一般公务用车", general), ("执法执勤用车", enforce), ("特种专业技术用车", special), ("其他车辆", 0)]
        return [(kind, n, sum(_cents(rng, 12.0, 32.0) for _ in range(n))) for kind, n in groups]

    def basic_rows(self) -> list[_Charge]:
        """Basic expenditure by (项, source): general budget, with some parts from other sources."""
        rng = self.rng
        rows: dict[tuple[str, FundingSource], list[int]] = {}
        for code in sorted(self.func):
            rows[(code, GB)] = list(self.func[code])
        # Part of an operating item paid from a transfer or from last year's carryover: still general.
        for source, p in ((GBT, 0.08), (CGB, 0.04)):
            if self.chance(p):
                code = self.admin_code
                personnel, public = rows[(code, GB)]
                if public > 100:
                    moved = rng.randint(1, public // 2)
                    rows[(code, GB)][1] -= moved
                    rows[(code, source)] = [0, moved]
        # 事业 units with income of their own.
        service = sorted({c for u, _, c in self.units if u.kind == SERVICE})
        for code in service:
            if self.chance(0.3):
                source = SPECIAL if self.dtype.key == "edu" and self.chance(0.5) else UNIT
                rows[(code, source)] = [_cents(rng, 5, 120), _cents(rng, 1, 40)]
        out = []
        for (code, source), (personnel, public) in rows.items():
            out.append(_Charge(code, source, "personnel", personnel))
            out.append(_Charge(code, source, "public", public))
        return out

    # -- projects --------------------------------------------------------------------------
    def projects(self) -> list[_ProjectDraft]:
        rng, t = self.rng, self.dtype
        scale = max(1.0, self.in_service / 20)
        pool = [(n, c, s) for n, c, s in t.projects] + list(GENERIC_PROJECTS)
        with_vehicle = self.codes.has("310") and self.chance(0.08)
        n_fund = rng.choice((1, 1, 1, 2)) if self.codes.fund_items and self.chance(0.5 if t.fund_kuan else 0.12) else 0
        with_soe = bool(self.codes.soe_items) and t.key in SOE_TYPES and self.chance(0.12)
        room = 12 - with_vehicle - n_fund - with_soe
        count = min(len(pool), room, rng.choice((1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12)))
        chosen = rng.sample(pool, count)
        self.unused_pool = [p for p in pool if p not in chosen]
        drafts: list[_ProjectDraft] = []
        has_service = any(u.kind == SERVICE for u, _, _ in self.units)
        for name, code, style in chosen:
            r = rng.random()
            if r < 0.72:
                source = GB
            elif r < 0.83:
                source = GBT
            elif r < 0.90:
                source = CGB
            elif t.key == "edu":
                source = SPECIAL if self.chance(0.5) else UNIT
            elif has_service:
                source = SPECIAL if self.chance(0.15) else UNIT
            else:
                source = UNIT if self.chance(0.3) else GB
            if source == GBT and self.chance(0.5):
                name = f"提前下达{self.year}年{name}"
            drafts.append(self._draft(name, self.resolve(code), source, style, scale))
        if with_vehicle:
            drafts.append(self._vehicle_project())
        for _ in range(n_fund):
            drafts.append(self._fund_project(scale))
        if with_soe:
            drafts.append(self._soe_project(scale))
        # Unique names
        seen: dict[str, int] = {}
        for d in drafts:
            if d.name in seen:
                seen[d.name] += 1
                d.name = f"{d.name}（{seen[d.name]}）"
            else:
                seen[d.name] = 1
        return drafts

    def _draft(self, name: str, code: str, source: FundingSource, style: str, scale: float) -> _ProjectDraft:
        rng = self.rng
        d = _ProjectDraft(name=name, short=_short(name), code=code, source=source, style=style)
        # Allocation first: a count × unit amount line makes the amount.
        if self.chance(0.25):
            unit_amount = rng.choice((rng.randint(1, 50) * 10, rng.randint(1, 20) * 50, rng.randint(1, 300)))
            quantity = rng.randint(2, 120)
            qunit = rng.choice(QUANTITY_UNITS)
            item = f"{self.dtype.area}{d.short}补助" if style == "p" else f"{d.short}{rng.choice(ALLOCATION_ITEMS[style])}"
            d.quantity = (quantity, qunit)
            d.alloc_parts = [(item, quantity * unit_amount)]
            d.allocations = [Allocation(item=item, amount=_d(quantity * unit_amount), quantity=Decimal(quantity),
                                        quantity_unit=qunit, unit_amount=_d(unit_amount))]
            if self.chance(0.3):
                extra_item = _distinct_item(rng.choice(ALLOCATION_ITEMS["s"]), item)
                extra = _nice_amount(rng, 0.5, 20 * scale)
                d.alloc_parts.append((extra_item, extra))
                d.allocations.append(Allocation(item=extra_item, amount=_d(extra)))
            amount = sum(a for _, a in d.alloc_parts)
        else:
            amount = _nice_amount(rng, 2.0, 150.0 * scale)
            k = rng.choice((1, 2, 2, 3, 3, 4))
            step = 100 if amount % 100 == 0 else (10 if amount % 10 == 0 else 1)
            parts = _split(rng, amount, k, step)
            items = rng.sample(ALLOCATION_ITEMS[style], len(parts))
            d.alloc_parts = list(zip(items, parts, strict=True))
            d.allocations = [Allocation(item=i, amount=_d(a)) for i, a in d.alloc_parts]
        d.economic = self._economic(style, amount)
        return d

    def _economic(self, style: str, amount: int) -> dict[str, int]:
        rng, has = self.rng, self.codes.has

        def two(a: str, b: str) -> dict[str, int]:
            if amount < 2 or not has(b):
                return {a: amount}
            first = rng.randint(1, amount - 1)
            return {a: first, b: amount - first}

        r = rng.random()
        if style == "c" and has("310"):
            return {"310": amount} if r < 0.5 else two("310", "302")
        if style == "m" and has("310"):
            return two("302", "310")
        if style == "p" and has("303"):
            return {"303": amount} if r < 0.6 else two("303", "302")
        if style == "o" and has("399"):
            return {"399": amount} if r < 0.6 else two("399", "302")
        if r < 0.12:
            return two("302", "310")
        if r < 0.16:
            return two("302", "399")
        if r < 0.19:
            return two("302", "303")
        return {"302": amount}

    def _vehicle_project(self) -> _ProjectDraft:
        rng = self.rng
        n = rng.choice((1, 1, 2))
        price = rng.choice((15, 18, 20, 22, 25, 28, 30)) * 100
        name = "公务用车购置"
        d = _ProjectDraft(name=name, short=name, code=self.resolve("02"), source=GB, style="c")
        d.quantity = (n, "辆")
        d.alloc_parts = [("购置公务用车", n * price)]
        d.allocations = [Allocation(item="购置公务用车", amount=_d(n * price), quantity=Decimal(n), quantity_unit="辆",
                                    unit_amount=_d(price))]
        d.economic = {"310": n * price}
        self.purchase = (n, n * price)
        return d

    def _fund_project(self, scale: float) -> _ProjectDraft:
        rng, fund = self.rng, self.codes.fund_items
        preferred = [c for c in fund if c[:5] in self.dtype.fund_kuan or c in self.dtype.fund_kuan]
        # Departments without a fund of their own get the catch-all items (彩票公益金, 土地出让收入).
        fallback = [c for c in fund if c in FALLBACK_FUND_ITEMS]
        code = rng.choice(preferred or fallback or fund)
        name = _program_name(rng, self.catalog.name_of(code, self.year) or "政府性基金")
        r = rng.random()
        source = FB if r < 0.75 else (FBT if r < 0.9 else CFB)
        style = rng.choice(("s", "c", "o", "p"))
        return self._draft(name, code, source, style, scale)

    def _soe_project(self, scale: float) -> _ProjectDraft:
        rng = self.rng
        code = rng.choice(self.codes.soe_items)
        name = _program_name(rng, self.catalog.name_of(code, self.year) or "国有资本经营预算")
        d = self._draft(name, code, SOE, "o", scale)
        cls = "312" if self.codes.has("312") else "399"
        d.economic = {cls: d.amount}
        return d

    # -- last year -------------------------------------------------------------------------
    def priors(self, basic: list[_Charge], drafts: list[_ProjectDraft]) -> tuple[list[_Charge], list[_Charge]]:
        rng = self.rng
        same_pay = self.chance(0.15)
        pay_growth = rng.randint(95, 120)
        up_pay = rng.choice(("工资普调", "人员增加", "工资普调，社保缴费基数上涨", "新录用人员增加", "职级晋升及正常晋档晋级",
                             "落实津贴补贴政策"))
        down_pay = rng.choice(("人员减少", "部分人员退休", "人员调出", "在职人员减少"))
        same_public = self.chance(0.25)
        public_growth = rng.randint(85, 115)
        up_public = rng.choice(("公用经费标准提高", "人员增加相应增加公用经费", "办公用房物业费增加", "新增公务用车运行维护费"))
        down_public = rng.choice(("落实过紧日子要求，压减公用经费", "压减一般性支出", "公务用车减少"))
        mirror_reasons = {
            "20805": (("养老保险缴费基数上涨", "工资普调，社保基数上涨"), ("参保人员减少",)),
            "21011": (("医疗保险缴费基数调整", "人员增加，缴费比例调整"), ("参保人员减少",)),
            "22102": (("住房公积金缴存基数上涨", "工资普调，住房基金基数上涨"), ("缴存人数减少",)),
        }
        for c in basic:
            if c.amount == 0:
                continue
            if c.kind == "personnel":
                pct = 100 if same_pay else max(80, pay_growth + rng.randint(-3, 3))
                c.prior = _prior_of(c.amount, pct)
                ups, downs = mirror_reasons.get(c.code[:5], ((up_pay,), (down_pay,)))
                if c.code in ("2080501", "2080502"):
                    ups, downs = ("退休人员增加",), ("退休人员减少",)
                c.up, c.down = rng.choice(ups), rng.choice(downs)
            else:
                pct = 100 if same_public else max(70, public_growth + rng.randint(-5, 5))
                c.prior = _prior_of(c.amount, pct)
                c.up, c.down = up_public, down_public
            if c.source in (CGB, UNIT, SPECIAL) and self.chance(0.5):
                c.prior = 0
                c.up = "本年增加财政拨款结转资金" if c.source == CGB else "单位资金收入增加"
        projects: list[_Charge] = []
        for d in drafts:
            c = _Charge(d.code, d.source, "project", d.amount)
            s = d.short
            r = rng.random()
            new_p = {CGB: 0.85, GBT: 0.5, CFB: 0.85}.get(d.source, 0.3)
            if r < new_p:
                c.prior = 0
                c.up = {CGB: "本年增加财政拨款结转资金", CFB: "本年增加政府性基金结转资金",
                        GBT: rng.choice(("提前下达项目经费", f"上级提前下达{s}资金"))}.get(
                    d.source, rng.choice((f"新增{s}项目", f"本年新增{s}经费")))
            elif r < new_p + 0.2:
                c.prior = c.amount
            else:
                pct = rng.choice((rng.randint(60, 99), rng.randint(101, 160)))
                c.prior = _prior_of(c.amount, pct)
                c.up = rng.choice((f"{s}工作任务增加", f"{s}补助标准提高", f"{s}覆盖范围扩大"))
                c.down = rng.choice(("压减非刚性、非重点项目支出", f"{s}部分工作已完成", f"落实过紧日子要求，压减{s}经费",
                                     f"{s}补助对象减少"))
            projects.append(c)
        # Last year's projects that are not in this year's budget.
        if self.unused_pool and self.chance(0.4):
            for name, code, _ in rng.sample(self.unused_pool, min(len(self.unused_pool), rng.randint(1, 2))):
                prior = _nice_amount(rng, 2.0, 80.0)
                s = _short(name)
                source = GBT if self.chance(0.2) else GB
                c = _Charge(self.resolve(code), source, "project", 0, prior)
                c.down = rng.choice((f"{s}项目已完成，本年未安排", f"{s}未做预算安排", f"{s}调整至其他科目列支"))
                projects.append(c)
        return basic, projects

    # -- performance targets ---------------------------------------------------------------
    def performance(self, d: _ProjectDraft, fiscal: bool, end: dt.date) -> PerformanceTargets:
        rng, served, area, s = self.rng, self.dtype.served, self.dtype.area, d.short
        amount = d.amount
        rows: list[dict] = []

        def ind(level1: str, level2: str, name: str, comparator: Comparator | None, value: str, unit: str | None,
                basis: str, qualitative: bool = False, evidence: str = "工作资料") -> None:
            rows.append(dict(level1=level1, level2=level2, name=name, comparator=comparator, value=value,
                             value_unit=unit, basis=basis,
                             last_year=rng.choice(("—", "—", value + (unit or "") if unit not in (None, "万元") else "—")),
                             scoring="按照评定等级赋分" if qualitative else "按照完成比例赋分", evidence=evidence))

        ge, le, eq = Comparator.GE, Comparator.LE, Comparator.EQ
        # 产出指标
        quantity_templates = [
            (f"开展{s}相关活动次数", "次", 2, 24), (f"服务{served}人数", "人", 50, 5000), (f"覆盖{area}数量", "个", 3, 60),
            ("印发宣传资料", "份", 500, 10000), ("组织培训期数", "期", 1, 10), (f"{s}督导检查次数", "次", 2, 20),
        ]
        if "c" in d.style or "m" in d.style:
            quantity_templates.append(("购置设备数量", "台（套）", 1, 30))
        n_quantity = rng.randint(1, 3)
        if d.quantity:
            q, qunit = d.quantity
            ind("产出指标", "数量指标", f"{d.alloc_parts[0][0]}数量", rng.choice((ge, eq)), str(q), qunit, "计划标准")
            n_quantity -= 1
        for name, unit, lo, hi in rng.sample(quantity_templates, max(0, n_quantity)):
            ind("产出指标", "数量指标", name, ge, str(rng.randint(lo, hi)), unit, "计划标准")
        for name in rng.sample((f"{s}工作完成率", "资金使用合规率", "验收合格率", "政府采购合规率"), rng.randint(1, 2)):
            v = rng.choice((90, 95, 98, 100, 100))
            ind("产出指标", "质量指标", name, eq if v == 100 else ge, str(v), "%", rng.choice(("计划标准", "行业标准")))
        r = rng.random()
        if r < 0.4:
            ind("产出指标", "时效指标", "项目按计划时间完成率", ge, str(rng.choice((70, 80, 90, 100))), "%", "历史标准")
        elif r < 0.7:
            ind("产出指标", "时效指标", "资金拨付及时率", ge, str(rng.choice((90, 95, 100))), "%", "计划标准")
        elif r < 0.85:
            ind("产出指标", "时效指标", "项目完成时限", le, str(end.month), "月", "计划标准")
        else:
            ind("产出指标", "时效指标", "完成工作时间点", None, f"{end.year}年{end.month}月{end.day}日", None, "计划标准")
        # 成本指标: parts that add up to the amount. A project with a count × unit amount allocation names
        # every cost after its allocation ("{item}成本", the counted one at quantity × unit amount): that
        # item carries the project's short name ("{short}培训授课"), as a split's "{short}保障成本" would,
        # and must not be read against such a smaller ceiling.
        by_part = len(d.alloc_parts) <= 3 and self.chance(0.7)
        if by_part or d.quantity:
            costs = [(f"{item}成本", part) for item, part in d.alloc_parts]
        else:
            k = rng.choice((1, 1, 2))
            parts = _split(rng, amount, k, 100 if amount % 100 == 0 else 1)
            names = [f"{s}总成本"] if len(parts) == 1 else [f"{s}{x}成本" for x in ("业务开展", "保障")][: len(parts)]
            costs = list(zip(names, parts, strict=True))
        for name, part in costs:
            ind("成本指标", "经济成本指标", name, rng.choice((le, le, le, eq)), _num(part), "万元", "预算支出标准",
                evidence="原始凭证")
        # 效益指标
        for i in range(rng.randint(1, 2)):
            level2 = "可持续影响指标" if i == 1 and self.chance(0.3) else "社会效益指标"
            if self.chance(0.6):
                name = rng.choice((f"提升{s}服务水平", f"保障{served}合法权益", f"改善{area}服务条件", f"推动{s}工作规范化"))
                ind("效益指标", level2, name, None, rng.choice(QUALITATIVE_VALUES), None, "其他标准", qualitative=True)
            else:
                name = rng.choice((f"{served}知晓率", f"{s}政策覆盖率", "问题整改率"))
                ind("效益指标", level2, name, ge, str(rng.choice((80, 85, 90, 95))), "%", "计划标准")
        # 满意度指标
        sat = rng.choice((85, 90, 90, 95, 98))
        ind("满意度指标", "满意度指标", f"{served}满意度", ge, str(sat), "%", "历史标准", evidence="满意度调查问卷")
        # Weights: in fives, adding to 100, or to 90 (10 points kept for 预算执行率).
        total = rng.choice((90, 100))
        units = [1] * len(rows)
        for _ in range(total // 5 - len(rows)):
            weights = [3 if row["level1"] in ("效益指标", "成本指标") else 2 for row in rows]
            units[rng.choices(range(len(rows)), weights=weights)[0]] += 1
        indicators = [Indicator(**row, weight=Decimal(5 * u)) for row, u in zip(rows, units, strict=True)]
        content = "、".join(item for item, _ in d.alloc_parts)
        benefit = rng.choice(BENEFITS).format(short=s, served=served)
        goal = (f"本项目拟投入 {_num(amount)} 万元用于{s}，主要内容为：{content}，于 {end.year} 年 {end.month} 月 "
                f"{end.day} 日前完成，通过本项目的实施{benefit}，使{served}满意度达到 {sat}%。")
        return PerformanceTargets(
            budget_total=_d(amount),
            budget_fiscal=_d(amount) if fiscal else None,
            budget_other=None if fiscal else _d(amount),
            goal=goal,
            indicators=indicators,
        )

    def policy_basis(self, d: _ProjectDraft) -> str:
        rng = self.rng
        abbr = _locality(self.place)[0]
        doc = f"{abbr}{rng.choice(('政发', '政办发', '财预', '财行', '党发', '财社'))}〔{self.year - 1}〕{rng.randint(1, 120)}号"
        return rng.choice((
            f"《关于印发〈{d.short}实施方案〉的通知》（{doc}）",
            f"《{self.place}{self.year}年{d.short}工作方案》",
            f"{doc}",
            f"《关于下达{self.year}年{d.short}资金的通知》（{doc}）",
            f"根据{doc}文件精神，保障{d.short}工作正常开展。",
        ))


def generate_budget(rng: random.Random, catalog: Catalog | None = None, year: int | None = None) -> BudgetData:
    """One department's budget, drawn from `rng` alone: valid, balanced and internally consistent."""
    catalog = catalog or default_catalog()
    g = _Generator(rng, catalog, year)
    department = g.department()
    g.basic()
    basic = g.basic_rows()
    drafts = g.projects()
    basic, project_charges = g.priors(basic, drafts)
    year = g.year
    per_budget_typed = rng.random() < 0.3  # fill the optional 合计 fields?
    with_names = rng.random() < 0.3

    # Basic expenditure rows
    by_row: dict[tuple[str, FundingSource], dict[str, int]] = {}
    for c in basic:
        by_row.setdefault((c.code, c.source), {})[c.kind] = c.amount
    basic_expenditure = [
        BasicExpenditure(
            code=code,
            name=g.codes.names.get(code) if with_names else None,
            source=source,
            personnel=_d(v.get("personnel", 0)),
            public=_d(v.get("public", 0)),
            total=_d(v.get("personnel", 0) + v.get("public", 0)) if per_budget_typed else None,
        )
        for (code, source), v in by_row.items()
        if v.get("personnel", 0) or v.get("public", 0)
    ]
    basic_economic = [
        BasicEconomic(
            code=code,
            name=g.codes.names.get(code) if with_names else None,
            personnel=_d(personnel),
            public=_d(public),
            total=_d(personnel + public) if per_budget_typed else None,
        )
        for code, (personnel, public) in sorted(g.econ.items())
        if personnel or public
    ]

    # Projects
    typed_amount = rng.random() < 0.5
    unit_names = [u.name for u in department.units]
    projects: list[Project] = []
    project_prior = {id(d): c for d, c in zip(drafts, project_charges[: len(drafts)], strict=True)}
    with_prior = rng.random() < 0.7
    for d in drafts:
        fiscal = d.source in FISCAL_SOURCES
        multi_year = rng.random() < 0.1
        start = dt.date(year - 1, 7, 1) if multi_year and rng.random() < 0.5 else dt.date(year, 1, 1)
        end = dt.date(year + 1, 12, 31) if multi_year and start.year == year else dt.date(year, 12, 31)
        projects.append(Project(
            name=d.name,
            code=d.code,
            source=d.source,
            economic={k: _d(v) for k, v in sorted(d.economic.items())},
            amount=_d(d.amount) if typed_amount else None,
            prior=_d(project_prior[id(d)].prior) if with_prior else None,
            policy_basis=g.policy_basis(d),
            implementing_unit=rng.choice(unit_names),
            allocations=d.allocations,
            allocation_note=rng.choice((None, None, None, "按照项目实施进度拨付资金。", "资金专款专用，严格按照规定用途使用。")),
            period_start=start,
            period_end=end,
            person_in_charge=_person(rng),
            performance=g.performance(d, fiscal, end if end.year == year else dt.date(year, 12, 31)),
        ))

    charges = basic + project_charges

    # Income: every source's row equals what is charged to it.
    income: dict[IncomeRow, Line] = {}
    by_source: dict[FundingSource, list[_Charge]] = defaultdict(list)
    for c in charges:
        by_source[c.source].append(c)
    leaf_lines: dict[IncomeRow, Line] = {}
    for spec in SOURCES:
        cs = by_source.get(spec.source, [])
        amount, prior, reason = _line_prior(cs)
        if amount or prior:
            leaf_lines[spec.income_row] = Line(amount=_d(amount) if amount else None, prior=_d(prior), reason=reason)
    general_cs = by_source.get(GB, []) + by_source.get(GBT, [])
    if general_cs and rng.random() < 0.6:
        amount, prior, reason = _line_prior(general_cs)
        income[IncomeRow.GENERAL_BUDGET] = Line(amount=_d(amount) if typed_amount and amount else None,
                                                prior=_d(prior), reason=reason)
        own = leaf_lines.get(IncomeRow.GENERAL_BUDGET_OWN)
        if own is not None:
            leaf_lines[IncomeRow.GENERAL_BUDGET_OWN] = Line(amount=own.amount, prior=own.prior)
    unit_line = leaf_lines.get(IncomeRow.UNIT_FUNDS)
    if unit_line is not None and unit_line.amount and rng.random() < 0.5:
        total = int(unit_line.amount * 100)
        parts_rows = rng.sample([IncomeRow.UNIT_BUSINESS_INCOME, IncomeRow.UNIT_SUPERIOR_SUBSIDY,
                                 IncomeRow.UNIT_OPERATING_INCOME, IncomeRow.UNIT_OTHER_INCOME,
                                 IncomeRow.UNIT_AFFILIATED_REMITTANCE], rng.choice((1, 1, 2)))
        parts = _split(rng, total, len(parts_rows))
        leaf_lines[IncomeRow.UNIT_FUNDS] = Line(amount=unit_line.amount if typed_amount else None,
                                                prior=unit_line.prior, reason=unit_line.reason)
        for row, part in zip(parts_rows, parts, strict=False):
            leaf_lines[row] = Line(amount=_d(part))
    order = [s.row for s in INCOME_ROWS]
    merged = {**income, **leaf_lines}
    income = {row: merged[row] for row in order if row in merged}

    # Changes of basic and project expenditure
    basic_amount, basic_prior, basic_reason = _line_prior(basic)
    project_amount, project_prior_total, project_reason = _line_prior(project_charges)
    changes = Changes(
        basic=Line(prior=_d(basic_prior), reason=basic_reason),
        project=Line(prior=_d(project_prior_total), reason=project_reason),
    )

    # Per-项 priors of 一般公共预算当年拨款
    per_item: dict[str, list[_Charge]] = defaultdict(list)
    for c in charges:
        if c.source in GENERAL_CURRENT_SOURCES:
            per_item[c.code].append(c)
    item_priors = []
    for code in sorted(per_item):
        amount, prior, reason = _line_prior(per_item[code])
        if amount or prior:
            item_priors.append(ItemPrior(code=code, prior=_d(prior), reason=reason))

    # 三公
    general_302 = [d for d in drafts if d.source in GENERAL_SOURCES and d.economic.get("302", 0) > 0]

    def extra(cap_wan: float) -> int:
        if not general_302 or rng.random() > 0.2:
            return 0
        d = rng.choice(general_302)
        return rng.randint(1, max(1, min(d.economic["302"], round(cap_wan * 100))))

    purchase_count, purchase_amount = g.purchase
    current = {
        "abroad": g.basic_abroad,
        "reception": g.basic_reception + extra(3.0),
        "vehicle_purchase": purchase_amount,
        "vehicle_operation": g.basic_vehicle + extra(5.0),
    }
    item_reasons = {
        "abroad": (("因公出国（境）任务增加",), ("本年未安排因公出国（境）计划", "严格控制因公出国（境）")),
        "reception": (("接待任务增加",), ("严格执行中央八项规定精神，压减公务接待费", "压减公务接待支出")),
        "vehicle_purchase": (("本年新增公务用车购置计划",), ("本年无车辆购置计划",)),
        "vehicle_operation": (("公务用车数量增加", "车辆老化维修费用增加"), ("公务用车数量减少", "压减公务用车运行费")),
    }
    tp_items: dict[str, ThreePublicItem] = {}
    tp_cur = tp_prior = 0
    for key, amount in current.items():
        r = rng.random()
        if amount == 0:
            if r < 0.8 or key == "abroad" and r < 0.95:
                prior = 0
            else:
                prior = _cents(rng, 15.0, 30.0) if key == "vehicle_purchase" else _cents(rng, 1.0, 20.0)
        elif key == "vehicle_purchase":
            prior = 0 if r < 0.7 else _cents(rng, 10.0, 40.0)
        else:
            prior = amount if r < 0.4 else _prior_of(amount, rng.randint(70, 140))
        ups, downs = item_reasons[key]
        reason = None if prior == amount else rng.choice(ups if amount > prior else downs)
        tp_items[key] = ThreePublicItem(general_budget=_d(amount), prior=_d(prior), reason=reason)
        tp_cur += amount
        tp_prior += prior
    three_public = ThreePublic(
        **tp_items,
        reason=None if tp_cur == tp_prior else ("严格落实过紧日子要求，压减“三公”经费" if tp_cur < tp_prior else
                                                 rng.choice(("公务用车购置及运行费增加", "公务接待任务增加"))),
        total=_d(tp_cur) if per_budget_typed else None,
    )

    # 机关运行经费 = 公用经费 of the general-budget basic expenditure
    public_cs = [c for c in basic if c.kind == "public" and c.source in GENERAL_SOURCES]
    oc_amount, oc_prior, oc_reason = _line_prior(public_cs)
    operating_costs = Line(amount=_d(oc_amount), prior=_d(oc_prior), reason=oc_reason)

    # 政府采购
    project_total = sum(d.amount for d in drafts)
    if rng.random() < 0.15:
        procurement = Procurement(total=_d(0) if per_budget_typed else None)
    else:
        pool = oc_amount + project_total
        total = max(1, _pct(pool, rng.randint(300, 3500)))
        works = _pct(total, rng.randint(1000, 5000)) if rng.random() < 0.2 else 0
        goods = _pct(total - works, rng.randint(1000, 9000)) if rng.random() < 0.9 else 0
        services = total - works - goods
        sme = total if rng.random() < 0.4 else _pct(total, rng.randint(3000, 9999))
        micro = sme if rng.random() < 0.4 else _pct(sme, rng.randint(3000, 9999))
        procurement = Procurement(goods=_d(goods), works=_d(works), services=_d(services),
                                  total=_d(total) if per_budget_typed else None,
                                  sme_reserved=_d(sme), micro_reserved=_d(micro))

    # 国有资产
    has_house = rng.random() < 0.85
    area = g.in_service * _cents(rng, 12.0, 40.0) if has_house else 0  # square metres, in hundredths
    eq50 = rng.choice((0, 0, 0, 0, 1, 2, 3)) if g.dtype.key in ("health", "edu", "police", "market", "ecology") else 0
    vehicles = [VehicleGroup(kind=kind, count=n, value=_d(value)) for kind, n, value in g.vehicles
                if n or rng.random() < 0.5]
    assets = Assets(
        as_of=dt.date(year - 1, 12, 31) if rng.random() < 0.85 else None,
        house_area=_d(area),
        house_value=_d(_pct(area, rng.randint(2000, 6000))) if area else _d(0),
        vehicles=vehicles,
        furniture_value=_d(g.in_service * _cents(rng, 0.2, 1.2)),
        other_value=_d(g.in_service * _cents(rng, 0.5, 4.0)),
        equipment_over_50=eq50,
        equipment_over_100=rng.randint(0, eq50),
        planned_vehicles=purchase_count,
        planned_vehicle_amount=_d(purchase_amount),
        planned_equipment_over_50=rng.choice((0, 0, 0, 1)) if eq50 else 0,
    )

    fiscal = [d for d in drafts if d.source in FISCAL_SOURCES]
    nonfiscal = [d for d in drafts if d.source not in FISCAL_SOURCES]
    performance_summary = PerformanceSummary(
        fiscal_projects=len(fiscal),
        fiscal_amount=_d(sum(d.amount for d in fiscal)),
        nonfiscal_projects=len(nonfiscal),
        nonfiscal_amount=_d(sum(d.amount for d in nonfiscal)),
    )
    other_notes = rng.choice(([], ["无其他需说明的事项。"], ["无其他需说明的事项。"],
                              [f"{department.name}{year}年预算已经{g.place}人民代表大会审查批准。"]))
    return BudgetData(
        department=department,
        income=income,
        basic_expenditure=basic_expenditure,
        projects=projects,
        item_priors=item_priors,
        changes=changes,
        basic_economic=basic_economic,
        three_public=three_public,
        operating_costs=operating_costs,
        procurement=procurement,
        assets=assets,
        performance_summary=performance_summary,
        other_notes=other_notes,
    )


__all__ = ["DEPT_TYPES", "YEARS", "generate_budget"]
