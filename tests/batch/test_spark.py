"""The Spark engine (local[2]) writes the same rows as the local engine: the engine only schedules."""

from __future__ import annotations

import shutil

import pytest

from tests.batch.test_batch import snapshot
from yusuan.batch.runner import Options, run_batch

pytestmark = pytest.mark.slow  # starts a JVM and Spark's Python workers (tens of seconds)


def test_spark_local_mode_writes_the_same_dataset(docs, tmp_path):
    assert shutil.which("java"), "Spark needs Java (scripts/apt-packages.txt: openjdk-17-jre-headless)"
    inputs = [docs / n for n in ("seed.txt", "doc-000001.html", "doc-000003.xlsx", "corrupt.pdf", "encrypted.pdf")]
    local = run_batch(inputs, tmp_path / "local", Options(jobs=2, chunk_docs=2))
    spark = run_batch(inputs, tmp_path / "spark", Options(engine="spark", master="local[2]", chunk_docs=2))
    assert (spark.processed, spark.failed) == (local.processed, local.failed) == (5, 2)
    assert snapshot(tmp_path / "spark") == snapshot(tmp_path / "local")
    again = run_batch(inputs, tmp_path / "spark", Options(engine="spark", master="local[2]"))
    assert again.processed == 0 and again.done_before == 5
