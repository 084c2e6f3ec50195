"""Opening a store: the URL (a SQLite file by default, PostgreSQL by URL), the engine, the migrations.

`open_store(db)` migrates the database to the newest schema (Alembic, from an empty database on) and
returns a `Store` with a session factory. SQLite runs with foreign keys on and WAL journaling.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_FILE = "yusuan.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(db: str | Path | None) -> str:
    """`--db` (a path or a URL), else $YUSUAN_DB, else ./yusuan.db. postgresql:// uses psycopg 3."""
    value = str(db) if db is not None else os.environ.get("YUSUAN_DB") or DEFAULT_FILE
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix):]
    return value


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    # an executemany (a document's hundreds of table rows) as batched multi-row INSERTs, as SQLAlchemy does
    # for psycopg2: psycopg 3's own executemany sends a statement a row, which made storing a document several
    # times slower than on SQLite
    engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (an empty database gets every table)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass
class Store:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in a transaction: committed at the end, rolled back on an exception."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(db: str | Path | None = None, *, upgrade: bool = True) -> Store:
    url = resolve_url(db)
    engine = make_engine(url)
    if upgrade:
        migrate(engine)
    return Store(url, engine, sessionmaker(engine, expire_on_commit=False))
