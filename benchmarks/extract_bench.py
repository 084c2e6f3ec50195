"""Extraction time per page against PyMuPDF's raw `page.get_text()` on the same PDFs.

    .venv/bin/python benchmarks/extract_bench.py [PDF …] [--repeat 5] [--generated N]

Without arguments: the real PDFs in tests/data/; `--generated N` adds N budgets rendered to PDF by
the build stage (the example and N-1 generated ones). Both sides open the file and read every
page; the catalogue is loaded once before timing. Target: extraction within 3× of get_text().
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yusuan.catalog.catalog import default_catalog  # noqa: E402
from yusuan.readers.published import extract_file  # noqa: E402


def raw(path: Path) -> int:
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text()
        return doc.page_count


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def generated(n: int, directory: Path) -> list[Path]:
    from yusuan.model.full import derive_full
    from yusuan.readers.data_file import read_data_file
    from yusuan.synth.generator import generate_budget
    from yusuan.synth.write import synth_rng
    from yusuan.writers.build import render

    datas = [read_data_file(ROOT / "examples" / "changji-renda-2023.yaml")]
    datas += [generate_budget(synth_rng(11, i)) for i in range(n - 1)]
    paths = []
    for i, data in enumerate(datas):
        render(data, derive_full(data), ["pdf"], directory, f"generated-{i}")
        paths.append(directory / f"generated-{i}.pdf")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--generated", type=int, default=0)
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((ROOT / "tests" / "data").glob("*.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        if args.generated:
            pdfs += generated(args.generated, Path(tmp))
        default_catalog()
        extract_file(pdfs[0])  # warm-up: imports, catalogue indexes
        total_pages = total_raw = total_ours = 0.0
        print(f"{'file':44} {'pages':>5} {'get_text ms/p':>14} {'extract ms/p':>13} {'ratio':>6}")
        for path in pdfs:
            pages = raw(path)
            t_raw = best(lambda p=path: raw(p), args.repeat)
            t_ours = best(lambda p=path: extract_file(p), args.repeat)
            total_pages += pages
            total_raw += t_raw
            total_ours += t_ours
            print(f"{path.name[:44]:44} {pages:5d} {1000 * t_raw / pages:14.2f} {1000 * t_ours / pages:13.2f} "
                  f"{t_ours / t_raw:6.2f}")
        print(f"{'all':44} {int(total_pages):5d} {1000 * total_raw / total_pages:14.2f} "
              f"{1000 * total_ours / total_pages:13.2f} {total_ours / total_raw:6.2f}")
        print(f"ratio (extraction / get_text, per page): {total_ours / total_raw:.2f}× — target ≤ 3×")


if __name__ == "__main__":
    main()
