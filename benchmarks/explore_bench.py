"""The explore stage at scale: import generated departments, then page and API latency.

    .venv/bin/python benchmarks/explore_bench.py [--count 10000] [--sample 200] [--jobs 2] [--requests 40] [--no-pg]
                                                  [--keep DIR]

`--keep DIR` builds each store once and reuses it: the SQLite file DIR/yusuan.db and a PostgreSQL cluster in
DIR/pg (database yusuan_bench); a store that already holds `count` documents is not imported again, only
measured.

Generates `sample` departments (`yusuan synth --format json`) and imports them with `yusuan import`'s own
function (`store.ingest.import_files`: read → check → figures → rows in worker processes) into SQLite and into a
throwaway PostgreSQL server (tests/store/pg.py; `--pg-url` for another one): documents per second of the whole
pipeline. Reading and checking 10,000 documents takes about an hour of this shared 2-core machine per database,
so the store is then filled up to `count` departments faster: the processed records of the sample, each
stored again under a department name of its own (and content of its own, so a new SHA-256) through the same
`store_record` the import uses, 250 documents a transaction — documents per second of the store alone.
Then it serves each store with `yusuan serve` (uvicorn, one process) and times sequential HTTP requests:
search, a government's list (its largest), a department's page, a document's page, compare, and the API's
lists; p50 and p95 in milliseconds, and the server's CPU time per request (on a shared machine the wall time
also counts waiting for a core).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yusuan.store.db import open_store  # noqa: E402
from yusuan.store.ingest import import_files, process_one, start_run, store_record  # noqa: E402
from yusuan.synth.write import write_synth  # noqa: E402

BATCH = 250


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[float, int]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        body = r.read()
    return (time.perf_counter() - start) * 1000, len(body)


def _json(url: str):
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.loads(r.read())


def _cpu_seconds(pid: int) -> float:
    """The server process's CPU time so far (user + system): what a request costs whatever else the machine
    runs — on a shared machine the wall time also counts the time it waited for a core."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _targets(fetch) -> dict:
    """The requests measured: name → the path of request i (`fetch(path)`: a JSON answer of the API)."""
    govs = fetch("/api/v1/governments?per_page=500")["items"]
    largest = max(govs, key=lambda g: g["departments"])
    depts = fetch("/api/v1/departments?per_page=200")["items"]
    docs = [d["latest"]["id"] for d in depts if d["latest"]]
    return {
        "search page (?q=教育)": lambda i: "/?q=" + urllib.request.quote(["教育", "财政", "民政", "卫生"][i % 4]),
        f"government page ({largest['departments']} departments)": lambda i: f"/governments/{largest['id']}",
        "government page, by income, page 3": lambda i: f"/governments/{largest['id']}?sort=income_total&desc=true"
                                                        "&page=3",
        "department page": lambda i: f"/departments/{depts[i % len(depts)]['id']}",
        "document page": lambda i: f"/documents/{docs[i % len(docs)]}",
        "compare page": lambda i: f"/compare?a={docs[i % len(docs)]}&b={docs[(i + 1) % len(docs)]}",
        "API departments?q=": lambda i: "/api/v1/departments?q=" + urllib.request.quote("局"),
        "API documents (page 3)": lambda i: "/api/v1/documents?page=3&per_page=50",
        "API findings of a document": lambda i: f"/api/v1/findings?document_id={docs[i % len(docs)]}",
        "API document tables": lambda i: f"/api/v1/documents/{docs[i % len(docs)]}/tables",
        "API a government's departments": lambda i: f"/api/v1/governments/{largest['id']}",
    }


def in_process(db: str, requests: int) -> dict[str, tuple[float, float, float]]:
    """CPU per request in this process (p50, p95 ms) and the part of it spent rendering templates (mean ms):
    the application served by a test client, every request's CPU time measured apart."""
    from fastapi.testclient import TestClient

    from yusuan.web import pages
    from yusuan.web.app import create_app

    rendering = [0.0]
    template_response = pages.templates.TemplateResponse

    def timed(*args, **kwargs):  # Starlette renders the template when the response is made
        start = time.process_time()
        try:
            return template_response(*args, **kwargs)
        finally:
            rendering[0] += time.process_time() - start

    pages.templates.TemplateResponse = timed
    store = open_store(db)
    try:
        with TestClient(create_app(store)) as client:
            targets = _targets(lambda path: client.get(path).json())
            out = {}
            for name, path in targets.items():
                client.get(path(0))  # warm
                cpu, rendering[0] = [], 0.0
                for i in range(requests):
                    start = time.process_time()
                    client.get(path(i)).raise_for_status()
                    cpu.append((time.process_time() - start) * 1000)
                cpu.sort()
                out[name] = (statistics.median(cpu), cpu[max(0, int(len(cpu) * 0.95) - 1)],
                             rendering[0] * 1000 / requests)
            return out
    finally:
        pages.templates.TemplateResponse = template_response
        store.close()


