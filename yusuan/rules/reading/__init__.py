"""R8xx: what a reader could not read, or had to repair, in a published document."""

from yusuan.rules.reading import notes  # noqa: F401  (registers the rules)
