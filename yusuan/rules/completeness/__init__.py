"""C4xx — what must be published: tables, sections, levels of detail (预算法§14, 实施条例§6, 财预〔2016〕143号)."""

from yusuan.rules.completeness import detail, sections, tables
from yusuan.rules.registry import Rule

RULES: tuple[Rule, ...] = (
    detail.functional_to_item,
    detail.economic_to_kuan,
    detail.three_public_split,
    sections.no_explanations,
    sections.document_part,
    sections.required_sections,
    sections.three_public_changes_explained,
    tables.required_tables,
    tables.customary_tables,
    tables.empty_table_note,
)
