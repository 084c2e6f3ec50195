"""A cell's text that runs up to the next cell's with no space between ("公务用车购置及运行维护费245" is
one word to PyMuPDF when the label fills its column): split where the characters stand on the page.

Splitting such a word in equal steps put the "2" of 245 in the label's cell (a Chinese character is
twice as wide as a digit): the row read "公务用车购置及运行维护费2 | 45".
"""

from __future__ import annotations

from decimal import Decimal

from tests.realworld.variants import write_variant
from yusuan.model.disclosure import TableId
from yusuan.readers.published import extract_file
from yusuan.readers.published.pdf import _estimated_centres

PAGE = ("某中心2021年度一般公共预算财政拨款“三公”经费支出决算情况说明\n"
        "一、2021年度一般公共预算财政拨款“三公”经费支出决算表\n"
        "单位:万元\n"
        "项 目\t预 算 数\t决 算 数\n"
        "合 计\t246\t167.37\n"
        "因公出国(境)费\t0\t0\n"
        "公务接待费\t1\t2.14\n"
        "公务用车购置及运行维护费\t245\t165.23\n"
        "其中:公务用车运行维护费\t165\t87.07\n"
        "公务用车购置费\t80\t78.16\n")


def test_a_label_that_fills_its_cell_keeps_its_characters_and_the_amount_its_digits(tmp_path):
    d = extract_file(write_variant(PAGE, "pdf", tmp_path, "page")).disclosure
    t10 = d.table(TableId.T10)
    assert t10 is not None
    vehicle = next(r for r in t10.rows if r.code == "vehicle")
    assert vehicle.label == "公务用车购置及运行维护费"
    assert vehicle.value("budget") == Decimal("245")
    assert sum((r.value("budget") or 0 for r in t10.rows if r.code in ("abroad", "reception", "vehicle")),
               Decimal(0)) == Decimal("246")


def test_without_the_characters_positions_their_widths_place_them():
    # 12 Chinese characters of 8 pt, a gap of 6 pt, then three digits of 4.4 pt (as Typst prints them)
    word = (73.9, 207.8, 189.2, 215.8, "公务用车购置及运行维护费245")
    centres = _estimated_centres(word)
    assert centres[11] < 172.9 < centres[12]  # the column line between 费 and 2
