"""Numbers as the sections show them: one formatter per purpose, real minus signs, no exceptions."""
import math

import numpy as np
import pytest

from gui.kit.numbers import fixed, format_number, full_precision, point, short


@pytest.mark.parametrize("value, digits, text", [
    (None, 6, "—"), (float("nan"), 6, "nan"), (math.inf, 6, "inf"), (-math.inf, 6, "−inf"),
    (0.1, 3, "0.1"), (-2.58983747e13, 9, "−2.58983747e+13"), (1e-10, 3, "1e−10"), (1234.5678, 6, "1234.57"),
])
def test_format_number(value, digits, text):
    assert format_number(value, digits) == text


@pytest.mark.parametrize("value, decimals, text", [
    (0.097500000000000031, 4, "0.0975"), (2.3025840929945458, 4, "2.3026"),   # the book's answers
    (-0.36281009, 3, "−0.363"), (0.0, 4, "0.0000"),
    (2.5e-7, 4, "2.50e−07"),            # too small to show in 4 decimals: not a misleading 0
    (16.118095650958319, 4, "16.1181"), (1.7e308, 4, "1.7e+308"), (math.nan, 4, "nan"),
])
def test_fixed(value, decimals, text):
    assert fixed(value, decimals) == text


def test_full_precision_reads_back_exactly_in_its_own_precision():
    assert full_precision(0.1999999999990898) == "0.1999999999990898"
    assert full_precision(np.float32(0.2)) == "0.2"
    assert full_precision(-1e-50) == "−1e−50"
    assert full_precision(None) == "—"
    for value in (0.1 + 0.2, np.pi, -2.0 / 3.0):
        assert float(full_precision(value).replace("−", "-")) == value


def test_short_and_point():
    assert short(1620.4) == "1620" and short(0.625) == "0.62" and short(3.14159) == "3.1"
    assert point((-3.0, 4.0), 4) == "(−3, 4)"
