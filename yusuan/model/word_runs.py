"""A run of words at the end of a text ("预算数为", "支出决算"), matched in time linear in the text's length.

A pattern "(预算数为|预算数|数|为)+$" lists words that are other words put together: a run that does not reach
the end is then split every way there is before the search gives up (forty characters took hours). Here each
word is listed once (a word spelt by the others is dropped: the run is the same), no listed word begins another
(so a run is read one way only), and a run may start only where no word ends (look-behinds): a search that fails
does not start again inside the run it failed on. What the pattern finds is what the plain alternation finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import groupby


def _spelt_by(word: str, others: set[str]) -> bool:
    """Whether `word` is two or more of `others` put together."""
    ends = {0}
    for end in range(1, len(word) + 1):
        if any(start in ends and word[start:end] in others for start in range(end)):
            ends.add(end)
    return len(word) in ends


def run_at_end(words: Iterable[str]) -> re.Pattern[str]:
    """The pattern of a run of `words` at the end of a text ("(w1|w2|…)+$"), each word as written (no
    pattern syntax)."""
    listed = set(words)
    atoms = sorted((w for w in listed if not _spelt_by(w, listed - {w})), key=lambda w: (len(w), w))
    clash = [(a, b) for a in atoms for b in atoms if a != b and b.startswith(a)]
    assert not clash, f"a word begins another: a run could be read two ways {clash}"  # a developer's mistake
    behind = "".join(f"(?<!{'|'.join(map(re.escape, group))})" for _, group in groupby(atoms, key=len))
    return re.compile(behind + "(?:" + "|".join(map(re.escape, atoms)) + ")+$")
