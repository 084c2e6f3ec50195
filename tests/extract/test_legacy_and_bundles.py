"""Legacy Office files (.doc, .xls) converted by LibreOffice, and .zip bundles read as one document.

The inputs are made here: a DOCX and an XLSX written by hand, converted to .doc/.xls by the same
LibreOffice, then read back through `check`'s loader; a bundle of them zipped."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from decimal import Decimal

import pytest

from tests.extract import handmade
from yusuan.errors import InputError
from yusuan.model.disclosure import TableId
from yusuan.model.figures import key_figures
from yusuan.readers.disclosure_input import is_published, load_disclosure
from yusuan.readers.published import PUBLISHED_SUFFIXES, extract_file
from yusuan.readers.published import bundle as bundle_module
from yusuan.readers.published.compare import differences

pytestmark = pytest.mark.slow  # LibreOffice converts the legacy files (seconds each)

D = Decimal
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is needed (scripts/apt-packages.txt)")


def _convert(path, target: str, out_dir) -> object:
    """Convert with LibreOffice (its own profile), as an office would have saved the file."""
    out_dir.mkdir(exist_ok=True)
    subprocess.run([SOFFICE, f"-env:UserInstallation={(out_dir / 'profile').as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out_dir), str(path)],
                   check=True, timeout=180, capture_output=True)
    return out_dir / f"{path.stem}.{target.split(':')[0]}"


@pytest.fixture(scope="module")
def legacy_files(tmp_path_factory, derived):
    """A whole disclosure as .doc and as .xls (written as DOCX/XLSX, converted by LibreOffice)."""
    tmp = tmp_path_factory.mktemp("legacy")
    docx_path, xlsx_path = tmp / "published.docx", tmp / "published.xlsx"
    handmade.docx(derived, docx_path)
    handmade.xlsx(derived, xlsx_path)
    # Writer drops the tables of python-docx's template when it writes .doc directly; through
    # its own format they survive, as they do in a .doc saved by Word
    odt = _convert(docx_path, "odt", tmp / "odt")
    return {"doc": _convert(odt, "doc", tmp / "doc"), "xls": _convert(xlsx_path, "xls", tmp / "xls")}


@needs_libreoffice
@pytest.mark.parametrize("fmt", ["doc", "xls"])
def test_legacy_office_files_read_like_their_modern_forms(legacy_files, derived, shipped_catalog, fmt):
    path = legacy_files[fmt]
    assert path.suffix == f".{fmt}" and is_published(path)
    result = extract_file(path, shipped_catalog)
    d = result.disclosure
    assert d.source == str(path)
    assert differences(derived, d, text=False, performance=False) == []
    ours, theirs = key_figures(derived), key_figures(d)
    for k in ("income_total", "expenditure_total", "basic", "project", "three_public", "by_class"):
        assert ours[k] == theirs[k], k
    assert load_disclosure(path).tables  # what `check` and `figures` read


@needs_libreoffice
@pytest.mark.parametrize(("fmt", "renamed"), [("doc", ".wps"), ("xls", ".et")])
def test_wps_files_read_as_the_office_files_they_are(legacy_files, derived, shipped_catalog, tmp_path, fmt, renamed):
    # WPS Office saves its own .wps and .et in the binary formats of Word and Excel 97-2003 (LibreOffice tells
    # them by their content); a site publishes them under WPS's suffixes
    path = tmp_path / f"published{renamed}"
    shutil.copyfile(legacy_files[fmt], path)
    assert is_published(path)
    d = extract_file(path, shipped_catalog).disclosure
    assert d.source == str(path)
    assert differences(derived, d, text=False, performance=False) == []


def test_a_web_page_saved_under_its_address_keeps_the_servers_suffix(tmp_path):
    path = tmp_path / "t20240201_123456.shtml"
    path.write_text("<html><body><p>财政拨款“三公”经费支出情况表</p><p>单位：万元</p><table><tr><td>项目</td><td>预算数</td>"
                    "</tr><tr><td>合计</td><td>1.50</td></tr><tr><td>公务接待费</td><td>1.50</td></tr></table>"
                    "</body></html>", encoding="utf-8")
    assert is_published(path)
    (table,) = extract_file(path).disclosure.tables
    assert table.id == TableId.T10
    assert {r.code: r.value("total") for r in table.rows} == {"total": D("1.50"), "reception": D("1.50")}


@needs_libreoffice
def test_a_bundle_is_one_document_of_its_members_in_name_order(legacy_files, derived, shipped_catalog, tmp_path):
    text = tmp_path / "说明.txt"
    text.write_text("单位：万元\n本部门2023年“三公”经费预算0.00万元。\n", encoding="utf-8")
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(legacy_files["xls"], "2-预算表.xls")
        z.write(text, "1-说明.txt")
        z.writestr("__MACOSX/._2-预算表.xls", b"junk")
        z.writestr("封面.png", b"\x89PNG")
    assert is_published(path)
    result = extract_file(path, shipped_catalog)
    d = result.disclosure
    assert differences(derived, d, text=False, performance=False) == []
    notes = {f.code: f for f in result.findings}
    assert "封面.png" in notes["bundle.skipped"].message
    grid_files = {t.location.file for t in d.tables if t.location}
    assert grid_files == {"bundle.zip/2-预算表.xls"}


def test_bundle_member_names_from_chinese_windows_are_decoded(tmp_path):
    path = tmp_path / "gbk.zip"
    name = "三公经费.txt"
    placeholder = b"x" * len(name.encode("gbk"))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(placeholder.decode(), "财政拨款“三公”经费支出情况表\n单位：万元\n项目 |\n合计 |\n合计 |\n1.50 |\n"
                                         "公务接待费 |\n1.50 |\n")
    # the name in GBK bytes without the UTF-8 flag, as Chinese Windows tools write it
    path.write_bytes(path.read_bytes().replace(placeholder, name.encode("gbk")))
    with zipfile.ZipFile(path) as z:
        assert bundle_module.member_name(z.infolist()[0]) == name
    (table,) = extract_file(path).disclosure.tables
    assert table.id == TableId.T10 and table.location.file == f"gbk.zip/{name}"
    assert {r.code: r.value("total") for r in table.rows} == {"total": D("1.50"), "reception": D("1.50")}


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/passwd.txt", "a/../../b.txt", "C:/x.txt"])
def test_a_bundle_that_climbs_out_is_refused(tmp_path, name):
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("ok.txt", "单位：万元")
        z.writestr(name, "x")
    with pytest.raises(InputError) as exc:
        extract_file(path)
    assert "压缩包以外" in str(exc.value)
    assert not (tmp_path.parent / "outside.txt").exists()


def test_an_enormous_bundle_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.zip"
    block = b"0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, z.open("big.txt", "w", force_zip64=True) as member:
        for _ in range(bundle_module.MAX_TOTAL // len(block) + 1):
            member.write(block)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(InputError) as exc:
        extract_file(path)
    assert "超过 200 MB" in str(exc.value)


def test_not_a_zip_and_empty_bundles_are_clear_errors(tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("readme.md", "nothing to read")
    for path, words in ((broken, "无法打开压缩包"), (empty, "没有可读取的公开文件")):
        with pytest.raises(InputError) as exc:
            extract_file(path)
        assert words in str(exc.value)


@needs_libreoffice
def test_an_xls_that_is_a_web_page_is_read(tmp_path, shipped_catalog):
    """Sites often publish an HTML table under the name .xls: LibreOffice opens it as a workbook."""
    path = tmp_path / "三公.xls"
    path.write_text("<html><head><meta charset='gbk'></head><body><table>"
                    "<tr><td colspan='3'>财政拨款“三公”经费支出情况表</td></tr><tr><td colspan='3'>单位：元</td></tr>"
                    "<tr><td>项目</td><td>合计</td><td>一般公共预算</td></tr>"
                    "<tr><td>合计</td><td>35,000.00</td><td>35,000.00</td></tr>"
                    "<tr><td>公务接待费</td><td>35,000.00</td><td>35,000.00</td></tr></table></body></html>",
                    encoding="gbk")
    (table,) = extract_file(path, shipped_catalog).disclosure.tables
    assert table.id == TableId.T10 and table.unit.value == "元"
    assert {r.code: r.value("total") for r in table.rows} == {"total": D("35000"), "reception": D("35000")}


@needs_libreoffice
def test_a_broken_legacy_file_is_an_input_error(tmp_path):
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)  # an OLE header and nothing in it
    with pytest.raises(InputError) as exc:
        extract_file(path)
    assert str(path) in str(exc.value)


def test_without_libreoffice_a_legacy_file_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on the way
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError) as exc:
        extract_file(path)
    assert "需要 LibreOffice" in str(exc.value) and "另存为 .docx" in str(exc.value)


def test_one_list_of_published_suffixes():
    from yusuan.readers import disclosure_input

    assert disclosure_input.PUBLISHED_SUFFIXES is PUBLISHED_SUFFIXES
    assert {".xls", ".doc", ".zip", ".txt", ".pdf", ".docx", ".xlsx", ".html", ".htm", ".wps", ".et", ".rtf", ".odt",
            ".ods", ".shtml", ".shtm", ".xhtml", ".jhtml"} == set(PUBLISHED_SUFFIXES)
    assert PUBLISHED_SUFFIXES - {".zip"} == bundle_module.MEMBER_SUFFIXES
