"""Time and peak memory of every hostile case, each run as a user runs it (the command line in a
fresh process, its worker processes included); none may take more than 30 s or 1 GB.

    python benchmarks/hostile_bench.py [CASE-SUBSTRING …]

Inputs are generated in a temporary folder (bombs are built in seconds, see tests/hostile/bombs.py).
Peak memory is the largest resident set of the command and its workers (RUSAGE_CHILDREN of a
wrapper process that runs nothing else).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.bombs import (  # noqa: E402
    DOCX_HEAD,
    DOCX_TAIL,
    SHEET_HEAD,
    SHEET_TAIL,
    bomb_copy,
    docx_paragraphs,
    sheet_rows,
)
from tests.hostile.conftest import rezip  # noqa: E402

EXAMPLE_YAML = ROOT / "examples" / "changji-renda-2023.yaml"
EXAMPLE_XLSX = ROOT / "examples" / "changji-renda-2023.xlsx"
SEED = ROOT / "tests" / "data" / "seed-changji-renda-2023.txt"
PDF = ROOT / "tests" / "data" / "putuo-caizhengju-2024-juesuan.pdf"
MAX_SECONDS, MAX_MB = 30, 1024

WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
out = proc.stdout + proc.stderr
print(proc.returncode, f"{seconds:.2f}", peak, int("Traceback" in out), out.replace(chr(10), " ")[:160], sep="\\t")
"""


