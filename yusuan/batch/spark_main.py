"""The script `spark-submit` runs: `spark-submit [options] …/yusuan/batch/spark_main.py INPUT… -o OUT`.

It is `yusuan batch INPUT… -o OUT --engine spark`, with the master and every other Spark setting
taken from spark-submit (docs/scale.md)."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from yusuan.cli.main import main

    sys.argv = ["yusuan", "batch", *sys.argv[1:], "--engine", "spark", "--master", ""]
    main()
