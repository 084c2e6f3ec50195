"""The store: every imported document, its disclosure, figures and findings, every run and review.

SQLAlchemy 2 on SQLite (default: ./yusuan.db) or PostgreSQL (a postgresql:// URL), schema by Alembic
migrations (`migrations/`). `db` opens a store, `ingest` imports documents, `recheck` re-runs the rules,
`reviews` records decisions, `queries` is every read the web pages and the REST API make, `export`
writes lists (CSV/XLSX/JSON) and the whole store (Parquet).
"""
