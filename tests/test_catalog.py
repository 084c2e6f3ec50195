"""The shipped catalogue resolves every code and name of the seed document."""

import re

import pytest

from tests.conftest import SEED_TEXT
from yusuan.catalog.catalog import Catalog, Entry, Scheme, load_catalog, normalize_name


def _seed_coded_rows():
    """(code, name) of every row the seed prints with 类/款(/项) columns, and of T1/T4's '201 名称' rows."""
    rows = set()
    for line in SEED_TEXT.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if m := re.match(r"^(2\d{2}) (\S+支出|预备费)$", cells[-1].strip()) if len(cells) >= 3 else None:
            rows.add((m.group(1), m.group(2)))
        for part in cells:
            if m := re.match(r"^(2\d{2}) (\S+)$", part.strip()):
                rows.add((m.group(1), m.group(2)))
        if len(cells) >= 4 and re.fullmatch(r"\d{3}", cells[0].strip()):
            for width in (3, 2):
                code = "".join(c.strip() for c in cells[:width])
                name = cells[width].strip()
                if re.fullmatch(r"\d{3}(\d{2}){0,2}", code) and name and not re.match(r"[\d.]+$", name):
                    rows.add((code, name))
                    break
    return rows


def test_every_seed_code_and_name_resolves(catalog):
    rows = _seed_coded_rows()
    assert len(rows) > 60  # the seed's tables 1–7 together
    for code, name in sorted(rows):
        assert catalog.get(code, 2023) is not None, f"{code} {name} missing"
        assert catalog.name_matches(code, name) or catalog.by_name(name, fuzzy=False), f"{code} {name}"


def test_damaged_codes_of_table_2_are_recovered_from_names(catalog):
    # 表2 of the seed prints "20" for both 201 and 208, "21 0" for 210, "22 1" for 221
    recovered = {}
    for line in SEED_TEXT.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 4 and re.fullmatch(r"2[\d ]+", cells[0].strip()) and not cells[1].strip():
            name = cells[3]
            entry = catalog.recover_code(cells[0], name, scheme=Scheme.FUNCTIONAL)
            recovered[normalize_name(name)] = entry.code if entry else None
    assert recovered["一般公共服务支出"] == "201"
    assert recovered["社会保障和就业支出"] == "208"
    assert recovered["卫生健康支出"] == "210"
    assert recovered["住房保障支出"] == "221"


def test_recovery_refuses_a_name_that_contradicts_the_digits(catalog):
    assert catalog.recover_code("21 0", "住房保障支出") is None
    assert catalog.recover_code("210", "卫生 健康 支出").code == "210"
    # parent context for a 项: "11 01" under 21011 with the name
    assert catalog.recover_code("21 0 11 01", "行政 单位 医疗").code == "2101101"


def test_lookups_by_code_name_parent_children(catalog):
    assert catalog.name_of("2010101", 2023) == "行政运行"
    assert catalog.parent("2010101").code == "20101"
    assert "2010101" in [c.code for c in catalog.children("20101", 2024)]
    assert [e.code for e in catalog.by_name("卫生健康支出", level="类")] == ["210"]
    assert "2101101" in {e.code for e in catalog.by_name("行政单位医疗", parent="21011")}
    assert catalog.name_matches("2080505", "机关事业单位基本养老保险缴费")  # the seed's 表5 spelling
    assert catalog.name_matches("2080505", "机关事业单位基本养老保险")  # 表3, cut to fit the column
    assert not catalog.name_matches("2080505", "住房公积金")
    assert catalog.by_name("⽬", fuzzy=False) == []  # Kangxi look-alikes are normalised, not crashes


def test_every_row_is_well_formed(catalog):
    for e in catalog.entries:
        assert len(e.code) in (3, 5, 7) and e.code.isdigit(), e
        assert e.level == {3: "类", 5: "款", 7: "项"}[len(e.code)], e
        assert e.provenance in ("seen", "unverified") or e.provenance.startswith("official"), e
        if e.parent:
            assert e.code.startswith(e.parent) and catalog.get(e.parent) is not None, e
    assert {2023, 2024} <= set(catalog.editions)


def test_all_classes_and_their_kuan(catalog):
    classes = [e.code for e in catalog.classes(Scheme.FUNCTIONAL, 2023)]
    assert classes[0] == "201" and "234" in classes and len(classes) >= 28
    for cls in classes:
        if cls != "227":  # 预备费 has no 款
            assert catalog.children(cls, 2023), f"类 {cls} has no 款"
    econ = {e.code for e in catalog.classes(Scheme.ECONOMIC, 2023)}
    assert {"301", "302", "303", "307", "309", "310", "311", "312", "313", "399"} <= econ


def test_nearest_edition_for_an_unknown_year(catalog):
    assert catalog.nearest_edition(2023) == 2023
    assert catalog.nearest_edition(2040) == max(catalog.editions)
    assert catalog.nearest_edition(1999) == min(catalog.editions)


def test_provenance_counts(catalog, capsys):
    counts = catalog.provenance_counts()
    with capsys.disabled():
        print("\ncatalogue provenance counts (scheme, level, provenance → rows):")
        for key, n in counts.items():
            print(f"  {key}: {n}")
    seen = sum(n for (_, _, p), n in counts.items() if p == "seen")
    assert seen >= 60
    assert sum(counts.values()) == len(catalog.entries)


def test_edition_specific_names():
    entries = [
        Entry(Scheme.FUNCTIONAL, "207", "类", "文化体育与传媒支出", None, frozenset({2018}), "seen"),
        Entry(Scheme.FUNCTIONAL, "207", "类", "文化旅游体育与传媒支出", None, frozenset({2019, 2023}), "seen"),
    ]
    cat = Catalog(entries)
    assert cat.name_of("207", 2018) == "文化体育与传媒支出"
    assert cat.name_of("207", 2021) == "文化旅游体育与传媒支出"  # nearest earlier edition
    assert cat.name_matches("207", "文化体育与传媒支出")


@pytest.mark.parametrize("missing", ["functional", "economic"])
def test_shipped_files_exist(missing):
    from yusuan.catalog.catalog import DATA_DIR

    assert (DATA_DIR / f"{missing}.csv").stat().st_size > 1000
    assert load_catalog(extra_dir=DATA_DIR / "nonexistent").entries
