"""Where the checker's time goes: milliseconds per document for the text analysis and for each rule.

    .venv/bin/python benchmarks/check_rule_times.py [--count 100] [--seed 0] [--top 40]

Generates `count` departments (yusuan.synth) with their texts, as check_bench.py does, and times
`model.claims.analyse` and every rule of the catalogue on each document (wall time of this process;
run it on an idle machine). The rules run in catalogue order on one Context per document, as `check`
runs them, so a view or analysis one rule builds is charged to the first rule that asks for it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from yusuan.catalog.catalog import default_catalog  # noqa: E402
from yusuan.model.full import derive_full  # noqa: E402
from yusuan.rules import check  # noqa: E402
from yusuan.rules.context import Context  # noqa: E402
from yusuan.rules.registry import all_rules  # noqa: E402
from yusuan.synth.generator import generate_budget  # noqa: E402

ANALYSIS = "analyse"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    catalog = default_catalog()
    documents = [derive_full(generate_budget(random.Random(args.seed + i), catalog), catalog)
                 for i in range(args.count)]
    check(documents[0], catalog)  # warm the catalogue's indexes
    rules = [r for r in all_rules() if r.check is not None]
    spent: dict[str, float] = defaultdict(float)
    for d in documents:
        ctx = Context(d, catalog)
        start = time.perf_counter()
        ctx.text  # noqa: B018 - the shared analysis, timed on its own
        spent[ANALYSIS] += time.perf_counter() - start
        for r in rules:
            start = time.perf_counter()
            for _ in r.run(ctx):
                pass
            spent[r.id] += time.perf_counter() - start
    total = sum(spent.values())
    n = len(documents)
    print(f"{n} documents: {1000 * total / n:.2f} ms each = {n / total:.1f} per second "
          f"(analysis {1000 * spent[ANALYSIS] / n:.2f} ms, {len(rules)} rules {1000 * (total - spent[ANALYSIS]) / n:.2f} ms)")
    for key, seconds in sorted(spent.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {key:8s} {1000 * seconds / n:7.3f} ms  {100 * seconds / total:5.1f} %")


if __name__ == "__main__":
    main()
