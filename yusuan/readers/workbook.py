"""The Excel input workbook (see yusuan.writers.workbook_template) → BudgetData.

Every problem is collected before anything is raised, and each names the sheet, row and column
it came from: `表「项目」第5行 E列（金额）：不是金额：“十二万”`. Rows are matched by content
(income rows by label, sub-sheets to projects by project name); empty rows are skipped.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from yusuan.catalog.catalog import Catalog
from yusuan.errors import InputError, Problem
from yusuan.formats.workbook_layout import (
    SHEETS,
    THREE_PUBLIC,
    THREE_PUBLIC_PARTS,
    Sheet,
)
from yusuan.limits import LimitExceeded, limit
from yusuan.model.budget import BudgetData
from yusuan.money import ZERO, fmt2
from yusuan.notices import notice
from yusuan.readers.container import check_container
from yusuan.readers.workbook_cells import CellTooLong, ModelPath, Reading, Record, SheetView, nest, set_in
from yusuan.readers.workbook_checks import check, sort_problems

LINK_KEY = ("project",)  # the 项目名称 column of linked sheets: a reference, not a model field
LINKED_TABLES = {"projects", "allocations", "performance", "indicators"}


def read_workbook(path: Path, catalog: Catalog | None = None) -> BudgetData:
    """Read and validate a filled-in input workbook; raise InputError with every problem found."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), [Problem((), "文件不存在", where="文件")])
    wb = _open(path)
    rd = Reading()
    try:
        return _read(path, wb, rd, catalog)
    finally:
        for place, message in rd.notices:
            notice(str(path), place, message)


def _read(path: Path, wb: Workbook, rd: Reading, catalog: Catalog | None) -> BudgetData:
    raw: dict[str, Any] = {"department": {}}
    tables: dict[str, list[Record]] = {}
    missing: set[str] = set()
    for sheet in SHEETS:
        if sheet.name not in wb.sheetnames:
            rd.problem((), "缺少工作表", "按模板保留全部工作表；可重新生成模板后把数据复制过去",
                       f"表「{sheet.name}」")
            tables.update({t.id: [] for t in sheet.tables})
            missing.update(t.id for t in sheet.tables)
            continue
        try:
            view = SheetView(rd, wb[sheet.name], sheet.name, max_chars=limit("cell_chars"))
        except CellTooLong as exc:
            raise LimitExceeded(str(path), "cell_chars", exc.length, exc.place) from None
        if sheet.kv:
            _read_kv(view, sheet, raw)
        if sheet.rows:
            _read_fixed(view, sheet, raw)
        for t in sheet.tables:
            tables[t.id] = view.records(t)
            if view.lost[t.id] & {("name",), LINK_KEY} and t.id in LINKED_TABLES:
                missing.add(t.id)  # rows cannot be matched to projects: the missing header says it all
    _assemble(rd, tables, raw, missing)
    data = check(rd, raw, catalog)
    if rd.problems or data is None:
        raise InputError(str(path), sort_problems(rd.problems))
    return data


def _open(path: Path) -> Workbook:
    """Open the workbook once its container and sheets are within the limits (yusuan.limits)."""
    check_container(path, used_range=False)  # blanks are never walked (SheetView): only content counts
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_workbook(path, data_only=True)
    except Exception:  # not a zip, not a workbook, a damaged file: all mean the same to the user
        raise InputError(str(path), [Problem((), "不是有效的 Excel 工作簿，无法打开",
                                             "用 Excel 或 WPS 保存的 .xlsx 文件（不支持 .xls、.csv）", "文件")]) from None


# -- key/value and fixed-row sheets --------------------------------------------------------
def _read_kv(view: SheetView, sheet: Sheet, raw: dict[str, Any]) -> None:
    rows = view.labels([kv.label for kv in sheet.kv], [2])
    for kv in sheet.kv:
        r = rows.get(kv.label)
        if r is None:
            view.reading.cells[kv.path] = f"表「{view.name}」“{kv.label}”行（该行缺失）"
            continue
        value = view.read(r, 2, kv.kind, kv.choices, kv.path, kv.label)
        if value is not None:
            set_in(raw, kv.path, value)


