"""The batch: plan what is missing, run it on an engine, commit chunks, retire changed documents,
recheck when the rules changed.

Resumable and idempotent: the manifest (content hash → chunk) says what is done; a rerun hashes
every input and processes only the hashes it lacks. A path whose content changed has its old rows
removed (`retire`) and is processed again. Outcomes are buffered and committed as chunks of
`chunk_docs` documents (or every `flush_seconds`), so an interruption loses at most one chunk's
work, and memory does not grow with the corpus. Ctrl-C commits what is finished, then stops.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from yusuan.batch import dataset
from yusuan.batch.inputs import collect
from yusuan.batch.manifest import Chunk, Manifest, lock
from yusuan.batch.rows import Item, Outcome, failed_outcome
from yusuan.batch.work import file_sha256
from yusuan.limits import LIMITS


@dataclass
class Options:
    jobs: int = 1
    # per-document limits, those of `yusuan check` (yusuan/limits.py); None: no limit
    seconds: float | None = field(default_factory=lambda: float(LIMITS["document_seconds"].value))
    memory_mb: int | None = field(default_factory=lambda: LIMITS["document_memory_mb"].value)
    chunk_docs: int = 200
    flush_seconds: float = 30.0
    rules_changed: bool = False
    retry_failed: bool = False
    engine: str = "local"  # local | spark
    master: str = "local[*]"


@dataclass
class Report:
    inputs: int = 0
    done_before: int = 0
    duplicates: int = 0
    processed: int = 0
    failed: int = 0
    retired: int = 0
    rechecked: int = 0
    chunks: int = 0
    seconds: float = 0.0
    rules_stale: int = 0  # chunks checked with other rules (without --rules-changed)
    interrupted: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)


class Progress:
    """What the batch tells its caller as it goes (the CLI draws a Rich progress bar)."""

    def start(self, phase: str, total: int) -> None: ...

    def advance(self, count: int = 1) -> None: ...


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A hash of what decides the findings: the rules, the model they read, the shipped catalogue."""
    import yusuan

    root = Path(yusuan.__file__).parent
    h = hashlib.sha256()
    for pattern in ("rules/**/*.py", "model/**/*.py", "catalog/data/*"):
        for path in sorted(root.glob(pattern)):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def missing_key(path: str) -> str:
    """The manifest key of a file that could not be read at all (no content to hash)."""
    return "unreadable:" + hashlib.sha256(path.encode()).hexdigest()[:40]


@dataclass
class Plan:
    todo: list[tuple[Item, str]]
    unreadable: list[Outcome]
    retire: set[str]
    done_before: int
    duplicates: int


def plan(items: list[Item], manifest: Manifest, retry_failed: bool = False) -> Plan:
    todo: list[tuple[Item, str]] = []
    unreadable: list[Outcome] = []
    retire: set[str] = set()
    seen: set[str] = set()
    done_before = duplicates = 0
    for item in items:
        try:
            sha = file_sha256(item.path)
        except OSError as exc:
            sha = missing_key(item.path)
            if sha not in manifest.docs:
                unreadable.append(failed_outcome(item, sha, "unreadable", f"无法读取文件：{exc.strerror or exc}"))
            else:
                done_before += 1
            continue
        old = manifest.by_path.get(item.path)
        if old is not None and old != sha:
            retire.add(old)  # the document at this path changed: its old rows go
        entry = manifest.docs.get(sha)
        if entry is not None and not (retry_failed and entry.status == "failed"):
            done_before += 1
            continue
        if entry is not None:
            retire.add(sha)
        if sha in seen:
            duplicates += 1
            continue
        seen.add(sha)
        todo.append((item, sha))
    return Plan(todo, unreadable, retire, done_before, duplicates)


def retire_documents(out: Path, manifest: Manifest, shas: Iterable[str]) -> int:
    """Remove the rows of these documents from their chunks' part files, then from the manifest."""
    by_chunk: dict[str, set[str]] = defaultdict(set)
    for sha in shas:
        entry = manifest.docs.get(sha)
        if entry is not None:
            by_chunk[entry.chunk].add(sha)
    count = 0
    for cid, drop in by_chunk.items():
        chunk = manifest.chunks[cid]
        chunk.files = [rel for rel in chunk.files if dataset.filter_file(out, rel, drop)]
        for sha in drop:
            manifest.forget(sha)
            count += 1
        if chunk.documents:
            manifest.save(chunk)
        else:
            for rel in chunk.files:
                dataset.remove(out, rel)
            manifest.drop(cid)
    return count


class Buffer:
    """Outcomes waiting to be committed as a chunk."""

    def __init__(self, out: Path, manifest: Manifest, options: Options, rules: str):
        self.out, self.manifest, self.options, self.rules = out, manifest, options, rules
        self.outcomes: list[Outcome] = []
        self.rows = 0
        self.last = time.monotonic()
        self.chunks = 0

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        self.rows += sum(len(r) for r in outcome.rows.values())
        if (len(self.outcomes) >= self.options.chunk_docs or self.rows >= 500_000
                or time.monotonic() - self.last >= self.options.flush_seconds):
            self.flush()

    def flush(self) -> None:
        if self.outcomes:
            self.manifest.commit(dataset.write_chunk(self.out, self.outcomes, self.rules))
            self.chunks += 1
        self.outcomes, self.rows, self.last = [], 0, time.monotonic()


