"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server (tests/store/pg.py)."""

from __future__ import annotations

import pytest

from tests.store import pg
from yusuan.store.db import open_store


@pytest.fixture(scope="session")
def pg_server():
    try:
        server = pg.start()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'yusuan.db'}"
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()
