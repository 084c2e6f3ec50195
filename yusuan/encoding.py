"""Decoding text files as Chinese government offices save them: UTF-8 (with or without BOM),
GB18030 (what Chinese Windows editors write) or UTF-16 ("Unicode" in Notepad and Excel's
"Unicode text"), detected from the bytes."""

from __future__ import annotations

import codecs

ENCODINGS = ("utf-8-sig", "gb18030")
_BOMS = (  # the longer UTF-32 marks first: FF FE 00 00 starts with UTF-16's FF FE
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a byte order mark: the ASCII of its markup and line ends leaves a zero byte
    in every other position (even positions for big-endian, odd for little-endian)."""
    if len(raw) < 4 or len(raw) % 2 or b"\x00" not in raw[:4096]:
        return None
    head = raw[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= pairs // 4 and other <= pairs // 50:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode_chinese_text(raw: bytes) -> str | None:
    """The text of `raw` in the encoding its bytes show, or None when none fits."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    text = _utf16_without_bom(raw)
    if text is not None:
        return text
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
