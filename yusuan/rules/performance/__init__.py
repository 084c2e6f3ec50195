"""P6xx — project performance targets (项目支出绩效目标表) against the project's budget."""

from yusuan.rules.performance import costs, targets
from yusuan.rules.registry import Rule

RULES: tuple[Rule, ...] = (
    costs.costs_within_budget,
    costs.allocation_within_cost,
    targets.target_table_present,
    targets.target_budget,
    targets.target_funding_split,
    targets.target_weights,
    targets.goal_amount,
)
