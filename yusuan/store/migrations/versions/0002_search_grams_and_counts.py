"""The search index of departments (search_grams: the characters and pairs of characters of a department's
name and its government's name, filled here for the departments already stored) and an index of the latest
documents' counts for the home page's totals; departments by code.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "search_grams",
        sa.Column("gram", sa.String(length=2), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("gram", "department_id"),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_latest_counts", ["is_latest", "status", "errors", "warnings", "notices"],
                              unique=False)
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_departments_code"), ["code"], unique=False)
    _fill_grams()


def _fill_grams() -> None:
    from yusuan.store.search import gram_rows

    connection = op.get_bind()
    departments = sa.table("departments", sa.column("id"), sa.column("name"), sa.column("government_id"))
    governments = sa.table("governments", sa.column("id"), sa.column("name"))
    grams = sa.table("search_grams", sa.column("gram"), sa.column("department_id"))
    found = connection.execute(sa.select(departments.c.id, departments.c.name, governments.c.name)
                               .select_from(departments.outerjoin(governments,
                                                                  governments.c.id == departments.c.government_id)))
    rows: list[dict[str, object]] = []
    for department_id, name, government in found.all():
        rows += gram_rows(department_id, name, government)
        if len(rows) >= BATCH:
            connection.execute(sa.insert(grams), rows)
            rows = []
    if rows:
        connection.execute(sa.insert(grams), rows)


def downgrade() -> None:
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_departments_code"))
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_latest_counts")
    op.drop_table("search_grams")
