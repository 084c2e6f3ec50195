"""A landscape table printed on a portrait page turned for display (/Rotate 90, as Excel and Word export
wide sheets): PyMuPDF gives its words in the unturned page's coordinates, running down the page. The reader
turns the page upright first, so the table reads as it does on a landscape page."""

from __future__ import annotations

import pymupdf
import pytest

from yusuan.readers.published import extract_file
from yusuan.synth.documents import make_document


def _turned(path, out):
    """The same document with every landscape page printed on a portrait page turned by 90°."""
    turned = 0
    with pymupdf.open(path) as src, pymupdf.open() as dst:
        for i, page in enumerate(src):
            if page.rect.width > page.rect.height:
                new = dst.new_page(width=page.rect.height, height=page.rect.width)
                new.show_pdf_page(new.rect, src, i, rotate=90)
                new.set_rotation(90)
                turned += 1
            else:
                dst.insert_pdf(src, from_page=i, to_page=i)
        dst.save(out)
    return turned


@pytest.mark.slow
def test_a_turned_landscape_page_reads_as_the_landscape_page(tmp_path):
    truth = make_document(0, 2026, "pdf", 0.0, str(tmp_path))
    path = tmp_path / truth.file
    assert _turned(path, tmp_path / "turned.pdf") > 0  # the document has wide tables (else this tests nothing)
    with pymupdf.open(tmp_path / "turned.pdf") as doc:
        assert any(page.rotation == 90 for page in doc)
    flat, turned = extract_file(path).disclosure, extract_file(tmp_path / "turned.pdf").disclosure
    assert [t.model_dump(exclude={"location"}) for t in turned.tables] == \
        [t.model_dump(exclude={"location"}) for t in flat.tables]
