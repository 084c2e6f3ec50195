"""The checker's fast paths give what the plain definitions give (issue 11: check ten times faster).

Each shortcut is compared with the definition it replaces, on the documents the checker reads (the
seed transcript, a generated department, the bundled example) and on made-up text with the
characters that make Unicode normalisation hard (combining marks, Hangul jamo, compatibility forms).
"""

from __future__ import annotations

import random
import unicodedata

from yusuan.catalog.catalog import default_catalog, normalize_name
from yusuan.model.claims import DELIMS, analyse, last_mark, nfkc, normalise, start_after
from yusuan.model.disclosure import RowKind
from yusuan.model.quantities import quantity_key
from yusuan.rules import check
from yusuan.rules.runner import clear_caches
from yusuan.rules.tables import TableView

HARD = [chr(c) for c in (*range(0x20, 0x7F), *range(0x4E00, 0x4E20), *range(0xFF01, 0xFF5F), 0x3000, 0x3001,
                         0x3002, 0x0301, 0x0308, 0x0323, 0x2026, 0x2460, 0x3099, 0x309A, 0x302A, 0xAC00, 0x1100,
                         0x1161, 0x11A8, 0x2F00, 0xF900, 0x00B7, 0x2017, 0x201C, 0x201D, 0x00A0, 0x212B)]


def _paragraphs(*disclosures):
    for d in disclosures:
        for s in d.sections:
            yield s.heading
            for p in s.paragraphs:
                yield p.text


def test_nfkc_is_unicode_nfkc_on_documents(seed, generated_full, example_full):
    texts = list(_paragraphs(seed, generated_full, example_full))
    assert any(nfkc(t) != t for t in texts)  # the documents do carry full-width forms
    for t in texts:
        assert nfkc(t) == unicodedata.normalize("NFKC", t)


def test_nfkc_is_unicode_nfkc_on_hard_text():
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(HARD) for _ in range(rng.randint(0, 10)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)


def test_full_width_text_is_normalised_without_the_slow_path():
    assert nfkc("占80.49%，比上年（预算）增加") == "占80.49%,比上年(预算)增加"
    assert nfkc("Ａ\u0301") == "Á"  # a replacement that composes with what follows: normalised in full


def _last_mark_plainly(text: str, marks: str, start: int, end: int) -> int:
    return max(text.rfind(mark, start, end) for mark in marks)


def test_last_mark_finds_the_last_delimiter_near_or_far():
    rng = random.Random(5)
    alphabet = "一二三四五六七八九十。；，;,:\n!?" + "x" * 30
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        end = rng.randint(0, len(text))
        start = rng.randint(0, end)
        for marks in (DELIMS, "。;\n", "!"):
            assert last_mark(text, marks, start, end) == _last_mark_plainly(text, marks, start, end)
    long_clause = "。" + "字" * 500 + "1万元"
    assert start_after(long_clause, len(long_clause) - 3, "。") == 1


def test_table_indexes_are_the_scans_they_replace(seed, generated_full):
    parents = 0
    for d in (seed, generated_full):
        for table in d.tables:
            view = TableView(table)
            coded = view.coded()
            codes = {r.code for r in coded}
            for row in table.rows:
                if row.code and row.code.isdigit() and row.kind != RowKind.TOTAL:
                    n = len(row.code) + 2
                    parents += bool(view.children(row.code))
                    assert view.children(row.code) == [r for r in coded if len(r.code) == n
                                                       and r.code.startswith(row.code)]
            assert view.top_rows() == [r for r in coded if not any(r.code.startswith(c) and len(c) < len(r.code)
                                                                   for c in codes)]
    assert parents > 20  # the rows with children were compared, not only leaves


def test_each_paragraph_is_normalised_once_and_alike(generated_full):
    text = analyse(generated_full)
    for p in _paragraphs(generated_full):
        if p.strip():
            assert text.normal.get(p, normalise(p)) == normalise(p)
        assert text.normalised(p) == normalise(p)


def test_findings_do_not_depend_on_what_is_cached(seed, generated_full, example_full):
    catalog = default_catalog()
    for d in (seed, generated_full, example_full):
        clear_caches()
        cold = check(d, catalog)
        assert quantity_key.cache_info().currsize > 0 and normalize_name.cache_info().currsize > 0
        warm = check(d, catalog)
        assert warm == cold
    clear_caches()
    assert quantity_key.cache_info().currsize == 0 and normalize_name.cache_info().currsize == 0
