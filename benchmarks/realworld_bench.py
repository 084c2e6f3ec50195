"""Yusuan on the hand-audited real-world corpus (tests/data/real), per province and overall.

    .venv/bin/python benchmarks/realworld_bench.py [--by province|kind|layout] [--markdown] [--details]

Prints, per province and overall: documents read; key figures exact / stated (compared at 万元 with
two decimals, the truth converted from the document's own unit); audited errors found / total (found
only when a finding states the audited correct value and names the printed one); error findings the
audit does not support (false errors); warnings on clean documents; completeness errors on parts; and
the rules whose severity changed since the corpus work began; how often the kind, year, extent and
department read agree with the truth file. Also the rate of documents checked per second. The scoring is tests/realworld/evaluate.py, the same the test suite asserts on.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.realworld.evaluate import Score, evaluate, truth_files  # noqa: E402

BASE_COMMIT = "16c5668"  # the last commit before the real-world corpus work (issue 8)
ROW = re.compile(r"^\| \[(\w\d{3})\]\(#\w+\) \| `[^`]+` \| [^（]+（(\w+)）")


def severities(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for line in text.splitlines() if (m := ROW.match(line))}


def severity_changes() -> list[str]:
    try:
        before = subprocess.run(["git", "show", f"{BASE_COMMIT}:docs/rules.md"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ["(git history not available)"]
    from yusuan.rules.registry import all_rules

    old = severities(before)
    return [f"{r.id}: {old[r.id]} → {r.severity.value}" for r in all_rules()
            if r.id in old and old[r.id] != r.severity.value]


def line(name: str, scores: list[Score]) -> list[str]:
    read = sum(s.read for s in scores)
    stated = sum(s.figures_stated for s in scores)
    exact = sum(s.figures_exact for s in scores)
    total = sum(s.errors_total for s in scores)
    found = sum(s.errors_found for s in scores)
    false = sum(len(s.false_errors) for s in scores)
    warn_clean = sum(s.warnings for s in scores if s.clean)
    parts = sum(s.completeness_errors_on_part for s in scores)

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "—"

    return [name, f"{read}/{len(scores)}", pct(exact, stated), pct(found, total), str(false), str(warn_clean), str(parts)]


def write_gaps(scores: list[Score]) -> None:
    """The misses the corpus test tolerates, per document; the test fails when one is closed too, so the
    list only shrinks. False errors and completeness errors on parts are never tolerated."""
    import yaml

    gaps = {s.id: {k: v for k, v in (("figures", sorted(s.figure_misses)), ("errors", sorted(s.error_misses))) if v}
            for s in scores if s.figure_misses or s.error_misses}
    path = ROOT / "tests" / "realworld" / "known_gaps.yaml"
    head = "# Written by `benchmarks/realworld_bench.py --write-gaps`: what Yusuan still misses on the corpus.\n"
    path.write_text(head + yaml.safe_dump(gaps, allow_unicode=True, sort_keys=True, width=200), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(gaps)} documents with gaps")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--details", action="store_true", help="list every miss and false error")
    parser.add_argument("--write-gaps", action="store_true",
                        help="rewrite tests/realworld/known_gaps.yaml: the figures and audited errors still missed")
    parser.add_argument("--by", choices=("province", "kind", "layout"), default="province",
                        help="group rows by province, by kind and extent (决算/三公 …), or by layout family")
    args = parser.parse_args()
    paths = truth_files()
    start = time.perf_counter()
    scores = [evaluate(p) for p in paths]
    elapsed = time.perf_counter() - start
    groups: dict[str, list[Score]] = defaultdict(list)
    for s in scores:
        groups[{"province": s.province, "kind": f"{s.kind} · {s.extent}", "layout": s.layout}[args.by]].append(s)
    provinces = {s.province for s in scores}
    header = [args.by, "read", "key figures exact", "audited errors found", "false errors",
              "warnings on clean", "completeness errors on parts"]
    rows = [line(g, groups[g]) for g in sorted(groups)]
    rows.append(line("**all**" if args.markdown else "ALL", scores))
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(str(r[i])) for r in [header, *rows]) + 2 for i in range(len(header))]
        for r in [header, *rows]:
            print("".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    kinds: dict[str, int] = defaultdict(int)
    for s in scores:
        kinds[f"{s.kind}/{s.extent}"] += 1
    print(f"\n{len(scores)} documents from {len(provinces)} provinces: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"{len(scores) / elapsed:.1f} documents/s read, figured and checked (one process)")
    agree: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in scores:
        for name, (truth, got) in s.identity.items():
            agree[name][0] += truth == got
            agree[name][1] += 1
    print("what the document is, as the truth file says: "
          + ", ".join(f"{k} {a}/{n}" for k, (a, n) in agree.items()))
    changes = severity_changes()
    print("rules whose severity changed since the corpus work began: " + (", ".join(changes) or "none"))
    if args.write_gaps:
        write_gaps(scores)
    if args.details:
        for s in scores:
            differs = [f"{k}: {truth} → {got or '—'}" for k, (truth, got) in s.identity.items() if truth != got]
            for what, items in (("not read", [s.read_error] if not s.read else []), ("figure", s.figure_misses),
                                ("error missed", s.error_misses), ("FALSE ERROR", s.false_errors),
                                ("read as", differs)):
                for item in items:
                    print(f"{s.id} [{s.province}] {what}: {item}")


if __name__ == "__main__":
    main()