def latencies(db: str, requests: int) -> dict[str, tuple[float, float, int]]:
    port = _port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", "from yusuan.cli.main import main; main()", "serve", "--db", db,
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                _get(base + "/api/v1/summary")
                break
            except OSError:
                time.sleep(0.2)
        targets = _targets(lambda path: _json(base + path))
        out = {}
        for name, path in targets.items():
            _get(base + path(0))  # warm
            times, size = [], 0
            cpu = _cpu_seconds(proc.pid)
            for i in range(requests):
                ms, size = _get(base + path(i))
                times.append(ms)
            cpu_ms = (_cpu_seconds(proc.pid) - cpu) * 1000 / requests
            times.sort()
            out[name] = (statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], cpu_ms, size)
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def sample_records(folder: Path, jobs: int) -> list:
    """The pipeline's records of the sample files (what `import` stores), in file order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    files = sorted(str(f) for f in folder.iterdir())
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return [record for _file, record, _errors in pool.map(process_one, files, chunksize=4) if record is not None]


def clone(record, i: int):
    """Sample record `i % len` as department i: a name and content (so a SHA-256) of its own."""
    import dataclasses

    from yusuan.pipeline import sha256_of

    content = record.content + f"\n# synthetic department {i}\n".encode()
    return dataclasses.replace(record, department=f"{record.department}（第{i}号）", content=content,
                               sha256=sha256_of(content), original_name=f"synthetic-{i:05d}.json")


def fill(store, records: list, start: int, count: int) -> tuple[int, float]:
    """Store departments start … count-1 from the sample's records (those already stored are skipped, by
    SHA-256); how many were new and the seconds it took."""
    began, new = time.perf_counter(), 0
    for first in range(start, count, BATCH):
        with store.session() as s:
            run = start_run(s, "import")
            for i in range(first, min(first + BATCH, count)):
                new += store_record(s, clone(records[i % len(records)], i), run.id)[1]
    return new, time.perf_counter() - began


def _documents(db: str) -> int:
    from sqlalchemy import func, select

    from yusuan.store.schema import Document

    store = open_store(db)
    try:
        with store.session() as s:
            return s.scalar(select(func.count()).select_from(Document)) or 0
    finally:
        store.close()


def build(label: str, db: str, folder: Path, jobs: int, count: int, records) -> None:
    """Import the sample and fill the store up to `count` documents, unless it holds them already."""
    held = _documents(db)
    if held >= count:
        print(f"\n== {label}: the kept store holds {held} documents; not imported again")
        return
    run(label, db, folder, jobs, count, records() if callable(records) else records)


def run(label: str, db: str, folder: Path, jobs: int, count: int, records: list) -> None:
    store = open_store(db)
    start = time.perf_counter()
    summary = import_files(store, [folder], jobs=jobs)
    seconds = time.perf_counter() - start
    n = len(summary.imported)
    print(f"\n== {label}")
    print(f"import (read, check, store): {n} documents in {seconds:.1f} s = {n / seconds:.2f} documents/s with {jobs} "
          f"worker processes ({len(summary.failed)} failed)")
    again = time.perf_counter()
    import_files(store, [folder], jobs=jobs)
    print(f"re-import of the same {n} files (all known by SHA-256): {time.perf_counter() - again:.1f} s")
    if count > n:
        cpu = time.process_time()
        new, seconds = fill(store, records, n, count)
        cpu = time.process_time() - cpu
        print(f"store only (the sample's records under new names, {BATCH} a transaction): {new} new documents in "
              f"{seconds:.1f} s = {new / seconds:.1f} documents/s ({1000 * cpu / max(1, new):.1f} ms CPU of this "
              "process a document)")
    with store.session() as s:
        from sqlalchemy import func, select

        from yusuan.store.schema import Department, Document, FindingRecord, Government, TableRow

        sizes = {name: s.scalar(select(func.count()).select_from(table)) for name, table in (
            ("governments", Government), ("departments", Department), ("documents", Document),
            ("table rows", TableRow), ("findings", FindingRecord))}
    store.close()
    print("store: " + ", ".join(f"{v} {k}" for k, v in sizes.items()))


def report_latencies(db: str, requests: int) -> None:
    print(f"load average before the requests: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    print(f"{'request':44} {'p50 ms':>8} {'p95 ms':>8} {'CPU ms':>8} {'bytes':>9}")
    for name, (p50, p95, cpu, size) in latencies(db, requests).items():
        print(f"{name:44} {p50:8.1f} {p95:8.1f} {cpu:8.1f} {size:9d}")
    print("in process, CPU per request (p50 / p95 ms) and its template rendering (mean ms):")
    for name, (p50, p95, rendering) in in_process(db, requests).items():
        print(f"{name:44} {p50:8.1f} {p95:8.1f} {rendering:8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000, help="departments in the store")
    parser.add_argument("--sample", type=int, default=200, help="departments read and checked by the pipeline")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--pg-url")
    parser.add_argument("--latency-only", metavar="DB", help="only the page and API latencies of an existing store")
    parser.add_argument("--build-only", action="store_true", help="build the stores, measure no page")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="build the stores in DIR once and reuse them")
    args = parser.parse_args()
    if args.latency_only:
        report_latencies(args.latency_only, args.requests)
        return
    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="yusuan-explore-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    sample = min(args.sample, args.count)
    cached: list = []

    def records() -> list:
        """The sample (generated and read once, whichever store needs it first)."""
        if not cached:
            start = time.perf_counter()
            if not (work / "synth").exists():
                write_synth(sample, work / "synth", args.seed, "json")
            print(f"yusuan synth {sample}: {time.perf_counter() - start:.1f} s")
            cached.append(sample_records(work / "synth", args.jobs) if args.count > sample else [])
        return cached[0]

    if not args.no_sqlite:
        db = str(work / "yusuan.db")
        build("SQLite", db, work / "synth", args.jobs, args.count, records)
        if not args.build_only:
            print("\n== SQLite")
            report_latencies(db, args.requests)
    if not args.no_pg:
        server = None
        if args.pg_url:
            url = args.pg_url
        else:
            from tests.store import pg

            server = pg.start(keep=work / "pg" if args.keep else None)
            url = server.create_database("yusuan_bench" if args.keep else None)
        try:
            build("PostgreSQL", url, work / "synth", args.jobs, args.count, records)
            if not args.build_only:
                print("\n== PostgreSQL")
                report_latencies(url, args.requests)
        finally:
            if server is not None:
                server.stop()


if __name__ == "__main__":
    main()
