"""Radicals printed for the characters they look like (readers/published/normalize.fold_characters): a PDF whose
font maps 支 to the Kangxi radical ⽀ (U+2F00–U+2FD5, which NFKC folds) or 长 to ⻓ of the CJK Radicals
Supplement (U+2E80–U+2EFF, which NFKC leaves) gives those in its text layer, and any copy of it keeps them."""

from __future__ import annotations

from tests.realworld.variants import radicals, write_variant
from yusuan.model.figures import key_figures
from yusuan.readers.published import extract_file
from yusuan.readers.published.normalize import RADICAL_SUPPLEMENT, fold_characters

PAGE = ("某县长江门户管理局2024年“三公”經費預算情況說明\n"
        "2024年一般公共预算“三公”经费支出预算为14.01万元，其中：因公出国（境）费用0万元，公务用车运行维护费"
        "14.01万元，公务接待费0万元。与2023年预算相比增长16.75%，原因是公务用车预算编制调整。\n")


def test_both_blocks_of_radicals_fold_to_the_characters_they_look_like():
    assert fold_characters("⻓江⻔⼝⽀出⾏政⻅⻢") == "长江门口支出行政见马"
    assert fold_characters("收入合计") == "收入合计"
    assert len(RADICAL_SUPPLEMENT) == 114  # U+2E81–U+2EF3 less the unassigned U+2E9A, as Unicode pairs them
    assert all(len(v) == 1 for v in RADICAL_SUPPLEMENT.values())


def test_a_page_of_radicals_reads_as_the_page(tmp_path):
    printed = radicals(PAGE)
    assert "⽀" in printed and "⻓" in printed and "⻔" in printed  # the variant prints both blocks
    for variant in ("txt", "docx"):
        if variant == "txt":
            path = tmp_path / "page.txt"
            path.write_text(printed, encoding="utf-8")
        else:
            path = write_variant(printed, "docx", tmp_path, "page")
        d = extract_file(path).disclosure
        assert d.title_lines == ["某县长江门户管理局2024年“三公”经费预算情况说明"], variant  # folded, then simplified
        assert key_figures(d)["three_public"]["total"] == "14.01", variant
