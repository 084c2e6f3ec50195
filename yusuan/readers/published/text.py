"""The text layer of a published PDF, as a .txt file: tab-separated table rows, one line per
paragraph line (the seed's form). Consecutive tab-separated lines form a grid (blank lines
inside a table do not end it); rows keep their cells as printed — the table builder copes with
lost positions."""

from __future__ import annotations

import re
from pathlib import Path

from yusuan.encoding import decode_chinese_text
from yusuan.errors import InputError
from yusuan.model.disclosure import Location
from yusuan.readers.published.blocks import Cell, Grid, Source, TextLine
from yusuan.readers.published.findings import file_problem

_RULE = re.compile(r"^[\s\-—|]*$")  # "--\t--\t-----" separator rows


def read_text(path: Path) -> Source:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), [file_problem(f"无法读取文件：{exc.strerror or exc}")]) from None
    text = decode_chinese_text(raw)
    if text is None:
        raise InputError(str(path), [file_problem("文件编码无法识别", "UTF-8 或 GB18030 编码的文本")])
    return parse_text(text, str(path))


def parse_text(text: str, name: str) -> Source:
    source = Source(name)
    rows: list[list[Cell]] = []
    start = 0

    def flush() -> None:
        nonlocal rows
        if rows:
            source.blocks.append(Grid(rows, spans_known=False, location=Location(file=name, line=start)))
            rows = []

    header = True  # "# …" lines before the text: where it came from, not part of it
    for n, line in enumerate(text.splitlines(), start=1):
        if header and line.startswith("#") or line.startswith("# 来源"):
            continue
        header = False
        if "\t" in line:
            if _RULE.match(line):
                continue
            if not rows:
                start = n
            rows.append([Cell(c, Location(file=name, line=n, column=str(i + 1)))
                         for i, c in enumerate(line.split("\t"))])
            continue
        if not line.strip():
            continue
        flush()
        source.blocks.append(TextLine(line, Location(file=name, line=n)))
    flush()
    return source
