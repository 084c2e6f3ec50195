"""The real-world corpus in other forms: does Yusuan read the same page the same way however it is put out?

    .venv/bin/python benchmarks/variants_bench.py [--variants traditional,wrapped,…] [--only r123,r456] [--details]

Every document of tests/data/real is written again as each variant of tests/realworld/variants.py
(traditional characters, full-width digits, indented paragraphs, CRLF, GB18030, HTML, DOCX, PDFs plain,
on the 公文 page and with running heads and page numbers, their text layers, a PDF text layer's line breaks) and scored against its own truth file with tests/realworld/evaluate.py. Prints,
per variant, how many documents read as well as the page as printed (the same key figures exact, the
same audited errors found, no false error more, the same kind, year and extent) and, with --details,
what each worse one lost. A metamorphic measure: no truth beyond the corpus's own is needed, and a
variant that reads worse shows a way of writing the same page that the reading model does not know.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.realworld.evaluate import REAL, evaluate, load_truth, truth_files  # noqa: E402
from tests.realworld.variants import VARIANTS, applies, losses, write_variant  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--only", default="", help="comma-separated document ids")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    variants = [v for v in args.variants.split(",") if v]
    only = {i for i in args.only.split(",") if i}
    truths = [t for t in truth_files() if not only or t.stem in only]
    worse: dict[str, list[tuple[str, list[str]]]] = {v: [] for v in variants}
    made = dict.fromkeys(variants, 0)
    counted = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for truth in truths:
            doc = REAL / "docs" / load_truth(truth)["file"]
            if doc.suffix != ".txt":
                continue
            counted += 1
            base = evaluate(truth)
            text = doc.read_text(encoding="utf-8")
            for variant in variants:
                if not applies(variant, text):
                    continue
                made[variant] += 1
                lost = losses(base, evaluate(truth, write_variant(text, variant, folder, truth.stem)))
                if lost:
                    worse[variant].append((truth.stem, lost))
    print(f"{counted} text documents of the real-world corpus, each in {len(variants)} other forms (those that draw "
          f"tables only where the page's tables can be drawn as printed)")
    print(f"{'variant':12s} {'reads as well':>14s}  worse on")
    for variant in variants:
        bad, n = worse[variant], made[variant]
        print(f"{variant:12s} {n - len(bad):>6d}/{n:<7d}  {', '.join(i for i, _ in bad) or '—'}")
    if args.details:
        for variant in variants:
            for doc_id, lost in worse[variant]:
                print(f"\n{variant} · {doc_id}")
                for item in lost:
                    print(f"  {item}")


if __name__ == "__main__":
    main()
