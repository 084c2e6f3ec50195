"""The real-world corpus in other forms (tests/realworld/variants.py): the same page reads the same.

Every text document of the corpus is written again in traditional characters, in GB18030 and with
Windows line ends, and must read exactly as well against its own truth file; printed as a PDF it must
read as well on at least PDF_FLOOR documents (benchmarks/variants_bench.py prints which do not, and why).
"""

from __future__ import annotations

import pytest

from tests.realworld.evaluate import REAL, evaluate, load_truth, truth_files
from tests.realworld.variants import MUST_NOT_DIFFER, losses, write_variant

# measured in session 10: 209 of 241 text documents read as well as the page (188 when the variant was made)
PDF_FLOOR = 209


def _text_documents():
    out = []
    for truth in truth_files():
        doc = REAL / "docs" / load_truth(truth)["file"]
        if doc.suffix == ".txt":
            out.append((truth, doc))
    return out


def _worse(variant: str, folder) -> dict[str, list[str]]:
    worse = {}
    for truth, doc in _text_documents():
        lost = losses(evaluate(truth), evaluate(truth, write_variant(doc.read_text(encoding="utf-8"), variant,
                                                                     folder, truth.stem)))
        if lost:
            worse[truth.stem] = lost
    return worse


@pytest.mark.parametrize("variant", MUST_NOT_DIFFER)
def test_the_same_page_in_another_script_encoding_or_line_ends_reads_the_same(variant, tmp_path):
    assert _worse(variant, tmp_path) == {}


def test_the_corpus_printed_as_pdf_reads_as_well(tmp_path):
    worse = _worse("pdf", tmp_path)
    assert len(_text_documents()) - len(worse) >= PDF_FLOOR, worse
