"""Grids → canonical tables: codes (whole or in 类/款/项 columns, damaged ones recovered), names,
amounts under the column keys their headers map to, 合计 rows, the two sides of 表1/表4, the
two halves of the 决算 基本支出表 and the one-row 决算 “三公”表."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.catalog.catalog import Catalog, Scheme
from yusuan.model.budget import DocumentKind
from yusuan.model.disclosure import Column, Location, Row, RowKind, Side, Table, TableId
from yusuan.model.vocabulary import THREE_PUBLIC_ROWS
from yusuan.money import AmountError, MoneyUnit
from yusuan.readers.published import realign
from yusuan.readers.published.blocks import Cell, Grid
from yusuan.readers.published.codes import CodeReader, class_by_name
from yusuan.readers.published.columns import Role, classify, comparison_column, three_public_column
from yusuan.readers.published.findings import Findings
from yusuan.readers.published.header import header_paths, split_header
from yusuan.readers.published.normalize import clean, key
from yusuan.readers.published.numbers import amount, code_digits, is_amount, is_placeholder, leading_code
from yusuan.readers.published.rowlabels import (
    FINAL_INCOME,
    T4_INCOME,
    FinalIncomeLabels,
    IncomeLabels,
    bare,
    expenditure_special,
    is_total,
    three_public_item,
)
from yusuan.readers.published.titles import TitleMatch

_YEAR_HEADER = re.compile(r"^(20\d\d)年度?(.*)$")
# a row of a “三公” table printed per year: "2016年", "2016年决算", "2016年度预算数"
_YEAR_ROW = re.compile(r"^(20\d\d)年度?((?:预算|决算)数?)?$")
_PERCENT = re.compile(r"[-+]?\d+(?:\.\d+)?%")  # a rate in the first data row is data, not a header word
T1, T4, T6, T7, T10 = TableId.T1, TableId.T4, TableId.T6, TableId.T7, TableId.T10


@dataclass
class PendingTable:
    """A table as the assembler collected it: its title, unit and grid (continuations joined)."""

    title: TitleMatch
    location: Location | None
    grid: Grid
    unit: MoneyUnit | None = None
    department: str | None = None
    notes: list[str] = field(default_factory=list)
    cut_off: bool = False  # the document ends inside the grid, mid-row
    number: str | None = None  # its numbering line ("表2"), which a "表2（续）" page repeats


@dataclass
class _Raw:
    texts: list[str]
    parts: dict[str, str]
    label: str
    project: str | None
    values: dict[str, Decimal | None]
    location: Location | None
    row_index: int
    kind: RowKind = RowKind.ITEM
    code: str | None = None


def _row_location(cells: list[Cell]) -> Location | None:
    """The row's place: its first cell's, with the box around all its cells (PDF)."""
    if not cells:
        return None
    first = cells[0]
    if first.page is not None:
        boxes = [c.box for c in cells if c.box]
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
               max(b[3] for b in boxes))
        return Location(page=first.page, box=box)
    located = next((c.location for c in cells if c.location is not None), None)
    if located is None or located.column is None:
        return located
    return located.model_copy(update={"column": None})


def _starts_with_total(grid: Grid, r: int) -> bool:
    first = next((c.text for c in grid.rows[r] if c.text.strip()), "")
    return is_total(first)


def _code_levels(roles: list[Role]) -> list[Role]:
    """Two or three adjacent "编码" columns are the 类/款/项 parts of one code."""
    out = list(roles)
    c = 0
    while c < len(out):
        if out[c].kind == "code" and out[c].key == "whole":
            end = c
            while end + 1 < len(out) and out[end + 1].kind == "code" and out[end + 1].key == "whole":
                end += 1
            if end > c:
                for level, i in zip(("类", "款", "项"), range(c, end + 1), strict=False):
                    out[i] = Role("code", level, out[i].side)
            c = end
        c += 1
    return out


def _texts(grid: Grid, r: int) -> list[str]:
    """Cell texts of a data row; positions covered by a merged cell are empty."""
    row = grid.rows[r]
    out = []
    for c, cell in enumerate(row):
        covered = grid.spans_known and (
            (c > 0 and row[c - 1] is cell) or (r > 0 and c < len(grid.rows[r - 1]) and grid.rows[r - 1][c] is cell))
        out.append("" if covered else cell.text)
    return out


class TableBuilder:
    def __init__(self, catalog: Catalog, year: int, kind: DocumentKind, findings: Findings):
        self.catalog, self.year, self.kind, self.findings = catalog, year, kind, findings
        self.echo: dict[int, set[int]] = {}  # data-row cells that repeat a header word

    # -- entry ----------------------------------------------------------------------------
    def build(self, p: PendingTable) -> Table | None:
        tid = p.title.table_id
        kind = DocumentKind.FINAL if p.title.kind == DocumentKind.FINAL else self.kind
        grid = p.grid
        n_header = split_header(grid)
        filled = [r for r in range(n_header) if any(c.text.strip() for c in grid.rows[r])]
        if filled and _starts_with_total(grid, filled[-1]):
            n_header = filled[-1]  # "合计 | 合计 | 基本支出 | 项目支出": the 合计 row shares a band with sub-headers
        width = grid.width
        paths = [[self._this_year(part) for part in path] for path in header_paths(grid, n_header, width)]
        self.echo = {}
        if n_header < len(grid.rows):
            # header words printed in the first data row ("类 款 项" beside 合计 and its amounts)
            before = [classify(path, tid, kind) for path in paths]
            row = grid.rows[n_header]
            for c, cell in enumerate(row[:width]):
                t = key(cell.text)
                if not t or (c > 0 and row[c - 1] is cell):
                    continue
                # (a 合计 label over a column with no header is the row's label, not a header word)
                if t in ("类", "款", "项") or (before[c].kind not in ("code", "name", "project") and not is_amount(t)
                                               and not _PERCENT.fullmatch(t) and (not paths[c] or paths[c][-1] != t)
                                               and not (not paths[c] and is_total(t))):
                    paths[c] = [*paths[c], t]
                    self.echo.setdefault(n_header, set()).add(c)
        roles = _code_levels([classify(path, tid, kind) for path in paths])
        if tid == T10 and not any(paths):
            roles = self._three_public_headless(roles, paths, grid, n_header, kind, p)
        unit = p.unit
        if unit is None:
            unit = MoneyUnit.WAN
            self.findings.add("table.unit_missing", f"“{p.title.title}”未注明金额单位，按万元读取", p.location)
        table = Table(id=tid, title=p.title.title, unit=unit, department=p.department, location=p.location,
                      note="".join(p.notes) or None)
        data = list(range(n_header, len(grid.rows)))
        if p.cut_off and len(data) > 1:
            data.pop()  # the row the document stops in ("五、经"): not a row of the table
            table.cut_off = True
            self.findings.add("table.cut_off", f"文件在“{p.title.title}”中途结束，该表此后的行（含合计行）未载入",
                              p.location)
        by_year = tid == T10 and self._year_rows(grid, data)
        self._report_unknown(roles, paths, p, kind, by_year)
        if tid == T10 and sum(1 for path in paths if path and three_public_column(path, kind, by_year)) >= 2:
            self._three_public_across(table, grid, paths, data, kind, by_year)
        elif tid in (T1, T4):
            self._two_sided(table, grid, roles, paths, data, kind)
        elif tid == T10:
            self._three_public(table, grid, roles, paths, data)
        else:
            self._coded(table, grid, roles, data, tid, paths)
        if not table.columns and data:
            self.findings.add("table.columns", f"“{p.title.title}”的列无法对应到标准列，未提取金额", p.location)
        return table

    def _this_year(self, header: str) -> str:
        """"2024年预算数" in a 2024 document heads this year's column: "预算数". Other years' columns
        (last year's, for comparison) keep their year and are not this year's figures."""
        m = _YEAR_HEADER.match(header)
        return m.group(2) if m and self.year and int(m.group(1)) == self.year and m.group(2) else header

    def _row_texts(self, grid: Grid, r: int) -> list[str]:
        texts = _texts(grid, r)
        for c in self.echo.get(r, ()):
            texts[c] = ""
        return texts

    def _report_unknown(self, roles: list[Role], paths: list[list[str]], p: PendingTable,
                        kind: DocumentKind, by_year: bool = False) -> None:
        compares = p.title.table_id == T10  # (表10's comparison columns are read: Row.compared)
        for role, path in zip(roles, paths, strict=True):
            if compares and comparison_column(path, self.year):
                continue
            if role.kind == "unknown" and path and not three_public_column(path, kind, by_year):
                self.findings.add("table.column_unknown",
                                  f"“{p.title.title}”的列“{'／'.join(path)}”未能识别，该列未提取", p.location)

    # -- helpers --------------------------------------------------------------------------
    def _amounts(self, texts: list[str], cols: list[tuple[int, str]], labels: dict[str, str],
                 location: Location | None, report: bool = True) -> dict[str, Decimal | None]:
        values: dict[str, Decimal | None] = {}
        for c, k in cols:
            text = texts[c] if c < len(texts) else ""
            try:
                value = amount(text)
            except AmountError:
                if report:
                    self.findings.add("amount.unreadable", f"“{clean(text)}”不是金额（{labels.get(k, k)}列）", location)
                value = None
            if k in values and values[k] is not None:
                continue  # a key printed twice (halves of a table): keep the first reading
            values[k] = value
        return values

    @staticmethod
    def _columns(roles: list[Role], paths: list[list[str]], cols: list[int]) -> list[Column]:
        out: dict[str, Column] = {}
        for c in cols:
            k = roles[c].key
            if roles[c].kind == "amount" and k and k not in out:
                out[k] = Column(key=k, label=paths[c][-1] if paths[c] else k)
        return list(out.values())

    # -- tables of classification codes ---------------------------------------------------
    def _coded(self, table: Table, grid: Grid, roles: list[Role], data: list[int], tid: TableId | None,
               paths: list[list[str]]) -> None:
        scheme = Scheme.ECONOMIC if tid == T6 else Scheme.FUNCTIONAL
        groups = self._groups(roles)
        amount_cols_all = [c for c, r in enumerate(roles) if r.kind == "amount"]
        table.columns = self._columns(roles, paths, amount_cols_all)
        labels = {c.key: c.label for c in table.columns}
        raws: list[_Raw] = []
        placeholders = 0
        for cols in groups:
            reader = CodeReader(self.catalog, scheme, self.year, self.findings)
            group_raws: list[_Raw] = []
            for r in data:
                raw = self._read_coded(grid, r, roles, cols, labels)
                if raw is None:
                    continue
                if raw == "placeholder":
                    placeholders += 1
                    continue
                if (group_raws and not raw.parts and not any(v is not None for v in raw.values.values())
                        and raw.label and not is_total(raw.label) and group_raws[-1].kind != RowKind.TOTAL
                        and not raw.project):
                    group_raws[-1].label += raw.label  # a name wrapped onto the next line
                    continue
                group_raws.append(raw)
            for raw in group_raws:
                if raw.kind != RowKind.TOTAL:
                    raw.code = reader.read(raw.parts, raw.label, raw.location)
                    if raw.code is None and not raw.parts and tid != T7:
                        self.findings.add("row.no_code", f"“{table.title}”中的行“{raw.label}”没有科目编码",
                                          raw.location)
                    elif raw.code:
                        raw.kind = RowKind.ITEM if len(raw.code) == (5 if scheme == Scheme.ECONOMIC else 7) \
                            else RowKind.SUBTOTAL
                        if tid == T7:
                            raw.kind = RowKind.ITEM
            raws += group_raws
        if placeholders:
            self.findings.add("table.placeholder", f"“{table.title}”含 {placeholders} 行模板占位符（…），已忽略",
                              table.location)
        if not grid.spans_known:
            self._realign(raws, grid, roles, tid, labels, table.title)
        table.rows = self._merge_totals(raws)
        for k, label in (("personnel", "人员经费合计"), ("public", "公用经费合计")):
            if k not in labels and any(k in row.values for row in table.rows):
                table.columns.append(Column(key=k, label=label))

    @staticmethod
    def _groups(roles: list[Role]) -> list[list[int]]:
        """Column groups: one, or two when a table prints two halves side by side (决算 表6)."""
        names = [c for c, r in enumerate(roles) if r.kind == "name"]
        if len(names) < 2:
            return [list(range(len(roles)))]
        starts = [0]
        for c in range(1, len(roles)):
            if roles[c].kind == "code" and roles[c - 1].kind != "code" and any(n < c for n in names):
                starts.append(c)
        starts.append(len(roles))
        return [list(range(a, b)) for a, b in zip(starts, starts[1:], strict=False) if b > a]

    def _read_coded(self, grid: Grid, r: int, roles: list[Role], cols: list[int], labels: dict[str, str]):
        texts = self._row_texts(grid, r)
        texts += [""] * (len(roles) - len(texts))
        if not grid.spans_known:
            texts = self._anchor(texts, roles)
        location = _row_location(grid.rows[r])
        parts: dict[str, str] = {}
        label_bits: list[str] = []
        name_col = next((c for c in cols if roles[c].kind == "name"), None)
        project_col = next((c for c in cols if roles[c].kind == "project"), None)
        amount_cols = [(c, roles[c].key) for c in cols if roles[c].kind == "amount"]
        for c in cols:
            if roles[c].kind != "code" or c >= len(texts):
                continue
            t = texts[c]
            digits = code_digits(t)
            if digits is not None:
                parts[roles[c].key] = digits
            elif t.strip():
                label_bits.append(t)
        name = clean(texts[name_col]) if name_col is not None and name_col < len(texts) else ""
        if not name and label_bits:
            name = clean(label_bits[0])
        if name and not parts:
            code, rest = leading_code(name)
            if code:
                parts, name = {"whole": code}, clean(rest)
        project = clean(texts[project_col]) if project_col is not None and project_col < len(texts) else None
        cells_used = [texts[c] for c in cols if c < len(texts) and texts[c].strip()]
        if not cells_used:
            return None
        if all(is_placeholder(t) for t in cells_used if not is_amount(t)) and not parts and not is_total(name):
            return "placeholder"
        values = self._amounts(texts, amount_cols, labels, location)
        if not name and project and is_total(project):
            name, project = project, None  # 表7: 合计 printed in the 项目名称 column
        kind = RowKind.TOTAL if is_total(name) or key(name) in ("人员经费合计", "公用经费合计") else RowKind.ITEM
        return _Raw(texts, parts, name, project or None, values, location, r, kind)

    @staticmethod
    def _anchor(texts: list[str], roles: list[Role]) -> list[str]:
        """Text layer: a label printed one cell to the right of its column ("\t\t\t合 计\t605.94")."""
        for i, t in enumerate(texts):
            if not t.strip() or is_amount(t) or code_digits(t) is not None:
                continue
            if i < len(roles) and roles[i].kind == "amount":
                j = next((c for c in range(i - 1, -1, -1) if roles[c].kind in ("name", "project")), None)
                if j is not None and not any(x.strip() for x in texts[: i - j]):
                    return texts[i - j:] + [""] * (i - j)
            break
        return texts

    def _realign(self, raws: list[_Raw], grid: Grid, roles: list[Role], tid: TableId | None,
                 labels: dict[str, str], title: str) -> None:
        amount_cols = [(c, r.key) for c, r in enumerate(roles) if r.kind == "amount"]
        if not amount_cols:
            return
        first = amount_cols[0][0]

        def reread(texts: list[str]) -> dict[str, Decimal | None]:
            texts = texts + [""] * (len(roles) - len(texts))
            return self._amounts(texts, amount_cols, labels, None, report=False)

        def moved(raw: _Raw, values: dict[str, Decimal | None]) -> None:
            raw.values = values
            self.findings.add("row.realigned", f"“{title}”中“{raw.label or raw.code}”一行的金额列位置已按金额关系重新对齐",
                              raw.location)

        def keeps(before: dict[str, Decimal | None], after: dict[str, Decimal | None]) -> bool:
            """A placement may move values, never lose one or empty the total."""
            count = sum(v is not None for v in before.values())
            return sum(v is not None for v in after.values()) == count and (
                before.get("total") is None or after.get("total") is not None)

        for raw in raws:
            if raw.kind == RowKind.TOTAL or realign.consistent(tid, raw.values):
                continue
            for _, texts in realign.variants(raw.texts, first):
                values = reread(texts)
                if realign.consistent(tid, values) and keeps(raw.values, values):
                    moved(raw, values)
                    break
            else:
                self.findings.add("row.inconsistent", f"“{title}”中“{raw.label or raw.code}”一行的金额与其合计不符",
                                  raw.location)
        items = [r for r in raws if r.kind != RowKind.TOTAL and r.code]
        codes = [r.code for r in items]
        leaves = [r for r in items if not any(c != r.code and c.startswith(r.code) for c in codes)]
        classes = [r for r in items if len(r.code) == 3]
        sums = [self._sum_rows(leaves), self._sum_rows(classes)]
        for raw in raws:
            if raw.kind != RowKind.TOTAL or not items:
                continue
            best = (realign.consistent(tid, raw.values), realign.agreement(raw.values, sums))
            choice = None
            for _, texts in realign.variants(raw.texts, first):
                values = reread(texts)
                if not keeps(raw.values, values):
                    continue
                score = (realign.consistent(tid, values), realign.agreement(values, sums))
                if score > best:
                    best, choice = score, values
            if choice is not None:
                moved(raw, choice)

    @staticmethod
    def _sum_rows(rows: list[_Raw]) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for r in rows:
            for k, v in r.values.items():
                if v is not None:
                    out[k] = out.get(k, Decimal(0)) + v
        return out

    @staticmethod
    def _merge_totals(raws: list[_Raw]) -> list[Row]:
        rows: list[Row] = []
        total: Row | None = None
        for raw in raws:
            if raw.kind == RowKind.TOTAL and key(raw.label) in ("人员经费合计", "公用经费合计"):
                k = "personnel" if key(raw.label).startswith("人员") else "public"
                value = next((v for v in raw.values.values() if v is not None), None)
                if total is None:
                    total = Row(label="合计", kind=RowKind.TOTAL, values={}, location=raw.location)
                total.values[k] = value
                continue
            rows.append(Row(label=raw.label, code=raw.code, kind=raw.kind, project=raw.project,
                            values=raw.values, location=raw.location))
        if total is not None:
            rows.append(total)
        return rows

    # -- 表1 and 表4: income on the left, expenditure on the right ----------------------------
    def _two_sided(self, table: Table, grid: Grid, roles: list[Role], paths: list[list[str]], data: list[int],
                   kind: DocumentKind) -> None:
        sides: dict[str, list[int]] = {"income": [], "expenditure": []}
        for c, role in enumerate(roles):
            if role.side in sides:
                sides[role.side].append(c)
        if not sides["income"] or not sides["expenditure"]:
            names = [c for c, r in enumerate(roles) if r.kind == "name"]
            split = names[1] if len(names) > 1 else len(roles)
            sides = {"income": list(range(split)), "expenditure": list(range(split, len(roles)))}
        table.columns = self._columns(roles, paths, sides["income"] + sides["expenditure"])
        if table.id == T1:
            income_labels = FinalIncomeLabels(FINAL_INCOME) if kind == DocumentKind.FINAL else IncomeLabels()
        else:
            income_labels = FinalIncomeLabels(T4_INCOME, total_code=None)
        expenditure = _ExpenditureLabels(self.catalog)
        income_rows: list[Row] = []
        expenditure_rows: list[Row] = []
        for r in data:
            texts = self._row_texts(grid, r)
            texts += [""] * (len(roles) - len(texts))
            location = _row_location(grid.rows[r])
            for side, cols in sides.items():
                label_col = next((c for c in cols if roles[c].kind == "name"), cols[0] if cols else None)
                if label_col is None:
                    continue
                label = clean(texts[label_col])
                amount_cols = [(c, roles[c].key) for c in cols if roles[c].kind == "amount"]
                values = self._amounts(texts, amount_cols, {}, location)
                if not label:
                    if any(v is not None for v in values.values()):
                        self.findings.add("row.no_label", f"“{table.title}”中有金额而无项目名称的行", location)
                    continue
                if side == "income":
                    code, row_kind = income_labels(label)
                    if code is None and row_kind == RowKind.ITEM:  # (a heading over parts is known: SUBTOTAL)
                        self.findings.add("row.unrecognized", f"“{table.title}”收入项目“{label}”未能识别", location)
                    income_rows.append(Row(label=label, code=code, kind=row_kind, side=Side.INCOME,
                                           values=values, location=location))
                else:
                    code, row_kind, label = expenditure(label)
                    if code is None and row_kind != RowKind.TOTAL:
                        self.findings.add("row.unrecognized", f"“{table.title}”支出项目“{label}”未能识别", location)
                    expenditure_rows.append(Row(label=label, code=code, kind=row_kind, side=Side.EXPENDITURE,
                                                values=values, location=location))
        table.rows = income_rows + expenditure_rows

    # -- 表10 ---------------------------------------------------------------------------------
    def _three_public(self, table: Table, grid: Grid, roles: list[Role], paths: list[list[str]],
                      data: list[int]) -> None:
        label_col = next((c for c, r in enumerate(roles) if r.kind == "name"), 0)
        amount_cols = [(c, r.key) for c, r in enumerate(roles) if r.kind == "amount"]
        table.columns = self._columns(roles, paths, [c for c, _ in amount_cols])
        compared = [(c, *found) for c, r in enumerate(roles)
                    if r.kind == "unknown" and (found := comparison_column(paths[c], self.year))]
        for c, k, _ in compared:
            if all(col.key != k for col in table.compared_columns):
                table.compared_columns.append(Column(key=k, label=paths[c][-1]))
        for r in data:
            texts = self._row_texts(grid, r)
            texts += [""] * (len(roles) - len(texts))
            label = clean(texts[label_col])
            if not label:
                if table.rows or not any(texts[c].strip() for c, _ in amount_cols):
                    continue
                label = "合计"  # amounts above the items, the label not printed: the total
            location = _row_location(grid.rows[r])
            item = three_public_item(label)
            if item is None:
                self.findings.add("row.unrecognized", f"“{table.title}”的行“{label}”未能识别", location)
            kind = RowKind.TOTAL if item == "total" else RowKind.SUBTOTAL if item == "vehicle" else RowKind.ITEM
            table.rows.append(Row(label=label, code=item, kind=kind,
                                  values=self._amounts(texts, amount_cols, {}, location), location=location,
                                  compared=_compared(texts, compared)))
        self._breakdown_not_given(table)

    def _breakdown_not_given(self, table: Table) -> None:
        """公务用车购置费 and 运行维护费 both printed blank under a 公务用车购置及运行费 that has amounts: the
        breakdown was not filled in (blank is zero only where the parts can add up to the whole) — the
        rows are left out, not read as zeros that contradict their subtotal."""
        vehicle = next((r for r in table.rows if r.code == "vehicle"), None)
        parts = [r for r in table.rows if r.code in ("vehicle_purchase", "vehicle_operation")]
        if vehicle is None or not parts or not any(vehicle.values.values()):
            return
        if any(v is not None for r in parts for v in r.values.values()):
            return
        table.rows = [r for r in table.rows if r not in parts]
        self.findings.add("table.breakdown_blank", f"“{table.title}”的“{vehicle.label}”有金额，其明细"
                          f"（{'、'.join(r.label for r in parts)}）均未填列，未按0读取", vehicle.location)

    def _three_public_headless(self, roles: list[Role], paths: list[list[str]], grid: Grid, n_header: int,
                               kind: DocumentKind, p: PendingTable) -> list[Role]:
        """表10 whose header printed no words (lost in the page's copy): its amount columns in the
        template's order — a budget's one column its 合计, a 决算's two its 预算数 and 决算数."""
        filled = [c for c in range(grid.width)
                  if any(c < len(grid.rows[r]) and grid.rows[r][c].text.strip() for r in range(n_header, len(grid.rows)))]
        amounts = [c for c in filled if all(is_amount(grid.rows[r][c].text) for r in range(n_header, len(grid.rows))
                                            if c < len(grid.rows[r]) and grid.rows[r][c].text.strip())]
        labels = [c for c in filled if c not in amounts]
        if len(labels) != 1 or labels[0] > min(amounts, default=0):
            return roles
        final = kind == DocumentKind.FINAL
        if len(amounts) == 2 and final:
            keys, names = ("budget", "total"), ("预算数", "决算数")
        elif len(amounts) == 1:
            keys, names = ("total",), ("决算数" if final else "预算数",)
        else:
            return roles
        out = list(roles)
        out[labels[0]] = Role("name")
        for c, k, name in zip(amounts, keys, names, strict=True):
            out[c] = Role("amount", k)
            paths[c] = [name]
        self.findings.add("table.header_assumed", f"“{p.title.title}”的表头未印出，按{'决算' if final else '预算'}模板"
                          f"依次读作{'、'.join(names)}", p.location)
        return out

    @staticmethod
    def _year_rows(grid: Grid, data: list[int]) -> bool:
        """The rows are years ("2015年 | 2840 | 90 | …", "2016年 | 2364 | …", "增减%"): the “三公” table
        of a page that compares this year with the last, its items as columns."""
        return sum(1 for r in data if grid.rows[r] and _YEAR_ROW.match(key(grid.rows[r][0].text))) >= 1

    def _row_comparison(self, label: str) -> tuple[str, int] | None:
        """What a row of a per-year table compares with: an earlier year's row ("2015年"), the rates
        ("2016年比2015年增减%") or the changes ("增减额")."""
        k = key(label)
        m = _YEAR_ROW.match(k)
        if m is not None:
            return ("prior", 1) if self.year and int(m.group(1)) < self.year else None
        return comparison_column([k.replace("%", "率")], self.year)

    def _row_measure(self, label: str, final: bool) -> str | None:
        """The measure a year's row carries: this year's 决算数 (`total`) or 预算数 (a final account's
        `budget`); None for another year's row and for a row of rates."""
        m = _YEAR_ROW.match(key(label))
        if m is None or not self.year or int(m.group(1)) != self.year:
            return None
        return "budget" if final and m.group(2) and "预算" in m.group(2) else "total"

    def _three_public_across(self, table: Table, grid: Grid, paths: list[list[str]], data: list[int],
                             kind: DocumentKind, by_year: bool = False) -> None:
        """The items as columns, one row of amounts (or a row per year, `by_year`): turned into the item
        rows."""
        cols = {c: m for c, path in enumerate(paths) if path and (m := three_public_column(path, kind, by_year))}
        values: dict[str, dict[str, Decimal | None]] = {item: {} for item, _ in THREE_PUBLIC_ROWS}
        compared_rows: dict[str, dict[str, Decimal | None]] = {item: {} for item, _ in THREE_PUBLIC_ROWS}
        location = None
        final = kind == DocumentKind.FINAL
        for r in data:
            texts = self._row_texts(grid, r)
            if not any(t.strip() for t in texts):
                continue
            row_measure = self._row_measure(texts[0], final) if by_year else None
            if by_year and row_measure is None:
                if (found := self._row_comparison(texts[0])) is not None:
                    for c, (item, _) in cols.items():
                        v = _comparison_value(texts[c] if c < len(texts) else "")
                        if v is not None and compared_rows[item].get(found[0]) is None:
                            compared_rows[item][found[0]] = v * found[1] if v else v
                continue
            location = location or _row_location(grid.rows[r])
            for c, (item, measure) in cols.items():
                measure = row_measure or measure
                text = texts[c] if c < len(texts) else ""
                try:
                    v = amount(text)
                except AmountError:
                    self.findings.add("amount.unreadable", f"“{clean(text)}”不是金额", location)
                    v = None
                if values[item].get(measure) is None:
                    values[item][measure] = v
        final = kind == DocumentKind.FINAL
        table.columns = [Column(key="total", label="决算数"), Column(key="budget", label="预算数")] if final \
            else [Column(key="total", label="预算数")]
        for item, label in THREE_PUBLIC_ROWS:
            row_kind = RowKind.TOTAL if item == "total" else RowKind.SUBTOTAL if item == "vehicle" else RowKind.ITEM
            row_values = {k.key: values[item].get(k.key) for k in table.columns}
            table.rows.append(Row(label=label, code=item, kind=row_kind, values=row_values, location=location,
                                  compared=compared_rows[item]))
        names = {"prior": "上年数", "change": "增减额", "rate": "增减率"}
        table.compared_columns = [Column(key=k, label=names[k]) for k in names
                                  if any(k in r.compared for r in table.rows)]


def _comparison_value(text: str) -> Decimal | None:
    """A change or a rate as printed ("-124.68", "22%", "—"); None when blank, a placeholder or no number."""
    try:
        return amount(text.strip().rstrip("%％"))
    except AmountError:
        return None


def _compared(texts: list[str], columns: list[tuple[int, str, int]]) -> dict[str, Decimal | None]:
    """Row.compared from a row's cells: each comparison column's value, signed (a "减少额" column's
    decrease printed positive is negative)."""
    out: dict[str, Decimal | None] = {}
    for c, k, sign in columns:
        v = _comparison_value(texts[c] if c < len(texts) else "")
        if out.get(k) is None:
            out[k] = v * sign if v else v  # (a zero stays 0, not −0)
    return out


class _ExpenditureLabels:
    """Expenditure side of 表1/表4: "201 一般公共服务支出", "一、一般公共服务支出", totals, 结转."""

    _PARTS = (("一般公共预算", "general"), ("政府性基金", "fund"), ("国有资本经营", "soe"))

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.prefix = ""

    def __call__(self, label: str) -> tuple[str | None, RowKind, str]:
        """(code, kind, label without its code)."""
        code, rest = leading_code(label)
        if code:
            return code, RowKind.SUBTOTAL, clean(rest)
        special = expenditure_special(label)
        if special is not None:
            if special[0] == "carryover_end":
                self.prefix = "carryover_end_"
            return special[0], special[1], label
        b = bare(label)
        if self.prefix:
            for word, short in self._PARTS:
                if b.startswith(word):
                    return self.prefix + short, RowKind.ITEM, label
        found = class_by_name(self.catalog, b)
        if found:
            return found, RowKind.SUBTOTAL, label
        return None, RowKind.ITEM, label
