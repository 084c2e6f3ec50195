"""YAML/JSON budget data files → BudgetData.

Numbers are read as Decimal straight from their text (YAML floats never pass through float),
and every problem is reported with its YAML path and line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from yusuan.atomic import write_text_atomically
from yusuan.catalog.catalog import Catalog
from yusuan.encoding import decode_chinese_text
from yusuan.errors import InputError, Problem, format_path, problems_from_validation
from yusuan.limits import LimitExceeded, limit
from yusuan.model.budget import BudgetData
from yusuan.model.validate import validate_budget
from yusuan.notices import notice

DATA_SUFFIXES = {".yaml", ".yml", ".json"}


class _DecimalLoader(yaml.SafeLoader):
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


def load_raw(path: Path) -> tuple[Any, yaml.Node | None]:
    text = decode_chinese_text(path.read_bytes())
    if text is None:
        raise InputError(str(path), [Problem((), "文件编码无法识别", "UTF-8、GB18030 或 UTF-16 编码的文本")])
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
        return yaml.load(text, Loader=_DecimalLoader), yaml.compose(text, Loader=yaml.SafeLoader)
    except ValueError as exc:
        raise InputError(str(path), [Problem((), f"不是有效的 YAML：{_digits_message(exc)}")]) from None
    except RecursionError:
        raise InputError(str(path), [Problem((), "不是有效的 YAML：嵌套层次过深")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第{mark.line + 1}行" if mark else ""
        raise InputError(str(path), [Problem((), f"不是有效的 YAML：{getattr(exc, 'problem', exc)}", where=where)]) from None


# What NFKC turns into plain ASCII digits and number punctuation: an amount, code or date typed
# with full-width characters ("１２３．４５", "２０１０１０１"). Names and texts are left as typed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # invisible, and no document format can hold them
_NUMERIC = re.compile(r"[\s+\-.,/:%\d]*\d[\s+\-.,/:%\d]*")


def _ascii_number(text: str) -> str | None:
    """The half-width form of a number typed with full-width characters, else None."""
    if text.isascii():
        return None
    folded = unicodedata.normalize("NFKC", text)
    return folded if folded.isascii() and _NUMERIC.fullmatch(folded) else None


def normalise_raw(raw: Any, source: str, root: yaml.Node | None = None) -> Any:
    """Refuse over-long texts (the cell limit); remove control characters and convert full-width
    numbers, each with a notice.

    Walks the parsed data without recursion (its depth is the user's)."""
    cap = limit("cell_chars")
    stack: list[tuple[Any, tuple]] = [(raw, ())]
    while stack:
        node, path = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            here = (*path, key)
            if isinstance(key, str) and len(key) > cap:
                raise LimitExceeded(source, "cell_chars", len(key), _where(root, path))
            if isinstance(value, dict | list):
                stack.append((value, here))
            elif isinstance(value, str):
                if len(value) > cap:
                    raise LimitExceeded(source, "cell_chars", len(value), _where(root, here))
                if _CONTROL.search(value):
                    node[key] = value = _CONTROL.sub("", value)
                    notice(source, _where(root, here), "删除了不可见的控制字符（如 NUL）")
                folded = _ascii_number(value)
                if folded is not None:
                    node[key] = folded
                    notice(source, _where(root, here), f"全角数字或符号“{value}”已按半角读取为“{folded}”")
    return raw


def _where(root: yaml.Node | None, path: tuple) -> str:
    line = _line_of(root, path) if root is not None else None
    return format_path(path) + (f"（第{line}行）" if line else "")


def _digits_message(exc: ValueError) -> str:
    text = str(exc)
    return "数字位数过多" if "digits" in text else text


def read_data_file(path: Path, catalog: Catalog | None = None) -> BudgetData:
    """Read and validate a YAML/JSON data file; raise InputError with every problem found."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), [Problem((), "文件不存在")])
    raw, root = load_raw(path)

    def located(problems: list[Problem]) -> list[Problem]:
        return [p.located(_where(root, p.path)) for p in problems]

    if not isinstance(raw, dict):
        raise InputError(str(path), [Problem((), "文件内容应为一个映射（department、income、projects…）")])
    normalise_raw(raw, str(path), root)
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
