"""W7xx — plausibility: not contradictions, but things a careful reader would question."""

from yusuan.rules.plausibility import (  # noqa: F401
    blanks,
    changes,
    empty_tables,
    figures,
    numbering,
    reasons,
    wording,
    years,
)
