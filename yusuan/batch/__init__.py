"""Batch: many published documents → one Parquet dataset (`yusuan batch`).

The per-document work is `yusuan.pipeline.process_file`; this package only schedules it (a local
process pool with time and memory limits, or Apache Spark) and writes what it returns:

    inputs.py    INPUT… (folders, files, CSV listings) → Items
    work.py      one Item → an Outcome of plain rows (wraps process_file; catches every failure)
    rows.py      a DocumentRecord → the rows of the dataset's tables (pure)
    schema.py    the Arrow schemas: documents, figures, table_rows, findings (+ _disclosures)
    dataset.py   part files (temp name, rename) partitioned by year and kind; reading tables back
    manifest.py  which documents are done, keyed by content hash; the chunk is the unit of commit
    local.py     worker processes (cli/workers.py) under the per-document time and memory limits
    runner.py    the batch: plan (what is missing), run, retire changed documents, recheck
    spark.py     the same work in Spark's mapPartitions
    summary.py   counts by rule and department, slowest and failed documents (JSON + HTML)
    rollup.py    unit → department → government totals
    export.py    CSV, Parquet and a Fiscal Data Package
"""
