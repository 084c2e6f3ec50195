"""Where the marks of one text stand: sentence and clause ends, and words such as 原因.

The text analysis asks, at every number of a section, where the clause or sentence before it begins.
Scanning backwards with `str.rfind` for each mark at each number costs a pass per question; instead
the positions of each mark are listed once per text (a `str.find` pass per character) and every
question is a binary search in that sorted list. Answers are exactly those of the scans they replace
(`claims.last_mark`, `claims.start_after`, `str.rfind`).
"""

from __future__ import annotations

from bisect import bisect_left


class Marks:
    """Sorted positions of mark sets and words in one text, each listed on first use.

    A set is kept by its spelling: the callers spell each set one way ("。;\n", never ";。\n"), so that its
    positions are listed once per text."""

    __slots__ = ("text", "_sets", "_words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._sets: dict[str, list[int]] = {}
        self._words: dict[str, list[int]] = {}

    def positions(self, marks: str) -> list[int]:
        """Where any of `marks` (single characters) stands, in order.

        Each character is listed on its own with `str.find` (a step per occurrence, in C between them:
        a character-class `finditer` makes a match object per mark) and a set is its characters' lists
        merged: the few sets the analysis asks for share their characters."""
        found = self._sets.get(marks)
        if found is None:
            if len(marks) == 1:
                found = self.word_positions(marks)
            else:
                found = []
                text = self.text
                for mark in marks:
                    if mark in text:
                        found += self.word_positions(mark)
                found.sort()
            self._sets[marks] = found
        return found

    def word_positions(self, word: str) -> list[int]:
        """Where `word` starts, in order (occurrences may overlap, as `str.rfind` would find them)."""
        found = self._words.get(word)
        if found is None:
            found = []
            k = self.text.find(word)
            while k != -1:
                found.append(k)
                k = self.text.find(word, k + 1)
            self._words[word] = found
        return found

    def last(self, marks: str, start: int, end: int) -> int:
        """The position of the last of `marks` in text[start:end], -1 when there is none."""
        found = self._sets.get(marks)
        if found is None:
            found = self.positions(marks)
        i = bisect_left(found, end) - 1
        return found[i] if i >= 0 and found[i] >= start else -1

    def first(self, marks: str, start: int, end: int) -> int:
        """The position of the first of `marks` in text[start:end], -1 when there is none."""
        found = self._sets.get(marks)
        if found is None:
            found = self.positions(marks)
        i = bisect_left(found, start)
        return found[i] if i < len(found) and found[i] < end else -1

    def any_in(self, marks: str, start: int, end: int) -> bool:
        """Whether any of `marks` stands in text[start:end]."""
        return self.first(marks, start, end) != -1

    def start_after(self, pos: int, marks: str, reach: int) -> int:
        """Where the words before `pos` begin: after the last of `marks`, at most `reach` characters back."""
        found = self._sets.get(marks)
        if found is None:
            found = self.positions(marks)
        lowest = pos - reach if pos > reach else 0
        i = bisect_left(found, pos) - 1
        if i >= 0 and found[i] >= lowest:
            return found[i] + 1
        return lowest

    def last_word(self, word: str, start: int, end: int) -> int:
        """`text.rfind(word, start, end)`: the last occurrence lying wholly inside text[start:end]."""
        found = self.word_positions(word)
        i = bisect_left(found, end - len(word) + 1) - 1
        return found[i] if i >= 0 and found[i] >= start else -1
