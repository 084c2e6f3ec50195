"""A synthetic national corpus of published documents: `yusuan synth N --documents --formats … --faults RATE`.

Document i is the disclosure of generated budget i (the same budgets as `yusuan synth`, from
`synth_rng(seed, i)`), published in format `formats[i % len(formats)]` by the build's own writers
(the .txt is the text layer of the HTML, as copied out of a PDF). A fraction `fault_rate` of them,
drawn from a separate rng, carries one injected fault (`yusuan.synth.mutate`: a changed table
figure, a dropped row, a replaced code, a changed amount or percentage in the text, a missing
table; workbooks hold tables only, so theirs are table faults). `truth.csv` says which document
has which fault; `listing.csv` is a `yusuan batch` listing (path, government, department, year).
Existing files are never overwritten; each file appears complete or not at all (temp + rename).
"""

from __future__ import annotations

import csv
import io
import os
import random
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from yusuan.atomic import write_text_atomically

FORMATS = ("pdf", "docx", "xlsx", "html", "txt")
TABLE_FAULTS = ("table-figure", "drop-row", "swap-code", "drop-table")
TRUTH = "truth.csv"
LISTING = "listing.csv"


@dataclass
class Truth:
    file: str
    format: str
    government: str
    department: str
    year: int
    faulty: int  # 1 when a fault was injected
    fault_kind: str
    fault: str


def parse_formats(text: str | Iterable[str]) -> list[str]:
    items = [s.strip().lower() for s in (text.split(",") if isinstance(text, str) else text) if s.strip()]
    unknown = [s for s in items if s not in FORMATS]
    if unknown or not items:
        raise ValueError(f"不支持的格式：{'、'.join(unknown) or '（空）'}（可选：{'、'.join(FORMATS)}）")
    return list(dict.fromkeys(items))


def file_name(index: int, fmt: str) -> str:
    return f"doc-{index:06d}.{fmt}"


def government_of(department: str) -> str:
    """The government a generated department belongs to: the longest place name it starts with."""
    from yusuan.synth.names import PLACES

    return max((p for p in PLACES if department.startswith(p)), key=len, default="")


def fault_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"yusuan-faults:{seed}:{index}")


def make_document(index: int, seed: int, fmt: str, fault_rate: float, out_dir: str,
                  year: int | None = None) -> Truth:
    """Generate, maybe fault, publish and place document `index` (runs in a worker process)."""
    from yusuan.catalog.catalog import default_catalog
    from yusuan.model.full import derive_full
    from yusuan.synth.generator import generate_budget
    from yusuan.synth.mutate import KINDS, mutants
    from yusuan.synth.write import synth_rng
    from yusuan.writers.build import render

    catalog = default_catalog()
    data = generate_budget(synth_rng(seed, index), catalog, year)
    disclosure = derive_full(data, catalog)
    frng = fault_rng(seed, index)
    kind, description = "", ""
    if frng.random() < fault_rate:
        kinds = list(TABLE_FAULTS if fmt == "xlsx" else KINDS)
        frng.shuffle(kinds)
        for k in kinds:
            made = mutants(disclosure, frng, 1, catalog, [k])
            if made:
                disclosure, kind, description = made[0].disclosure, k, made[0].description
                break
    name = file_name(index, fmt)
    target = Path(out_dir) / name
    with tempfile.TemporaryDirectory(prefix=".yusuan-synth-", dir=out_dir) as tmp:
        if fmt == "txt":
            from yusuan.synth.text_layer import text_layer
            from yusuan.writers.document import DocumentOutput, document_html

            page = document_html(DocumentOutput(disclosure, data.department.publish_date))
            (Path(tmp) / name).write_text(text_layer(page), encoding="utf-8")
        else:
            render(data, disclosure, [fmt], Path(tmp), f"doc-{index:06d}")
        if target.exists():
            raise FileExistsError(str(target))
        os.replace(Path(tmp) / name, target)
    department = data.department.name
    return Truth(name, fmt, government_of(department), department, data.department.year, int(bool(kind)), kind,
                 description)


def targets(n: int, out_dir: Path, formats: list[str]) -> list[Path]:
    return [Path(out_dir) / file_name(i, formats[i % len(formats)]) for i in range(n)]


def write_documents(n: int, out_dir: Path, seed: int = 0, formats: Iterable[str] = FORMATS,
                    fault_rate: float = 0.0, *, jobs: int = 1, year: int | None = None,
                    progress: Callable[[], object] | None = None) -> list[Truth]:
    """Write n published documents, `truth.csv` and `listing.csv` into out_dir; never overwrite."""
    formats = parse_formats(list(formats))
    if not 0 <= fault_rate <= 1:
        raise ValueError("故障比例应在 0 到 1 之间")
    out_dir = Path(out_dir)
    for path in [*targets(n, out_dir, formats), out_dir / TRUTH, out_dir / LISTING]:
        if path.exists():
            raise FileExistsError(str(path))
    out_dir.mkdir(parents=True, exist_ok=True)
    args = [(i, seed, formats[i % len(formats)], fault_rate, str(out_dir), year) for i in range(n)]
    truths: list[Truth] = []
    if jobs <= 1:
        for a in args:
            truths.append(make_document(*a))
            if progress:
                progress()
    else:
        with ProcessPoolExecutor(jobs, mp_context=_spawn()) as pool:
            for t in pool.map(make_document, *zip(*args, strict=True), chunksize=4):
                truths.append(t)
                if progress:
                    progress()
    write_text_atomically(out_dir / TRUTH, _csv([asdict(t) for t in truths]))
    write_text_atomically(out_dir / LISTING, _csv([{"path": t.file, "government": t.government,
                                                    "department": t.department, "year": t.year} for t in truths]))
    return truths


def _spawn():
    import multiprocessing

    return multiprocessing.get_context("spawn")


def _csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    if rows:
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return buf.getvalue()


def read_truth(folder: Path) -> list[Truth]:
    with open(Path(folder) / TRUTH, encoding="utf-8", newline="") as fh:
        return [Truth(**{**r, "year": int(r["year"]), "faulty": int(r["faulty"])}) for r in csv.DictReader(fh)]
