"""Budget data files (YAML/JSON) that are broken or hostile: exit 2 with a located Chinese message."""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLE_YAML
from tests.hostile.conftest import assert_refused, yusuan


def _example() -> str:
    return EXAMPLE_YAML.read_text(encoding="utf-8")


def test_gb18030_yaml_is_read(tmp_path):
    """Chinese Windows editors save GB18030: it is read like UTF-8."""
    data = tmp_path / "gb.yaml"
    data.write_bytes(_example().encode("gb18030"))
    run = yusuan("figures", data)
    assert run.code == 0, run.output
    assert "851.14" in run.stdout


def test_undecodable_bytes(tmp_path):
    data = tmp_path / "bytes.yaml"
    data.write_bytes(b"department:\n  name: \xff\xfe\xfa\x80\x81\n" * 3)
    run = yusuan("validate", data)
    assert_refused(run, data)
    assert "编码" in run.output


@pytest.mark.parametrize("literal", [".nan", ".inf", "-.inf"])
def test_nan_and_infinity_in_yaml(tmp_path, literal):
    data = tmp_path / "nan.yaml"
    text = _example()
    data.write_text(text.replace("personnel: 330.01", f"personnel: {literal}", 1), encoding="utf-8")
    for command in ("validate", "figures", "check"):
        run = yusuan(command, data)
        assert_refused(run, data)
        assert "不是有限的数" in run.output


@pytest.mark.parametrize("constant", ["NaN", "Infinity"])
def test_nan_in_json(tmp_path, constant):
    data = tmp_path / "nan.json"
    data.write_text('{"department": {"name": "某局", "year": 2024, "amount": ' + constant + '}}', encoding="utf-8")
    run = yusuan("validate", data)
    assert_refused(run, data)
    assert "不是有限的数" in run.output


def test_an_integer_of_five_thousand_digits(tmp_path):
    for suffix, body in ((".yaml", "department:\n  year: " + "9" * 5000 + "\n"),
                         (".json", '{"department": {"year": ' + "9" * 5000 + "}}")):
        data = tmp_path / f"digits{suffix}"
        data.write_text(body, encoding="utf-8")
        run = yusuan("validate", data)
        assert_refused(run, data)
        assert "位数过多" in run.output


def test_deep_nesting(tmp_path):
    for suffix, body in ((".json", "[" * 100_000 + "]" * 100_000), (".yaml", "a: " + "[" * 50_000 + "]" * 50_000)):
        data = tmp_path / f"deep{suffix}"
        data.write_text(body, encoding="utf-8")
        run = yusuan("validate", data)
        assert_refused(run, data)


def test_an_amount_beyond_any_budget_is_an_input_error(tmp_path):
    """1e26 passed validation and then crashed figures, check and build; it is refused by all of them."""
    data = tmp_path / "huge.yaml"
    data.write_text(_example().replace("personnel: 330.01", "personnel: 1e26", 1), encoding="utf-8")
    for command in (("validate",), ("figures",), ("check",), ("build", "-o", tmp_path / "out")):
        run = yusuan(command[0], data, *command[1:])
        assert_refused(run, data)
        assert "超出允许范围" in run.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_output_into_a_missing_folder(tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "schema.json"
    run = yusuan("schema", "-o", target)
    assert_refused(run, target)
    assert "不存在" in run.output
