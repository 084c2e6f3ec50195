"""Disclosure: the published document — its tables and its text — the pivot type of Yusuan.

Readers of published documents produce it, `derive` produces it from budget data, rules and
writers consume it. A disclosure read from a PDF may disagree with itself; nothing here
enforces consistency (that is what the rules report). Tables are kept generic — rows of
amounts under canonical column keys — so that one model carries the layouts of every province.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator

from yusuan.model.budget import (
    Assets,
    BudgetUnit,
    Corrections,
    DocumentKind,
    PerformanceTargets,
    Procurement,
    Staffing,
)
from yusuan.model.profile import DocumentProfile
from yusuan.money import MoneyUnit


class TableId(StrEnum):
    """Canonical tables of the national template; titles and aliases per layout family in model/layouts.py."""

    T1 = "T1"  # 部门收支总体情况表
    T2 = "T2"  # 部门收入总体情况表
    T3 = "T3"  # 部门支出总体情况表
    T4 = "T4"  # 财政拨款收支总体情况表
    T5 = "T5"  # 一般公共预算支出情况表
    T6 = "T6"  # 一般公共预算基本支出情况表
    T7 = "T7"  # 一般公共预算项目支出情况表
    T8 = "T8"  # 政府性基金预算支出情况表
    T9 = "T9"  # 国有资本经营预算支出情况表
    T10 = "T10"  # 财政拨款“三公”经费支出情况表


class Location(BaseModel):
    """Where a value stands in its source; every field optional."""

    model_config = ConfigDict(extra="forbid")

    file: str | None = None
    page: int | None = None
    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    box: tuple[float, float, float, float] | None = None


def _trusted_locations():
    """A maker of Locations from values a reader made itself (ints and strings of the right types),
    without validation: a published table has thousands of cells, each with its Location, and
    validation was most of their cost. It sets what `BaseModel.model_construct` sets (which, in
    pydantic 2, is slower than validating so small a model); if this pydantic's models are made
    otherwise — the check below — it is the validating constructor."""
    empty = dict.fromkeys(Location.model_fields)
    new, put = Location.__new__, object.__setattr__

    def location(**values) -> Location:
        made = new(Location)
        fields = empty.copy()
        fields.update(values)
        put(made, "__dict__", fields)
        put(made, "__pydantic_fields_set__", set(values))
        put(made, "__pydantic_extra__", None)
        put(made, "__pydantic_private__", None)
        return made

    sample = {"file": "a.txt", "page": 2, "line": 3, "column": "4"}
    try:
        made, valid = location(**sample), Location(**sample)
        same = (made == valid and made.model_dump_json() == valid.model_dump_json()
                and made.model_fields_set == valid.model_fields_set and made.model_copy(update={"row": 1}).row == 1)
    except Exception:  # noqa: BLE001 — any difference means: validate
        same = False
    return location if same else Location


trusted_location = _trusted_locations()


class RowKind(StrEnum):
    ITEM = "item"
    SUBTOTAL = "subtotal"
    TOTAL = "total"


class Side(StrEnum):
    INCOME = "income"
    EXPENDITURE = "expenditure"


class Column(BaseModel):
    key: str  # canonical key: total, basic, project, personnel, public, a FundingSource, an economic 类 …
    label: str  # header as printed


class Row(BaseModel):
    label: str
    code: str | None = None  # whole classification code (2010101, 30101) or an IncomeRow id on T1/T4
    kind: RowKind = RowKind.ITEM
    side: Side | None = None  # for two-sided tables (T1, T4)
    project: str | None = None  # T7: the project's name
    values: dict[str, Decimal | None] = Field(default_factory=dict)
    location: Location | None = None
    # what a published table compares the row's figure with, keys of `COMPARED` ("2022年预算数 | 2023年预算数
    # | 增减 | 增减率"): read from a page, never built; the year's own figures stay in `values`
    compared: dict[str, Decimal | None] = Field(default_factory=dict)

    def value(self, key: str) -> Decimal | None:
        return self.values.get(key)


# Row.compared's keys: the figure of the year compared with (`total` is compared with it), the change
# (total − prior, as printed) and the rate of change in per cent of the prior figure
COMPARED = ("prior", "change", "rate")


class Table(BaseModel):
    id: TableId | None  # None: a table not (yet) mapped to the canonical set
    title: str
    unit: MoneyUnit = MoneyUnit.WAN
    department: str | None = None  # 编制部门
    columns: list[Column] = Field(default_factory=list)
    rows: list[Row] = Field(default_factory=list)
    note: str | None = None  # 备注, e.g. for an empty table
    compared_columns: list[Column] = Field(default_factory=list)  # the headers of Row.compared, as printed
    location: Location | None = None
    cut_off: bool = False  # the document stops inside the table: its last rows (and its 合计) are not there

    def rows_on(self, side: Side | None) -> list[Row]:
        return [r for r in self.rows if r.side == side]

    def total_row(self, side: Side | None = None) -> Row | None:
        return next((r for r in self.rows if r.kind == RowKind.TOTAL and r.side == side), None)

    def find(self, code: str, side: Side | None = None) -> Row | None:
        return next((r for r in self.rows if r.code == code and r.side == side), None)


class Paragraph(BaseModel):
    text: str
    location: Location | None = None


class Section(BaseModel):
    """A text section, identified by its place in the template (e.g. "3.10" for 第三部分 十)."""

    key: str
    heading: str
    paragraphs: list[Paragraph] = Field(default_factory=list)


class Overview(BaseModel):
    duties: str = ""
    institutions: list[str] = Field(default_factory=list)
    budget_units: list[BudgetUnit] = Field(default_factory=list,
                                           validation_alias=AliasChoices("budget_units", "units"))  # "units" before
    staffing: Staffing | None = None


class ProjectTargets(BaseModel):
    """A published 项目支出绩效目标表 with the project it belongs to."""

    project: str
    budget_unit: str | None = Field(None, validation_alias=AliasChoices("budget_unit", "unit"))  # 预算单位; "unit" before
    person_in_charge: str | None = None
    targets: PerformanceTargets
    location: Location | None = None


class ReadingNote(BaseModel):
    """Something a reader could not read, or had to repair, in a published document: the one note
    type of extraction (`extract_file`'s findings) and of the pivot (`Disclosure.reading_notes`)."""

    code: str  # stable identifier, e.g. "code.recovered", "table.no_grid" (see docs/architecture.md, Extract)
    message: str  # Chinese, for the user
    location: Location | None = None

    def where(self) -> str:
        """The place in Chinese ("第3页", "工作表“收支总表”第12行"), or "" when unknown."""
        from yusuan.model.location_text import describe_location

        return describe_location(self.location)

    def __str__(self) -> str:
        place = self.where()
        return f"{place}：{self.message}" if place else self.message

    def as_dict(self) -> dict:
        """The JSON form of `yusuan extract`'s findings (code, message, location or null)."""
        return {"code": self.code, "message": self.message,
                "location": self.location.model_dump(exclude_none=True) if self.location else None}


class Statements(BaseModel):
    """Figures the template states in text rather than tables (第三部分 十一)."""

    operating_costs: Decimal | None = None
    operating_costs_prior: Decimal | None = None
    procurement: Procurement | None = None
    assets: Assets | None = None


class Disclosure(BaseModel):
    department: str
    year: int
    kind: DocumentKind = DocumentKind.BUDGET
    unit: MoneyUnit = MoneyUnit.WAN  # unit of the text; each table carries its own
    source: str | None = None  # file it was read from, or "data:<file>" when derived
    overview: Overview | None = None
    tables: list[Table] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    statements: Statements = Field(default_factory=Statements)
    performance: list[ProjectTargets] = Field(default_factory=list)
    reading_notes: list[ReadingNote] = Field(default_factory=list)  # set when read from a publication
    # the lines above the text that title it ("某州本级2021年度“三公”经费决算支出情况说明"), as printed: no section
    # holds them, and a year or a placeholder left in them is an error of the page (set by the reader)
    title_lines: list[str] = Field(default_factory=list)
    corrections: Corrections | None = None  # where the data deliberately differs from a publication
    # What the document is (kind, scope, extent, layout family): set by the reader; a disclosure made
    # without one (derived from budget data, built by hand) is a whole national-template document.
    profile: DocumentProfile | None = None

    @model_validator(mode="after")
    def _default_profile(self) -> Disclosure:
        if self.profile is None:
            self.profile = DocumentProfile(kind=self.kind)
        elif self.profile.kind != self.kind:
            self.kind = self.profile.kind  # one kind: the profile's is the detected one
        return self

    @property
    def whole(self) -> bool:
        """A whole disclosure (not a part: a “三公” page, an excerpt of the explanations …)."""
        return self.profile is None or self.profile.whole

    def table(self, table_id: TableId) -> Table | None:
        return next((t for t in self.tables if t.id == table_id), None)
