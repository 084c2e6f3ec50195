"""Every output Yusuan writes, in one registry: for each product, `{format: writer}`.

Products are what is written — the built disclosure (`yusuan build`), the check report (`yusuan
check`), what extraction read (`yusuan extract`) and budget data (`convert`, `template`, `extract
--as-data`, `synth`). A format is an `OutputFormat`, parsed once from the command line by
`parse_format`/`parse_formats`; the commands' choices, help and error messages are derived from
this registry, so a new format is one `Writer` here and its function beside the others.

A writer's `write(subject, path, **options)` writes one file (atomically: `yusuan/atomic.py`);
text formats also have `render(subject)`, the text itself (for the terminal and for tests).
The functions are imported when a writer is used, so that importing the registry is cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any


class OutputFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"
    XLSX = "xlsx"
    JSON = "json"
    YAML = "yaml"


class Product(StrEnum):
    DOCUMENT = "document"  # the disclosure built from budget data (DocumentOutput)
    REPORT = "report"  # a check report (rules.report.Report)
    EXTRACTION = "extraction"  # what a reader read from a publication (readers.published.ExtractResult)
    DATA = "data"  # budget data (model.budget.BudgetData)


class UnknownFormat(ValueError):
    """A format the product has no writer for; `str()` is the Chinese message."""


def _function(path: str) -> Callable[..., Any]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Writer:
    product: Product
    output_format: OutputFormat
    writes: str | None = None  # binary formats: "module:function" called as (subject, path, **options)
    renders: str | None = None  # text formats: "module:function" called as (subject, **options) → str
    suffixes: tuple[str, ...] = ()  # file suffixes, the first one written; default "." + the format
    note: str | None = None  # a word for the help text ("终端")

    @property
    def suffix(self) -> str:
        return self.suffixes[0] if self.suffixes else f".{self.output_format.value}"

    def write(self, subject: Any, path: Path, **options: Any) -> None:
        """Write one file, atomically (a text format through its `render`)."""
        if self.renders is not None:
            from yusuan.atomic import write_text_atomically

            write_text_atomically(path, self.render(subject, **options))
        else:
            _function(self.writes or "")(subject, Path(path), **options)

    def render(self, subject: Any, **options: Any) -> str:
        if self.renders is None:
            raise TypeError(f"{self.product}/{self.output_format} is not a text format")
        return _function(self.renders)(subject, **options)


_F = OutputFormat
_DOC = "yusuan.writers.document"
WRITERS: tuple[Writer, ...] = (
    # yusuan build (order: the canonical order of --formats)
    Writer(Product.DOCUMENT, _F.HTML, renders=f"{_DOC}:document_html"),
    Writer(Product.DOCUMENT, _F.DOCX, f"{_DOC}:write_docx"),
    Writer(Product.DOCUMENT, _F.PDF, f"{_DOC}:write_pdf"),
    Writer(Product.DOCUMENT, _F.XLSX, f"{_DOC}:write_xlsx"),
    Writer(Product.DOCUMENT, _F.JSON, renders=f"{_DOC}:document_json"),
    # yusuan check
    Writer(Product.REPORT, _F.TEXT, renders="yusuan.rules.report.terminal:render_text", suffixes=(".txt",),
             note="终端"),
    Writer(Product.REPORT, _F.JSON, renders="yusuan.rules.report.json_report:render_json"),
    Writer(Product.REPORT, _F.HTML, renders="yusuan.rules.report.html_report:render_html_report"),
    # yusuan extract
    Writer(Product.EXTRACTION, _F.JSON, renders="yusuan.writers.extraction:render_json"),
    Writer(Product.EXTRACTION, _F.YAML, renders="yusuan.writers.extraction:render_yaml"),
    Writer(Product.EXTRACTION, _F.XLSX, "yusuan.writers.extraction:write_workbook"),
    # budget data: yusuan convert, template, extract --as-data, synth
    Writer(Product.DATA, _F.JSON, renders="yusuan.writers.data_file:render_json"),
    Writer(Product.DATA, _F.YAML, renders="yusuan.writers.data_file:render_yaml", suffixes=(".yaml", ".yml")),
    Writer(Product.DATA, _F.XLSX, "yusuan.writers.workbook_template:write_data_workbook"),
)

_BY_PRODUCT: dict[Product, dict[OutputFormat, Writer]] = {}
for _w in WRITERS:
    _BY_PRODUCT.setdefault(_w.product, {})[_w.output_format] = _w


def formats(product: Product) -> tuple[OutputFormat, ...]:
    """The product's formats in their canonical order."""
    return tuple(_BY_PRODUCT[product])


def writer(product: Product, fmt: OutputFormat | str) -> Writer:
    return _BY_PRODUCT[product][parse_format(product, fmt)]


def write(product: Product, fmt: OutputFormat | str, subject: Any, path: Path, **options: Any) -> None:
    """Write `subject` as `fmt` to `path` (atomically)."""
    writer(product, fmt).write(subject, Path(path), **options)


def choices_zh(product: Product, *, notes: bool = False) -> str:
    """"text、json 或 html" (with notes: "text（终端）、json 或 html")."""
    words = [f"{w.output_format.value}（{w.note}）" if notes and w.note else w.output_format.value
             for w in _BY_PRODUCT[product].values()]
    return words[0] if len(words) == 1 else f"{'、'.join(words[:-1])} 或 {words[-1]}"


def parse_format(product: Product, text: OutputFormat | str) -> OutputFormat:
    """One format name (any case, spaces around) → its OutputFormat; UnknownFormat otherwise."""
    name = str(text).strip().lower()
    if name in _BY_PRODUCT[product]:
        return OutputFormat(name)
    raise UnknownFormat(f"不支持的格式 {text}（应为 {choices_zh(product)}）")


def parse_formats(product: Product, text: str | Iterable[str]) -> list[OutputFormat]:
    """'pdf, html' → [HTML, PDF] in canonical order; an unknown or empty list raises UnknownFormat,
    whose `unknown` lists the names not known."""
    items = [s.strip().lower() for s in (text.split(",") if isinstance(text, str) else text)]
    items = [s for s in items if s]
    unknown = [s for s in items if s not in _BY_PRODUCT[product]]
    if unknown or not items:
        error = UnknownFormat(f"不支持的输出格式：{'、'.join(unknown) or '（空）'}")
        error.unknown = unknown  # type: ignore[attr-defined]
        raise error
    return [f for f in formats(product) if f in items]


def for_suffix(product: Product, suffix: str) -> Writer | None:
    """The writer of a file name's suffix (".yml" → YAML), or None."""
    suffix = suffix.lower()
    return next((w for w in _BY_PRODUCT[product].values() if suffix in (w.suffixes or (w.suffix,))), None)


def suffixes_zh(product: Product) -> str:
    """".json、.yaml、.yml 或 .xlsx"."""
    words = [s for w in _BY_PRODUCT[product].values() for s in (w.suffixes or (w.suffix,))]
    return f"{'、'.join(words[:-1])} 或 {words[-1]}"
