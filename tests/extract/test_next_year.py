"""`next_year`: last year's data → this year's starting point; `extract --as-data --next-year`."""

from __future__ import annotations

from decimal import Decimal

from typer.testing import CliRunner

from tests.conftest import ROOT
from yusuan.cli.main import app
from yusuan.model.next_year import next_year
from yusuan.model.sources import IncomeRow
from yusuan.model.validate import validate_budget
from yusuan.readers.data_file import read_data_file

PUBLISHED = ROOT / "examples" / "published" / "changji-renda-2023.txt"
D = Decimal


def test_figures_become_priors(example_data):
    before = example_data.model_dump()
    nxt = next_year(example_data)
    assert example_data.model_dump() == before  # pure
    assert nxt.department.year == example_data.department.year + 1 and nxt.department.publish_date is None
    assert nxt.changes.basic.prior == D("605.94") and nxt.changes.basic.reason is None
    assert nxt.changes.project.prior == sum((p.total for p in example_data.projects), D(0))
    priors = {p.code: p for p in nxt.item_priors}
    assert priors["2010101"].prior == D("473.27") and priors["2010101"].reason is None
    own = nxt.income[IncomeRow.GENERAL_BUDGET_OWN]
    assert own.prior == D("825.94") and own.amount == D("825.94") and own.reason is None
    assert nxt.income[IncomeRow.GENERAL_BUDGET].prior == D("834.94")
    assert nxt.three_public.vehicle_operation.prior == D("31.00")
    assert nxt.three_public.vehicle_operation.general_budget == D("31.00")
    assert nxt.operating_costs.prior == D("143.26")
    assert [p.prior for p in nxt.projects] == [p.total for p in example_data.projects]
    assert [p.performance for p in nxt.projects] == [p.performance for p in example_data.projects]
    assert validate_budget(nxt) == []


def test_cli_writes_next_year(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["extract", str(PUBLISHED), "--as-data", "--next-year", "--format", "yaml", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = read_data_file(out / f"{PUBLISHED.stem}.yaml")
    assert data.department.year == 2024
    assert data.changes.basic.prior is not None
    assert validate_budget(data) == []


def test_next_year_needs_as_data(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(PUBLISHED), "--next-year", "-o", str(tmp_path)])
    assert result.exit_code == 2
