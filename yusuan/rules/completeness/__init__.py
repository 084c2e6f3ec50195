"""C4xx — what must be published: tables, sections, levels of detail (预算法§14, 实施条例§6, 财预〔2016〕143号)."""

from yusuan.rules.completeness import detail, sections, table_presence  # noqa: F401
