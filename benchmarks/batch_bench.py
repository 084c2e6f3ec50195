"""Batch benchmark: documents per second per core, peak memory per worker, 1 vs 2 workers, Spark
local[2] against the local pool, and the recall of injected faults on a synthetic corpus.

    .venv/bin/python benchmarks/batch_bench.py [N=200] [--formats txt,html,docx,xlsx,pdf] [--faults 0.25]
        [--corpus DIR] [--jobs 1,2] [--no-spark] [--in-process] [--seed 11]

Without --corpus it writes N published documents with `yusuan synth --documents` into a temporary
folder first. On an existing corpus (`yusuan synth N --documents -o DIR`: its listing.csv and truth.csv),
`--corpus DIR --jobs 2 --no-spark` is one batch run with two workers. Every engine run starts from an
empty output. Each run prints documents per second, the workers' CPU seconds per document by format
(from the manifest: reading, checking and rows, as the worker measured them), the batch process's own
CPU per document (planning, hashing, Parquet and manifest writing, result unpickling) and the peak
memory of a worker; `--in-process` adds a run without workers (jobs = 0).
Recall: a document with an injected fault counts as found when the batch reports an error or a
warning on it; a clean document with an error is a false error (a workbook holds tables only, so
its missing texts — C40x — are listed apart).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run(corpus: Path, out: Path, **options) -> tuple[float, dict]:
    from collections import defaultdict

    from yusuan.batch.manifest import Manifest
    from yusuan.batch.runner import Options, run_batch

    start, cpu = time.perf_counter(), time.process_time()
    report = run_batch([corpus / "listing.csv"], out, Options(**options))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    docs = list(Manifest.load(out).docs.values())
    by_format: dict[str, list[float]] = defaultdict(list)
    for e in docs:
        by_format[Path(e.path).suffix.lower().lstrip(".")].append(e.cpu_seconds)
    return wall, {"processed": report.processed, "failed": report.failed,
                  "peak_mb": max((e.peak_mb for e in docs), default=0.0),
                  "cpu_by_format": {f: sum(v) / len(v) for f, v in sorted(by_format.items())},
                  "worker_cpu": sum(e.cpu_seconds for e in docs), "batch_cpu": cpu, "documents": len(docs)}


def print_cpu(info: dict) -> None:
    n = max(info["documents"], 1)
    formats = ", ".join(f"{f} {s:.3f}" for f, s in info["cpu_by_format"].items())
    print(f"  CPU s per document by format (worker): {formats}; all formats {info['worker_cpu'] / n:.3f}; "
          f"the batch process's own: {info['batch_cpu'] / n:.3f} s per document")


def quality(corpus: Path, out: Path) -> dict:
    from yusuan.batch.dataset import read_table
    from yusuan.synth.documents import read_truth

    truth = {t.file: t for t in read_truth(corpus)}
    docs = {r["sha256"]: r for r in read_table(out, "documents").to_pylist()}
    flagged: dict[str, set[str]] = {}
    for f in read_table(out, "findings", ["sha256", "rule", "severity"]).to_pylist():
        if f["severity"] in ("error", "warning"):
            flagged.setdefault(f["sha256"], set()).add(f"{f['severity']}:{f['rule']}")
    by_file = {Path(d["path"]).name: (sha, d) for sha, d in docs.items()}
    faulty = [t for t in truth.values() if t.faulty]
    found = [t for t in faulty if flagged.get(by_file[t.file][0])]
    clean = [t for t in truth.values() if not t.faulty]
    errors = [t for t in clean if any(x.startswith("error:") for x in flagged.get(by_file[t.file][0], ()))]
    real_errors = [t for t in errors if not (t.format == "xlsx" and all(
        x.split(":")[1].startswith("C40") for x in flagged[by_file[t.file][0]] if x.startswith("error:")))]
    missed = [f"{t.file} {t.fault_kind}: {t.fault[:70]}" for t in faulty if t not in found]
    return {"faulty": len(faulty), "found": len(found), "clean": len(clean), "clean_with_error": len(errors),
            "clean_with_error_not_xlsx_texts": len(real_errors), "missed": missed,
            "failed": sum(1 for d in docs.values() if d["read_status"] != "ok")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=200)
    parser.add_argument("--formats", default="txt,html,docx,xlsx,pdf")
    parser.add_argument("--faults", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--in-process", action="store_true", help="also a run without workers (jobs = 0)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="yusuan-batch-bench-"))
    corpus = args.corpus
    if corpus is None:
        from yusuan.synth.documents import write_documents

        corpus = tmp / "corpus"
        start = time.perf_counter()
        write_documents(args.n, corpus, args.seed, args.formats.split(","), args.faults, jobs=os.cpu_count() or 1)
        print(f"corpus: {args.n} documents written in {time.perf_counter() - start:.0f} s")
    n = len((corpus / "listing.csv").read_text(encoding="utf-8").splitlines()) - 1
    print(f"corpus: {n} documents ({corpus})")
    results = {}
    # CPU per document, in this process (jobs = 0: reading, checking, rows and Parquet alike): what one
    # core sustains when nothing else runs — the wall-clock rates below depend on the machine's load
    if args.in_process:
        load = os.getloadavg()[0]
        cpu = time.process_time()
        _, info = run(corpus, tmp / "cpu", jobs=0)
        cpu = time.process_time() - cpu
        rate = n / cpu
        print(f"CPU: {cpu / n:.3f} s a document = {rate:.2f} documents per CPU-second (load average before: "
              f"{load:.1f}); 10,000 documents on 2 otherwise idle cores ≈ {10000 / (2 * rate) / 60:.1f} min at "
              f"perfect scaling")
        print_cpu(info)
    for jobs in [int(j) for j in args.jobs.split(",") if j.strip()]:
        load = os.getloadavg()[0]
        wall, info = run(corpus, tmp / f"local-{jobs}", jobs=jobs)
        results[f"local×{jobs}"] = wall
        print(f"local pool, {jobs} worker(s): {wall:.1f} s, {n / wall:.2f} documents/s, "
              f"{n / wall / jobs:.2f} documents/s per core, {1000 * wall / n / 60:.1f} min per 1,000 documents, "
              f"peak memory per worker {info['peak_mb']:.0f} MB, failed {info['failed']} (load average before: {load:.1f})")
        print_cpu(info)
        per_doc = (info["worker_cpu"] + info["batch_cpu"]) / max(info["documents"], 1)
        print(f"  10,000 documents at this CPU per document on {jobs} idle core(s): "
              f"{10000 * per_doc / jobs / 60:.1f} min")
    if len(results) > 1:
        one, two = results.get("local×1"), results.get("local×2")
        if one and two:
            print(f"scaling 1 → 2 workers: {one / two:.2f}×")
    if not args.no_spark:
        wall, info = run(corpus, tmp / "spark", engine="spark", master="local[2]")
        results["spark"] = wall
        print(f"Spark local[2]: {wall:.1f} s, {n / wall:.2f} documents/s, {1000 * wall / n / 60:.1f} min per 1,000 "
              f"documents (JVM and Python worker start included)")
        if "local×2" in results:
            print(f"Spark local[2] / local pool ×2: {wall / results['local×2']:.2f}× the time")
    q = quality(corpus, tmp / (f"local-{args.jobs.split(',')[-1]}" if args.jobs.strip() else "spark"))
    if q["faulty"]:
        print(f"recall of injected faults: {q['found']}/{q['faulty']} = {q['found'] / q['faulty']:.1%}")
    print(f"clean documents with an error: {q['clean_with_error']}/{q['clean']} "
          f"({q['clean_with_error_not_xlsx_texts']} apart from workbooks' missing texts); unreadable: {q['failed']}")
    for m in q["missed"][:20]:
        print("  missed:", m)
    import resource

    print(f"peak memory of the batch's own process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
