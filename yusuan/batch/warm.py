"""Imported once by the local engine's fork server, so that each worker starts with the readers, the rules
and the catalogue already loaded (forked, shared copy-on-write) instead of importing them again."""

from __future__ import annotations

import contextlib

import yusuan.batch.work  # noqa: F401
import yusuan.pipeline  # noqa: F401
import yusuan.readers.disclosure_input  # noqa: F401
import yusuan.readers.published  # noqa: F401
import yusuan.rules.runner  # noqa: F401

with contextlib.suppress(ImportError):  # the readers import their libraries on first use
    import docx  # noqa: F401
    import lxml.html  # noqa: F401
    import openpyxl  # noqa: F401
    import pymupdf  # noqa: F401

with contextlib.suppress(Exception):  # a broken catalogue is reported by the first document, not here
    from yusuan.catalog.catalog import default_catalog

    default_catalog()
