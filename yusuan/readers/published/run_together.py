"""Lines run together: the text of a PDF copied onto a web page or into a document viewer sometimes
arrives as one long line, every heading of the contents and of the body inside it ("…(目录) 第一部分:
基本情况 一、部门主要职能 二、部门和所属预算单位机构设置情况 … 第二部分:…"). A line that holds two
part headings (第X部分) or more is such a run: it is broken before each part heading, and before
each numbered heading ("一、", "表 1:") or "(目录)" that follows a space, where the lost line ends stood. A
sentence never names two parts of its document, so ordinary text is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from yusuan.readers.published.blocks import Block, TextLine

_PART = re.compile(r"第[一二三四五六七八九十]+部分")
# where a line ended before it ran on: a part heading, or a numbered heading or table after a space
_BREAK = re.compile(r"\s*(?=第[一二三四五六七八九十]+部分)|\s+(?=[一二三四五六七八九十]+、|表\s*\d+\s*[:：]|[(（]?目\s*录[)）]?\s)"
                    r"|(?<=目录[)）])\s*")


def split_run_together(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, TextLine) and len(_PART.findall(b.text)) >= 2:
            out += [replace(b, text=piece) for piece in _BREAK.split(b.text) if piece.strip()]
        else:
            out.append(b)
    return out
