"""R-P-WEIGHT from the platform: product.detail's weight_value + weight_unit ("重量单位，0-kg, 1-g")."""
from __future__ import annotations

import pytest

from desktop.domain import platform_details


@pytest.mark.parametrize("detail, expected", [
    ({"weight_value": 0.5, "weight_unit": 0}, (0.5, "kg")),
    ({"weight_value": 350, "weight_unit": 1}, (350.0, "g")),
    ({"weight_value": "1.25"}, (1.25, "kg")),  # no unit: the SDK's zero value, kg
    ({}, (None, "kg")),  # no weight given
    ({"weight_value": 0, "weight_unit": 1}, (None, "kg")),  # R-P-WEIGHT: > 0
    ({"weight_value": 10000, "weight_unit": 1}, (None, "kg")),  # R-P-WEIGHT: < 10000
    ({"weight_value": 5, "weight_unit": 2}, (None, "kg")),  # a unit code the SDKs do not list
    ({"weight_value": "重", "weight_unit": 0}, (None, "kg")),
])
def test_weight_from_a_detail(detail, expected):
    assert platform_details.weight(detail) == expected
