"""K5xx — classification codes: known for the document's year, names that fit, levels, budgets."""

from yusuan.rules.classification import budgets, codes, names  # noqa: F401
