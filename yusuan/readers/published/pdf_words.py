"""PyMuPDF's words (x0, y0, x1, y1, text, …) joined into text, as the PDF readers need it."""

from __future__ import annotations


def join_words(words: list[tuple]) -> str:
    """Words of one line, left to right, as read: Chinese runs together, and a space stays only between
    two ASCII letters or digits ("2023 年" → "2023年", "Tel 123" stays)."""
    out = ""
    for w in words:
        t = w[4]
        if out and out[-1].isascii() and out[-1].isalnum() and t[:1].isascii() and t[:1].isalnum():
            out += " "
        out += t
    return out
