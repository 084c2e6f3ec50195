"""P6xx — project performance targets (项目支出绩效目标表) against the project's budget."""

from yusuan.rules.performance import costs, targets  # noqa: F401
