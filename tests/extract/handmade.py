"""Published documents written by hand in the tests (python-docx, openpyxl, plain HTML) in a layout
other than Yusuan's own writers use: 类/款/项 in three columns under a merged 科目编码, a merged
科目名称 spanning two header rows, side headers over 表1/表4, and, optionally, tables in 元."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from yusuan.model.disclosure import Disclosure, Row, RowKind, Side, Table, TableId
from yusuan.money import MoneyUnit, convert, round2

Head = list[list[tuple[str, int, int]]]  # header rows of (text, colspan, rowspan)


def _amount(table: Table, value: Decimal | None, unit: MoneyUnit) -> str:
    if value is None:
        return ""
    return f"{round2(convert(value, table.unit, unit)):.2f}"


def layout(table: Table, unit: MoneyUnit) -> tuple[Head, list[list[str]]]:
    labels = [c.label for c in table.columns]
    keys = [c.key for c in table.columns]
    if table.id in (TableId.T1, TableId.T4):
        income, spent = table.rows_on(Side.INCOME), table.rows_on(Side.EXPENDITURE)
        n_in = 1
        n_out = len(keys)
        head: Head = [[("收入" if table.id == TableId.T1 else "财政拨款收入", 1 + n_in, 1),
                       ("支出" if table.id == TableId.T1 else "财政拨款支出", 1 + n_out, 1)],
                      [("项目", 1, 1), (labels[0], 1, 1), ("功能分类", 1, 1), *((lab, 1, 1) for lab in labels)]]
        body = []
        for i in range(max(len(income), len(spent))):
            a: Row | None = income[i] if i < len(income) else None
            b: Row | None = spent[i] if i < len(spent) else None
            left = [a.label, _amount(table, a.value(keys[0]), unit)] if a else ["", ""]
            name = (f"{b.code} {b.label}" if b and b.code and b.code.isdigit() else b.label) if b else ""
            right = [name, *(_amount(table, b.value(k), unit) for k in keys)] if b else [""] * (1 + n_out)
            body.append(left + right)
        return head, body
    if table.id == TableId.T10:
        head = [[("项目", 1, 2), (labels[0], 1, 2), ("资金来源", len(labels) - 1, 1)],
                [(lab, 1, 1) for lab in labels[1:]]]
        return head, [[r.label, *(_amount(table, r.value(k), unit) for k in keys)] for r in table.rows]
    parts = 2 if table.id == TableId.T6 else 3
    extra = [("项目名称", 1, 2)] if table.id == TableId.T7 else []
    head = [[("科目编码", parts, 1), ("科目名称", 1, 2), *extra, *((lab, 1, 2) for lab in labels)],
            [(p, 1, 1) for p in ("类", "款", "项")[:parts]]]
    body = []
    for r in table.rows:
        code = r.code or ""
        split = [code[:3], code[3:5], code[5:7]][:parts] if r.kind != RowKind.TOTAL else [""] * parts
        name = r.label if r.kind != RowKind.TOTAL else "合计"
        project = [r.project or ""] if table.id == TableId.T7 else []
        body.append([*split, name, *project, *(_amount(table, r.value(k), unit) for k in keys)])
    return head, body


def _lines(d: Disclosure) -> list[str]:
    s = d.overview.staffing
    return [f"{d.department}{d.year}年部门预算公开", "第一部分 概况", "二、机构设置及人员情况",
            f"本部门编制数{s.authorized}，实有人数{s.actual}人。", f"第二部分 {d.year}年部门预算公开表"]


def html(d: Disclosure, unit: MoneyUnit = MoneyUnit.WAN) -> str:
    out = ["<html><head><meta charset='utf-8'></head><body><div class='content'>"]
    out += [f"<p>{escape(line)}</p>" for line in _lines(d)]
    for t in d.tables:
        head, body = layout(t, unit)
        out.append(f"<h3>{escape(t.title)}</h3><div>编制部门：{escape(d.department)}</div>"
                   f"<div style='text-align:right'>单位：{unit.value}</div><table border='1'>")
        for row in head:
            out.append("<tr>" + "".join(f"<th colspan='{c}' rowspan='{r}'>{escape(x)}</th>" for x, c, r in row)
                       + "</tr>")
        for row in body:
            out.append("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in row) + "</tr>")
        out.append("</table>")
    out.append("</div></body></html>")
    return "\n".join(out)


def _grid(head: Head, body: list[list[str]]) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Header and body as a full matrix, with the merged ranges (row0, col0, row1, col1)."""
    width = len(body[0]) if body else sum(c for _, c, _ in head[0])
    taken: set[tuple[int, int]] = set()
    matrix = [[""] * width for _ in range(len(head) + len(body))]
    merges = []
    for r, row in enumerate(head):
        c = 0
        for text, cs, rs in row:
            while (r, c) in taken:
                c += 1
            matrix[r][c] = text
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            if cs > 1 or rs > 1:
                merges.append((r, c, r + rs - 1, c + cs - 1))
            c += cs
    for i, row in enumerate(body):
        matrix[len(head) + i][: len(row)] = row
    return matrix, merges


def docx(d: Disclosure, path, unit: MoneyUnit = MoneyUnit.WAN) -> None:
    import docx as python_docx

    doc = python_docx.Document()
    for line in _lines(d):
        doc.add_paragraph(line)
    for t in d.tables:
        head, body = layout(t, unit)
        matrix, merges = _grid(head, body)
        doc.add_paragraph(t.title)
        doc.add_paragraph(f"编制部门：{d.department}\t单位：{unit.value}")
        table = doc.add_table(rows=len(matrix), cols=len(matrix[0]))
        width = len(matrix[0])
        cells = table._cells  # python-docx's table.cell() recomputes this list on every call
        for r, row in enumerate(matrix):
            for c, text in enumerate(row):
                if text:
                    cells[r * width + c].text = text
        for r0, c0, r1, c1 in merges:
            table.cell(r0, c0).merge(table.cell(r1, c1))
    doc.save(path)


def xlsx(d: Disclosure, path, unit: MoneyUnit = MoneyUnit.WAN) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for i, t in enumerate(d.tables, start=1):
        ws = wb.create_sheet(f"表{i}")
        head, body = layout(t, unit)
        matrix, merges = _grid(head, body)
        ws.append([f"{d.year}年{t.title}"])
        ws.append([f"编制部门：{d.department}", None, f"单位：{unit.value}"])
        top = 3
        for r, row in enumerate(matrix):
            for c, text in enumerate(row):
                value: object = text or None
                if r >= len(head) and text and text.replace(".", "").isdigit() and "." in text:
                    value = float(text)  # amounts as numbers, as spreadsheets hold them
                ws.cell(top + r, c + 1, value)
        for r0, c0, r1, c1 in merges:
            ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
    wb.save(path)