def run_local(todo: list[tuple[Item, str]], options: Options, sink: Callable[[Outcome], None]) -> None:
    """Run every document in worker processes (or in this process with jobs = 0)."""
    from yusuan.batch.local import run_documents
    from yusuan.batch.work import run_one

    if options.jobs <= 0:
        for item, sha in todo:
            sink(run_one(item, sha, options.seconds))
        return
    run_documents(todo, jobs=options.jobs, seconds=options.seconds, memory_mb=options.memory_mb, sink=sink)


def run_batch(inputs: list[str | Path], out: Path, options: Options | None = None,
              progress: Progress | None = None) -> Report:
    options = options or Options()
    progress = progress or Progress()
    out = Path(out)
    start = time.perf_counter()
    items = collect(inputs)
    report = Report(inputs=len(items))
    out.mkdir(parents=True, exist_ok=True)
    with lock(out):
        manifest = Manifest.load(out)
        dataset.collect_garbage(out, manifest.files())
        p = plan(items, manifest, options.retry_failed)
        report.done_before, report.duplicates = p.done_before, p.duplicates
        report.retired = retire_documents(out, manifest, p.retire)
        rules = rules_fingerprint()
        buffer = Buffer(out, manifest, options, rules)
        progress.start("处理文件", len(p.todo) + len(p.unreadable))
        try:
            for outcome in p.unreadable:
                buffer.add(outcome)
                _count(report, outcome)
                progress.advance()
            if options.engine == "spark":
                from yusuan.batch.spark import spark_chunks

                for record in spark_chunks(p.todo, out, options, rules):
                    manifest.commit(record)
                    buffer.chunks += 1
                    for d in record["documents"]:
                        _count_entry(report, d)
                    progress.advance(len(record["documents"]))
            else:
                def take(outcome: Outcome) -> None:
                    buffer.add(outcome)
                    _count(report, outcome)
                    progress.advance()

                run_local(p.todo, options, take)
            buffer.flush()
            if options.rules_changed:
                report.rechecked = recheck(out, manifest, options, rules, progress)
            else:
                report.rules_stale = sum(1 for c in manifest.chunks.values() if c.rules != rules)
        except KeyboardInterrupt:
            buffer.flush()  # what is finished is kept; the rerun does the rest
            report.interrupted = True
        report.chunks = buffer.chunks
    report.seconds = round(time.perf_counter() - start, 2)
    return report


def _count(report: Report, outcome: Outcome) -> None:
    report.processed += 1
    if outcome.status != "ok":
        report.failed += 1
        report.failures.append((outcome.path, outcome.reason or ""))


def _count_entry(report: Report, d: dict[str, Any]) -> None:
    report.processed += 1
    if d["status"] != "ok":
        report.failed += 1
        report.failures.append((d["path"], d.get("reason") or ""))


def recheck(out: Path, manifest: Manifest, options: Options, rules: str, progress: Progress) -> int:
    """Run the checks again on every chunk checked with other rules; replace its findings files."""
    from yusuan.batch.local import run_in_workers
    from yusuan.batch.work import recheck_rows

    stale = [c for c in manifest.chunks.values() if c.rules != rules]
    total = sum(len(c.documents) for c in stale)
    progress.start("重新检查", total)
    done = 0
    for chunk in stale:
        disclosures = [dataset.read_file(out, rel) for rel in chunk.files if rel.startswith("_disclosures/")]
        pairs = [(s, j) for t in disclosures
                 for s, j in zip(t.column("sha256").to_pylist(), t.column("disclosure_json").to_pylist(), strict=True)]
        results: dict[str, list[dict[str, Any]]] = {}
        if options.jobs <= 0:
            for sha, text in pairs:
                results[sha] = recheck_rows(sha, text, options.seconds)
                progress.advance()
        else:
            def take(index: int, rows: Any, failure: str | None, _reason: str | None,
                     results: dict = results, pairs: list = pairs) -> None:
                results[pairs[index][0]] = rows if failure is None else []
                progress.advance()

            run_in_workers(recheck_rows, pairs, jobs=options.jobs, seconds=options.seconds,
                           memory_mb=options.memory_mb, on_result=take)
        _replace_findings(out, manifest, chunk, results, rules)
        done += len(pairs)
    return done


def _replace_findings(out: Path, manifest: Manifest, chunk: Chunk, results: dict[str, list[dict[str, Any]]],
                      rules: str) -> None:
    from yusuan.batch.schema import FINDINGS

    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for sha in sorted(results):
        entry = manifest.docs[sha]
        groups[dataset.partition_dir("findings", entry.year, entry.kind)].extend(results[sha])
    old = [rel for rel in chunk.files if rel.startswith("findings/")]
    new = []
    for folder, rows in sorted(groups.items()):
        if rows:
            rel = f"{folder}/part-{chunk.id}.parquet"
            dataset.write_parquet(out / rel, pa.Table.from_pylist(rows, schema=FINDINGS))
            new.append(rel)
    for rel in old:
        if rel not in new:
            dataset.remove(out, rel)
    chunk.files = [rel for rel in chunk.files if not rel.startswith("findings/")] + new
    chunk.rules = rules
    manifest.save(chunk)

