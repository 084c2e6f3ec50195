"""Build → published document → extract gives back the disclosure that was built, for the
example in every format and a sample of generated budgets (benchmarks/roundtrip_bench.py runs
many, PDF included)."""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLE_YAML
from yusuan.model.figures import key_figures
from yusuan.model.full import derive_full
from yusuan.readers.data_file import read_data_file
from yusuan.readers.published import extract_file
from yusuan.readers.published.compare import differences
from yusuan.synth.generator import generate_budget
from yusuan.synth.write import synth_rng
from yusuan.writers.build import render

pytestmark = pytest.mark.slow  # whole module: renders or round-trips documents (see pyproject: -m 'not slow')


def _values(d):
    return {k: v for k, v in key_figures(d).items() if k != "sources"}


def _round_trip(data, formats, tmp_path, catalog):
    disclosure = derive_full(data, catalog)
    render(data, disclosure, formats, tmp_path, "doc")
    for fmt in formats:
        result = extract_file(tmp_path / f"doc.{fmt}", catalog)
        # a workbook holds the tables only; the other formats carry the texts too
        assert differences(disclosure, result.disclosure, text=fmt != "xlsx") == [], fmt
        unexpected = [f for f in result.findings if f.code not in ("table.unsupported", "statement.missing")]
        assert unexpected == [], fmt
        if fmt != "xlsx":
            # the same figures (their sources name the lines and pages of each format)
            assert _values(result.disclosure) == _values(disclosure), fmt


def test_example_round_trip_in_every_format(tmp_path, shipped_catalog):
    _round_trip(read_data_file(EXAMPLE_YAML, shipped_catalog), ["html", "docx", "pdf", "xlsx"], tmp_path,
                shipped_catalog)


@pytest.mark.parametrize("index", [0, 1])
def test_generated_budgets_round_trip(tmp_path, shipped_catalog, index):
    data = generate_budget(synth_rng(2024, index), shipped_catalog)
    _round_trip(data, ["html", "docx", "xlsx"], tmp_path, shipped_catalog)

