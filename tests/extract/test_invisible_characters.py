"""Characters that print nothing (a soft hyphen, zero-width spaces and joiners, a word joiner, a stray
byte-order mark) are dropped as a page is read (normalize.fold_characters): web editors and PDF producers
leave them between characters, inside a number or a heading's words too, where no pattern of a heading, a
unit line or an amount would match. One such page made the text-table finder stand still on a line forever."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.realworld.variants import invisible
from yusuan.model.figures import key_figures
from yusuan.readers.published import extract_file

ROOT = Path(__file__).resolve().parents[2]
PAGE = ("某区机关事务管理中心2021年度“三公”经费支出决算情况说明\n"
        "一、2021年度一般公共预算财政拨款“三公”经费支出决算表\n"
        "单位:万元\n|\n项 目 |\n预 算 数 |\n决 算 数 |\n|\n合 计 |\n246 |\n167.37 |\n|\n因公出国(境)费 |\n0 |\n0 |\n"
        "|\n公务接待费 |\n1 |\n2.14 |\n|\n公务用车购置及运行维护费 |\n245 |\n165.23 |\n")


def test_a_page_strewn_with_invisible_characters_reads_as_the_page(tmp_path):
    plain, strewn = tmp_path / "plain.txt", tmp_path / "strewn.txt"
    plain.write_text(PAGE, encoding="utf-8")
    strewn.write_text(invisible(PAGE), encoding="utf-8")
    assert strewn.read_text(encoding="utf-8").count("\u200b") > 30
    a, b = extract_file(plain).disclosure, extract_file(strewn).disclosure
    assert key_figures(b)["three_public"] == key_figures(a)["three_public"]
    assert key_figures(a)["three_public"]["total"] == "167.37"
    assert b.title_lines == a.title_lines


def test_the_table_finder_never_stands_still(tmp_path):
    # the lines as the reader met them before invisible characters were dropped: a unit line its pattern did not
    # know ("单位:\u200b万元") over a table of one cell per line closed by pipes; the finder took none of its lines
    lines = invisible(PAGE).split("\n")[2:]
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from yusuan.readers.published.blocks import TextLine; "
            "from yusuan.readers.published.text_tables import find_tables; "
            "lines = sys.stdin.read().split('\\n'); blocks = find_tables([TextLine(t) for t in lines if t.strip()]); "
            "print(len(blocks))")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT)], input="\n".join(lines), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 1
