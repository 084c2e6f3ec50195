"""Layout under stress: amounts in 元 (ten thousand times the digits' width) never wrap or spill out of
their cells, in the PDF as printed."""

from __future__ import annotations

import re
from decimal import Decimal

import pymupdf
import pytest

from yusuan.model.units import in_unit
from yusuan.money import MoneyUnit
from yusuan.writers.build import build
from yusuan.writers.grid import PAGE_WIDTH_MM, CellKind
from yusuan.writers.table_layout import table_grids

pytestmark = pytest.mark.slow  # whole module: renders or round-trips documents (see pyproject: -m 'not slow')

TEN_THOUSAND = Decimal(10000)


def in_yuan(data):
    """The example in 元, the unit of e.g. Shanghai's tables."""
    return in_unit(data, MoneyUnit.YUAN)


@pytest.fixture(scope="module")
def yuan_pdf(example_data, tmp_path_factory):
    out = tmp_path_factory.mktemp("yuan")
    [path] = build(in_yuan(example_data), out, ["pdf"], stem="yuan")
    with pymupdf.open(str(path)) as doc:
        yield doc


def test_amount_columns_are_wide_enough_for_their_longest_figure(example_data):
    from yusuan.model.full import derive_full

    for g in table_grids(derive_full(in_yuan(example_data))):
        em = 9.5 * g.font_scale * 0.3528
        mm = [w / sum(g.widths) * PAGE_WIDTH_MM[g.landscape] for w in g.widths]
        for r in g.body:
            for c in r.cells:
                if c.kind == CellKind.AMOUNT and c.text:
                    assert mm[c.col] >= (len(c.text) * 0.6 + 1.0) * em - 1e-6, (g.key, c.text)


def test_printed_amounts_stay_inside_their_cells(yuan_pdf):
    checked = 0
    for page in yuan_pdf:
        if not re.search(r"表\d+\n", page.get_text()):
            continue
        cells = [pymupdf.Rect(c) for t in page.find_tables().tables for c in t.cells if c]
        for *box, word, _, _, _ in page.get_text("words"):
            if re.fullmatch(r"\d{5,}\.\d{2}", word):
                rect = pymupdf.Rect(box)
                assert any(rect in cell + (-0.5, -0.5, 0.5, 0.5) for cell in cells), (page.number, word)
                checked += 1
    assert checked > 100  # e.g. 8511400.00 in 表1, 表2's sixteen columns, 表6
    assert "单位：元" in yuan_pdf[3].get_text()
