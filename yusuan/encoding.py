"""Decoding text as Chinese government offices save it: UTF-8 (with or without BOM), UTF-16 (Windows
"Unicode" text, with a BOM or — recognised from its zero bytes — without), or GB18030 (which covers
GBK and GB2312); web pages may declare their charset, Big5 included (mirrors in traditional characters)."""

from __future__ import annotations

import codecs
import re

ENCODINGS = ("utf-8-sig", "gb18030")

# Declared charsets that GB18030 covers: decode with the superset, so that a GBK character in a
# page declared GB2312 does not fail.
_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "gb_2312-80", "euc-cn", "hz-gb-2312"}
_BIG5 = {"big5", "big5-hkscs", "cp950", "x-x-big5"}
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)""", re.I)


def _bom(raw: bytes) -> str | None:
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts with FF FE
        return "utf-32"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the ASCII of its markup and line ends leaves a zero byte
    in every other position (odd positions for little-endian, even for big-endian)."""
    head = raw[:4096]
    if len(raw) < 4 or len(raw) % 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= pairs // 4 and other <= pairs // 50:
            return encoding
    return None


def decode_chinese_text(raw: bytes, declared: str | None = None) -> str | None:
    """The text of `raw` in the first encoding that fits, or None when none does.

    A byte-order mark decides, then the zero bytes of UTF-16 without one; then UTF-8 (text that is
    valid UTF-8 is UTF-8, whatever a page declares); then the declared charset (GB2312/GBK read as
    GB18030); then GB18030."""
    bom = _bom(raw) or _utf16_without_bom(raw)
    candidates: list[str] = [bom] if bom else ["utf-8-sig"]
    if declared:
        name = declared.strip().lower()
        candidates.append("gb18030" if name in _GB else "big5hkscs" if name in _BIG5 else name)
    candidates += ENCODINGS
    for encoding in dict.fromkeys(candidates):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def declared_charset(raw: bytes) -> str | None:
    """The charset a web page declares in its first bytes (<meta charset>, http-equiv, <?xml …?>)."""
    head = raw[:4096]
    if _bom(raw) in ("utf-16", "utf-32") or _utf16_without_bom(raw):
        return None
    m = _CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii", "ignore") if m else None
