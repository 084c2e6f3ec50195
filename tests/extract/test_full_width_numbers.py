"""Numbers printed in full-width forms ("４，１４６．０４") read as the same numbers: the readers that cut a line
into cells by its amounts (a table run into one line) see ASCII digits, a comma and a point."""

from __future__ import annotations

from pathlib import Path

from yusuan.model.figures import key_figures
from yusuan.readers.published import extract_file
from yusuan.readers.published.blocks import TextLine
from yusuan.readers.published.prepare import narrow_numbers

RUN = ("某学校2022年决算批复公开资料\n"
       "财决公开01表 部门: (略) 某学校 金额单位:万元 收入 收入 收入 支出 支出 支出 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 "
       "一一般公共预算财政拨款收入 1 4,627.57 一一般公共服务支出 32 0.00 二政府性基金预算财政拨款收入 2 0.00 "
       "二外交支出 33 0.00 五事业收入 5 80.78 五教育支出 36 4,146.04 八其他收入 8 33.19 八社会保障和就业支出 39 "
       "341.76 9 九卫生健康支出 40 89.57 10 ")
WIDE = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def _by_class(tmp_path: Path, text: str, shipped_catalog) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return key_figures(extract_file(path, shipped_catalog).disclosure)["by_class"]


def test_a_table_run_into_one_line_reads_the_same_in_full_width_digits(tmp_path, shipped_catalog):
    first, run = RUN.split("\n")
    assert _by_class(tmp_path, first + "\n" + run.translate(WIDE), shipped_catalog) == \
        _by_class(tmp_path, RUN, shipped_catalog) == {"205": "4146.04", "208": "341.76"}


def test_only_numbers_are_narrowed():
    line = TextLine("支出４，１４６．０４万元，其中：基本支出１００万元，同比增长５．２％。")
    assert narrow_numbers([line])[0].text == "支出4,146.04万元，其中：基本支出100万元，同比增长5.2％。"
