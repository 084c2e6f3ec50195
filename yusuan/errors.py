"""Input problems: what is wrong, where, and what was expected — reported all at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input. `path` locates it in the data model (("projects", 2, "code"));
    `where` is what the user reads: a sheet, row and column, or a YAML path."""

    path: Path
    message: str
    expected: str | None = None
    where: str = ""

    def located(self, where: str) -> Problem:
        return Problem(self.path, self.message, self.expected, where)

    def __str__(self) -> str:
        place = self.where or format_path(self.path)
        tail = f"（应为：{self.expected}）" if self.expected else ""
        return f"{place}：{self.message}{tail}"


class InputError(Exception):
    """An input file could not be turned into valid data; carries every problem found."""

    def __init__(self, source: str, problems: Sequence[Problem]):
        self.source = source
        self.problems = list(problems)
        super().__init__(f"{source}：{len(self.problems)} 处问题")

    def __str__(self) -> str:
        lines = [f"{self.source}：发现 {len(self.problems)} 处问题"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


def quote(value: object, keep: int = 60) -> str:
    """A value quoted in a message: “text” — a long text shortened, with its length."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > keep + 20:
        text = f"{text[:keep]}…（共 {len(text):,} 个字符）"
    return f"“{text}”" if isinstance(value, str) else text


def format_path(path: Path) -> str:
    """("projects", 2, "code") → "projects[2].code" (indices shown from 0, as in JSON)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "（根）"


_MESSAGES = {
    "missing": ("缺少必填字段", None),
    "extra_forbidden": ("不认识的字段", "数据格式中定义的字段名"),
    "greater_than_equal": ("不能为负数", "大于或等于 {ge} 的数"),
    "less_than_equal": ("超出允许范围", "小于或等于 {le} 的数"),
    "decimal_parsing": ("不是数字", "数字，如 12.34"),
    "decimal_type": ("不是数字", "数字，如 12.34"),
    "int_parsing": ("不是整数", "整数"),
    "int_type": ("不是整数", "整数"),
    "int_from_float": ("不是整数", "整数"),
    "string_type": ("不是文本", "文本"),
    "string_too_short": ("不能为空", "非空文本"),
    "string_pattern_mismatch": ("格式不符", None),
    "enum": ("不是允许的取值", "{expected}"),
    "date_from_datetime_parsing": ("不是日期", "日期，如 2023-01-20"),
    "date_parsing": ("不是日期", "日期，如 2023-01-20"),
    "date_type": ("不是日期", "日期，如 2023-01-20"),
    "dict_type": ("应为键值映射", None),
    "list_type": ("应为列表", None),
    "model_type": ("应为键值映射", None),
}

_PATTERN_EXPECTED = {
    r"^2\d{6}$": "7位支出功能分类项级编码，如 2010101",
    r"^3\d{2}$": "3位经济分类类级编码，如 302",
    r"^3\d{4}$": "5位经济分类款级编码，如 30101",
}


def problems_from_validation(exc: ValidationError, prefix: Path = ()) -> list[Problem]:
    """Pydantic's errors, in Chinese, with their model paths."""
    out = []
    for err in exc.errors():
        kind = err["type"]
        message, expected = _MESSAGES.get(kind, (err["msg"], None))
        ctx = err.get("ctx") or {}
        if kind == "string_pattern_mismatch":
            expected = _PATTERN_EXPECTED.get(ctx.get("pattern", ""), f"符合 {ctx.get('pattern')} 的文本")
        elif expected:
            expected = expected.format(**{k: str(v) for k, v in ctx.items()})
        value = err.get("input")
        if kind not in ("missing",) and value is not None and not isinstance(value, dict | list):
            message = f"{message}：{quote(value)}"
        out.append(Problem(prefix + tuple(err["loc"]), message, expected))
    return out
