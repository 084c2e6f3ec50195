"""PDF engines side by side on the same document: WeasyPrint (as shipped until Typst, and tuned)
against Typst (the `typst` package), each in a fresh process so that the engine's import and font
set-up count, as they do in a one-document `yusuan build`.

    .venv/bin/python benchmarks/pdf_engines.py [--repeat 3] [--generated 3]

WeasyPrint needs `pip install weasyprint` (not a dependency of Yusuan any more). For every engine:
CPU seconds (user + system of the process, from just before the engine is imported to the file
written; min and median over the repeats), pages, file size, and whether every paragraph and
every table figure of the document reads back from the PDF (PyMuPDF, whitespace ignored).
docs/pdf-engines.md records the figures and the choice.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "changji-renda-2023.yaml"

# CSS that WeasyPrint spends time on and the document can do without (the "tuned" variant):
# contents page numbers through target-counter() (a second pass over the pages), the dot leaders,
# tabular figures (an OpenType feature on every amount), break-anywhere wrapping, font fallbacks.
TUNING = [
    (r"@media print \{\s*\.contents a::after \{[^}]*\}\s*\}", ""),
    (r"font-variant-numeric: tabular-nums;", ""),
    (r"overflow-wrap: anywhere;", ""),
    (r'font-family: "Noto Serif CJK SC",[^;]*;', 'font-family: "Noto Serif CJK SC";'),
    (r'font-family: "Noto Sans CJK SC",[^;]*;', 'font-family: "Noto Sans CJK SC";'),
]

WORKER = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from yusuan.readers.budget_input import load_budget
from yusuan.model.full import derive_full
from yusuan.synth.generator import generate_budget
from yusuan.synth.write import synth_rng
from yusuan.writers.outline import outline

engine, source, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
data = load_budget(Path(source)) if not source.startswith("synth:") else generate_budget(synth_rng(0, int(source[6:])))
d = derive_full(data)
layout = outline(d, data.department.publish_date)

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

start = cpu()
if engine.startswith("weasyprint"):
    from yusuan.writers.html import render_outline, stylesheet
    html = render_outline(layout, d.kind.value)
    if engine == "weasyprint-tuned":
        import re
        css = stylesheet()
        tuned = css
        for pattern, repl in json.loads(sys.argv[4]):
            tuned = re.sub(pattern, repl, tuned)
        html = html.replace(css, tuned)
    from weasyprint import HTML
    out.write_bytes(HTML(string=html).write_pdf())
else:
    from yusuan.writers.pdf import render_pdf
    out.write_bytes(render_pdf(layout, d.kind.value, data.department.publish_date))
seconds = cpu() - start
texts = [b.text for b in layout.blocks if type(b).__name__ == "Para"]
figures = [c.text for b in layout.blocks if type(b).__name__ == "TableBlock"
           for r in b.grid.body for c in r.cells if c.kind == "amount" and c.text]
print(json.dumps({{"seconds": seconds, "texts": texts, "figures": figures}}, ensure_ascii=False))
"""


def flat(text: str) -> str:
    """Text without whitespace and without the page numbers ("— 14 —") a paragraph may run across."""
    return re.sub(r"—\s*\d+\s*—|\s", "", text)


def run(engine: str, source: str, out: Path) -> dict:
    code = WORKER.format(root=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code, engine, source, str(out), json.dumps(TUNING)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def readback(path: Path, texts: list[str], figures: list[str]) -> tuple[int, str]:
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        body = flat("".join(page.get_text() for page in doc))
        pages = doc.page_count
    missing_text = sum(flat(t) not in body for t in texts)
    missing_figures = sum(f not in body for f in figures)
    ok = "完整" if not missing_text and not missing_figures else f"缺 {missing_text} 段、{missing_figures} 个数字"
    return pages, ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--generated", type=int, default=3, help="generated departments (seed 0, index 0…N-1)")
    parser.add_argument("--engines", default="weasyprint,weasyprint-tuned,typst")
    args = parser.parse_args()
    engines = args.engines.split(",")
    sources = [("示例", str(EXAMPLE))] + [(f"生成部门 {i}", f"synth:{i}") for i in range(args.generated)]
    print(f"CPU 核数 {os.cpu_count()}，Python {sys.version.split()[0]}；CPU 秒 = 引擎导入 + 字体 + 排版 + 写文件"
          f"（每项 {args.repeat} 次，新进程）\n")
    print(f"{'文档':10s} {'引擎':18s} {'最少':>7s} {'中位数':>7s} {'页数':>4s} {'大小':>9s}  读回")
    with tempfile.TemporaryDirectory(prefix="yusuan-pdf-engines-") as tmp:
        for name, source in sources:
            for engine in engines:
                out = Path(tmp) / f"{engine}.pdf"
                results = [run(engine, source, out) for _ in range(args.repeat)]
                secs = [r["seconds"] for r in results]
                pages, ok = readback(out, results[0]["texts"], results[0]["figures"])
                print(f"{name:10s} {engine:18s} {min(secs):6.2f}s {statistics.median(secs):6.2f}s {pages:4d} "
                      f"{out.stat().st_size / 1024:7.0f}KiB  {ok}")


if __name__ == "__main__":
    main()
