"""Build benchmark: the bundled example in every format, then N generated departments in parallel.

    .venv/bin/python benchmarks/build_bench.py [--count 100] [--jobs CPU] [--seed 0]

Prints seconds per document per format (the example: one build; the generated departments: mean,
median and max over the documents, as measured inside the worker), the wall time of the parallel
build, and peak memory (resource.getrusage: this process, and the largest worker process).
Everything is written to a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yusuan.cli.build_cmd import stage_file  # noqa: E402
from yusuan.readers.budget_input import load_budget  # noqa: E402
from yusuan.synth.generator import generate_budget  # noqa: E402
from yusuan.synth.write import synth_rng  # noqa: E402
from yusuan.writers.build import FORMATS, commit, stage  # noqa: E402
from yusuan.writers.data_file import write_data_file  # noqa: E402

EXAMPLE = ROOT / "examples" / "changji-renda-2023.yaml"


def mib(kib: int) -> float:
    return kib / 1024  # ru_maxrss is in KiB on Linux


def example(out: Path) -> None:
    data = load_budget(EXAMPLE)
    start = time.perf_counter()
    staged = stage(data, out, FORMATS, stem="example")
    total = time.perf_counter() - start
    sizes = {n: (staged.directory / n).stat().st_size for n in staged.names}
    commit(staged, out)
    print("示例（昌吉市人大常委会办公室 2023）— 单份文件，各格式耗时：")
    for fmt in FORMATS:
        size = sizes[f"example.{fmt}"] / 1024
        print(f"  {fmt:5s} {staged.seconds[fmt]:7.2f} s   {size:8.0f} KiB")
    print(f"  合计（含推导与检查） {total:.2f} s\n")


def generated(out: Path, count: int, jobs: int, seed: int) -> None:
    data_dir = out / "data"
    data_dir.mkdir()
    files = []
    start = time.perf_counter()
    for i in range(count):
        path = data_dir / f"dept-{i:03d}.yaml"
        write_data_file(generate_budget(synth_rng(seed, i)), path)
        files.append(path)
    print(f"生成 {count} 个部门的预算数据：{time.perf_counter() - start:.1f} s")
    build_dir = out / "build"
    seconds: dict[str, list[float]] = {f: [] for f in FORMATS}
    failed = 0
    context = multiprocessing.get_context("spawn")
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(stage_file, f, build_dir, list(FORMATS), False) for f in files]
        for future in as_completed(futures):
            outcome = future.result()
            if outcome.staged is None:
                failed += 1
                print(f"  失败：{outcome.error}", file=sys.stderr)
                continue
            for fmt, s in outcome.staged.seconds.items():
                seconds[fmt].append(s)
            commit(outcome.staged, build_dir)
    wall = time.perf_counter() - start
    built = count - failed
    print(f"并行生成 {built} 份公开文件（{jobs} 个进程，{len(FORMATS)} 种格式）：墙钟 {wall:.1f} s，"
          f"平均每份 {wall / max(built, 1):.2f} s（墙钟/份数）")
    print("各格式每份耗时（工作进程内测得）：    平均     中位数     最大")
    for fmt in FORMATS:
        xs = seconds[fmt]
        if xs:
            print(f"  {fmt:5s}                       {statistics.mean(xs):7.2f}s  {statistics.median(xs):7.2f}s"
                  f"  {max(xs):7.2f}s")
    per_doc = [sum(seconds[f][i] for f in FORMATS) for i in range(built)]
    if per_doc:
        print(f"  全部格式合计                {statistics.mean(per_doc):7.2f}s  {statistics.median(per_doc):7.2f}s"
              f"  {max(per_doc):7.2f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(f"CPU 核数 {os.cpu_count()}，Python {sys.version.split()[0]}\n")
    with tempfile.TemporaryDirectory(prefix="yusuan-bench-") as tmp:
        example(Path(tmp) / "example")
        generated(Path(tmp), args.count, args.jobs, args.seed)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"\n峰值内存（RSS）：主进程 {mib(own):.0f} MiB，最大的工作进程 {mib(children):.0f} MiB")


if __name__ == "__main__":
    main()
