"""Re-check the hand audit of the real-world corpus with decimal interval arithmetic.

Imports nothing of Yusuan: the truth must never come from the tool it measures.

    python tests/data/real/audit.py            # check every truth file; exit 1 on any problem
    python tests/data/real/audit.py --sources  # also rewrite SOURCES.md from the truth files
"""

from __future__ import annotations

import ast
import re
import sys
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, getcontext
from pathlib import Path

import yaml

getcontext().prec = 40
HERE = Path(__file__).resolve().parent
KINDS = {"预算", "决算"}
SCOPES = {"部门", "单位", "本级", "汇总"}
EXTENTS = {"whole", "三公", "机关运行经费", "情况说明", "tables"}
OTHER_KINDS = {"placeholder", "year", "numbering", "empty_table", "wording"}
FIGURE_KEYS = {
    "income_total", "expenditure_total", "basic", "project", "personnel", "public_funds", "operating_costs",
    "procurement_total", "three_public.total", "three_public.abroad", "three_public.reception",
    "three_public.vehicle", "three_public.vehicle_purchase", "three_public.vehicle_operation",
    "staff.authorized", "staff.actual",
}
MIN_AMOUNT_DIGITS = 2


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal

    @classmethod
    def printed(cls, text: str, *, percent: bool, exact: bool = False) -> Interval:
        value = Decimal(text)
        if exact:
            return cls(value, value)
        digits = max(-value.as_tuple().exponent, 0)
        if not percent:
            digits = max(digits, MIN_AMOUNT_DIGITS)
        half = Decimal(5) / Decimal(10) ** (digits + 1)
        return cls(value - half, value + half)

    def meets(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def mid(self) -> Decimal:
        return (self.lo + self.hi) / 2

    def __add__(self, o: Interval) -> Interval:
        return Interval(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o: Interval) -> Interval:
        return Interval(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o: Interval) -> Interval:
        c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return Interval(min(c), max(c))

    def __truediv__(self, o: Interval) -> Interval:
        if o.lo <= 0 <= o.hi:
            raise ZeroDivisionError("divisor interval contains zero")
        return self * Interval(1 / o.hi, 1 / o.lo)


def evaluate(expr: str, *, percent: bool, exact: bool = False) -> Interval:
    """Evaluate `expr` over printed figures. The literal 100 (a percentage factor) is exact."""
    tree = ast.parse(expr, mode="eval")

    def walk(node: ast.AST) -> Interval:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub | ast.Mult | ast.Div):
            a, b = walk(node.left), walk(node.right)
            return {ast.Add: a.__add__, ast.Sub: a.__sub__, ast.Mult: a.__mul__, ast.Div: a.__truediv__}[
                type(node.op)](b)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            v = walk(node.operand)
            return Interval(-v.hi, -v.lo)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            text = ast.get_source_segment(expr, node) or str(node.value)
            if text in ("100", "10000", "100000000"):  # unit and percentage factors are exact
                v = Decimal(text)
                return Interval(v, v)
            return Interval.printed(text, percent=False, exact=exact)
        raise ValueError(f"unsupported expression element: {ast.dump(node)}")

    return walk(tree)


