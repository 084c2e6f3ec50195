"""The disclosure as one self-contained HTML page (style inlined; no external files).

Jinja2 template `templates/document.html.j2` with `templates/document.css`; semantic tables
(thead/tbody, th with scope) and print CSS, so that a browser prints it on A4 too. The PDF is not
made from this page but from the same outline (writers/pdf.py, Typst).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from yusuan.writers.grid import PrintedTable
from yusuan.writers.outline import Outline


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=PackageLoader("yusuan.writers", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), undefined=StrictUndefined,
                      trim_blocks=False, lstrip_blocks=False)
    env.globals["widths"] = _percent_widths
    return env


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return resources.files("yusuan.writers").joinpath("templates/document.css").read_text(encoding="utf-8")


def _percent_widths(g: PrintedTable) -> list[float]:
    total = sum(g.widths)
    return [w * 100 / total for w in g.widths]


def render_outline(o: Outline, kind: str = "预算") -> str:
    return _env().get_template("document.html.j2").render(o=o, css=stylesheet(), kind=kind)


