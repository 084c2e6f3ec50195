"""Findings equivalence: every finding of the rule catalogue on a fixed set of documents, as JSON lines.

    .venv/bin/python benchmarks/check_equivalence.py --save baseline.jsonl
    .venv/bin/python benchmarks/check_equivalence.py --compare baseline.jsonl

The documents: 300 generated whole disclosures (derive_full over generate_budget seeds 0..299), every
document of the real-world corpus (tests/data/real/docs, read with load_disclosure), the seed
transcript (tests/check/seed_transcript.py) and the mutants of yusuan/synth/mutate.py (12 faults
each over 40 generated departments). A line holds one finding (rule id, severity, location,
message, expected, actual, fix, origin) under the document's name, in the order `check` returns
them. `--save` writes the baseline; `--compare` prints every difference and exits 1 when there is
one. A change that makes the checker faster must leave the output identical.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HERE = str(ROOT) + "/"  # paths kept relative to the checkout, so a baseline compares across worktrees

from yusuan.catalog.catalog import default_catalog  # noqa: E402
from yusuan.model.disclosure import Disclosure  # noqa: E402
from yusuan.model.full import derive_full  # noqa: E402
from yusuan.rules import check  # noqa: E402
from yusuan.synth.generator import generate_budget  # noqa: E402
from yusuan.synth.mutate import mutants  # noqa: E402

GENERATED = 300
MUTATED_DEPARTMENTS = 40
MUTANTS_EACH = 12
MUTANT_SEED = 10_000


def documents(catalog) -> Iterator[tuple[str, Disclosure]]:
    for seed in range(GENERATED):
        yield f"generated {seed}", derive_full(generate_budget(random.Random(seed), catalog), catalog)
    from yusuan.errors import InputError
    from yusuan.readers.disclosure_input import load_disclosure

    folder = ROOT / "tests" / "data" / "real" / "docs"
    for path in sorted(folder.iterdir()):
        if path.is_file():
            try:
                disclosure = load_disclosure(path)
            except InputError:  # a document Yusuan cannot read yet (realworld_bench counts it): no findings to compare
                continue
            yield f"real {path.name}", disclosure
    from tests.check.seed_transcript import seed_disclosure

    yield "seed", seed_disclosure()
    for seed in range(MUTANT_SEED, MUTANT_SEED + MUTATED_DEPARTMENTS):
        clean = derive_full(generate_budget(random.Random(seed), catalog), catalog)
        for i, m in enumerate(mutants(clean, random.Random(seed), MUTANTS_EACH, catalog)):
            yield f"mutant {seed}.{i} {m.kind}: {m.description}", m.disclosure


def lines(catalog) -> Iterator[str]:
    for name, disclosure in documents(catalog):
        findings = check(disclosure, catalog)
        yield json.dumps({"document": name, "findings": len(findings)}, ensure_ascii=False)
        for f in findings:
            yield json.dumps({"document": name, "rule": f.rule, "severity": f.severity.value,
                              "location": f.where.describe(), "where": f.where.to_dict(), "message": f.message,
                              "expected": f.expected, "actual": f.actual, "fix": f.fix, "origin": f.origin},
                             ensure_ascii=False, sort_keys=True).replace(HERE, "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the findings as the baseline")
    group.add_argument("--compare", type=Path, help="compare the findings with a saved baseline")
    args = parser.parse_args()
    out = list(lines(default_catalog()))
    documents_seen = sum(1 for line in out if '"findings"' in line and '"rule"' not in line)
    if args.save:
        args.save.write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"saved {len(out) - documents_seen} findings of {documents_seen} documents to {args.save}")
        return
    baseline = args.compare.read_text(encoding="utf-8").splitlines()
    if baseline == out:
        print(f"identical: {len(out) - documents_seen} findings of {documents_seen} documents")
        return
    diff = list(difflib.unified_diff(baseline, out, "baseline", "now", lineterm="", n=0))
    for line in diff[:200]:
        print(line)
    print(f"DIFFERENT: {sum(1 for d in diff if d[:1] in '+-' and d[:3] not in ('+++', '---'))} lines differ")
    sys.exit(1)


if __name__ == "__main__":
    main()
