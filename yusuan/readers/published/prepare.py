"""What every format's blocks go through between their reader and the assembler, in order:
traditional characters converted (once per document, when the reader has not done it on its
raw text), lines that ran together broken apart, a title line's unit split off, tables laid out as text turned into grids (text, web
pages and Word paragraphs), and each grid's header unit and content made explicit."""

from __future__ import annotations

from yusuan.readers.published import grid_notes
from yusuan.readers.published.blocks import Source
from yusuan.readers.published.chinese import simplify_blocks
from yusuan.readers.published.run_together import split_run_table, split_run_together, split_run_two_sided
from yusuan.readers.published.text_tables import find_tables

# formats whose paragraphs may hold a table that came out as text
TEXT_TABLE_SUFFIXES = {".txt", ".html", ".htm", ".docx", ".doc"}


def prepare(source: Source, suffix: str) -> Source:
    if not source.simplified:
        simplify_blocks(source)
    blocks = grid_notes.split_title_units(split_run_together(source.blocks))
    if suffix in TEXT_TABLE_SUFFIXES:
        blocks = find_tables(split_run_two_sided(split_run_table(blocks)), source.findings)
    source.blocks = grid_notes.annotate(blocks, source.findings)
    return source
