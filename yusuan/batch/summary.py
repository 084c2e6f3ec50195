"""The summary of a batch output: counts by rule and by department, the slowest and the failed
documents. Computed from the dataset and the manifest (so it covers every run, not only the last),
written as `summary.json` and `summary.html` (see summary_html.py)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from yusuan.atomic import write_text_atomically
from yusuan.batch.dataset import read_table
from yusuan.batch.manifest import Manifest

SEVERITIES = ("error", "warning", "notice")


def _grouped(table, keys: list[str]) -> list[dict[str, Any]]:
    return table.group_by(keys).aggregate([([], "count_all")]).to_pylist()


def summarize(out: Path, manifest: Manifest | None = None, top: int = 20) -> dict[str, Any]:
    out = Path(out)
    manifest = manifest or Manifest.load(out)
    docs = read_table(out, "documents", ["sha256", "path", "format", "government", "department", "read_status",
                                         "failure", "reason", "year", "kind"])
    findings = read_table(out, "findings", ["sha256", "rule", "severity"])
    status = Counter(docs.column("read_status").to_pylist())
    by_rule: dict[str, dict[str, Any]] = {}
    for g in _grouped(findings, ["rule", "severity"]):
        by_rule.setdefault(g["rule"], {"rule": g["rule"], "severity": g["severity"], "count": 0, "documents": 0})
        by_rule[g["rule"]]["count"] += g["count_all"]
    for g in _grouped(findings.select(["rule", "sha256"]).group_by(["rule", "sha256"]).aggregate([]), ["rule"]):
        by_rule[g["rule"]]["documents"] = g["count_all"]
    per_doc: dict[str, Counter] = defaultdict(Counter)
    for g in _grouped(findings, ["sha256", "severity"]):
        per_doc[g["sha256"]][g["severity"]] += g["count_all"]
    departments: dict[tuple[str, str], dict[str, Any]] = {}
    for d in docs.select(["sha256", "government", "department", "read_status"]).to_pylist():
        key = (d["government"] or "", d["department"] or "")
        row = departments.setdefault(key, {"government": key[0] or None, "department": key[1] or None,
                                           "documents": 0, "failed": 0, **{s: 0 for s in SEVERITIES}})
        row["documents"] += 1
        row["failed"] += d["read_status"] != "ok"
        for s in SEVERITIES:
            row[s] += per_doc.get(d["sha256"], Counter())[s]
    entries = sorted(manifest.docs.values(), key=lambda e: (-e.seconds, e.path))
    failed = sorted((d for d in docs.to_pylist() if d["read_status"] != "ok"), key=lambda d: d["path"])
    severity_totals = Counter()
    for r in by_rule.values():
        severity_totals[r["severity"]] += r["count"]
    seconds = [e.seconds for e in manifest.docs.values()]
    return {
        "documents": {"total": docs.num_rows, "ok": status.get("ok", 0), "failed": status.get("failed", 0),
                      "by_format": dict(sorted(Counter(docs.column("format").to_pylist()).items(),
                                               key=lambda kv: str(kv[0]))),
                      "by_year_kind": [{"year": g["year"], "kind": g["kind"], "documents": g["count_all"]}
                                       for g in sorted(_grouped(docs, ["year", "kind"]),
                                                       key=lambda g: (g["year"] or 0, g["kind"] or ""))]},
        "findings": {"total": findings.num_rows, "by_severity": {s: severity_totals.get(s, 0) for s in SEVERITIES},
                     "by_rule": sorted(by_rule.values(), key=lambda r: (-r["count"], r["rule"]))},
        "by_department": sorted(departments.values(),
                                key=lambda r: (-r["error"], -r["warning"], r["government"] or "", r["department"] or "")),
        "slowest": [{"path": e.path, "seconds": e.seconds, "peak_mb": e.peak_mb, "status": e.status}
                    for e in entries[:top]],
        "failed": [{"path": d["path"], "failure": d["failure"], "reason": d["reason"]} for d in failed],
        "timing": {"document_seconds": round(sum(seconds), 2),
                   "mean_seconds": round(sum(seconds) / len(seconds), 3) if seconds else None,
                   "peak_worker_mb": max((e.peak_mb for e in manifest.docs.values()), default=None)},
    }


def write_summary(out: Path, manifest: Manifest | None = None) -> dict[str, Any]:
    from yusuan.batch.summary_html import render

    summary = summarize(out, manifest)
    write_text_atomically(Path(out) / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2))
    write_text_atomically(Path(out) / "summary.html", render(summary))
    return summary
