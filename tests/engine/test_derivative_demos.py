"""Where numerical derivatives go wrong (engine.derivative_demos): the numbers behind section 4.3."""
import numpy as np
import pytest

from engine.derivative_demos import diagnose, difference_quotient, error_model, error_vs_h, regime
from engine.expressions import parse


def book_f():
    return parse("0.01*x^2 + 0.1*x")


def test_difference_quotient_reproduces_the_book():
    f = book_f()
    assert difference_quotient(f, 5.0, 1e-4) == 0.1999999999990898
    assert difference_quotient(f, 10.0, 1e-4) == 0.2999999999986347
    assert difference_quotient(f, 5.0, 10e-50, "forward") == 0.0
    assert np.isnan(difference_quotient(f, 5.0, 10e-50, "forward", "float32"))
    assert difference_quotient(f, 5.0, 1e-3, dtype="float32").dtype == np.float32
    with pytest.raises(ValueError):
        difference_quotient(f, 5.0, 1e-4, "backward")


def test_diagnose_names_each_trap():
    f = book_f()
    assert diagnose(f, 5.0, 1e-4).kind == ""
    assert diagnose(f, 5.0, 0.0).kind == "zero-h"
    assert diagnose(f, 5.0, 1e-49, "forward").kind == "x-plus-h"
    assert diagnose(f, 5.0, 1e-49, "forward", "float32").kind == "underflow"
    assert "x + h == x in float64" in diagnose(f, 5.0, 1e-49, "forward").message
    assert diagnose(parse("x^2"), 1e8, 1e-9, dtype="float64").kind == "x-plus-h"
    assert diagnose(parse("1e8 + x"), 1.0, 1e-9).kind == "same-f"    # 1e8 + 1 ± 1e-9 rounds away
    assert diagnose(parse("0*x + 1"), 5.0, 1e-3).kind == ""           # flat: 0 is the true slope
    assert diagnose(parse("abs(x - 5)"), 5.0, 1e-4).kind == ""        # a corner, not rounding


def test_error_model_has_the_textbook_optimum():
    f = parse("sin(x)")
    hs = np.logspace(-16, 0, 161)
    forward = error_model(f, 1.0, hs, "forward")
    central = error_model(f, 1.0, hs, "central")
    assert 1e-9 < forward.best_h < 1e-7       # ≈ sqrt(eps)
    assert 1e-6 < central.best_h < 1e-4       # ≈ eps ** (1/3)
    measured = error_vs_h(f, 1.0, np.cos(1.0), hs, "central")
    assert 1e-7 < hs[np.nanargmin(measured)] < 1e-3
    assert regime(f, 1.0, 1e-12, "forward") == "rounding"
    assert regime(f, 1.0, 1e-2, "forward") == "truncation"
    assert np.isnan(error_model(book_f(), 5.0, hs, "central").best_h)   # f''' = 0: no truncation