def _read_fixed(view: SheetView, sheet: Sheet, raw: dict[str, Any]) -> None:
    found = view.find_columns(sheet.columns)
    rows = view.labels([f.label for f in sheet.rows], list(found.values()))
    values: dict[ModelPath, Any] = {}
    for fixed in sheet.rows:
        r = rows.get(fixed.label)
        if r is not None:
            view.reading.cells[fixed.path] = view.place(r)
        for col in sheet.columns:
            path = fixed.path + col.key
            if r is None or col.key not in found:
                view.reading.cells.setdefault(path, f"表「{view.name}」“{fixed.label}”行")
                continue
            header = col.header if col.header == fixed.label else f"{fixed.label}，{col.header}"
            value = view.read(r, found[col.key], col.kind, col.choices, path, header)
            if value is not None:
                values[path] = value
    if sheet is THREE_PUBLIC:
        _three_public(view.reading, values, raw)
    else:
        for path, value in values.items():
            set_in(raw, path, value)


def _typed_sum(rd: Reading, path: ModelPath, what: str, values: dict[ModelPath, Any], parts: list[ModelPath],
               detail: str) -> None:
    """A total typed where the model keeps none: compare it with its parts (unless a part was unreadable)."""
    typed = values.get(path)
    unreadable = {p.path for p in rd.problems}
    if typed is None or any(p in unreadable for p in parts):
        return
    total = sum((values[p] for p in parts if p in values), ZERO)
    if typed != total:
        rd.problem(path, f"{what}填写为 {fmt2(typed)}，与{detail}之和 {fmt2(total)} 不符", f"{fmt2(total)}，或留空",
                   rd.cells.get(path, ""))


def _three_public(rd: Reading, values: dict[ModelPath, Any], raw: dict[str, Any]) -> None:
    """Items go to the model; typed per-item and per-column totals are checked here (the model has no field)."""
    items = [(row.path, row.label) for row in THREE_PUBLIC.rows if row.path != ("three_public",)]
    for item, label in items:
        for key, value in values.items():
            if key[:2] == item and key[2] != "total":
                set_in(raw, key, value)
        _typed_sum(rd, item + ("total",), f"{label}合计", values, [item + (p,) for p in THREE_PUBLIC_PARTS],
                   "三种资金")
    for field in ("total", "reason"):
        if ("three_public", field) in values:
            set_in(raw, ("three_public", field), values[("three_public", field)])
    for col in THREE_PUBLIC.columns:
        if col.key[0] in (*THREE_PUBLIC_PARTS, "prior"):
            _typed_sum(rd, ("three_public",) + col.key, f"合计行的{col.header}", values,
                       [item + col.key for item, _ in items], "各项")


# -- list tables ---------------------------------------------------------------------------


def _attach(rd: Reading, rec: Record, path: ModelPath) -> Any:
    """Register where the record's values came from under `path`; report its conversion errors."""
    rd.cells[path] = rec.place
    for key, place in rec.places.items():
        rd.cells[path + key] = place
    for key, message, expected in rec.errors:
        rd.problem(path + key, message, expected, rec.places[key])
    return nest({k: v for k, v in rec.values.items() if k != LINK_KEY})


def _list(rd: Reading, records: list[Record], base: ModelPath) -> list[Any]:
    return [_attach(rd, rec, base + (i,)) for i, rec in enumerate(records)]


def _assemble(rd: Reading, tables: dict[str, list[Record]], raw: dict[str, Any], missing: set[str]) -> None:
    """Lists into the raw data; `missing` holds the ids of tables whose sheet is missing."""
    dept = raw["department"]
    dept["units"] = _list(rd, tables["units"], ("department", "units"))
    dept["institutions"] = _list(rd, tables["institutions"], ("department", "institutions"))
    for section in ("basic_expenditure", "item_priors", "basic_economic", "other_notes"):
        raw[section] = _list(rd, tables[section], (section,))
    raw.setdefault("assets", {})["vehicles"] = _list(rd, tables["vehicles"], ("assets", "vehicles"))
    raw["glossary"] = _glossary(rd, tables["glossary"])
    projects, index = _projects(rd, tables["projects"])
    raw["projects"] = projects
    _linked(rd, tables, projects, index, missing)


