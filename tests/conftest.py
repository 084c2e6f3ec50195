from __future__ import annotations

from pathlib import Path

import pytest

from yusuan.catalog.catalog import default_catalog
from yusuan.readers.data_file import read_data_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_YAML = ROOT / "examples" / "changji-renda-2023.yaml"
EXAMPLE_XLSX = ROOT / "examples" / "changji-renda-2023.xlsx"
SEED_TEXT = Path(__file__).parent / "data" / "seed-changji-renda-2023.txt"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never read or write the developer's own ~/.yusuan (imported catalogues) in tests."""
    home = tmp_path_factory.mktemp("yusuan-home")
    monkeypatch.setenv("YUSUAN_HOME", str(home))
    default_catalog.cache_clear()
    yield home
    default_catalog.cache_clear()


@pytest.fixture(scope="session")
def example_data():
    return read_data_file(EXAMPLE_YAML)


@pytest.fixture
def catalog():
    return default_catalog()


# Whole folders whose tests start servers, databases, browsers, Spark or the command line in
# subprocesses, or run the real-world corpus: slow, so `pytest -m "not slow"` stays the fast inner
# loop over the core (model, readers, rules, writers in process). `scripts/test` runs everything.
SLOW_FOLDERS = ("realworld", "store", "web", "browser", "batch", "hostile")


def pytest_collection_modifyitems(config, items):
    tests = Path(__file__).parent
    for item in items:
        parts = Path(str(item.fspath)).relative_to(tests).parts
        if parts and parts[0] in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)
