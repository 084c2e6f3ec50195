"""W7xx — plausibility: not contradictions, but things a careful reader would question."""

from yusuan.rules.plausibility import blanks, changes, empty_tables, figures, numbering, wording, years  # noqa: F401