def normalise(text: str) -> str:
    """Quotes are compared without whitespace and with NFKC, so a quote may span a line break."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def document_text(path: Path) -> str:
    if path.suffix.lower() == ".pdf":
        import pymupdf  # for the corpus PDFs only

        with pymupdf.open(path) as pdf:
            return "\n".join(page.get_text() for page in pdf)
    if path.suffix.lower() in {".docx", ".xlsx", ".xls", ".doc", ".zip"}:
        return ""  # quotes of binary office files are checked by hand
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def audit_file(path: Path) -> list[str]:
    problems: list[str] = []
    t = yaml.safe_load(path.read_text(encoding="utf-8"))
    say = problems.append
    for key in ("id", "file", "url", "province", "year", "kind", "scope", "extent", "layout", "unit", "clean"):
        if key not in t:
            say(f"missing key {key}")
    if problems:
        return problems
    if t["id"] != path.stem:
        say(f"id {t['id']} is not the file stem {path.stem}")
    if t["kind"] not in KINDS or t["scope"] not in SCOPES or t["extent"] not in EXTENTS:
        say(f"kind/scope/extent out of vocabulary: {t['kind']}/{t['scope']}/{t['extent']}")
    if t["unit"] not in {"元", "万元", "亿元"}:
        say(f"unit {t['unit']}")
    doc = HERE / "docs" / t["file"]
    if not doc.exists():
        return [*problems, f"document {doc.name} missing"]
    text = normalise(document_text(doc))
    check_quotes = bool(text)

    def quoted(q: str | None, what: str) -> None:
        if not q:
            say(f"{what}: no quote")
        elif check_quotes and normalise(q) not in text:
            say(f"{what}: quote not in the document: {q!r}")

    for key, fig in (t.get("figures") or {}).items():
        if key not in FIGURE_KEYS and not re.fullmatch(r"by_class\.\d{3}", key):
            say(f"figure key {key} unknown")
        Decimal(str(fig["value"]))
        quoted(fig.get("quote"), f"figure {key}")
    errors = 0
    for i, c in enumerate(t.get("claims") or []):
        label = f"claim {i} ({c.get('what')})"
        quoted(c.get("quote"), label)
        stated = str(c["stated"])
        percent = c.get("unit") == "%" or "* 100" in c["expr"] or "*100" in c["expr"]
        try:
            got = evaluate(c["expr"], percent=percent, exact=bool(c.get("exact")))
        except (ValueError, SyntaxError, ZeroDivisionError) as exc:
            say(f"{label}: {exc}")
            continue
        holds = Interval.printed(stated, percent=percent, exact=bool(c.get("exact"))).meets(got)
        if holds != bool(c["ok"]):
            say(f"{label}: marked ok={c['ok']} but stated {stated} vs [{got.lo:.6f}, {got.hi:.6f}]")
        if not c["ok"]:
            errors += 1
            if "correct" not in c:
                say(f"{label}: an error needs `correct`")
            elif not Interval.printed(str(c["correct"]), percent=percent, exact=bool(c.get("exact"))).meets(got):
                say(f"{label}: correct {c['correct']} not within [{got.lo:.6f}, {got.hi:.6f}]")
    for i, e in enumerate(t.get("other_errors") or []):
        errors += 1
        if e.get("kind") not in OTHER_KINDS:
            say(f"other error {i}: kind {e.get('kind')}")
        quoted(e.get("quote"), f"other error {i}")
        if not e.get("match"):
            say(f"other error {i}: no match string")
    if bool(t["clean"]) != (errors == 0):
        say(f"clean={t['clean']} but {errors} errors recorded")
    return problems


def main(argv: list[str]) -> int:
    files = sorted((HERE / "truth").glob("*.yaml"))
    bad = 0
    urls: dict[str, str] = {}
    texts: dict[str, str] = {}
    rows = []
    for f in files:
        try:
            problems = audit_file(f)
        except Exception as exc:  # a malformed truth file is a problem to report, not a crash
            problems = [f"{type(exc).__name__}: {exc}"]
        t = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        url = t.get("url")
        if url and not url.startswith("shared/"):
            if url in urls:
                problems.append(f"same URL as {urls[url]}")
            urls.setdefault(url, f.stem)
        doc = HERE / "docs" / str(t.get("file"))
        if doc.exists() and doc.suffix == ".txt":
            key = normalise(doc.read_text(encoding="utf-8", errors="replace"))[:400]
            if key in texts:
                problems.append(f"same text as {texts[key]}")
            texts.setdefault(key, f.stem)
        for p in problems:
            print(f"{f.stem}: {p}")
        bad += bool(problems)
        rows.append(t)
    print(f"{len(files)} truth files, {bad} with problems")
    if "--sources" in argv:
        lines = ["# Sources of the real-world corpus", "",
                 "| id | province | year | kind | extent | document | URL |", "|---|---|---|---|---|---|---|"]
        for t in rows:
            lines.append(f"| {t.get('id')} | {t.get('province')} | {t.get('year')} | {t.get('kind')} | "
                         f"{t.get('extent')} | {t.get('department') or t.get('government') or ''} | {t.get('url')} |")
        (HERE / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
