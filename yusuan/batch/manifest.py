"""The manifest of a batch output: which documents are done, keyed by content hash.

`OUT/_manifest/chunk-<id>.json` lists, for one chunk of documents written together, every part
file it wrote and every document in it (hash, path, status, seconds, peak memory). A chunk's JSON
is written (atomically) after all its part files are in place: it is the commit. Part files that
no chunk lists are leftovers of an interrupted run and are removed by `dataset.collect_garbage`.
One batch at a time writes to an output folder (`lock`).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from yusuan.atomic import write_text_atomically

FOLDER = "_manifest"


@dataclass
class DocEntry:
    sha256: str
    path: str
    status: str  # ok | failed
    chunk: str
    failure: str | None = None
    reason: str | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_mb: float = 0.0
    department: str | None = None
    government: str | None = None
    year: int | None = None
    kind: str | None = None

    def row(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("chunk")
        return d


@dataclass
class Chunk:
    id: str
    files: list[str]
    rules: str  # fingerprint of the rules that produced its findings
    documents: list[str]  # hashes


class Manifest:
    def __init__(self, out: Path):
        self.out = Path(out)
        self.folder = self.out / FOLDER
        self.chunks: dict[str, Chunk] = {}
        self.docs: dict[str, DocEntry] = {}
        self.by_path: dict[str, str] = {}

    @classmethod
    def load(cls, out: Path) -> Manifest:
        m = cls(out)
        if m.folder.is_dir():
            for path in sorted(m.folder.glob("chunk-*.json")):
                try:
                    data = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    continue  # unreadable: its files are orphans and its documents are redone
                m._add(data)
        return m

    def _add(self, data: dict[str, Any]) -> None:
        chunk = Chunk(data["chunk"], list(data["files"]), data.get("rules", ""),
                      [d["sha256"] for d in data["documents"]])
        self.chunks[chunk.id] = chunk
        for d in data["documents"]:
            entry = DocEntry(chunk=chunk.id, **d)
            self.docs[entry.sha256] = entry
            self.by_path[entry.path] = entry.sha256

    def files(self) -> set[str]:
        return {f for c in self.chunks.values() for f in c.files}

    def chunk_json(self, chunk: Chunk) -> dict[str, Any]:
        return {"chunk": chunk.id, "rules": chunk.rules, "files": sorted(chunk.files),
                "documents": [self.docs[s].row() for s in chunk.documents if s in self.docs]}

    def commit(self, data: dict[str, Any]) -> None:
        """Record a chunk whose part files are in place (replaces an earlier record of the same chunk)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        old = self.chunks.get(data["chunk"])
        if old is not None:
            for sha in old.documents:
                self.docs.pop(sha, None)
        write_text_atomically(self.folder / f"chunk-{data['chunk']}.json",
                              json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0))
        self._add(data)

    def save(self, chunk: Chunk) -> None:
        self.commit(self.chunk_json(chunk))

    def drop(self, chunk_id: str) -> None:
        chunk = self.chunks.pop(chunk_id, None)
        if chunk is not None:
            for sha in chunk.documents:
                entry = self.docs.get(sha)
                if entry is not None and entry.chunk == chunk_id:
                    del self.docs[sha]
        with contextlib.suppress(FileNotFoundError):
            (self.folder / f"chunk-{chunk_id}.json").unlink()

    def forget(self, sha: str) -> None:
        """Drop a document from its chunk's record (its rows must be gone from the part files first)."""
        entry = self.docs.pop(sha, None)
        if entry is None:
            return
        if self.by_path.get(entry.path) == sha:
            del self.by_path[entry.path]
        chunk = self.chunks[entry.chunk]
        chunk.documents = [s for s in chunk.documents if s != sha]


class Busy(Exception):
    """Another batch is writing to the same output folder."""


@contextlib.contextmanager
def lock(out: Path) -> Iterator[None]:
    folder = Path(out) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / ".lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(str(out)) from None
        yield
    finally:
        os.close(fd)
