"""The Spark engine: the same per-document work in `mapPartitions`, writing the same dataset.

The driver plans as the local engine does (hashes, manifest, what is missing) and parallelizes
the listing of (path, government, department, year, hash); each partition is one chunk: an
executor runs `work.run_one` (that is `pipeline.process_file`) on each of its documents and writes
the chunk's part files with `dataset.write_chunk` (temporary name, rename), then returns the chunk's
manifest record; the driver commits the records (the manifest is the commit point, so a retried
or speculative task that wrote the same chunk again changes nothing). Partitions run in waves of
twice the default parallelism, so the manifest advances while the batch runs.

Executors need: Python with yusuan and its dependencies (no fonts: checking renders nothing), the
documents at the same paths as the driver sees them, and OUT on a file system they all write
(local disk in local mode; a shared mount on a cluster). See docs/scale.md.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from yusuan.batch.rows import Item


def process_partition(rows: Iterable[tuple], out: str, rules: str, seconds: float | None) -> Iterator[dict[str, Any]]:
    """One Spark partition → one committed-to-be chunk (runs on an executor)."""
    import gc

    from yusuan.batch.dataset import write_chunk
    from yusuan.batch.work import run_one
    from yusuan.cli.workers import quiet_collector

    gc.collect()  # nothing collectable is frozen with what the Python worker holds
    quiet_collector()
    outcomes = [run_one(Item(path, government, department, year), sha, seconds)
                for path, government, department, year, sha in rows]
    if outcomes:
        yield write_chunk(Path(out), outcomes, rules)


def package_root() -> str:
    import yusuan

    return str(Path(yusuan.__file__).resolve().parents[1])


def session(master: str, memory_mb: int | None):
    """A SparkSession whose Python workers import this yusuan with this interpreter."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    root = package_root()
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *paths])
    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    if master:  # empty under spark-submit, which sets the master itself
        builder = builder.master(master)
    builder = (builder.appName("yusuan-batch")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.reuse", "true")
               .config("spark.task.maxFailures", "2")
               .config("spark.executorEnv.PYTHONPATH", os.environ["PYTHONPATH"]))
    if memory_mb:
        builder = builder.config("spark.executor.pyspark.memory", f"{memory_mb}m")
    return builder.getOrCreate()


def spark_chunks(todo: list[tuple[Item, str]], out: Path, options, rules: str) -> Iterator[dict[str, Any]]:
    """Run `todo` on Spark; yield each chunk's manifest record as its wave finishes."""
    if not todo:
        return
    spark = session(options.master, options.memory_mb)
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    target, seconds = str(Path(out).resolve()), options.seconds
    records = [(item.path, item.government, item.department, item.year, sha) for item, sha in todo]
    # chunks of at most `chunk_docs`, and at least two partitions a core so that every core has work
    size = max(1, min(options.chunk_docs, -(-len(records) // (2 * sc.defaultParallelism))))
    chunks = [records[i:i + size] for i in range(0, len(records), size)]
    wave = max(1, 2 * sc.defaultParallelism)
    for start in range(0, len(chunks), wave):
        batch = chunks[start:start + wave]
        rdd = sc.parallelize(batch, len(batch)).flatMap(lambda chunk: chunk)  # one planned chunk a partition
        yield from rdd.mapPartitions(lambda rows: process_partition(rows, target, rules, seconds)).collect()
