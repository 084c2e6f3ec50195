"""The store's tables (SQLAlchemy 2 declarative). The migrations in `migrations/versions/` create them;
a test checks that the two agree.

Money is exact: figures are kept as integer hundredths of 万元 (`Money`), table cells as the decimal
strings the reader produced. Times are UTC.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

HUNDRED = Decimal(100)


class Money(TypeDecorator):
    """A Decimal amount in 万元 with two decimals, stored exactly as an integer number of hundredths."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value) * HUNDRED
        if scaled != scaled.to_integral_value():
            raise ValueError(f"amount {value} has more than two decimals")
        return int(scaled)

    def process_result_value(self, value: Any, dialect) -> Decimal | None:
        return None if value is None else Decimal(int(value)).scaleb(-2)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Government(Base):
    """A government (区划): a province, city or county, with its 行政区划代码 where known."""

    __tablename__ = "governments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    code: Mapped[str | None] = mapped_column(String(12))  # 行政区划代码
    level: Mapped[str | None] = mapped_column(String(20))  # province | city | county
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("governments.id"))


class Department(Base):
    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("government_id", "name", name="uq_department_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    government_id: Mapped[int | None] = mapped_column(ForeignKey("governments.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    code: Mapped[str | None] = mapped_column(String(40), index=True)  # 部门编码 where published
    government: Mapped[Government | None] = relationship()


class SearchGram(Base):
    """Each character and pair of characters of a department's name and its government's name
    (`store/search.py`): the index of the search by a piece of a name."""

    __tablename__ = "search_grams"
    gram: Mapped[str] = mapped_column(String(2), primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="CASCADE"), primary_key=True)


class Unit(Base):
    """A budget unit (预算单位) of a department, as a document lists it."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(40))


class Blob(Base):
    """A source file, byte for byte, by its SHA-256."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Run(Base):
    """One import, upload or recheck: the tool and rule catalogue it ran with."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # import | upload | recheck
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    tool_version: Mapped[str] = mapped_column(String(40))
    rules_version: Mapped[str] = mapped_column(String(64))
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("department_id", "kind", "year", "version", name="uq_document_version"),
                      Index("ix_documents_latest", "department_id", "is_latest"),
                      # the home page's totals read this index alone, not the documents' wide rows
                      Index("ix_documents_latest_counts", "is_latest", "status", "errors", "warnings", "notices"))
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # 预算 | 决算
    year: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_latest: Mapped[bool] = mapped_column(Boolean, default=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), unique=True)
    format: Mapped[str] = mapped_column(String(10))
    original_name: Mapped[str] = mapped_column(String(255))  # shown only; never a path
    pages: Mapped[int | None] = mapped_column(Integer)
    source_url: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    status: Mapped[str] = mapped_column(String(10), default="待审")  # 待审 | 审核中 | 已完成
    errors: Mapped[int] = mapped_column(Integer, default=0)  # active findings by severity (denormalised)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    notices: Mapped[int] = mapped_column(Integer, default=0)
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    department: Mapped[Department] = relationship()


class DisclosureRecord(Base):
    """The extracted disclosure as JSON (the pivot type, so that `recheck` needs no source file)."""

    __tablename__ = "disclosures"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    content: Mapped[str] = mapped_column(Text)


class Figures(Base):
    """`yusuan figures` of a document, in 万元."""

    __tablename__ = "figures"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    income_total: Mapped[Decimal | None] = mapped_column(Money)
    expenditure_total: Mapped[Decimal | None] = mapped_column(Money)
    basic: Mapped[Decimal | None] = mapped_column(Money)
    project: Mapped[Decimal | None] = mapped_column(Money)
    personnel: Mapped[Decimal | None] = mapped_column(Money)
    public_funds: Mapped[Decimal | None] = mapped_column(Money)
    three_public: Mapped[Decimal | None] = mapped_column(Money)
    abroad: Mapped[Decimal | None] = mapped_column(Money)
    reception: Mapped[Decimal | None] = mapped_column(Money)
    vehicle_purchase: Mapped[Decimal | None] = mapped_column(Money)
    vehicle_operation: Mapped[Decimal | None] = mapped_column(Money)
    operating_costs: Mapped[Decimal | None] = mapped_column(Money)
    procurement_total: Mapped[Decimal | None] = mapped_column(Money)
    staff_authorized: Mapped[int | None] = mapped_column(Integer)
    staff_actual: Mapped[int | None] = mapped_column(Integer)
    by_class: Mapped[dict[str, Any]] = mapped_column(JSON)  # 类 code → amount string


class ClassSpending(Base):
    """A document's spending by 类 (`Figures.by_class`, one row a code), so that a government's chart is one
    SUM over its departments instead of reading every document's JSON."""

    __tablename__ = "class_spending"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Money)


class DocTable(Base):
    __tablename__ = "doc_tables"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    table_id: Mapped[str | None] = mapped_column(String(4))  # T1 … T10, None for an unmapped table
    title: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(4))
    columns: Mapped[list[Any]] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)


class TableRow(Base):
    __tablename__ = "table_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_pk: Mapped[int] = mapped_column(ForeignKey("doc_tables.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10))
    side: Mapped[str | None] = mapped_column(String(12))
    project: Mapped[str | None] = mapped_column(Text)
    values: Mapped[dict[str, Any]] = mapped_column(JSON)  # column key → decimal string or null
    location: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SectionRecord(Base):
    __tablename__ = "sections"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(20))
    heading: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class FindingRecord(Base):
    """A finding of a document. A recheck keeps the row of an unchanged finding (same fingerprint), so
    that its reviews stay attached; a finding that is gone becomes inactive, never deleted."""

    __tablename__ = "findings"
    __table_args__ = (Index("ix_findings_document_active", "document_id", "active"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    rule: Mapped[str] = mapped_column(String(8), index=True)
    severity: Mapped[str] = mapped_column(String(8))
    message: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text)  # Chinese, one line (Where.describe)
    where: Mapped[dict[str, Any]] = mapped_column(JSON)
    page: Mapped[int | None] = mapped_column(Integer)
    expected: Mapped[str | None] = mapped_column(Text)
    actual: Mapped[str | None] = mapped_column(Text)
    fix: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(String(8))
    fingerprint: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    first_run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    last_run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    decision: Mapped[str | None] = mapped_column(String(12))  # the latest review: confirmed | dismissed


class Review(Base):
    """A reviewer's decision on a finding; every decision is kept (the history)."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    reviewer: Mapped[str] = mapped_column(String(100))
    decision: Mapped[str] = mapped_column(String(12))  # confirmed | dismissed
    previous: Mapped[str | None] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
