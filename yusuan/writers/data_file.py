"""BudgetData → YAML/JSON budget data files (the reader is `readers/data_file.py`).

Amounts are written as strings, so nothing passes through float; registered in `writers/outputs.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from yusuan.atomic import write_text_atomically
from yusuan.model.budget import BudgetData


def render_json(data: BudgetData) -> str:
    return json.dumps(dump_data(data), ensure_ascii=False, indent=2) + "\n"


def render_yaml(data: BudgetData) -> str:
    return yaml.safe_dump(dump_data(data), allow_unicode=True, sort_keys=False, width=100)


def dump_data(data: BudgetData) -> dict[str, Any]:
    """Plain JSON-able dict of the data, amounts as strings so nothing is lost to floats."""
    return data.model_dump(mode="json", exclude_defaults=True)


def write_data_file(data: BudgetData, path: Path) -> None:
    """YAML or JSON by the file's suffix."""
    write_text_atomically(path, render_json(data) if path.suffix.lower() == ".json" else render_yaml(data))
