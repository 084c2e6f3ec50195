"""Read the ten tables back out of each built format, as rows of cell texts per table id ("T1" …).

Every reader returns the body rows (no header rows) in printed order: HTML through the standard
library's parser, DOCX through python-docx (header rows are the ones marked to repeat), XLSX
through openpyxl with SUM formulas evaluated, PDF through PyMuPDF's table finder on the page
that carries the table's number and title.
"""

from __future__ import annotations

import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

from yusuan.model.disclosure import TableId
from yusuan.model.layouts import TABLE_TITLES
from yusuan.money import fmt2, parse_amount

Rows = list[list[str]]
TITLE_TO_ID = {title: tid.value for tid, title in TABLE_TITLES.items()}


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables: dict[str, Rows] = {}
        self.current: str | None = None
        self.in_body = False
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("data-table", "").startswith("T"):
            self.current = a["data-table"]
            self.tables[self.current] = []
        elif tag == "tbody" and self.current:
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:  # a row's label is its row header (th)
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.row is not None and self.current:
            self.tables[self.current].append(self.row)
            self.row = None
        elif tag == "tbody":
            self.in_body = False
        elif tag == "table":
            self.current = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def html_tables(path: Path) -> dict[str, Rows]:
    parser = _Tables()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    return parser.tables


def docx_tables(path: Path) -> dict[str, Rows]:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(path))
    out: dict[str, Rows] = {}
    title = None
    body = doc.element.body
    paragraphs = {p._p: p for p in doc.paragraphs}
    tables = {t._tbl: t for t in doc.tables}
    for el in body.iterchildren():
        if el in paragraphs:
            text = paragraphs[el].text.strip()
            if text in TITLE_TO_ID:
                title = text
        elif el in tables and title:
            rows = []
            for row in tables[el].rows:
                trpr = row._tr.trPr
                if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
                    continue
                rows.append([c.text for c in row.cells])
            out[TITLE_TO_ID[title]] = rows
            title = None
    return out


def _evaluate(ws, value, depth: int = 0):
    """The value of a cell: literal, or a SUM formula evaluated over the sheet."""
    if not (isinstance(value, str) and value.startswith("=")):
        return value
    m = re.fullmatch(r"=SUM\((.*)\)", value)
    assert m and depth < 20, f"unexpected formula {value}"
    total = Decimal(0)
    for ref in m.group(1).split(","):
        cells = ws[ref] if ":" in ref else ((ws[ref],),)
        for line in cells:
            for c in line:
                v = _evaluate(ws, c.value, depth + 1)
                total += parse_amount(v) or 0
    return total


def xlsx_tables(path: Path) -> dict[str, Rows]:
    from openpyxl import load_workbook

    wb = load_workbook(str(path))
    out: dict[str, Rows] = {}
    for ws in wb.worksheets:
        m = re.match(r"表(\d+) ", ws.title)
        if not m:
            continue
        first_body = int(ws.print_title_rows.split(":")[-1].lstrip("$")) + 1
        rows = []
        for line in ws.iter_rows(min_row=first_body, max_row=ws.max_row):
            if line[0].value and str(line[0].value).startswith("备注"):
                break
            values = []
            for c in line:
                v = _evaluate(ws, c.value)
                if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                    v = fmt2(parse_amount(v)) if parse_amount(v) else ""
                values.append("" if v is None else str(v))
            if any(values):
                rows.append(values)
        out[f"T{m.group(1)}"] = rows
    return out


def pdf_tables(path: Path) -> dict[str, Rows]:
    import pymupdf

    out: dict[str, Rows] = {}
    with pymupdf.open(str(path)) as doc:
        for page in doc:
            text = page.get_text()
            m = re.search(r"(?:^|\n)表(\d+)\n(.+)\n", text)
            if not m or m.group(2).strip() not in TITLE_TO_ID:
                continue
            key = TITLE_TO_ID[m.group(2).strip()]
            rows = out.setdefault(key, [])
            for table in page.find_tables().tables:
                for r in table.extract():
                    rows.append([(c or "").replace("\n", "") for c in r])
    return out


READERS = {"html": html_tables, "docx": docx_tables, "xlsx": xlsx_tables, "pdf": pdf_tables}
TABLE_IDS = [t.value for t in TableId]
