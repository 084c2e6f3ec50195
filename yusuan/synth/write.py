"""Write synthetic budget data files: `yusuan synth N -o DIR --seed S`.

File i is drawn from its own rng seeded by (seed, i), so the same seed writes byte-identical
files, and the first files of a larger run are the files of a smaller one. Existing files are
never overwritten: if any target exists, nothing is written and FileExistsError names it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.synth.generator import generate_budget
from yusuan.writers.outputs import OutputFormat, Product, writer

FORMATS = (OutputFormat.YAML, OutputFormat.JSON)  # the data formats a generated file is written in


def synth_rng(seed: int, index: int) -> random.Random:
    """The rng of file `index` of a run with `seed` (a string seed: stable across processes)."""
    return random.Random(f"yusuan-synth:{seed}:{index}")


def synth_paths(n: int, out_dir: Path, fmt: str = "yaml") -> list[Path]:
    if fmt not in FORMATS:
        raise ValueError(f"不支持的格式 {fmt!r}（应为 {' 或 '.join(FORMATS)}）")
    suffix = writer(Product.DATA, fmt).suffix
    return [Path(out_dir) / f"budget-{i:04d}{suffix}" for i in range(n)]


def write_synth(
    n: int,
    out_dir: Path,
    seed: int,
    fmt: str = "yaml",
    progress: Callable[[], object] | None = None,
    *,
    catalog: Catalog | None = None,
    year: int | None = None,
) -> list[Path]:
    """Write n budget files budget-0000.yaml … into out_dir; `progress()` is called after each."""
    if n < 0:
        raise ValueError("n 不能为负数")
    paths = synth_paths(n, out_dir, fmt)
    for path in paths:
        if path.exists():
            raise FileExistsError(str(path))
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    catalog = catalog or default_catalog()
    for i, path in enumerate(paths):
        data = generate_budget(synth_rng(seed, i), catalog, year)
        if path.exists():  # appeared while writing: still never overwrite
            raise FileExistsError(str(path))
        writer(Product.DATA, fmt).write(data, path)
        if progress is not None:
            progress()
    return paths


__all__ = ["write_synth", "synth_paths", "synth_rng"]
