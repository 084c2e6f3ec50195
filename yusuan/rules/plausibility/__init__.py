"""W7xx — plausibility: not contradictions, but things a careful reader would question."""

from yusuan.rules.plausibility import changes, figures, wording  # noqa: F401
