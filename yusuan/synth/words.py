"""Composed names read like names: a project's short name joined to a word never doubles the word
at the join ("党建工作" + "工作方案" → "党建工作方案", not "党建工作工作方案")."""

from __future__ import annotations

import re

_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,4})\1")


def tidy(text: str) -> str:
    """The text with a word repeated at a join said once: 工作工作 → 工作, 检测检测检验 → 检测检验."""
    previous = None
    while previous != text:
        previous, text = text, _DOUBLED.sub(r"\1", text)
    return text


def join(head: str, tail: str) -> str:
    """head + tail without repeating what head ends with and tail starts with (two characters or more)."""
    for k in range(min(len(head), len(tail)), 1, -1):
        if head.endswith(tail[:k]):
            return head + tail[k:]
    return head + tail
