"""X2xx — identities between tables that the national template ties together."""

from yusuan.rules.cross import economic, fiscal, general, totals  # noqa: F401
