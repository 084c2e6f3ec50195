"""Each document's spending by 类 as rows (class_spending), filled here from the stored figures: a government's
chart is then one SUM.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 07:10:00
"""

from __future__ import annotations

import json
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "class_spending",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", "code"),
    )
    connection = op.get_bind()
    figures = sa.table("figures", sa.column("document_id"), sa.column("by_class", sa.Text))
    spending = sa.table("class_spending", sa.column("document_id"), sa.column("code"), sa.column("amount"))
    rows: list[dict[str, object]] = []
    for document_id, by_class in connection.execute(sa.select(figures.c.document_id, figures.c.by_class)).all():
        amounts = json.loads(by_class) if isinstance(by_class, str) else (by_class or {})
        rows += [{"document_id": document_id, "code": code, "amount": int(Decimal(amount) * 100)}
                 for code, amount in (amounts or {}).items() if amount is not None]
        if len(rows) >= BATCH:
            connection.execute(sa.insert(spending), rows)
            rows = []
    if rows:
        connection.execute(sa.insert(spending), rows)


def downgrade() -> None:
    op.drop_table("class_spending")
