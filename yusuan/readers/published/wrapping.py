"""Text copied from a PDF's text layer keeps the PDF's line breaks: a paragraph comes as lines of one width.

A PDF tells a wrapped line by where it ends on the page (`pdf.py` marks `TextLine.continues`). A text
file has no positions, but its wrapped lines share the page's full width, counted in display columns
(a Chinese character two, a digit or Latin letter one). Used where the assembler meets lines above the
first body line; elsewhere a text file's lines are joined by what they end with (`model.claims.build_flow`),
so a full line that happens to end with "。" still ends its paragraph there (not measured by width: the
widths of real text layers vary by the spaces around their numbers, and joining on them changed findings).
"""

from __future__ import annotations

import re
from unicodedata import east_asian_width

from yusuan.readers.published.normalize import SENTENCE_END

WRAP_MIN = 40  # display width of the narrowest page a paragraph wraps on (20 Chinese characters)
WRAP_SLACK = 4  # a wrapped line may end two characters short of the full width (digits, marks)
FULL_SHARE = 0.85  # … or this share of it: a first line's indent and a justified line's spacing, copied as spaces


_FIRST_LINE_INDENT = re.compile(r"^(?: {1,4}|\u3000{1,2})\S")  # two characters' indent, as spaces


def char_width(ch: str) -> int:
    """Display columns of a character: a Chinese (wide or full-width) one two, a digit or Latin letter one."""
    return 2 if east_asian_width(ch) in "WF" else 1


def display_width(text: str) -> int:
    return sum(map(char_width, text))


def wrapped_run(held: list[str], body: str) -> bool:
    """Lines above the first body line are its paragraph's first lines when every one of them is as
    wide as the widest line of the run, a width no title or line of a site has, that width is shared by
    two lines at least (a title alone above a shorter sentence is as wide as itself), and none ends a
    sentence. The lines are as printed: a first line's indent counts in its width."""
    if any(t.rstrip().endswith(SENTENCE_END) for t in held):
        return False
    widths = [display_width(t.rstrip()) for t in held]
    last = display_width(body.rstrip())
    full = max(*widths, last)
    least = min(full - WRAP_SLACK, FULL_SHARE * full)
    if full >= WRAP_MIN and all(w >= least for w in widths) and len(widths) + (last >= least) >= 2:
        return True
    # one line indented as a paragraph's first is (a title is centred or flush), over a flush last line:
    # "  交通运输厅2022年一般公共预算“三公”经费预算数为" / "98.65万元，其中："
    return len(held) == 1 and widths[0] >= WRAP_MIN and bool(_FIRST_LINE_INDENT.match(held[0])) \
        and not body[:1].isspace()
