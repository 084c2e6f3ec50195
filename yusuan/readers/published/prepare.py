"""What every format's blocks go through between their reader and the assembler, in order:
traditional characters converted (once per document, when the reader has not done it on its
raw text), numbers in full-width forms narrowed, lines that ran together broken apart, a title line's unit split off, tables laid out as text turned into grids (text, web
pages and Word paragraphs), and each grid's header unit and content made explicit."""

from __future__ import annotations

import re
from dataclasses import replace

from yusuan.readers.published import HTML_SUFFIXES, grid_notes
from yusuan.readers.published.blocks import Block, Source, TextLine
from yusuan.readers.published.chinese import simplify_blocks
from yusuan.readers.published.legacy import WORD_LIKE
from yusuan.readers.published.run_together import split_run_table, split_run_together, split_run_two_sided
from yusuan.readers.published.text_tables import find_tables

# formats whose paragraphs may hold a table that came out as text
TEXT_TABLE_SUFFIXES = {".txt", ".docx"} | HTML_SUFFIXES | WORD_LIKE


# a number printed in full-width forms ("４，１４６．０４"), its digits and the marks inside it
_WIDE_NUMBER = re.compile(r"[０-９][０-９，．,.]*[０-９]|[０-９]")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def narrow_numbers(blocks: list[Block]) -> list[Block]:
    """Numbers in full-width forms read as numbers: the readers that split a line into cells by its amounts
    (a table run into one line) know "4,146.04", not "４，１４６．０４". Only the number changes; a full-width
    comma between words stays."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, TextLine) and _WIDE_NUMBER.search(b.text):
            b = replace(b, text=_WIDE_NUMBER.sub(lambda m: m.group().translate(_WIDE_DIGITS), b.text))
        out.append(b)
    return out


def prepare(source: Source, suffix: str) -> Source:
    if not source.simplified:
        simplify_blocks(source)
    blocks = grid_notes.split_title_units(split_run_together(narrow_numbers(source.blocks)))
    if suffix in TEXT_TABLE_SUFFIXES:
        blocks = find_tables(split_run_two_sided(split_run_table(blocks)), source.findings)
    source.blocks = grid_notes.annotate(blocks, source.findings)
    return source
