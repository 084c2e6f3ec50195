"""The JSON report and its schema (published as docs/findings.schema.json)."""

from __future__ import annotations

import json
from typing import Any

from yusuan.rules.report import Report

SCHEMA_VERSION = 1

_WHERE = {
    "type": "object",
    "description": "Where the finding stands: a table and row (and column), or a section and sentence; page/line when known.",
    "properties": {
        "table": {"type": "string", "description": "canonical table id (T1–T10) or the printed title"},
        "row": {"type": "string", "description": "row code and label as printed, or a project"},
        "column": {"type": "string", "description": "column label as printed"},
        "section": {"type": "string", "description": "section key of the template (3.2, 3.11.4 …)"},
        "paragraph": {"type": "integer", "minimum": 0},
        "sentence": {"type": "string", "description": "the sentence of the claim, as printed"},
        "project": {"type": "string"},
        "page": {"type": "integer"},
        "line": {"type": "integer"},
        "file": {"type": "string"},
    },
    "additionalProperties": False,
}

_FINDING = {
    "type": "object",
    "required": ["rule", "severity", "message", "where", "location"],
    "properties": {
        "rule": {"type": "string", "pattern": "^[AXTCKPWR][0-9]{3}$", "description": "rule id (yusuan rules ID)"},
        "severity": {"enum": ["error", "warning", "notice"]},
        "message": {"type": "string", "description": "Chinese, one line"},
        "where": _WHERE,
        "location": {"type": "string", "description": "the place as one Chinese line"},
        "expected": {"type": "string"},
        "actual": {"type": "string"},
        "fix": {"type": "string", "description": "suggested fix, Chinese"},
        "origin": {"type": "string", "description": "A100 only: the rule whose identity is off by rounding"},
        "source": {"type": "string"},
    },
    "additionalProperties": False,
}

_COUNTS = {
    "type": "object",
    "required": ["error", "warning", "notice"],
    "properties": {k: {"type": "integer", "minimum": 0} for k in ("error", "warning", "notice")},
    "additionalProperties": False,
}

_PROFILE = {
    "type": "object",
    "description": "What the document is: kind, scope, extent (whole or which part), layout family.",
    "required": ["kind", "scope", "extent", "layout", "label"],
    "properties": {
        "kind": {"enum": ["预算", "决算"]},
        "scope": {"enum": ["部门", "单位", "本级", "汇总"]},
        "extent": {"enum": ["whole", "三公", "机关运行经费", "情况说明", "tables"],
                   "description": "whole: the whole disclosure; else the part it is (completeness not checked)"},
        "layout": {"type": "string", "description": "layout family: national, shanghai, beijing, jiangxi, hunan, "
                                                     "juesuan (决算 template), excerpt, other"},
        "label": {"type": "string", "description": "the profile as one Chinese line"},
    },
    "additionalProperties": False,
}

FINDINGS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://github.com/yusuan/yusuan/docs/findings.schema.json",
    "title": "Yusuan check report (yusuan check --format json)",
    "type": "object",
    "required": ["schema_version", "tool", "summary", "files"],
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "tool": {"const": "yusuan"},
        "summary": {
            "type": "object",
            "required": ["files", "unreadable", "error", "warning", "notice"],
            "properties": {"files": {"type": "integer"}, "unreadable": {"type": "integer"},
                           **_COUNTS["properties"]},
            "additionalProperties": False,
        },
        "files": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["file", "readable", "summary", "findings"],
                "properties": {
                    "file": {"type": "string"},
                    "readable": {"type": "boolean"},
                    "department": {"type": ["string", "null"]},
                    "year": {"type": ["integer", "null"]},
                    "profile": _PROFILE,
                    "problems": {"type": "array", "items": {"type": "string"},
                                 "description": "why the file could not be read (readable = false)"},
                    "summary": _COUNTS,
                    "findings": {"type": "array", "items": _FINDING},
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}


def schema_json() -> str:
    return json.dumps(FINDINGS_SCHEMA, ensure_ascii=False, indent=2) + "\n"


def report_dict(report: Report) -> dict[str, Any]:
    totals = report.counts()
    files = []
    for r in report.files:
        counts = r.counts()
        entry: dict[str, Any] = {"file": r.file, "readable": r.readable, "department": r.department, "year": r.year,
                                 "summary": {s.value: n for s, n in counts.items()},
                                 "findings": [f.to_dict() for f in r.findings]}
        if r.profile is not None:
            entry["profile"] = r.profile.summary()
        if r.problems:
            entry["problems"] = r.problems
        files.append(entry)
    return {"schema_version": SCHEMA_VERSION, "tool": "yusuan",
            "summary": {"files": len(report.files), "unreadable": report.unreadable,
                        **{s.value: n for s, n in totals.items()}},
            "files": files}


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