def _glossary(rd: Reading, records: list[Record]) -> dict[str, str]:
    out: dict[str, str] = {}
    for rec in records:
        term, text = rec.values.get(("term",)), rec.values.get(("text",))
        if term is None:
            rd.problem(("glossary",), "名词未填写", "名词和解释都要填写", rec.places.get(("term",), rec.place))
        elif term in out:
            rd.problem(("glossary", term), f"名词“{term}”重复", "每个名词只填一行", rec.places[("term",)])
        else:
            rd.cells[("glossary", term)] = rec.places.get(("text",), rec.place)
            out[term] = text or ""
    return out


def _projects(rd: Reading, records: list[Record]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    projects: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    first_row: dict[str, int] = {}
    for i, rec in enumerate(records):
        project = _attach(rd, rec, ("projects", i))
        projects.append(project)
        name = project.get("name")
        if name in index:
            rd.problem(("projects", i, "name"), f"项目名称“{name}”重复（与第{first_row[name]}行相同）",
                       "每个项目名称只出现一次（资金分配、绩效表按名称对应项目）", rec.places[("name",)])
        elif name:
            index[name], first_row[name] = i, rec.row
    return projects, index


class _Links:
    """Finds the project a 资金分配/绩效 row names; an unknown name is reported once per sheet."""

    def __init__(self, rd: Reading, index: dict[str, int], enabled: bool):
        self.rd, self.index, self.enabled = rd, index, enabled
        self.unknown: dict[tuple[str, str], list[Record]] = {}

    def project_of(self, rec: Record, sheet: str) -> int | None:
        name = rec.values.get(LINK_KEY)
        if name is None:
            self.rd.problem((), "未填写项目名称", "表「项目」中的项目名称", rec.places.get(LINK_KEY, rec.place))
        elif name in self.index:
            return self.index[name]
        elif self.enabled:
            self.unknown.setdefault((sheet, name), []).append(rec)
        return None

    def report(self) -> None:
        for (_, name), recs in self.unknown.items():
            self.rd.problem((), f"项目“{name}”不在表「项目」中{_more(recs)}", "表「项目」中已有的项目名称",
                            recs[0].places[LINK_KEY])


def _linked(rd: Reading, tables: dict[str, list[Record]], projects: list[dict[str, Any]],
            index: dict[str, int], missing: set[str]) -> None:
    """资金分配, 绩效目标 and 绩效指标 rows, attached to their projects by name."""
    links = _Links(rd, index, "projects" not in missing)
    for rec in [] if "allocations" in missing else tables["allocations"]:
        if (i := links.project_of(rec, "项目资金分配")) is None:
            _orphan(rd, rec)
            continue
        allocations = projects[i].setdefault("allocations", [])
        allocations.append(_attach(rd, rec, ("projects", i, "allocations", len(allocations))))
    target_rows: dict[int, int] = {}
    for rec in [] if "performance" in missing else tables["performance"]:
        if (i := links.project_of(rec, "绩效目标")) is None or i in target_rows:
            if i is not None:
                rd.problem((), f"项目“{projects[i]['name']}”的绩效目标重复（另见第{target_rows[i]}行）",
                           "每个项目只填一行绩效目标", rec.places[LINK_KEY])
            _orphan(rd, rec)
            continue
        target_rows[i] = rec.row
        projects[i]["performance"] = _attach(rd, rec, ("projects", i, "performance"))
    no_targets: dict[int, list[Record]] = {}
    for rec in [] if "indicators" in missing else tables["indicators"]:
        if (i := links.project_of(rec, "绩效指标")) is None or i not in target_rows:
            if i is not None:
                no_targets.setdefault(i, []).append(rec)
            _orphan(rd, rec)
            continue
        indicators = projects[i]["performance"].setdefault("indicators", [])
        indicators.append(_attach(rd, rec, ("projects", i, "performance", "indicators", len(indicators))))
    links.report()
    if "performance" not in missing:
        for i, recs in no_targets.items():
            rd.problem((), f"项目“{projects[i]['name']}”在表「绩效目标」中没有对应行{_more(recs)}",
                       "先在表「绩效目标」填写该项目的总体目标", recs[0].places[LINK_KEY])


def _orphan(rd: Reading, rec: Record) -> None:
    """Conversion errors of a row that could not be attached to a project are still reported."""
    for key, message, expected in rec.errors:
        rd.problem((), message, expected, rec.places[key])


def _more(recs: list[Record]) -> str:
    return f"（同一项目另见第{'、'.join(str(r.row) for r in recs[1:])}行）" if len(recs) > 1 else ""
