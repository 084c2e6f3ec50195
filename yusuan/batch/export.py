"""Open data from a batch dataset: CSV, Parquet (one file a table) and a Fiscal Data Package.

The Fiscal Data Package is `datapackage.json` + `budget-lines.csv`: one line per amount of the
published tables that carry a classification — 表3 (部门支出总体情况表) at 项 level, functional
classification; 表6 (一般公共预算基本支出情况表) at 款 level, economic classification; 表1's income
rows, direction revenue — with the fiscal model (measures: amount in CNY with factor 10000, i.e.
万元; direction expenditure/revenue; phase approved for 预算, executed for 决算; dimensions: fiscal
year, government and department, functional and economic classification). The 表3 and 表6 lines
describe the same spending twice: filter by `table_id` before adding them up. It is validated
with the `frictionless` library as a tabular data package (the fiscal profile's JSON Schema is
fetched from the web by frictionless and is not checked offline; `fiscal_model_problems` checks
that the model names existing columns).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from yusuan.atomic import write_atomically, write_text_atomically
from yusuan.batch.dataset import read_table
from yusuan.batch.schema import TABLES

FORMATS = ("csv", "parquet", "fdp")
LINES = "budget-lines.csv"
LINE_FIELDS = [
    ("fiscal_year", "integer", "预算年度"), ("phase", "string", "阶段：approved 预算 / executed 决算"),
    ("direction", "string", "方向：expenditure 支出 / revenue 收入"), ("government", "string", "政府"),
    ("department", "string", "部门"), ("document", "string", "来源文件的 SHA-256"),
    ("table_id", "string", "来源表：T1 收支总表 / T3 支出总表 / T6 基本支出表"),
    ("functional_code", "string", "支出功能分类科目编码（项）"), ("functional_label", "string", "支出功能分类科目名称"),
    ("economic_code", "string", "部门预算支出经济分类科目编码（款）"), ("economic_label", "string", "经济分类科目名称"),
    ("revenue_item", "string", "收入项目"), ("amount", "number", "金额（万元）"),
]


def _cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text if text != "-0" else "0"
    return value


def write_csv(path: Path, table: pa.Table) -> None:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(table.column_names)
            for batch in table.to_batches(50_000):
                for row in batch.to_pylist():
                    w.writerow([_cell(row[c]) for c in table.column_names])

    write_atomically(path, write)


def export_tables(dataset: Path, target: Path, fmt: str) -> list[Path]:
    """Every table of the dataset as one CSV or Parquet file (partition columns included)."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        table = read_table(dataset, name)
        path = target / f"{name}.{fmt}"
        if fmt == "csv":
            write_csv(path, table)
        else:
            write_atomically(path, lambda tmp, t=table: pq.write_table(t, tmp, compression="zstd"))
        written.append(path)
    return written


def budget_lines(dataset: Path) -> list[dict[str, Any]]:
    docs = {d["sha256"]: d for d in read_table(dataset, "documents", ["sha256", "government", "department",
                                                                       "read_status", "year", "kind"]).to_pylist()
            if d["read_status"] == "ok"}
    rows = read_table(dataset, "table_rows", ["sha256", "table_id", "code", "label", "side", "row_kind", "column",
                                              "value_wan"],
                      filter=pc.field("table_id").isin(["T1", "T3", "T6"]) & pc.field("value_wan").is_valid())
    rows = rows.to_pylist()
    income = {(r["sha256"], r["code"]) for r in rows if r["table_id"] == "T1" and r["side"] == "income"}
    lines = []
    for r in rows:
        d = docs.get(r["sha256"])
        if d is None or r["row_kind"] == "total" or not r["code"]:
            continue
        base = {"fiscal_year": d["year"], "phase": "executed" if d["kind"] == "决算" else "approved",
                "government": d["government"], "department": d["department"], "document": r["sha256"],
                "table_id": r["table_id"], "functional_code": None, "functional_label": None, "economic_code": None,
                "economic_label": None, "revenue_item": None, "amount": r["value_wan"]}
        if r["table_id"] == "T3" and r["column"] == "total" and len(r["code"]) == 7 and r["code"].isdigit():
            lines.append({**base, "direction": "expenditure", "functional_code": r["code"],
                          "functional_label": r["label"]})
        elif r["table_id"] == "T6" and r["column"] == "total" and len(r["code"]) == 5 and r["code"].isdigit():
            lines.append({**base, "direction": "expenditure", "economic_code": r["code"], "economic_label": r["label"]})
        elif (r["table_id"] == "T1" and r["side"] == "income" and r["column"] == "amount"
              and _income_leaf(r["code"], {c for s, c in income if s == r["sha256"]})):
            lines.append({**base, "direction": "revenue", "revenue_item": r["label"]})
    lines.sort(key=lambda x: (x["fiscal_year"] or 0, x["document"], x["table_id"], x["functional_code"] or "",
                              x["economic_code"] or "", x["revenue_item"] or ""))
    return lines


