"""The example built in every format prints the seed's published figures in the same table and row.

Tables 1, 3, 5, 6, 7 and 10 of the seed are read from its text layer and every amount is looked up
in the same table, same row and same column of our HTML, PDF, DOCX and XLSX. The only
differences allowed are the seed's own slips that the example's data corrects (KNOWN_SLIPS).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.building import seed_expect as seed
from tests.building.readback import READERS
from yusuan.money import AmountError, parse_amount

pytestmark = pytest.mark.slow  # whole module: builds the example in every format

FORMATS = ["html", "pdf", "docx", "xlsx"]


@pytest.fixture(scope="module", params=FORMATS)
def tables(request, example_build):
    return request.param, READERS[request.param](example_build[request.param])


def _amount(cell: str) -> Decimal | str | None:
    """The amount in a cell; a header's text stays text (and so never equals an amount)."""
    try:
        return parse_amount(cell)
    except AmountError:
        return cell


def _amounts(cells: list[str]) -> list[Decimal | str | None]:
    return [_amount(c) for c in cells]


def _coded(rows, code_columns: int) -> dict[str, list[str]]:
    out = {}
    for r in rows:
        if len(r) < code_columns + 4:
            continue
        code = "".join(c.strip() for c in r[:code_columns])
        name = seed.norm(r[code_columns])
        if code.isdigit():
            out[code] = r[code_columns + 1: code_columns + 4]
        elif not code and name == "合计":
            out["合计"] = r[code_columns + 1: code_columns + 4]
    return out


def test_every_table_is_there(tables):
    fmt, found = tables
    assert {"T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10"} <= set(found), fmt


def test_table_1_row_by_row(tables):
    fmt, found = tables
    ours = {(seed.norm(r[0]), seed.norm(r[2])): _amounts([r[1], r[3]]) for r in found["T1"] if len(r) >= 4}
    expected = seed.table_1()
    assert len(expected) == 31  # 30 classes 201–234 beside the income rows, then the totals
    for key, amounts in expected.items():
        assert ours.get(key) == amounts, (fmt, key)


@pytest.mark.parametrize("table", ["T3", "T5", "T6"])
def test_coded_tables_row_by_row(tables, table):
    fmt, found = tables
    code_columns = 2 if table == "T6" else 3
    ours = _coded(found[table], code_columns)
    expected = seed.coded(table)
    assert len(expected) > 15
    for code, amounts in expected.items():
        want = [seed.KNOWN_SLIPS.get((table, code, i), a) for i, a in enumerate(amounts)]
        assert _amounts(ours[code]) == want, (fmt, table, code)
    assert set(ours) == set(expected), (fmt, table)


def test_table_7_per_project(tables):
    fmt, found = tables
    ours = {seed.norm(r[4]): r for r in found["T7"] if len(r) >= 16 and r[0].strip().isdigit()}
    expected = seed.table_7()
    assert len(expected) == 5
    for project, (code, amounts) in expected.items():
        row = ours[project]
        assert _amounts(row[5:16]) == amounts, (fmt, project)
        assert "".join(c.strip() for c in row[:3]) == seed.T7_CODE_SLIP.get(project, code), (fmt, project)
    total = next(r for r in found["T7"] if len(r) >= 16 and seed.norm(r[4]) == "合计")
    assert parse_amount(total[5]) == parse_amount(total[7]) == Decimal("245.20")


def test_table_10(tables):
    fmt, found = tables
    ours = {seed.norm(r[0]): _amounts(r[1:5]) for r in found["T10"] if len(r) >= 5}
    expected = seed.table_10()
    assert set(expected) >= {"合计", "因公出国（境）费", "公务用车运行费"}
    for label, amounts in expected.items():
        assert ours[label] == amounts, (fmt, label)


def test_empty_tables_keep_their_total_row(tables):
    fmt, found = tables
    for table in ("T8", "T9"):
        totals = [r for r in found[table] if any(seed.norm(c) == "合计" for c in r)]
        assert totals and all(not _amount(c) for c in totals[-1] if seed.norm(c) != "合计"), fmt
