"""Web fixtures: a store (SQLite and PostgreSQL, tests/store/conftest.py) holding the seed publication,
the example's derived disclosure and a real 决算 PDF, and a client of the real application."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import EXAMPLE_YAML, SEED_TEXT
from tests.store.conftest import db_url, pg_server, store  # noqa: F401  (the fixtures, shared)
from yusuan.pipeline import process_file
from yusuan.store.ingest import start_run, store_record
from yusuan.web.app import create_app

DATA = Path(__file__).parent.parent / "data"
PDF = DATA / "putuo-shehuigongzuobu-2024-juesuan.pdf"


@pytest.fixture(scope="session")
def records():
    return {"seed": process_file(SEED_TEXT), "example": process_file(EXAMPLE_YAML), "pdf": process_file(PDF)}


@pytest.fixture
def filled(store, records):  # noqa: F811  (the fixture)
    ids = {}
    with store.session() as s:
        run = start_run(s, "import")
        for key, record in records.items():
            doc, _ = store_record(s, record, run.id, government="昌吉市" if key != "pdf" else None)
            ids[key] = doc.id
    return store, ids  # noqa: F811


@pytest.fixture
def client(filled):
    app = create_app(filled[0])
    with TestClient(app, follow_redirects=False) as c:
        yield c


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)
