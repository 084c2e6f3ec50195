"""The key figures of the bundled example are the published figures of the seed document."""

import json

from typer.testing import CliRunner

from tests.conftest import EXAMPLE_YAML
from yusuan.cli.main import app
from yusuan.model.derive import derive_disclosure
from yusuan.model.figures import key_figures
from yusuan.money import MoneyUnit

EXPECTED_KEYS = {"department", "year", "kind", "unit_in_source", "income_total", "expenditure_total", "basic",
                 "project", "personnel", "public_funds", "three_public", "by_class", "operating_costs",
                 "procurement_total", "staff", "sources", "profile"}


def test_cli_figures_of_the_example_match_the_publication():
    result = CliRunner().invoke(app, ["figures", str(EXAMPLE_YAML)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert set(figures) == EXPECTED_KEYS
    assert figures["income_total"] == figures["expenditure_total"] == "851.14"
    assert figures["profile"] == {"kind": "预算", "scope": "部门", "extent": "whole", "layout": "national",
                                  "label": "预算 · 部门 · 完整公开文件 · 全国通用版式"}
    assert (figures["basic"], figures["project"]) == ("605.94", "245.20")
    assert (figures["personnel"], figures["public_funds"]) == ("462.68", "143.26")
    assert figures["three_public"] == {"total": "31.00", "abroad": "0.00", "reception": "0.00",
                                       "vehicle_purchase": "0.00", "vehicle_operation": "31.00", "vehicle": "31.00"}
    assert figures["sources"]["three_public.vehicle"] == {"table": "T10", "row": "公务用车购置及运行费（小计）",
                                                          "column": "合计"}
    assert figures["by_class"] == {"201": "736.44", "208": "47.49", "210": "31.31", "221": "35.90"}
    assert figures["staff"] == {"authorized": 29, "actual": 60}
    assert figures["operating_costs"] == "143.26"
    assert figures["procurement_total"] == "138.45"
    assert (figures["department"], figures["year"], figures["kind"], figures["unit_in_source"]) == (
        "昌吉市人大常委会办公室", 2023, "预算", "万元")


def test_figures_convert_a_yuan_document_to_wan(example_data):
    data = example_data.model_copy(deep=True)
    disclosure = derive_disclosure(data)
    for table in disclosure.tables:  # the same document published in 元
        table.unit = MoneyUnit.YUAN
        for row in table.rows:
            row.values = {k: (v * 10000 if v is not None else None) for k, v in row.values.items()}
    figures = key_figures(disclosure)
    assert figures["unit_in_source"] == "元"
    assert figures["income_total"] == "851.14"
    assert figures["by_class"]["210"] == "31.31"
