"""Columns that hold no figures — a row number (序号) and words about each row (增减原因, 备注) — are
known as such: read past, never reported as a column the reader could not place (r014, r520)."""

from __future__ import annotations

from decimal import Decimal

from yusuan.readers.published import extract_file

INTRO = ["某镇2024年“三公”经费预算情况说明", "一、财政拨款“三公”经费支出情况表", "单位:万元"]
ROWS = [("1", "合计", "30.8", "25.7", ""), ("2", "因公出国(境)费", "0", "0", ""),
        ("3", "公务接待费", "14.8", "16.3", "接待任务减少"), ("4", "公务用车购置及运行维护费", "16", "9.4", "")]


def _page(tmp_path, note: str, rows=ROWS):
    lines = [*INTRO, f"| 序号 | 项目 | 2024年预算数 | 2023年预算数 | {note} |", "|---|---|---:|---:|---|",
             *("| " + " | ".join(r) + " |" for r in rows)]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return extract_file(path)


def test_a_reason_or_remark_column_and_a_row_number_column_are_read_past(tmp_path):
    for note in ("增减原因", "备注", "变动原因说明"):
        result = _page(tmp_path, note)
        assert not [f for f in result.findings if f.code == "table.column_unknown"], note
        (table,) = result.disclosure.tables
        assert {r.code: r.value("total") for r in table.rows}["reception"] == Decimal("14.8")


def test_a_reason_printed_in_the_total_row_is_no_heading_of_its_column(tmp_path):
    result = _page(tmp_path, "增减原因", [("1", "合计", "30.8", "25.7", "压减一般性支出"), *ROWS[1:]])
    assert not [f for f in result.findings if f.code == "table.column_unknown"]
    (table,) = result.disclosure.tables
    assert {r.code: r.value("total") for r in table.rows}["total"] == Decimal("30.8")


def test_a_column_of_unknown_figures_is_still_reported(tmp_path):
    result = _page(tmp_path, "调整数")
    assert [f for f in result.findings if f.code == "table.column_unknown"]
