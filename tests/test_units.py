from decimal import Decimal

from hypothesis import given, settings

from yusuan.model.derive import derive_disclosure
from yusuan.model.figures import key_figures
from yusuan.model.units import in_unit
from yusuan.money import MoneyUnit
from yusuan.synth.strategy import budgets


def test_every_amount_converts_and_nothing_else(example_data):
    yuan = in_unit(example_data, MoneyUnit.YUAN)
    assert yuan.department.money_unit == MoneyUnit.YUAN
    assert yuan.procurement.goods == Decimal("362000")
    project = yuan.projects[0]
    assert project.economic["302"] == Decimal("380000")
    assert project.performance.budget_total == Decimal("380000")
    assert project.allocations[0].amount == Decimal("330000")
    assert project.performance.indicators[0].weight == example_data.projects[0].performance.indicators[0].weight
    assert yuan.assets.house_area == example_data.assets.house_area
    assert yuan.three_public.vehicle_operation.prior == Decimal("310000")
    assert in_unit(yuan, MoneyUnit.WAN) == example_data


@settings(max_examples=25, deadline=None)
@given(budgets())
def test_figures_do_not_depend_on_the_unit(data):
    assert key_figures(derive_disclosure(in_unit(data, MoneyUnit.YUAN))) == {
        **key_figures(derive_disclosure(data)), "unit_in_source": "元"}
