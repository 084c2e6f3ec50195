"""Yusuan measured against the hand-audited real-world corpus (tests/data/real).

One function, `evaluate(truth_path)`, runs Yusuan on one document the way a user does (read, figures,
check) and scores it against its truth file; `tests/realworld/test_corpus.py` asserts on the scores
and `benchmarks/realworld_bench.py` prints them per province. The truth never comes from Yusuan: the
truth files were written by hand and are re-checked by `tests/data/real/audit.py`, which imports
nothing of Yusuan.

Matching a finding to an audited error: the finding (error or warning) must state the audited correct
value as its `expected` (within the rounding of the printed figure, in the document's unit or in 万元)
and name the printed value (its `actual` or its message); an error without arithmetic (placeholder,
wrong year …) is found when a finding's message contains the truth's `match` string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
TO_WAN = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}
NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")


def truth_files() -> list[Path]:
    return sorted((REAL / "truth").glob("*.yaml"))


def load_truth(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass
class Score:
    id: str
    province: str
    kind: str
    extent: str
    layout: str
    clean: bool
    read: bool = False
    read_error: str = ""
    figures_stated: int = 0
    figures_exact: int = 0
    figure_misses: list[str] = field(default_factory=list)  # "key: expected x, got y"
    errors_total: int = 0
    errors_found: int = 0
    error_misses: list[str] = field(default_factory=list)  # the `what` of audited errors not found
    false_errors: list[str] = field(default_factory=list)  # "rule: message" of unsupported error findings
    warnings: int = 0
    completeness_errors_on_part: int = 0
    profile: dict[str, Any] = field(default_factory=dict)
    # what the document is, as the truth file and as Yusuan read it: field → (truth, read); the department
    # only where the truth file names one
    identity: dict[str, tuple[str, str]] = field(default_factory=dict)


def _numbers(text: str | None) -> list[Decimal]:
    out = []
    for m in NUMBER.finditer(text or ""):
        try:
            out.append(Decimal(m.group(0).replace(",", "")))
        except InvalidOperation:
            continue
    return out


def _half(printed: str, percent: bool) -> Decimal:
    digits = max(-Decimal(printed).as_tuple().exponent, 0)
    if not percent:
        digits = max(digits, 2)
    return Decimal(5) / Decimal(10) ** (digits + 1)


def _close(value: Decimal, printed: str, unit: str, percent: bool) -> bool:
    """Is `value` (from a finding) the printed figure, within its rounding, in the document's unit or in 万元?"""
    target = Decimal(printed)
    half = _half(printed, percent) + Decimal("0.0051")  # the finding may round to two decimals itself
    if abs(value - target) <= half:
        return True
    if percent:
        return False
    factor = TO_WAN.get(unit, Decimal(1))
    return abs(value - target * factor) <= half * factor + Decimal("0.0051")


def _finding_states(f: Any, printed: str, unit: str, percent: bool, *, fields: tuple[str, ...]) -> bool:
    for name in fields:
        text = getattr(f, name) if name != "where" else f.where.describe()
        if any(_close(v, printed, unit, percent) for v in _numbers(text)):
            return True
    return False


def _matches_claim(f: Any, claim: dict[str, Any], unit: str) -> bool:
    percent = "100" in claim["expr"] or claim.get("unit") == "%"
    correct, stated = str(claim["correct"]), str(claim["stated"])
    return (_finding_states(f, correct, unit, percent, fields=("expected", "message", "fix"))
            and _finding_states(f, stated, unit, percent, fields=("actual", "message", "where")))


def _nfkc(text: str) -> str:
    """Half- and full-width punctuation alike: a reader may print 增加(减少) as 增加（减少）."""
    return unicodedata.normalize("NFKC", text)


