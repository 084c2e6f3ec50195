"""Property-based fuzzing of the readers, shared by tests/hostile/test_fuzz.py (a small budget in
the suite) and benchmarks/fuzz_bench.py (a longer run).

Every reader must answer any bytes with data or an `InputError` (a Chinese message naming the
file); anything else — an exception of another kind — is a failure. Inputs are mutations of real
files: the corpus in tests/data/, the bundled example, and documents built from it at run time.
Mutations work on the bytes a reader sees: the file itself for text, HTML and PDF, and the parts
inside the zip for DOCX and XLSX (a mutated zip would mostly fail its checksum and test nothing).
"""

from __future__ import annotations

import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

from yusuan.errors import InputError

# A mutation: (where, as a fraction of the length; what; a byte string)
EDITS = st.lists(
    st.tuples(st.floats(0, 1, allow_nan=False), st.sampled_from(["flip", "delete", "insert", "repeat", "truncate"]),
              st.binary(min_size=1, max_size=12)),
    min_size=1, max_size=6)
INTERESTING = [b"\x00", b"\xff\xfe", b"<", b">", b"&", b"&lol;", b"]]>", b"\t", b"\n" * 3, "一、".encode(), "表1".encode(),
               "合计".encode(), "万元".encode(), b"9" * 40, "１２３".encode(), b"\xe4\xb8", b"\\u0000", b"%PDF", b"obj",
               b"endstream", b"-1", b"1e999", b"NaN"]
EDITS_OR_TOKENS = st.lists(
    st.tuples(st.floats(0, 1, allow_nan=False), st.sampled_from(["flip", "delete", "insert", "repeat", "truncate"]),
              st.one_of(st.binary(min_size=1, max_size=12), st.sampled_from(INTERESTING))),
    min_size=1, max_size=6)


def mutate(data: bytes, edits: list[tuple[float, str, bytes]]) -> bytes:
    out = bytearray(data)
    for where, what, payload in edits:
        i = min(int(where * len(out)), max(len(out) - 1, 0))
        if what == "flip" and out:
            out[i] ^= payload[0] or 0xFF
        elif what == "delete":
            del out[i: i + len(payload) * 8]
        elif what == "insert":
            out[i:i] = payload
        elif what == "repeat":
            out[i:i] = bytes(out[i: i + 64]) * (1 + payload[0] % 50)
        elif what == "truncate":
            del out[i:]
    return bytes(out)


def mutate_text(data: bytes, edits: list[tuple[float, str, bytes]]) -> bytes:
    """The same edits on the decoded text (payloads decoded leniently), encoded back as UTF-8: the
    document stays readable text, so that the edits reach the parsers rather than the decoder."""
    from yusuan.encoding import decode_chinese_text

    out = list(decode_chinese_text(data) or data.decode("utf-8", "replace"))
    for where, what, payload in edits:
        piece = list(payload.decode("utf-8", "replace"))
        i = min(int(where * len(out)), max(len(out) - 1, 0))
        if what == "flip" and out:
            out[i] = chr((ord(out[i]) ^ (payload[0] or 0xFF)) % 0xD800)
        elif what == "delete":
            del out[i: i + len(piece) * 8]
        elif what == "insert":
            out[i:i] = piece
        elif what == "repeat":
            out[i:i] = out[i: i + 40] * (1 + payload[0] % 50)
        elif what == "truncate":
            del out[i:]
    return "".join(out).encode("utf-8", "replace")


def mutate_zip(source: Path, target: Path, part_index: int, edits) -> Path:
    """A copy of the container with one of its XML parts mutated."""
    with zipfile.ZipFile(source) as zin:
        names = [n for n in zin.namelist() if n.endswith((".xml", ".rels"))]
        victim = names[part_index % len(names)]
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            for info in zin.infolist():
                data = zin.read(info.filename)
                z.writestr(info.filename, mutate(data, edits) if info.filename == victim else data)
    return target


@dataclass
class Outcome:
    kind: str  # "read", "refused" (InputError), "crash"
    seconds: float
    error: str = ""  # crash: exception type and the innermost frame in yusuan
    detail: str = ""


def classify(read: Callable[[Path], object], path: Path) -> Outcome:
    """Run one reader on one input; a crash is identified by its type and where it was raised."""
    start = time.perf_counter()
    try:
        read(path)
        return Outcome("read", time.perf_counter() - start)
    except InputError as exc:
        return Outcome("refused", time.perf_counter() - start, detail=str(exc)[:200])
    except Exception as exc:  # noqa: BLE001 - this is what fuzzing looks for
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/yusuan/" in f.filename] \
            or traceback.extract_tb(exc.__traceback__)
        last = frames[-1] if frames else None
        where = f"{Path(last.filename).name}:{last.lineno} {last.name}" if last else "?"
        return Outcome("crash", time.perf_counter() - start, f"{type(exc).__name__} at {where}",
                       "".join(traceback.format_exception(exc))[-1500:])


@dataclass
class Tally:
    """Examples run, distinct failures, and the slowest example (for the benchmark)."""

    runs: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # error → a detail
    slowest: tuple[float, str] = (0.0, "")

    def add(self, name: str, outcome: Outcome) -> None:
        self.runs += 1
        self.kinds[outcome.kind] = self.kinds.get(outcome.kind, 0) + 1
        if outcome.kind == "crash":
            self.failures.setdefault(outcome.error, f"{name}\n{outcome.detail}")
        if outcome.seconds > self.slowest[0]:
            self.slowest = (outcome.seconds, name)
