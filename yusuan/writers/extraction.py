"""Writing what `yusuan extract` read: the disclosure with its reading notes as JSON, YAML or a
workbook (with --as-data the budget data goes through the data writers, its notes through
`write_notes`). Registered in `writers/outputs.py`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from yusuan.atomic import write_atomically, write_text_atomically
from yusuan.formats.cells import append_row, sheet_title
from yusuan.model.disclosure import Disclosure, ReadingNote
from yusuan.model.location_text import describe_location

if TYPE_CHECKING:  # the reader's result; writers never import readers at run time
    from yusuan.readers.published.findings import ExtractResult


def payload(result: ExtractResult) -> dict[str, Any]:
    return {
        "disclosure": result.disclosure.model_dump(mode="json", exclude_none=True),
        "findings": [f.as_dict() for f in result.findings],
    }


def render_json(result: ExtractResult) -> str:
    return json.dumps(payload(result), ensure_ascii=False, indent=1) + "\n"


def render_yaml(result: ExtractResult) -> str:
    return yaml.safe_dump(payload(result), allow_unicode=True, sort_keys=False, width=120)


def write_notes(findings: list[ReadingNote], path: Path) -> None:
    """The reading notes alone (`<name>.findings.json` next to an --as-data extraction)."""
    write_text_atomically(path, json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=1) + "\n")


def write_workbook(result: ExtractResult, path: Path) -> None:
    """One sheet per table (as extracted: code, name, project, side, columns), the text, the findings."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    d: Disclosure = result.disclosure
    wb = Workbook()
    ws = wb.active
    ws.title = "概要"
    for label, value in (("部门", d.department), ("年度", d.year), ("类别", d.kind.value), ("来源文件", d.source),
                         ("表格数", len(d.tables)), ("提取问题数", len(result.findings))):
        append_row(ws, [label, value])
    used = {"概要", "文字", "提取问题"}
    for table in d.tables:
        sheet = wb.create_sheet(sheet_title(f"{table.id.value if table.id else '表'} {table.title}", used))
        append_row(sheet, [table.title])
        sheet["A1"].font = Font(bold=True)
        append_row(sheet, [f"单位：{table.unit.value}"] + ([f"编制部门：{table.department}"] if table.department else []))
        keys = [c.key for c in table.columns]
        compared = [c.key for c in table.compared_columns]  # last year's figure, the change, the rate, as printed
        append_row(sheet, ["收支", "编码", "名称", "项目名称", "行类型", *[c.label for c in table.columns],
                           *[c.label for c in table.compared_columns], "页/行"])
        for row in table.rows:
            where = describe_location(row.location)
            append_row(sheet, [row.side.value if row.side else "", row.code or "", row.label, row.project or "",
                          row.kind.value, *[row.values.get(k) for k in keys], *[row.compared.get(k) for k in compared],
                          where])
        if table.note:
            append_row(sheet, [table.note])
    text = wb.create_sheet("文字")
    append_row(text, ["章节", "标题", "段落"])
    for section in d.sections:
        for i, p in enumerate(section.paragraphs or [None]):
            append_row(text, [section.key, section.heading if i == 0 else "", p.text if p else ""])
    problems = wb.create_sheet("提取问题")
    append_row(problems, ["代码", "说明", "位置"])
    for f in result.findings:
        append_row(problems, [f.code, f.message, f.where()])
    write_atomically(path, lambda tmp: wb.save(tmp))
