"""A published disclosure back into budget data, as far as it determines it, and only that."""

from __future__ import annotations

from decimal import Decimal

import yaml
from typer.testing import CliRunner

from tests.conftest import SEED_TEXT
from tests.extract.conftest import CAIZHENGJU
from yusuan.cli.main import app
from yusuan.model.budget import DocumentKind
from yusuan.model.derive import derive_disclosure
from yusuan.model.figures import key_figures
from yusuan.model.sources import FundingSource, IncomeRow
from yusuan.model.validate import validate_budget
from yusuan.readers.data_file import read_data_file, write_data_file
from yusuan.readers.published.as_data import disclosure_to_data

D = Decimal


def _values(d):
    return {k: v for k, v in key_figures(d).items() if k != "sources"}


def test_seed_as_data_gives_back_its_figures(seed, shipped_catalog, tmp_path):
    data, notes = disclosure_to_data(seed.disclosure)
    assert validate_budget(data, shipped_catalog) == []
    # the same figures; their sources differ (a derived disclosure's come from data, not printed lines)
    assert _values(derive_disclosure(data, shipped_catalog)) == _values(seed.disclosure)
    assert data.income[IncomeRow.GENERAL_BUDGET_OWN].amount == D("825.94")
    assert IncomeRow.GENERAL_BUDGET not in data.income  # a subtotal is derived from its parts
    assert [(p.name, p.code, p.economic) for p in data.projects][:1] == [("人大会议", "2010199", {"302": D("38.00")})]
    assert data.projects[0].person_in_charge == "陈戈壁" and len(data.projects[0].performance.indicators) == 8
    assert len(data.basic_economic) == 24 and data.department.staffing.actual == 60
    assert data.operating_costs.prior == D("141.41") and data.procurement.services == D("102.25")
    basic = {b.code: b for b in data.basic_expenditure}
    assert basic["2010101"].public == D("143.26") and basic["2010101"].personnel == D("330.01")
    assert {n.code for n in notes} == {"as_data.split", "as_data.projects"}
    path = tmp_path / "last-year.yaml"
    write_data_file(data, path)
    assert read_data_file(path, shipped_catalog) == data


def test_final_accounts_as_data(corpus, shipped_catalog):
    data, notes = disclosure_to_data(corpus[CAIZHENGJU.stem].disclosure)
    assert data.department.kind == DocumentKind.FINAL and data.department.year == 2024
    assert validate_budget(data, shipped_catalog) == []
    econ = {b.code: b for b in data.basic_economic}
    assert econ["30101"].personnel == D("262.33") and econ["30201"].public == D("21.21")
    assert data.procurement.total is None  # the stated 251.25 disagrees with its parts (251.26)
    assert data.three_public.reception.general_budget == D("0")
    # the 项 rows of 支出决算表 add up to 2336.92 (its 合计 prints 2336.91): budget data keeps the rows
    assert sum(b.personnel + b.public for b in data.basic_expenditure) == D("2336.92")
    assert {b.source for b in data.basic_expenditure} == {FundingSource.GENERAL_BUDGET}
    assert {"as_data.split", "as_data.procurement", "as_data.three_public"} <= {n.code for n in notes}


def test_extract_as_data_command(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(SEED_TEXT), "--as-data", "--format", "yaml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = read_data_file(out / f"{SEED_TEXT.stem}.yaml")
    assert data.department.name == "昌吉市人大常委会办公室"
    findings = yaml.safe_load((out / f"{SEED_TEXT.stem}.findings.json").read_text(encoding="utf-8"))
    assert any(f["code"] == "as_data.split" for f in findings)
    assert any(f["code"] == "code.recovered" and f["location"]["line"] == 134 for f in findings)
