"""Writing many rows at once: a document's hundreds of table rows and its findings.

Plain dicts, never ORM objects: SQLAlchemy's Core executemany on SQLite; on PostgreSQL a COPY through psycopg
(a multi-row INSERT of thousands of parameters costs psycopg more to parse than the server to store).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import JSON, Table, insert
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

COPY_FROM = 20  # fewer rows than this: one INSERT is as cheap as a COPY


def insert_rows(session: Session, model: type, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (column name → value, as the model's columns take them) into `model`'s table."""
    if not rows:
        return
    table: Table = model.__table__
    connection = session.connection()
    if connection.dialect.name == "postgresql" and len(rows) >= COPY_FROM:
        _copy(connection, table, rows)
    else:
        connection.execute(insert(table), rows)


def _copy(connection, table: Table, rows: list[dict[str, Any]]) -> None:
    names = list(rows[0])
    converters = [_converter(table.c[name], connection.dialect) for name in names]
    quoted = ", ".join(f'"{name}"' for name in names)  # the model's own column names, never user input
    cursor = connection.connection.driver_connection.cursor()
    with cursor, cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([convert(row[name]) for name, convert in zip(names, converters, strict=True)])


def _converter(column, dialect):
    """What a column's type makes of a Python value before it is bound (JSON text, a TypeDecorator's value)."""
    kind = column.type
    if isinstance(kind, JSON):
        return lambda v: None if v is None else json.dumps(v)
    if isinstance(kind, TypeDecorator):
        return lambda v: kind.process_bind_param(v, dialect)
    return lambda v: v
