"""K5xx — classification codes: known for the document's year, names that fit, levels, budgets."""

from yusuan.rules.classification import budgets, codes, names
from yusuan.rules.registry import Rule

RULES: tuple[Rule, ...] = (
    budgets.fund_code_in_general_table,
    budgets.fund_table_codes,
    codes.unknown_code,
    codes.code_of_other_edition,
    codes.nearest_edition,
    codes.level_and_parent,
    codes.scheme_of_table,
    names.name_of_other_code,
    names.name_mismatch,
)
