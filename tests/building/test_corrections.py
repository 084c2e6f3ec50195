"""与原公开文件的差异: data that corrects the publication it was taken from says so in what it builds."""

from __future__ import annotations

import re

import pymupdf
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.conftest import EXAMPLE_YAML
from yusuan.cli.main import app
from yusuan.model.full import derive_full
from yusuan.synth.generator import generate_budget
from yusuan.synth.write import synth_rng
from yusuan.writers.outline import outline

SEVEN = [("491.23", "491.24")] * 4 + [("2010199 其他人大事务支出", "2010108 代表工作"), ("97.04%", "98.10%"),
                                      ("35万元", "33万元")]


def test_the_example_carries_its_seven_corrections(example_data):
    c = example_data.corrections
    assert c is not None and "2023年1月20日" in (c.source or "")
    assert [(i.published, i.corrected) for i in c.items] == SEVEN
    assert all(i.where and i.reason for i in c.items)


def test_the_appendix_follows_the_signature_only_when_there_are_corrections(example_disclosure, example_data):
    o = outline(example_disclosure, example_data.department.publish_date)
    heading, intro, table = o.appendix
    assert heading.text == "附：与原公开文件的差异" and o.contents[-1].text == heading.text
    assert "7 处" in intro.text and "2023年1月20日" in intro.text
    rows = [[c.text for c in r.cells] for r in table.grid.body]
    assert [(r[2], r[3]) for r in rows] == SEVEN and rows[0][0] == "1"
    generated = derive_full(generate_budget(synth_rng(0, 1)))
    assert generated.corrections is None and outline(generated).appendix == []


@pytest.mark.slow
def test_every_format_prints_the_differences(example_build):
    html = example_build["html"].read_text(encoding="utf-8")
    assert html.index('id="corrections">附：与原公开文件的差异') > html.index('class="signature"')
    with pymupdf.open(str(example_build["pdf"])) as doc:
        last = re.sub(r"\s", "", doc[-1].get_text())
    assert "附：与原公开文件的差异" in last and "97.04%" in last and "98.10%" in last
    wb = load_workbook(str(example_build["xlsx"]))
    ws = wb["附 与原公开文件的差异"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    assert [(v[2], v[3]) for v in values if v[2]] == SEVEN


def test_the_build_report_lists_them(tmp_path):
    result = CliRunner().invoke(app, ["build", str(EXAMPLE_YAML), "-o", str(tmp_path), "--formats", "json"])
    assert result.exit_code == 0, result.output
    text = re.sub(r"\s", "", result.output)
    assert "与原公开文件" in text and "的差异7处" in text and "97.04%→98.10%" in text


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "html", "docx", "xlsx"])
def test_a_reader_leaves_the_appendix_out_of_the_document(example_build, fmt):
    """The appendix is the builder's note on its source: reading the built document back, its
    sentences ("按 35 万元分配合计 40 万元，而表7…") are no part of the disclosure's text and raise no finding."""
    from yusuan.readers.published import extract_file
    from yusuan.rules import check

    result = extract_file(example_build[fmt], example_data_catalog())
    text = "".join(p.text for s in result.disclosure.sections for p in s.paragraphs)
    assert "原公开文件" not in text and "分配合计40万元" not in re.sub(r"\s", "", text)
    assert not [n for n in result.findings if "表格标题" in n.message]
    findings = check(result.disclosure, example_data_catalog())
    assert not [f for f in findings if "原公开文件" in f.message or "合计40万元" in re.sub(r"\s", "", f.message)]
    if fmt != "xlsx":  # the tables alone carry no text; the document's own findings are the same in every format
        assert {f.rule for f in findings} == {"P606", "T312", "T314", "A100"}


def example_data_catalog():
    from yusuan.catalog.catalog import default_catalog

    return default_catalog()
