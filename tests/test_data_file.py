"""Bad YAML/JSON input: every problem reported at once, each naming its YAML path and line."""

import json
from decimal import Decimal

import pytest
import yaml

from tests.conftest import EXAMPLE_YAML
from yusuan.errors import InputError
from yusuan.readers.data_file import read_data_file
from yusuan.writers.data_file import dump_data, write_data_file


def _broken(tmp_path, mutate, name="broken.yaml"):
    raw = yaml.safe_load(EXAMPLE_YAML.read_text(encoding="utf-8"))
    mutate(raw)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_data_file(path)
    return info.value


def test_unknown_code_names_the_path_and_line(tmp_path):
    exc = _broken(tmp_path, lambda r: r["basic_expenditure"][1].update(code="2010177"))
    [p] = exc.problems
    assert p.where.startswith("basic_expenditure[1].code（第") and "行" in p.where
    assert "2010177" in p.message and "2023" in p.message
    assert "yusuan catalog import" in p.expected


def test_text_in_a_number_field(tmp_path):
    exc = _broken(tmp_path, lambda r: r["procurement"].update(goods="三十六万"))
    [p] = exc.problems
    assert p.where.startswith("procurement.goods") and "三十六万" in p.message and p.expected.startswith("数字")


def test_negative_amount(tmp_path):
    exc = _broken(tmp_path, lambda r: r["basic_economic"][0].update(personnel="-139.48"))
    [p] = exc.problems
    assert p.where.startswith("basic_economic[0].personnel") and "负数" in p.message


def test_missing_required_field(tmp_path):
    exc = _broken(tmp_path, lambda r: r["department"].pop("name"))
    [p] = exc.problems
    assert p.where.startswith("department.name") and "缺少必填字段" in p.message


def test_typed_total_disagrees_with_parts(tmp_path):
    def mutate(raw):
        raw["income"]["general_budget"]["amount"] = "830.00"
        raw["projects"][0]["amount"] = "40.00"

    exc = _broken(tmp_path, mutate)
    messages = {p.where.split("（")[0]: p for p in exc.problems}
    assert set(messages) == {"income.general_budget.amount", "projects[0].amount"}
    assert "834.94" in messages["income.general_budget.amount"].message
    assert "38.00" in messages["projects[0].amount"].expected


def test_all_problems_at_once(tmp_path):
    def mutate(raw):
        raw["basic_expenditure"][0]["code"] = "2010177"
        raw["basic_expenditure"][1]["public"] = "abc"
        raw["department"]["year"] = "二〇二三"

    exc = _broken(tmp_path, mutate)
    # pydantic errors come first; the catalogue is consulted once the data parses
    assert {p.path for p in exc.problems} == {("basic_expenditure", 1, "public"), ("department", "year")}


def test_unknown_field_and_bad_code_format(tmp_path):
    def mutate(raw):
        raw["department"]["nmae"] = "x"
        raw["projects"][0]["code"] = "20101"

    exc = _broken(tmp_path, mutate)
    by_path = {p.path: p for p in exc.problems}
    assert "不认识的字段" in by_path[("department", "nmae")].message
    assert "7位" in by_path[("projects", 0, "code")].expected


def test_not_yaml_and_not_a_mapping(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("department: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="1 处问题") as info:
        read_data_file(bad)
    assert "YAML" in info.value.problems[0].message
    listy = tmp_path / "list.json"
    listy.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError):
        read_data_file(listy)


def test_yaml_floats_never_pass_through_float(tmp_path):
    path = tmp_path / "f.yaml"
    raw = EXAMPLE_YAML.read_text(encoding="utf-8").replace("goods: 36.20", "goods: 0.1000000000000000055511")
    path.write_text(raw, encoding="utf-8")
    assert read_data_file(path).procurement.goods == Decimal("0.1000000000000000055511")


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_write_and_read_back_is_lossless(tmp_path, example_data, suffix):
    path = tmp_path / f"again{suffix}"
    write_data_file(example_data, path)
    assert read_data_file(path) == example_data
    if suffix == ".json":
        assert json.loads(path.read_text(encoding="utf-8"))["department"]["name"] == "昌吉市人大常委会办公室"
    assert dump_data(example_data)["income"]["general_budget_own"]["amount"] == "825.94"
