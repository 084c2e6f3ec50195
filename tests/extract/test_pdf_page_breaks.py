"""What page breaks do to a published PDF: a table's last row alone on a "表2（续）" page, a line cut two
characters short of the margin by line breaking ("…（06" / "项）：…"), a heading wrapped onto a second line, a
paragraph running on past the page's number.
Found by the 10,000-document batch (108 of 110 false errors on clean documents); each case is a generated
department whose PDF shows it, read back with no error or warning."""

from __future__ import annotations

import pymupdf
import pytest

from yusuan.pipeline import process_file
from yusuan.readers.published.pdf import _wraps
from yusuan.readers.published.titles import continued_table_number
from yusuan.synth.documents import make_document


def test_a_continuation_pages_number_line_names_the_table_it_continues():
    assert [continued_table_number(t) for t in ("表2（续）", "表 2(续表)", "续表2", "表3-1续")] == ["表2", "表2", "表2", "表3-1"]
    assert continued_table_number("表2") is None and continued_table_number("表2 部门收入总体情况表") is None


def test_a_line_cut_short_mid_sentence_wraps_and_a_finished_sentence_does_not():
    h, right = 11.5, 537.0
    assert _wraps(right - 21, right, "8. 自然资源事务（01款）自然资源利用与保护（06", h)
    assert not _wraps(right - 21, right, "项）：2023年预算数为2.00万元，与上年预算持平。", h)
    assert not _wraps(right - 60, right, "自然资源利用与保护", h)


# (document, what its PDF shows): generated with `yusuan synth 10000 --documents --seed 2026`
CASES = {
    5975: "表2（续）",  # the total row of 表2 alone on the next page
    2790: "经费\n预算情况说明",  # "十、关于…“三公”经费" / "预算情况说明"
    4340: "项）",  # item lines cut before "项）"
    4670: "养老支出；\n— 14 —",  # a list running on past the page's number onto the next page
}


@pytest.mark.slow
@pytest.mark.parametrize("index", sorted(CASES))
def test_a_generated_pdf_reads_back_without_findings_across_its_page_breaks(tmp_path, index):
    truth = make_document(index, 2026, "pdf", 0.0, str(tmp_path))
    path = tmp_path / truth.file
    with pymupdf.open(path) as doc:
        text = "".join(page.get_text() for page in doc)
    assert CASES[index] in text  # the layout still shows the case (else this test tests nothing)
    record = process_file(path)
    assert [(f["rule"], f["message"]) for f in record.findings if f["severity"] in ("error", "warning")] == []
