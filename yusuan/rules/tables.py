"""Read-only helpers over a disclosure's tables for the rules: amounts in 万元 (None as zero), the
half-unit of each table's printed precision, coded rows and their children, printable labels."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, Overflow, Rounded, localcontext
from itertools import chain, repeat
from operator import attrgetter, is_not

from yusuan.model.disclosure import Row, RowKind, Side, Table, TableId
from yusuan.model.once import once
from yusuan.money import ZERO, MoneyUnit, convert, show_amount

HALF_CENT = Decimal("0.005")
# Enum members read once: an enum class attribute costs as much as the comparison it feeds, and the
# indexes below compare every row of a document
TOTAL, EXPENDITURE, WAN = RowKind.TOTAL, Side.EXPENDITURE, MoneyUnit.WAN
EXPENDITURE_OR_NONE = (None, EXPENDITURE)
FUNCTIONAL_TABLES = (TableId.T2, TableId.T3, TableId.T5, TableId.T8, TableId.T9)
BASIC_PROJECT_TABLES = (TableId.T3, TableId.T5, TableId.T8, TableId.T9)


@dataclass(frozen=True, slots=True)
class Fig:
    """A published figure: its value and half a unit of its last printed digit, both in 万元, and the
    unit it is printed in, so that a finding shows it as the document does (`shown`)."""

    value: Decimal
    half: Decimal = HALF_CENT
    unit: MoneyUnit = MoneyUnit.WAN

    def __add__(self, other: Fig) -> Fig:
        return Fig(self.value + other.value, self.half + other.half, self.unit)

    @property
    def shown(self) -> str:
        return show_in(self.value, self.unit)


def fig_sum(figs: list[Fig]) -> Fig:
    unit = figs[0].unit if figs else MoneyUnit.WAN
    return Fig(sum((f.value for f in figs), ZERO), sum((f.half for f in figs), ZERO), unit)


def cells_total(cells: Iterable[Decimal | None]) -> Decimal:
    """The exact sum of printed cells, blanks as zero: what every identity compares first, on plain
    Decimals, before it builds any Fig or message (most identities of a document hold exactly)."""
    return sum(filter(None, cells), ZERO)


def wan(value: Decimal | None, unit: MoneyUnit) -> Decimal:
    return convert(value, unit, MoneyUnit.WAN) if value is not None else ZERO


def show_in(value_wan: Decimal, unit: MoneyUnit) -> str:
    """An amount in 万元 as a finding's message shows it: in `unit`, the unit its table prints it in
    (money.show_amount: "8611400.00 元（861.14 万元）")."""
    return show_amount(convert(value_wan, MoneyUnit.WAN, unit), unit)


def show(value_wan: Decimal, unit: MoneyUnit = MoneyUnit.WAN) -> str:
    """An amount's number, in `unit`, for a finding's expected and actual values: two decimals (more
    if it has more); a whole number of 元 without decimals."""
    v = convert(value_wan, MoneyUnit.WAN, unit)
    if v == v.to_integral_value() and unit == MoneyUnit.YUAN:
        return f"{v:.0f}"
    exp = v.normalize().as_tuple().exponent
    places = max(2, -exp) if isinstance(exp, int) else 2
    return f"{v:.{places}f}"


def row_label(row: Row) -> str:
    if row.project:
        return f"{row.code or ''} {row.project}".strip()
    if row.code and row.code.isdigit():
        return f"{row.code} {row.label}".strip()
    return row.label


def _default_labels() -> dict[tuple[TableId | None, str], str]:
    from yusuan.model.vocabulary import ECONOMIC_CLASS_COLUMNS, T2_COLUMNS

    out: dict[tuple[TableId | None, str], str] = {(None, str(k)): v for k, v in T2_COLUMNS}
    out.update({(None, k): v for k, v in ECONOMIC_CLASS_COLUMNS})
    out.update({(None, "total"): "合计", (None, "basic"): "基本支出", (None, "project"): "项目支出",
                (None, "personnel"): "人员经费", (None, "public"): "公用经费", (None, "amount"): "预算数",
                (None, "general"): "一般公共预算", (None, "fund"): "政府性基金预算", (None, "soe"): "国有资本经营预算",
                (None, "general_budget"): "一般公共预算", (None, "fund_budget"): "政府性基金",
                (None, "soe_budget"): "国有资本经营预算", (TableId.T2, "total"): "总计",
                (TableId.T7, "total"): "项目支出合计"})
    out[(TableId.T2, "general_budget")] = "一般公共预算"
    out[(TableId.T2, "fund_budget")] = "政府性基金预算"
    return out


DEFAULT_LABELS = _default_labels()


class TableView:
    """A table with its unit folded in: every amount read through here is in 万元."""

    def __init__(self, table: Table):
        self.table = table
        self.id = table.id
        self.unit = table.unit
        self._figs: dict[tuple[int, str], Fig] = {}  # (id of the row, column) → its Fig: many rules read one cell
        self._in_wan: dict[int, dict[str, Decimal | None]] = {}  # id of the row → its cells in 万元 (other units)
        # The row's cells in 万元, blanks as None: the row's own dict when the table prints 万元 (no copy, and
        # no Python call: the exact checks ask for every row), else converted once. The exact checks read
        # these instead of a Fig per cell.
        self.cells: Callable[[Row], dict[str, Decimal | None]] = (
            attrgetter("values") if self.unit == WAN else self._converted)

    @once
    def half(self) -> Decimal:
        """Half a unit of the table's printed precision, in 万元 (0.005 for tables printed to 0.01 万元)."""
        places = most_places([v for r in self.table.rows for v in r.values.values() if v is not None])
        if self.unit == MoneyUnit.WAN:
            places = max(places, 2)
        return convert(Decimal(5).scaleb(-places - 1), self.unit, MoneyUnit.WAN)

    @property
    def name(self) -> str:
        return self.id.value if self.id else self.table.title

    def amount(self, row: Row | None, key: str) -> Decimal:
        if row is None:
            return ZERO
        value = row.values.get(key)
        if value is None:
            return ZERO
        return value if self.unit == WAN else convert(value, self.unit, WAN)

    def fig(self, row: Row | None, key: str) -> Fig:
        cell = (id(row), key)  # rows are the disclosure's: alive as long as this view
        f = self._figs.get(cell)
        if f is None:
            f = self._figs[cell] = Fig(self.amount(row, key), self.half, self.unit)
        return f

    def _converted(self, row: Row) -> dict[str, Decimal | None]:
        converted = self._in_wan.get(id(row))
        if converted is None:
            unit = self.unit
            converted = self._in_wan[id(row)] = {
                k: None if v is None else convert(v, unit, MoneyUnit.WAN) for k, v in row.values.items()}
        return converted

    def adds_up(self, whole: Row | None, parts: Iterable[Row], key: str) -> bool:
        """whole = Σ parts exactly in column `key` (blanks and an absent whole as zero)."""
        cells = self.cells
        return self.amount(whole, key) == sum(filter(None, [cells(p).get(key) for p in parts]), ZERO)

    def has(self, row: Row, key: str) -> bool:
        return row.values.get(key) is not None

    @once
    def _labels(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for c in self.table.columns:
            if c.label and c.label != c.key:
                out.setdefault(c.key, c.label)
        return out

    def column_label(self, key: str) -> str:
        return self._labels.get(key) or DEFAULT_LABELS.get((self.id, key)) or DEFAULT_LABELS.get((None, key), key)

    @once
    def key_set(self) -> frozenset[str]:
        return frozenset(self.keys)

    @once
    def printed_keys(self) -> frozenset[str]:
        """The columns with at least one cell printed (not blank) in some row."""
        cells = [r.values for r in self.table.rows]
        # column by column, in C: stops at the first printed cell, so only blank columns are read through
        return frozenset(k for k in self.keys if any(map(is_not, map(dict.get, cells, repeat(k)), repeat(None))))

    @once
    def printed_columns(self) -> list[str]:
        """`keys` less the columns blank in every row: an identity over a blank column holds (0 = 0), so
        the exact checks need not look at it."""
        printed = self.printed_keys
        return [k for k in self.keys if k in printed]

    @once
    def keys(self) -> list[str]:
        """The columns' keys, then the keys of cells under no column, in the order the rows first use them."""
        keys = [c.key for c in self.table.columns]
        seen = set(keys)
        if seen.issuperset(chain.from_iterable(r.values for r in self.table.rows)):
            return keys  # the common case: every cell stands under a column
        for r in self.table.rows:
            for k in r.values:
                if k not in seen:
                    keys.append(k)
                    seen.add(k)
        return keys

    # -- coded rows ----------------------------------------------------------------------
    def coded(self, side: Side | None = None) -> list[Row]:
        """Rows with a classification code (digits), in table order."""
        return self._coded.setdefault(side, [])

    # each lookup an attribute of its own once made (`once`): the rules read them in loops
    @once
    def by_code(self) -> dict[str, Row]:
        """Code → the first row with it that is not a total, on the expenditure side or a one-sided table."""
        return self._rows.by_code

    @once
    def _coded(self) -> dict[Side | None, list[Row]]:
        return self._rows.coded

    @once
    def _items(self) -> dict[str, Row]:
        return self._rows.items

    @once
    def _totals(self) -> dict[Side | None, Row]:
        return self._rows.totals

    @once
    def _rows(self) -> _RowIndex:
        """The row lookups, made in one pass over the table (the rules ask for most of them)."""
        coded: dict[Side | None, list[Row]] = {}
        any_side: list[Row] = []
        by_code: dict[str, Row] = {}
        items: dict[str, Row] = {}
        totals: dict[Side | None, Row] = {}
        for r in self.table.rows:
            code = r.code
            if r.kind == TOTAL:
                if r.side not in totals:
                    totals[r.side] = r
            elif code:
                if code not in by_code and r.side in EXPENDITURE_OR_NONE:
                    by_code[code] = r
                if code.isdigit():
                    coded.setdefault(r.side, []).append(r)
                    any_side.append(r)
            if code and code not in items:
                items[code] = r
        return _RowIndex(coded, any_side, by_code, items, totals)

    def coded_any_side(self) -> list[Row]:
        """Rows with a classification code (digits), whatever their side, in table order (read-only)."""
        return self._rows.any_side

    def rows_of(self, code: str) -> list[Row]:
        return [r for r in self.table.rows if r.code == code and r.kind != TOTAL]

    def children(self, code: str, side: Side | None = None) -> list[Row]:
        """The coded rows one level below `code` (two digits longer, starting with it), in table order."""
        return list(self.children_index(side).get(code, ()))

    def children_index(self, side: Side | None = None) -> dict[str, list[Row]]:
        """Code → the coded rows one level below it, built once per table (read-only: do not modify)."""
        index = self.__dict__.setdefault("_children", {})
        if side not in index:
            below: dict[str, list[Row]] = {}
            for r in self.coded(side):
                if len(r.code) >= 2:  # type: ignore[arg-type]
                    below.setdefault(r.code[:-2], []).append(r)  # type: ignore[index]
            index[side] = below
        return index[side]

    @once
    def code_lengths(self) -> frozenset[int]:
        """The lengths of the codes of `coded()` (the one-sided rows): the levels the table prints."""
        return frozenset(len(r.code) for r in self.coded() if r.code)

    def top_rows(self) -> list[Row]:
        """The coded rows no other coded row is a parent of (at any level): the 类 rows, or the level a table starts at."""
        top = self.__dict__.get("_top_rows")
        if top is None:
            coded = self.coded()
            codes = {r.code for r in coded}
            # a prefix of a code can only be printed at a length the table prints: the shortest codes
            # are top rows outright, the others are looked up at the shorter lengths only
            lengths = sorted(self.code_lengths)
            shortest = lengths[0] if lengths else 0
            top = self.__dict__["_top_rows"] = [
                r for r in coded if len(r.code) == shortest  # type: ignore[arg-type]
                or (r.code[:shortest] not in codes  # type: ignore[index]  # most rows: their 类 is printed
                    and codes.isdisjoint([r.code[:k] for k in lengths if k < len(r.code)]))]  # type: ignore[index,arg-type]
        return list(top)

    def total(self, side: Side | None = None) -> Row | None:
        return self._totals.get(side)

    def nonzero(self) -> bool:
        return any(v for r in self.table.rows for v in r.values.values() if v)

    def item(self, code: str) -> Row | None:
        """The first row with this code (T1/T4: an IncomeRow id or a 类 code; T10: total, abroad …)."""
        return self._items.get(code)


@dataclass(frozen=True, slots=True)
class _RowIndex:
    coded: dict[Side | None, list[Row]]  # side → the rows with a classification code (digits), not totals
    any_side: list[Row]  # those rows, all sides together, in table order
    by_code: dict[str, Row]  # see TableView.by_code
    items: dict[str, Row]  # code → the first row with it, totals included (TableView.item)
    totals: dict[Side | None, Row]  # side → its first total row



def most_places(values: list[Decimal]) -> int:
    """The most decimal places among `values` (0 at least), ignoring NaN and infinities.

    One exact sum instead of a digit tuple per cell: an exact Decimal sum keeps the smallest exponent of
    its terms. When the sum is not exact (more digits than the context holds) or not finite, every
    value is looked at."""
    with localcontext() as context:
        context.clear_flags()
        context.traps[InvalidOperation] = context.traps[Overflow] = False
        total = sum(values, ZERO)  # Decimal("0"): exponent 0, as the plain loop's starting 0 places
        exact = not (context.flags[Rounded] or context.flags[InvalidOperation] or context.flags[Overflow])
    exp = total.as_tuple().exponent
    if exact and isinstance(exp, int):
        return max(0, -exp)
    places = 0
    for v in values:
        exp = v.as_tuple().exponent
        if isinstance(exp, int):
            places = max(places, -exp)
    return places
