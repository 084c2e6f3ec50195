from __future__ import annotations

import pytest

from tests.conftest import EXAMPLE_YAML
from yusuan.model.full import derive_full
from yusuan.writers.build import FORMATS, build


@pytest.fixture(scope="session")
def example_disclosure(example_data):
    return derive_full(example_data)


@pytest.fixture(scope="session")
def example_build(example_data, tmp_path_factory):
    """The bundled example built once in every format: format → path."""
    out = tmp_path_factory.mktemp("example-build")
    paths = build(example_data, out, FORMATS, stem=EXAMPLE_YAML.stem, source=str(EXAMPLE_YAML))
    return {p.suffix[1:]: p for p in paths}
