"""Property-based fuzzing of every reader with a small budget (benchmarks/fuzz_bench.py runs longer).

Any bytes give data or an InputError — never another exception. Inputs are mutations of real
files (tests/data/, the bundled example, documents built from it); the examples are derandomised
so that the suite is repeatable. Crashes found in modules other engineers are rewriting are listed
in KNOWN, each reproduced by an xfail test below that names the module.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLE_XLSX, EXAMPLE_YAML, SEED_TEXT
from tests.hostile.fuzzing import EDITS_OR_TOKENS, classify, mutate, mutate_text, mutate_zip
from yusuan.readers.data_file import dump_data, read_data_file
from yusuan.readers.disclosure_input import load_disclosure
from yusuan.readers.workbook import read_workbook

PDFS = sorted(SEED_TEXT.parent.glob("*.pdf"))
FUZZ = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

# Crashes in modules being rewritten by others: "<type> at <file> <function>" → the module to fix.
KNOWN: dict[str, str] = {
    "AttributeError at docx.py read_docx": "yusuan/readers/published/docx.py (test_malformed.py: garbled content "
                                           "types, external entities)",
    "RuntimeError at pdf.py read_pdf": "yusuan/readers/published/pdf.py (test_malformed.py: a PDF cut short)",
}


def assert_no_crash(read, path: Path) -> None:
    outcome = classify(read, path)
    if outcome.kind == "crash":
        signature = outcome.error.split(":")[0] + " " + outcome.error.split(" ")[-1]
        assert signature in KNOWN or outcome.error in KNOWN, outcome.detail


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


# -- budget data (YAML/JSON) ------------------------------------------------------------------------
@FUZZ
@given(as_text=st.booleans(), edits=EDITS_OR_TOKENS)
def test_yaml_reader(work, as_text, edits):
    target = work / "数据.yaml"
    target.write_bytes((mutate_text if as_text else mutate)(EXAMPLE_YAML.read_bytes(), edits))
    assert_no_crash(read_data_file, target)


@FUZZ
@given(edits=EDITS_OR_TOKENS)
def test_json_reader(work, edits, example_data):
    target = work / "数据.json"
    target.write_bytes(mutate(json.dumps(dump_data(example_data), ensure_ascii=False).encode(), edits))
    assert_no_crash(read_data_file, target)


JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
              st.sampled_from(["１２３", "-0", "1e400", "2010101", "\x00", "NaN", "9" * 60, "2024-02-30"])),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=12)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


@FUZZ
@given(data=st.data())
def test_data_files_with_values_of_every_type(work, example_data, data):
    """A value of any JSON type in place of any value of the example (the structure is the hostile part)."""
    raw = dump_data(example_data)
    paths = [p for p in _paths(raw) if p]
    path = data.draw(st.sampled_from(paths))
    value = data.draw(JSONISH)
    node = raw
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    target = work / "结构.json"
    target.write_text(json.dumps(raw, ensure_ascii=False, allow_nan=True), encoding="utf-8")
    assert_no_crash(read_data_file, target)


# -- the input workbook ----------------------------------------------------------------------------
@FUZZ
@given(part=st.integers(0, 200), edits=EDITS_OR_TOKENS)
def test_input_workbook_reader(work, part, edits):
    target = mutate_zip(EXAMPLE_XLSX, work / "工作簿.xlsx", part, edits)
    assert_no_crash(read_workbook, target)


CELL_VALUES = st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.booleans(), st.datetimes(),
                        st.sampled_from(["１２３．４", "=1/0", "=HYPERLINK(\"x\")", "—", "1,2,3", "9" * 400, "\t"]))


@pytest.mark.slow
@settings(max_examples=10, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cells=st.lists(st.tuples(st.integers(0, 18), st.integers(1, 60), st.integers(1, 20), CELL_VALUES),
                      min_size=1, max_size=8))
def test_input_workbook_with_any_cell_values(work, cells):
    import openpyxl

    wb = openpyxl.load_workbook(EXAMPLE_XLSX)
    for sheet, row, col, value in cells:
        ws = wb.worksheets[sheet % len(wb.worksheets)]
        try:
            ws.cell(row, col).value = value
        except Exception:  # noqa: BLE001 - openpyxl refuses some values outright (IllegalCharacterError …)
            continue
    target = work / "单元格.xlsx"
    wb.save(target)
    assert_no_crash(read_workbook, target)


# -- published documents, through load_disclosure --------------------------------------------------
@FUZZ
@given(as_text=st.booleans(), edits=EDITS_OR_TOKENS)
def test_published_text(work, as_text, edits):
    """Bytes mutated as text (the parsers see them) or as bytes (the decoder sees them)."""
    target = work / "公开.txt"
    target.write_bytes((mutate_text if as_text else mutate)(SEED_TEXT.read_bytes(), edits))
    assert_no_crash(load_disclosure, target)


@FUZZ
@given(as_text=st.booleans(), edits=EDITS_OR_TOKENS)
def test_published_html(work, published, as_text, edits):
    target = work / "公开.html"
    target.write_bytes((mutate_text if as_text else mutate)(published["html"].read_bytes(), edits))
    assert_no_crash(load_disclosure, target)


SMALL = settings(FUZZ, max_examples=10)


@SMALL
@given(part=st.integers(0, 200), edits=EDITS_OR_TOKENS)
def test_published_docx(work, published, part, edits):
    assert_no_crash(load_disclosure, mutate_zip(published["docx"], work / "公开.docx", part, edits))


@SMALL
@given(part=st.integers(0, 200), edits=EDITS_OR_TOKENS)
def test_published_xlsx(work, published, part, edits):
    assert_no_crash(load_disclosure, mutate_zip(published["xlsx"], work / "公开.xlsx", part, edits))


@pytest.mark.slow
@settings(max_examples=8, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(which=st.integers(0, 10), edits=EDITS_OR_TOKENS)
def test_published_pdf(work, which, edits):
    source = PDFS[which % len(PDFS)]
    target = work / "公开.pdf"
    target.write_bytes(mutate(source.read_bytes(), edits))
    assert_no_crash(load_disclosure, target)
