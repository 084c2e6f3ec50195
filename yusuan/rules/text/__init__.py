"""T3xx — the explanation text versus the tables, and versus its own other claims."""

from yusuan.rules.registry import Rule
from yusuan.rules.text import (
    amounts,
    changes,
    counted,
    empty,
    lists,
    parts,
    projects,
    relations,
    shares,
    within,
)

RULES: tuple[Rule, ...] = (
    amounts.stated_amount,
    changes.growth_rate,
    changes.change_direction,
    changes.change_against_prior,
    empty.none_means_none,
    lists.list_adds_up,
    lists.nested_part_listed,
    lists.count_times_unit,
    lists.list_changes_add_up,
    lists.prior_year_agrees,
    lists.item_priors_within_total,
    parts.three_public_items_add_up,
    projects.allocation_adds_up,
    projects.projects_described,
    relations.change_of_stated_amounts,
    relations.budget_versus_actual,
    relations.same_quantity_twice,
    relations.shares_add_up,
    shares.share_of_total,
    counted.value_of_nothing,
    within.part_within_whole,
)
