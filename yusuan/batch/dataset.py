"""Part files of a batch dataset: written under a temporary name and renamed, read back as tables.

Layout: `OUT/<table>/year=<y>/kind=<k>/part-<chunk>.parquet` for the tables of `schema.ALL`. A
chunk's id is derived from the hashes of its documents, so a chunk written twice (a retried Spark
task, a rerun) lands on the same names. Files whose names start with "." or "_" are invisible to
PyArrow, Spark and DuckDB readers: temporary files are ".<name>.….part".
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from yusuan.atomic import write_atomically
from yusuan.batch.rows import Outcome
from yusuan.batch.schema import ALL, NULL_PARTITION, PARTITION

COMPRESSION = "zstd"


def chunk_id(hashes: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(hashes)).encode()).hexdigest()[:20]


def partition_dir(table: str, year: int | None, kind: str | None) -> str:
    y = NULL_PARTITION if year is None else str(year)
    k = kind if kind else NULL_PARTITION
    return f"{table}/year={y}/kind={k}"


def write_parquet(path: Path, table: pa.Table) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda tmp: pq.write_table(table, tmp, compression=COMPRESSION))


def write_chunk(out: Path, outcomes: list[Outcome], rules: str) -> dict[str, Any]:
    """Write the rows of `outcomes` as one chunk; return its manifest record (not yet committed)."""
    cid = chunk_id(o.sha256 for o in outcomes)
    groups: dict[tuple[str, int | None, str | None], list[dict[str, Any]]] = defaultdict(list)
    for o in sorted(outcomes, key=lambda o: o.sha256):
        for table, rows in o.rows.items():
            groups[(table, o.year, o.kind)].extend(rows)
    files = []
    for (table, year, kind), rows in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), str(kv[0][2]))):
        if not rows:
            continue
        rel = f"{partition_dir(table, year, kind)}/part-{cid}.parquet"
        write_parquet(Path(out) / rel, pa.Table.from_pylist(rows, schema=ALL[table]))
        files.append(rel)
    documents = [{"sha256": o.sha256, "path": o.path, "status": o.status, "failure": o.failure,
                  "reason": o.reason, "seconds": o.seconds, "cpu_seconds": o.cpu_seconds, "peak_mb": o.peak_mb, "department": o.department,
                  "government": o.government, "year": o.year, "kind": o.kind} for o in outcomes]
    return {"chunk": cid, "rules": rules, "files": sorted(files), "documents": documents}


def collect_garbage(out: Path, listed: set[str]) -> int:
    """Remove temporary files and part files that no committed chunk lists; how many were removed."""
    removed = 0
    out = Path(out)
    for table in ALL:
        root = out / table
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            rel = path.relative_to(out).as_posix()
            temporary = path.name.startswith(".") and path.name.endswith(".part")
            if temporary or (path.name.startswith("part-") and rel not in listed):
                path.unlink()
                removed += 1
    manifest = out / "_manifest"
    if manifest.is_dir():
        for path in manifest.glob(".*.part"):
            path.unlink()
            removed += 1
    return removed


def filter_file(out: Path, rel: str, drop: set[str]) -> bool:
    """Rewrite one part file without the rows of the documents `drop`; False if nothing is left (file removed)."""
    path = Path(out) / rel
    if not path.exists():
        return False
    table = pq.read_table(path)
    keep = pa.array([s not in drop for s in table.column("sha256").to_pylist()], pa.bool_())
    kept = table.filter(keep)
    if kept.num_rows == table.num_rows:
        return True
    if kept.num_rows == 0:
        path.unlink()
        return False
    write_parquet(path, kept)
    return True


def read_table(out: Path, name: str, columns: list[str] | None = None, filter: Any = None) -> pa.Table:
    """One table of the dataset with its partition columns (year int32, kind string)."""
    root = Path(out) / name
    schema = pa.unify_schemas([ALL[name], PARTITION])
    if not root.is_dir():
        return schema.empty_table() if columns is None else schema.empty_table().select(columns)
    dataset = ds.dataset(root, schema=schema, format="parquet",
                         partitioning=ds.partitioning(PARTITION, flavor="hive"))
    return dataset.to_table(columns=columns, filter=filter)


def read_file(out: Path, rel: str) -> pa.Table:
    return pq.read_table(Path(out) / rel)


def remove(out: Path, rel: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        (Path(out) / rel).unlink()
