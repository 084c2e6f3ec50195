"""R8xx: what a reader could not read, or had to repair, in a published document."""

from yusuan.rules.reading import notes
from yusuan.rules.registry import Rule

RULES: tuple[Rule, ...] = (
    notes.content_not_read,
    notes.content_repaired,
)
