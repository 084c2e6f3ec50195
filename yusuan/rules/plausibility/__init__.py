"""W7xx — plausibility: not contradictions, but things a careful reader would question."""

from yusuan.rules.plausibility import (
    blanks,
    changes,
    empty_tables,
    figures,
    listed_count,
    named_items,
    names,
    numbering,
    parts_change,
    rates,
    reasons,
    restated_change,
    units,
    wording,
    years,
)
from yusuan.rules.registry import Rule

RULES: tuple[Rule, ...] = (
    blanks.number_left_out,
    changes.large_change_without_reason,
    changes.reason_for_no_change,
    changes.rate_from_zero_base,
    empty_tables.amounts_for_empty_table,
    figures.unit_mixup,
    figures.personnel_per_person,
    figures.operating_costs_within_public,
    numbering.numbering,
    reasons.reason_against_figures,
    wording.placeholder_left,
    wording.template_alternative,
    years.wrong_year,
    units.three_public_unit_slip,
    names.superior_name,
    named_items.named_item_empty,
    listed_count.listed_count,
    restated_change.change_stated_twice,
    rates.whole_rate_from_parts,
    parts_change.whole_change_from_parts,
)
