from __future__ import annotations

import random

import pytest

from tests.check.seed_transcript import seed_disclosure
from tests.conftest import EXAMPLE_YAML
from yusuan.model.derive import derive_disclosure
from yusuan.model.full import derive_full
from yusuan.readers.data_file import read_data_file
from yusuan.synth.generator import generate_budget

RICH_SEED = 159  # a generated department with 基金, 结转, 单位资金, 转移支付, 三公 and per-unit allocations


@pytest.fixture(scope="session")
def example_data():
    return read_data_file(EXAMPLE_YAML)


@pytest.fixture(scope="session")
def example_full(example_data):
    """The bundled example with its texts, as the build stage writes them."""
    return derive_full(example_data)


@pytest.fixture(scope="session")
def example_tables(example_data):
    return derive_disclosure(example_data)


@pytest.fixture(scope="session")
def generated_full():
    return derive_full(generate_budget(random.Random(RICH_SEED)))


@pytest.fixture(scope="session")
def seed():
    return seed_disclosure()