def _wan(value: str, unit: str) -> str:
    amount = Decimal(value) * TO_WAN.get(unit, Decimal(1))
    return str(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _figure(figures: dict[str, Any], key: str) -> Any:
    node: Any = figures
    for part in key.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _identity(t: dict[str, Any], disclosure: Any) -> dict[str, tuple[str, str]]:
    """Kind, year, extent and department as the truth file gives them and as read. A department is
    compared in simplified characters (the reader converts a traditional page; some truth files quote
    it as printed) and only where the truth names one ("未在摘录中写明…" names none)."""
    from yusuan.readers.published.chinese import _converter

    profile = getattr(disclosure, "profile", None)
    out = {"kind": (t["kind"], disclosure.kind.value), "year": (str(t["year"]), str(disclosure.year))}
    if profile is not None:
        out["extent"] = (t["extent"], str(profile.extent.value if hasattr(profile.extent, "value") else profile.extent))
    named = str(t.get("department") or "")
    if named and not named.startswith("未"):
        out["department"] = (_converter().convert(named), disclosure.department or "")
    return out


def evaluate(truth_path: Path, document: Path | None = None) -> Score:
    """Score one document against its truth file (`document`: the same page in another form — see
    tests/realworld/variants.py — instead of the file the truth names)."""
    from yusuan.catalog.catalog import default_catalog
    from yusuan.errors import InputError
    from yusuan.model.figures import key_figures
    from yusuan.readers.disclosure_input import load_disclosure
    from yusuan.rules import Severity, check

    t = load_truth(truth_path)
    unit = t["unit"]
    score = Score(t["id"], t["province"], t["kind"], t["extent"], t["layout"], bool(t["clean"]))
    audited = [c for c in t.get("claims") or [] if not c["ok"]]
    others = t.get("other_errors") or []
    score.errors_total = len(audited) + len(others)
    score.figures_stated = len(t.get("figures") or {})
    catalog = default_catalog()
    try:
        disclosure = load_disclosure(document or REAL / "docs" / t["file"], catalog)
    except InputError as exc:
        score.read_error = "; ".join(p.message for p in exc.problems)
        score.error_misses = [c["what"] for c in audited] + [o["kind"] for o in others]
        return score
    score.read = True
    profile = getattr(disclosure, "profile", None)
    if profile is not None:
        score.profile = profile.model_dump(mode="json") if hasattr(profile, "model_dump") else dict(profile)
    score.identity = _identity(t, disclosure)

    figures = key_figures(disclosure)
    for key, fig in (t.get("figures") or {}).items():
        if key.startswith("staff."):
            want = str(int(Decimal(str(fig["value"]))))
            got = _figure(figures, key)
            ok = got is not None and str(got) == want
        else:
            want = _wan(str(fig["value"]), unit)
            got = _figure(figures, key)
            ok = got is not None and Decimal(str(got)) == Decimal(want)
        if ok:
            score.figures_exact += 1
        else:
            score.figure_misses.append(f"{key}: 应为 {want}，读得 {got}")

    findings = check(disclosure, catalog)
    # a note of the reader (R8xx: "未能读取：…的行“2015年”未能识别") quotes the page; it finds no error in it
    about_content = [f for f in findings if f.severity in (Severity.ERROR, Severity.WARNING) and not f.rule.startswith("R8")]
    found_by: set[int] = set()
    for claim in audited:
        hits = [f for f in about_content if _matches_claim(f, claim, unit)]
        if hits:
            score.errors_found += 1
            found_by.update(id(f) for f in hits)
        else:
            score.error_misses.append(claim["what"])
    for other in others:
        hits = [f for f in about_content if _nfkc(other["match"]) in _nfkc(f.message)]
        if hits:
            score.errors_found += 1
            found_by.update(id(f) for f in hits)
        else:
            score.error_misses.append(f"{other['kind']}: {other['match']}")
    for f in findings:
        if f.severity == Severity.ERROR and id(f) not in found_by and not _supported(f, audited, others, unit):
            score.false_errors.append(f"{f.rule}: {f.message}")
        if f.severity == Severity.WARNING:
            score.warnings += 1
        if f.severity == Severity.ERROR and f.rule.startswith("C4") and t["extent"] != "whole":
            score.completeness_errors_on_part += 1
    return score


def _supported(f: Any, audited: list[dict[str, Any]], others: list[dict[str, Any]], unit: str) -> bool:
    """An error finding that the audit backs although it is not the finding that was matched: it states
    one of the audited wrong figures as wrong (the same slip seen from another relation)."""
    for claim in audited:
        percent = "100" in claim["expr"] or claim.get("unit") == "%"
        if _finding_states(f, str(claim["stated"]), unit, percent, fields=("actual",)):
            return True
        # a rule over several printed shares (their sum) names the audited wrong one in its message
        if percent and Decimal(str(claim["stated"])) != 0 and f"{claim['stated']}%" in f.message:
            return True
        # a rule over several printed amounts (a sum, a part against its whole) names the audited wrong
        # one, as printed, in its message
        if not percent and Decimal(str(claim["stated"])) != 0 \
                and re.search(rf"(?<![\d.]){re.escape(str(claim['stated']))}(?![\d.])", f.message):
            return True
    return any(_nfkc(o["match"]) in _nfkc(f.message) for o in others)
