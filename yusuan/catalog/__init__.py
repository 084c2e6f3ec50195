"""The classification catalogue (政府收支分类科目)."""

from yusuan.catalog.catalog import Catalog, Entry, Scheme, default_catalog, load_catalog

__all__ = ["Catalog", "Entry", "Scheme", "default_catalog", "load_catalog"]
