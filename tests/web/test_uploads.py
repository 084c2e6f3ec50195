"""Uploads: a real PDF becomes a stored document with its findings; hostile uploads are refused or
rendered harmless (size, a zip bomb disguised as .xlsx, a path as the name, script in a name)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.conftest import SEED_TEXT
from tests.web.conftest import PDF, csrf_of
from yusuan.store.schema import Document
from yusuan.web.app import create_app
from yusuan.web.uploads import Refused, sniff


def upload(client, name: str, content: bytes, **extra):
    token = csrf_of(client.get("/upload").text)
    return client.post("/upload", data={"csrf": token, **extra}, files={"file": (name, content)})


def test_an_uploaded_pdf_is_stored_and_shows_its_findings(client, filled):
    store, _ids = filled
    content = Path(PDF).read_bytes() + b"\n%% another version\n"  # new content: a new document
    done = upload(client, "社会工作部决算.pdf", content)
    assert done.status_code == 303
    page = client.get(done.headers["location"])
    assert page.status_code == 200 and "社会工作部决算.pdf" in page.text and "检查发现的问题" in page.text
    assert "（第2版）" in page.text  # same department, kind and year as the stored one
    again = upload(client, "again.pdf", content)
    assert again.headers["location"] == done.headers["location"]  # idempotent by content
    with store.session() as s:
        assert len(s.scalars(select(Document)).all()) == 4


def test_an_upload_without_the_csrf_token_is_refused(client):
    r = client.post("/upload", files={"file": ("a.txt", SEED_TEXT.read_bytes())})
    assert r.status_code == 403


def test_a_file_beyond_the_limit_is_refused_before_it_is_read(filled):
    store, _ids = filled
    with TestClient(create_app(store, max_upload=1024 * 1024), follow_redirects=False) as c:
        token = csrf_of(c.get("/upload").text)
        # announced as 2 GB: refused from the header alone
        r = c.post("/upload", content=b"x" * 10, headers={"content-length": str(2 * 1024**3),
                                                          "content-type": "multipart/form-data; boundary=b"})
        assert r.status_code == 413 and "文件过大" in r.text
        # streamed without a length: refused once the limit is passed
        def chunks():
            yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7\n'
            for _ in range(100):
                yield b"y" * 65536
        r = c.post("/upload", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"})
        assert r.status_code == 413
        big = c.post("/upload", data={"csrf": token}, files={"file": ("big.pdf", b"%PDF-1.7\n" + b"0" * (2 << 20))})
        assert big.status_code == 413


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))  # 300 MB of zeros, ~300 KB packed
    return buf.getvalue()


def test_a_zip_bomb_disguised_as_xlsx_is_refused(client):
    bomb = _zip_bomb()
    assert len(bomb) < 1024 * 1024
    with pytest.raises(Refused):
        sniff(bomb)
    r = upload(client, "预算.xlsx", bomb)
    assert r.status_code == 415 and "压缩炸弹" in r.text


def test_content_decides_the_format_not_the_name(client):
    assert sniff(b"%PDF-1.4\n...").format == "pdf"
    assert sniff(b"<html><body><table><tr><td>1</td></tr></table></body></html>").format == "html"
    assert sniff(SEED_TEXT.read_bytes()).format == "txt"
    r = upload(client, "looks-like.pdf", b"MZ\x90\x00\x03\x00\x00\x00 an executable")
    assert r.status_code == 415
    r = upload(client, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert r.status_code == 415 and "旧版" in r.text


def test_a_path_as_file_name_never_reaches_the_file_system(client, filled, tmp_path):
    store, _ids = filled
    done = upload(client, "../../x.pdf", Path(PDF).read_bytes() + b"\n% path\n")
    assert done.status_code == 303
    upload_dir = client.app.state.upload_dir
    for base in (Path.cwd(), upload_dir, upload_dir.parent):
        assert not (base / "x.pdf").exists() and not (base / ".." / "x.pdf").resolve().exists()
    with store.session() as s:
        doc = s.get(Document, int(done.headers["location"].rsplit("/", 1)[1]))
        assert doc.original_name == "x.pdf"
    assert list(upload_dir.iterdir()) == []  # nothing left behind


def test_script_in_a_department_name_is_rendered_harmless(client):
    text = SEED_TEXT.read_text(encoding="utf-8").replace("昌吉市人大常委会办公室", "昌吉市<script>alert(1)</script>办公室")
    done = upload(client, "<img src=x onerror=alert(2)>.txt", text.encode("utf-8"))
    assert done.status_code == 303
    page = client.get(done.headers["location"]).text
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    home = client.get("/?q=办公室").text
    assert "<script>alert(1)" not in home
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


@pytest.fixture
def db_url(tmp_path):
    """Uploads are the web layer's own work: SQLite is enough (the pages run on both databases)."""
    return f"sqlite:///{tmp_path / 'yusuan.db'}"
