"""Build benchmark: CPU seconds per format and in total, for the example and for generated departments.

    .venv/bin/python benchmarks/build_bench.py [--count 100] [--jobs CPU] [--seed 0] [--repeat 3]

CPU seconds (user + system), not wall time, so that a busy machine changes the figures little:

1. start-up: `yusuan --help` as a new process (target < 0.15 s);
2. the example, as the user runs it: the whole `yusuan build` command in a new process, start-up,
   reading, derivation, the pre-build check and every format included — html,docx,pdf,xlsx (target
   < 2 s) and all five formats; then per format, measured inside one build (target: pdf < 1 s);
3. N generated departments: per document and per format inside the workers (mean, median, max),
   and the whole folder command (`yusuan build FOLDER -j JOBS`): its CPU (all processes) per
   document, and its wall time.

Min and median over `--repeat` runs for the commands. Peak memory (RSS) of this process and of the
largest child. Everything is written to a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yusuan.cli.build_cmd import stage_file  # noqa: E402
from yusuan.synth.generator import generate_budget  # noqa: E402
from yusuan.synth.write import synth_rng  # noqa: E402
from yusuan.writers.build import FORMATS, commit  # noqa: E402
from yusuan.writers.data_file import write_data_file  # noqa: E402

EXAMPLE = ROOT / "examples" / "changji-renda-2023.yaml"
FOUR = ("html", "docx", "pdf", "xlsx")
CLI = "import sys; from yusuan.cli.main import main; sys.argv[0] = 'yusuan'; main()"
STAGE_ONCE = """
import json, sys, time
from pathlib import Path
from yusuan.readers.budget_input import load_budget
from yusuan.writers.build import FORMATS, commit, stage
data = load_budget(Path(sys.argv[1]))
start = time.process_time()
staged = stage(data, Path(sys.argv[2]), FORMATS, stem="example")
total = time.process_time() - start
seconds = dict(staged.seconds, prepare=total - sum(staged.seconds.values()))
sizes = {n: (staged.directory / n).stat().st_size for n in staged.names}
commit(staged, Path(sys.argv[2]))
print(json.dumps({"seconds": seconds, "sizes": sizes}))
"""


def mib(kib: int) -> float:
    return kib / 1024  # ru_maxrss is in KiB on Linux


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# Compiled modules are kept (in a folder of their own) as an installed package keeps them: with
# PYTHONDONTWRITEBYTECODE set, every new process would compile all of Yusuan again (~0.3 s of CPU).
PYCACHE = Path(tempfile.gettempdir()) / "yusuan-bench-pycache"


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(PYCACHE)}


def command(args: list[str]) -> tuple[float, float]:
    """CPU seconds (the command's processes) and wall seconds of `yusuan ARGS` in a new process."""
    env = child_env()
    before, start = children_cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-c", CLI, *args], check=True, capture_output=True, env=env, cwd=ROOT)
    return children_cpu() - before, time.perf_counter() - start


def runs(args_for, repeat: int) -> list[float]:
    return [command(args_for(i))[0] for i in range(repeat)]


def line(label: str, values: list[float], target: float | None = None) -> str:
    mark = "" if target is None else f"  {'✓' if min(values) < target else '✗'} 目标 < {target:.2f} s"
    return f"  {label:34s} 最少 {min(values):5.2f} s   中位数 {statistics.median(values):5.2f} s{mark}"


def startup(repeat: int) -> None:
    print("启动（yusuan --help，新进程）：")
    print(line("CPU", runs(lambda i: ["--help"], max(repeat, 5)), 0.15))


def example(out: Path, repeat: int) -> None:
    print("\n示例（昌吉市人大常委会办公室 2023）— 整条命令（新进程，含启动、读取、推导、生成前检查）：")
    four = runs(lambda i: ["build", str(EXAMPLE), "-o", str(out / f"four-{i}"), "--formats", ",".join(FOUR)], repeat)
    print(line("html,docx,pdf,xlsx", four, 2.0))
    print(line("全部五种格式（含 json）", runs(lambda i: ["build", str(EXAMPLE), "-o", str(out / f"all-{i}")], repeat)))
    print(line("仅 pdf", runs(lambda i: ["build", str(EXAMPLE), "-o", str(out / f"pdf-{i}"), "--formats", "pdf"],
                             repeat)))
    per: dict[str, list[float]] = {f: [] for f in [*FORMATS, "outline", "prepare"]}
    sizes: dict[str, int] = {}
    for i in range(repeat):  # a new process each time: Typst would reuse a layout it has already made
        env = child_env()
        proc = subprocess.run([sys.executable, "-c", STAGE_ONCE, str(EXAMPLE), str(out / f"in-{i}")], check=True,
                              capture_output=True, text=True, env=env, cwd=ROOT)
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        for key, value in result["seconds"].items():
            per[key].append(value)
        sizes = result["sizes"]
    print("  各格式（一次生成之内，新进程；pdf 含 Typst 的导入与读取字体）：")
    print(line("推导与生成前检查", per["prepare"]))
    print(line("版面（目录、表格网格，各格式共用）", per["outline"]))
    for fmt in FORMATS:
        print(line(f"{fmt}  {sizes[f'example.{fmt}'] / 1024:6.0f} KiB", per[fmt], 1.0 if fmt == "pdf" else None))


def generated(out: Path, count: int, jobs: int, seed: int) -> None:
    data_dir = out / "data"
    data_dir.mkdir()
    files = []
    start = time.perf_counter()
    for i in range(count):
        path = data_dir / f"dept-{i:03d}.yaml"
        write_data_file(generate_budget(synth_rng(seed, i)), path)
        files.append(path)
    print(f"\n{count} 个生成的部门（{time.perf_counter() - start:.1f} s 生成数据）：")
    seconds: dict[str, list[float]] = {f: [] for f in [*FORMATS, "outline"]}
    failed = 0
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(stage_file, f, out / "staged", list(FORMATS), False) for f in files]
        for future in as_completed(futures):
            outcome = future.result()
            if outcome.staged is None:
                failed += 1
                print(f"  失败：{outcome.error}", file=sys.stderr)
                continue
            for fmt, s in outcome.staged.seconds.items():
                seconds[fmt].append(s)
            commit(outcome.staged, out / "staged")
    built = count - failed
    print(f"  每份、各格式 CPU（工作进程内测得，{built} 份）：    平均     中位数     最大")
    for fmt in ["outline", *FORMATS]:
        xs = seconds[fmt]
        if xs:
            print(f"    {fmt:8s}                          {statistics.mean(xs):6.2f}s  {statistics.median(xs):6.2f}s"
                  f"  {max(xs):6.2f}s")
    per_doc = [sum(seconds[f][i] for f in [*FORMATS, "outline"]) for i in range(built)]
    if per_doc:
        print(f"    五种格式合计                      {statistics.mean(per_doc):6.2f}s  {statistics.median(per_doc):6.2f}s"
              f"  {max(per_doc):6.2f}s")
    cpu, wall = command(["build", str(data_dir), "-o", str(out / "folder"), "-j", str(jobs)])
    print(f"  整条命令 yusuan build 文件夹 -j {jobs}（五种格式）：CPU {cpu:.1f} s = 每份 {cpu / count:.2f} s；"
          f"墙钟 {wall:.1f} s = 每份 {wall / count:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"CPU 核数 {os.cpu_count()}，Python {sys.version.split()[0]}，开始时负载 {load:.1f}\n")
    with tempfile.TemporaryDirectory(prefix="yusuan-bench-") as tmp:
        command(["build", str(EXAMPLE), "-o", str(Path(tmp) / "warm")])  # compiles every module once
        startup(args.repeat)
        example(Path(tmp) / "example", args.repeat)
        if args.count:
            generated(Path(tmp), args.count, args.jobs, args.seed)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"\n峰值内存（RSS）：本进程 {mib(own):.0f} MiB，最大的子进程 {mib(children):.0f} MiB")


if __name__ == "__main__":
    main()
