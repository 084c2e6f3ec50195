"""Fuzz every reader for longer than the suite does: examples run, distinct failures, slowest example.

    python benchmarks/fuzz_bench.py [EXAMPLES_PER_TARGET] [TARGET …]     (default 200, every target)

Targets: yaml, json, json-values, workbook, workbook-cells, text, html, docx, xlsx, pdf. Inputs are
mutations of real files (tests/data/, the bundled example, documents built from it); a failure is
any exception other than InputError, identified by its type and the innermost Yusuan frame. Every
failing input and the slowest input of each target are kept in a folder printed at the end.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.hostile.fuzzing import EDITS_OR_TOKENS, Tally, classify, mutate, mutate_text, mutate_zip  # noqa: E402

EXAMPLE_YAML = ROOT / "examples" / "changji-renda-2023.yaml"
EXAMPLE_XLSX = ROOT / "examples" / "changji-renda-2023.xlsx"
DATA = ROOT / "tests" / "data"


def _runner(name, make, read, tally: Tally, slow_input: list[bytes], kept: Path, examples: int):
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(which=st.integers(0, 1000), edits=EDITS_OR_TOKENS)
    def run(which, edits):
        path = make(which, edits)
        before = tally.slowest[0]
        outcome = classify(read, path)
        tally.add(f"{name} #{tally.runs}", outcome)
        if outcome.kind == "crash":
            keep = kept / f"{name}-{list(tally.failures).index(outcome.error) + 1}{path.suffix}"
            if not keep.exists():  # the first input of each distinct failure
                shutil.copy(path, keep)
        if tally.slowest[0] > before:
            slow_input[0] = path.read_bytes()

    return run


def main() -> None:
    from yusuan.readers.data_file import dump_data, read_data_file
    from yusuan.readers.disclosure_input import load_disclosure
    from yusuan.readers.workbook import read_workbook
    from yusuan.writers.build import build

    args = sys.argv[1:]
    examples = int(args.pop(0)) if args and args[0].isdigit() else 200
    work = Path(tempfile.mkdtemp(prefix="yusuan-fuzz-"))
    kept = work / "kept"
    kept.mkdir()
    example = read_data_file(EXAMPLE_YAML)
    built = {p.suffix[1:]: p for p in build(example, work / "built", ["html", "docx", "xlsx"], stem="published",
                                            source="example")}
    example_json = json.dumps(dump_data(example), ensure_ascii=False).encode()
    texts = [DATA / "seed-changji-renda-2023.txt", *sorted((DATA / "real" / "docs").glob("*.txt"))[:20]]
    pdfs = sorted(DATA.glob("*.pdf"))

    def bytes_target(name: str, suffix: str, sources: list[bytes], read, text: bool = False):
        def make(draw_which: int, edits) -> Path:
            """Odd draws of a text format: mutated as text (reaching the parsers), even: as bytes."""
            target = work / f"{name}{suffix}"
            source = sources[(draw_which // 2) % len(sources)]
            target.write_bytes((mutate_text if text and draw_which % 2 else mutate)(source, edits))
            return target
        return make, read

    def zip_target(name: str, suffix: str, source: Path, read):
        def make(part: int, edits) -> Path:
            return mutate_zip(source, work / f"{name}{suffix}", part, edits)
        return make, read

    targets = {
        "yaml": bytes_target("yaml", ".yaml", [EXAMPLE_YAML.read_bytes()], read_data_file, text=True),
        "json": bytes_target("json", ".json", [example_json], read_data_file, text=True),
        "workbook": zip_target("workbook", ".xlsx", EXAMPLE_XLSX, read_workbook),
        "text": bytes_target("text", ".txt", [p.read_bytes() for p in texts], load_disclosure, text=True),
        "html": bytes_target("html", ".html", [built["html"].read_bytes()], load_disclosure, text=True),
        "docx": zip_target("docx", ".docx", built["docx"], load_disclosure),
        "xlsx": zip_target("xlsx", ".xlsx", built["xlsx"], load_disclosure),
        "pdf": bytes_target("pdf", ".pdf", [p.read_bytes() for p in pdfs], load_disclosure),
    }
    chosen = [t for t in args if t in targets] or list(targets)
    print(f"{'target':10s} {'examples':>8s} {'read':>6s} {'refused':>8s} {'crashes':>8s} {'distinct':>8s}  slowest")
    failures_total = 0
    for name in chosen:
        make, read = targets[name]
        tally = Tally()
        slow_input: list[bytes] = [b""]

        run = _runner(name, make, read, tally, slow_input, kept, examples)
        start = time.perf_counter()
        run()
        (kept / f"{name}-slowest{make(0, [(0.0, 'insert', b' ')]).suffix}").write_bytes(slow_input[0])
        failures_total += len(tally.failures)
        print(f"{name:10s} {tally.runs:8d} {tally.kinds.get('read', 0):6d} {tally.kinds.get('refused', 0):8d} "
              f"{tally.kinds.get('crash', 0):8d} {len(tally.failures):8d}  {tally.slowest[0]:.2f} s "
              f"({time.perf_counter() - start:.0f} s in all)", flush=True)
        for error, detail in tally.failures.items():
            print(f"    ✗ {error}\n      {detail.splitlines()[-1][:150] if detail else ''}")
    print(f"\ndistinct failures: {failures_total}; failing and slowest inputs kept in {kept}")


if __name__ == "__main__":
    main()
