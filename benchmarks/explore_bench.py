"""The explore stage at scale: import generated departments, then page and API latency.

    .venv/bin/python benchmarks/explore_bench.py [--count 1000] [--jobs 2] [--requests 40] [--no-pg]

Generates `count` departments (`yusuan synth --format json`), imports them with `yusuan import`'s own function
(`store.ingest.import_files`: read → check → figures → rows in worker processes) into SQLite and into a
throwaway PostgreSQL server (tests/store/pg.py; `--pg-url` for another one), and prints documents per
second. Then it serves each store with `yusuan serve` (uvicorn, one process) and times sequential HTTP
requests: search, a government's list (its largest), a department's page, a document's page, compare,
and the API's lists; p50 and p95 in milliseconds.
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
from yusuan.store.ingest import import_files  # noqa: E402
from yusuan.synth.write import write_synth  # noqa: E402


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
        govs = _json(base + "/api/v1/governments?per_page=500")["items"]
        largest = max(govs, key=lambda g: g["departments"])
        depts = _json(base + "/api/v1/departments?per_page=200")["items"]
        docs = [d["latest"]["id"] for d in depts if d["latest"]]
        targets = {
            "search page (?q=教育)": lambda i: "/?q=" + urllib.request.quote(["教育", "财政", "民政", "卫生"][i % 4]),
            f"government page ({largest['departments']} departments)": lambda i: f"/governments/{largest['id']}",
            "department page": lambda i: f"/departments/{depts[i % len(depts)]['id']}",
            "document page": lambda i: f"/documents/{docs[i % len(docs)]}",
            "compare page": lambda i: f"/compare?a={docs[i % len(docs)]}&b={docs[(i + 1) % len(docs)]}",
            "API departments?q=": lambda i: "/api/v1/departments?q=" + urllib.request.quote("局"),
            "API documents (page 3)": lambda i: "/api/v1/documents?page=3&per_page=50",
            "API findings of a document": lambda i: f"/api/v1/findings?document_id={docs[i % len(docs)]}",
            "API document tables": lambda i: f"/api/v1/documents/{docs[i % len(docs)]}/tables",
        }
        out = {}
        for name, path in targets.items():
            _get(base + path(0))  # warm
            times, size = [], 0
            for i in range(requests):
                ms, size = _get(base + path(i))
                times.append(ms)
            times.sort()
            out[name] = (statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], size)
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def run(label: str, db: str, folder: Path, jobs: int, requests: int) -> None:
    store = open_store(db)
    start = time.perf_counter()
    summary = import_files(store, [folder], jobs=jobs)
    seconds = time.perf_counter() - start
    n = len(summary.imported)
    with store.session() as s:
        from sqlalchemy import func, select

        from yusuan.store.schema import Department, TableRow

        depts = s.scalar(select(func.count()).select_from(Department))
        rows = s.scalar(select(func.count()).select_from(TableRow))
    store.close()
    print(f"\n== {label}")
    print(f"import: {n} documents in {seconds:.1f} s = {n / seconds:.1f} documents/s with {jobs} worker processes "
          f"({len(summary.failed)} failed; {depts} departments, {rows} table rows)")
    again = time.perf_counter()
    store = open_store(db)
    import_files(store, [folder], jobs=jobs)
    store.close()
    print(f"re-import of the same {n} files (all known by SHA-256): {time.perf_counter() - again:.1f} s")
    print(f"{'request':44} {'p50 ms':>8} {'p95 ms':>8} {'bytes':>9}")
    for name, (p50, p95, size) in latencies(db, requests).items():
        print(f"{name:44} {p50:8.1f} {p95:8.1f} {size:9d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--pg-url")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="yusuan-explore-bench-"))
    start = time.perf_counter()
    write_synth(args.count, work / "synth", args.seed, "json")
    print(f"yusuan synth {args.count}: {time.perf_counter() - start:.1f} s")
    run("SQLite", str(work / "yusuan.db"), work / "synth", args.jobs, args.requests)
    if not args.no_pg:
        server = None
        if args.pg_url:
            url = args.pg_url
        else:
            from tests.store import pg

            server = pg.start()
            url = server.create_database()
        try:
            run("PostgreSQL", url, work / "synth", args.jobs, args.requests)
        finally:
            if server is not None:
                server.stop()


if __name__ == "__main__":
    main()
