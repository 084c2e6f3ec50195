"""The bundled example exists as YAML and as a filled workbook, and both hold the same data."""

from tests.conftest import EXAMPLE_XLSX
from yusuan.readers.workbook import read_workbook


def test_example_workbook_equals_example_yaml(example_data):
    assert read_workbook(EXAMPLE_XLSX) == example_data


def test_example_carries_every_performance_table_of_the_seed(example_data):
    tables = [p for p in example_data.projects if p.performance]
    assert len(tables) == 5
    weights = {p.name: sum(i.weight for i in p.performance.indicators) for p in tables}
    assert set(weights.values()) == {90}  # the seed's convention: 预算执行率 takes the other 10
