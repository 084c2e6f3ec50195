"""YAML/JSON budget data files → BudgetData.

Numbers are read as Decimal straight from their text (YAML floats never pass through float),
and every problem is reported with its YAML path and line. YAML is parsed by libyaml (PyYAML's C
loader, ~20× faster than the pure-Python one) when PyYAML was built with it; the node tree that
gives line numbers is composed only when there is a problem to locate.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from yusuan.atomic import write_text_atomically
from yusuan.catalog.catalog import Catalog
from yusuan.encoding import decode_chinese_text
from yusuan.errors import InputError, Problem, format_path, problems_from_validation
from yusuan.model.budget import BudgetData
from yusuan.model.validate import validate_budget

DATA_SUFFIXES = {".yaml", ".yml", ".json"}


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser, Python constructors


class _DecimalLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    pass


def _decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    try:
        value = Decimal(loader.construct_scalar(node).replace("_", ""))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():  # .nan, .inf: never an amount
        raise yaml.constructor.ConstructorError(None, None, f"“{node.value}”不是有限的数", node.start_mark)
    return value


def _no_constant(name: str) -> Decimal:
    raise ValueError(f"“{name}”不是有限的数")


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _decimal)


def _line_of(root: yaml.Node | None, path: tuple) -> int | None:
    """1-based line of the node at a model path, or of its nearest existing ancestor."""
    node, line = root, None
    for part in path:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
    if node is not None:
        line = node.start_mark.line + 1
    return line


def load_raw(path: Path) -> tuple[Any, str | None]:
    """The file's data, and the YAML text for locating problems later (None for JSON)."""
    text = decode_chinese_text(path.read_bytes())
    if text is None:
        raise InputError(str(path), [Problem((), "文件编码无法识别", "UTF-8 或 GB18030 编码的文本")])
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text, parse_float=Decimal, parse_constant=_no_constant), None
        except json.JSONDecodeError as exc:
            raise InputError(str(path), [Problem((), f"不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{exc.msg}",
                                                 where=f"第{exc.lineno}行")]) from None
        except ValueError as exc:  # NaN/Infinity, or an integer of more digits than Python converts
            raise InputError(str(path), [Problem((), f"不是有效的 JSON：{_digits_message(exc)}")]) from None
        except RecursionError:
            raise InputError(str(path), [Problem((), "不是有效的 JSON：嵌套层次过深")]) from None
    try:
        return yaml.load(text, Loader=_DecimalLoader), text
    except ValueError as exc:
        raise InputError(str(path), [Problem((), f"不是有效的 YAML：{_digits_message(exc)}")]) from None
    except RecursionError:
        raise InputError(str(path), [Problem((), "不是有效的 YAML：嵌套层次过深")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第{mark.line + 1}行" if mark else ""
        raise InputError(str(path), [Problem((), f"不是有效的 YAML：{getattr(exc, 'problem', exc)}", where=where)]) from None


def _compose(text: str | None) -> yaml.Node | None:
    """The YAML node tree (with line numbers) of text that has already loaded once."""
    if text is None:
        return None
    try:
        return yaml.compose(text, Loader=_SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError):  # pragma: no cover - it loaded before
        return None


def _digits_message(exc: ValueError) -> str:
    text = str(exc)
    return "数字位数过多" if "digits" in text else text


def read_data_file(path: Path, catalog: Catalog | None = None) -> BudgetData:
    """Read and validate a YAML/JSON data file; raise InputError with every problem found."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), [Problem((), "文件不存在")])
    raw, text = load_raw(path)

    def located(problems: list[Problem]) -> list[Problem]:
        root = _compose(text)  # only now: a file without problems is parsed once
        out = []
        for p in problems:
            line = _line_of(root, p.path) if root is not None else None
            where = format_path(p.path) + (f"（第{line}行）" if line else "")
            out.append(p.located(where))
        return out

    if not isinstance(raw, dict):
        raise InputError(str(path), [Problem((), "文件内容应为一个映射（department、income、projects…）")])
    try:
        data = BudgetData.model_validate(raw)
    except ValidationError as exc:
        raise InputError(str(path), located(problems_from_validation(exc))) from None
    problems = validate_budget(data, catalog)
    if problems:
        raise InputError(str(path), located(problems))
    return data


def dump_data(data: BudgetData) -> dict[str, Any]:
    """Plain JSON-able dict of the data, amounts as strings so nothing is lost to floats."""
    return data.model_dump(mode="json", exclude_defaults=True)


def write_data_file(data: BudgetData, path: Path) -> None:
    payload = dump_data(data)
    if path.suffix.lower() == ".json":
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    else:
        text = yaml.safe_dump(payload, allow_unicode=True, sort_keys=False, width=100)
    write_text_atomically(path, text)
