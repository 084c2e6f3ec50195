"""Mutation benchmark: the share of injected single faults the checker finds.

    .venv/bin/python benchmarks/mutation_bench.py [--docs 300] [--mutants 12] [--jobs 2]

For each generated department (tables and texts derived from the same data), `--mutants` faults
are injected one at a time (yusuan/synth/mutate.py: a table figure, a dropped row, a replaced code, an
amount or a percentage of the text, a missing table); a fault is detected when the checker reports
an error or warning the clean disclosure does not have. Prints the rate per kind and overall, and
the faults that were missed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from yusuan.model.full import derive_full  # noqa: E402
from yusuan.synth.generator import generate_budget  # noqa: E402
from yusuan.synth.mutate import KINDS, run  # noqa: E402


def one(args: tuple[int, int]) -> list[tuple[str, bool, str]]:
    seed, count = args
    d = derive_full(generate_budget(random.Random(seed)))
    return [(o.mutant.kind, o.detected, f"seed {seed}: {o.mutant.description}") for o in run(d, random.Random(seed), count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--mutants", type=int, default=12)
    parser.add_argument("--seed", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    work = [(args.seed + i, args.mutants) for i in range(args.docs)]
    start = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = [r for chunk in pool.map(one, work, chunksize=4) for r in chunk]
    else:
        results = [r for w in work for r in one(w)]
    seconds = time.perf_counter() - start
    total, found = Counter(), Counter()
    missed = []
    for kind, detected, description in results:
        total[kind] += 1
        found[kind] += detected
        if not detected:
            missed.append(description)
    for kind in KINDS:
        if total[kind]:
            print(f"{kind:13s} {found[kind]:5d} / {total[kind]:5d} = {found[kind] / total[kind]:7.2%}")
    n, k = sum(total.values()), sum(found.values())
    print(f"{'overall':13s} {k:5d} / {n:5d} = {k / n:7.2%}   ({args.docs} disclosures, {seconds:.0f} s)")
    for m in missed[:50]:
        print("  missed:", m)


if __name__ == "__main__":
    main()
