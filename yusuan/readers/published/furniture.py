"""Page furniture: the running head and foot a word processor prints on every page of a document.

Word and WPS print a document's title (or its part's) over a rule at the top of each page and sometimes
a line at its foot; a PDF made from it, and that PDF's text layer, carry those lines in the middle of
the text, where a paragraph runs on from one page to the next ("…交" / "某局2024年单位预算情况说明" /
"通运输支出6567.36万元"). The page number is known elsewhere (normalize.PAGE_NUMBER). A line at a
page's edge (from the second page on) is furniture when it names the document's title — the words of
the first page's opening lines — or when an earlier page printed the same line at the same edge (its
digits aside: "某局预算 第3页"). Never on the first page, whose title is the document's own.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from yusuan.readers.published.normalize import SENTENCE_END
from yusuan.readers.published.numbers import squeeze

TITLE_LINES = 6  # the first page's opening lines that may hold the title (a cover spreads it over several)
TITLE_CHARS = 200  # of them: a title is short (and a line compared with it costs in its length)
HEAD_MIN = 6  # characters: a shorter line ("说明", "续表") is not told from the text by its words
HEAD_MAX = 60  # a running head is one short line
TITLE_SHARE = 0.8  # of the line: the part of it that stands in the title as one run

_DIGITS = re.compile(r"\d+")
# a part's or section's heading names the document's title too ("第三部分 某局2024年度部门决算"): its number
# makes it the text's own
_NUMBERED = re.compile(r"^(第[一二三四五六七八九十\d]+[部章篇]|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）])")
_FIGURE = re.compile(r"\d(?:万?元|%|人|个|辆)")  # an amount or count: text, never furniture


def title_key(lines: list[str]) -> str:
    """The first page's opening lines as one string to find a running head in."""
    return "".join(squeeze(line[:TITLE_CHARS]) for line in lines[:TITLE_LINES])[:TITLE_CHARS]


def edge_key(text: str) -> str:
    """What two pages' edge lines must share to be the same running line: their words, digits aside."""
    return _DIGITS.sub("#", squeeze(text))


def may_be_furniture(text: str) -> bool:
    """A line that could be a running head or foot: short, no sentence, no figure."""
    k = squeeze(text)
    return HEAD_MIN <= len(k) <= HEAD_MAX and not k.endswith(SENTENCE_END) and not _FIGURE.search(k)


def names_title(text: str, title: str) -> bool:
    """Whether the line is the document's title as a running head prints it: all but a little of it
    (a year, 情况说明) one run of the title's words ("某局2024年单位预算情况说明" over a first page
    titled "某局2024年单位预算" / "2024年单位预算情况说明")."""
    k = squeeze(text)
    if not title or not may_be_furniture(text) or _NUMBERED.match(k):
        return False
    if k in title:
        return True
    run = SequenceMatcher(None, k, title, autojunk=False).find_longest_match(0, len(k), 0, len(title)).size
    return run >= max(HEAD_MIN, TITLE_SHARE * len(k))


class RunningLines:
    """Across the pages of one document: its title and the edge lines printed so far."""

    def __init__(self) -> None:
        self.title = ""
        self.seen: dict[tuple[str, str], int] = {}  # (edge, key) → pages from the second on that printed it

    def furniture(self, page: int, edge: str, text: str, ruled: bool = False) -> bool:
        """Whether `text`, the line at the `edge` ("head" or "foot") of `page`, is a running line (`ruled`:
        set off from the text by a rule, as Word's 页眉 and 页脚 styles draw one); every candidate is
        remembered, so that a line printed again at the same edge is known."""
        if page < 2 or not may_be_furniture(text):
            return False
        key = (edge, edge_key(text))
        count = self.seen.get(key, 0)
        self.seen[key] = count + 1
        return ruled or count > 0 or names_title(text, self.title)
