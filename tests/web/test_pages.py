"""The explorer's pages and REST API on a filled store (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pyarrow.parquet as pq
from openpyxl import load_workbook

from tests.web.conftest import csrf_of


def test_home_searches_departments_by_name_and_government(client, filled):
    page = client.get("/?q=人大")
    assert page.status_code == 200
    assert "昌吉市人大常委会办公室" in page.text and "搜索“人大”" in page.text
    by_government = client.get("/?q=普陀区")
    assert "社会工作部" in by_government.text
    assert "没有找到" in client.get("/?q=不存在的部门").text
    home = client.get("/").text
    assert "最近导入" in home and "处错误" in home


def test_government_page_sorts_its_departments(client):
    gov = client.get("/api/v1/governments?q=昌吉市").json()["items"][0]
    page = client.get(f"/governments/{gov['id']}?sort=income_total&desc=true")
    assert page.status_code == 200 and "收入总计 ▼" in page.text
    rows = client.get(f"/api/v1/governments/{gov['id']}?sort=income_total&desc=true").json()["departments"]
    incomes = [float(r["income_total"]) for r in rows if r["income_total"] is not None]
    assert incomes == sorted(incomes, reverse=True) and len(rows) == 1  # seed and example: one department


def test_department_page_shows_years_tables_as_published_and_findings(client, filled):
    _store, ids = filled
    dept = client.get("/api/v1/departments?q=人大").json()["items"][0]
    page = client.get(f"/departments/{dept['id']}").text
    assert "各年度主要数字" in page and 'data-chart="bars"' in page and 'data-chart="treemap"' in page
    assert "部门收支总体情况表" in page and "单位：万元" in page
    assert re.search(r'<td class="num">851\.14</td>', page)  # a cell as published, right-aligned
    assert "检查发现的问题" in page and "（第2版）" in page  # the example is the seed's second version
    doc = client.get(f"/documents/{ids['seed']}").text  # the publication itself, with its slips
    assert 'class="finding sev-error"' in doc and "位置：表" in doc and "第2版" in doc


def test_compare_shows_differences(client, filled):
    _store, ids = filled
    page = client.get(f"/compare?a={ids['example']}&b={ids['pdf']}")
    assert page.status_code == 200 and 'id="compare-figures"' in page.text and 'class="changed"' in page.text
    by_name = client.get(f"/compare?a={ids['example']}&other=社会工作部")
    assert "差额（B − A）" in by_name.text
    data = client.get(f"/api/v1/compare?a={ids['example']}&b={ids['pdf']}").json()
    income = next(f for f in data["figures"] if f["key"] == "income_total")
    assert income["a"] == "851.14" and income["diff"] is not None


def test_api_is_paginated_and_filterable(client, filled):
    _store, ids = filled
    docs = client.get("/api/v1/documents?per_page=2").json()
    assert docs["total"] == 3 and len(docs["items"]) == 2 and docs["pages"] == 2
    assert len(client.get("/api/v1/documents?per_page=2&page=2").json()["items"]) == 1
    assert client.get("/api/v1/documents?kind=决算").json()["total"] == 1
    errors = client.get(f"/api/v1/findings?document_id={ids['seed']}&severity=error").json()
    assert errors["total"] > 0 and {f["severity"] for f in errors["items"]} == {"error"}
    assert client.get("/api/v1/findings?rule=A1&per_page=500").json()["items"][0]["rule"].startswith("A1")
    tables = client.get(f"/api/v1/documents/{ids['seed']}/tables").json()
    assert tables[0]["rows"] and isinstance(tables[0]["rows"][0]["values"], dict)
    figures = client.get(f"/api/v1/documents/{ids['example']}/figures").json()
    assert figures["income_total"] == "851.14"  # exact decimal strings, never floats
    assert client.get("/api/v1/documents?per_page=100000").status_code == 422
    openapi = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/governments", "/api/v1/departments", "/api/v1/documents", "/api/v1/findings",
            "/api/v1/reviews"} <= set(openapi["paths"])
    docs_page = client.get("/api/docs")
    assert docs_page.status_code == 200 and "/static/swagger-ui-bundle.js" in docs_page.text  # works offline


def test_downloads_csv_xlsx_json_and_parquet(client, filled):
    _store, ids = filled
    csv = client.get(f"/api/v1/findings?document_id={ids['seed']}&per_page=500&format=csv")
    assert csv.headers["content-type"].startswith("text/csv") and csv.content.startswith(b"\xef\xbb\xbf")
    header = csv.content.decode("utf-8-sig").splitlines()[0].split(",")
    assert {"rule", "severity", "message", "location", "decision"} <= set(header)
    xlsx = client.get("/api/v1/documents?format=xlsx")
    ws = load_workbook(io.BytesIO(xlsx.content)).active
    assert ws.max_row == 4 and ws["A1"].value == "id"
    rows = json.loads(client.get("/api/v1/departments?format=json").content)
    assert {r["name"] for r in rows} >= {"昌吉市人大常委会办公室"}
    archive = zipfile.ZipFile(io.BytesIO(client.get("/api/v1/export/parquet").content))
    assert "documents.parquet" in archive.namelist() and "findings.parquet" in archive.namelist()
    documents = pq.read_table(io.BytesIO(archive.read("documents.parquet")))
    assert documents.num_rows == 3
    figures = pq.read_table(io.BytesIO(archive.read("figures.parquet"))).to_pylist()
    assert any(str(f["income_total"]) == "851.14" for f in figures)  # decimal, exact


def test_pdf_findings_link_to_the_page_image(client, filled):
    _store, ids = filled
    page = client.get(f"/documents/{ids['pdf']}").text
    link = re.search(r'href="(/documents/\d+/pages/\d+\.png\?finding=\d+)"', page)
    assert link, "a PDF finding links to its page"
    image = client.get(link.group(1))
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert client.get(f"/documents/{ids['pdf']}/pages/999.png").status_code == 404
    assert client.get(f"/documents/{ids['seed']}/pages/1.png").status_code == 404  # not a PDF


def test_a_review_needs_the_csrf_token_and_is_kept_with_its_history(client, filled):
    _store, ids = filled
    finding = client.get(f"/api/v1/findings?document_id={ids['seed']}&severity=error").json()["items"][0]
    page = client.get(f"/documents/{ids['seed']}")
    token = csrf_of(page.text)
    url = f"/findings/{finding['id']}/review"
    assert client.post(url, data={"decision": "confirmed"}).status_code == 403
    assert client.post(url, data={"decision": "confirmed", "csrf": "forged"}).status_code == 403
    done = client.post(url, data={"decision": "confirmed", "note": "已与原件核对", "reviewer": "张三", "csrf": token,
                                  "next": f"/documents/{ids['seed']}"})
    assert done.status_code == 303 and done.headers["location"].startswith(f"/documents/{ids['seed']}#finding-")
    client.post(url, data={"decision": "dismissed", "note": "舍入", "csrf": token, "next": "//evil.example/"})
    reviews = client.get(f"/api/v1/reviews?finding_id={finding['id']}").json()["items"]
    assert [(r["reviewer"], r["decision"]) for r in reviews] == [("本机审核人", "dismissed"), ("张三", "confirmed")]
    again = client.get(f"/documents/{ids['seed']}").text
    assert "已与原件核对" in again and "审核中" in again


def test_changes_need_a_login_when_listening_beyond_localhost(filled):
    from fastapi.testclient import TestClient

    from yusuan.store.users import add_user
    from yusuan.web.app import create_app

    store, ids = filled
    with store.session() as s:
        add_user(s, "审核员", "a long password")
    with TestClient(create_app(store, require_login=True), follow_redirects=False) as c:
        assert c.get("/upload").headers["location"].startswith("/login")
        page = c.get(f"/documents/{ids['seed']}").text
        assert "<form class=\"review\"" not in page  # read-only for visitors
        token = csrf_of(c.get("/login").text)
        finding = c.get(f"/api/v1/findings?document_id={ids['seed']}&severity=error").json()["items"][0]
        url = f"/findings/{finding['id']}/review"
        assert c.post(url, data={"decision": "confirmed", "csrf": token}).status_code == 401
        bad = c.post("/login", data={"name": "审核员", "password": "wrong password", "csrf": token})
        assert bad.status_code == 401
        ok = c.post("/login", data={"name": "审核员", "password": "a long password", "csrf": token, "next": "/"})
        assert ok.status_code == 303
        token = csrf_of(c.get(f"/documents/{ids['seed']}").text)  # a new token after login
        assert c.post(url, data={"decision": "confirmed", "csrf": token, "reviewer": "冒名"}).status_code == 303
        review = c.get(f"/api/v1/reviews?finding_id={finding['id']}").json()["items"][0]
        assert review["reviewer"] == "审核员"  # the login, not what the form says


def test_a_large_governments_page_is_paged_with_links(client, filled, records):
    import dataclasses

    from yusuan.pipeline import sha256_of
    from yusuan.store.ingest import start_run, store_record

    store, _ids = filled
    with store.session() as s:
        run = start_run(s, "import")
        for i in range(52):
            content = records["seed"].content + f"{i}".encode()
            store_record(s, dataclasses.replace(records["seed"], department=f"第{i:02d}局", content=content,
                                                sha256=sha256_of(content)), run.id, government="测试县")
    gov = client.get("/api/v1/governments?q=测试县").json()["items"][0]
    first = client.get(f"/governments/{gov['id']}?sort=name").text
    assert "52 个部门" in first and "第 1 / 2 页" in first and 'href="?sort=name&amp;desc=false&page=2"' in first
    assert first.count('<a href="/departments/') == 50
    second = client.get(f"/governments/{gov['id']}?sort=name&page=2").text
    assert "第51局" in second and "第00局" not in second
    api = client.get(f"/api/v1/governments/{gov['id']}?per_page=10&page=6").json()
    assert api["page"]["total"] == 52 and [d["name"] for d in api["departments"]] == ["第50局", "第51局"]
    assert len(client.get(f"/api/v1/governments/{gov['id']}?format=json").json()) == 52  # a download: all
