"""Limits that hold before the work they protect starts.

A hostile or broken file — a 1 MB workbook whose sheet decompresses to a gigabyte, a million rows,
a line of a million characters — must not hang Yusuan or exhaust the machine. Each limit below is
checked before the expensive step, has its own Chinese message, and has a default that no real
budget disclosure comes near; a user whose file is genuinely larger raises it with the
environment variable named in the message (documented in docs/limits.md, generated from this table:
`python -c "from yusuan.limits import render_markdown; print(render_markdown(), end='')"`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from yusuan.errors import InputError, Problem


@dataclass(frozen=True)
class Limit:
    key: str
    env: str  # the environment variable that raises it
    default: int
    unit: str  # as shown to the user
    what: str  # what is measured, in Chinese
    why: str  # what the limit protects, in Chinese (docs/limits.md)

    @property
    def value(self) -> int:
        """The limit in force: the environment variable if set, else the default."""
        text = os.environ.get(self.env, "").strip()
        if not text:
            return self.default
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value <= 0:
            raise InputError(f"环境变量 {self.env}", [Problem((), f"“{text}”不是正整数", f"正整数，默认 {self.default}")])
        return value


_LIMITS = (
    Limit("zip_entries", "YUSUAN_MAX_ZIP_ENTRIES", 10_000, "个", "压缩包（.xlsx/.docx）中的部件数",
          "部件极多的压缩包在打开前就会耗尽内存"),
    Limit("zip_part_mb", "YUSUAN_MAX_ZIP_PART_MB", 100, "MB", "压缩包中单个部件解压后的大小",
          "工作表或正文解压后过大（压缩炸弹）"),
    Limit("zip_compressed_mb", "YUSUAN_MAX_ZIP_COMPRESSED_MB", 100, "MB", "压缩包中单个部件压缩后的大小",
          "单个部件过大"),
    Limit("zip_total_mb", "YUSUAN_MAX_ZIP_TOTAL_MB", 500, "MB", "压缩包全部部件解压后的总大小",
          "许多部件合起来解压后过大"),
    Limit("zip_ratio", "YUSUAN_MAX_ZIP_RATIO", 200, "倍", "压缩包中部件的压缩比（解压后大小÷压缩后大小，1 MB 以上的部件）",
          "压缩比极高是压缩炸弹的特征；正常的工作表和正文在 100 倍以内"),
    Limit("rows", "YUSUAN_MAX_ROWS", 100_000, "行", "工作表中有内容的最后一行的行号",
          "行数极多的工作表读取缓慢、占用大量内存"),
    Limit("cells", "YUSUAN_MAX_CELLS", 1_000_000, "个", "工作表中的单元格数（含使用范围的行数×列数）；网页表格按合并单元格展开后的单元格数同样受此限制",
          "单元格极多的工作表读取缓慢、占用大量内存"),
    Limit("line_chars", "YUSUAN_MAX_LINE_CHARS", 100_000, "个字符", "一行文字的字符数",
          "极长的一行文字（如没有换行的整个文件）使分析变慢"),
    Limit("document_chars", "YUSUAN_MAX_DOCUMENT_CHARS", 1_000_000, "个字符",
          "一份公开文件的文字量（全部文字行与表格单元格的字符数）",
          "一份部门预算（决算）公开文件通常不到二十万字；文字量极大的文件分析需要很长时间和大量内存"),
    Limit("cell_chars", "YUSUAN_MAX_CELL_CHARS", 32_767, "个字符", "一个单元格或一个数据字段的字符数（Excel 单元格的上限）",
          "超长的单元格内容无法写入 Excel，也使分析变慢"),
    Limit("document_seconds", "YUSUAN_MAX_SECONDS", 300, "秒", "check、extract 与文件夹 build 处理一个文件的时间",
          "一个异常文件不能让其余文件等待"),
    Limit("document_memory_mb", "YUSUAN_MAX_MEMORY_MB", 2048, "MB",
          "check、extract 与文件夹 build 处理一个文件时可增加的内存（地址空间）", "一个异常文件不能耗尽整台机器的内存"),
)
LIMITS: dict[str, Limit] = {limit.key: limit for limit in _LIMITS}
MB = 1 << 20


def limit(key: str) -> int:
    return LIMITS[key].value


class LimitExceeded(InputError):
    """An input beyond one of the limits: refused before the work that it would have made too costly."""

    def __init__(self, source: str, key: str, actual: int | str, where: str = "", detail: str = ""):
        self.limit = LIMITS[key]
        shown = f"{actual:,}" if isinstance(actual, int) else actual
        message = (f"{self.limit.what}为 {shown} {self.limit.unit}，超过上限 {self.limit.value:,} {self.limit.unit}"
                   + (f"（{detail}）" if detail else "")
                   + f"。正常的预算文件远在此限以内；如确属正常文件，可设置环境变量 {self.limit.env} 调高上限后重试")
        super().__init__(source, [Problem((), message, None, where or "文件")])


def check_chars(source: str, text: str, key: str, where: str) -> None:
    """Refuse a line (key "line_chars") or a cell/field ("cell_chars") longer than its limit."""
    if len(text) > limit(key):
        raise LimitExceeded(source, key, len(text), where)


def render_markdown() -> str:
    """docs/limits.md."""
    lines = [
        "# Limits on input",
        "",
        "Generated from `yusuan/limits.py`. Each limit is checked before the work it protects starts; a file",
        "beyond it is refused with exit code 2 and a Chinese message that names the file, what was measured",
        "and the environment variable that raises the limit. The defaults are far above any real budget",
        "disclosure. `yusuan check` and `yusuan extract` also take `--timeout` and `--max-memory`, which",
        "override the last two for one run.",
        "",
        "| environment variable | default | what is measured | why |",
        "|---|---|---|---|",
    ]
    for lim in _LIMITS:
        lines.append(f"| `{lim.env}` | {lim.default:,} {lim.unit} | {lim.what} | {lim.why} |")
    return "\n".join(lines) + "\n"
