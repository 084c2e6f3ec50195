"""JSON Schema of the budget data format, generated from the model."""

from __future__ import annotations

import json

from yusuan.model.budget import BudgetData


def budget_schema() -> dict:
    schema = BudgetData.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Yusuan 预算数据"
    return schema


def budget_schema_json() -> str:
    return json.dumps(budget_schema(), ensure_ascii=False, indent=2) + "\n"
