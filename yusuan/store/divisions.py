"""行政区划代码 of the governments the store meets: a declared table, each code checked against a public source.

Source of every code marked `verified`: the 统计用区划代码 of 国家统计局 as republished in the repository
modood/Administrative-divisions-of-China (dist/provinces.csv, dist/cities.csv, dist/areas.csv; for a statutory
division the first six digits are its GB/T 2260 行政区划代码). Covered: the 31 provinces, and every government
the real-world corpus (tests/data/real) names, with the cities above its counties. A government that is no
statutory division (a 风景区 or 旅游度假区 under a city's management) or a town (乡镇, nine digits, not
checked) is declared with no code and `verified=False`, so that the gap is visible rather than guessed.

`code_of(name)` reads a government's name as the store keeps it ("南充市顺庆区", "昌吉市", "上海市普陀区",
"凉山州"): the whole path, or its last part alone when that name is unique in the country (普陀区 is not: 上海
and 舟山 both have one).
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "国家统计局统计用区划代码（modood/Administrative-divisions-of-China 转载：dist/provinces.csv、cities.csv、areas.csv）"


@dataclass(frozen=True)
class Division:
    path: tuple[str, ...]  # province (omitted for a municipality's districts: 上海市 is the province), city, county
    code: str | None  # six digits; None when not verified
    level: str  # province | city | county | town | other
    unique: bool = True  # the last name alone identifies it in the whole country
    verified: bool = True
    aliases: tuple[str, ...] = ()
    note: str = ""

    @property
    def name(self) -> str:
        return self.path[-1]


def _p(code: str, name: str) -> Division:
    return Division((name,), code, "province")


def _c(code: str, province: str, name: str, *aliases: str) -> Division:
    return Division((province, name), code, "city", aliases=aliases)


def _x(code: str, parents: tuple[str, ...], name: str, unique: bool = True) -> Division:
    return Division((*parents, name), code, "county", unique=unique)


PROVINCES = (
    _p("110000", "北京市"), _p("120000", "天津市"), _p("130000", "河北省"), _p("140000", "山西省"),
    _p("150000", "内蒙古自治区"), _p("210000", "辽宁省"), _p("220000", "吉林省"), _p("230000", "黑龙江省"),
    _p("310000", "上海市"), _p("320000", "江苏省"), _p("330000", "浙江省"), _p("340000", "安徽省"),
    _p("350000", "福建省"), _p("360000", "江西省"), _p("370000", "山东省"), _p("410000", "河南省"),
    _p("420000", "湖北省"), _p("430000", "湖南省"), _p("440000", "广东省"), _p("450000", "广西壮族自治区"),
    _p("460000", "海南省"), _p("500000", "重庆市"), _p("510000", "四川省"), _p("520000", "贵州省"),
    _p("530000", "云南省"), _p("540000", "西藏自治区"), _p("610000", "陕西省"), _p("620000", "甘肃省"),
    _p("630000", "青海省"), _p("640000", "宁夏回族自治区"), _p("650000", "新疆维吾尔自治区"),
)

CITIES = (
    _c("340100", "安徽省", "合肥市"), _c("340200", "安徽省", "芜湖市"), _c("340300", "安徽省", "蚌埠市"),
    _c("340400", "安徽省", "淮南市"), _c("340600", "安徽省", "淮北市"), _c("341000", "安徽省", "黄山市"),
    _c("341700", "安徽省", "池州市"),
    _c("350300", "福建省", "莆田市"), _c("350500", "福建省", "泉州市"),
    _c("360700", "江西省", "赣州市"), _c("360900", "江西省", "宜春市"), _c("361100", "江西省", "上饶市"),
    _c("420600", "湖北省", "襄阳市"), _c("420700", "湖北省", "鄂州市"),
    _c("430100", "湖南省", "长沙市"), _c("430600", "湖南省", "岳阳市"), _c("430700", "湖南省", "常德市"),
    _c("430900", "湖南省", "益阳市"),
    _c("440300", "广东省", "深圳市"), _c("440700", "广东省", "江门市"),
    _c("450200", "广西壮族自治区", "柳州市"), _c("450400", "广西壮族自治区", "梧州市"),
    _c("451000", "广西壮族自治区", "百色市"),
    _c("460100", "海南省", "海口市"),
    _c("510600", "四川省", "德阳市"), _c("510700", "四川省", "绵阳市"), _c("511100", "四川省", "乐山市"),
    _c("511300", "四川省", "南充市"), _c("511700", "四川省", "达州市"),
    _c("513400", "四川省", "凉山彝族自治州", "凉山州"),
    _c("530100", "云南省", "昆明市"), _c("530500", "云南省", "保山市"), _c("530900", "云南省", "临沧市"),
    _c("610100", "陕西省", "西安市"),
    _c("150600", "内蒙古自治区", "鄂尔多斯市"),
    _c("650100", "新疆维吾尔自治区", "乌鲁木齐市"), _c("652300", "新疆维吾尔自治区", "昌吉回族自治州", "昌吉州"),
)

COUNTIES = (
    _x("120114", ("天津市",), "武清区"),
    _x("310107", ("上海市",), "普陀区", unique=False),  # 舟山市 has a 普陀区 too (330903)
    _x("340223", ("安徽省", "芜湖市"), "南陵县"),
    _x("340321", ("安徽省", "蚌埠市"), "怀远县"),
    _x("340422", ("安徽省", "淮南市"), "寿县"),
    _x("340602", ("安徽省", "淮北市"), "杜集区"),
    _x("340604", ("安徽省", "淮北市"), "烈山区"),
    _x("341723", ("安徽省", "池州市"), "青阳县"),
    _x("350583", ("福建省", "泉州市"), "南安市"),
    _x("360724", ("江西省", "赣州市"), "上犹县"),
    _x("360921", ("江西省", "宜春市"), "奉新县"),
    _x("361126", ("江西省", "上饶市"), "弋阳县"),
    _x("361181", ("江西省", "上饶市"), "德兴市"),
    _x("420624", ("湖北省", "襄阳市"), "南漳县"),
    _x("420704", ("湖北省", "鄂州市"), "鄂城区"),
    _x("430182", ("湖南省", "长沙市"), "宁乡市"),
    _x("430682", ("湖南省", "岳阳市"), "临湘市"),
    _x("430702", ("湖南省", "常德市"), "武陵区"),
    _x("430922", ("湖南省", "益阳市"), "桃江县"),
    _x("440303", ("广东省", "深圳市"), "罗湖区"),
    _x("440783", ("广东省", "江门市"), "开平市"),
    _x("450223", ("广西壮族自治区", "柳州市"), "鹿寨县"),
    _x("500102", ("重庆市",), "涪陵区"),
    _x("500105", ("重庆市",), "江北区", unique=False),  # 宁波市 has a 江北区 too (330205)
    _x("500151", ("重庆市",), "铜梁区"),
    _x("500235", ("重庆市",), "云阳县"),
    _x("510683", ("四川省", "德阳市"), "绵竹市"),
    _x("510704", ("四川省", "绵阳市"), "游仙区"),
    _x("511113", ("四川省", "乐山市"), "金口河区"),
    _x("511124", ("四川省", "乐山市"), "井研县"),
    _x("511302", ("四川省", "南充市"), "顺庆区"),
    _x("530129", ("云南省", "昆明市"), "寻甸回族彝族自治县"),
    _x("530524", ("云南省", "保山市"), "昌宁县"),
    _x("530922", ("云南省", "临沧市"), "云县"),
    _x("610102", ("陕西省", "西安市"), "新城区", unique=False),  # 呼和浩特市 has a 新城区 too (150102)
    _x("650102", ("新疆维吾尔自治区", "乌鲁木齐市"), "天山区"),
    _x("652301", ("新疆维吾尔自治区", "昌吉回族自治州"), "昌吉市"),
)

UNVERIFIED = (
    Division(("福建省", "莆田市", "湄洲岛国家旅游度假区"), None, "other", verified=False,
             note="旅游度假区，不是行政区划，没有行政区划代码"),
    Division(("安徽省", "池州市", "九华山风景区"), None, "other", verified=False,
             note="风景区管理机构，不是行政区划，没有行政区划代码"),
    Division(("安徽省", "蚌埠市", "怀远县", "双桥集镇"), None, "town", verified=False,
             note="乡镇级（九位统计用区划代码），未核对"),
)

DIVISIONS: tuple[Division, ...] = PROVINCES + CITIES + COUNTIES + UNVERIFIED


def _names(d: Division) -> set[str]:
    """Every way a government's name may spell this division: each tail of its path, joined."""
    names = {"".join(d.path[i:]) for i in range(len(d.path))} if d.unique else \
        {"".join(d.path[i:]) for i in range(len(d.path) - 1)}
    for alias in d.aliases:
        names.add(alias)
        names |= {"".join(d.path[i:-1]) + alias for i in range(len(d.path) - 1)}
    return names


def _index() -> dict[str, Division]:
    index: dict[str, Division] = {}
    ambiguous: set[str] = set()
    for d in DIVISIONS:
        for name in _names(d):
            if name in index and index[name] is not d:
                ambiguous.add(name)
            index[name] = d
    for name in ambiguous:
        del index[name]
    return index


INDEX = _index()


def division_of(name: str) -> Division | None:
    """The declared division a government's name denotes, or None."""
    return INDEX.get(name.strip())


def code_of(name: str) -> str | None:
    """The verified 行政区划代码 of a government's name, or None (not declared, or not verified)."""
    d = division_of(name)
    return d.code if d is not None and d.verified else None
