"""Downloads: any list as CSV, XLSX or JSON; the whole store as Parquet, one file a table (PyArrow)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, select

from yusuan.store.queries import jsonable
from yusuan.store.schema import Base

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "json": "application/json"}


def flatten(rows: Iterable[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of plain cells: nested values become JSON text, a nested dict's keys `a.b`."""
    flat: list[dict[str, Any]] = []
    for row in rows:
        cells: dict[str, Any] = {}
        for key, value in jsonable(row).items():
            if isinstance(value, dict) and all(not isinstance(v, dict | list) for v in value.values()):
                cells.update({f"{key}.{k}": v for k, v in value.items()})
            elif isinstance(value, dict | list):
                cells[key] = json.dumps(value, ensure_ascii=False)
            else:
                cells[key] = value
        flat.append(cells)
    columns: list[str] = []
    for cells in flat:
        columns += [c for c in cells if c not in columns]
    return columns, [[cells.get(c) for c in columns] for cells in flat]


def to_csv(rows: Iterable[dict[str, Any]]) -> bytes:
    columns, body = flatten(rows)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for r in body:  # a cell that a spreadsheet would read as a formula is prefixed, never evaluated
        writer.writerow(["'" + c if isinstance(c, str) and c[:1] in ("=", "+", "-", "@") and not _number(c) else c
                         for c in r])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel opens UTF-8 Chinese correctly


def _number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def to_xlsx(rows: Iterable[dict[str, Any]], title: str = "数据") -> bytes:
    from openpyxl import Workbook

    columns, body = flatten(rows)
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(columns)
    for r in body:
        ws.append(r)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text stays text, never a formula
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_json(rows: Iterable[dict[str, Any]]) -> bytes:
    return json.dumps(jsonable(list(rows)), ensure_ascii=False, indent=1).encode("utf-8")


def render(rows: list[dict[str, Any]], fmt: str, title: str = "数据") -> bytes:
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "xlsx":
        return to_xlsx(rows, title)
    return to_json(rows)


def parquet_zip(engine: Engine, *, with_content: bool = False) -> bytes:
    """Every table of the store as `<table>.parquet` in one zip (source files only if asked)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as archive, engine.connect() as conn:
        for name, table in sorted(Base.metadata.tables.items()):
            columns = [c for c in table.columns if with_content or name != "blobs" or c.name != "content"]
            result = conn.execute(select(*columns))
            names = list(result.keys())
            data: dict[str, list[Any]] = {n: [] for n in names}
            for row in result:
                for n, v in zip(names, row, strict=True):
                    if isinstance(v, dict | list):
                        v = json.dumps(jsonable(v), ensure_ascii=False)
                    data[n].append(v)
            arrow = pa.table({n: pa.array(vs) if vs else pa.array([], type=pa.string()) for n, vs in data.items()})
            out = io.BytesIO()
            pq.write_table(arrow, out)
            archive.writestr(f"{name}.parquet", out.getvalue())
    return buf.getvalue()
