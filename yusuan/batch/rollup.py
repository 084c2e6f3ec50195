"""Roll-ups of a batch: unit → department → government (`yusuan batch --rollup`).

A department's figure is its own document's (the one that names the department itself), or,
when the batch holds no such document, the sum of its units' documents (documents listed under
the department, e.g. by a listing's `department` column). A government's figure is the sum of
its departments'. Figures rolled up: spending by 类 (`by_class.*`), 三公 (`three_public.*`),
机关运行经费 (`operating_costs`) and the totals; findings are counted per department by severity.
Amounts are 万元, exact (decimal128(24,6)). Written to OUT/rollup/{departments,governments,findings}.parquet.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa

from yusuan.batch.dataset import read_table, write_parquet
from yusuan.batch.schema import DECIMAL

ROLLED = ("by_class.", "three_public.", "operating_costs", "expenditure_total", "income_total", "basic", "project")
LEVEL = pa.schema([("year", pa.int32()), ("kind", pa.string()), ("government", pa.string()),
                   ("department", pa.string()), ("key", pa.string()), ("value", DECIMAL), ("documents", pa.int32())])
FINDINGS = pa.schema([("year", pa.int32()), ("kind", pa.string()), ("government", pa.string()),
                      ("department", pa.string()), ("documents", pa.int32()), ("error", pa.int32()),
                      ("warning", pa.int32()), ("notice", pa.int32())])


def rolled(key: str) -> bool:
    return key.startswith(ROLLED[:2]) or key in ROLLED[2:]


def rollups(out: Path) -> dict[str, list[dict[str, Any]]]:
    docs = [d for d in read_table(out, "documents", ["sha256", "government", "department", "document_department",
                                                     "read_status", "year", "kind"]).to_pylist()
            if d["read_status"] == "ok"]
    values: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for f in read_table(out, "figures", ["sha256", "key", "value", "unit"]).to_pylist():
        if f["unit"] == "万元" and rolled(f["key"]) and f["value"] is not None:
            values[f["sha256"]][f["key"]] = f["value"]
    severities: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    findings = read_table(out, "findings", ["sha256", "severity"])
    for g in findings.group_by(["sha256", "severity"]).aggregate([([], "count_all")]).to_pylist():
        severities[g["sha256"]][g["severity"]] += g["count_all"]
    departments: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        departments[(d["year"], d["kind"], d["government"], d["department"])].append(d)
    dept_rows, finding_rows = [], []
    governments: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for (year, kind, government, department), members in sorted(departments.items(), key=lambda kv: str(kv[0])):
        own = [d for d in members if d["document_department"] == department]
        counted = own or members
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for d in counted:
            for key, value in values[d["sha256"]].items():
                totals[key] += value
        for key, value in sorted(totals.items()):
            dept_rows.append({"year": year, "kind": kind, "government": government, "department": department,
                              "key": key, "value": value, "documents": len(counted)})
            governments[(year, kind, government)][key].append(value)
        sev = defaultdict(int)
        for d in members:
            for s, n in severities[d["sha256"]].items():
                sev[s] += n
        finding_rows.append({"year": year, "kind": kind, "government": government, "department": department,
                             "documents": len(members), "error": sev["error"], "warning": sev["warning"],
                             "notice": sev["notice"]})
    gov_rows = [{"year": year, "kind": kind, "government": government, "department": None, "key": key,
                 "value": sum(vs, Decimal(0)), "documents": len(vs)}
                for (year, kind, government), keys in sorted(governments.items(), key=lambda kv: str(kv[0]))
                for key, vs in sorted(keys.items())]
    return {"departments": dept_rows, "governments": gov_rows, "findings": finding_rows}


def write_rollups(out: Path) -> dict[str, list[dict[str, Any]]]:
    result = rollups(out)
    for name, rows in result.items():
        write_parquet(Path(out) / "rollup" / f"{name}.parquet",
                      pa.Table.from_pylist(rows, schema=FINDINGS if name == "findings" else LEVEL))
    return result
