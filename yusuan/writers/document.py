"""The built disclosure's writers (registered in `writers/outputs.py` as the DOCUMENT product).

A `DocumentOutput` is what `yusuan build` publishes: the disclosure and its publication date. Its
layout (`writers/outline.py`: headings, paragraphs, printed tables, 目录) is made once and shared by
every page-like format; each writer here writes its file atomically.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from yusuan.atomic import write_atomically
from yusuan.model.disclosure import Disclosure
from yusuan.writers.outline import Outline


@dataclass
class DocumentOutput:
    disclosure: Disclosure
    publish_date: dt.date | None = None

    @cached_property
    def layout(self) -> Outline:
        from yusuan.writers.outline import outline

        return outline(self.disclosure, self.publish_date)

    @property
    def kind(self) -> str:
        return self.disclosure.kind.value


def document_html(document: DocumentOutput) -> str:
    from yusuan.writers.html import render_outline

    return render_outline(document.layout, document.kind)


def document_json(document: DocumentOutput) -> str:
    return document.disclosure.model_dump_json(indent=2)


def write_pdf(document: DocumentOutput, path: Path) -> None:
    from yusuan.writers.pdf import render_pdf

    data = render_pdf(document.layout, document.kind, document.publish_date)
    write_atomically(path, lambda tmp: tmp.write_bytes(data))


def write_docx(document: DocumentOutput, path: Path) -> None:
    from yusuan.writers.docx import write_outline_docx

    write_atomically(path, lambda tmp: write_outline_docx(document.layout, tmp))


def write_xlsx(document: DocumentOutput, path: Path) -> None:
    from yusuan.writers.xlsx import write_outline_xlsx

    write_atomically(path, lambda tmp: write_outline_xlsx(document.layout, document.disclosure, tmp))
