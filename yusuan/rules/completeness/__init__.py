"""C4xx — what must be published: tables, sections, levels of detail (预算法§14, 实施条例§6, 财预〔2016〕143号)."""

from yusuan.rules.completeness import detail, sections, table_presence
from yusuan.rules.registry import Rule

RULES: tuple[Rule, ...] = (
    detail.functional_to_item,
    detail.economic_to_kuan,
    detail.three_public_split,
    sections.no_explanations,
    sections.document_part,
    sections.required_sections,
    sections.three_public_changes_explained,
    table_presence.required_tables,
    table_presence.customary_tables,
    table_presence.empty_table_note,
    table_presence.tables_part_incomplete,
)
