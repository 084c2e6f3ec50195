"""The classification catalogue (政府收支分类科目): lookups by code, by name, parent and children.

Rows come from the CSV files shipped in `data/` and from official booklets a user imported
(`yusuan catalog import`), which take precedence for their edition. Each row is one (code, name)
pair with the editions in which that name is official; a row with no editions is a variant seen
in documents (an alias), used only to recognise names.
"""

from __future__ import annotations

import csv
import difflib
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from yusuan.atomic import write_atomically

DATA_DIR = Path(__file__).with_name("data")


class Scheme(StrEnum):
    FUNCTIONAL = "functional"  # 支出功能分类科目 (2xx)
    ECONOMIC = "economic"  # 部门预算支出经济分类科目 (3xx)
    GOVERNMENT_ECONOMIC = "government_economic"  # 政府预算支出经济分类科目 (5xx)


SCHEME_TITLES = {
    Scheme.FUNCTIONAL: "支出功能分类科目",
    Scheme.ECONOMIC: "部门预算支出经济分类科目",
    Scheme.GOVERNMENT_ECONOMIC: "政府预算支出经济分类科目",
}

LEVEL_BY_LENGTH = {3: "类", 5: "款", 7: "项"}
CSV_COLUMNS = ["code", "level", "name", "parent", "editions", "provenance", "budget", "source"]


_SCHEME_BY_FIRST_DIGIT = {"2": Scheme.FUNCTIONAL, "3": Scheme.ECONOMIC, "5": Scheme.GOVERNMENT_ECONOMIC}


def scheme_of(code: str) -> Scheme | None:
    return _SCHEME_BY_FIRST_DIGIT.get(code[0]) if code else None


def parent_code(code: str) -> str | None:
    return code[:-2] if len(code) in (5, 7) else None


_DROP = re.compile(r"[\s　“”\"'‘’·•、,，。:：;；]|^其中")


@lru_cache(maxsize=16384)  # a pure function of a short name that the rules ask about many times per document
def normalize_name(name: str) -> str:
    """Key for comparing names: NFKC (Kangxi radicals, full-width), no spaces or punctuation."""
    text = unicodedata.normalize("NFKC", name)
    return _DROP.sub("", text)


@dataclass(frozen=True)
class Entry:
    scheme: Scheme
    code: str
    level: str
    name: str
    parent: str | None
    editions: frozenset[int]
    provenance: str  # "seen", "unverified" or "official:<file>"
    budget: str = ""  # "", "fund", "soe" or "insurance"
    source: str = ""

    @property
    def is_alias(self) -> bool:
        return not self.editions


