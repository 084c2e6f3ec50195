"""A Disclosure from any supported input: budget data (derived) or a published document (extracted)."""

from __future__ import annotations

from pathlib import Path

from yusuan.catalog.catalog import Catalog
from yusuan.errors import InputError, Problem
from yusuan.model.derive import derive_disclosure
from yusuan.model.disclosure import Disclosure
from yusuan.readers.budget_input import is_budget_input, load_budget


def load_disclosure(path: Path, catalog: Catalog | None = None) -> Disclosure:
    path = Path(path)
    if is_budget_input(path):
        return derive_disclosure(load_budget(path, catalog), catalog, source=f"data:{path}")
    raise InputError(str(path), [Problem((), f"暂不支持读取“{path.suffix}”类型的公开文件", ".xlsx、.yaml、.yml 或 .json 预算数据")])
