"""Layout rules shared by every printed format: header words are never broken so that one character
stands alone on a line ("合|计", "转移支|付"), and a line never starts with closing punctuation."""

from __future__ import annotations

import random

from yusuan.model.full import derive_full
from yusuan.synth.generator import generate_budget
from yusuan.writers.grid import CLOSING, CellKind, balanced_lines, head_lines
from yusuan.writers.outline import outline


def test_balanced_lines():
    assert balanced_lines("合计", 2.0) == ["合计"]
    assert balanced_lines("转移支付", 3.0) == ["转移", "支付"]
    assert balanced_lines("财政拨款（补助）", 5.0) == ["财政拨款", "（补助）"]
    assert all(len(line) > 1 for line in balanced_lines("国有资本经营预算", 3.0))


def test_no_header_strands_a_character(example_disclosure):
    documents = [example_disclosure] + [derive_full(generate_budget(random.Random(seed))) for seed in range(6)]
    checked = 0
    for d in documents:
        for block in outline(d).tables:
            g = block.grid
            for row in g.head:
                for cell in row.cells:
                    if cell.kind != CellKind.HEAD or len(cell.text) < 2:
                        continue
                    lines = head_lines(g, cell)
                    assert "".join(lines) == cell.text.replace("\n", "")
                    assert all(len(line) > 1 for line in lines), (g.key, cell.text, lines)
                    assert not any(line[0] in CLOSING for line in lines[1:]), (g.key, lines)
                    checked += 1
    assert checked > 500
