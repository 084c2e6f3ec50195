"""Roll-ups, exports (CSV, Parquet, Fiscal Data Package validated by frictionless), the DuckDB and
pandas example of docs/scale.md, and `yusuan synth --documents`."""

from __future__ import annotations

import csv
import json
import re
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from yusuan.batch.dataset import read_table
from yusuan.batch.export import export_fdp, export_tables, validate_fdp
from yusuan.batch.rollup import write_rollups
from yusuan.batch.runner import Options, run_batch
from yusuan.synth.documents import read_truth, write_documents

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dataset(docs, tmp_path) -> Path:
    listing = tmp_path / "listing.csv"
    listing.write_text("path,government,department,year\n"
                       f"{docs / 'doc-000000.txt'},某市,甲部门,\n"
                       f"{docs / 'doc-000001.html'},某市,甲部门,\n"
                       f"{docs / 'seed.txt'},某市,,\n"
                       f"{docs / 'corrupt.pdf'},某市,乙部门,2024\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([listing], out, Options(jobs=2))
    return out


def test_rollup_units_departments_government(dataset):
    r = write_rollups(dataset)
    docs = {d["department"] or d["document_department"]: d for d in read_table(dataset, "documents").to_pylist()}
    figures = {(f["sha256"], f["key"]): f["value"] for f in read_table(dataset, "figures").to_pylist()}
    units = [d for d in read_table(dataset, "documents").to_pylist() if d["department"] == "甲部门"]
    assert len(units) == 2
    dept = {(x["department"], x["key"]): x for x in r["departments"]}
    for key in ("expenditure_total", "three_public.total", "operating_costs"):
        expected = sum((figures.get((u["sha256"], key), Decimal(0)) for u in units), Decimal(0))
        assert dept[("甲部门", key)]["value"] == expected and dept[("甲部门", key)]["documents"] == 2
    seed = docs["昌吉市人大常委会办公室"]
    gov = {(x["year"], x["key"]): x["value"] for x in r["governments"] if x["government"] == "某市"}
    assert gov[(2023, "by_class.201")] >= figures[(seed["sha256"], "by_class.201")]
    assert {x["department"] for x in r["findings"]} >= {"甲部门", "昌吉市人大常委会办公室"}
    assert pq.read_table(dataset / "rollup" / "governments.parquet").num_rows == len(r["governments"])


def test_csv_and_parquet_exports_hold_every_row(dataset, tmp_path):
    export_tables(dataset, tmp_path / "csv", "csv")
    export_tables(dataset, tmp_path / "pq", "parquet")
    for name in ("documents", "figures", "table_rows", "findings"):
        n = read_table(dataset, name).num_rows
        with open(tmp_path / "csv" / f"{name}.csv", encoding="utf-8", newline="") as fh:
            assert sum(1 for _ in csv.reader(fh)) == n + 1
        assert pq.read_table(tmp_path / "pq" / f"{name}.parquet").num_rows == n


def test_fiscal_data_package_validates(dataset, tmp_path):
    path = export_fdp(dataset, tmp_path / "fdp")
    assert validate_fdp(path) == []
    package = json.loads(path.read_text(encoding="utf-8"))
    assert package["model"]["measures"]["amount"] == {**package["model"]["measures"]["amount"], "currency": "CNY",
                                                      "factor": 10000}
    with open(tmp_path / "fdp" / "budget-lines.csv", encoding="utf-8", newline="") as fh:
        lines = list(csv.DictReader(fh))
    assert {x["direction"] for x in lines} == {"expenditure", "revenue"} and {x["phase"] for x in lines} == {"approved"}
    seed_t3 = [x for x in lines if x["department"] == "" and x["table_id"] == "T3"] or \
        [x for x in lines if x["table_id"] == "T3"]
    assert all(len(x["functional_code"]) == 7 for x in seed_t3)
    broken = (tmp_path / "fdp" / "budget-lines.csv").read_text(encoding="utf-8").replace(",T3,", ",T3,,", 1)
    (tmp_path / "fdp" / "budget-lines.csv").write_text(broken, encoding="utf-8")
    assert validate_fdp(path)  # frictionless reports the extra cell


def test_the_duckdb_example_of_the_docs_runs(dataset):
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    code = re.search(r"<!-- duckdb-example -->\s*```python\n(.*?)```", text, re.S).group(1)
    scope: dict = {"OUT": str(dataset)}
    exec(compile(code.replace('OUT = "out"\n', ""), "docs/scale.md", "exec"), scope)  # noqa: S102
    assert not scope["errors_by_department"].empty and scope["amounts"].notna().all().all()


def test_synth_documents_with_faults_and_truth(tmp_path):
    truths = write_documents(6, tmp_path / "c", 3, ["txt", "html", "xlsx"], 0.5)
    assert [t.file for t in truths] == [f"doc-{i:06d}.{f}" for i, f in enumerate(["txt", "html", "xlsx"] * 2)]
    assert read_truth(tmp_path / "c") == truths
    assert any(t.faulty for t in truths) and all(bool(t.fault_kind) == bool(t.faulty) for t in truths)
    assert all(t.fault_kind in ("", "table-figure", "drop-row", "swap-code", "drop-table")
               for t in truths if t.format == "xlsx")
    assert all((tmp_path / "c" / t.file).stat().st_size > 1000 for t in truths)
    with pytest.raises(FileExistsError):
        write_documents(6, tmp_path / "c", 3, ["txt", "html", "xlsx"], 0.5)
    listing = (tmp_path / "c" / "listing.csv").read_text(encoding="utf-8").splitlines()
    assert listing[0] == "path,government,department,year" and len(listing) == 7
