"""The rule catalogue itself: ids, severities, Chinese messages, docs with failing examples, and the
generated pages (docs/rules.md, docs/findings.schema.json) kept current."""

from __future__ import annotations

import re
import string

from tests.conftest import ROOT
from yusuan.rules import Severity, all_rules
from yusuan.rules.docs import render_markdown
from yusuan.rules.report.json_report import schema_json

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_rule_is_documented():
    rules = all_rules()
    assert len(rules) >= 60
    assert len({r.id for r in rules}) == len(rules) and len({r.name for r in rules}) == len(rules)
    for r in rules:
        assert re.fullmatch(r"[AXTCKPWR]\d{3}", r.id), r.id
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.name), r.name
        assert isinstance(r.severity, Severity)
        assert CJK.search(r.title) and CJK.search(r.message), r.id
        assert "Failing example" in r.doc, r.id
        list(string.Formatter().parse(r.message))  # a valid template
        if r.id[0] == "W":
            assert r.severity == Severity.WARNING, r.id


def test_rules_page_is_current():
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == render_markdown(), "run: yusuan rules --markdown > docs/rules.md"


def test_findings_schema_is_current():
    published = (ROOT / "docs" / "findings.schema.json").read_text(encoding="utf-8")
    assert published == schema_json(), "regenerate docs/findings.schema.json from yusuan.rules.report.json_report"
