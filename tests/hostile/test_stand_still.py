"""Small odd inputs that once made reading or checking stand still or take time out of all proportion.

Each hang case runs in a subprocess with a timeout, so that a regression fails the test instead of
hanging the suite; a super-linear case is timed at two sizes (generous margins: the machines are noisy).
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from yusuan.model.word_runs import run_at_end, words_only

ROOT = Path(__file__).resolve().parents[2]


def run(code: str, stdin: str = "") -> str:
    done = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, sys.argv[1]); {code}", str(ROOT)],
                          input=stdin, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_subject_of_column_heads_is_named_at_once():
    # "预算数" / "决算数" one cell per line, read into one claim's subject: the pattern of the words a subject
    # ends with split such a run every way there is (each of 12 pairs twice as long as the pair before it)
    subject = "预算数决算数" * 20 + "项目"
    assert run("from yusuan.model.quantities import quantity_key; print(quantity_key(sys.stdin.read()))",
               subject).strip() == f"text:{subject}"


def test_a_subject_of_fillers_is_cleaned_at_once():
    # the words before an amount, of fillers that are other fillers put together ("预算数为" is "预算数" and "为")
    subject = "预算数为合计为" * 20 + "项目数"
    assert run("from yusuan.model.claims import clean_subject; print(clean_subject(sys.stdin.read(), ''))",
               subject).strip() == subject.removesuffix("数")


@pytest.mark.parametrize("pattern", ["yusuan.model.quantities._TAIL", "yusuan.model.claims.FILLER_END"])
def test_a_run_of_words_at_the_end_is_found_in_linear_time(pattern):
    module, name = pattern.rsplit(".", 1)
    found = getattr(importlib.import_module(module), name)

    def timed(n: int) -> float:
        text = "预算数为决算数" * n + "项目"
        start = time.perf_counter()
        found.sub("", text)
        return time.perf_counter() - start

    short, long_ = min(timed(2_000) for _ in range(3)), min(timed(8_000) for _ in range(3))
    assert long_ < 0.05 or long_ < 10 * short, (short, long_)  # quadratic: 16 times (28 s at 60 000 characters)


def test_a_run_of_words_at_the_end_finds_what_the_plain_alternation_finds():
    words = ("预算数为", "预算数", "合计为", "合计", "数为", "数", "为", "总额")
    plain = re.compile("(" + "|".join(words) + ")+$")
    for text in ("项目预算数为", "预算数为合计", "合计数为x", "总额\n", "x总额预算数", "", "为", "预算数为合计为" * 3 + "项"):
        assert run_at_end(words).sub("", text) == plain.sub("", text), text


def test_a_word_that_begins_another_is_refused():
    with pytest.raises(AssertionError):
        run_at_end(("预算", "预算安排"))


def test_a_clause_of_stance_words_is_judged_at_once():
    # "总计" is "总" and "计": words of stance only up to a last character that is none, tried every way
    words = "总计预算数" * 20 + "项"
    assert run("from yusuan.model.stated import FILLER; print(FILLER.match(sys.stdin.read()) is None)",
               words).strip() == "True"


def test_a_text_of_words_only_reads_one_way():
    with pytest.raises(AssertionError):
        words_only(("费", "费用", "用于", "于"))  # 费用于: 费 + 用于, or 费用 + 于
    assert words_only(("总计", "总", "计")).pattern == "^(?:总|计)*$"


def docx_with(tmp_path: Path, row_properties: str, cell_properties: str) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("某局2024年部门预算")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "项目", (0, 1): "金额", (1, 0): "合计", (1, 1): "12"}.items():
        table.cell(r, c).text = text
    plain = tmp_path / "plain.docx"
    document.save(plain)
    out = tmp_path / "odd.docx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                xml = re.sub(r"<w:tr\b[^>]*>", lambda m: m.group(0) + f"<w:trPr>{row_properties}</w:trPr>",
                             data.decode(), count=1)
                data = xml.replace("<w:tcPr>", f"<w:tcPr>{cell_properties}", 1).encode()
            zout.writestr(info, data)
    return out


@pytest.mark.parametrize(("row", "cell"), [
    ("", '<w:gridSpan w:val="abc"/>'),  # ValueError from the reader
    ('<w:gridBefore w:val="x"/>', ""),
    ("", '<w:gridSpan w:val="200000000"/>'),  # 3 GB and a minute for one cell
    ('<w:gridBefore w:val="200000000"/>', ""),
])
def test_a_word_table_with_a_span_of_nonsense(tmp_path, row, cell):
    path = docx_with(tmp_path, row, cell)
    code = ("from yusuan.readers.published import extract_file; from yusuan.errors import InputError\n"
            "try: extract_file(sys.argv[2])\nexcept InputError: pass\nprint('read')")
    done = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, sys.argv[1])\n{code}", str(ROOT),
                           str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "read", done.stderr[-2000:]


def test_a_web_table_widened_by_spans_is_refused_at_the_cell_limit(tmp_path):
    # one row of 200 cells each 100 columns wide over 200 rows: 9 KB of markup, 4 million cells, 11 s and 0.5 GB
    from yusuan.limits import LimitExceeded
    from yusuan.readers.published import extract_file

    wide = "".join(f"<td colspan=100>{k}</td>" for k in range(200))
    page = tmp_path / "wide.html"
    page.write_text(f"<html><body><h1>某局2024年部门预算</h1><table><tr>{wide}</tr>"
                    + "<tr><td>1</td></tr>" * 200 + "</table></body></html>", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(LimitExceeded):
        extract_file(page)
    assert time.perf_counter() - start < 5


def test_a_merged_range_beyond_the_sheet(tmp_path):
    # "A1:XFD1048576" over a sheet of four cells: every cell of the range was walked (40 s, 9 GB)
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for coordinate, value in {"A1": "某局2024年部门收支总表", "A2": "单位：万元", "A3": "项目", "B3": "金额", "A4": "合计",
                              "B4": 12}.items():
        sheet[coordinate] = value
    sheet.merge_cells("A1:B1")
    plain, huge = tmp_path / "plain.xlsx", tmp_path / "huge.xlsx"
    book.save(plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(huge, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = data.replace(b'ref="A1:B1"', b'ref="A1:XFD1048576"')
            zout.writestr(info, data)
    code = ("from yusuan.readers.published.xlsx import read_xlsx; from pathlib import Path\n"
            "print(len(read_xlsx(Path(sys.argv[2])).blocks))")
    done = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, sys.argv[1])\n{code}", str(ROOT),
                           str(huge)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) == 4  # each row of the sheet is the merged cell's text, the title


def _seconds_to_check(path: Path, text: str) -> float:
    """Write `text` to `path`, read it, and time the check alone (the rules' modules loaded first)."""
    from yusuan.catalog.catalog import default_catalog
    from yusuan.readers.disclosure_input import load_disclosure
    from yusuan.rules import check

    path.write_text(text, encoding="utf-8")
    disclosure = load_disclosure(path)
    start = time.perf_counter()
    check(disclosure, default_catalog())
    return time.perf_counter() - start


HEAD = "某局2024年部门预算\n一、收入支出预算总体情况\n"


def test_a_page_of_lists_that_each_end_their_paragraph_is_checked_in_linear_time(tmp_path):
    # each "其中：" closing its line scanned every line after it to the next heading: 4 000 lines took 11 s
    def timed(n: int) -> float:
        return _seconds_to_check(tmp_path / f"lists{n}.txt", HEAD + "\n".join(["支出合计12万元，其中："] * n))

    timed(100)  # the rules' modules loaded
    short, long_ = timed(1_000), timed(4_000)
    assert long_ < 10 * short, (short, long_)  # linear: 4 times; it was 16 (0.7 s, 11 s)


def test_a_text_of_years_that_never_ends_a_sentence_is_checked_in_linear_time(tmp_path):
    # each year other than the document's walked its whole sentence both ways: 2 000 years took 5 s (22 times 500)
    def timed(n: int) -> float:
        return _seconds_to_check(tmp_path / f"years{n}.txt",
                                 HEAD + "，".join(f"{2000 + k % 30}年预算{k}万元" for k in range(n)))

    timed(100)  # the rules' modules loaded
    short, long_ = timed(500), timed(2_000)
    assert long_ < 10 * short, (short, long_)


def test_the_sentence_around_a_year_is_the_sentence():
    from yusuan.rules.plausibility.years import _sentence

    text = "上年预算1万元。2023年决算2万元;本年3万元\n2025年"
    assert [_sentence(text, k) for k in (0, 8, 19, 26, len(text))] == [
        "上年预算1万元", "2023年决算2万元", "本年3万元", "2025年", "2025年"]


def test_a_page_of_one_heading_repeated_is_read_in_linear_time(tmp_path):
    # each heading looked for a free section key from the start ("3.1", "3.1#2" …): 1 000 → 4 000 headings took
    # 0.67 s → 5.6 s to read
    from yusuan.readers.published import extract_file

    def timed(n: int) -> float:
        path = tmp_path / f"headings{n}.txt"
        path.write_text("某局2024年部门预算\n" + "一、部门主要职能\n负责全区统计工作。\n" * n, encoding="utf-8")
        best = float("inf")
        for _ in range(3):  # the best of three: a loaded machine adds time, never takes it away
            start = time.perf_counter()
            d = extract_file(path).disclosure
            best = min(best, time.perf_counter() - start)
        assert len(d.sections) == n and d.sections[-1].key.endswith(f"#{n}")
        return best

    timed(100)
    short, long_ = timed(2_000), timed(8_000)
    assert long_ < 7 * short, (short, long_)  # linear: 4 times; it was 8.4 at a quarter of these sizes, and growing


def test_a_section_key_freed_is_taken_again():
    from yusuan.readers.published.assemble import Assembler

    assembler = Assembler.__new__(Assembler)
    assembler.sections, assembler._used_keys, assembler._free_from = [], set(), {}
    keys = []
    for _ in range(3):
        assembler.new_section("3.1", "一、部门主要职能")
        keys.append(assembler.section.key)
    assembler.remove_section(assembler.sections[1])
    assembler.new_section("3.1", "")
    assembler.new_section("3.1", "")
    assert keys == ["3.1", "3.1#2", "3.1#3"] and [s.key for s in assembler.sections] == ["3.1", "3.1#3", "3.1#2", "3.1#4"]
