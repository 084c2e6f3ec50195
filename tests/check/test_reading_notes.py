"""What a reader could not read, or repaired, reaches the check report (R801/R802)."""

from tests.conftest import ROOT
from yusuan.readers.disclosure_input import load_disclosure
from yusuan.rules import Severity, check

SEED = ROOT / "examples" / "published" / "changji-renda-2023.txt"
TEMPLATE = ROOT / "tests" / "data" / "juesuan-template-2024.pdf"


def test_repairs_of_the_seed_text_are_notices():
    findings = check(load_disclosure(SEED))
    repaired = [f for f in findings if f.rule == "R802"]
    assert len(repaired) >= 9 and all(f.severity == Severity.NOTICE for f in repaired)
    assert any("恢复为 208" in f.message for f in repaired)  # 表2 prints "20" for 208 社会保障和就业支出
    assert all(f.where.line for f in repaired)  # each points at its line of the text
    assert not [f for f in findings if f.rule == "R801"]


def test_unread_content_of_a_template_is_a_warning():
    findings = check(load_disclosure(TEMPLATE))
    unread = [f for f in findings if f.rule == "R801"]
    assert unread and all(f.severity == Severity.WARNING for f in unread)
    assert all(f.where.page for f in unread if f.actual == "table.placeholder")


def test_data_files_have_no_reading_notes(example_data):
    from yusuan.model.full import derive_full

    assert derive_full(example_data).reading_notes == []
