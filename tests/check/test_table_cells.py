"""The table rules' exact-first checks read the cells and indexes they replace (issue 11: check ten
times faster): a row's cells in 万元, the exact sum of cells, the levels a table prints, and the
catalogue's code indexes, compared with the plain definitions on real documents and a table in 元."""

from __future__ import annotations

from decimal import Decimal

from yusuan.catalog.catalog import default_catalog
from yusuan.model.disclosure import Column, Row, RowKind, Table, TableId
from yusuan.money import ZERO, MoneyUnit
from yusuan.rules.tables import TableView, cells_total, most_places


def _yuan_table() -> Table:
    return Table(id=TableId.T5, title="一般公共预算支出情况表", unit=MoneyUnit.YUAN,
                 columns=[Column(key="total", label="合计"), Column(key="basic", label="基本支出"),
                          Column(key="project", label="项目支出")],
                 rows=[Row(label="一般公共服务支出", code="201", values={"total": Decimal("7364400"),
                                                                        "basic": Decimal("4912300"),
                                                                        "project": Decimal("2452100")}),
                       Row(label="人大事务", code="20101", values={"total": Decimal("7364400"), "basic": None}),
                       Row(label="合计", kind=RowKind.TOTAL, values={"total": Decimal("7364401.5")})])


def test_cells_are_the_amounts_in_wan(seed, generated_full):
    tables = [*seed.tables, *generated_full.tables, _yuan_table()]
    assert any(t.unit != MoneyUnit.WAN for t in tables)
    for table in tables:
        view = TableView(table)
        for row in table.rows:
            cells = view.cells(row)
            assert set(cells) == set(row.values)
            for key in view.keys:
                assert (cells.get(key) or ZERO) == view.amount(row, key)
                assert cells.get(key) is None or cells[key] == view.amount(row, key)


def test_a_table_in_yuan_is_read_in_wan():
    view = TableView(_yuan_table())
    total = view.cells(view.table.rows[-1])
    assert total["total"] == Decimal("736.44015")
    assert view.cells(view.table.rows[1])["basic"] is None


def test_exact_sums_and_identities_are_the_plain_ones(seed, generated_full):
    for table in (*seed.tables, *generated_full.tables, _yuan_table()):
        view = TableView(table)
        total = view.total()
        parts = view.top_rows()
        for key in view.keys:
            plain = sum((view.amount(p, key) for p in parts), ZERO)
            assert cells_total(view.cells(p).get(key) for p in parts) == plain
            assert view.adds_up(total, parts, key) == (view.amount(total, key) == plain)
    assert cells_total([]) == 0 and cells_total([None, Decimal("0.00"), Decimal("1.5")]) == Decimal("1.5")


def test_yuan_table_identity_off_by_one_and_a_half_yuan():
    view = TableView(_yuan_table())
    total, top = view.total(), view.top_rows()
    assert [r.code for r in top] == ["201"]
    assert not view.adds_up(total, top, "total")
    assert view.adds_up(top[0], view.children("201"), "total")


def test_code_lengths_are_the_levels_printed(seed, generated_full):
    for table in (*seed.tables, *generated_full.tables):
        view = TableView(table)
        assert view.code_lengths == {len(r.code) for r in view.coded()}


def test_catalogue_indexes_are_the_scans_they_replace(seed, generated_full):
    catalog = default_catalog()
    codes = {e.code for e in catalog.entries} | {r.code for d in (seed, generated_full) for t in d.tables
                                                 for r in t.rows if r.code} | {"2019999", "", "9"}
    years = [None, *catalog.editions, catalog.editions[0] - 3, catalog.editions[-1] + 2]
    for code in codes:
        names = {e.name for e in catalog.entries if e.code == code}
        assert catalog.names_of(code) == names
        assert catalog.knows(code) == bool(names)
        official = [e for e in catalog.entries if e.code == code and not e.is_alias]
        for year in years:
            if not official:
                expected = None
            elif year is None:
                expected = max(official, key=lambda e: max(e.editions))
            else:
                expected = next((e for e in official if catalog.nearest_edition(year) in e.editions), None)
            assert catalog.get(code, year) == expected


def _most_places_plainly(values: list[Decimal]) -> int:
    places = 0
    for v in values:
        exp = v.as_tuple().exponent
        if isinstance(exp, int):
            places = max(places, -exp)
    return places


def test_most_places_is_the_plain_scan(seed, generated_full):
    import random

    for table in (*seed.tables, *generated_full.tables, _yuan_table()):
        values = [v for r in table.rows for v in r.values.values() if v is not None]
        assert most_places(values) == _most_places_plainly(values)
    odd = [Decimal("0.000"), Decimal("1E+3"), Decimal("-5.5"), Decimal("NaN"), Decimal("Infinity"),
           Decimal("-Infinity"), Decimal("sNaN"), Decimal("1" * 40), Decimal("0." + "3" * 30), Decimal("12"),
           Decimal("1.23456"), Decimal("-0.10"), Decimal("9E+999999"), Decimal("9E+999999")]
    rng = random.Random(3)
    for _ in range(3_000):
        values = rng.sample(odd, rng.randint(0, 5))
        assert most_places(values) == _most_places_plainly(values), values


def test_printed_columns_are_those_with_a_cell(seed, generated_full):
    for table in (*seed.tables, *generated_full.tables, _yuan_table()):
        view = TableView(table)
        printed = {k for r in table.rows for k, v in r.values.items() if v is not None}
        assert view.printed_keys == printed
        assert view.printed_columns == [k for k in view.keys if k in printed]
    assert TableView(_yuan_table()).printed_keys == {"total", "basic", "project"}


def test_a_codes_scheme_is_its_first_digits():
    from yusuan.catalog.catalog import scheme_of
    from yusuan.rules.classification.common import SCHEME_OF_DIGIT

    codes = {e.code for e in default_catalog().entries} | {"2010101", "30101", "501", "9", "0123", "２０１", "①"}
    for code in codes:
        assert SCHEME_OF_DIGIT.get(code[0]) == scheme_of(code)


def test_a_selection_runs_the_rules_it_names_with_tuples_or_lists(seed):
    from yusuan.rules.runner import Selection, check

    catalog = default_catalog()
    results = []
    for selection in (Selection.of("A1,X2", "A101"), Selection(select=["A1", "X2"], ignore=["A101"])):  # type: ignore[arg-type]
        assert selection.wants("A102") and selection.wants("X201")
        assert not selection.wants("A101") and not selection.wants("K501")
        results.append(check(seed, catalog, selection))
    assert results[0] == results[1]
    rules = {f.rule for f in results[0]}
    assert rules & {"A102", "X208"} and not rules & {"A101", "K504", "T301"}


def test_coded_rows_of_any_side_are_the_scan(seed, generated_full):
    for table in (*seed.tables, *generated_full.tables, _yuan_table()):
        view = TableView(table)
        assert view.coded_any_side() == [r for r in table.rows if r.kind != RowKind.TOTAL and r.code
                                         and r.code.isdigit()]
