"""Traditional characters → simplified, once per document, before anything else reads the text.

Mirror sites republish budget pages in traditional characters (預算、經費、撥款), some with the
pinyin of a character in parentheses after it ("經(jīng)費"). Every later step (titles, headers,
row labels, claims) knows the simplified words only, so a document written in traditional
characters is converted with OpenCC (configuration t2s) as a whole, and the reader records a
notice that it did so. Whether a document is traditional at all is decided once, on a sample:
simplified text is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from yusuan.readers.published.normalize import fold_characters

SAMPLE = 20000  # characters looked at to decide
MIN_CHANGED = 3  # characters that t2s changes, at least …
MIN_SHARE = 0.02  # … and this share of the Chinese characters of the sample

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# "經(jīng)費": a syllable with a tone mark, in parentheses, right after a Chinese character
PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]\s*[a-zü]*[{_TONED}][a-zü{_TONED}]*\s*[)）]")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def changed_share(sample: str) -> tuple[int, int]:
    """(characters that t2s changes, Chinese characters) in `sample`."""
    converted = _converter().convert(sample)
    cjk = len(_CJK.findall(sample))
    if len(converted) == len(sample):
        changed = sum(a != b for a, b in zip(sample, converted, strict=True))
    else:  # a phrase conversion changed the length: count the characters that differ as a set
        changed = sum(1 for ch in set(sample) if _CJK.match(ch) and ch not in converted) or 1
    return changed, cjk


def is_traditional(sample: str) -> bool:
    sample = sample[:SAMPLE]
    if _converter().convert(sample) == sample:  # nothing to convert (most documents): no counting
        return False
    changed, cjk = changed_share(sample)
    return changed >= MIN_CHANGED and changed >= MIN_SHARE * max(cjk, 1)


@dataclass
class Simplifier:
    """Converts the texts of one document: to simplified when the document is traditional,
    without pinyin annotations in any case; counts what it did."""

    traditional: bool
    pinyin: int = 0

    @classmethod
    def detect(cls, texts: Iterable[str]) -> Simplifier:
        sample: list[str] = []
        size = 0
        for t in texts:
            if t:
                sample.append(t)
                size += len(t)
                if size >= SAMPLE:
                    break
        return cls(is_traditional("\n".join(sample)))

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self.traditional:
            text = _converter().convert(text)
        if "(" in text or "（" in text:
            text, n = PINYIN.subn("", text)
            self.pinyin += n
        return text

    def notes(self) -> list[tuple[str, str]]:
        """(code, Chinese message) of what the conversion did, for the reading notes."""
        out = []
        if self.traditional:
            out.append(("text.traditional", "文件为繁体字，已用 OpenCC（t2s）转换为简体后读取"))
        if self.pinyin:
            out.append(("text.pinyin", f"文中有 {self.pinyin} 处汉字后的拼音注音（如“经(jīng)费”），已去除"))
        return out


def simplify_blocks(source) -> None:
    """Convert a reader's blocks in place (formats whose reader has no raw text to convert):
    detect once over all their text, then convert every line and every cell once."""
    from yusuan.readers.published.blocks import Grid, TextLine

    def texts():
        for block in source.blocks:
            if isinstance(block, TextLine):
                yield block.text
            elif isinstance(block, Grid):
                for row in block.rows:
                    for cell in row:
                        yield cell.text

    for block in source.blocks:  # radicals printed for the characters they look like first
        if isinstance(block, TextLine):
            block.text = fold_characters(block.text)
        elif isinstance(block, Grid):
            for row in block.rows:
                for cell in row:
                    cell.text = fold_characters(cell.text)
    simplifier = Simplifier.detect(texts())
    done: set[int] = set()
    for block in source.blocks:
        if isinstance(block, TextLine):
            block.text = simplifier(block.text)
        elif isinstance(block, Grid):
            for row in block.rows:
                for cell in row:
                    if id(cell) not in done:
                        done.add(id(cell))
                        cell.text = simplifier(cell.text)
    record(source, simplifier)


def record(source, simplifier: Simplifier) -> None:
    """Note on the source what the conversion did; mark it done."""
    from yusuan.model.disclosure import ReadingNote

    source.findings.extend(ReadingNote(code=code, message=message) for code, message in simplifier.notes())
    source.simplified = True


def simplify_text(text: str, source) -> str:
    """Convert a reader's raw text (a .txt file, a web page) before it is parsed; radicals printed for the
    characters they look like become those characters first."""
    text = fold_characters(text)
    simplifier = Simplifier.detect([text])
    text = simplifier(text)
    record(source, simplifier)
    return text
