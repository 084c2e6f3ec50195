"""Searching departments by a piece of their name or their government's name, through an index.

A `LIKE '%教育%'` cannot use a B-tree index, and neither SQLite's FTS5 trigrams nor PostgreSQL's pg_trgm
index a two-character Chinese word. So each department's name and its government's name are cut into their
single characters and pairs of characters (`search_grams`, written when the department is made, filled for
older stores by migration 0002): the departments holding every pair of the query (its one character, for a
one-character query) are the candidates, found by index; the query's own `LIKE` then keeps exactly the
departments it kept before. Grams are case-folded, so the candidates include every `LIKE` match whatever the
database's case rules.
"""

from __future__ import annotations

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session

from yusuan.store.schema import SearchGram


def grams(text: str) -> set[str]:
    """Every character and every pair of adjacent characters of `text` (case-folded, spaces kept out)."""
    folded = text.casefold()
    return {c for c in folded if not c.isspace()} | {folded[i:i + 2] for i in range(len(folded) - 1)
                                                     if not (folded[i].isspace() or folded[i + 1].isspace())}


def gram_rows(department_id: int, *texts: str | None) -> list[dict[str, object]]:
    found: set[str] = set()
    for text in texts:
        found |= grams(text or "")
    return [{"gram": g, "department_id": department_id} for g in sorted(found)]


def index_department(session: Session, department_id: int, name: str, government: str | None) -> None:
    rows = gram_rows(department_id, name, government)
    if rows:
        session.connection().execute(insert(SearchGram.__table__), rows)


def candidates(q: str) -> Select | None:
    """The ids of the departments whose indexed text holds every gram the query needs (None: the query has
    no gram to look up, e.g. only spaces; or a space inside, which a pair never holds)."""
    folded = q.casefold()
    if any(c.isspace() for c in folded):
        return None
    needed = {folded[i:i + 2] for i in range(len(folded) - 1)} or set(folded)
    if not needed:
        return None
    stmt = select(SearchGram.department_id).where(SearchGram.gram.in_(sorted(needed)))
    if len(needed) > 1:
        stmt = stmt.group_by(SearchGram.department_id).having(func.count() == len(needed))
    return stmt
