"""The sentences on rounding tolerance that rule explanations share, so that every rule states its
tolerance the same way (users read them in `yusuan rules ID` and docs/rules.md)."""

SUM_TOLERANCE = ("允许误差：表中金额按两位小数（0.01 万元）公布，每个数字与精确值至多相差 0.005 万元（以元为单位的表按其"
    "最后一位的一半计）；一个涉及 n 个公布数字的等式，差额不超过 n × 0.005 万元时只报 A100 舍入提示，超过才是"
    "本规则的错误。")
SAME_TOLERANCE = ("允许误差：同一数字在两处按相同精度公布，必须完全相等，不存在舍入误差；精度不同时以较粗的精度为限。"
    "决算逐格由元舍入，两数之差不超过各自的舍入误差时只报 A100 提示。")
PART_TOLERANCE = ("允许误差：部分不得大于整体；只有两表精度不同时，才容许较粗精度范围内的差额。")
