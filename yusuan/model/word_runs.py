"""A run of words at the end of a text ("预算数为", "支出决算"), or a text of such words only, matched without
splitting a run every way there is.

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


def _atoms(words: Iterable[str]) -> list[str]:
    """The words that no other words spell, shortest first (in a fixed order)."""
    listed = set(words)
    return sorted((w for w in listed if not _spelt_by(w, listed - {w})), key=lambda w: (len(w), w))


def _read_one_way(atoms: list[str]) -> bool:
    """Whether no text is two different runs of `atoms` (the Sardinas–Patterson test of a code)."""
    code = set(atoms)

    def rests(a: set[str], b: set[str]) -> set[str]:  # what is left of a word of b after a word of a
        return {y[len(x):] for x in a for y in b if y != x and y.startswith(x)}

    seen: set[frozenset[str]] = set()
    dangling = rests(code, code)
    while dangling and frozenset(dangling) not in seen:
        if dangling & code:
            return False
        seen.add(frozenset(dangling))
        dangling = rests(code, dangling) | rests(dangling, code)
    return True


def words_only(words: Iterable[str]) -> re.Pattern[str]:
    """The pattern of a text of `words` only ("^(?:w1|w2|…)*$"), each word as written: the words that others
    spell are left out (the texts matched are the same), and the rest must read one way only."""
    atoms = _atoms(words)
    assert _read_one_way(atoms), "a text of these words could be read two ways"  # a developer's mistake
    return re.compile("^(?:" + "|".join(map(re.escape, sorted(atoms, key=len, reverse=True))) + ")*$")


def run_at_end(words: Iterable[str]) -> re.Pattern[str]:
    """The pattern of a run of `words` at the end of a text ("(w1|w2|…)+$"), each word as written (no
    pattern syntax)."""
    atoms = _atoms(words)
    clash = [(a, b) for a in atoms for b in atoms if a != b and b.startswith(a)]
    assert not clash, f"a word begins another: a run could be read two ways {clash}"  # a developer's mistake
    behind = "".join(f"(?<!{'|'.join(map(re.escape, group))})" for _, group in groupby(atoms, key=len))
    return re.compile(behind + "(?:" + "|".join(map(re.escape, atoms)) + ")+$")
