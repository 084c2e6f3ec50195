"""行政区划代码: the declared table, governments given their code at import, shown and searchable."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.conftest import SEED_TEXT
from yusuan.pipeline import process_file
from yusuan.store import queries
from yusuan.store.divisions import DIVISIONS, code_of, division_of
from yusuan.store.ingest import declare_codes, start_run, store_record
from yusuan.store.schema import Government
from yusuan.web.app import create_app


def test_names_as_the_store_keeps_them_find_their_code():
    assert code_of("昌吉市") == "652301"
    assert code_of("南充市顺庆区") == code_of("四川省南充市顺庆区") == code_of("顺庆区") == "511302"
    assert code_of("上海市普陀区") == "310107" and code_of("上海市") == "310000"
    assert code_of("凉山州") == code_of("凉山彝族自治州") == "513400"
    assert code_of("梧州市") == "450400" and code_of("新疆维吾尔自治区") == "650000"


def test_a_name_that_is_not_unique_needs_its_parent():
    assert code_of("普陀区") is None  # 上海 and 舟山 both have one
    assert code_of("江北区") is None and code_of("重庆市江北区") == "500105"
    assert code_of("新城区") is None and code_of("西安市新城区") == "610102"


def test_what_could_not_be_verified_has_no_code():
    assert code_of("莆田市湄洲岛国家旅游度假区") is None
    assert division_of("莆田市湄洲岛国家旅游度假区").note
    assert all(d.code is None for d in DIVISIONS if not d.verified)


def test_the_declared_table_is_consistent():
    codes = [d.code for d in DIVISIONS if d.code]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[1-6]\d{5}", c) for c in codes)
    for d in DIVISIONS:
        if d.code and d.level == "province":
            assert d.code.endswith("0000")
        if d.code and d.level == "county" and len(d.path) == 3:  # a county's code begins with its city's
            city = division_of(d.path[1])
            assert city is not None and d.code[:4] == city.code[:4], d
    assert sum(1 for d in DIVISIONS if d.level == "province") == 31


def test_governments_get_their_code_at_import_and_are_searchable_by_it(store):
    record = process_file(SEED_TEXT)
    with store.session() as s:
        run = start_run(s, "import")
        store_record(s, record, run.id)  # 昌吉市人大常委会办公室 → 昌吉市
        s.add(Government(name="梧州市"))  # stored before the table knew it
    with store.session() as s:
        assert declare_codes(s) == 1
    with store.session() as s:
        gov = s.scalars(select(Government).where(Government.name == "昌吉市")).one()
        assert (gov.code, gov.level) == ("652301", "county")
        assert [g["name"] for g in queries.list_governments(s, "652301").items] == ["昌吉市"]
        assert [g["name"] for g in queries.list_governments(s, "65").items] == ["昌吉市"]  # the province's prefix
        assert [g["name"] for g in queries.list_governments(s, "450400").items] == ["梧州市"]  # a city and its counties
        assert [d["name"] for d in queries.search_departments(s, "6523").items] == ["昌吉市人大常委会办公室"]
        gov_id = gov.id
    with TestClient(create_app(store)) as client:
        assert "652301" in client.get(f"/governments/{gov_id}").text
        home = client.get("/", params={"q": "652301"}).text
        assert "昌吉市人大常委会办公室" in home and "652301" in home
        api = client.get("/api/v1/governments", params={"q": "6523"}).json()
        assert [(g["name"], g["code"]) for g in api["items"]] == [("昌吉市", "652301")]
