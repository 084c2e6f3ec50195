"""X2xx — identities between tables that the national template ties together."""

from yusuan.rules.cross import economic, fiscal, general, totals
from yusuan.rules.registry import Rule

RULES: tuple[Rule, ...] = (
    economic.t6_within_three_public,
    economic.personnel_public_classes,
    economic.economic_mirrors_functional,
    fiscal.t1_matches_t4,
    fiscal.t4_matches_budget_tables,
    general.t5_within_t3,
    general.t5_basic_matches_t6,
    general.t5_project_matches_t7,
    totals.t1_matches_t3,
    totals.t1_matches_t2,
    totals.t2_matches_t3,
)
