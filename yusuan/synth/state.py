"""The state one draw shares between its steps: the rng, the catalogue edition, and what the
department, basic expenditure and project steps have drawn so far."""

from __future__ import annotations

import random

from yusuan.catalog.catalog import Catalog
from yusuan.model.budget import BudgetUnit
from yusuan.synth.codes import codes_for
from yusuan.synth.profiles import DeptType

YEARS = (2023, 2024, 2025)


class GeneratorState:
    """One draw in progress; the steps read and set its fields in the order generate_budget calls them."""

    # Set by draw_department
    dtype: DeptType
    place: str
    admin_code: str
    service_codes: list[str]
    budget_units: list[tuple[BudgetUnit, int, str]]  # 预算单位, in-service staff, basic 项
    in_service: int
    retired: int
    veteran: int
    # Set by draw_basic
    econ: dict[str, list[int]]  # code -> [personnel, public]
    func: dict[str, list[int]]  # 项 -> [personnel, public]
    vehicles: list[tuple[str, int, int]]  # kind, count, value
    basic_vehicle: int
    basic_reception: int
    basic_abroad: int
    # Set by draw_projects
    unused_pool: list[tuple[str, str, str]]

    def __init__(self, rng: random.Random, catalog: Catalog, year: int | None):
        self.rng = rng
        self.catalog = catalog
        self.year = year if year is not None else rng.choice(YEARS)
        self.codes = codes_for(catalog, self.year)
        self.purchase = (0, 0)  # vehicles to buy this year, and their cost

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def resolve(self, code: str) -> str:
        """A usable 项: the code itself, else the department's 02/99/01 item."""
        if len(code) == 2:
            code = self.dtype.kuan + code
        for candidate in (code, self.dtype.kuan + "02", self.dtype.kuan + "99", self.dtype.kuan + "01"):
            if self.codes.has(candidate):
                return candidate
        raise LookupError(f"no usable 项 for {code}")