@dataclass
class Catalog:
    entries: list[Entry]
    _by_code: dict[str, list[Entry]] = field(init=False, repr=False)
    _by_name: dict[str, list[Entry]] = field(init=False, repr=False)
    _editions: list[int] = field(init=False, repr=False)
    _official: dict[str, list[Entry]] = field(init=False, repr=False)  # code → its entries that are not aliases
    _names: dict[str, frozenset[str]] = field(init=False, repr=False)  # code → every name, aliases included
    _normal_names: dict[str, frozenset[str]] = field(init=False, repr=False)  # code → those names normalised
    _editions_index: dict[int, dict[str, Entry]] = field(init=False, repr=False)  # edition → code → its entry
    # the codes with an entry (in some edition, or an alias) of a budget other than the general one
    budget_codes: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code = {}
        self._by_name = {}
        normal: dict[str, set[str]] = {}
        for e in self.entries:
            self._by_code.setdefault(e.code, []).append(e)
            key = normalize_name(e.name)
            self._by_name.setdefault(key, []).append(e)
            normal.setdefault(e.code, set()).add(key)
        self._editions = sorted({y for e in self.entries for y in e.editions})
        # the rules look codes up thousands of times per document: index once what get/names_of derive
        self._official = {c: official for c, rows in self._by_code.items()
                          if (official := [e for e in rows if not e.is_alias])}
        self._names = {c: frozenset(e.name for e in rows) for c, rows in self._by_code.items()}
        self._normal_names = {c: frozenset(keys) for c, keys in normal.items()}
        self.budget_codes = frozenset(e.code for e in self.entries if e.budget)
        self._editions_index = {}

    # -- editions -------------------------------------------------------------------------
    @property
    def editions(self) -> list[int]:
        return list(self._editions)

    def nearest_edition(self, year: int) -> int:
        """The edition to check a document of `year` against: that year's, else the closest earlier, else the first."""
        eds = self._editions
        if not eds or year in eds:
            return year
        earlier = [y for y in eds if y < year]
        return earlier[-1] if earlier else eds[0]

    # -- by code --------------------------------------------------------------------------
    def get(self, code: str, edition: int | None = None) -> Entry | None:
        """The official entry of `code` in `edition` (nearest edition if None or absent)."""
        if edition is not None:
            return self._in_edition(self.nearest_edition(edition)).get(code)
        rows = self._official.get(code)
        if not rows:
            return None
        return max(rows, key=lambda e: max(e.editions))

    def _in_edition(self, edition: int) -> dict[str, Entry]:
        """Code → its official entry in `edition` (the first listed), indexed on the first lookup in that
        edition: a property of the catalogue's data, like `_by_code`."""
        index = self._editions_index.get(edition)
        if index is None:
            index = self._editions_index[edition] = {}
            for code, rows in self._official.items():
                for e in rows:
                    if edition in e.editions:
                        index[code] = e
                        break
        return index

    def exists(self, code: str, edition: int | None = None) -> bool:
        return self.get(code, edition) is not None

    def name_of(self, code: str, edition: int | None = None) -> str | None:
        entry = self.get(code, edition)
        return entry.name if entry else None

    def names_of(self, code: str) -> set[str]:
        """Every name the code has had or been printed with, aliases included."""
        return set(self._names.get(code, ()))

    def knows(self, code: str) -> bool:
        """Has the code any name (an entry or an alias): `bool(names_of(code))` without building the set."""
        return code in self._names

    def name_matches(self, code: str, name: str) -> bool:
        """Does a printed name fit the code, in any edition or known variant?

        A truncated name (tables cut long names to fit a column) matches when it is a prefix
        of a known name of at least four characters.
        """
        if name in self._names.get(code, ()):
            return True  # printed exactly as one of its names: the common case, without normalising
        key = normalize_name(name)
        known = self._normal_names.get(code, frozenset())
        return key in known or (len(key) >= 4 and any(k.startswith(key) for k in known))

    def parent(self, code: str, edition: int | None = None) -> Entry | None:
        p = parent_code(code)
        return self.get(p, edition) if p else None

    def children(self, code: str, edition: int | None = None) -> list[Entry]:
        found: dict[str, Entry] = {}
        for e in self.entries:
            if e.parent == code and not e.is_alias and e.code not in found:
                entry = self.get(e.code, edition)
                if entry:
                    found[e.code] = entry
        return sorted(found.values(), key=lambda e: e.code)

    def classes(self, scheme: Scheme, edition: int | None = None) -> list[Entry]:
        codes = sorted({e.code for e in self.entries if e.scheme == scheme and e.level == "类"})
        return [e for c in codes if (e := self.get(c, edition))]

    # -- by name --------------------------------------------------------------------------
    def by_name(
        self,
        name: str,
        *,
        scheme: Scheme | None = None,
        level: str | None = None,
        parent: str | None = None,
        fuzzy: bool = True,
    ) -> list[Entry]:
        """Entries whose name matches, exactly after normalisation, else closely (typos, OCR)."""

        def keep(e: Entry) -> bool:
            return (
                (scheme is None or e.scheme == scheme)
                and (level is None or e.level == level)
                and (parent is None or e.parent == parent)
            )

        key = normalize_name(name)
        exact = [e for e in self._by_name.get(key, []) if keep(e)]
        if exact or not fuzzy or len(key) < 2:
            return _unique_codes(exact)
        candidates = [k for k in self._by_name if any(keep(e) for e in self._by_name[k])]
        close = difflib.get_close_matches(key, candidates, n=3, cutoff=0.75)
        return _unique_codes([e for k in close for e in self._by_name[k] if keep(e)])

    def recover_code(
        self, damaged: str, name: str, *, scheme: Scheme | None = None, parent: str | None = None
    ) -> Entry | None:
        """Recover a code broken by PDF extraction ("21 0", "20", "22 1") from its name.

        The name decides; the surviving digits must be consistent with the recovered code
        (they appear in it in order), so that a wrong name match cannot pass silently.
        """
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", damaged))
        candidates = self.by_name(name, scheme=scheme, parent=parent)
        fitting = [e for e in candidates if _is_subsequence(digits, e.code)]
        if len(fitting) == 1:
            return fitting[0]
        if len(fitting) > 1 and (exact := [e for e in fitting if e.code == digits]):
            return exact[0]
        entry = self.get(digits)
        if entry and self.name_matches(digits, name):
            return entry
        return None

    # -- statistics -----------------------------------------------------------------------
    def provenance_counts(self) -> dict[tuple[str, str, str], int]:
        counts: dict[tuple[str, str, str], int] = {}
        for e in self.entries:
            kind = "official" if e.provenance.startswith("official") else e.provenance
            key = (e.scheme.value, e.level, kind)
            counts[key] = counts.get(key, 0) + 1
        return dict(sorted(counts.items()))


