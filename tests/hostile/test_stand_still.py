"""Small odd inputs that once made reading or checking stand still or take time out of all proportion.

Each hang case runs in a subprocess with a timeout, so that a regression fails the test instead of
hanging the suite; a super-linear case is timed at two sizes (generous margins: the machines are noisy).
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from yusuan.model.word_runs import run_at_end

ROOT = Path(__file__).resolve().parents[2]


def run(code: str, stdin: str = "") -> str:
    done = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, sys.argv[1]); {code}", str(ROOT)],
                          input=stdin, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_subject_of_column_heads_is_named_at_once():
    # "预算数" / "决算数" one cell per line, read into one claim's subject: the pattern of the words a subject
    # ends with split such a run every way there is (each of 12 pairs twice as long as the pair before it)
    subject = "预算数决算数" * 20 + "项目"
    assert run("from yusuan.model.quantities import quantity_key; print(quantity_key(sys.stdin.read()))",
               subject).strip() == f"text:{subject}"


def test_a_subject_of_fillers_is_cleaned_at_once():
    # the words before an amount, of fillers that are other fillers put together ("预算数为" is "预算数" and "为")
    subject = "预算数为合计为" * 20 + "项目数"
    assert run("from yusuan.model.claims import clean_subject; print(clean_subject(sys.stdin.read(), ''))",
               subject).strip() == subject.removesuffix("数")


@pytest.mark.parametrize("pattern", ["yusuan.model.quantities._TAIL", "yusuan.model.claims.FILLER_END"])
def test_a_run_of_words_at_the_end_is_found_in_linear_time(pattern):
    module, name = pattern.rsplit(".", 1)
    found = getattr(importlib.import_module(module), name)

    def timed(n: int) -> float:
        text = "预算数为决算数" * n + "项目"
        start = time.perf_counter()
        found.sub("", text)
        return time.perf_counter() - start

    short, long_ = min(timed(2_000) for _ in range(3)), min(timed(8_000) for _ in range(3))
    assert long_ < 0.05 or long_ < 10 * short, (short, long_)  # quadratic: 16 times (28 s at 60 000 characters)


def test_a_run_of_words_at_the_end_finds_what_the_plain_alternation_finds():
    words = ("预算数为", "预算数", "合计为", "合计", "数为", "数", "为", "总额")
    plain = re.compile("(" + "|".join(words) + ")+$")
    for text in ("项目预算数为", "预算数为合计", "合计数为x", "总额\n", "x总额预算数", "", "为", "预算数为合计为" * 3 + "项"):
        assert run_at_end(words).sub("", text) == plain.sub("", text), text


def test_a_word_that_begins_another_is_refused():
    with pytest.raises(AssertionError):
        run_at_end(("预算", "预算安排"))
