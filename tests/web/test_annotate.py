"""Findings where they are in a PDF: `yusuan check FILE.pdf --annotate OUT.pdf` highlights the cited
text — read back the text under every highlight — and page images box it."""

from __future__ import annotations

import os
import re
import unicodedata

import pymupdf

from tests.conftest import ROOT
from tests.hostile.conftest import yusuan
from yusuan.annotate import annotate_pdf, render_page
from yusuan.pipeline import process_file

PDF = ROOT / "tests" / "data" / "putuo-caizhengju-2024-juesuan.pdf"


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_every_highlight_lies_on_the_cited_text(tmp_path):
    record = process_file(PDF)
    out = tmp_path / "annotated.pdf"
    marks, notes = annotate_pdf(PDF, record.findings, out)
    assert marks >= 10 and marks + notes == len(record.findings)
    by_text = {f"{f['rule']} {f['severity']}：{f['message']}": f for f in record.findings}
    checked = 0
    with pymupdf.open(out) as doc:
        for page in doc:
            for annot in page.annots(types=[pymupdf.PDF_ANNOT_HIGHLIGHT]):
                finding = by_text[annot.info["content"]]
                under = _plain(page.get_textbox(annot.rect))
                where = finding["where"]
                if where.get("sentence"):
                    assert _plain(where["sentence"])[:6] in under, (under, where)
                else:
                    label = re.sub(r"^\d{3,7}\s*", "", where["row"])
                    assert _plain(label) in under, (under, where)
                assert page.number + 1 == finding["page"]
                checked += 1
    assert checked == marks


def test_the_page_image_is_a_png_of_the_page():
    record = process_file(PDF)
    finding = next(f for f in record.findings if f["where"].get("sentence"))
    png = render_page(PDF.read_bytes(), finding["page"], [finding])
    assert png.startswith(b"\x89PNG") and render_page(PDF.read_bytes(), 999, []) is None


def test_check_annotate_on_the_command_line(tmp_path):
    out = tmp_path / "批注.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = yusuan("check", PDF, "--annotate", out, cwd=tmp_path, env=env)
    assert run.code == 1 and "处高亮" in run.stderr, run.output  # the publication has errors: exit 1
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    again = yusuan("check", PDF, "--annotate", out, cwd=tmp_path, env=env)
    assert again.code == 2 and "文件已存在" in again.output  # never overwritten without --force
    text = yusuan("check", ROOT / "tests" / "data" / "seed-changji-renda-2023.txt", "--annotate", out, cwd=tmp_path,
                  env=env)
    assert text.code == 2 and "只用于" in text.output
