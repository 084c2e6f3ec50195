"""Round trip on many generated budgets: build → HTML/DOCX/XLSX (and PDF) → extract → compare.

    .venv/bin/python benchmarks/roundtrip_bench.py [N=200] [--formats html,docx,xlsx,pdf] [--seed 5] [--jobs J]

For each of N generated budgets the build stage renders the documents; each is read back and
compared with the disclosure that was built (tables to the cent, and — except for workbooks,
which hold tables only — the figures stated in text). Prints, per format, how many came back
exactly, the differences of those that did not, and the extraction time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def one(seed: int, index: int, formats: list[str]) -> list[tuple[str, int, list[str], float]]:
    from yusuan.model.full import derive_full
    from yusuan.readers.published import extract_file
    from yusuan.readers.published.compare import differences
    from yusuan.synth.generator import generate_budget
    from yusuan.synth.write import synth_rng
    from yusuan.writers.build import render

    data = generate_budget(synth_rng(seed, index))
    disclosure = derive_full(data)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        render(data, disclosure, formats, Path(tmp), "doc")
        for fmt in formats:
            start = time.perf_counter()
            result = extract_file(Path(tmp) / f"doc.{fmt}")
            seconds = time.perf_counter() - start
            diffs = differences(disclosure, result.disclosure, text=fmt != "xlsx")
            out.append((fmt, index, diffs, seconds))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=200)
    parser.add_argument("--formats", default="html,docx,xlsx")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    formats = args.formats.split(",")
    start = time.perf_counter()
    results: dict[str, list[tuple[int, list[str], float]]] = defaultdict(list)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for rows in pool.map(one, [args.seed] * args.n, range(args.n), [formats] * args.n):
            for fmt, index, diffs, seconds in rows:
                results[fmt].append((index, diffs, seconds))
    failed = 0
    for fmt in formats:
        rows = results[fmt]
        bad = [(i, d) for i, d, _ in rows if d]
        failed += len(bad)
        mean = sum(s for _, _, s in rows) / len(rows)
        print(f"{fmt:5} {len(rows) - len(bad):4d}/{len(rows)} exact   extraction {1000 * mean:7.1f} ms/document")
        for i, d in bad[:5]:
            print(f"      #{i}: {len(d)} differences, e.g. {d[:3]}")
    print(f"{args.n} budgets × {len(formats)} formats in {time.perf_counter() - start:.0f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
