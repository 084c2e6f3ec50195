"""The Arrow schemas of a batch dataset.

Every table is partitioned by `year` (int32) and `kind` (预算/决算) as Hive directories
(`documents/year=2023/kind=预算/part-….parquet`); the partition columns are not stored in the
files. Amounts are decimal128(24,6): exact for 元 with cents converted to 万元, and 18 integer digits.
"""

from __future__ import annotations

import pyarrow as pa

DECIMAL = pa.decimal128(24, 6)
PARTITION = pa.schema([("year", pa.int32()), ("kind", pa.string())])
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # Hive's (and Spark's, and PyArrow's) name for a null value

DOCUMENTS = pa.schema([
    ("sha256", pa.string()),
    ("path", pa.string()),
    ("format", pa.string()),
    ("government", pa.string()),
    ("department", pa.string()),
    ("document_department", pa.string()),  # as the document names itself (department may come from a listing)
    ("document_year", pa.int32()),
    ("unit", pa.string()),  # the document's money unit (as `yusuan figures` reports it)
    ("pages", pa.int32()),
    ("read_status", pa.string()),  # ok | failed
    ("failure", pa.string()),  # unreadable | timeout | memory | crashed | internal (null when ok)
    ("reason", pa.string()),  # Chinese, why it failed
    ("reading_notes", pa.string()),  # JSON list of {code, message, location}
    ("tables", pa.int32()),  # finding counts live in `findings` (a recheck replaces them)
])

FIGURES = pa.schema([
    ("sha256", pa.string()),
    ("key", pa.string()),  # the keys of `yusuan figures`, flattened: three_public.total, by_class.201, staff.actual
    ("value", DECIMAL),
    ("unit", pa.string()),  # 万元, or 人 for staff
])

TABLE_ROWS = pa.schema([
    ("sha256", pa.string()),
    ("table_position", pa.int32()),
    ("table_id", pa.string()),
    ("table_title", pa.string()),
    ("row_position", pa.int32()),
    ("code", pa.string()),
    ("label", pa.string()),
    ("row_kind", pa.string()),
    ("side", pa.string()),
    ("project", pa.string()),
    ("column", pa.string()),
    ("column_label", pa.string()),
    ("unit", pa.string()),  # the table's own unit (元, 万元 …)
    ("value", DECIMAL),  # as printed, in `unit`
    ("value_wan", DECIMAL),  # the same amount in 万元
    ("page", pa.int32()),
])

FINDINGS = pa.schema([
    ("sha256", pa.string()),
    ("rule", pa.string()),
    ("severity", pa.string()),
    ("message", pa.string()),
    ("location", pa.string()),
    ("table", pa.string()),
    ("row", pa.string()),
    ("column", pa.string()),
    ("page", pa.int32()),
    ("expected", pa.string()),
    ("actual", pa.string()),
    ("fix", pa.string()),
    ("origin", pa.string()),
    ("fingerprint", pa.string()),
])

DISCLOSURES = pa.schema([("sha256", pa.string()), ("disclosure_json", pa.large_string())])

TABLES: dict[str, pa.Schema] = {"documents": DOCUMENTS, "figures": FIGURES, "table_rows": TABLE_ROWS,
                                "findings": FINDINGS}
INTERNAL: dict[str, pa.Schema] = {"_disclosures": DISCLOSURES}  # for --rules-changed; readers skip "_" names
ALL: dict[str, pa.Schema] = {**TABLES, **INTERNAL}
