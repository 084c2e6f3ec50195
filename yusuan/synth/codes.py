"""What one catalogue edition offers the generator: item names, fund and SOE 项."""

from __future__ import annotations

from dataclasses import dataclass

from yusuan.catalog.catalog import Catalog, Scheme


@dataclass
class Codes:
    names: dict[str, str]  # ordinary functional 项 and economic 类/款 of the edition
    fund_items: list[str]
    soe_items: list[str]

    def has(self, code: str) -> bool:
        return code in self.names


_CODES_CACHE: dict[tuple[int, int], tuple[Catalog, Codes]] = {}


def codes_for(catalog: Catalog, year: int) -> Codes:
    edition = catalog.nearest_edition(year)
    key = (id(catalog), edition)
    hit = _CODES_CACHE.get(key)
    if hit is not None and hit[0] is catalog:
        return hit[1]
    names: dict[str, str] = {}
    fund: set[str] = set()
    soe: set[str] = set()
    for e in catalog.entries:
        if e.is_alias or edition not in e.editions:
            continue
        if e.scheme == Scheme.FUNCTIONAL and e.level == "项":
            if e.budget == "":
                names.setdefault(e.code, e.name)
            elif e.budget == "fund":
                fund.add(e.code)
            elif e.budget == "soe":
                soe.add(e.code)
        elif e.scheme == Scheme.ECONOMIC and e.level in ("类", "款") and e.budget == "":
            names.setdefault(e.code, e.name)
    # Keep only what the catalogue's own lookup agrees on (the checker uses catalog.get).
    for code in list(names):
        entry = catalog.get(code, year)
        if entry is None or entry.budget != "":
            del names[code]
    fund_items = sorted(c for c in fund if (e := catalog.get(c, year)) and e.budget == "fund")
    soe_items = sorted(c for c in soe if (e := catalog.get(c, year)) and e.budget == "soe")
    codes = Codes(names, fund_items, soe_items)
    if len(_CODES_CACHE) > 16:
        _CODES_CACHE.clear()
    _CODES_CACHE[key] = (catalog, codes)
    return codes
