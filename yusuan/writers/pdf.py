"""The disclosure as PDF: WeasyPrint renders the HTML page with its print CSS.

A4 (landscape pages for the wide tables 2 and 7), page numbers in the footer, table headers
repeated on every page a table crosses, Noto CJK fonts (Debian fonts-noto-cjk) embedded as
subsets. The contents list carries page numbers (target-counter).
"""

from __future__ import annotations


def pdf_bytes(html: str) -> bytes:
    """The PDF of a rendered page (`writers/document.py` writes it)."""
    from weasyprint import HTML  # heavy import: only when a PDF is wanted

    return HTML(string=html).write_pdf()

