"""T3xx — the explanation text versus the tables, and versus its own other claims."""

from yusuan.rules.text import amounts, changes, empty, lists, parts, projects, relations, shares  # noqa: F401
