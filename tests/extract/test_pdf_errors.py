"""Files that cannot be read give a clear Chinese error (InputError, exit code 2), never a
traceback: encrypted, scanned (no text layer), corrupt. The PDFs are made here with PyMuPDF."""

from __future__ import annotations

import pymupdf
import pytest
from typer.testing import CliRunner

from tests.extract.conftest import SHEHUI
from yusuan.cli.main import app
from yusuan.errors import InputError
from yusuan.readers.published import extract_file


def _image_page(doc: pymupdf.Document) -> None:
    page = doc.new_page(width=595, height=842)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 100), False)
    pix.set_rect(pix.irect, (200, 200, 200))
    page.insert_image(pymupdf.Rect(50, 50, 545, 300), pixmap=pix)


def _message(path) -> str:
    with pytest.raises(InputError) as info:
        extract_file(path)
    return str(info.value)


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "encrypted.pdf"
    doc = pymupdf.open(SHEHUI)
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    assert "PDF 已加密，需要密码才能打开" in _message(path)


def test_scanned_pdf_without_text_layer(tmp_path):
    path = tmp_path / "scanned.pdf"
    doc = pymupdf.open()
    _image_page(doc)
    _image_page(doc)
    doc.save(path)
    assert "没有文字层（可能是扫描件）" in _message(path)


def test_a_scanned_page_inside_a_text_pdf_is_a_finding(tmp_path):
    path = tmp_path / "mixed.pdf"
    doc = pymupdf.open(SHEHUI)
    doc.select(list(range(0, 6)))
    _image_page(doc)
    doc.save(path)
    result = extract_file(path)
    assert any(f.code == "pdf.no_text" and f.location.page == 7 for f in result.findings)
    assert result.disclosure.department == "中共上海市普陀区委社会工作部"


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\n1 0 obj << /Type /Catalog", b"not a pdf at all" * 50,
                                     SHEHUI.read_bytes()[:5000]])
def test_corrupt_pdf(tmp_path, content):
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(content)
    message = _message(path)
    assert "无法打开 PDF" in message or "没有文字层" in message


def test_the_cli_reports_instead_of_crashing(tmp_path):
    path = tmp_path / "encrypted.pdf"
    pymupdf.open(SHEHUI).save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    for args in (["figures", str(path)], ["extract", str(path), "-o", str(tmp_path / "out")]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, result.output
        assert "已加密" in result.output and "Traceback" not in result.output


def test_corrupt_docx_xlsx_and_unreadable_text(tmp_path):
    for name in ("bad.docx", "bad.xlsx"):
        (tmp_path / name).write_bytes(b"PK\x03\x04 not really a zip")
        assert "已损坏" in _message(tmp_path / name)
    junk = tmp_path / "junk.txt"
    junk.write_text("随便写的几行字\n没有任何表格\n", encoding="utf-8")
    assert "没有找到预算（决算）公开表格或章节标题" in _message(junk)
