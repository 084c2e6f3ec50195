from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_YAML, SEED_TEXT
from yusuan.catalog.catalog import load_catalog
from yusuan.model.derive import derive_disclosure
from yusuan.readers.data_file import read_data_file
from yusuan.readers.published import extract_file

DATA = Path(__file__).resolve().parent.parent / "data"
CAIZHENGJU = DATA / "putuo-caizhengju-2024-juesuan.pdf"
GUIHUA = DATA / "putuo-guihuaziyuan-2024-juesuan.pdf"
SHEHUI = DATA / "putuo-shehuigongzuobu-2024-juesuan.pdf"
TEMPLATE = DATA / "juesuan-template-2024.pdf"


@pytest.fixture(scope="session")
def shipped_catalog(tmp_path_factory):
    """The shipped catalogue only (never the developer's imported booklets)."""
    return load_catalog(extra_dir=tmp_path_factory.mktemp("no-imports"))


@pytest.fixture(scope="session")
def seed(shipped_catalog):
    return extract_file(SEED_TEXT, shipped_catalog)


@pytest.fixture(scope="session")
def derived(shipped_catalog):
    return derive_disclosure(read_data_file(EXAMPLE_YAML, shipped_catalog), shipped_catalog)


@pytest.fixture(scope="session")
def corpus(shipped_catalog):
    return {p.stem: extract_file(p, shipped_catalog) for p in (CAIZHENGJU, GUIHUA, SHEHUI, TEMPLATE)}
