"""Alembic environment: run by `yusuan.store.db.migrate` with a connection in `config.attributes`."""

from __future__ import annotations

from alembic import context

from yusuan.store.schema import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` on the command line: the URL from alembic.ini or YUSUAN_DB
    from sqlalchemy import create_engine

    from yusuan.store.db import resolve_url

    with create_engine(resolve_url(None)).connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
