"""`yusuan catalog import`: an official booklet's table replaces or extends the shipped catalogue."""

import csv

from openpyxl import Workbook
from typer.testing import CliRunner

from yusuan.catalog.catalog import default_catalog
from yusuan.cli.main import app

runner = CliRunner()


def _booklet_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["2025年政府收支分类科目", None, None])
    ws.append(["科目编码", "科目名称", "说明"])
    ws.append([201, "一般公共服务支出", "反映…"])
    ws.append([20101, "人大事务", None])
    ws.append([2010101, "  行政运行", None])
    ws.append([2010177, "人大新设事项", "a code the shipped list does not have"])
    ws.append([None, None, None])
    ws.append(["注：", "本表为测试", None])
    wb.save(path)


def test_import_xlsx_extends_and_takes_precedence(tmp_path, _isolated_home):
    booklet = tmp_path / "booklet.xlsx"
    _booklet_xlsx(booklet)
    assert not default_catalog().exists("2010177")
    result = runner.invoke(app, ["catalog", "import", str(booklet), "--edition", "2025"])
    assert result.exit_code == 0, result.output
    assert "4 条" in result.output
    default_catalog.cache_clear()
    cat = default_catalog()
    assert cat.name_of("2010177", 2025) == "人大新设事项"
    entry = cat.get("2010101", 2025)
    assert entry.provenance == "official:booklet.xlsx" and entry.name == "行政运行"
    assert cat.get("2010101", 2023).provenance != "official:booklet.xlsx"  # other editions untouched
    files = sorted(p.name for p in (_isolated_home / "catalog").iterdir())
    assert files == ["functional-2025.csv"]


def test_import_split_columns_csv_in_gb18030_and_keep_previous(tmp_path, _isolated_home):
    path = tmp_path / "econ.csv"
    with path.open("w", encoding="gb18030", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["类", "款", "项", "科目名称"])
        w.writerow(["301", "", "", "工资福利支出"])
        w.writerow(["", "01", "", "基本工资"])
        w.writerow(["", "02", "", "津贴补贴"])
    for _ in range(2):  # a second import keeps the first as .bak
        result = runner.invoke(app, ["catalog", "import", str(path), "-e", "2026"])
        assert result.exit_code == 0, result.output
    default_catalog.cache_clear()
    assert default_catalog().name_of("30102", 2026) == "津贴补贴"
    assert (_isolated_home / "catalog" / "economic-2026.csv.bak").exists()


def test_import_rejects_a_file_without_codes(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("标题,内容\n说明,没有编码\n", encoding="utf-8")
    result = runner.invoke(app, ["catalog", "import", str(path), "-e", "2025"])
    assert result.exit_code == 2
    assert "没有找到科目编码和名称" in result.output
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    result = runner.invoke(app, ["catalog", "import", str(broken), "-e", "2025"])
    assert result.exit_code == 2 and "无法作为 Excel 工作簿打开" in result.output
