"""The built disclosure's writers (registered in `writers/outputs.py` as the DOCUMENT product).

A `DocumentOutput` is what `yusuan build` publishes: the disclosure and its publication date. Its
HTML page is rendered once and shared by the HTML and PDF writers (WeasyPrint prints that page).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from yusuan.atomic import write_atomically
from yusuan.model.disclosure import Disclosure


@dataclass
class DocumentOutput:
    disclosure: Disclosure
    publish_date: dt.date | None = None

    @cached_property
    def html(self) -> str:
        from yusuan.writers.html import render_document_html

        return render_document_html(self.disclosure, self.publish_date)


def document_html(document: DocumentOutput) -> str:
    return document.html


def document_json(document: DocumentOutput) -> str:
    return document.disclosure.model_dump_json(indent=2)


def write_pdf(document: DocumentOutput, path: Path) -> None:
    from yusuan.writers.pdf import pdf_bytes

    data = pdf_bytes(document.html)
    write_atomically(path, lambda tmp: tmp.write_bytes(data))


def write_docx(document: DocumentOutput, path: Path) -> None:
    from yusuan.writers.docx import write_docx as write

    write_atomically(path, lambda tmp: write(document.disclosure, tmp, document.publish_date))


def write_xlsx(document: DocumentOutput, path: Path) -> None:
    from yusuan.writers.xlsx import write_xlsx as write

    write_atomically(path, lambda tmp: write(document.disclosure, tmp))