def _is_subsequence(digits: str, code: str) -> bool:
    it = iter(code)
    return all(ch in it for ch in digits)


def _unique_codes(entries: Iterable[Entry]) -> list[Entry]:
    seen: dict[str, Entry] = {}
    for e in entries:
        if e.code not in seen or (seen[e.code].is_alias and not e.is_alias):
            seen[e.code] = e
    return list(seen.values())


def read_csv(path: Path, scheme: Scheme) -> list[Entry]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return [
            Entry(
                scheme=scheme,
                code=row["code"].strip(),
                level=row["level"].strip() or LEVEL_BY_LENGTH.get(len(row["code"].strip()), ""),
                name=row["name"].strip(),
                parent=(row.get("parent") or "").strip() or None,
                editions=frozenset(int(y) for y in (row.get("editions") or "").split()),
                provenance=(row.get("provenance") or "unverified").strip(),
                budget=(row.get("budget") or "").strip(),
                source=(row.get("source") or "").strip(),
            )
            for row in reader
            if row.get("code", "").strip()
        ]


def write_csv(path: Path, entries: Iterable[Entry]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_COLUMNS)
            for e in entries:
                writer.writerow(
                    [e.code, e.level, e.name, e.parent or "", " ".join(map(str, sorted(e.editions))),
                     e.provenance, e.budget, e.source]
                )

    write_atomically(path, write)


def user_dir() -> Path:
    """Where imported official booklets are kept (YUSUAN_HOME, default ~/.yusuan)."""
    return Path(os.environ.get("YUSUAN_HOME", Path.home() / ".yusuan")) / "catalog"


def merge_official(shipped: list[Entry], official: list[Entry]) -> list[Entry]:
    """Official rows replace the shipped name of the same code in the editions they cover."""
    covered: dict[str, set[int]] = {}
    for e in official:
        covered.setdefault(e.code, set()).update(e.editions)
    merged = []
    for e in shipped:
        eds = e.editions - covered.get(e.code, set())
        # A shipped name the booklet supersedes everywhere stays as an alias: documents still print it.
        merged.append(e if eds == e.editions else Entry(**{**e.__dict__, "editions": frozenset(eds)}))
    return merged + official


def load_catalog(data_dir: Path = DATA_DIR, extra_dir: Path | None = None) -> Catalog:
    entries: list[Entry] = []
    for scheme in Scheme:
        path = data_dir / f"{scheme.value}.csv"
        if path.exists():
            entries.extend(read_csv(path, scheme))
    extra = extra_dir if extra_dir is not None else user_dir()
    if extra.is_dir():
        official: list[Entry] = []
        for scheme in Scheme:
            for path in sorted(extra.glob(f"{scheme.value}-*.csv")):
                official.extend(read_csv(path, scheme))
        if official:
            entries = merge_official(entries, official)
    return Catalog(entries)


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The shipped catalogue plus the user's imports, loaded once per process."""
    return load_catalog()
