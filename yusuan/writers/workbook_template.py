"""The Excel input workbook a finance officer fills in (optionally pre-filled from BudgetData).

The layout (sheet names, headers, row labels, drop-down lists) lives in workbook_layout and is
shared with yusuan.readers.workbook, which reads the filled workbook back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from yusuan.atomic import write_atomically
from yusuan.catalog.catalog import Catalog, Scheme, default_catalog
from yusuan.formats.cells import set_value
from yusuan.formats.workbook_layout import (
    CODE_LISTS,
    CODES_SHEET,
    DEPARTMENT,
    ECONOMIC_CLASSES,
    FIRST_DATA_ROW,
    INSTRUCTIONS_SHEET,
    KV_HEADERS,
    KV_WIDTHS,
    LAST_VALIDATED_ROW,
    LISTS,
    NUMBER_FORMATS,
    PROJECTS,
    SHEETS,
    THREE_PUBLIC,
    Kind,
    Sheet,
    Table,
    table_columns,
)
from yusuan.model.budget import BudgetData
from yusuan.model.sources import SOURCE_SPEC, FundingSource

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
SUBTOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
INLINE_LIMIT = 255  # Excel's limit on an inline drop-down list


def write_template(path: Path, data: BudgetData | None = None, catalog: Catalog | None = None,
                   year: int | None = None) -> None:
    """Write the input workbook to `path`, pre-filled from `data` if given."""
    catalog = catalog or default_catalog()
    year = year or (data.department.year if data else None)
    code_year = year or (catalog.editions[-1] if catalog.editions else dt.date.today().year)
    code_lists = _code_lists(catalog, code_year)
    classes = _economic_classes(catalog, code_year, data)

    wb = Workbook()
    _instructions(wb.active, code_year, bool(code_lists["functional_item"]))
    lists = _list_formulas(code_lists)
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet.name)
        _Sheet(ws, sheet, data, lists, classes).write()
    if data is None and year is not None:
        row = next(i for i, kv in enumerate(DEPARTMENT.kv, start=FIRST_DATA_ROW) if kv.path == ("department", "year"))
        wb[DEPARTMENT.name].cell(row, 2, year)
    _codes_sheet(wb.create_sheet(CODES_SHEET), code_lists)
    write_atomically(path, lambda tmp: wb.save(tmp))


def write_data_workbook(data: BudgetData | None, path: Path, *, catalog: Catalog | None = None,
                        year: int | None = None) -> None:
    """The data writer of the registry (`writers/outputs.py`): the workbook, pre-filled from `data`."""
    write_template(path, data, catalog, year)


# -- code lists ------------------------------------------------------------------------------
def _code_lists(catalog: Catalog, year: int) -> dict[str, list[tuple[str, str]]]:
    edition = catalog.nearest_edition(year)  # once: Catalog.get recomputes it per call

    def codes(scheme: Scheme, level: str) -> list[tuple[str, str]]:
        found: dict[str, str] = {}
        for e in catalog.entries:
            if e.scheme == scheme and e.level == level and edition in e.editions:
                found.setdefault(e.code, e.name)
        return sorted(found.items())

    out = {
        "functional_item": codes(Scheme.FUNCTIONAL, "项"),
        "economic_item": codes(Scheme.ECONOMIC, "款"),
        "economic_class": codes(Scheme.ECONOMIC, "类"),
    }
    out.update({name: [(v, "") for v in values] for name, values in LISTS.items()})
    return out


def _economic_classes(catalog: Catalog, year: int, data: BudgetData | None) -> dict[str, str]:
    codes = set(ECONOMIC_CLASSES)
    if data:
        codes |= {c for p in data.projects for c in p.economic}
    return {c: catalog.name_of(c, year) or ECONOMIC_CLASSES.get(c, "") for c in sorted(codes)}


def _list_column(index: int) -> int:
    return 1 + 3 * index  # each list takes code, name and a spacer column


def _list_formulas(code_lists: dict[str, list[tuple[str, str]]]) -> dict[str, str | None]:
    """Drop-down formula per list: inline when short enough, else a range of 代码表; None if empty."""
    out: dict[str, str | None] = {}
    for i, (name, rows) in enumerate(code_lists.items()):
        values = [v for v, _ in rows]
        inline = ",".join(values)
        if not values:
            out[name] = None
        elif len(inline) <= INLINE_LIMIT and name not in CODE_LISTS:
            out[name] = f'"{inline}"'
        else:
            col = get_column_letter(_list_column(i))
            out[name] = f"'{CODES_SHEET}'!${col}${FIRST_DATA_ROW}:${col}${FIRST_DATA_ROW + len(values) - 1}"
    out["project"] = f"'{PROJECTS.name}'!$A${FIRST_DATA_ROW}:$A${LAST_VALIDATED_ROW}"
    return out


def _codes_sheet(ws: Worksheet, code_lists: dict[str, list[tuple[str, str]]]) -> None:
    titles = {**CODE_LISTS, "source": "资金来源", "unit_kind": "单位性质", "comparator": "比较符",
              "doc_kind": "类别", "money_unit": "金额单位", "scope": "预算范围"}
    for i, (name, rows) in enumerate(code_lists.items()):
        col = _list_column(i)
        for c, text in ((col, titles.get(name, name)), (col + 1, "名称")):
            ws.cell(1, c, text).font = HEADER_FONT
        for r, (value, label) in enumerate(rows, start=FIRST_DATA_ROW):
            ws.cell(r, col, value).number_format = "@"
            if label:
                ws.cell(r, col + 1, label)
        ws.column_dimensions[get_column_letter(col)].width = 16
        ws.column_dimensions[get_column_letter(col + 1)].width = 30
    ws.freeze_panes = "A2"
    ws.sheet_state = "hidden"


# -- instructions ----------------------------------------------------------------------------
def _instructions(ws: Worksheet, year: int, have_codes: bool) -> None:
    ws.title = INSTRUCTIONS_SHEET
    code_note = (f"下拉列表为 {year} 年版《政府收支分类科目》（见隐藏工作表「{CODES_SHEET}」，可在 Excel 中取消隐藏查看编码和名称）"
                 if have_codes else "本机的科目目录为空，未设下拉列表，请按《政府收支分类科目》填写")
    lines: list[tuple[str, bool]] = [
        ("部门预算公开基础数据填报工作簿", True),
        ("", False),
        ("一、总体要求", True),
        ("1. 本工作簿用于填报部门预算公开所需的基础数据，各表、各行汇总计算和公开表格由 Yusuan 根据所填数据生成。", False),
        ("2. 各表第1行为列标题，数据从第2行起填写；请勿修改列标题和固定行（收入、三公经费等）A列的名称，也不要删除工作表。", False),
        ("3. 金额单位：所有金额的单位为表「部门信息」中的“金额单位”（留空为万元），保留两位小数；金额单元格只填数字，不要填文字或单位。", False),
        ("4. 金额不能为负数（人员“比上年增加”数可为负数）。", False),
        (f"5. 编码：功能分类编码（7位项级，如 2010101）、经济分类编码（5位款级，如 30101）必须从下拉列表选择，{code_note}。"
         "编码按文本保存，请勿改为数值格式。", False),
        ("6. 资金来源、单位性质、比较符、类别、金额单位、预算范围请从下拉列表选择；资金来源留空视为“一般公共预算”。", False),
        ("7. 可以留空的单元格：各“合计”“金额”（项目）列和收入表的小计行可留空，由明细自动计算；"
         "上年预算数、增减变化原因、科目名称、日期、负责人等说明性内容可留空；不涉及的表可整表留空。"
         "必填的有：部门名称、预算年度；基本支出的编码；项目的名称、编码和各经济分类金额；资金分配的项目名称、事项、金额；"
         "绩效目标的总体目标；绩效指标的三级指标和指标值。", False),
        ("8. 填写的合计、小计会与明细核对：基本支出“合计”须等于人员经费＋公用经费；项目“金额”须等于各经济分类金额之和；"
         "收入小计须等于其下各行之和；三公经费、政府采购合计须等于各项之和。不一致时会指出所在的表、行和列。", False),
        ("9. 空行会被跳过。读取时一次列出全部问题，如：表「项目」第5行 F列（302 商品和服务支出）：不是金额：“十二万”。", False),
        ("", False),
        ("二、各表说明", True),
        *((f"表「{s.name}」：{s.purpose}", False) for s in SHEETS),
    ]
    for r, (text, bold) in enumerate(lines, start=1):
        cell = ws.cell(r, 1, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True, size=14 if r == 1 else 11)
    ws.column_dimensions["A"].width = 120


# -- data sheets -----------------------------------------------------------------------------
def _get(obj: Any, key: Iterable[str]) -> Any:
    for part in key:
        if obj is None:
            return None
        obj = obj.get(part) if isinstance(obj, dict) else getattr(obj, part, None)
    return obj


def _cell_value(value: Any, col_kind: Kind) -> Any:
    if value is None:
        return None
    if isinstance(value, FundingSource):
        return SOURCE_SPEC[value].label
    if isinstance(value, Enum):
        return value.value
    if col_kind in (Kind.TEXT, Kind.CODE, Kind.CHOICE):
        return str(value)
    if col_kind in (Kind.AMOUNT, Kind.NUMBER) and not isinstance(value, Decimal):
        return Decimal(str(value))
    return value


def _table_records(table: Table, data: BudgetData | None) -> list[Any]:
    if data is None:
        return []
    linked = {
        "allocations": [{"project": p.name, **dict(a)} for p in data.projects for a in p.allocations],
        "performance": [{"project": p.name, **dict(p.performance)} for p in data.projects if p.performance],
        "indicators": [{"project": p.name, **dict(i)}
                       for p in data.projects if p.performance for i in p.performance.indicators],
        "budget_units": data.department.budget_units,
        "institutions": data.department.institutions,
        "vehicles": data.assets.vehicles,
        "glossary": [{"term": k, "text": v} for k, v in data.glossary.items()],
        "corrections": data.corrections.items if data.corrections else [],
    }
    return list(linked[table.id] if table.id in linked else getattr(data, table.id))


class _Sheet:
    def __init__(self, ws: Worksheet, sheet: Sheet, data: BudgetData | None, lists: dict[str, str | None],
                 classes: dict[str, str]):
        self.ws, self.sheet, self.data, self.lists, self.classes = ws, sheet, data, lists, classes
        self.validations: dict[tuple[str | None, bool], DataValidation] = {}

    def write(self) -> None:
        if self.sheet.kv:
            self._kv()
        if self.sheet.rows:
            self._fixed_rows()
        for table in self.sheet.tables:
            self._table(table)
        self.ws.freeze_panes = "B2" if self.sheet.rows else "A2"
        for dv in self.validations.values():
            self.ws.add_data_validation(dv)

    def _header(self, col: int, text: str, width: float, note: str = "") -> None:
        cell = self.ws.cell(1, col, text)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if note:
            cell.comment = Comment(note, "Yusuan", width=220, height=80)
        self.ws.column_dimensions[get_column_letter(col)].width = width

    def _put(self, row: int, col: int, value: Any, kind: Kind) -> None:
        cell = set_value(self.ws.cell(row, col), _cell_value(value, kind))
        cell.number_format = NUMBER_FORMATS[kind]
        cell.border = BORDER
        if kind == Kind.TEXT:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    def _validate(self, choices: str | None, ref: str) -> None:
        formula = self.lists.get(choices) if choices else None
        if not formula:
            return
        warn = choices == "project"
        key = (choices, warn)
        if key not in self.validations:
            dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                                errorStyle="warning" if warn else "stop")
            dv.errorTitle = "不在下拉列表中"
            dv.error = ("该项目名称不在表「项目」中" if warn else "请从下拉列表中选择；编码见隐藏工作表「代码表」")
            self.validations[key] = dv
        self.validations[key].add(ref)

    def _kv(self) -> None:
        for i, (text, width) in enumerate(zip(KV_HEADERS, KV_WIDTHS, strict=True), start=1):
            self._header(i, text, width)
        for r, kv in enumerate(self.sheet.kv, start=FIRST_DATA_ROW):
            label = self.ws.cell(r, 1, kv.label)
            label.font, label.border = HEADER_FONT, BORDER
            self._put(r, 2, _get(self.data, kv.path), kv.kind)
            self.ws.cell(r, 3, kv.note).alignment = Alignment(wrap_text=True, vertical="top")
            self._validate(kv.choices, f"B{r}")

    def _fixed_rows(self) -> None:
        self._header(1, self.sheet.label_header, 34)
        for c, col in enumerate(self.sheet.columns, start=2):
            self._header(c, col.header, col.width, col.note)
        for r, fixed in enumerate(self.sheet.rows, start=FIRST_DATA_ROW):
            label = self.ws.cell(r, 1, fixed.label)
            label.alignment = Alignment(indent=fixed.indent)
            label.border = BORDER
            record = _get(self.data, fixed.path)
            for c, col in enumerate(self.sheet.columns, start=2):
                skip = self.sheet is THREE_PUBLIC and not fixed.subtotal and col.key == ("total",)
                self._put(r, c, None if skip else _get(record, col.key), col.kind)
                if fixed.subtotal:
                    self.ws.cell(r, c).fill = SUBTOTAL_FILL
            if fixed.subtotal:
                label.font, label.fill = HEADER_FONT, SUBTOTAL_FILL

    def _table(self, table: Table) -> None:
        columns = table_columns(table, self.classes)
        records = _table_records(table, self.data)
        for c, col in enumerate(columns, start=table.first_col):
            self._header(c, col.header, col.width, col.note)
            letter = get_column_letter(c)
            self.ws.column_dimensions[letter].number_format = NUMBER_FORMATS[col.kind]
            self._validate(col.choices, f"{letter}{FIRST_DATA_ROW}:{letter}{LAST_VALIDATED_ROW}")
            for r, record in enumerate(records, start=FIRST_DATA_ROW):
                self._put(r, c, _get(record, col.key), col.kind)
        # Pre-format the first blank rows so typed codes stay text and amounts show two decimals.
        for r in range(FIRST_DATA_ROW + len(records), FIRST_DATA_ROW + len(records) + 50):
            for c, col in enumerate(columns, start=table.first_col):
                self.ws.cell(r, c).number_format = NUMBER_FORMATS[col.kind]