def _income_leaf(code: str, present: set[str]) -> bool:
    """An income row of 表1 whose parts are not printed (so that the revenue lines do not overlap)."""
    from yusuan.model.sources import IncomeRow, income_children

    if code not in IncomeRow.__members__.values():
        return False
    return not any(c.value in present for c in income_children(IncomeRow(code)))


def descriptor(title: str = "部门预算公开数据") -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": "yusuan-budget-lines",
        "title": title,
        "description": "由 Yusuan 从部门预算/决算公开文件中读取并检查的金额（万元）。表3 与表6 的支出是同一笔钱的两种分类，求和前请按 table_id 筛选。",
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0"}],
        "resources": [{
            "name": "budget-lines", "path": LINES, "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8",
            "schema": {"fields": [{"name": n, "type": t, "description": d} for n, t, d in LINE_FIELDS],
                       "missingValues": [""]},
        }],
        "model": {
            "measures": {"amount": {"source": "amount", "currency": "CNY", "factor": 10000,
                                    "title": "金额（万元）"}},
            "dimensions": {
                "date": {"dimensionType": "datetime", "primaryKey": "year",
                         "attributes": {"year": {"source": "fiscal_year"}}},
                "administrative-classification": {
                    "dimensionType": "entity", "primaryKey": ["government", "department"],
                    "attributes": {"government": {"source": "government"}, "department": {"source": "department"}}},
                "functional-classification": {
                    "dimensionType": "classification", "classificationType": "functional", "primaryKey": "code",
                    "attributes": {"code": {"source": "functional_code"},
                                   "label": {"source": "functional_label", "labelfor": "code"}}},
                "economic-classification": {
                    "dimensionType": "classification", "classificationType": "economic", "primaryKey": "code",
                    "attributes": {"code": {"source": "economic_code"},
                                   "label": {"source": "economic_label", "labelfor": "code"}}},
                "revenue-item": {"dimensionType": "classification", "primaryKey": "item",
                                 "attributes": {"item": {"source": "revenue_item"}}},
                "direction": {"dimensionType": "fact", "primaryKey": "direction",
                              "attributes": {"direction": {"source": "direction"}}},
                "phase": {"dimensionType": "fact", "primaryKey": "phase", "attributes": {"phase": {"source": "phase"}}},
                "source-document": {"dimensionType": "fact", "primaryKey": "document",
                                    "attributes": {"document": {"source": "document"},
                                                   "table": {"source": "table_id"}}},
            },
        },
    }


def fiscal_model_problems(package: dict[str, Any]) -> list[str]:
    """Columns the fiscal model names that the resource does not have."""
    columns = {f["name"] for f in package["resources"][0]["schema"]["fields"]}
    model = package["model"]
    sources = [m["source"] for m in model["measures"].values()]
    sources += [a["source"] for d in model["dimensions"].values() for a in d["attributes"].values()]
    return [s for s in sources if s not in columns]


def export_fdp(dataset: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    names = [n for n, _, _ in LINE_FIELDS]
    w.writerow(names)
    for line in budget_lines(dataset):
        w.writerow(["" if line[n] is None else _cell(line[n]) for n in names])
    write_text_atomically(target / LINES, buf.getvalue())
    path = target / "datapackage.json"
    write_text_atomically(path, json.dumps(descriptor(), ensure_ascii=False, indent=2))
    return path


def validate_fdp(path: Path) -> list[str]:
    """Errors frictionless finds in the package and its data, and the model's unknown columns."""
    from frictionless import Package

    package = json.loads(Path(path).read_text(encoding="utf-8"))
    report = Package(str(path)).validate()
    errors = [str(row[0]) for row in report.flatten(["message"])] if not report.valid else []
    return errors + [f"模型引用了不存在的列：{c}" for c in fiscal_model_problems(package)]
