"""Decoding text files as Chinese government offices save them: UTF-8 (with or without BOM) or GB18030."""

from __future__ import annotations

ENCODINGS = ("utf-8-sig", "gb18030")


def decode_chinese_text(raw: bytes) -> str | None:
    """The text of `raw` in the first encoding that fits, or None when none does."""
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
