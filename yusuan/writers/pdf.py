"""The disclosure as PDF: WeasyPrint renders the HTML page with its print CSS.

A4 (landscape pages for the wide tables 2 and 7), page numbers in the footer, table headers
repeated on every page a table crosses, Noto CJK fonts (Debian fonts-noto-cjk) embedded as
subsets. The contents list carries page numbers (target-counter).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from yusuan.model.disclosure import Disclosure
from yusuan.writers.html import render_html


def pdf_bytes(html: str) -> bytes:
    from weasyprint import HTML  # heavy import: only when a PDF is wanted

    return HTML(string=html).write_pdf()


def write_pdf(d: Disclosure, path: Path, publish_date: dt.date | None = None, html: str | None = None) -> Path:
    """Write the PDF; `html` reuses an already rendered page (the build renders it once)."""
    Path(path).write_bytes(pdf_bytes(html if html is not None else render_html(d, publish_date)))
    return Path(path)
