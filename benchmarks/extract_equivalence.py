"""Reading equivalence: what the readers and the pipeline make of a set of documents, saved once and compared.

    .venv/bin/python benchmarks/extract_equivalence.py --save BASELINE [FOLDER|FILE …]
    .venv/bin/python benchmarks/extract_equivalence.py --compare BASELINE [FOLDER|FILE …]

For every document: the extracted disclosure (`model_dump(mode="json")`, keys sorted) and the pipeline's
record (key figures, table rows, sections, budget units, profile, reading notes, findings), or the
reason it could not be read. Without paths: the hand-audited corpus (tests/data/real/docs), the
documents in tests/data/ and tests/data/budget-beginnings/, and the synthetic corpora /tmp/read3-syn and
/tmp/syn20 where they exist. A speed change to the readers or the pipeline must leave every document
identical; `--compare` prints the first differences and exits 1 when any document differs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUFFIXES = {".pdf", ".docx", ".xlsx", ".html", ".htm", ".txt"}
DEFAULT_SOURCES = [ROOT / "tests/data/real/docs", ROOT / "tests/data", ROOT / "tests/data/budget-beginnings",
                   Path("/tmp/read3-syn"), Path("/tmp/syn20")]


def documents(sources: list[Path]) -> list[Path]:
    found: list[Path] = []
    for source in sources:
        if source.is_file():
            found.append(source)
        elif source.is_dir():
            found += sorted(p for p in source.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    return found


def reading_of(path: Path) -> dict:
    """Everything the readers and the pipeline derive from one document, as plain JSON values."""
    from yusuan.errors import InputError
    from yusuan.pipeline import process_file

    try:
        record = process_file(path)
    except InputError as exc:
        return {"unreadable": [p.message for p in exc.problems]}
    disclosure = json.loads(record.disclosure_json)
    return {"disclosure": disclosure, "reading_notes": disclosure.get("reading_notes"),
            "department": record.department, "year": record.year, "kind": record.kind, "pages": record.pages,
            "profile": record.profile, "figures": record.figures, "findings": record.findings,
            "tables": record.tables, "sections": record.sections, "budget_units": record.budget_units}


def canonical(value: dict) -> str:
    # paths relative to the checkout, so a baseline saved in one worktree compares in another
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1, default=str).replace(str(ROOT) + "/", "")


def key_of(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the baseline (one JSON file)")
    mode.add_argument("--compare", type=Path, help="compare with a saved baseline")
    args = parser.parse_args()
    paths = documents(args.paths or DEFAULT_SOURCES)
    from yusuan.catalog.catalog import default_catalog

    default_catalog()
    readings: dict[str, str] = {}
    seconds: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for path in paths:
        start = time.process_time()
        readings[key_of(path)] = canonical(reading_of(path))
        fmt = path.suffix.lower().lstrip(".")
        seconds[fmt] += time.process_time() - start
        counts[fmt] += 1
    timing = ", ".join(f"{fmt} {seconds[fmt] / counts[fmt]:.3f} s ×{counts[fmt]}" for fmt in sorted(counts))
    print(f"{len(paths)} documents read; CPU per document: {timing}")
    if args.save:
        args.save.write_text(json.dumps(readings, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"baseline saved: {args.save}")
        return
    baseline: dict[str, str] = json.loads(args.compare.read_text(encoding="utf-8"))
    differ = [k for k in readings if k in baseline and readings[k] != baseline[k]]
    missing = sorted(set(baseline) - set(readings))
    new = sorted(set(readings) - set(baseline))
    for key in differ[:5]:
        diff = difflib.unified_diff(baseline[key].splitlines(), readings[key].splitlines(), "baseline", "now",
                                    n=2, lineterm="")
        print(f"--- {key}")
        print("\n".join(list(diff)[:40]))
    print(f"identical: {len(readings) - len(differ) - len(new)}, different: {len(differ)}, "
          f"not in baseline: {len(new)}, in baseline only: {len(missing)}")
    if differ:
        print("different:", " ".join(differ[:30]))
        sys.exit(1)


if __name__ == "__main__":
    main()
