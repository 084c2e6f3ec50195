"""Disclosures checked per second per core.

    .venv/bin/python benchmarks/check_bench.py [--count 300] [--seed 0]

Generates `count` departments (yusuan.synth), derives each disclosure with its texts (tables and
explanations), then times the full rule catalogue on them in this one process — one core, CPU time
(the figure does not depend on what else the machine runs). Every document is distinct and checked
once: nothing of one document's analysis is kept for the next; only pure functions of short phrases
stay cached (the quantity keys of model/quantities.py, catalog.normalize_name), and "texts, no cache"
times the same documents with every such cache emptied before each one (rules.runner.clear_caches). Also times tables-only disclosures (no texts), the transcribed
seed publication and the real-world corpus (tests/data/real, read first; only the check is timed; no
target).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from yusuan.catalog.catalog import default_catalog  # noqa: E402
from yusuan.model.derive import derive_disclosure  # noqa: E402
from yusuan.model.full import derive_full  # noqa: E402
from yusuan.rules import Severity, check  # noqa: E402
from yusuan.rules.runner import clear_caches  # noqa: E402
from yusuan.synth.generator import generate_budget  # noqa: E402


def timed(disclosures, catalog, cold: bool = False) -> tuple[float, int, int]:
    """CPU seconds to check every disclosure, and the findings and errors found; `cold`: every cache
    of the checker emptied before each document (its time counted)."""
    errors = findings = 0
    start = time.process_time()
    for d in disclosures:
        if cold:
            clear_caches()
        result = check(d, catalog)
        findings += len(result)
        errors += sum(1 for f in result if f.severity == Severity.ERROR)
    return time.process_time() - start, findings, errors


def real_world() -> list:
    """The documents of the real-world corpus, read (extraction is not what is timed)."""
    from yusuan.readers.disclosure_input import load_disclosure

    folder = Path(__file__).resolve().parent.parent / "tests" / "data" / "real" / "docs"
    return [load_disclosure(p) for p in sorted(folder.iterdir()) if p.is_file()] if folder.is_dir() else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    catalog = default_catalog()
    budgets = [generate_budget(random.Random(args.seed + i), catalog) for i in range(args.count)]
    full = [derive_full(b, catalog) for b in budgets]
    tables = [derive_disclosure(b, catalog) for b in budgets]
    check(full[0], catalog)  # warm the caches (catalogue name index)
    for label, batch, cold in (("tables and texts", full, False), ("texts, no cache", full, True),
                               ("tables only", tables, False)):
        seconds, findings, errors = timed(batch, catalog, cold)
        print(f"{label:16s}: {len(batch)} disclosures in {seconds:.2f} s = {len(batch) / seconds:.1f} per second "
              f"per core ({1000 * seconds / len(batch):.1f} ms each); {findings} findings, {errors} errors")
    real = real_world()
    if real:
        seconds, findings, errors = timed(real, catalog)
        print(f"{'real-world corpus':16s}: {len(real)} documents in {seconds:.2f} s = {len(real) / seconds:.1f} per "
              f"second per core ({1000 * seconds / len(real):.1f} ms each); {findings} findings, {errors} errors")
    try:
        from tests.check.seed_transcript import seed_disclosure
    except ImportError:
        return
    seeds = [seed_disclosure() for _ in range(50)]  # distinct copies: nothing cached between them
    seconds, findings, _ = timed(seeds, catalog)
    print(f"{'seed transcript':16s}: {50 / seconds:.1f} per second ({findings // 50} findings each)")


if __name__ == "__main__":
    main()