def run_case(args: list[str]) -> tuple[int, float, int, bool, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    cli = [sys.executable, "-c", "from yusuan.cli.main import main; main()", *args]
    out = subprocess.run([sys.executable, "-c", WRAPPER, *cli], capture_output=True, text=True, env=env,
                         timeout=600).stdout.strip().split("\t")
    return int(out[0]), float(out[1]), int(out[2]), out[3] == "1", out[4] if len(out) > 4 else ""


def cases(work: Path) -> dict[str, list[str]]:
    from yusuan.readers.data_file import read_data_file
    from yusuan.writers.build import build

    built = {p.suffix[1:]: p for p in build(read_data_file(EXAMPLE_YAML), work / "built", ["html", "docx", "xlsx"],
                                            stem="published", source="example")}
    seed = SEED.read_text(encoding="utf-8")
    example = EXAMPLE_YAML.read_text(encoding="utf-8")
    f = work / "inputs"
    f.mkdir()

    def write(name: str, data: bytes | str) -> Path:
        path = f / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    sheet_bomb = bomb_copy(EXAMPLE_XLSX, f / "sheet-bomb.xlsx", "xl/worksheets/sheet5.xml", SHEET_HEAD,
                           sheet_rows(20_000), 1000, SHEET_TAIL)
    docx_bomb = bomb_copy(built["docx"], f / "docx-bomb.docx", "word/document.xml", DOCX_HEAD,
                          docx_paragraphs(40_000), 1000, DOCX_TAIL)
    rows = bomb_copy(EXAMPLE_XLSX, f / "million-rows.xlsx", "xl/worksheets/sheet5.xml", SHEET_HEAD,
                     sheet_rows(10_000), 100, SHEET_TAIL)
    with __import__("zipfile").ZipFile(built["xlsx"]) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    corner = rezip(built["xlsx"], f / "used-range.xlsx", {"xl/worksheets/sheet1.xml": sheet.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>', 1)})
    lines = seed.splitlines()
    long_title = write("long-line-20k.txt", "部门预算收入支出合计" * 2000)
    nul = write("nul-100k.txt", b"\0" * 100_000)
    one_line_html = write("one-line.html", "<html><body><p>" + "部门预算收入支出合计卫生健康" * 60_000 + "</p></body></html>")
    huge_text = write("text-16mb.txt", seed * (16_000_000 // len(seed.encode()) + 1))
    long_in_seed = write("seed-with-100k-line.txt", "\n".join([*lines[:300], "很" * 99_000, *lines[300:]]))
    utf16_html = write("utf16.html", built["html"].read_text(encoding="utf-8").encode("utf-16"))
    truncated_pdf = write("truncated.pdf", PDF.read_bytes()[: PDF.stat().st_size // 3])
    gb_yaml = write("gb18030.yaml", example.encode("gb18030"))
    nan_yaml = write("nan.yaml", example.replace("personnel: 330.01", "personnel: .nan", 1))
    huge_amount = write("1e26.yaml", example.replace("personnel: 330.01", "personnel: 1e26", 1))
    digits = write("digits.json", '{"department": {"year": ' + "9" * 5000 + "}}")
    deep = write("deep.json", "[" * 100_000 + "]" * 100_000)
    fullwidth = write("fullwidth.yaml", example.replace("personnel: 330.01", "personnel: ３３０．０１", 1))
    big_yaml = write("big-10mb.yaml", example + "\nnotes_padding: |\n" + ("  " + "说明" * 40 + "\n") * 40_000)
    many = [str(p) for p in (SEED, EXAMPLE_YAML, sheet_bomb, nul, long_title, gb_yaml)] * 3
    out = work / "out"
    return {
        "xlsx sheet bomb (1 GB) · check": ["check", str(sheet_bomb)],
        "xlsx sheet bomb (1 GB) · extract": ["extract", str(sheet_bomb), "-o", str(out / "a")],
        "xlsx sheet bomb (1 GB) · validate": ["validate", str(sheet_bomb)],
        "docx bomb (1 GB) · check": ["check", str(docx_bomb)],
        "million rows · validate": ["validate", str(rows)],
        "used range XFD1048576 · check": ["check", str(corner)],
        "20k-character line · check": ["check", str(long_title)],
        "100 KB of NUL · check": ["check", str(nul)],
        "900 KB one-line HTML · check": ["check", str(one_line_html)],
        "16 MB text · check": ["check", str(huge_text)],
        "seed + 99k-character line · check": ["check", str(long_in_seed)],
        "UTF-16 HTML · figures": ["figures", str(utf16_html)],
        "truncated PDF · check": ["check", str(truncated_pdf)],
        "GB18030 YAML · figures": ["figures", str(gb_yaml)],
        ".nan · validate": ["validate", str(nan_yaml)],
        "1e26 · build": ["build", str(huge_amount), "-o", str(out / "b")],
        "5000 digits · validate": ["validate", str(digits)],
        "100 000 nested brackets · validate": ["validate", str(deep)],
        "full-width amount · validate": ["validate", str(fullwidth)],
        "10 MB YAML · validate": ["validate", str(big_yaml)],
        "18 files, 3 bombs · check": ["check", *many],
        "real PDF · check (reference)": ["check", str(PDF)],
    }


def main() -> None:
    wanted = sys.argv[1:]
    work = Path(tempfile.mkdtemp(prefix="yusuan-hostile-"))
    start = time.perf_counter()
    todo = {name: args for name, args in cases(work).items() if not wanted or any(w in name for w in wanted)}
    print(f"inputs generated in {time.perf_counter() - start:.1f} s ({work})\n")
    print(f"{'case':38s} {'exit':>4s} {'seconds':>8s} {'peak MB':>8s}  verdict")
    results, over = {}, 0
    for name, args in todo.items():
        code, seconds, peak, traceback, text = run_case(args)
        ok = seconds <= MAX_SECONDS and peak <= MAX_MB and not traceback and code in (0, 1, 2)
        over += not ok
        verdict = "ok" if ok else "OVER" + (" (traceback)" if traceback else "")
        print(f"{name:38s} {code:4d} {seconds:8.2f} {peak:8d}  {verdict}   {text[:70]}", flush=True)
        results[name] = {"exit": code, "seconds": seconds, "peak_mb": peak, "ok": ok}
    print(f"\n{len(results) - over} of {len(results)} cases within {MAX_SECONDS} s and {MAX_MB} MB")
    (work / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if over:
        sys.exit(1)


if __name__ == "__main__":
    main()
